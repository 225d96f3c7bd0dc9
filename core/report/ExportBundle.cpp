// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportBundle.h"

#include "ledger/Ledger.h"
#include "model/People.h"
#include "service/Register.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QtEndian>

#include <algorithm>

namespace kanribo {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

// "KBNDL" then CR LF SUB, like PNG: a file mangled by a text-mode transfer fails at the first bytes.
constexpr char kMagic[8] = {'K', 'B', 'N', 'D', 'L', '\r', '\n', '\x1a'};
constexpr qsizetype kMaxHeader = 1024 * 1024;
constexpr qsizetype kMaxCanonical = 64 * 1024 * 1024;
constexpr qsizetype kMaxLogin = 256;
constexpr quint32 kMaxKeys = 1000000;
constexpr quint32 kMaxCosigners = 16;
constexpr qsizetype kHashSize = 32;
constexpr qsizetype kKeySize = 32;
constexpr qsizetype kSigSize = 64;

void putU8(QByteArray& out, quint8 v)
{
    out.append(static_cast<char>(v));
}

void putU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

void putField(QByteArray& out, const QByteArray& f)
{
    putU32(out, static_cast<quint32>(f.size()));
    out.append(f);
}

// Reads big-endian integers and length-prefixed fields; every read is bounded by what is left.
class Reader {
public:
    explicit Reader(const QByteArray& b) : m_b(b) {}
    bool u8(quint8& v)
    {
        if (left() < 1)
            return false;
        v = static_cast<quint8>(m_b.at(m_pos));
        m_pos += 1;
        return true;
    }
    bool u32(quint32& v)
    {
        if (left() < 4)
            return false;
        v = qFromBigEndian<quint32>(m_b.constData() + m_pos);
        m_pos += 4;
        return true;
    }
    bool u64(quint64& v)
    {
        if (left() < 8)
            return false;
        v = qFromBigEndian<quint64>(m_b.constData() + m_pos);
        m_pos += 8;
        return true;
    }
    // A field of at most max bytes (or exactly `exact` bytes when exact >= 0).
    bool field(QByteArray& f, qsizetype max, qsizetype exact = -1)
    {
        quint32 n = 0;
        if (!u32(n))
            return false;
        const qsizetype len = static_cast<qsizetype>(n);
        if (len > max || len > left() || (exact >= 0 && len != exact))
            return false;
        f = m_b.mid(m_pos, len);
        m_pos += len;
        return true;
    }
    bool raw(qsizetype n, QByteArray& f)
    {
        if (left() < n)
            return false;
        f = m_b.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    qsizetype left() const { return m_b.size() - m_pos; }
    qsizetype pos() const { return m_pos; }

private:
    const QByteArray& m_b;
    qsizetype m_pos = 0;
};

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

QString groupedHex(const QByteArray& b)
{
    const QByteArray h = b.toHex();
    QString out;
    for (qsizetype i = 0; i < h.size(); i += 4) {
        if (i)
            out += QLatin1Char(':');
        out += QString::fromLatin1(h.mid(i, 4));
    }
    return out;
}

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

QDateTime parseTimestamp(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    t.setTimeSpec(Qt::UTC);
    return t;
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
            active.insert(login, {pk, e.seq});
        }
    }
};
} // namespace

QString controlOfSubject(const QString& subject)
{
    if (subject.startsWith(QLatin1String("item:")))
        return subject.mid(5);
    if (subject.startsWith(QLatin1String("copy:"))) {
        const QString id = subject.mid(5);
        const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
        return slash > 0 ? id.left(slash) : id;
    }
    return {};
}

