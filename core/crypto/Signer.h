// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace kanribo
{

// A person's Ed25519 signing key while they are logged in (or while they co-sign).
class Signer
{
public:
    Signer() = default;
    Signer(QString login, SecureBuffer secretKey);
    static Signer generate(const QString& login); // new key pair

    const QString& login() const { return m_login; }
    QByteArray publicKey() const; // 32 bytes
    QByteArray sign(const QByteArray& message) const; // detached, 64 bytes
    const SecureBuffer& secretKey() const { return m_secret; }
    bool isValid() const { return m_secret.size() == 64; }
    void wipe() { m_secret.wipe(); }

private:
    QString m_login;
    SecureBuffer m_secret;
};

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// X25519 key pair for sealing content keys.
struct BoxKeyPair {
    QByteArray publicKey;
    SecureBuffer secretKey;
    static BoxKeyPair generate();
};
QByteArray boxPublicKeyOf(const SecureBuffer& secretKey);

QByteArray blake2b256(const QByteArray& data);

} // namespace kanribo
