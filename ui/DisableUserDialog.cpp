// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisableUserDialog.h"

#include "MessageBox.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFormLayout>

namespace kanribo
{

DisableUserDialog::DisableUserDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("disableUserDialog"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    if (auto users = reg.people().users())
        for (const User& u : users.value())
            if (u.active)
                m_user->addItem(QStringLiteral("%1 — %2").arg(u.login, u.name), u.login);
    Widgets::addRow(form(), m_user);
    retranslateUi();
}

void DisableUserDialog::retranslateUi()
{
    setWindowTitle(tr("Disable user"));
    setRowLabel(m_user, tr("&User:"));
    setOkText(tr("&Disable"));
}

void DisableUserDialog::submit()
{
    const QString login = m_user->currentData().toString();
    if (MessageBox::question(this, tr("Disable user"),
            tr("Disable the account %1? The user can no longer log in. The account and its "
               "records stay in the register.")
                .arg(login),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    run([login](Register& r) { return r.people().disableUser(login); });
}

} // namespace kanribo