QList<std::pair<QString, QByteArray>> keysIntroducedBy(const Event& e)
{
    QList<std::pair<QString, QByteArray>> out;
    const bool created = e.kind == QLatin1String("register.created");
    if (!created && e.kind != QLatin1String("user.added") && e.kind != QLatin1String("user.keys_reset"))
        return out;
    const QJsonObject p = e.payloadObject();
    const auto take = [&](const QJsonObject& o) {
        const QString login = o.value(QStringLiteral("login")).toString();
        const QByteArray pk = QByteArray::fromHex(o.value(QStringLiteral("sign_pk")).toString().toLatin1());
        if (!login.isEmpty() && pk.size() == kKeySize)
            out.append({login, pk});
    };
    if (created) {
        take(p.value(QStringLiteral("officer")).toObject());
        take(p.value(QStringLiteral("recovery")).toObject());
    } else {
        take(p);
    }
    return out;
}

QString bundleDigest(const QByteArray& bytes)
{
    return groupedHex(blake2b256(bytes));
}

QByteArray Bundle::body() const
{
    QByteArray out;
    out.append(kMagic, sizeof kMagic);
    putU32(out, version);
    putField(out, QJsonDocument(header).toJson(QJsonDocument::Compact));
    putField(out, linkHash);
    putField(out, genesis);
    putU32(out, static_cast<quint32>(keys.size()));
    for (const auto& k : keys) {
        putField(out, k.login.toUtf8());
        putField(out, k.publicKey);
        putU64(out, static_cast<quint64>(k.introducedAt));
        putU8(out, static_cast<quint8>(k.scope));
        putField(out, fingerprintOf(k.publicKey).toLatin1());
    }
    putU64(out, static_cast<quint64>(events.size()));
    for (const auto& e : events) {
        putField(out, e.canonical());
        putField(out, e.hash);
        putField(out, e.signature);
        putU32(out, static_cast<quint32>(e.cosignatures.size()));
        for (const auto& c : e.cosignatures)
            putField(out, c);
    }
    putField(out, exporter.toUtf8());
    putField(out, exporterKey);
    return out;
}

QByteArray Bundle::signedMessageFor(const QByteArray& body)
{
    return QByteArrayLiteral("KBSIG1") + body;
}

QByteArray Bundle::serialize() const
{
    QByteArray out = body();
    putField(out, signature);
    return out;
}

void Bundle::sign(const Signer& signer)
{
    exporter = signer.login();
    exporterKey = signer.publicKey();
    header.insert(QStringLiteral("exporter"), exporter);
    signature = signer.sign(signedMessageFor(body()));
}

