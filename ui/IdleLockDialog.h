// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QSpinBox;

namespace kanribo
{

// The register's idle-lock time (minutes of inactivity after which every window locks); the officer sets it and the
// change is a signed event (Register::setIdleLockMinutes).
class IdleLockDialog : public AdminDialog
{
    Q_OBJECT

public:
    IdleLockDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QSpinBox* m_minutes;
};

} // namespace kanribo
