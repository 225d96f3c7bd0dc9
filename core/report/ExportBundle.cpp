// SPDX-License-Identifier: GPL-3.0-or-later
// The export bundle's binary format (docs/formats.md): the encoding and decoding of its parts, Bundle::body, serialize,
// sign and parse, the digests, and the small helpers of the format. The offline check is in BundleVerify.cpp, the
// making of a bundle from a register in BundleBuild.cpp; what they share with this file is in BundleFormat.h.
#include "report/ExportBundle.h"

#include "model/People.h"
#include "report/BundleFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>

#include <sodium.h>

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
} // namespace

namespace bundle
{
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

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}
} // namespace bundle

using bundle::appendTo;
using bundle::Decoder;
using bundle::Encoder;

namespace
{
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

bool looksLikeBundle(const QByteArray& firstBytes)
{
    return firstBytes.startsWith(QByteArray(kMagic, sizeof kMagic));
}

Error exportCancelled()
{
    return makeError(ErrorCode::Conflict, Tr::tr("The export was cancelled; nothing was written or recorded."));
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
} // namespace

namespace bundle
{
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
} // namespace bundle

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

} // namespace kanribo