Result<Bundle> Bundle::parse(const QByteArray& bytes)
{
    const auto bad = [](const QString& what) {
        return makeError(ErrorCode::Integrity, Tr::tr("The export file is malformed: %1.").arg(what));
    };
    Reader r(bytes);
    Bundle b;
    QByteArray magic;
    if (!r.raw(sizeof kMagic, magic) || magic != QByteArray(kMagic, sizeof kMagic))
        return makeError(ErrorCode::Integrity, Tr::tr("This is not a Kanribo export bundle."));
    if (!r.u32(b.version))
        return bad(Tr::tr("truncated"));
    if (b.version != kVersion)
        return makeError(ErrorCode::Integrity,
                         Tr::tr("The export bundle has format version %1; this Kanribo reads version %2.")
                             .arg(b.version)
                             .arg(kVersion));
    QByteArray headerBytes;
    if (!r.field(headerBytes, kMaxHeader))
        return bad(Tr::tr("header"));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("header"));
    b.header = doc.object();
    // The header must be in its canonical form, so that the signed bytes are the only reading of it.
    if (QJsonDocument(b.header).toJson(QJsonDocument::Compact) != headerBytes)
        return bad(Tr::tr("header"));
    if (!r.field(b.linkHash, kHashSize, kHashSize))
        return bad(Tr::tr("chain link"));
    if (!r.field(b.genesis, kHashSize) || (!b.genesis.isEmpty() && b.genesis.size() != kHashSize))
        return bad(Tr::tr("genesis hash"));
    quint32 nKeys = 0;
    // A key entry takes at least 4+1 + 4+32 + 8 + 1 + 4 bytes.
    if (!r.u32(nKeys) || nKeys > kMaxKeys || static_cast<qsizetype>(nKeys) * 54 > r.left())
        return bad(Tr::tr("key table"));
    for (quint32 i = 0; i < nKeys; ++i) {
        BundleKey k;
        QByteArray login, fp;
        quint64 seq = 0;
        quint8 scope = 0;
        if (!r.field(login, kMaxLogin) || login.isEmpty() || !r.field(k.publicKey, kKeySize, kKeySize) || !r.u64(seq)
            || seq == 0 || seq > (quint64(1) << 53) || !r.u8(scope) || scope > 2 || !r.field(fp, 64))
            return bad(Tr::tr("key table"));
        k.login = QString::fromUtf8(login);
        k.introducedAt = static_cast<qint64>(seq);
        k.scope = static_cast<BundleKey::Scope>(scope);
        if (k.login.toUtf8() != login || fingerprintOf(k.publicKey).toLatin1() != fp)
            return bad(Tr::tr("key table: a fingerprint does not match its key"));
        b.keys.append(k);
    }
    quint64 nEvents = 0;
    // An event record takes at least 4+40 + 4+32 + 4+64 + 4 bytes.
    if (!r.u64(nEvents) || nEvents == 0 || nEvents > static_cast<quint64>(r.left() / 152))
        return bad(Tr::tr("event count"));
    b.events.reserve(static_cast<qsizetype>(nEvents));
    for (quint64 i = 0; i < nEvents; ++i) {
        QByteArray canonical, hash, sig;
        if (!r.field(canonical, kMaxCanonical) || !r.field(hash, kHashSize, kHashSize)
            || !r.field(sig, kSigSize, kSigSize))
            return bad(Tr::tr("event %1").arg(i + 1));
        auto e = Event::decodeCanonical(canonical);
        if (!e)
            return bad(Tr::tr("event %1").arg(i + 1));
        Event ev = std::move(e).value();
        ev.hash = hash; // the stored hash; the verifier recomputes it
        ev.signature = sig;
        quint32 nCos = 0;
        if (!r.u32(nCos) || nCos > kMaxCosigners)
            return bad(Tr::tr("event %1").arg(ev.seq));
        for (quint32 c = 0; c < nCos; ++c) {
            QByteArray cs;
            if (!r.field(cs, kSigSize, kSigSize))
                return bad(Tr::tr("event %1").arg(ev.seq));
            ev.cosignatures.append(cs);
        }
        b.events.append(std::move(ev));
    }
    QByteArray exporter;
    if (!r.field(exporter, kMaxLogin) || exporter.isEmpty() || !r.field(b.exporterKey, kKeySize, kKeySize))
        return bad(Tr::tr("exporter"));
    b.exporter = QString::fromUtf8(exporter);
    if (b.exporter.toUtf8() != exporter) // the signed body is rebuilt from the parsed fields: one reading only
        return bad(Tr::tr("exporter"));
    if (!r.field(b.signature, kSigSize, kSigSize))
        return bad(Tr::tr("signature"));
    if (r.left() != 0)
        return bad(Tr::tr("bytes after the signature"));
    return b;
}

