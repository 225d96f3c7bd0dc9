// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kanribo
{

// What a key slot holds once opened: the register key and the owner's secret keys.
struct SlotSecrets {
    SecureBuffer registerKey; // 32 bytes, the raw SQLCipher key
    SecureBuffer signSecret; // Ed25519 secret key, 64 bytes (the recovery slot has its own: it signs resets)
    SecureBuffer boxSecret; // X25519 secret key, 32 bytes
};

struct KeySlot {
    QString login; // KeyRing::recoveryLogin() for the recovery slot
    KdfParams kdf;
    QByteArray nonce;
    QByteArray ciphertext;
    int failures = 0; // consecutive failed attempts
    QDateTime lockedUntil; // invalid when not locked
};

struct FailedLogin {
    QString login;
    QDateTime at;
};

// The key ring file NAME.kanribo.keys (docs/formats.md): one Argon2id-wrapped slot per user plus a recovery slot,
// the lockout settings and counters, and the failed logins still to be written into the ledger.
class KeyRing
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kSlotSecretSize = 32 + 64 + 32;

    static QString recoveryLogin() { return QStringLiteral("@recovery"); }

    KeyRing() = default;
    explicit KeyRing(QByteArray registerId);

    static Result<KeyRing> load(const QString& path);
    static Result<KeyRing> parse(const QByteArray& bytes);
    QByteArray serialize() const;
    Status save(const QString& path) const; // atomic (write, fsync, rename)

    const QByteArray& registerId() const { return m_registerId; }
    bool hasSlot(const QString& login) const;
    KeySlot* slot(const QString& login);
    const QList<KeySlot>& slots() const { return m_slots; }

    // Opens a slot: Auth error when the password (or the slot) does not authenticate.
    Result<SlotSecrets> open(const QString& login, const QByteArray& password) const;
    // Creates or replaces the slot of login, wrapping the secrets under password.
    Status setSlot(const QString& login, const QByteArray& password, const SlotSecrets& secrets, const KdfParams& kdf);
    void removeSlot(const QString& login);

    int maxFailures() const { return m_maxFailures; }
    int lockSeconds() const { return m_lockSeconds; }
    void setLockout(int maxFailures, int lockSeconds);
    QList<FailedLogin>& pendingFailures() { return m_pending; }
    const QList<FailedLogin>& pendingFailures() const { return m_pending; }

private:
    QByteArray associatedData(const QString& login) const;

    QByteArray m_registerId; // 16 random bytes, also in the database's meta table
    int m_maxFailures = 5;
    int m_lockSeconds = 15 * 60;
    QList<KeySlot> m_slots;
    QList<FailedLogin> m_pending;
};

// Recovery codes: 120 random bits as 24 Crockford base32 characters in groups of four.
QString generateRecoveryCode();
QByteArray normaliseRecoveryCode(const QString& code);

} // namespace kanribo
