// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyRing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <cstring>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::KeyRing)
};

constexpr char kMagic[] = "kanribo-keyring";
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

QString b64(const QByteArray& b)
{
    return QString::fromLatin1(b.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue& v, qsizetype expectedSize = -1)
{
    if (!v.isString())
        return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    if (expectedSize >= 0 && r.decoded.size() != expectedSize)
        return std::nullopt;
    return r.decoded;
}

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::Integrity, Tr::tr("The key ring is damaged or not a Kanribo key ring: %1").arg(detail));
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

KeyRing::KeyRing(QByteArray registerId)
    : m_registerId(std::move(registerId))
{
}

Result<KeyRing> KeyRing::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotFound,
            Tr::tr("The key ring %1 is missing. A register needs its key ring beside it.")
                .arg(QFileInfo(path).fileName()));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the key ring %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileSize)
        return corrupt(Tr::tr("file too large"));
    return parse(f.readAll());
}

Result<KeyRing> KeyRing::parse(const QByteArray& bytes)
{
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(Tr::tr("not valid JSON"));
    const auto o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kMagic))
        return corrupt(Tr::tr("wrong format name"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The key ring has format version %1; this version of Kanribo reads up to %2. "
                   "Use a newer Kanribo.")
                .arg(version)
                .arg(kFormatVersion));
    if (version < 1)
        return corrupt(Tr::tr("bad version"));
    KeyRing ring;
    const auto rid = unb64(o.value(QStringLiteral("register_id")), 16);
    if (!rid)
        return corrupt(Tr::tr("bad register id"));
    ring.m_registerId = *rid;
    const auto lock = o.value(QStringLiteral("lockout")).toObject();
    ring.m_maxFailures = lock.value(QStringLiteral("max_failures")).toInt(5);
    ring.m_lockSeconds = lock.value(QStringLiteral("lock_seconds")).toInt(15 * 60);
    if (ring.m_maxFailures < 1 || ring.m_maxFailures > 1000 || ring.m_lockSeconds < 0
        || ring.m_lockSeconds > 366 * 24 * 3600)
        return corrupt(Tr::tr("bad lockout settings"));
    const auto slots = o.value(QStringLiteral("slots"));
    if (!slots.isArray())
        return corrupt(Tr::tr("no slots"));
    for (const auto& sv : slots.toArray()) {
        const auto so = sv.toObject();
        KeySlot s;
        s.login = so.value(QStringLiteral("login")).toString();
        if (s.login.isEmpty() || ring.hasSlot(s.login))
            return corrupt(Tr::tr("bad or duplicate slot login"));
        const auto kdf = so.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13"))
            return corrupt(Tr::tr("unknown key derivation"));
        // Range-checked before the conversion: a double beyond quint64 (8e92) is undefined behaviour to convert.
        const double ops = kdf.value(QStringLiteral("ops")).toDouble(0);
        const double mem = kdf.value(QStringLiteral("mem")).toDouble(0);
        if (!(ops >= 0 && ops <= 9007199254740992.0) || !(mem >= 0 && mem <= 9007199254740992.0))
            return corrupt(Tr::tr("key-derivation limits out of range"));
        s.kdf.opsLimit = static_cast<quint64>(ops);
        s.kdf.memLimit = static_cast<quint64>(mem);
        const auto salt = unb64(kdf.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES);
        const auto nonce = unb64(so.value(QStringLiteral("nonce")), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        const auto box
            = unb64(so.value(QStringLiteral("box")), kSlotSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        if (!salt || !nonce || !box)
            return corrupt(Tr::tr("bad slot fields"));
        s.kdf.salt = *salt;
        if (!s.kdf.isSane())
            return corrupt(Tr::tr("key-derivation limits out of range"));
        s.nonce = *nonce;
        s.ciphertext = *box;
        s.failures = qBound(0, so.value(QStringLiteral("failures")).toInt(0), 1000000);
        const auto until = so.value(QStringLiteral("locked_until")).toString();
        if (!until.isEmpty())
            s.lockedUntil = QDateTime::fromString(until, Qt::ISODateWithMs);
        ring.m_slots.append(std::move(s));
    }
    for (const auto& fv : o.value(QStringLiteral("failed_logins")).toArray()) {
        const auto fo = fv.toObject();
        FailedLogin fl { fo.value(QStringLiteral("login")).toString().left(256),
            QDateTime::fromString(fo.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs) };
        if (fl.at.isValid() && ring.m_pending.size() < 10000)
            ring.m_pending.append(fl);
    }
    return ring;
}

QByteArray KeyRing::serialize() const
{
    QJsonArray slots;
    for (const auto& s : m_slots) {
        QJsonObject so { { QStringLiteral("login"), s.login },
            { QStringLiteral("kdf"),
                QJsonObject { { QStringLiteral("alg"), QStringLiteral("argon2id13") },
                    { QStringLiteral("ops"), static_cast<double>(s.kdf.opsLimit) },
                    { QStringLiteral("mem"), static_cast<double>(s.kdf.memLimit) },
                    { QStringLiteral("salt"), b64(s.kdf.salt) } } },
            { QStringLiteral("nonce"), b64(s.nonce) }, { QStringLiteral("box"), b64(s.ciphertext) },
            { QStringLiteral("failures"), s.failures } };
        if (s.lockedUntil.isValid())
            so.insert(QStringLiteral("locked_until"), isoUtc(s.lockedUntil));
        slots.append(so);
    }
    QJsonArray pending;
    for (const auto& f : m_pending)
        pending.append(QJsonObject { { QStringLiteral("login"), f.login }, { QStringLiteral("at"), isoUtc(f.at) } });
    QJsonObject o { { QStringLiteral("format"), QLatin1String(kMagic) }, { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("register_id"), b64(m_registerId) },
        { QStringLiteral("lockout"),
            QJsonObject { { QStringLiteral("max_failures"), m_maxFailures },
                { QStringLiteral("lock_seconds"), m_lockSeconds } } },
        { QStringLiteral("slots"), slots }, { QStringLiteral("failed_logins"), pending } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status KeyRing::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the key ring %1: %2").arg(path, f.errorString()));
    const auto bytes = serialize();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write the key ring %1: %2").arg(path, f.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

bool KeyRing::hasSlot(const QString& login) const
{
    for (const auto& s : m_slots)
        if (s.login == login)
            return true;
    return false;
}

KeySlot* KeyRing::slot(const QString& login)
{
    for (auto& s : m_slots)
        if (s.login == login)
            return &s;
    return nullptr;
}

QByteArray KeyRing::associatedData(const QString& login) const
{
    return QByteArrayLiteral("kanribo-keyslot-v1") + '\0' + m_registerId + '\0' + login.toUtf8();
}

Result<SlotSecrets> KeyRing::open(const QString& login, const QByteArray& password) const
{
    const KeySlot* s = nullptr;
    for (const auto& c : m_slots)
        if (c.login == login)
            s = &c;
    if (!s)
        return makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."));
    auto kek = deriveKey(password, s->kdf);
    if (!kek)
        return kek.error();
    SecureBuffer plain(kSlotSecretSize);
    unsigned long long plainLen = 0;
    const auto ad = associatedData(login);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &plainLen, nullptr,
            reinterpret_cast<const unsigned char*>(s->ciphertext.constData()),
            static_cast<unsigned long long>(s->ciphertext.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(s->nonce.constData()), kek->data())
            != 0
        || plainLen != kSlotSecretSize)
        return makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."));
    SlotSecrets out;
    out.registerKey = plain.slice(0, 32);
    if (!sodium_is_zero(plain.data() + 32, 64))
        out.signSecret = plain.slice(32, 64);
    out.boxSecret = plain.slice(96, 32);
    return out;
}

Status KeyRing::setSlot(
    const QString& login, const QByteArray& password, const SlotSecrets& secrets, const KdfParams& kdf)
{
    if (secrets.registerKey.size() != 32 || secrets.boxSecret.size() != 32
        || !(secrets.signSecret.isEmpty() || secrets.signSecret.size() == 64))
        return makeError(ErrorCode::Usage, Tr::tr("Internal error: malformed slot secrets."));
    auto kek = deriveKey(password, kdf);
    if (!kek)
        return kek.error();
    SecureBuffer plain(kSlotSecretSize);
    std::memcpy(plain.data(), secrets.registerKey.data(), 32);
    if (!secrets.signSecret.isEmpty())
        std::memcpy(plain.data() + 32, secrets.signSecret.data(), 64);
    std::memcpy(plain.data() + 96, secrets.boxSecret.data(), 32);
    KeySlot s;
    s.login = login;
    s.kdf = kdf;
    s.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(s.nonce.data(), static_cast<size_t>(s.nonce.size()));
    s.ciphertext.resize(kSlotSecretSize + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long clen = 0;
    const auto ad = associatedData(login);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(s.ciphertext.data()), &clen,
        plain.data(), plain.size(), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(s.nonce.constData()), kek->data());
    if (auto* existing = slot(login))
        *existing = std::move(s);
    else
        m_slots.append(std::move(s));
    return {};
}

void KeyRing::removeSlot(const QString& login)
{
    m_slots.removeIf([&](const KeySlot& s) { return s.login == login; });
}

void KeyRing::setLockout(int maxFailures, int lockSeconds)
{
    m_maxFailures = qBound(1, maxFailures, 1000);
    m_lockSeconds = qBound(0, lockSeconds, 366 * 24 * 3600);
}

QString generateRecoveryCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    QString code;
    for (int i = 0; i < 24; ++i) {
        if (i && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[randombytes_uniform(32)]);
    }
    return code;
}

QByteArray normaliseRecoveryCode(const QString& code)
{
    QByteArray out;
    for (const QChar c : code.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        QChar d = c;
        if (d == QLatin1Char('O'))
            d = QLatin1Char('0');
        else if (d == QLatin1Char('I') || d == QLatin1Char('L'))
            d = QLatin1Char('1');
        out += d.toLatin1();
    }
    return out;
}

} // namespace kanribo
