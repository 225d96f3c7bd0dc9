// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kanribo
{

// A seal (R-TRU-3, docs/formats.md "Seal"): the head of a verified ledger — its last seq and that event's hash —
// signed by the officer, custodian or auditor who verified it, as a small JSON file to keep outside the register
// (on paper or removable media in a container). The hash of the last event commits to every event before it, so
// `audit verify --since SEAL` proves that all sealed events are still there, unchanged: deleting recent events
// (which the register key alone allows) is then caught.
struct Seal {
    QByteArray registerId;
    qint64 seq = 0;
    QByteArray hash; // of the event at seq
    QDateTime sealedAt; // UTC
    QString signer;
    QByteArray signPublicKey; // the signer's Ed25519 key as the ledger recorded it
    QByteArray signature;

    // "kanribo-seal-v1" NUL, register id, seq (8 bytes, big endian), hash, the time as yyyy-MM-ddTHH:mm:ss.zzzZ.
    QByteArray message() const;
    static Seal make(
        const QByteArray& registerId, qint64 seq, const QByteArray& hash, const QDateTime& now, const Signer& signer);
    QByteArray toJson() const;
    // Strict: every field present and well formed, and the signature valid for signPublicKey. Integrity otherwise.
    static Result<Seal> parse(const QByteArray& json);
    static bool looksLikeSeal(const QByteArray& bytes); // a JSON object, not a bundle
};

} // namespace kanribo
