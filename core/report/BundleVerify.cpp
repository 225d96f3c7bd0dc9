// SPDX-License-Identifier: GPL-3.0-or-later
// verifyBundle: the offline check of an export bundle — its header, chain link, key table, every event as it is read,
// and the exporter's signature — with nothing but the file (the format is in ExportBundle.cpp and BundleFormat.h).
#include "report/ExportBundle.h"

#include "ledger/Ledger.h"
#include "model/People.h"
#include "report/BundleFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace kanribo
{

using bundle::decodeEvent;
using bundle::decodeHead;
using bundle::Decoder;
using bundle::decodeTail;
using bundle::hex;

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

QString scopeName(BundleKey::Scope s)
{
    switch (s) {
    case BundleKey::Scope::BeforeRange:
        return Tr::tr("before the range");
    case BundleKey::Scope::InRange:
        return Tr::tr("in the range");
    case BundleKey::Scope::Exporter:
        return Tr::tr("exporter, after the range");
    }
    return {};
}
} // namespace

Result<BundleCheck> verifyBundleFile(const QString& path, const BundleWatcher& watch)
{
    constexpr qint64 kMaxBundleBytes = qint64(4) * 1024 * 1024 * 1024;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxBundleBytes)
        return makeError(ErrorCode::Integrity, Tr::tr("%1 is too large to be an export bundle.").arg(path));
    BundleCheck c = verifyBundle(f, watch); // streamed: one batch of events in memory at a time
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return c;
}

BundleCheck verifyBundle(const QByteArray& bytes)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    return verifyBundle(in);
}

