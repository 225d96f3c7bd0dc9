// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore (issue 15): the register and its key ring copied together, consistently, and verified.
#include "service/Backup.h"

#include "crypto/SecureBuffer.h"
#include "policy/Reason.h"
#include "service/Register.h"
#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStorageInfo>

#include <fcntl.h>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Backup)
};

const QStringList kSidecars { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };

// A name in the destination's own folder (so that the rename into place is atomic), hidden and random.
QString temporaryName(const QString& folder, const QString& fileName, const char* what)
{
    const SecureBuffer r = SecureBuffer::random(6);
    const QByteArray tag = QByteArray(reinterpret_cast<const char*>(r.data()), 6).toHex();
    return QDir(folder).filePath(QStringLiteral(".%1.%2-%3").arg(fileName, QLatin1String(what), QLatin1String(tag)));
}

// A register file with its key ring and SQLite's side files.
void removeRegisterCopy(const QString& path)
{
    QFile::remove(path);
    for (const QString& s : kSidecars)
        QFile::remove(path + s);
    QFile::remove(Register::keyRingPathFor(path));
}

// Removes a temporary copy when the scope ends, unless it was put in place.
class TemporaryCopy
{
public:
    explicit TemporaryCopy(QString path)
        : m_path(std::move(path))
    {
    }
    ~TemporaryCopy()
    {
        if (!m_path.isEmpty())
            removeRegisterCopy(m_path);
    }
    TemporaryCopy(const TemporaryCopy&) = delete;
    TemporaryCopy& operator=(const TemporaryCopy&) = delete;
    const QString& path() const { return m_path; }
    QString keys() const { return Register::keyRingPathFor(m_path); }
    void release() { m_path.clear(); }

private:
    QString m_path;
};

// fsync a file or a folder: the copy is on the medium before it is named as the backup.
Status syncPath(const QString& path, bool folder = false)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1 to the disk.").arg(path));
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1 to the disk.").arg(path));
    return {};
}

// SQLite's online backup: a consistent snapshot of the live register (one read transaction, whatever other
// connections write meanwhile; the WAL included), written page by page into a new file keyed with the same register
// key — never a file copy of a live WAL database. SQLCipher 3.4.1 allows it between two databases that are both
// encrypted with the same page size.
Status onlineBackup(Database& source, const QString& to, const SecureBuffer& key)
{
    auto copy = Database::open(to, &key, true);
    if (!copy)
        return copy.error();
    makeOwnerOnly(to);
    sqlite3_backup* backup = sqlite3_backup_init((*copy)->handle(), "main", source.handle(), "main");
    if (!backup)
        return (*copy)->lastError(QStringLiteral("backup"));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
        return (*copy)->lastError(QStringLiteral("backup"));
    return {};
}

Status copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return makeError(ErrorCode::Io, Tr::tr("Cannot copy %1 to %2.").arg(from, to));
    makeOwnerOnly(to);
    return {};
}

// Moves a register and its key ring to a new name; never over an existing file (QFile::rename refuses).
Status moveRegister(const QString& from, const QString& to)
{
    const QString fromKeys = Register::keyRingPathFor(from);
    const QString toKeys = Register::keyRingPathFor(to);
    if (QFileInfo::exists(fromKeys) && !QFile::rename(fromKeys, toKeys))
        return makeError(ErrorCode::Io, Tr::tr("Cannot move %1 to %2.").arg(fromKeys, toKeys));
    if (QFileInfo::exists(from) && !QFile::rename(from, to)) {
        QFile::rename(toKeys, fromKeys);
        return makeError(ErrorCode::Io, Tr::tr("Cannot move %1 to %2.").arg(from, to));
    }
    return {};
}

qint64 sizeOf(const QString& path)
{
    const QFileInfo f(path);
    return f.exists() ? f.size() : 0;
}

SlotSecrets copySecrets(const Session& s)
{
    const auto copy = [](const SecureBuffer& b) { return SecureBuffer::copyOf(b.data(), b.size()); };
    return { copy(s.registerKey), copy(s.signer.secretKey()), copy(s.boxSecret) };
}

QJsonValue seqOrNull(qint64 seq)
{
    return seq > 0 ? QJsonValue(seq) : QJsonValue(QJsonValue::Null);
}
} // namespace

