// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockScreen.h"

#include "Widgets.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanribo
{

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto* outer = new QGridLayout(this);
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* v = new QVBoxLayout(box);
    m_title = new QLabel(box);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.6);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    v->addWidget(m_title);
    m_user = new QLabel(box);
    m_user->setAlignment(Qt::AlignCenter);
    v->addWidget(m_user);
    m_prompt = new QLabel(box);
    v->addWidget(m_prompt);
    m_password = Widgets::passwordEdit(QStringLiteral("unlockPasswordEdit"), box);
    m_prompt->setBuddy(m_password);
    v->addWidget(m_password);
    m_unlock = new QPushButton(box);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    v->addWidget(m_unlock);
    m_error = Widgets::errorLabel(box);
    m_error->setObjectName(QStringLiteral("unlockError"));
    v->addWidget(m_error);
    m_busy = new QProgressBar(box);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    v->addWidget(m_busy);
    outer->addWidget(box, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::request);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::request);
    retranslateUi();
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("Kanribo is locked"));
    m_user->setText(m_login.isEmpty() ? QString() : tr("Logged in as %1 — %2").arg(m_login, m_name));
    m_prompt->setText(tr("Enter your &password to unlock:"));
    m_unlock->setText(tr("&Unlock"));
}

void LockScreen::setUser(const QString& login, const QString& name)
{
    m_login = login;
    m_name = name;
    retranslateUi();
}

void LockScreen::setError(const QString& message)
{
    Widgets::showError(m_error, message);
}

void LockScreen::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
}

void LockScreen::reset()
{
    m_password->clear();
    setError({});
    setBusy(false);
}

void LockScreen::request()
{
    if (!m_unlock->isEnabled())
        return;
    Q_EMIT unlockRequested(Widgets::takePassword(m_password));
}

} // namespace kanribo
