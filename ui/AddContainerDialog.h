// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QComboBox;
class QLineEdit;

namespace kanribo
{

// A new security container with its approved level (R-CUS-4).
class AddContainerDialog : public AdminDialog
{
    Q_OBJECT

public:
    AddContainerDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_id;
    QComboBox* m_level;
    QLineEdit* m_location;
};

} // namespace kanribo
