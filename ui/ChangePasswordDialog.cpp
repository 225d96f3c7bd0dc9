// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePasswordDialog.h"

#include "PasswordStrengthLabel.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QFormLayout>
#include <QLineEdit>

namespace kanribo
{

ChangePasswordDialog::ChangePasswordDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_current = Widgets::passwordEdit(QStringLiteral("currentEdit"), this);
    m_next = Widgets::passwordEdit(QStringLiteral("passwordEdit"), this);
    m_confirm = Widgets::passwordEdit(QStringLiteral("confirmEdit"), this);
    Widgets::addRow(form(), m_current);
    Widgets::addRow(form(), m_next);
    form()->addRow(QString(),
        new PasswordStrengthLabel(
            m_next,
            [me = reg.me(), facility = reg.facility()] {
                return QStringList { me.login, me.name, facility };
            },
            this));
    Widgets::addRow(form(), m_confirm);
    retranslateUi();
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change my password"));
    setRowLabel(m_current, tr("&Current password:"));
    setRowLabel(m_next, tr("&New password:"));
    setRowLabel(m_confirm, tr("Con&firm new password:"));
    setOkText(tr("&Change password"));
}

void ChangePasswordDialog::submit()
{
    if (m_next->text() != m_confirm->text()) {
        showError(tr("The new passwords do not match."));
        m_confirm->clear();
        return;
    }
    m_confirm->clear();
    run([current = Widgets::takePassword(m_current), next = Widgets::takePassword(m_next)](
            Register& r) { return r.people().changePassword(current->bytes(), next->bytes()); });
}

} // namespace kanribo
