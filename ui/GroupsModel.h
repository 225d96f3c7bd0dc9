// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/People.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kanribo
{

// Need-to-know groups with their member count.
class GroupsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Description, Members, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit GroupsModel(QObject* parent = nullptr);

    // members: group name -> number of users in it.
    void setGroups(const QList<Group>& groups, const QHash<QString, int>& members = {});
    void clear();
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Group> m_groups;
    QHash<QString, int> m_members;
};

} // namespace kanribo