Result<BackupResult> Register::backup(const QString& dest, const ChainVerifier::Progress& progress)
{
    if (isLocked())
        return makeError(ErrorCode::Auth, Tr::tr("The register is locked."));
    // A backup is a copy of the whole register (every item of every level, every key slot): the officer's to make,
    // like any reproduction of the holdings.
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("register.backup"), QStringLiteral("register")));
    if (dest.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Name the file to back up to."));
    const QFileInfo target(dest);
    const QString path = target.absoluteFilePath();
    const QString keys = keyRingPathFor(path);
    const QString folder = target.absolutePath();
    const QString live = QFileInfo(m_s.path).absoluteFilePath();
    if (path == live || path == QFileInfo(m_s.keyRingPath).absoluteFilePath() || keys == live)
        return makeError(ErrorCode::Conflict, Tr::tr("A backup cannot be written over the register itself."));
    if (QFileInfo::exists(path) || QFileInfo::exists(keys))
        return makeError(ErrorCode::Conflict,
            Tr::tr("%1 already exists: a backup never replaces a file. Choose a new name.")
                .arg(QFileInfo::exists(path) ? path : keys));
    const QFileInfo dir(folder);
    if (!dir.isDir())
        return makeError(ErrorCode::NotFound, Tr::tr("The folder %1 does not exist.").arg(folder));
    if (!dir.isWritable())
        return makeError(ErrorCode::Io, Tr::tr("The folder %1 cannot be written.").arg(folder));
    // The copy is about as large as the register with its WAL; refuse early rather than record an attempt that
    // cannot succeed.
    const qint64 needed = sizeOf(live) + sizeOf(live + QStringLiteral("-wal")) + sizeOf(m_s.keyRingPath);
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return makeError(ErrorCode::Io,
            Tr::tr("There is not enough free space in %1 for the backup (%2 MB needed).")
                .arg(folder)
                .arg((needed + 1024 * 1024 - 1) / (1024 * 1024)));

    // 1. The record first, so that the copy holds the event that records it.
    qint64 seq = 0;
    QByteArray hash;
    KANRIBO_TRY(m_s.write([&]() -> Status {
        auto head = m_s.ledger->headSeq();
        if (!head)
            return head.error();
        auto last = m_s.ledger->event(*head);
        if (!last)
            return last.error();
        auto ev = m_s.record({ QStringLiteral("register.backed_up"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("to"), target.fileName() }, { QStringLiteral("head_seq"), *head },
                { QStringLiteral("head_hash"), *last ? QString::fromLatin1((*last)->hash.toHex()) : QString() } } });
        if (!ev)
            return ev.error();
        seq = ev->seq;
        hash = ev->hash;
        return {};
    }));

    // 2. The copy, under a temporary name beside DEST, verified, then renamed into place.
    TemporaryCopy tmp(temporaryName(folder, target.fileName(), "backup"));
    BackupResult out;
    KANRIBO_TRY(onlineBackup(*m_s.db, tmp.path(), m_s.registerKey));
    KANRIBO_TRY(m_s.copyKeyRing(tmp.keys()));
    KANRIBO_TRY(verifyCopy(tmp.path(), seq, hash, out, progress));
    KANRIBO_TRY(syncPath(tmp.path()));
    KANRIBO_TRY(syncPath(tmp.keys()));
    // QFile::rename never replaces: a DEST that appeared meanwhile is left alone.
    if (!QFile::rename(tmp.keys(), keys))
        return makeError(ErrorCode::Conflict,
            Tr::tr("Cannot create %1: it exists already or the folder is not writable.").arg(keys));
    if (!QFile::rename(tmp.path(), path)) {
        QFile::remove(keys);
        return makeError(ErrorCode::Conflict,
            Tr::tr("Cannot create %1: it exists already or the folder is not writable.").arg(path));
    }
    tmp.release();
    KANRIBO_TRY(syncPath(folder, true));
    out.backupPath = path;
    out.keyRingPath = keys;
    return out;
}

