// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/People.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace kanribo
{

// The register of cleared people (R-ACC-6), one row per user.
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Login,
        Name,
        RoleName,
        Clearance,
        ClearanceExpires,
        Nationality,
        Briefed,
        Groups,
        Active,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int WarningDays = 60;

    explicit UsersModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users, const QDate& today);
    void clear();
    const User* user(int row) const;
    // Headers and texts again, in the current language.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Expiry { Fine, Soon, Expired };
    Expiry expiry(const User& u) const;

    QList<User> m_users;
    QDate m_today;
};

} // namespace kanribo
