// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupMembershipDialog.h"

#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>

namespace kanribo
{

GroupMembershipDialog::GroupMembershipDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("groupMembershipDialog"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    if (auto users = reg.people().users())
        for (const User& u : users.value())
            m_user->addItem(QStringLiteral("%1 — %2").arg(u.login, u.name), u.login);
    if (auto groups = reg.people().groups())
        for (const Group& g : groups.value())
            m_group->addItem(g.name, g.name);
    auto* actions = new QWidget(this);
    auto* h = new QHBoxLayout(actions);
    h->setContentsMargins(0, 0, 0, 0);
    m_grant = new QRadioButton(actions);
    m_grant->setObjectName(QStringLiteral("grantRadio"));
    m_grant->setChecked(true);
    m_revoke = new QRadioButton(actions);
    m_revoke->setObjectName(QStringLiteral("revokeRadio"));
    h->addWidget(m_grant);
    h->addWidget(m_revoke);
    h->addStretch(1);
    Widgets::addRow(form(), m_user);
    Widgets::addRow(form(), m_group);
    Widgets::addRow(form(), actions);
    retranslateUi();
}

void GroupMembershipDialog::retranslateUi()
{
    setWindowTitle(tr("Grant or revoke group membership"));
    setRowLabel(m_user, tr("&User:"));
    setRowLabel(m_group, tr("&Group:"));
    setRowLabel(m_grant->parentWidget(), tr("Action:"));
    m_grant->setText(tr("G&rant"));
    m_revoke->setText(tr("Re&voke"));
    setOkText(tr("&Apply"));
}

void GroupMembershipDialog::submit()
{
    const QString login = m_user->currentData().toString();
    const QString group = m_group->currentData().toString();
    if (m_grant->isChecked())
        run([login, group](Register& r) { return r.people().grantGroup(login, group); });
    else
        run([login, group](Register& r) { return r.people().revokeGroup(login, group); });
}

} // namespace kanribo
