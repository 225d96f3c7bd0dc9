// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/Seal.h"

#include "ledger/Event.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Seal)
};

const QLatin1String kFormat("kanribo-seal");
} // namespace

QByteArray Seal::message() const
{
    QByteArray m = headStatement("kanribo-seal-v1", registerId, seq, hash);
    m.append(formatTimestamp(sealedAt).toLatin1());
    return m;
}

Seal Seal::make(
    const QByteArray& registerId, qint64 seq, const QByteArray& hash, const QDateTime& now, const Signer& signer)
{
    Seal s;
    s.registerId = registerId;
    s.seq = seq;
    s.hash = hash;
    // Milliseconds, as written: the signed text and the file say the same time.
    s.sealedAt = parseTimestamp(formatTimestamp(now.toUTC()));
    s.signer = signer.login();
    s.signPublicKey = signer.publicKey();
    s.signature = signer.sign(s.message());
    return s;
}

QByteArray Seal::toJson() const
{
    const QJsonObject o { { QStringLiteral("format"), kFormat }, { QStringLiteral("version"), 1 },
        { QStringLiteral("register"), QString::fromLatin1(registerId.toHex()) },
        { QStringLiteral("seq"), static_cast<double>(seq) },
        { QStringLiteral("hash"), QString::fromLatin1(hash.toHex()) },
        { QStringLiteral("sealed_at"), formatTimestamp(sealedAt) }, { QStringLiteral("signer"), signer },
        { QStringLiteral("sign_pk"), QString::fromLatin1(signPublicKey.toHex()) },
        { QStringLiteral("signature"), QString::fromLatin1(signature.toHex()) } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool Seal::looksLikeSeal(const QByteArray& bytes)
{
    return bytes.trimmed().startsWith('{');
}

Result<Seal> Seal::parse(const QByteArray& json)
{
    const auto bad = [](const QString& why) {
        return makeError(ErrorCode::Integrity, Tr::tr("The seal is not valid: %1.").arg(why));
    };
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(Tr::tr("it is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat || o.value(QStringLiteral("version")).toInt() != 1)
        return bad(Tr::tr("it is not a Kanribo seal of version 1"));
    const auto hex = [&](const char* key, qsizetype size) {
        const QString text = o.value(QLatin1String(key)).toString();
        const QByteArray b = QByteArray::fromHex(text.toLatin1());
        return b.size() == size && QString::fromLatin1(b.toHex()) == text ? b : QByteArray();
    };
    Seal s;
    s.registerId = hex("register", 16);
    s.hash = hex("hash", 32);
    s.signPublicKey = hex("sign_pk", 32);
    s.signature = hex("signature", 64);
    const double seq = o.value(QStringLiteral("seq")).toDouble(-1);
    s.seq = seq >= 1 && seq < 9.0e15 ? static_cast<qint64>(seq) : 0; // exact in a double, never an overflowing cast
    s.sealedAt = parseTimestamp(o.value(QStringLiteral("sealed_at")).toString());
    s.signer = o.value(QStringLiteral("signer")).toString();
    if (s.registerId.isEmpty() || s.hash.isEmpty() || s.signPublicKey.isEmpty() || s.signature.isEmpty())
        return bad(Tr::tr("a field is missing or malformed"));
    if (seq < 1 || static_cast<double>(s.seq) != seq || !s.sealedAt.isValid() || s.signer.isEmpty()
        || formatTimestamp(s.sealedAt) != o.value(QStringLiteral("sealed_at")).toString())
        return bad(Tr::tr("a field is missing or malformed"));
    if (!verifySignature(s.signPublicKey, s.message(), s.signature))
        return bad(Tr::tr("its signature does not verify"));
    return s;
}

} // namespace kanribo
