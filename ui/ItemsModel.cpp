// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemsModel.h"

#include "Labels.h"
#include "i18n/Language.h"
#include "policy/PolicyPack.h"

#include <QColor>

namespace kanribo
{

ItemsModel::ItemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ItemsModel::setFetcher(Fetcher fetcher, std::function<bool()> ready)
{
    m_fetcher = std::move(fetcher);
    m_ready = std::move(ready);
    reload();
}

void ItemsModel::setPolicy(const PolicyPack* pack)
{
    m_pack = pack;
    retranslate();
}

void ItemsModel::setFilter(const ItemFilter& filter)
{
    const ItemFilter::Sort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

void ItemsModel::reload()
{
    // No fetching from inside a change (views and testers ask for more when they see modelReset/rowsInserted).
    m_changing = true;
    beginResetModel();
    m_items.clear();
    m_more = bool(m_fetcher);
    m_error.clear();
    endResetModel();
    m_changing = false;
    Q_EMIT contentsChanged();
}

void ItemsModel::clear()
{
    m_fetcher = {};
    m_ready = {};
    reload();
}

void ItemsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ItemsModel::rowOf(const QString& control) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).control == control)
            return i;
    return -1;
}

Level ItemsModel::highestLevel() const
{
    Level highest = Level::Unclassified;
    for (const Item& it : m_items)
        if (rank(it.level) > rank(highest))
            highest = it.level;
    return highest;
}

std::optional<ItemFilter::Sort> ItemsModel::sortFor(int column)
{
    switch (static_cast<Column>(column)) {
    case Control:
        return ItemFilter::Sort::Control;
    case Title:
        return ItemFilter::Sort::Title;
    case LevelColumn:
        return ItemFilter::Sort::Level;
    default:
        return std::nullopt;
    }
}

bool ItemsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_more && m_fetcher && (!m_ready || m_ready());
}

void ItemsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    ItemFilter f = m_filter;
    f.offset = int(m_items.size());
    f.limit = m_pageSize;
    auto page = m_fetcher(f);
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        Q_EMIT fetchFailed(m_error);
        return;
    }
    const QList<Item>& items = page.value();
    if (items.size() < m_pageSize)
        m_more = false;
    if (items.isEmpty())
        return;
    const int first = int(m_items.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(items.size()) - 1);
    m_items += items;
    endInsertRows();
    m_changing = false;
    Q_EMIT contentsChanged();
}

void ItemsModel::sort(int column, Qt::SortOrder order)
{
    const auto s = sortFor(column);
    if (!s)
        return; // the register sorts by control number, title or level only
    const bool descending = order == Qt::DescendingOrder;
    if (*s == m_filter.sort && descending == m_filter.descending)
        return;
    m_filter.sort = *s;
    m_filter.descending = descending;
    reload();
}

int ItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ItemsModel::regimeName(const QString& id) const
{
    if (id.isEmpty() || !m_pack)
        return id;
    const RegimeSpec* r = m_pack->regime(id);
    return r ? r->name.text(currentLanguage()) : id;
}

QString ItemsModel::statusName(const QString& status) const
{
    return Labels::itemStatus(status);
}

QVariant ItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& it = m_items.at(index.row());
    if (role == ControlRole)
        return it.control;
    if (role == LevelRole)
        return rank(it.level);
    const auto column = static_cast<Column>(index.column());
    switch (column) {
    case Control:
        if (role == Qt::DisplayRole)
            return it.control;
        break;
    case Title:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return shownTitle(it);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return m_pack ? m_pack->bannerText(it.level) : Labels::marking(it.level);
        if (role == Qt::DecorationRole) // the colour chip
            return m_pack ? QColor(m_pack->level(it.level).banner) : Labels::markingBackground(it.level);
        if (role == Qt::ToolTipRole)
            return Labels::level(it.level);
        break;
    case Regime:
        if (role == Qt::DisplayRole)
            return regimeName(it.regime);
        break;
    case Caveats:
        if (role == Qt::DisplayRole)
            return it.caveats.join(QStringLiteral(" / "));
        if (role == Qt::ToolTipRole && !it.tlp.isEmpty())
            return it.tlp;
        break;
    case Copies:
        if (role == Qt::DisplayRole)
            return tr("%1 of %2").arg(it.copiesHeld).arg(it.copiesTotal);
        if (role == Qt::ToolTipRole)
            return tr("Copies held / copies registered; where they are is shown in the detail pane");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return statusName(it.status);
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Control:
        return tr("Control no.");
    case Title:
        return tr("Title");
    case LevelColumn:
        return tr("Classification");
    case Regime:
        return tr("Regime");
    case Caveats:
        return tr("Caveats");
    case Copies:
        return tr("Copies held");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