BundleCheck verifyBundle(const QByteArray& bytes)
{
    BundleCheck c;
    c.digest = bundleDigest(bytes);
    const auto failed = [&](const QString& reason) {
        c.ok = false;
        c.reason = reason;
        return c;
    };
    auto parsed = Bundle::parse(bytes);
    if (!parsed)
        return failed(parsed.error().message);
    const Bundle& b = *parsed;
    const QJsonObject& h = b.header;

    // Header: what the bundle says it holds.
    const QByteArray registerId = QByteArray::fromHex(h.value(QStringLiteral("register_id")).toString().toLatin1());
    const qint64 firstSeq = h.value(QStringLiteral("first_seq")).toInteger(-1);
    const qint64 lastSeq = h.value(QStringLiteral("last_seq")).toInteger(-1);
    const qint64 count = h.value(QStringLiteral("events")).toInteger(-1);
    if (h.value(QStringLiteral("format")).toString() != QLatin1String("kanribo-export-bundle") || registerId.isEmpty()
        || firstSeq < 1 || lastSeq < firstSeq || count != b.events.size() || lastSeq - firstSeq + 1 != count)
        return failed(Tr::tr("The export header does not match its contents."));
    c.facility = h.value(QStringLiteral("facility")).toString();
    c.registerId = hex(registerId);
    c.firstSeq = firstSeq;
    c.lastSeq = lastSeq;
    if (h.value(QStringLiteral("exporter")).toString() != b.exporter)
        return failed(Tr::tr("The export header names another exporter than the one who signed."));
    const QString role = h.value(QStringLiteral("exporter_role")).toString();
    if (role != QLatin1String("officer") && role != QLatin1String("auditor"))
        return failed(Tr::tr("The export names an exporter who is neither an officer nor an auditor."));
    c.signer = b.exporter;
    c.signerFingerprint = fingerprintOf(b.exporterKey);

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
    for (const auto& k : b.keys) {
        const int s = static_cast<int>(k.scope);
        if (s < stage)
            return failed(Tr::tr("The key table is out of order."));
        stage = s;
        switch (k.scope) {
        case BundleKey::Scope::BeforeRange:
            if (k.introducedAt >= firstSeq || priorLogins.contains(k.login))
                return failed(Tr::tr("The key table lists a key for %1 that was not in force before the range.")
                                  .arg(k.login));
            priorLogins.insert(k.login);
            break;
        case BundleKey::Scope::InRange:
            if (k.introducedAt < firstSeq || k.introducedAt > lastSeq)
                return failed(Tr::tr("The key table lists a key for %1 outside the range.").arg(k.login));
            inRangeTable.append(k);
            break;
        case BundleKey::Scope::Exporter:
            if (k.introducedAt <= lastSeq || k.login != b.exporter)
                return failed(Tr::tr("The key table lists an exporter key that is not the exporter's."));
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
    if (!latest.contains(b.exporter) || latest.value(b.exporter) != b.exporterKey)
        return failed(Tr::tr("The exporter's key is not the key the ledger gives %1.").arg(b.exporter));

    // Every event: numbering, links, hashes, signatures; and the keys it introduces against the table.
    ChainVerifier v(b.linkHash, firstSeq);
    for (const auto& k : b.keys)
        if (k.scope == BundleKey::Scope::BeforeRange)
            v.addKnownKey(k.login, k.publicKey);
    QList<BundleKey> introduced;
    for (const auto& e : b.events) {
        if (!v.feed(e))
            break;
        for (const auto& [login, pk] : keysIntroducedBy(e))
            introduced.append({login, pk, e.seq, BundleKey::Scope::InRange});
    }
    const VerifyReport report = v.finish();
    if (!report.ok)
        return failed(Tr::tr("Event %1 fails: %2").arg(report.firstBad).arg(report.reason));
    const auto sameKeys = [](const QList<BundleKey>& x, const QList<BundleKey>& y) {
        return std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(), [](const BundleKey& a, const BundleKey& k) {
            return a.login == k.login && a.publicKey == k.publicKey && a.introducedAt == k.introducedAt;
        });
    };
    if (!sameKeys(introduced, inRangeTable))
        return failed(Tr::tr("The key table does not match the keys the events in the range introduce."));
    if (h.value(QStringLiteral("last_hash")).toString() != hex(b.events.constLast().hash))
        return failed(Tr::tr("The export header names another last event than the one it holds."));

    // The range: the first and last events lie inside the requested days.
    const QDateTime fromUtc = parseTimestamp(h.value(QStringLiteral("from_utc")).toString());
    const QDateTime toUtc = parseTimestamp(h.value(QStringLiteral("to_utc")).toString());
    if ((fromUtc.isValid() && b.events.constFirst().time < fromUtc)
        || (toUtc.isValid() && b.events.constLast().time >= toUtc))
        return failed(Tr::tr("The events lie outside the range the export names."));
    c.from = QDate::fromString(h.value(QStringLiteral("from")).toString(), Qt::ISODate);
    c.to = QDate::fromString(h.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (!c.from.isValid())
        c.from = b.events.constFirst().time.date();
    if (!c.to.isValid())
        c.to = b.events.constLast().time.date();

    // Last, the exporter's signature over everything before it.
    if (!verifySignature(b.exporterKey, Bundle::signedMessageFor(b.body()), b.signature))
        return failed(Tr::tr("The exporter's signature over the file does not verify."));
    // The re-encoded body must be the bytes read: nothing in the file escapes the signature.
    if (b.serialize() != bytes)
        return failed(Tr::tr("The export file is not in canonical form."));
    c.events = b.events.size();
    c.lastHash = hex(b.events.constLast().hash);
    c.ok = true;
    return c;
}

namespace {
Result<BuiltBundle> build(Register& reg, const ExportOptions& options, bool forReader)
{
    Session& s = reg.session();
    KANRIBO_TRY(s.requireRole({Role::Officer, Role::Auditor}, QStringLiteral("audit.export"),
                              QStringLiteral("register")));
    User reader = s.me;
    if (!options.reader.isEmpty() && options.reader != s.me.login) {
        auto u = loadUser(*s.db, options.reader);
        if (!u)
            return u.error();
        reader = std::move(u).value();
    }
    const QDateTime fromUtc = startOfDayUtc(options.from);
    const QDateTime toUtc = startOfDayUtc(options.to.isValid() ? options.to.addDays(1) : QDate());
    if (fromUtc.isValid() && toUtc.isValid() && toUtc <= fromUtc)
        return makeError(ErrorCode::Usage, Tr::tr("The range ends before it starts."));

    // The range is the contiguous run from the first event on or after `from` to the last event before `to`.
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    {
        Ledger::Filter f;
        f.from = fromUtc;
        f.to = toUtc;
        f.limit = 1;
        KANRIBO_TRY(reg.ledger().forEach(f, [&](const Event& e) {
            firstSeq = e.seq;
            return false;
        }));
        auto st = s.db->prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events WHERE ts >= ?1 AND ts < ?2"));
        if (!st)
            return st.error();
        st->bind(1, fromUtc.isValid() ? formatTimestamp(fromUtc) : QStringLiteral("0"));
        st->bind(2, toUtc.isValid() ? formatTimestamp(toUtc) : QStringLiteral("9"));
        auto r = st->next();
        if (!r)
            return r.error();
        lastSeq = st->integer(0);
    }
    if (firstSeq == 0 || lastSeq < firstSeq)
        return makeError(ErrorCode::NotFound, Tr::tr("The audit trail has no events in this range."));

    // One pass: verify the ledger from the genesis to the end of the range, follow the keys, take the range.
    ChainVerifier verifier(genesisHash(s.registerId));
    KeyState keys;
    Bundle b;
    QList<BundleKey> prior;
    QSet<QString> controls;
    Level highest = Level::Unclassified;
    std::optional<KeyState::Entry> exporterAfter;
    KANRIBO_TRY(reg.ledger().forEach({}, [&](const Event& e) {
        if (e.seq == firstSeq) {
            for (auto it = keys.active.cbegin(); it != keys.active.cend(); ++it)
                prior.append({it.key(), it->pk, it->seq, BundleKey::Scope::BeforeRange});
        }
        if (e.seq <= lastSeq) {
            if (!verifier.feed(e))
                return false;
            keys.learn(e);
        }
        if (e.seq >= firstSeq && e.seq <= lastSeq) {
            b.events.append(e);
            for (const auto& [login, pk] : keysIntroducedBy(e))
                b.keys.append({login, pk, e.seq, BundleKey::Scope::InRange});
            const QString control = controlOfSubject(e.subject);
            if (!control.isEmpty())
                controls.insert(control);
            if (const auto l = levelFromName(e.payloadObject().value(QStringLiteral("level")).toString()))
                highest = std::max(highest, *l, [](Level x, Level y) { return rank(x) < rank(y); });
        }
        if (e.seq > lastSeq) {
            for (const auto& [login, pk] : keysIntroducedBy(e))
                if (login == s.me.login)
                    exporterAfter = KeyState::Entry{pk, e.seq};
        }
        return true;
    }));
    const VerifyReport report = verifier.finish();
    if (!report.ok)
        return makeError(ErrorCode::Integrity,
                         Tr::tr("The audit trail does not verify (event %1: %2); nothing was exported.")
                             .arg(report.firstBad)
                             .arg(report.reason));
    for (const QString& control : std::as_const(controls)) {
        auto st = s.db->prepare(QStringLiteral("SELECT level FROM items WHERE control = ?"));
        if (!st)
            return st.error();
        st->bind(1, control);
        auto r = st->next();
        if (!r)
            return r.error();
        if (*r) {
            if (const auto l = levelFromRank(st->integer(0)); l && rank(*l) > rank(highest))
                highest = *l;
        }
    }
    // A bundle cannot be redacted: it is for readers cleared for everything in it.
    if (!forReader)
        reader = s.me;
    if (forReader && rank(reader.clearance) < rank(highest))
        return s.deny(QStringLiteral("audit.export"), QStringLiteral("register"),
                      {Tr::tr("%1 is cleared to %2, below the highest level in the range (%3); a bundle cannot be "
                              "redacted — export CSV or PDF for this reader, or a narrower range")
                           .arg(reader.login, levelName(reader.clearance), levelName(highest))});

    std::sort(prior.begin(), prior.end(), [](const BundleKey& x, const BundleKey& y) { return x.login < y.login; });
    b.keys = prior + b.keys;
    const QByteArray myKey = s.signer.publicKey();
    if (keys.active.value(s.me.login).pk != myKey) {
        if (!exporterAfter || exporterAfter->pk != myKey)
            return makeError(ErrorCode::Integrity, Tr::tr("Your signing key is not the one the ledger records for you."));
        b.keys.append({s.me.login, myKey, exporterAfter->seq, BundleKey::Scope::Exporter});
    }
    b.linkHash = b.events.constFirst().prevHash;
    if (firstSeq == 1)
        b.genesis = genesisHash(s.registerId);
    qint64 head = lastSeq;
    if (auto hs = reg.ledger().headSeq())
        head = *hs;
    b.header = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("kanribo-export-bundle")},
        {QStringLiteral("register_id"), hex(s.registerId)},
        {QStringLiteral("facility"), s.facility},
        {QStringLiteral("from"), dateOrNull(options.from)},
        {QStringLiteral("to"), dateOrNull(options.to)},
        {QStringLiteral("from_utc"), timeOrNull(fromUtc)},
        {QStringLiteral("to_utc"), timeOrNull(toUtc)},
        {QStringLiteral("first_seq"), firstSeq},
        {QStringLiteral("last_seq"), lastSeq},
        {QStringLiteral("events"), lastSeq - firstSeq + 1},
        {QStringLiteral("last_hash"), hex(b.events.constLast().hash)},
        {QStringLiteral("head_seq"), head},
        {QStringLiteral("exported_at"), formatTimestamp(s.now())},
        {QStringLiteral("exporter_role"), roleName(s.me.role)},
        {QStringLiteral("exporter_name"), s.me.name},
        {QStringLiteral("reader"), reader.login},
        {QStringLiteral("reader_clearance"), levelName(reader.clearance)},
        {QStringLiteral("highest_level"), levelName(highest)},
        {QStringLiteral("policy"), QString(s.policy().id() + QLatin1Char(' ') + s.policy().packVersion())},
    };
    b.sign(s.signer);
    BuiltBundle out;
    out.bytes = b.serialize();
    out.firstSeq = firstSeq;
    out.lastSeq = lastSeq;
    out.highest = highest;
    return out;
}
} // namespace

Result<BuiltBundle> buildBundle(Register& reg, const ExportOptions& options)
{
    return build(reg, options, true);
}

Result<BuiltBundle> buildBundleForDigest(Register& reg, const ExportOptions& options)
{
    return build(reg, options, false);
}

} // namespace kanribo
