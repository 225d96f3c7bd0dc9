// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/People.h"

#include <QAbstractTableModel>
#include <QList>

namespace kanribo
{

// Security containers with their approved level (R-CUS-4) and their open / close / check state (R-CON-2).
class ContainersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, ApprovedLevel, Location, ReservedFor, State, LastCheck, Combination, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ContainersModel(QObject* parent = nullptr);

    void setContainers(const QList<Container>& containers); // state unknown (not shown)
    void setStates(const QList<ContainerState>& states);
    // The container on a row, or nullptr.
    const Container* containerAt(int row) const
    {
        return row >= 0 && row < m_containers.size() ? &m_containers.at(row) : nullptr;
    }
    void clear();
    void retranslate();
    // The highest approved level among the rows (Unclassified when empty), for the banner (R-MRK-3).
    Level highestLevel() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // R-CON-1: why a change of the combination is due, in words; empty when none is.
    static QString changeDueText(const ContainerState& s);

private:
    QList<Container> m_containers;
    QList<ContainerState> m_states; // parallel to m_containers; empty when only containers were set
};

} // namespace kanribo
