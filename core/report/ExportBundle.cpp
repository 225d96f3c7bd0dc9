// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportBundle.h"

#include "service/EventSight.h"

#include "ledger/Ledger.h"
#include "model/People.h"
#include "service/EventSight.h"
#include "service/Register.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <limits>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

// "KBNDL" then CR LF SUB, like PNG: a file mangled by a text-mode transfer fails at the first bytes.
constexpr char kMagic[8] = { 'K', 'B', 'N', 'D', 'L', '\r', '\n', '\x1a' };
constexpr qsizetype kMaxHeader = 1024 * 1024;
constexpr qsizetype kMaxCanonical = 64 * 1024 * 1024;
constexpr qsizetype kMaxLogin = 256;
constexpr quint32 kMaxKeys = 1000000;
constexpr quint32 kMaxCosigners = 16;
constexpr qsizetype kHashSize = 32;
constexpr qsizetype kKeySize = 32;
constexpr qsizetype kSigSize = 64;

// BLAKE2b-512 of the body (what the exporter signs) and BLAKE2b-256 of the whole file (the digest), fed as the
// bytes are written or read.
class BundleHashes
{
public:
    BundleHashes() { crypto_generichash_init(&m_body, nullptr, 0, 64); }
    void add(const char* p, qsizetype n)
    {
        if (m_inBody)
            crypto_generichash_update(
                &m_body, reinterpret_cast<const unsigned char*>(p), static_cast<unsigned long long>(n));
        m_file.add(p, n);
    }
    // The body ends before the signature field.
    QByteArray endBody()
    {
        QByteArray h(64, Qt::Uninitialized);
        crypto_generichash_final(&m_body, reinterpret_cast<unsigned char*>(h.data()), 64);
        m_inBody = false;
        return h;
    }
    StreamDigest& file() { return m_file; }

private:
    crypto_generichash_state m_body {};
    StreamDigest m_file;
    bool m_inBody = true;
};

