// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Item.h"
#include "service/Items.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace kanribo
{

class PolicyPack;

// The register of items the user may access (R-ACC-3), fetched lazily in pages (canFetchMore/fetchMore with
// offset/limit). Sorting re-queries the register (ItemFilter::Sort): no proxy sort over a partly loaded table.
class ItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Control, Title, LevelColumn, Regime, Caveats, Copies, Status, ColumnCount };
    static constexpr int ControlRole = Qt::UserRole + 1;
    static constexpr int LevelRole = Qt::UserRole + 2;
    // Returns the items matching the filter (its offset and limit set by the model).
    using Fetcher = std::function<Result<QList<Item>>(const ItemFilter& filter)>;

    explicit ItemsModel(QObject* parent = nullptr);

    // Starts over with a new source; nothing is read until fetchMore(). `ready` says whether the source may be
    // read now (false while the register is busy on another thread).
    void setFetcher(Fetcher fetcher, std::function<bool()> ready = {});
    void setPolicy(const PolicyPack* pack);
    // A new filter (its sort, offset and limit are the model's): starts over.
    void setFilter(const ItemFilter& filter);
    ItemFilter filter() const { return m_filter; }
    // Reloads from the first page (after a change to the register).
    void reload();
    void clear();
    void retranslate();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }
    QString lastError() const { return m_error; }

    const Item& item(int row) const { return m_items.at(row); }
    int rowOf(const QString& control) const;
    // The highest level among the rows loaded (Unclassified when empty), for the banner (R-MRK-3).
    Level highestLevel() const;
    // Sort column of a header click: the sort the register understands, or nullopt.
    static std::optional<ItemFilter::Sort> sortFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void fetchFailed(const QString& message);
    // Rows were loaded or dropped: the banner may change.
    void contentsChanged();

private:
    QString regimeName(const QString& id) const;
    QString statusName(const QString& status) const;

    QList<Item> m_items;
    Fetcher m_fetcher;
    std::function<bool()> m_ready;
    const PolicyPack* m_pack = nullptr;
    ItemFilter m_filter;
    int m_pageSize = 200;
    bool m_more = false;
    bool m_changing = false;
    QString m_error;
};

} // namespace kanribo
