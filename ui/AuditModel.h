// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Event.h"
#include "report/EventSentences.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace kanribo
{

// The audit trail, fetched lazily in pages of events (canFetchMore/fetchMore).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Actor, Kind, Subject, Details, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    // Returns up to `limit` events from sequence number `fromSeq` on.
    using Fetcher = std::function<Result<QList<Event>>(qint64 fromSeq, qint64 limit)>;

    explicit AuditModel(QObject* parent = nullptr);

    // Starts over with a new source; nothing is read until fetchMore(). `ready` says whether the source may be
    // read now (false while the register is busy on another thread).
    void setFetcher(Fetcher fetcher, std::function<bool()> ready = {}, int pageSize = 500);
    void clear();
    // Adds events at the end (a bundle being verified: no fetcher).
    void appendEvents(const QList<Event>& events);
    // The event on a row of this model, or nullptr.
    const Event* eventAt(int row) const;
    // The row of the event with this sequence number, or -1.
    int rowOfSeq(qint64 seq) const;
    // The people the events name (learnt from the events, and set for the register's users).
    const EventNames& names() const { return m_names; }
    void setName(const QString& login, const QString& name) { m_names.set(login, name); }
    void retranslate();
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void fetchFailed(const QString& message);

private:
    QList<Event> m_events;
    EventNames m_names;
    Fetcher m_fetcher;
    std::function<bool()> m_ready;
    int m_pageSize = 500;
    bool m_more = false;
    bool m_changing = false;
    QString m_error;
};

} // namespace kanribo
