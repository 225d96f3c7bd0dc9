// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QComboBox;
class QRadioButton;

namespace kanribo
{

// Grants or revokes a user's membership of a need-to-know group.
class GroupMembershipDialog : public AdminDialog
{
    Q_OBJECT

public:
    GroupMembershipDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_user;
    QComboBox* m_group;
    QRadioButton* m_grant;
    QRadioButton* m_revoke;
};

} // namespace kanribo
