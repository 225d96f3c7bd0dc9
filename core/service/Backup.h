// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace kanribo
{

// A verified backup (Register::backup): the register and its key ring, side by side under the same naming as the
// live register (DEST and DEST.keys).
struct BackupResult {
    QString backupPath; // DEST, absolute
    QString keyRingPath; // DEST.keys
    qint64 headSeq = 0; // the copy's head, as its full verification found it (the register.backed_up event or later)
    QByteArray headHash;
};

// What Register::restore is asked to do.
struct RestoreRequest {
    QString backupPath; // a backup made by Register::backup (its key ring beside it)
    QString toPath; // where the register is restored to (its key ring beside it)
    QString login; // an officer of the backup, whose key slot in the backup's key ring opens it
    QByteArray password;
    QIODevice* against = nullptr; // optional: a seal (audit seal) or an export bundle, read from its current position
    bool replace = false; // a register at toPath is moved aside (never deleted) only with this
};

// What a restore found and did.
struct RestoreResult {
    QString restoredPath; // toPath, absolute ("" when nothing was restored)
    QString keyRingPath;
    QString replacedPath; // where the register that was at toPath now is ("" when there was none)
    qint64 backupHeadSeq = 0; // the backup's verified head
    QByteArray backupHeadHash;
    qint64 againstSeq = 0; // the last event the seal or bundle covers (0: none given)
    QString againstSource; // "the seal of … by …", "the export bundle signed by …"
    qint64 missingFrom = 0; // the first event the seal or bundle covers that the backup lacks (0: none missing)
    qint64 missingTo = 0; // the last one (the seal's or bundle's head)
    qint64 restoredSeq = 0; // the register.restored event in the restored register
    QByteArray restoredHash;
};

} // namespace kanribo
