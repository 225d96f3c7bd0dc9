// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"

class QComboBox;
class QListWidget;

namespace kanribo
{

// R-CON-1: who knows a container's combination (never the combination itself), ticked from the active people.
class CombinationDialog : public AdminDialog
{
    Q_OBJECT

public:
    CombinationDialog(Register& reg, TaskRunner& runner, const QString& containerId = {}, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    void showCustodians();

    QComboBox* m_container;
    QListWidget* m_people;
};

} // namespace kanribo
