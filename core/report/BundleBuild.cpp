// SPDX-License-Identifier: GPL-3.0-or-later
// buildBundle and buildBundleForDigest: a bundle made from a register — the range verified and looked at in a first
// pass, the key table and header made, then the events written again, checked to be the ones verified (the format is
// in ExportBundle.cpp and BundleFormat.h).
#include "report/ExportBundle.h"

#include "ledger/Ledger.h"
#include "model/People.h"
#include "report/BundleFormat.h"
#include "service/CoreSession.h"
#include "service/EventSight.h"
#include "service/Register.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace kanribo
{

using bundle::appendTo;
using bundle::encodeEvent;
using bundle::encodeExporter;
using bundle::encodeHead;
using bundle::Encoder;
using bundle::hex;

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

QDateTime startOfDayUtc(const QDate& d)
{
    return d.isValid() ? QDateTime(d, QTime(0, 0)).toUTC() : QDateTime();
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(formatTimestamp(t)) : QJsonValue(QJsonValue::Null);
}

// The keys in force and where each came from, as the ledger introduces them (ChainVerifier's rule: user.added does
// not replace a key the login already has).
struct KeyState {
    struct Entry {
        QByteArray pk;
        qint64 seq = 0;
    };
    QHash<QString, Entry> active;
    void learn(const Event& e)
    {
        for (const auto& [login, pk] : keysIntroducedBy(e)) {
            if (active.contains(login) && e.kind == QLatin1String("user.added"))
                continue;
            active.insert(login, { pk, e.seq });
        }
    }
};

// Signatures are not part of an event's hash: both passes of build() tally them to be sure the file holds the ones
// that were verified.
void tallySignatures(StreamDigest& d, const Event& e)
{
    d.add(e.signature.constData(), e.signature.size());
    for (const auto& c : e.cosignatures)
        d.add(c.constData(), c.size());
    const char end = '\n'; // ends each event's run of fixed-size signatures
    d.add(&end, 1);
}

Result<BuiltBundle> build(Register& reg, const ExportOptions& options, bool forReader)
{
    Session& s = coreSession(reg);
    KANRIBO_TRY(
        s.requireRole({ Role::Officer, Role::Auditor }, QStringLiteral("audit.export"), QStringLiteral("register")));
    User reader = s.me;
    if (!options.reader.isEmpty() && options.reader != s.me.login) {
        auto u = reg.people().user(options.reader);
        if (!u)
            return u.error();
        reader = std::move(u).value();
    }
    const QDateTime fromUtc = startOfDayUtc(options.from);
    const QDateTime toUtc = startOfDayUtc(options.to.isValid() ? options.to.addDays(1) : QDate());
    if (fromUtc.isValid() && toUtc.isValid() && toUtc <= fromUtc)
        return makeError(ErrorCode::Usage, Tr::tr("The range ends before it starts."));

    // The range is the contiguous run from the first event on or after `from` to the last event before `to`.
    auto span = reg.ledger().span(fromUtc, toUtc);
    if (!span)
        return span.error();
    const qint64 firstSeq = span->firstSeq;
    const qint64 lastSeq = span->lastSeq;
    if (firstSeq == 0 || lastSeq < firstSeq)
        return makeError(ErrorCode::NotFound, Tr::tr("The audit trail has no events in this range."));

    // R-ACC-3: a bundle cannot be redacted (its events are signed as they are), so it is only for a reader — and made
    // only by an exporter — who sees every event in it whole.
    std::optional<EventSight> sight;
    if (forReader) {
        auto made = EventSight::forReader(s, reader, &s.me);
        if (!made)
            return made.error();
        sight = std::move(made).value();
    }
    qint64 notWhole = 0;

    // First pass: verify the ledger from the genesis to the end of the range, follow the keys, look at the range
    // (its events are not kept: write() reads them again).
    ChainVerifier verifier(genesisHash(s.registerId));
    if (options.progress)
        verifier.setProgress(
            [&options, lastSeq](qint64 done) { return options.report(ExportPhase::Verifying, done, lastSeq); });
    KeyState keys;
    Bundle b;
    QList<BundleKey> prior;
    QSet<QString> controls;
    Level highest = Level::Unclassified;
    std::optional<KeyState::Entry> exporterAfter;
    QByteArray lastHash;
    StreamDigest verifiedSigs; // of the range's signatures: the second pass must write the ones verified here
    KANRIBO_TRY(reg.ledger().forEach({}, [&](const Event& e) {
        if (e.seq == firstSeq) {
            for (auto it = keys.active.cbegin(); it != keys.active.cend(); ++it)
                prior.append({ it.key(), it->pk, it->seq, BundleKey::Scope::BeforeRange });
            b.linkHash = e.prevHash;
        }
        if (e.seq <= lastSeq) {
            if (!verifier.feed(e))
                return false;
            keys.learn(e);
        }
        if (e.seq >= firstSeq && e.seq <= lastSeq) {
            lastHash = e.hash;
            if (sight && !sight->seesWhole(e))
                ++notWhole;
            tallySignatures(verifiedSigs, e);
            for (const auto& [login, pk] : keysIntroducedBy(e))
                b.keys.append({ login, pk, e.seq, BundleKey::Scope::InRange });
            const QString control = controlOfSubject(e.subject);
            if (!control.isEmpty())
                controls.insert(control);
            if (const auto l = levelFromName(e.payloadObject().value(QStringLiteral("level")).toString()))
                highest = std::max(highest, *l, [](Level x, Level y) { return rank(x) < rank(y); });
        }
        if (e.seq > lastSeq) {
            for (const auto& [login, pk] : keysIntroducedBy(e))
                if (login == s.me.login)
                    exporterAfter = KeyState::Entry { pk, e.seq };
        }
        return true;
    }));
    const VerifyReport report = verifier.finish();
    if (report.cancelled)
        return exportCancelled();
    if (!report.ok)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The audit trail does not verify (event %1: %2); nothing was exported.")
                .arg(report.firstBad)
                .arg(report.reason));
    {
        auto levels = reg.items().levels();
        if (!levels)
            return levels.error();
        for (const QString& control : std::as_const(controls))
            if (const auto l = levels->constFind(control); l != levels->cend() && rank(*l) > rank(highest))
                highest = *l;
    }
    // A bundle cannot be redacted: it is for readers cleared for everything in it.
    if (!forReader)
        reader = s.me;
    if (notWhole > 0)
        return s.deny(QStringLiteral("audit.export"), QStringLiteral("register"),
            { Reason::of(QStringLiteral("bundle-not-whole"),
                { { QStringLiteral("count"), QString::number(qMin<qint64>(notWhole, INT_MAX)) },
                    { QStringLiteral("reader"), reader.login } }) });
    if (forReader && rank(reader.clearance) < rank(highest))
        return s.deny(QStringLiteral("audit.export"), QStringLiteral("register"),
            { Reason::of(QStringLiteral("bundle-reader-clearance"),
                { { QStringLiteral("reader"), reader.login },
                    { QStringLiteral("clearance"), levelName(reader.clearance) },
                    { QStringLiteral("level"), levelName(highest) } }) });

    std::sort(prior.begin(), prior.end(), [](const BundleKey& x, const BundleKey& y) { return x.login < y.login; });
    b.keys = prior + b.keys;
    const QByteArray myKey = s.signer.publicKey();
    if (keys.active.value(s.me.login).pk != myKey) {
        if (!exporterAfter || exporterAfter->pk != myKey)
            return makeError(
                ErrorCode::Integrity, Tr::tr("Your signing key is not the one the ledger records for you."));
        b.keys.append({ s.me.login, myKey, exporterAfter->seq, BundleKey::Scope::Exporter });
    }
    if (firstSeq == 1)
        b.genesis = genesisHash(s.registerId);
    qint64 head = lastSeq;
    if (auto hs = reg.ledger().headSeq())
        head = *hs;
    b.header = QJsonObject {
        { QStringLiteral("format"), QStringLiteral("kanribo-export-bundle") },
        { QStringLiteral("register_id"), hex(s.registerId) },
        { QStringLiteral("facility"), s.facility },
        { QStringLiteral("from"), dateOrNull(options.from) },
        { QStringLiteral("to"), dateOrNull(options.to) },
        { QStringLiteral("from_utc"), timeOrNull(fromUtc) },
        { QStringLiteral("to_utc"), timeOrNull(toUtc) },
        { QStringLiteral("first_seq"), firstSeq },
        { QStringLiteral("last_seq"), lastSeq },
        { QStringLiteral("events"), lastSeq - firstSeq + 1 },
        { QStringLiteral("last_hash"), hex(lastHash) },
        { QStringLiteral("head_seq"), head },
        { QStringLiteral("exported_at"), formatTimestamp(s.now()) },
        { QStringLiteral("exporter_role"), roleName(s.me.role) },
        { QStringLiteral("exporter_name"), s.me.name },
        { QStringLiteral("reader"), reader.login },
        { QStringLiteral("reader_clearance"), levelName(reader.clearance) },
        { QStringLiteral("highest_level"), levelName(highest) },
        { QStringLiteral("policy"), QString(s.policy().id() + QLatin1Char(' ') + s.policy().packVersion()) },
    };
    b.header.insert(QStringLiteral("exporter"), s.signer.login());
    BuiltBundle out;
    out.firstSeq = firstSeq;
    out.lastSeq = lastSeq;
    out.lastHash = lastHash;
    out.highest = highest;
    const QString sigsVerified = verifiedSigs.grouped();
    out.write = [&reg, b, firstSeq, lastSeq, lastHash, sigsVerified, myKey, progress = options.progress](
                    const ByteSink& sink) -> Status {
        Session& s = coreSession(reg);
        // Signed by the exporter the header names and the key table proves, or not at all.
        if (s.signer.login() != b.header.value(QStringLiteral("exporter")).toString() || s.signer.publicKey() != myKey)
            return makeError(
                ErrorCode::Integrity, Tr::tr("Your signing key is not the one the ledger records for you."));
        Encoder enc(sink);
        encodeHead(enc, b.header, b.linkHash, b.genesis, b.keys, static_cast<quint64>(lastSeq - firstSeq + 1));
        // The range again, checked to be the chain verified above (the ledger only grows, but the file could have
        // been changed underneath between the passes).
        QByteArray prev = b.linkHash;
        qint64 next = firstSeq;
        bool changed = false;
        bool stopped = false;
        StreamDigest writtenSigs;
        Ledger::Filter f;
        f.fromSeq = firstSeq;
        KANRIBO_TRY(reg.ledger().forEach(f, [&](const Event& e) {
            if (e.seq > lastSeq)
                return false;
            if (e.seq != next || e.prevHash != prev || e.computeHash() != e.hash) {
                changed = true;
                return false;
            }
            encodeEvent(enc, e);
            tallySignatures(writtenSigs, e);
            prev = e.hash;
            ++next;
            if (progress && (next - firstSeq) % 1024 == 0
                && !progress(ExportPhase::Writing, next - firstSeq, lastSeq - firstSeq + 1)) {
                stopped = true;
                return false;
            }
            return enc.ok();
        }));
        if (stopped)
            return exportCancelled();
        if (changed || (enc.ok() && (next != lastSeq + 1 || prev != lastHash || writtenSigs.grouped() != sigsVerified)))
            return makeError(ErrorCode::Integrity,
                Tr::tr("The audit trail changed while it was being exported; nothing was exported."));
        encodeExporter(enc, s.signer.login(), s.signer.publicKey());
        const QByteArray signature = s.signer.sign(Bundle::signedMessageFor(enc.hashes().endBody()));
        enc.field(signature);
        if (!enc.ok())
            return makeError(ErrorCode::Io, Tr::tr("The export could not be written."));
        return {};
    };
    return out;
}
} // namespace

Result<QByteArray> BuiltBundle::bytes() const
{
    QByteArray out;
    KANRIBO_TRY(write(appendTo(out)));
    return out;
}

Result<QString> BuiltBundle::digest() const
{
    StreamDigest d;
    KANRIBO_TRY(write([&d](const char* p, qsizetype n) {
        d.add(p, n);
        return true;
    }));
    return d.grouped();
}

Result<BuiltBundle> buildBundle(Register& reg, const ExportOptions& options)
{
    return build(reg, options, true);
}

Result<BuiltBundle> buildBundleForDigest(Register& reg, const ExportOptions& options)
{
    return build(reg, options, false);
}

} // namespace kanribo
