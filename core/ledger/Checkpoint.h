// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Signer.h"
#include "ledger/Ledger.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kanribo
{

class Database;

// A signed statement "the ledger up to event seq, whose hash is H, was verified": stored in the checkpoints table
// after a successful full verification, so that opening the register needs to verify only what came after it.
// The checkpoint is not an event (it does not move the head); it is signed by the verifying user's Ed25519 key and
// checked against the key the ledger itself introduced for that user.
struct Checkpoint {
    qint64 seq = 0;
    QByteArray hash;
    QString signer;
    QByteArray signature;
    QDateTime createdAt;

    // What is signed: a domain tag, the register id, the sequence number (8 bytes, big endian) and the hash.
    static QByteArray message(const QByteArray& registerId, qint64 seq, const QByteArray& hash);
};

class Checkpoints
{
public:
    // Signs and stores a checkpoint at (seq, hash) in its own transaction. Call only after a full verification.
    static Result<Checkpoint> store(Database& db, const QByteArray& registerId, const Signer& signer, qint64 seq,
        const QByteArray& hash, const QDateTime& now);
    // The checkpoint with the highest seq, if any.
    static Result<std::optional<Checkpoint>> latest(Database& db);

    // Checks the checkpoint (its signature against the ledger's key for its signer, and that the event at seq still
    // has that hash), then verifies only the events after it (chain and signatures, all cores). The keys in force at
    // seq are learned from the key events up to seq (read by kind through the index; each one's hash is rechecked).
    static Result<VerifyReport> verifySince(
        Database& db, const Ledger& ledger, const QByteArray& registerId, const Checkpoint& checkpoint);
    // verifySince(latest) when there is a checkpoint, otherwise a full verification of the chain.
    static Result<VerifyReport> verifyFromLatest(Database& db, const Ledger& ledger, const QByteArray& registerId);
};

} // namespace kanribo