// Writes the fields of a bundle (big-endian integers, length-prefixed fields) to a sink, hashing them.
class Encoder
{
public:
    explicit Encoder(ByteSink sink)
        : m_sink(std::move(sink))
    {
    }
    void put(const char* p, qsizetype n)
    {
        if (!m_ok)
            return;
        m_hashes.add(p, n);
        m_ok = m_sink(p, n);
    }
    void u8(quint8 v)
    {
        const char c = static_cast<char>(v);
        put(&c, 1);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        put(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToBigEndian(v, b);
        put(b, 8);
    }
    void field(const QByteArray& f)
    {
        u32(static_cast<quint32>(f.size()));
        put(f.constData(), f.size());
    }
    bool ok() const { return m_ok; }
    BundleHashes& hashes() { return m_hashes; }

private:
    ByteSink m_sink;
    BundleHashes m_hashes;
    bool m_ok = true;
};

// The parts of the body, in file order (docs/formats.md).
void encodeHead(Encoder& out, const QJsonObject& header, const QByteArray& linkHash, const QByteArray& genesis,
    const QList<BundleKey>& keys, quint64 events)
{
    out.put(kMagic, sizeof kMagic);
    out.u32(Bundle::kVersion);
    out.field(QJsonDocument(header).toJson(QJsonDocument::Compact));
    out.field(linkHash);
    out.field(genesis);
    out.u32(static_cast<quint32>(keys.size()));
    for (const auto& k : keys) {
        out.field(k.login.toUtf8());
        out.field(k.publicKey);
        out.u64(static_cast<quint64>(k.introducedAt));
        out.u8(static_cast<quint8>(k.scope));
        out.field(fingerprintOf(k.publicKey).toLatin1());
    }
    out.u64(events);
}

void encodeEvent(Encoder& out, const Event& e)
{
    out.field(e.canonical());
    out.field(e.hash);
    out.field(e.signature);
    out.u32(static_cast<quint32>(e.cosignatures.size()));
    for (const auto& c : e.cosignatures)
        out.field(c);
}

void encodeExporter(Encoder& out, const QString& exporter, const QByteArray& exporterKey)
{
    out.field(exporter.toUtf8());
    out.field(exporterKey);
}

ByteSink appendTo(QByteArray& buffer)
{
    return [&buffer](const char* p, qsizetype n) {
        buffer.append(p, n);
        return true;
    };
}

// Reads big-endian integers and length-prefixed fields from a device, hashing what it reads; every read is
// bounded by what is left of the device, so a declared length never allocates more than the file holds.
class Decoder
{
public:
    explicit Decoder(QIODevice& in)
        : m_in(in)
    {
    }
    bool raw(qsizetype n, QByteArray& f)
    {
        if (n < 0 || left() < n)
            return false;
        if (!m_in.isSequential()) {
            f = m_in.read(n);
        } else {
            // A pipe (verify-export reading standard input): what is left is unknown, so a declared length is read
            // a chunk at a time and memory grows only with the bytes that really arrive.
            f.clear();
            while (f.size() < n) {
                const QByteArray chunk = m_in.read(qMin<qint64>(n - f.size(), 1024 * 1024));
                if (chunk.isEmpty() && !m_in.waitForReadyRead(-1) && m_in.bytesAvailable() == 0)
                    break;
                f += chunk;
            }
        }
        if (f.size() != n)
            return false;
        m_hashes.add(f.constData(), n);
        return true;
    }
    bool u8(quint8& v)
    {
        QByteArray b;
        if (!raw(1, b))
            return false;
        v = static_cast<quint8>(b.at(0));
        return true;
    }
    bool u32(quint32& v)
    {
        QByteArray b;
        if (!raw(4, b))
            return false;
        v = qFromBigEndian<quint32>(b.constData());
        return true;
    }
    bool u64(quint64& v)
    {
        QByteArray b;
        if (!raw(8, b))
            return false;
        v = qFromBigEndian<quint64>(b.constData());
        return true;
    }
    // A field of at most max bytes (or exactly `exact` bytes when exact >= 0).
    bool field(QByteArray& f, qsizetype max, qsizetype exact = -1)
    {
        quint32 n = 0;
        if (!u32(n))
            return false;
        const qsizetype len = static_cast<qsizetype>(n);
        if (len > max || (exact >= 0 && len != exact))
            return false;
        return raw(len, f);
    }
    // What is left to read; unknown (unbounded) on a pipe, where reads fail at the end of the input instead.
    qint64 left() const { return m_in.isSequential() ? std::numeric_limits<qint64>::max() : m_in.bytesAvailable(); }
    // True when nothing follows (on a pipe, by trying to read one more byte: it is hashed if it is there).
    bool atEnd()
    {
        if (!m_in.isSequential())
            return m_in.bytesAvailable() == 0;
        QByteArray one;
        return !raw(1, one);
    }
    BundleHashes& hashes() { return m_hashes; }
    // Hashes the rest of the device, so that the digest of a file that fails is still the digest of the file.
    void drain()
    {
        for (;;) {
            const QByteArray chunk = m_in.read(64 * 1024);
            if (chunk.isEmpty())
                return;
            m_hashes.add(chunk.constData(), chunk.size());
        }
    }

private:
    QIODevice& m_in;
    BundleHashes m_hashes;
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

QString bundleDigest(const QByteArray& bytes)
{
    return groupedHex(blake2b256(bytes));
}

struct StreamDigest::State {
    crypto_generichash_state st {};
};

StreamDigest::StreamDigest()
    : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->st, nullptr, 0, 32);
}

StreamDigest::~StreamDigest() = default;

void StreamDigest::add(const char* data, qsizetype size)
{
    crypto_generichash_update(
        &m_state->st, reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size));
}

QString StreamDigest::grouped()
{
    QByteArray h(32, Qt::Uninitialized);
    crypto_generichash_final(&m_state->st, reinterpret_cast<unsigned char*>(h.data()), 32);
    return groupedHex(h);
}

QByteArray Bundle::body() const
{
    QByteArray out;
    Encoder enc(appendTo(out));
    encodeHead(enc, header, linkHash, genesis, keys, static_cast<quint64>(events.size()));
    for (const auto& e : events)
        encodeEvent(enc, e);
    encodeExporter(enc, exporter, exporterKey);
    return out;
}

