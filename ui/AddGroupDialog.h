// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QLineEdit;

namespace kanribo
{

// A new need-to-know group.
class AddGroupDialog : public AdminDialog
{
    Q_OBJECT

public:
    AddGroupDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_description;
};

} // namespace kanribo