BundleCheck verifyBundle(QIODevice& in, const BundleWatcher& watch)
{
    BundleCheck c;
    Decoder r(in);
    const auto failed = [&](const QString& reason) {
        r.drain();
        c.digest = r.hashes().file().grouped();
        c.ok = false;
        c.reason = reason;
        return c;
    };
    Bundle b; // head and tail only: the events stream through the verifier
    quint64 nEvents = 0;
    if (const Status st = decodeHead(r, b, nEvents); !st)
        return failed(st.error().message);
    const QJsonObject& h = b.header;

    // Header: what the bundle says it holds.
    const QByteArray registerId = QByteArray::fromHex(h.value(QStringLiteral("register_id")).toString().toLatin1());
    const qint64 firstSeq = h.value(QStringLiteral("first_seq")).toInteger(-1);
    const qint64 lastSeq = h.value(QStringLiteral("last_seq")).toInteger(-1);
    const qint64 count = h.value(QStringLiteral("events")).toInteger(-1);
    if (h.value(QStringLiteral("format")).toString() != QLatin1String("kanribo-export-bundle") || registerId.isEmpty()
        || firstSeq < 1 || lastSeq < firstSeq || count != static_cast<qint64>(nEvents)
        || lastSeq - firstSeq + 1 != count)
        return failed(Tr::tr("The export header does not match its contents."));
    c.facility = h.value(QStringLiteral("facility")).toString();
    c.registerId = hex(registerId);
    c.firstSeq = firstSeq;
    c.lastSeq = lastSeq;
    const QString role = h.value(QStringLiteral("exporter_role")).toString();
    if (role != QLatin1String("officer") && role != QLatin1String("auditor"))
        return failed(Tr::tr("The export names an exporter who is neither an officer nor an auditor."));

    // The chain link: the range starts at the register's genesis, or carries no genesis.
    if (firstSeq == 1) {
        if (b.genesis != genesisHash(registerId) || b.linkHash != b.genesis)
            return failed(Tr::tr("The first event does not link to this register's genesis."));
    } else if (!b.genesis.isEmpty()) {
        return failed(Tr::tr("A range that does not start at event 1 cannot carry the genesis hash."));
    }
    c.startsAtGenesis = firstSeq == 1;

    // The key table: prior keys active at the start, then the in-range introductions, then the exporter's.
    QHash<QString, QByteArray> latest;
    QList<BundleKey> inRangeTable;
    int stage = 0;
    QSet<QString> priorLogins;
    QString exporterInTable;
    for (const auto& k : b.keys) {
        const int s = static_cast<int>(k.scope);
        if (s < stage)
            return failed(Tr::tr("The key table is out of order."));
        stage = s;
        switch (k.scope) {
        case BundleKey::Scope::BeforeRange:
            if (k.introducedAt >= firstSeq || priorLogins.contains(k.login))
                return failed(
                    Tr::tr("The key table lists a key for %1 that was not in force before the range.").arg(k.login));
            priorLogins.insert(k.login);
            break;
        case BundleKey::Scope::InRange:
            if (k.introducedAt < firstSeq || k.introducedAt > lastSeq)
                return failed(Tr::tr("The key table lists a key for %1 outside the range.").arg(k.login));
            inRangeTable.append(k);
            break;
        case BundleKey::Scope::Exporter:
            if (k.introducedAt <= lastSeq || (!exporterInTable.isEmpty() && exporterInTable != k.login))
                return failed(Tr::tr("The key table lists an exporter key that is not the exporter's."));
            exporterInTable = k.login; // checked against the signer below
            break;
        }
        latest.insert(k.login, k.publicKey);
        c.keyFingerprints << Tr::tr("%1 %2 (event %3, %4)")
                                 .arg(k.login, fingerprintOf(k.publicKey))
                                 .arg(k.introducedAt)
                                 .arg(scopeName(k.scope));
    }
    if (firstSeq == 1 && !priorLogins.isEmpty())
        return failed(Tr::tr("A range that starts at event 1 cannot have keys from before it."));

    // Every event as it is read: numbering, links, hashes, signatures; and the keys it introduces.
    ChainVerifier v(b.linkHash, firstSeq);
    for (const auto& k : b.keys)
        if (k.scope == BundleKey::Scope::BeforeRange)
            v.addKnownKey(k.login, k.publicKey);
    QList<BundleKey> introduced;
    QDateTime firstTime;
    QDateTime lastTime;
    QByteArray lastHash;
    for (quint64 i = 0; i < nEvents; ++i) {
        auto e = decodeEvent(r, i);
        if (!e) {
            c.firstBad = firstSeq + static_cast<qint64>(i);
            return failed(e.error().message);
        }
        // Payloads are canonical JSON objects (keys sorted, compact): one encoding, as the program writes them.
        QJsonParseError pe {};
        const QJsonDocument payload = QJsonDocument::fromJson(e->payload, &pe);
        if (pe.error != QJsonParseError::NoError || !payload.isObject()
            || canonicalJson(payload.object()) != e->payload) {
            c.firstBad = e->seq;
            return failed(Tr::tr("Event %1 fails: its payload is not canonical JSON.").arg(e->seq));
        }
        const bool fed = v.feed(*e); // the watcher sees a failing event too: a viewer shows it
        if (watch && !watch(*e, static_cast<qint64>(i), static_cast<qint64>(nEvents))) {
            c.cancelled = true;
            return failed(Tr::tr("verification cancelled"));
        }
        if (!fed)
            break;
        for (const auto& [login, pk] : keysIntroducedBy(*e))
            introduced.append({ login, pk, e->seq, BundleKey::Scope::InRange });
        if (i == 0)
            firstTime = e->time;
        lastTime = e->time;
        lastHash = e->hash;
    }
    const VerifyReport report = v.finish();
    if (!report.ok) {
        c.firstBad = report.firstBad;
        return failed(Tr::tr("Event %1 fails: %2").arg(report.firstBad).arg(report.reason));
    }
    QByteArray bodyHash;
    if (const Status st = decodeTail(r, b, bodyHash); !st)
        return failed(st.error().message);

    if (h.value(QStringLiteral("exporter")).toString() != b.exporter)
        return failed(Tr::tr("The export header names another exporter than the one who signed."));
    if (!exporterInTable.isEmpty() && exporterInTable != b.exporter)
        return failed(Tr::tr("The key table lists an exporter key that is not the exporter's."));
    c.signer = b.exporter;
    c.signerFingerprint = fingerprintOf(b.exporterKey);
    if (!latest.contains(b.exporter) || latest.value(b.exporter) != b.exporterKey)
        return failed(Tr::tr("The exporter's key is not the key the ledger gives %1.").arg(b.exporter));
    const auto sameKeys = [](const QList<BundleKey>& x, const QList<BundleKey>& y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(), [](const BundleKey& a, const BundleKey& k) {
            return a.login == k.login && a.publicKey == k.publicKey && a.introducedAt == k.introducedAt;
        });
    };
    if (!sameKeys(introduced, inRangeTable))
        return failed(Tr::tr("The key table does not match the keys the events in the range introduce."));
    if (h.value(QStringLiteral("last_hash")).toString() != hex(lastHash))
        return failed(Tr::tr("The export header names another last event than the one it holds."));
    // The ledger's head when exported is at or after the range; the export was made after its last event; the
    // highest level and the reader's clearance are levels.
    const QDateTime exportedAt = parseTimestamp(h.value(QStringLiteral("exported_at")).toString());
    if (h.value(QStringLiteral("head_seq")).toInteger(-1) < lastSeq || !exportedAt.isValid() || exportedAt < lastTime
        || formatTimestamp(exportedAt) != h.value(QStringLiteral("exported_at")).toString()
        || !levelFromName(h.value(QStringLiteral("highest_level")).toString())
        || !levelFromName(h.value(QStringLiteral("reader_clearance")).toString()))
        return failed(Tr::tr("The export header does not match its contents."));

    // The range: the first and last events lie inside the requested days.
    const QDateTime fromUtc = parseTimestamp(h.value(QStringLiteral("from_utc")).toString());
    const QDateTime toUtc = parseTimestamp(h.value(QStringLiteral("to_utc")).toString());
    if ((fromUtc.isValid() && firstTime < fromUtc) || (toUtc.isValid() && lastTime >= toUtc))
        return failed(Tr::tr("The events lie outside the range the export names."));
    c.from = QDate::fromString(h.value(QStringLiteral("from")).toString(), Qt::ISODate);
    c.to = QDate::fromString(h.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!c.from.isValid())
        c.from = firstTime.date();
    if (!c.to.isValid())
        c.to = lastTime.date();

    // Last, the exporter's signature over everything before it (every byte read is in bodyHash: nothing in the file
    // escapes the signature, and each field was checked to be the one encoding of what it holds).
    if (!verifySignature(b.exporterKey, Bundle::signedMessageFor(bodyHash), b.signature))
        return failed(Tr::tr("The exporter's signature over the file does not verify."));
    c.digest = r.hashes().file().grouped();
    c.events = static_cast<qint64>(nEvents);
    c.lastHash = hex(lastHash);
    c.ok = true;
    return c;
}

} // namespace kanribo
