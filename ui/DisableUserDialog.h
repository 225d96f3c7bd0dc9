// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QComboBox;

namespace kanribo
{

// Disables an account (it stays in the register and the audit trail).
class DisableUserDialog : public AdminDialog
{
    Q_OBJECT

public:
    DisableUserDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_user;
};

} // namespace kanribo
