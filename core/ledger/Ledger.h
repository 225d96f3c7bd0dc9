// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "crypto/Signer.h"
#include "ledger/Event.h"
#include "ledger/LedgerState.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace kanribo
{

class Database;

struct EventDraft {
    QString kind;
    QString subject;
    QJsonObject payload;
};

// The only writer of events: append chains, hashes and signs in the caller's transaction.
class Ledger
{
public:
    Ledger(Database& db, const Clock& clock, QByteArray registerId);

    // Must be called inside a write transaction (Database::begin), together with the state change it records.
    Result<Event> append(const Signer& actor, const EventDraft& draft, const QList<const Signer*>& cosigners = {});

    Result<qint64> headSeq() const;
    // The events with from <= time < to (UTC; invalid = open): how many, and the first and last seq (0 when none).
    struct Span {
        qint64 count = 0;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
    };
    Result<Span> span(const QDateTime& fromUtc, const QDateTime& toUtc) const;
    Result<std::optional<Event>> event(qint64 seq) const;
    // The last event of a kind (by the index on events(kind)), or nullopt when there is none.
    Result<std::optional<Event>> lastOfKind(const QString& kind) const;

    struct Filter {
        QDateTime from; // inclusive, UTC; invalid = open
        QDateTime to; // exclusive, UTC; invalid = open
        QString subjectPrefix;
        QString kind; // exactly this kind; empty = any
        QString actor; // signed by this login; empty = anyone
        QString control; // about this item or any of its copies (item:C, copy:C/N); empty = anything
        qint64 fromSeq = 1;
        qint64 limit = -1;
    };
    // Streams events in sequence order; the callback returns false to stop early.
    Status forEach(const Filter& filter, const std::function<bool(const Event&)>& fn) const;

private:
    // The first event of kSelect + where (one '?' bound to value), if any.
    Result<std::optional<Event>> firstWhere(const QString& where, const QVariant& value) const;

    Database& m_db;
    const Clock& m_clock;
    QByteArray m_registerId;
};

struct VerifyReport {
    bool ok = true;
    qint64 events = 0;
    qint64 firstBad = 0; // 0 when ok
    QString reason;
    QByteArray head; // when ok: the hash of the last event, which commits to the whole chain (R-TRU-3)
    bool cancelled = false; // the progress callback stopped it (not ok, nothing found)
};

// Checks a sequence of events: numbering, chain links, hashes, and every signature against the keys the ledger
// itself introduced (register.created, user.added, user.keys_reset). From the first event of a ledger it also
// replays the events into a LedgerState and checks the authority of each signer and co-signer as of the event
// before (R-TRU-2): a key is trusted only when an authorised event introduced it. A range that starts later (a bundle
// or a checkpoint) is checked against the keys known at its start. Signatures are checked on all cores, in batches
// that run in the background while the caller reads and hashes the next batch (issue 7).
class ChainVerifier
{
public:
    explicit ChainVerifier(QByteArray expectedPrevHash, qint64 expectedFirstSeq = 1);
    ~ChainVerifier(); // waits for a batch still being checked
    ChainVerifier(const ChainVerifier&) = delete;
    ChainVerifier& operator=(const ChainVerifier&) = delete;
    // Keys known before the first event fed (for verifying a range that starts mid-ledger).
    void addKnownKey(const QString& login, const QByteArray& signPublicKey);
    // Returns false once a failure has been found (then report() names it).
    bool feed(const Event& e);
    // Finishes pending signature checks.
    VerifyReport finish();
    const QHash<QString, QByteArray>& keys() const { return m_keys; }
    // The replayed state after the events fed (from the first event of a ledger only).
    const LedgerState* state() const { return m_state ? &*m_state : nullptr; }
    QByteArray lastHash() const { return m_prevHash; }
    using Progress = std::function<bool(qint64 done)>; // return false to cancel
    void setProgress(Progress p) { m_progress = std::move(p); }

private:
    struct SigJob {
        qint64 seq;
        QByteArray publicKey;
        QByteArray message;
        QByteArray signature;
        QString who;
    };
    struct Batch; // signature checks running in the background
    void fail(qint64 seq, const QString& reason);
    // Waits for the batch in flight and records its first failure, then starts checking the jobs gathered since
    // (and waits for them too when `wait`). False once a failure was found or the progress callback cancelled.
    bool flush(bool wait = false);
    void collect();

    QByteArray m_prevHash;
    qint64 m_nextSeq;
    QHash<QString, QByteArray> m_keys;
    std::optional<LedgerState> m_state; // from the genesis: authority and key introduction by replay
    std::vector<SigJob> m_jobs;
    std::unique_ptr<Batch> m_inFlight;
    VerifyReport m_report;
    bool m_failed = false;
    bool m_cancelled = false;
    Progress m_progress;
};

// The whole ledger from its genesis; `state`, when given, receives what the events say (for the comparison with the
// register's tables, R-TRU-1).
Result<VerifyReport> verifyLedger(const Ledger& ledger, const QByteArray& registerId,
    const ChainVerifier::Progress& progress = {}, LedgerState* state = nullptr);

} // namespace kanribo
