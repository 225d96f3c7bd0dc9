// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace kanribo
{

// A new cleared person with their clearance, briefing and need-to-know groups (R-ACC-6).
class AddUserDialog : public AdminDialog
{
    Q_OBJECT

public:
    AddUserDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_clearance;
    QDateEdit* m_expires;
    QComboBox* m_nationality;
    QCheckBox* m_briefedCheck;
    QDateEdit* m_briefed;
    QListWidget* m_groups;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
};

} // namespace kanribo
