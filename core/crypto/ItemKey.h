// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>

namespace kanribo
{

// R-TRU-5, item keys (docs/formats.md §4, ADR 0005). An item's secrets are sealed under its own random key; that key
// is split into one share per compartment the item is in (its level and each of its groups) so that only someone
// holding every one of those compartments' keys can put it back together. The shares XOR to the key; each is sealed
// (crypto_box_seal) to its compartment's public key, so anyone may wrap a key for a compartment they do not hold.
namespace itemkey
{

constexpr std::size_t kKeySize = 32;

SecureBuffer generate();
// One sealed share per compartment public key, in the same order; empty when a public key is malformed.
QList<QByteArray> split(const SecureBuffer& key, const QList<QByteArray>& compartmentPublicKeys);
// The key from its sealed shares, each opened with its compartment's key pair (public key, secret key).
Result<SecureBuffer> join(const QList<QByteArray>& sealedShares, const QList<QByteArray>& publicKeys,
    const QList<const SecureBuffer*>& secretKeys);

// A secret sealed under the item key (crypto_secretbox: nonce then box), and opened again.
QByteArray seal(const SecureBuffer& key, const SecureBuffer& secret);
Result<SecureBuffer> open(const SecureBuffer& key, const QByteArray& sealed);

} // namespace itemkey
} // namespace kanribo
