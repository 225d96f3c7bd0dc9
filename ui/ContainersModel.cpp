// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainersModel.h"

#include "Labels.h"

namespace kanribo
{

ContainersModel::ContainersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ContainersModel::setContainers(const QList<Container>& containers)
{
    beginResetModel();
    m_containers = containers;
    endResetModel();
}

void ContainersModel::clear()
{
    setContainers({});
}

void ContainersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_containers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Level ContainersModel::highestLevel() const
{
    Level highest = Level::Unclassified;
    for (const Container& c : m_containers)
        if (rank(c.level) > rank(highest))
            highest = c.level;
    return highest;
}

int ContainersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_containers.size());
}

int ContainersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Container& c = m_containers.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Id:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.id;
        break;
    case ApprovedLevel:
        if (role == Qt::DisplayRole)
            return Labels::level(c.level);
        if (role == SortRole)
            return rank(c.level);
        if (role == Qt::DecorationRole)
            return Labels::markingBackground(c.level); // the colour chip
        if (role == Qt::ToolTipRole)
            return Labels::marking(c.level);
        break;
    case Location:
        if (role == Qt::DisplayRole || role == SortRole)
            return c.location;
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Container");
    case ApprovedLevel:
        return tr("Approved level");
    case Location:
        return tr("Location");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
