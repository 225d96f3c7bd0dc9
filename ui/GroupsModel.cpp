// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupsModel.h"

namespace kanribo
{

GroupsModel::GroupsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GroupsModel::setGroups(const QList<Group>& groups, const QHash<QString, int>& members)
{
    beginResetModel();
    m_groups = groups;
    m_members = members;
    endResetModel();
}

void GroupsModel::clear()
{
    setGroups({}, {});
}

void GroupsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int GroupsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const Group& g = m_groups.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Name:
        return g.name;
    case Description:
        return g.description;
    case Members:
        return m_members.value(g.name);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Group");
    case Description:
        return tr("Description");
    case Members:
        return tr("Members");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
