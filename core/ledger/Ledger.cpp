// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Ledger.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <thread>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Ledger)
};

constexpr size_t kBatch = 8192;

Event readEvent(const Statement& st)
{
    Event e;
    e.seq = st.integer(0);
    e.time = parseTimestamp(st.text(1));
    e.actor = st.text(2);
    e.kind = st.text(3);
    e.subject = st.text(4);
    e.payload = st.blob(5);
    const QString cos = st.text(6);
    if (!cos.isEmpty())
        e.cosigners = cos.split(QLatin1Char('\n'));
    e.prevHash = st.blob(7);
    e.hash = st.blob(8);
    e.signature = st.blob(9);
    const QByteArray cs = st.blob(10);
    for (qsizetype i = 0; i + 64 <= cs.size(); i += 64)
        e.cosignatures.append(cs.mid(i, 64));
    return e;
}

const char kSelect[]
    = "SELECT seq, ts, actor, kind, subject, payload, cosigners, prev_hash, hash, sig, cosigs FROM events";
} // namespace

Ledger::Ledger(Database& db, const Clock& clock, QByteArray registerId)
    : m_db(db)
    , m_clock(clock)
    , m_registerId(std::move(registerId))
{
}

Result<qint64> Ledger::headSeq() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events"));
    if (!st)
        return st.error();
    auto r = st->next();
    if (!r)
        return r.error();
    return st->integer(0);
}

Result<Ledger::Span> Ledger::span(const QDateTime& fromUtc, const QDateTime& toUtc) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM events WHERE ts >= ?1 AND ts < ?2"));
    if (!st)
        return st.error();
    st->bind(1, fromUtc.isValid() ? formatTimestamp(fromUtc) : QStringLiteral("0"));
    st->bind(2, toUtc.isValid() ? formatTimestamp(toUtc) : QStringLiteral("9"));
    auto r = st->next();
    if (!r)
        return r.error();
    return Span { st->integer(0), st->integer(1), st->integer(2) };
}

Result<Event> Ledger::append(const Signer& actor, const EventDraft& draft, const QList<const Signer*>& cosigners)
{
    if (!m_db.inTransaction())
        return makeError(ErrorCode::Io, Tr::tr("Internal error: an event must be written inside a transaction."));
    if (!actor.isValid())
        return makeError(ErrorCode::Auth, Tr::tr("The register is locked."));
    Event e;
    {
        auto st = m_db.prepare(QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"));
        if (!st)
            return st.error();
        auto r = st->next();
        if (!r)
            return r.error();
        if (*r) {
            e.seq = st->integer(0) + 1;
            e.prevHash = st->blob(1);
        } else {
            e.seq = 1;
            e.prevHash = genesisHash(m_registerId);
        }
    }
    QDateTime now = m_clock.nowUtc().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second(), now.time().msec()));
    e.time = now;
    e.actor = actor.login();
    e.kind = draft.kind;
    e.subject = draft.subject;
    e.payload = canonicalJson(draft.payload);
    for (const auto* c : cosigners)
        e.cosigners.append(c->login());
    e.hash = e.computeHash();
    e.signature = actor.sign(e.signedMessage());
    QByteArray cosigs;
    for (const auto* c : cosigners) {
        if (!c->isValid())
            return makeError(ErrorCode::Auth, Tr::tr("The second person is not authenticated."));
        const QByteArray s = c->sign(e.signedMessage());
        e.cosignatures.append(s);
        cosigs += s;
    }
    KANRIBO_TRY(m_db.run(QStringLiteral("INSERT INTO events(seq, ts, actor, kind, subject, payload, cosigners, "
                                        "prev_hash, hash, sig, cosigs) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        e.seq, formatTimestamp(e.time), e.actor, e.kind, e.subject, e.payload, e.cosigners.join(QLatin1Char('\n')),
        e.prevHash, e.hash, e.signature, cosigs));
    return e;
}

Result<std::optional<Event>> Ledger::event(qint64 seq) const
{
    return firstWhere(QStringLiteral(" WHERE seq = ?"), seq);
}

Result<std::optional<Event>> Ledger::lastOfKind(const QString& kind) const
{
    return firstWhere(QStringLiteral(" WHERE kind = ? ORDER BY seq DESC LIMIT 1"), kind);
}

Result<std::optional<Event>> Ledger::firstWhere(const QString& where, const QVariant& value) const
{
    auto st = m_db.prepare(QString::fromLatin1(kSelect) + where);
    if (!st)
        return st.error();
    st->bindValue(1, value);
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Event>();
    return std::optional<Event>(readEvent(*st));
}