QByteArray Bundle::signedMessageFor(const QByteArray& bodyHash)
{
    return QByteArrayLiteral("KBSIG2") + bodyHash;
}

QByteArray Bundle::serialize() const
{
    QByteArray out = body();
    Encoder(appendTo(out)).field(signature);
    return out;
}

void Bundle::sign(const Signer& signer)
{
    exporter = signer.login();
    exporterKey = signer.publicKey();
    header.insert(QStringLiteral("exporter"), exporter);
    const QByteArray b = body();
    QByteArray h(64, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(h.data()), 64,
        reinterpret_cast<const unsigned char*>(b.constData()), static_cast<unsigned long long>(b.size()), nullptr, 0);
    signature = signer.sign(signedMessageFor(h));
}

namespace
{
Error malformed(const QString& what)
{
    return makeError(ErrorCode::Integrity, Tr::tr("The export file is malformed: %1.").arg(what));
}

// Magic, version, header, chain link, genesis, key table and the number of events.
Status decodeHead(Decoder& r, Bundle& b, quint64& nEvents)
{
    QByteArray magic;
    if (!r.raw(sizeof kMagic, magic) || magic != QByteArray(kMagic, sizeof kMagic))
        return makeError(ErrorCode::Integrity, Tr::tr("This is not a Kanribo export bundle."));
    if (!r.u32(b.version))
        return malformed(Tr::tr("truncated"));
    if (b.version != Bundle::kVersion)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The export bundle has format version %1; this Kanribo reads version %2.")
                .arg(b.version)
                .arg(Bundle::kVersion));
    QByteArray headerBytes;
    if (!r.field(headerBytes, kMaxHeader))
        return malformed(Tr::tr("header"));
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(Tr::tr("header"));
    b.header = doc.object();
    // The header must be in its canonical form, so that the signed bytes are the only reading of it.
    if (QJsonDocument(b.header).toJson(QJsonDocument::Compact) != headerBytes)
        return malformed(Tr::tr("header"));
    if (!r.field(b.linkHash, kHashSize, kHashSize))
        return malformed(Tr::tr("chain link"));
    if (!r.field(b.genesis, kHashSize) || (!b.genesis.isEmpty() && b.genesis.size() != kHashSize))
        return malformed(Tr::tr("genesis hash"));
    quint32 nKeys = 0;
    // A key entry takes at least 4+1 + 4+32 + 8 + 1 + 4 bytes.
    if (!r.u32(nKeys) || nKeys > kMaxKeys || static_cast<qint64>(nKeys) * 54 > r.left())
        return malformed(Tr::tr("key table"));
    for (quint32 i = 0; i < nKeys; ++i) {
        BundleKey k;
        QByteArray login, fp;
        quint64 seq = 0;
        quint8 scope = 0;
        if (!r.field(login, kMaxLogin) || login.isEmpty() || !r.field(k.publicKey, kKeySize, kKeySize) || !r.u64(seq)
            || seq == 0 || seq > (quint64(1) << 53) || !r.u8(scope) || scope > 2 || !r.field(fp, 64))
            return malformed(Tr::tr("key table"));
        k.login = QString::fromUtf8(login);
        k.introducedAt = static_cast<qint64>(seq);
        k.scope = static_cast<BundleKey::Scope>(scope);
        if (k.login.toUtf8() != login || fingerprintOf(k.publicKey).toLatin1() != fp)
            return malformed(Tr::tr("key table: a fingerprint does not match its key"));
        b.keys.append(k);
    }
    // An event record takes at least 4+40 + 4+32 + 4+64 + 4 bytes.
    if (!r.u64(nEvents) || nEvents == 0 || nEvents > static_cast<quint64>(r.left() / 152))
        return malformed(Tr::tr("event count"));
    return {};
}

