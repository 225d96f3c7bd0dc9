// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QLineEdit;

namespace kanribo
{

// The logged-in user's own password (re-keys their slot).
class ChangePasswordDialog : public AdminDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_confirm;
};

} // namespace kanribo