Status Ledger::forEach(const Filter& f, const std::function<bool(const Event&)>& fn) const
{
    QString sql = QString::fromLatin1(kSelect) + QStringLiteral(" WHERE seq >= ?1");
    if (f.from.isValid())
        sql += QStringLiteral(" AND ts >= ?2");
    if (f.to.isValid())
        sql += QStringLiteral(" AND ts < ?3");
    if (!f.subjectPrefix.isEmpty())
        sql += QStringLiteral(" AND (subject = ?4 OR substr(subject, 1, length(?5)) = ?5)");
    if (!f.kind.isEmpty())
        sql += QStringLiteral(" AND kind = ?6");
    if (!f.actor.isEmpty())
        sql += QStringLiteral(" AND actor = ?7");
    if (!f.control.isEmpty())
        sql += QStringLiteral(" AND (subject = ?8 OR substr(subject, 1, length(?9)) = ?9)");
    sql += QStringLiteral(" ORDER BY seq");
    if (f.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, f.fromSeq);
    if (f.from.isValid())
        st->bind(2, formatTimestamp(f.from));
    if (f.to.isValid())
        st->bind(3, formatTimestamp(f.to));
    if (!f.subjectPrefix.isEmpty()) {
        st->bind(4, f.subjectPrefix);
        st->bind(5, f.subjectPrefix + QLatin1Char('/'));
    }
    if (!f.kind.isEmpty())
        st->bind(6, f.kind);
    if (!f.actor.isEmpty())
        st->bind(7, f.actor);
    if (!f.control.isEmpty()) {
        st->bind(8, QStringLiteral("item:") + f.control);
        st->bind(9, QStringLiteral("copy:") + f.control + QLatin1Char('/'));
    }
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return {};
        if (!fn(readEvent(*st)))
            return {};
    }
}

ChainVerifier::ChainVerifier(QByteArray expectedPrevHash, qint64 expectedFirstSeq)
    : m_prevHash(std::move(expectedPrevHash))
    , m_nextSeq(expectedFirstSeq)
{
    if (expectedFirstSeq == 1)
        m_state.emplace();
}

void ChainVerifier::addKnownKey(const QString& login, const QByteArray& signPublicKey)
{
    m_keys.insert(login, signPublicKey);
}

void ChainVerifier::fail(qint64 seq, const QString& reason)
{
    if (!m_failed || seq < m_report.firstBad) {
        m_report.ok = false;
        m_report.firstBad = seq;
        m_report.reason = reason;
    }
    m_failed = true;
}

bool ChainVerifier::feed(const Event& e)
{
    if (m_failed || m_cancelled)
        return false;
    if (e.seq != m_nextSeq) {
        fail(m_nextSeq,
            e.seq > m_nextSeq ? Tr::tr("event %1 is missing").arg(m_nextSeq)
                              : Tr::tr("event %1 is out of order").arg(e.seq));
        flush(true);
        return false;
    }
    if (e.prevHash != m_prevHash) {
        fail(e.seq, Tr::tr("event %1 does not link to the event before it").arg(e.seq));
        flush(true);
        return false;
    }
    const QByteArray h = e.computeHash();
    if (h != e.hash) {
        fail(e.seq, Tr::tr("event %1 was altered: its hash does not match its contents").arg(e.seq));
        flush(true);
        return false;
    }
    const QByteArray msg = e.signedMessage();
    if (m_state) {
        // R-TRU-2: the signer and co-signers must hold the authority the kind needs as of the event before; only
        // then may the event introduce keys, and from the next event on (the genesis event is self-signed).
        if (const auto why = m_state->authorise(e)) {
            fail(e.seq, *why);
            flush(true);
            return false;
        }
        if (e.kind == QLatin1String("register.created"))
            m_state->apply(e);
        for (const QString& who : QStringList { e.actor } + e.cosigners) {
            const QByteArray k = m_state->signingKey(e, who);
            if (k.isEmpty())
                m_keys.remove(who);
            else
                m_keys.insert(who, k);
        }
    } else if (const auto why = authoriseWithoutState(e, m_keys)) {
        fail(e.seq, *why);
        flush(true);
        return false;
    }
    if (!m_state) // an officer's reset of their own keys is signed with the new key (R-TRU-6)
        if (const QByteArray own = selfResetKey(e); !own.isEmpty())
            m_keys.insert(e.actor, own);
    const auto key = m_keys.constFind(e.actor);
    if (key == m_keys.constEnd()) {
        fail(e.seq, Tr::tr("event %1 is signed by %2, who has no key in the ledger").arg(e.seq).arg(e.actor));
        flush(true);
        return false;
    }
    m_jobs.push_back({ e.seq, *key, msg, e.signature, e.actor });
    if (e.cosignatures.size() != e.cosigners.size()) {
        fail(e.seq, Tr::tr("event %1 lacks a co-signature").arg(e.seq));
        flush(true);
        return false;
    }
    for (qsizetype i = 0; i < e.cosigners.size(); ++i) {
        const auto ck = m_keys.constFind(e.cosigners.at(i));
        if (ck == m_keys.constEnd()) {
            fail(e.seq,
                Tr::tr("event %1 is co-signed by %2, who has no key in the ledger").arg(e.seq).arg(e.cosigners.at(i)));
            flush(true);
            return false;
        }
        m_jobs.push_back({ e.seq, *ck, msg, e.cosignatures.at(i), e.cosigners.at(i) });
    }
    if (m_state && e.kind != QLatin1String("register.created"))
        m_state->apply(e);
    if (!m_state) // a range from a later point: keys as the range introduces them, from the next event on
        for (const auto& [login, pk] : keysIntroducedBy(e))
            m_keys.insert(login, pk);
    m_prevHash = e.hash;
    ++m_nextSeq;
    ++m_report.events;
    if (m_jobs.size() >= kBatch)
        return flush();
    return true;
}

