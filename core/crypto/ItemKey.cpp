// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ItemKey.h"

#include "crypto/ContentCipher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace kanribo::itemkey
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::ItemKey)
};

Error damaged()
{
    return makeError(ErrorCode::Integrity, Tr::tr("An item key in the register is damaged or was altered."));
}
} // namespace

SecureBuffer generate()
{
    return SecureBuffer::random(kKeySize);
}

QList<QByteArray> split(const SecureBuffer& key, const QList<QByteArray>& compartmentPublicKeys)
{
    QList<QByteArray> out;
    if (key.size() != kKeySize || compartmentPublicKeys.isEmpty())
        return out;
    SecureBuffer last = SecureBuffer::copyOf(key.data(), key.size());
    for (qsizetype i = 0; i < compartmentPublicKeys.size(); ++i) {
        const bool final = i + 1 == compartmentPublicKeys.size();
        SecureBuffer share = final ? SecureBuffer::copyOf(last.data(), last.size()) : SecureBuffer::random(kKeySize);
        if (!final)
            for (std::size_t b = 0; b < kKeySize; ++b)
                last.data()[b] ^= share.data()[b];
        const QByteArray sealed = ContentCipher::sealKey(share, compartmentPublicKeys.at(i));
        if (sealed.isEmpty())
            return {};
        out << sealed;
    }
    return out;
}

Result<SecureBuffer> join(const QList<QByteArray>& sealedShares, const QList<QByteArray>& publicKeys,
    const QList<const SecureBuffer*>& secretKeys)
{
    if (sealedShares.isEmpty() || sealedShares.size() != publicKeys.size() || publicKeys.size() != secretKeys.size())
        return damaged();
    SecureBuffer key(kKeySize);
    sodium_memzero(key.data(), key.size());
    for (qsizetype i = 0; i < sealedShares.size(); ++i) {
        auto share = ContentCipher::openSealedKey(sealedShares.at(i), publicKeys.at(i), *secretKeys.at(i));
        if (!share)
            return damaged();
        for (std::size_t b = 0; b < kKeySize; ++b)
            key.data()[b] ^= share->data()[b];
    }
    return key;
}

QByteArray seal(const SecureBuffer& key, const SecureBuffer& secret)
{
    if (key.size() != crypto_secretbox_KEYBYTES)
        return {};
    QByteArray out(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secret.size()),
        Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, secret.data(), secret.size(), nonce, key.data());
    return out;
}

Result<SecureBuffer> open(const SecureBuffer& key, const QByteArray& sealed)
{
    constexpr qsizetype kOverhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (key.size() != crypto_secretbox_KEYBYTES || sealed.size() <= kOverhead)
        return damaged();
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    SecureBuffer plain(static_cast<std::size_t>(sealed.size() - kOverhead));
    if (crypto_secretbox_open_easy(plain.data(), nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce, key.data())
        != 0)
        return damaged();
    return plain;
}

} // namespace kanribo::itemkey
