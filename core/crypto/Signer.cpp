// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Signer.h"

#include <sodium.h>

namespace kanribo
{

Signer::Signer(QString login, SecureBuffer secretKey)
    : m_login(std::move(login))
    , m_secret(std::move(secretKey))
{
}

Signer Signer::generate(const QString& login)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    SecureBuffer sk(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(pk, sk.data());
    return Signer(login, std::move(sk));
}

QByteArray Signer::publicKey() const
{
    if (!isValid())
        return {};
    // The Ed25519 secret key holds the public key in its second half.
    return QByteArray(reinterpret_cast<const char*>(m_secret.data() + 32), 32);
}

QByteArray Signer::sign(const QByteArray& message) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<unsigned long long>(message.size()),
        m_secret.data());
    return sig;
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

BoxKeyPair BoxKeyPair::generate()
{
    BoxKeyPair kp;
    kp.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    kp.secretKey = SecureBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(kp.publicKey.data()), kp.secretKey.data());
    return kp;
}

QByteArray boxPublicKeyOf(const SecureBuffer& secretKey)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

QByteArray blake2b256(const QByteArray& data)
{
    QByteArray h(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(h.data()), 32,
        reinterpret_cast<const unsigned char*>(data.constData()), static_cast<unsigned long long>(data.size()), nullptr,
        0);
    return h;
}

} // namespace kanribo