// Event record `i` (0-based). Each field must be the one encoding of its contents: the signed bytes have one reading.
Result<Event> decodeEvent(Decoder& r, quint64 i)
{
    QByteArray canonical, hash, sig;
    if (!r.field(canonical, kMaxCanonical) || !r.field(hash, kHashSize, kHashSize) || !r.field(sig, kSigSize, kSigSize))
        return malformed(Tr::tr("event %1").arg(i + 1));
    auto e = Event::decodeCanonical(canonical);
    if (!e || e->canonical() != canonical)
        return malformed(Tr::tr("event %1").arg(i + 1));
    Event ev = std::move(e).value();
    ev.hash = hash; // the stored hash; the verifier recomputes it
    ev.signature = sig;
    quint32 nCos = 0;
    if (!r.u32(nCos) || nCos > kMaxCosigners)
        return malformed(Tr::tr("event %1").arg(ev.seq));
    for (quint32 c = 0; c < nCos; ++c) {
        QByteArray cs;
        if (!r.field(cs, kSigSize, kSigSize))
            return malformed(Tr::tr("event %1").arg(ev.seq));
        ev.cosignatures.append(cs);
    }
    return ev;
}

// The exporter, the exporter's key, then the signature over the BLAKE2b-512 of everything before it (bodyHash).
Status decodeTail(Decoder& r, Bundle& b, QByteArray& bodyHash)
{
    QByteArray exporter;
    if (!r.field(exporter, kMaxLogin) || exporter.isEmpty() || !r.field(b.exporterKey, kKeySize, kKeySize))
        return malformed(Tr::tr("exporter"));
    b.exporter = QString::fromUtf8(exporter);
    if (b.exporter.toUtf8() != exporter) // one reading of the signed bytes only
        return malformed(Tr::tr("exporter"));
    bodyHash = r.hashes().endBody();
    if (!r.field(b.signature, kSigSize, kSigSize))
        return malformed(Tr::tr("signature"));
    if (!r.atEnd())
        return malformed(Tr::tr("bytes after the signature"));
    return {};
}
} // namespace

Result<Bundle> Bundle::parse(const QByteArray& bytes)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    Decoder r(in);
    Bundle b;
    quint64 n = 0;
    KANRIBO_TRY(decodeHead(r, b, n));
    b.events.reserve(static_cast<qsizetype>(n));
    for (quint64 i = 0; i < n; ++i) {
        auto e = decodeEvent(r, i);
        if (!e)
            return e.error();
        b.events.append(std::move(e).value());
    }
    QByteArray bodyHash;
    KANRIBO_TRY(decodeTail(r, b, bodyHash));
    return b;
}

BundleCheck verifyBundle(const QByteArray& bytes)
{
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    return verifyBundle(in);
}

BundleCheck verifyBundle(QIODevice& in)
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
        if (!e)
            return failed(e.error().message);
        // Payloads are canonical JSON objects (keys sorted, compact): one encoding, as the program writes them.
        QJsonParseError pe {};
        const QJsonDocument payload = QJsonDocument::fromJson(e->payload, &pe);
        if (pe.error != QJsonParseError::NoError || !payload.isObject()
            || canonicalJson(payload.object()) != e->payload)
            return failed(Tr::tr("Event %1 fails: its payload is not canonical JSON.").arg(e->seq));
        if (!v.feed(*e))
            break;
        for (const auto& [login, pk] : keysIntroducedBy(*e))
            introduced.append({ login, pk, e->seq, BundleKey::Scope::InRange });
        if (i == 0)
            firstTime = e->time;
        lastTime = e->time;
        lastHash = e->hash;
    }
    const VerifyReport report = v.finish();
    if (!report.ok)
        return failed(Tr::tr("Event %1 fails: %2").arg(report.firstBad).arg(report.reason));
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

namespace
{
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
    Session& s = reg.session();
    KANRIBO_TRY(
        s.requireRole({ Role::Officer, Role::Auditor }, QStringLiteral("audit.export"), QStringLiteral("register")));
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
    out.write = [&reg, b, firstSeq, lastSeq, lastHash, sigsVerified, myKey](const ByteSink& sink) -> Status {
        Session& s = reg.session();
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
            return enc.ok();
        }));
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