Status Register::verifyCopy(const QString& copyPath, qint64 seq, const QByteArray& hash, BackupResult& out,
    const ChainVerifier::Progress& progress)
{
    // The same full verification as audit verify, on the copy opened with the register key. (SQLite 3.15 cannot open
    // a WAL database read-only without its shared-memory file, so the copy is opened like a register; verification
    // only reads, and nothing is recorded in it.)
    auto copy = openWithSecrets(copyPath, m_s.me.login, copySecrets(m_s), *m_s.clock);
    if (!copy)
        return makeError(
            ErrorCode::Integrity, Tr::tr("The copy cannot be opened: %1 It was removed.").arg(copy.error().message));
    auto report = (*copy)->verify(progress);
    if (!report)
        return report.error();
    if (!report->ok)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The copy does not verify (event %1: %2). It was removed.")
                .arg(report->firstBad)
                .arg(report->reason));
    auto ev = (*copy)->m_s.ledger->event(seq);
    if (!ev)
        return ev.error();
    if (!*ev || (*ev)->hash != hash)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The copy does not hold event %1, which records this backup. It was removed.").arg(seq));
    out.headSeq = report->events;
    out.headHash = report->head;
    return {};
}

Result<RestoreResult> Register::restore(const RestoreRequest& rq, const Clock& clock)
{
    if (!cryptoInit())
        return makeError(ErrorCode::Io, Tr::tr("The cryptography library cannot be initialised."));
    if (rq.backupPath.trimmed().isEmpty() || rq.toPath.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Name the backup and the register to restore it to."));
    const QFileInfo from(rq.backupPath);
    const QFileInfo to(rq.toPath);
    const QString backup = from.absoluteFilePath();
    const QString target = to.absoluteFilePath();
    const QString targetKeys = keyRingPathFor(target);
    if (!from.isFile())
        return makeError(ErrorCode::NotFound, Tr::tr("The backup %1 does not exist.").arg(backup));
    if (!QFileInfo::exists(keyRingPathFor(backup)))
        return makeError(ErrorCode::NotFound,
            Tr::tr("The key ring of the backup, %1, is missing: a backup is the register and its key ring together.")
                .arg(keyRingPathFor(backup)));
    if (backup == target)
        return makeError(ErrorCode::Usage, Tr::tr("A backup cannot be restored onto itself."));
    // R-TRU-6: the recovery code restores a named user's access (recoverAccess); it is never a login.
    if (rq.login == KeyRing::recoveryLogin())
        return makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."));
    const QString folder = to.absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the folder %1.").arg(folder));
    if (!QFileInfo(folder).isWritable())
        return makeError(ErrorCode::Io, Tr::tr("The folder %1 cannot be written.").arg(folder));

    // 1. A private copy of the backup beside the target: the backup itself (perhaps on read-only media) is never
    // written, and nothing at the target changes until the copy has verified.
    TemporaryCopy tmp(temporaryName(folder, to.fileName(), "restore"));
    KANRIBO_TRY(copyFile(backup, tmp.path()));
    KANRIBO_TRY(copyFile(keyRingPathFor(backup), tmp.keys()));
    if (QFileInfo::exists(backup + QStringLiteral("-wal")))
        KANRIBO_TRY(copyFile(backup + QStringLiteral("-wal"), tmp.path() + QStringLiteral("-wal")));

    // 2. Open it with the officer's slot in the backup's own key ring, and verify it in full.
    auto secrets = openSlotWithLockout(tmp.keys(), rq.login, rq.password, clock);
    if (!secrets)
        return secrets.error();
    RestoreResult out;
    SlotSecrets kept;
    {
        auto copy = openWithSecrets(tmp.path(), rq.login, std::move(secrets).value(), clock);
        if (!copy)
            return copy.error();
        Register& r = **copy;
        // Not recorded: the register it would be recorded in is the one not restored.
        if (r.me().role != Role::Officer)
            return makeError(ErrorCode::Denied, Tr::tr("Only a security officer restores a register."),
                { Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer") } }) });
        auto report = r.verify();
        if (!report)
            return report.error();
        if (!report->ok)
            return makeError(ErrorCode::Integrity,
                Tr::tr("The backup does not verify: event %1 fails: %2. Nothing was restored.")
                    .arg(report->firstBad)
                    .arg(report->reason));
        out.backupHeadSeq = report->events;
        out.backupHeadHash = report->head;
        // 3. Against the latest seal or export: which recorded events the backup lacks.
        if (rq.against) {
            auto anchor = r.readAnchor(*rq.against);
            if (!anchor)
                return anchor.error();
            out.againstSeq = anchor->seq;
            out.againstSource = anchor->source;
            if (anchor->seq > report->events) {
                out.missingFrom = report->events + 1;
                out.missingTo = anchor->seq;
            } else {
                auto ev = r.m_s.ledger->event(anchor->seq);
                if (!ev)
                    return ev.error();
                if (!*ev || (*ev)->hash != anchor->hash)
                    return makeError(ErrorCode::Integrity,
                        Tr::tr("The backup is not the trail %1 recorded: its event %2 differs. Nothing was restored.")
                            .arg(anchor->source)
                            .arg(anchor->seq));
            }
        }
        kept = copySecrets(r.m_s);
    } // the copy is closed before it is moved

    // 4. An existing register is replaced only when asked, after the report, and is moved aside, never deleted.
    const bool occupied = QFileInfo::exists(target) || QFileInfo::exists(targetKeys);
    if (occupied && !rq.replace) {
        QStringList message { Tr::tr("A register already exists at %1; nothing was changed.").arg(target),
            Tr::tr("The backup verifies (head: event %1).").arg(out.backupHeadSeq) };
        if (out.missingFrom > 0 && out.missingFrom == out.missingTo)
            message << Tr::tr("It lacks event %1, which %2 recorded.").arg(out.missingFrom).arg(out.againstSource);
        else if (out.missingFrom > 0)
            message << Tr::tr("It lacks events %1 to %2, which %3 recorded.")
                           .arg(out.missingFrom)
                           .arg(out.missingTo)
                           .arg(out.againstSource);
        message << Tr::tr("Replacing the register must be asked for explicitly; it is then moved aside, not deleted.");
        return makeError(ErrorCode::Conflict, message.join(QLatin1Char(' ')));
    }
    if (occupied)
        for (const QString& s : kSidecars)
            if (QFileInfo::exists(target + s))
                return makeError(ErrorCode::Conflict,
                    Tr::tr("The register %1 is open, or was not closed cleanly (%2 exists): close every Kanribo window "
                           "and command that uses it, or open and close it once, then restore again. Nothing was "
                           "changed.")
                        .arg(target, target + s));
    KANRIBO_TRY(syncPath(tmp.path()));
    KANRIBO_TRY(syncPath(tmp.keys()));
    if (occupied) {
        out.replacedPath
            = target + QStringLiteral(".replaced-") + clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        KANRIBO_TRY(moveRegister(target, out.replacedPath));
    }
    if (Status placed = moveRegister(tmp.path(), target); !placed) {
        if (occupied)
            (void)moveRegister(out.replacedPath, target);
        return placed.error();
    }
    tmp.release();
    KANRIBO_TRY(syncPath(folder, true));
    out.restoredPath = target;
    out.keyRingPath = targetKeys;

    // 5. The restored register records its restoration, signed by the officer.
    auto restored = openWithSecrets(target, rq.login, std::move(kept), clock);
    if (!restored)
        return restored.error();
    Session& s = (*restored)->m_s;
    KANRIBO_TRY((*restored)->recordPendingFailures());
    KANRIBO_TRY(requireCurrentRules(s));
    KANRIBO_TRY(s.write([&]() -> Status {
        auto ev = s.record({ QStringLiteral("register.restored"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("from"), from.fileName() },
                { QStringLiteral("head_seq"), out.backupHeadSeq },
                { QStringLiteral("head_hash"), QString::fromLatin1(out.backupHeadHash.toHex()) },
                { QStringLiteral("against_seq"), seqOrNull(out.againstSeq) },
                { QStringLiteral("missing_from"), seqOrNull(out.missingFrom) },
                { QStringLiteral("missing_to"), seqOrNull(out.missingTo) } } });
        if (!ev)
            return ev.error();
        out.restoredSeq = ev->seq;
        out.restoredHash = ev->hash;
        return {};
    }));
    return out;
}

} // namespace kanribo
