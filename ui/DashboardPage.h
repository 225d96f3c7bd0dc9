// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/People.h"
#include "service/Custody.h"

#include <QWidget>

#include <array>
#include <functional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QTreeWidget;

namespace kanribo
{

class Register;

// What the dashboard shows: counts and copy numbers, never a title (so it adds nothing to the banner, R-MRK-3).
struct DashboardData {
    std::array<qint64, 4> holdings {}; // active items by level rank
    QList<std::pair<User, int>> chargedOut; // people holding copies, with how many
    int chargedOutTotal = 0;
    QList<Dispatch> overdueDispatches; // R-CUS-5
    QList<Loan> overdueLoans; // copies issued to people and not back by their due date
    // R-CON-2: left open from an earlier day, or not yet checked today; R-CON-1: a change of combination due
    QList<ContainerState> containersToSecure;
    QList<User> expiringClearances;
    QList<InventoryDue> inventoriesDue; // R-INV-1
    QList<Incident> openIncidents; // R-INC-1, R-INC-2
    QStringList errors;
};

// The officer's overview: holdings by level, copies charged out, overdue receipts, clearances expiring, inventories
// due and open incidents. Reads through the Register facade on the UI thread like the other tabs; reloads when shown
// and after every change the main window makes.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kClearanceDays = 60;

    DashboardPage(Register& reg, std::function<bool()> canUse, QWidget* parent = nullptr);

    // Reloads now when visible, else when next shown.
    void refresh();
    void clear();
    void retranslateUi();
    const DashboardData& data() const { return m_data; }

    static DashboardData load(Register& reg);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void render();
    QGroupBox* box(const QString& objectName, QLabel** count, QTreeWidget** list);

    Register& m_reg;
    std::function<bool()> m_canUse;
    DashboardData m_data;
    bool m_stale = true;

    QGridLayout* m_grid;
    QGroupBox* m_holdingsBox;
    std::array<QLabel*, 4> m_chips {};
    std::array<QLabel*, 4> m_holdingCounts {};
    QGroupBox* m_chargedBox;
    QLabel* m_chargedCount;
    QTreeWidget* m_chargedList;
    QGroupBox* m_dispatchBox;
    QLabel* m_dispatchCount;
    QTreeWidget* m_dispatchList;
    QGroupBox* m_loanBox;
    QLabel* m_loanCount;
    QTreeWidget* m_loanList;
    QGroupBox* m_containerBox;
    QLabel* m_containerCount;
    QTreeWidget* m_containerList;
    QGroupBox* m_clearanceBox;
    QLabel* m_clearanceCount;
    QTreeWidget* m_clearanceList;
    QGroupBox* m_inventoryBox;
    QLabel* m_inventoryCount;
    QTreeWidget* m_inventoryList;
    QGroupBox* m_incidentBox;
    QLabel* m_incidentCount;
    QTreeWidget* m_incidentList;
    QLabel* m_message;
};

} // namespace kanribo
