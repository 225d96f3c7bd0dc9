// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanribo
{

// One ledger event as stored. The canonical encoding (docs/formats.md) covers every field except the
// hash and the signatures; hash = BLAKE2b-256(prev_hash || canonical); each signer signs "KSIG1" || hash.
struct Event {
    qint64 seq = 0;
    QDateTime time; // UTC, millisecond precision
    QString actor;
    QString kind; // e.g. "user.added"
    QString subject; // e.g. "user:alice", "item:S-2026-000001", "copy:S-2026-000001/2"
    QByteArray payload; // compact JSON, keys sorted, UTF-8
    QStringList cosigners; // logins of the second persons, in signing order
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature;
    QList<QByteArray> cosignatures; // same order as cosigners

    QByteArray canonical() const;
    QByteArray computeHash() const;
    QByteArray signedMessage() const { return signedMessageFor(hash); }
    static QByteArray signedMessageFor(const QByteArray& hash);
    QJsonObject payloadObject() const;

    // The canonical bytes back into an event (for export bundles); Integrity error when malformed.
    static Result<Event> decodeCanonical(const QByteArray& bytes);
};

QString formatTimestamp(const QDateTime& utc); // yyyy-MM-ddTHH:mm:ss.zzzZ
QDateTime parseTimestamp(const QString& text); // its inverse; invalid when malformed
QByteArray genesisHash(const QByteArray& registerId);
// What a signed statement about a ledger's head says: tag, 0x00, the register id, seq (8 bytes, big endian), the hash
// of the event at seq (checkpoints and seals).
QByteArray headStatement(const char* tag, const QByteArray& registerId, qint64 seq, const QByteArray& hash);
QByteArray canonicalJson(const QJsonObject& o);

} // namespace kanribo
