// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrengthLabel.h"

#include "policy/PasswordPolicy.h"

#include <QEvent>
#include <QLineEdit>
#include <QtMath>

#include <sodium.h>

namespace kanribo
{

PasswordStrengthLabel::PasswordStrengthLabel(
    QLineEdit* password, std::function<QStringList()> personal, QWidget* parent)
    : QLabel(parent)
    , m_password(password)
    , m_personal(std::move(personal))
{
    setObjectName(QStringLiteral("passwordStrengthLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordStrengthLabel::refresh);
    refresh();
}

void PasswordStrengthLabel::watch(QLineEdit* field)
{
    connect(field, &QLineEdit::textChanged, this, &PasswordStrengthLabel::refresh);
}

void PasswordStrengthLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void PasswordStrengthLabel::refresh()
{
    const QString typed = m_password->text();
    if (typed.isEmpty()) {
        m_acceptable = false;
        setStyleSheet(QString());
        setText(tr("At least %1 characters and hard to guess: a phrase of unrelated words is best.")
                    .arg(kMinPasswordLength));
        return;
    }
    QByteArray utf8 = typed.toUtf8();
    const PasswordCheck c = checkPassword(utf8, m_personal ? m_personal() : QStringList());
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    m_acceptable = c.ok();
    if (!c.ok()) {
        setStyleSheet(QStringLiteral("color: #b00020;"));
        setText(c.problem);
        return;
    }
    setStyleSheet(QStringLiteral("color: #1b5e20;"));
    setText(tr("Strength: %1 (about 2^%2 guesses).").arg(bandName(c.band)).arg(qFloor(c.bits)));
}

} // namespace kanribo
