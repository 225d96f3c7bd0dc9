// SPDX-License-Identifier: GPL-3.0-or-later
#include "OffboardUserDialog.h"

#include "Labels.h"
#include "MessageBox.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace kanribo
{

OffboardUserDialog::OffboardUserDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("offboardUserDialog"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    // Those still to offboard: active accounts, and accounts disabled without a debriefing.
    if (auto users = reg.people().users())
        for (const User& u : users.value())
            if (u.login != reg.me().login && (u.active || !u.debriefed.isValid()))
                m_user->addItem(QStringLiteral("%1 — %2").arg(u.login, u.name), u.login);
    m_holdings = new QLabel(this);
    m_holdings->setObjectName(QStringLiteral("holdingsLabel"));
    m_holdings->setWordWrap(true);
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerCombo"));
    if (auto containers = reg.people().containers())
        for (const Container& c : containers.value())
            m_container->addItem(QStringLiteral("%1 (%2)").arg(c.id, reg.policy().bannerText(c.level)), c.id);
    m_debriefed = new QDateEdit(reg.today(), this);
    m_debriefed->setObjectName(QStringLiteral("debriefedDate"));
    m_debriefed->setCalendarPopup(true);
    m_debriefed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_debriefed->setMaximumDate(reg.today());
    Widgets::addRow(form(), m_user);
    Widgets::addRow(form(), m_holdings);
    Widgets::addRow(form(), m_container);
    Widgets::addRow(form(), m_debriefed);
    connect(m_user, &QComboBox::currentIndexChanged, this, &OffboardUserDialog::showHoldings);
    retranslateUi();
}

void OffboardUserDialog::showHoldings()
{
    m_held.clear();
    const QString login = m_user->currentData().toString();
    if (!login.isEmpty())
        if (auto copies = reg().custody().holdings(login))
            for (const Copy& c : copies.value())
                m_held << c.id;
    // The first container the core says takes everything the person holds (it checks again on submit).
    if (auto fits = reg().custody().containersAdmitting(m_held); fits && !fits->isEmpty())
        m_container->setCurrentIndex(m_container->findData(fits->first().id));
    m_holdings->setText(m_held.isEmpty() ? tr("Holds no copies.")
                                         : tr("Holds %n copies: %1", nullptr, static_cast<int>(m_held.size()))
                                               .arg(m_held.join(QStringLiteral(", "))));
    m_container->setEnabled(!m_held.isEmpty());
}

void OffboardUserDialog::retranslateUi()
{
    setWindowTitle(tr("Offboard a person"));
    setRowLabel(m_user, tr("&Person:"));
    setRowLabel(m_holdings, tr("Holdings:"));
    setRowLabel(m_container, tr("&Recover copies into:"));
    setRowLabel(m_debriefed, tr("&Debriefed on:"));
    setOkText(tr("&Offboard"));
    showHoldings();
}

void OffboardUserDialog::submit()
{
    const QString login = m_user->currentData().toString();
    const QString container = m_held.isEmpty() ? QString() : m_container->currentData().toString();
    const QDate debriefed = m_debriefed->date();
    const QString question = m_held.isEmpty()
        ? tr("Offboard %1: record the debriefing on %2 and disable the account?").arg(login, Labels::date(debriefed))
        : tr("Offboard %1: recover %2 into %3, record the debriefing on %4 and disable the account?")
              .arg(login, m_held.join(QStringLiteral(", ")), container, Labels::date(debriefed));
    if (MessageBox::question(
            this, tr("Offboard a person"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    run([=](Register& r) -> Status {
        auto done = r.people().offboard(login, container, debriefed);
        return done ? Status {} : Status { done.error() };
    });
}

} // namespace kanribo
