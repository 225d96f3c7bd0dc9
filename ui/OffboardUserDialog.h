// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace kanribo
{

// R-PER-1, R-PER-5: a person leaves. The dialog lists what they hold; the core recovers every copy into the chosen
// container, records the debriefing and disables the account, all or nothing.
class OffboardUserDialog : public AdminDialog
{
    Q_OBJECT

public:
    OffboardUserDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    void showHoldings();

    QComboBox* m_user;
    QLabel* m_holdings;
    QComboBox* m_container;
    QDateEdit* m_debriefed;
    QStringList m_held;
};

} // namespace kanribo
