// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersModel.h"

#include "Labels.h"
#include "i18n/Language.h"

#include <QBrush>
#include <QColor>

namespace kanribo
{

UsersModel::UsersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(const QList<User>& users, const QDate& today)
{
    beginResetModel();
    m_users = users;
    m_today = today;
    endResetModel();
}

void UsersModel::clear()
{
    setUsers({}, {});
}

const User* UsersModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

void UsersModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int UsersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

UsersModel::Expiry UsersModel::expiry(const User& u) const
{
    if (!u.clearanceExpires.isValid() || !m_today.isValid())
        return Expiry::Fine;
    if (u.clearanceExpires < m_today)
        return Expiry::Expired;
    if (m_today.daysTo(u.clearanceExpires) <= WarningDays)
        return Expiry::Soon;
    return Expiry::Fine;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        // R-ACC-3: another person's record is for officers and auditors; the core withholds it from others.
        if (u.detailsWithheld && column != Login && column != Name && column != Active)
            return QStringLiteral("—");
        switch (column) {
        case Login:
            return u.login;
        case Name:
            return u.name;
        case RoleName:
            return Labels::role(u.role);
        case Clearance:
            return Labels::level(u.clearance);
        case ClearanceExpires:
            return u.clearanceExpires.isValid() ? displayDate(u.clearanceExpires) : tr("none");
        case Nationality:
            return u.nationality;
        case Briefed:
            return u.briefed.isValid() ? displayDate(u.briefed) : tr("not briefed");
        case Groups:
            return u.groups.join(QStringLiteral(", "));
        case Active:
            return Labels::yesNo(u.active);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == SortRole) {
        switch (column) {
        case Clearance:
            return rank(u.clearance);
        case ClearanceExpires:
            return u.clearanceExpires;
        case Briefed:
            return u.briefed;
        case Active:
            return u.active;
        case RoleName:
            return static_cast<int>(u.role);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (column == ClearanceExpires && u.active) {
        const Expiry e = expiry(u);
        if (e == Expiry::Fine)
            return {};
        if (role == Qt::BackgroundRole)
            return QBrush(e == Expiry::Expired ? QColor(0xF4, 0xC7, 0xC3) : QColor(0xFF, 0xE0, 0x99));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(Qt::black));
        if (role == Qt::ToolTipRole)
            return e == Expiry::Expired ? tr("The clearance has expired.")
                                        : tr("The clearance expires within %n day(s).", nullptr, WarningDays);
    }
    if (column == Active && !u.active && role == Qt::ForegroundRole)
        return QBrush(QColor(Qt::gray));
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case RoleName:
        return tr("Role");
    case Clearance:
        return tr("Clearance");
    case ClearanceExpires:
        return tr("Clearance expires");
    case Nationality:
        return tr("Nationality");
    case Briefed:
        return tr("Briefed");
    case Groups:
        return tr("Need-to-know groups");
    case Active:
        return tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
