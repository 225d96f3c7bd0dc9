// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include "Labels.h"

#include "policy/Reason.h"

namespace kanribo
{

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setFetcher(Fetcher fetcher, std::function<bool()> ready, int pageSize)
{
    // No fetching from inside a change (views and testers ask for more when they see modelReset/rowsInserted).
    m_changing = true;
    beginResetModel();
    m_events.clear();
    m_fetcher = std::move(fetcher);
    m_ready = std::move(ready);
    m_pageSize = qMax(1, pageSize);
    m_more = bool(m_fetcher);
    m_error.clear();
    endResetModel();
    m_changing = false;
}

void AuditModel::clear()
{
    setFetcher({});
}

void AuditModel::appendEvents(const QList<Event>& events)
{
    if (events.isEmpty())
        return;
    const int first = int(m_events.size());
    for (const Event& e : events)
        m_names.learn(e);
    m_changing = true;
    beginInsertRows({}, first, first + int(events.size()) - 1);
    m_events += events;
    endInsertRows();
    m_changing = false;
}

const Event* AuditModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr;
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    if (m_events.isEmpty())
        return -1;
    // Rows are in sequence order, contiguous from the first.
    const qint64 row = seq - m_events.constFirst().seq;
    return row >= 0 && row < m_events.size() && m_events.at(row).seq == seq ? int(row) : -1;
}

void AuditModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_changing && m_more && m_fetcher && (!m_ready || m_ready());
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 from = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    auto page = m_fetcher(from, m_pageSize);
    if (!page) {
        m_more = false;
        m_error = page.error().message;
        Q_EMIT fetchFailed(m_error);
        return;
    }
    const QList<Event>& events = page.value();
    if (events.size() < m_pageSize)
        m_more = false;
    appendEvents(events);
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& e = m_events.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        if (column == Seq)
            return e.seq;
        if (column == Time)
            return e.time;
    }
    if (role == Qt::ToolTipRole && column == Time)
        return formatTimestamp(e.time);
    if (role == Qt::ToolTipRole && column == Details)
        return displayPayloadText(e.kind, e.payload);
    if (role == Qt::TextAlignmentRole && column == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Seq:
        return e.seq;
    case Time:
        return Labels::dateTime(e.time);
    case Actor:
        return e.cosigners.isEmpty() ? e.actor
                                     : e.actor + QStringLiteral(" + ") + e.cosigners.join(QStringLiteral(", "));
    case Kind:
        return e.kind;
    case Subject:
        return e.subject;
    case Details: // a sentence in the current language (retranslate() redraws them); the payload as its tooltip
        return eventSentence(e, m_names);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Actor");
    case Kind:
        return tr("Event");
    case Subject:
        return tr("Subject");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