struct ChainVerifier::Batch {
    std::vector<SigJob> jobs;
    std::vector<char> bad;
    std::atomic<size_t> next { 0 };
    std::vector<std::thread> pool;
    qint64 eventsDone = 0; // events fully fed when the batch started

    void work()
    {
        const size_t n = jobs.size();
        for (;;) {
            const size_t start = next.fetch_add(256);
            if (start >= n)
                return;
            const size_t end = std::min(n, start + 256);
            for (size_t i = start; i < end; ++i)
                bad[i] = !verifySignature(jobs[i].publicKey, jobs[i].message, jobs[i].signature);
        }
    }
};

ChainVerifier::~ChainVerifier()
{
    if (m_inFlight)
        for (auto& t : m_inFlight->pool)
            t.join();
}

void ChainVerifier::collect()
{
    if (!m_inFlight)
        return;
    const std::unique_ptr<Batch> b = std::move(m_inFlight);
    for (auto& t : b->pool)
        t.join();
    for (size_t i = 0; i < b->jobs.size(); ++i) {
        if (b->bad[i]) {
            const SigJob& j = b->jobs[i];
            fail(j.seq, Tr::tr("event %1: the signature of %2 does not verify").arg(j.seq).arg(j.who));
            break;
        }
    }
    if (m_progress && !m_failed && !m_cancelled && !m_progress(b->eventsDone)) {
        m_cancelled = true;
        m_report.ok = false;
        m_report.cancelled = true;
        m_report.reason = Tr::tr("verification cancelled");
    }
}

bool ChainVerifier::flush(bool wait)
{
    // The previous batch first: its failures name earlier events than this one's, and at most one batch of
    // messages is held besides the one being gathered.
    collect();
    if (!m_jobs.empty() && !m_cancelled) { // after a failure too: an earlier event may hold a bad signature
        m_inFlight = std::make_unique<Batch>();
        Batch& b = *m_inFlight;
        b.jobs = std::move(m_jobs);
        m_jobs.clear();
        b.bad.assign(b.jobs.size(), 0);
        b.eventsDone = m_report.events;
        if (b.jobs.size() <= 512) {
            b.work(); // a few checks: not worth a thread
        } else {
            // One thread per core: the caller's reading and hashing of the next batch share the cores with them.
            const unsigned threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
            for (unsigned t = 0; t < threads; ++t)
                b.pool.emplace_back([&b] { b.work(); });
        }
        if (wait)
            collect();
    }
    m_jobs.clear();
    return !m_failed && !m_cancelled;
}

VerifyReport ChainVerifier::finish()
{
    flush(true);
    return m_report;
}

Result<VerifyReport> verifyLedger(
    const Ledger& ledger, const QByteArray& registerId, const ChainVerifier::Progress& progress, LedgerState* state)
{
    ChainVerifier v(genesisHash(registerId));
    v.setProgress(progress);
    KANRIBO_TRY(ledger.forEach({}, [&](const Event& e) { return v.feed(e); }));
    VerifyReport report = v.finish();
    if (report.ok)
        report.head = v.lastHash();
    if (state && v.state())
        *state = *v.state();
    return report;
}

} // namespace kanribo
