// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainersModel.h"

#include "Labels.h"

#include <QColor>

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
    m_states.clear();
    endResetModel();
}

void ContainersModel::setStates(const QList<ContainerState>& states)
{
    beginResetModel();
    m_containers.clear();
    for (const ContainerState& s : states)
        m_containers << s.container;
    m_states = states;
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
    case ReservedFor: {
        if (m_states.isEmpty())
            break;
        const ContainerReservation& r = m_states.at(index.row()).reservation;
        if (role == Qt::DisplayRole || role == SortRole) {
            QStringList parts;
            if (!r.origins.isEmpty())
                parts << tr("origin %1").arg(r.origins.join(QStringLiteral(", ")));
            if (!r.regimes.isEmpty())
                parts << tr("regime %1").arg(r.regimes.join(QStringLiteral(", ")));
            if (!r.groups.isEmpty())
                parts << tr("group %1").arg(r.groups.join(QStringLiteral(", ")));
            return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("; "));
        }
        break;
    }
    case State: {
        if (m_states.isEmpty())
            break;
        const ContainerState& s = m_states.at(index.row());
        if (role == Qt::DisplayRole || role == SortRole) {
            if (!s.since.isValid())
                return tr("closed");
            return s.open ? tr("open since %1 (%2)").arg(Labels::dateTime(s.since), s.by)
                          : tr("closed %1 (%2)").arg(Labels::dateTime(s.since), s.by);
        }
        if (role == Qt::ForegroundRole && s.leftOpen)
            return QColor(Qt::red);
        if (role == Qt::ToolTipRole && s.leftOpen)
            return tr("Left open from an earlier day: secure it and report it.");
        break;
    }
    case LastCheck: {
        if (m_states.isEmpty())
            break;
        const ContainerState& s = m_states.at(index.row());
        if (role == Qt::DisplayRole || role == SortRole) {
            if (s.checkDue)
                return tr("check due");
            return s.checkedAt.isValid() ? tr("%1 (%2)").arg(Labels::dateTime(s.checkedAt), s.checkedBy)
                                         : QStringLiteral("—");
        }
        if (role == Qt::ForegroundRole && s.checkDue)
            return QColor(Qt::red);
        break;
    }
    case Combination: {
        if (m_states.isEmpty())
            break;
        const ContainerState& s = m_states.at(index.row());
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString known = s.custodians.isEmpty()
                ? tr("known to: not recorded")
                : tr("known to %1").arg(s.custodians.join(QStringLiteral(", ")));
            if (!s.changeDue.isEmpty())
                return tr("%1; %2").arg(changeDueText(s), known);
            return tr("changed %1 (%2); %3").arg(Labels::dateTime(s.combinationChanged), s.combinationChangedBy, known);
        }
        if (role == Qt::ForegroundRole && !s.changeDue.isEmpty())
            return QColor(Qt::red);
        break;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString ContainersModel::changeDueText(const ContainerState& s)
{
    if (s.changeDue == QLatin1String("put-in-use"))
        return tr("combination change due: none recorded since put in use");
    if (s.changeDue == QLatin1String("custodian-left"))
        return tr("combination change due: %1 no longer may know it").arg(s.leavers.join(QStringLiteral(", ")));
    if (s.changeDue == QLatin1String("interval"))
        return tr("combination change due: a year since the last change");
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
    case ReservedFor:
        return tr("Reserved for");
    case State:
        return tr("Open or closed");
    case LastCheck:
        return tr("Last end-of-day check");
    case Combination:
        return tr("Combination");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
