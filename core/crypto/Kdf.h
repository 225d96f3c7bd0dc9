// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kanribo
{

// Argon2id cost profiles of key slots. Fast is for tests only: it is not offered by the CLI or the GUI.
enum class KdfProfile { Interactive, Moderate, Sensitive, Fast };

struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt; // crypto_pwhash_SALTBYTES

    static KdfParams forProfile(KdfProfile profile); // fresh random salt
    bool isSane() const; // limits within libsodium's bounds
};

std::optional<KdfProfile> kdfProfileFromName(const QString& name);
QString kdfProfileName(KdfProfile profile);

// Derives a 32-byte key-encryption key from a password with Argon2id (crypto_pwhash).
Result<SecureBuffer> deriveKey(const QByteArray& password, const KdfParams& params);

// Initialises libsodium once; false if it cannot be initialised.
bool cryptoInit();

} // namespace kanribo
