// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Kdf.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Kdf)
};
} // namespace

bool cryptoInit()
{
    return sodium_init() >= 0;
}

KdfParams KdfParams::forProfile(KdfProfile profile)
{
    KdfParams p;
    switch (profile) {
    case KdfProfile::Interactive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case KdfProfile::Moderate:
        p.opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        p.memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case KdfProfile::Sensitive:
        p.opsLimit = crypto_pwhash_OPSLIMIT_SENSITIVE;
        p.memLimit = crypto_pwhash_MEMLIMIT_SENSITIVE;
        break;
    case KdfProfile::Fast:
        p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        p.memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    }
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<size_t>(p.salt.size()));
    return p;
}

bool KdfParams::isSane() const
{
    return salt.size() == crypto_pwhash_SALTBYTES && opsLimit >= crypto_pwhash_OPSLIMIT_MIN
        && opsLimit <= crypto_pwhash_OPSLIMIT_SENSITIVE * 4 && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= crypto_pwhash_MEMLIMIT_SENSITIVE * 4ULL;
}

std::optional<KdfProfile> kdfProfileFromName(const QString& name)
{
    if (name == QLatin1String("interactive"))
        return KdfProfile::Interactive;
    if (name == QLatin1String("moderate"))
        return KdfProfile::Moderate;
    if (name == QLatin1String("sensitive"))
        return KdfProfile::Sensitive;
    return std::nullopt;
}

QString kdfProfileName(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return QStringLiteral("interactive");
    case KdfProfile::Moderate:
        return QStringLiteral("moderate");
    case KdfProfile::Sensitive:
        return QStringLiteral("sensitive");
    case KdfProfile::Fast:
        return QStringLiteral("fast-test-only");
    }
    return {};
}

Result<SecureBuffer> deriveKey(const QByteArray& password, const KdfParams& params)
{
    if (!params.isSane())
        return makeError(ErrorCode::Integrity, Tr::tr("The key ring holds key-derivation limits out of range."));
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), password.constData(), static_cast<unsigned long long>(password.size()),
            reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
            static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Io, Tr::tr("Not enough memory to derive the key from the password."));
    return key;
}

} // namespace kanribo
