// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Session.h"

#include "crypto/ContentCipher.h"
#include "policy/Visibility.h"
#include "service/People.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>

#include <sodium.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Session)
};

// Takes the key ring's lock file. A lock file that cannot be created (read-only folder or medium) is not "in use".
// A process killed between creating the lock file and writing its PID into it leaves an empty file that QLockFile
// only calls stale after the stale time; a live owner writes its PID at once, so an empty lock file older than a few
// seconds is removed (found by TestCrashConsistency: 15 s of "in use by another program" after such a kill).
Status lockKeyRing(QLockFile& lock, const QString& keyRingPath)
{
    lock.setStaleLockTime(30000);
    QElapsedTimer waited;
    waited.start();
    while (!lock.tryLock(200)) {
        if (lock.error() != QLockFile::LockFailedError || waited.elapsed() > 15000)
            break;
        qint64 pid = 0;
        QString host, app;
        const QFileInfo info(keyRingPath + QStringLiteral(".lock"));
        if (!lock.getLockInfo(&pid, &host, &app) && info.exists()
            && info.lastModified().msecsTo(QDateTime::currentDateTime()) > 2000)
            lock.removeStaleLockFile();
    }
    if (lock.isLocked())
        return {};
    if (lock.error() == QLockFile::PermissionError || lock.error() == QLockFile::UnknownError)
        return makeError(ErrorCode::Io,
            Tr::tr("Cannot write beside the key ring %1: the folder is read-only or "
                   "not accessible.")
                .arg(keyRingPath));
    return makeError(ErrorCode::Io, Tr::tr("The key ring is in use by another program."));
}
} // namespace

Status Session::requireOpen() const
{
    if (!isOpen())
        return makeError(ErrorCode::Auth, Tr::tr("The register is locked."));
    return {};
}

Status Session::write(const std::function<Status()>& fn)
{
    KANRIBO_TRY(requireOpen());
    if (batchDepth > 0 && db->inTransaction()) {
        KANRIBO_TRY(db->exec(QStringLiteral("SAVEPOINT kanribo_op")));
        const Status s = fn();
        if (!s.ok()) {
            (void)db->exec(QStringLiteral("ROLLBACK TO kanribo_op"));
            (void)db->exec(QStringLiteral("RELEASE kanribo_op"));
            return s;
        }
        return db->exec(QStringLiteral("RELEASE kanribo_op"));
    }
    Transaction tx(*db);
    KANRIBO_TRY(tx.begin());
    KANRIBO_TRY(fn());
    return tx.commit();
}

Status Session::writeBatch(const std::function<Status()>& fn)
{
    KANRIBO_TRY(requireOpen());
    Transaction tx(*db);
    KANRIBO_TRY(tx.begin());
    ++batchDepth;
    const Status s = fn();
    --batchDepth;
    KANRIBO_TRY(s);
    return tx.commit();
}

Result<Event> Session::record(const EventDraft& draft, const QList<const Signer*>& cosigners)
{
    return ledger->append(signer, draft, cosigners);
}

namespace
{
constexpr int kLookupPad = 512; // sealed lookups all have the same size (reasons longer than this are cut)
} // namespace

Error Session::lookupMiss(const QString& action, const QString& probe, const QString& message)
{
    const Error e = makeError(ErrorCode::NotFound, message);
    if (!isOpen() || db->inTransaction())
        return e;
    // What was asked for, never why it was refused (the reasons would say that the item exists). And only to officers
    // and auditors who see the whole register in full: the string typed may be a hidden item's control number, and
    // who can read it must not depend on whether it is one. The others' boxes hold a padded "withheld" instead.
    const auto padded = [](const QJsonObject& o) {
        QByteArray plain = QJsonDocument(o).toJson(QJsonDocument::Compact).left(kLookupPad);
        plain.append(QByteArray(kLookupPad - plain.size(), ' '));
        SecureBuffer b = SecureBuffer::copyOf(
            reinterpret_cast<const unsigned char*>(plain.constData()), static_cast<std::size_t>(plain.size()));
        sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
        return b;
    };
    const SecureBuffer asked = padded(QJsonObject { { QStringLiteral("probe"), probe.left(100) } });
    const SecureBuffer withheld = padded(QJsonObject { { QStringLiteral("probe"), QJsonValue(QJsonValue::Null) } });
    (void)write([&]() -> Status {
        auto users = loadUsers(*db);
        if (!users)
            return users.error();
        QJsonArray sealed;
        for (const User& u : *users) {
            if (!u.active || (u.role != Role::Officer && u.role != Role::Auditor))
                continue;
            auto hidden = db->prepare(
                QStringLiteral("SELECT EXISTS(SELECT 1 FROM items i WHERE NOT %1)").arg(sightSql(u, today()).full));
            if (!hidden)
                return hidden.error();
            auto r = hidden->next();
            if (!r)
                return r.error();
            const bool seesAll = *r && hidden->integer(0) == 0;
            sealed.append(QJsonObject { { QStringLiteral("to"), u.login },
                { QStringLiteral("box"),
                    QString::fromLatin1(
                        ContentCipher::sealKey(seesAll ? asked : withheld, u.boxPublicKey).toBase64()) } });
        }
        auto ev = record({ QStringLiteral("access.denied"), QStringLiteral("lookup"),
            QJsonObject { { QStringLiteral("action"), action }, { QStringLiteral("sealed"), sealed } } });
        return ev ? Status {} : Status { ev.error() };
    });
    return e;
}

std::optional<QJsonObject> Session::openLookupMiss(const Event& e) const
{
    if (e.kind != QLatin1String("access.denied") || e.subject != QLatin1String("lookup") || !isOpen())
        return std::nullopt;
    for (const auto& v : e.payloadObject().value(QStringLiteral("sealed")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("to")).toString() != me.login)
            continue;
        auto opened = ContentCipher::openSealed(
            QByteArray::fromBase64(o.value(QStringLiteral("box")).toString().toLatin1()), me.boxPublicKey, boxSecret);
        if (!opened)
            return std::nullopt;
        const QByteArray text(reinterpret_cast<const char*>(opened->data()), static_cast<qsizetype>(opened->size()));
        const QJsonObject lookup = QJsonDocument::fromJson(text.trimmed()).object();
        if (!lookup.value(QStringLiteral("probe")).isString())
            return std::nullopt; // withheld from this reader
        return lookup;
    }
    return std::nullopt;
}

Error Session::deny(const QString& action, const QString& subject, const QList<Reason>& reasons)
{
    // The person refused reads the reasons in their language now; the record keeps them as codes (issue 15).
    const Error e
        = makeError(ErrorCode::Denied, Tr::tr("Denied: %1").arg(describe(reasons).join(QStringLiteral("; "))), reasons);
    if (isOpen() && !db->inTransaction()) {
        // The record of the denial must not depend on the action that was refused.
        (void)write([&]() -> Status {
            auto r = record({ QStringLiteral("access.denied"), subject,
                QJsonObject {
                    { QStringLiteral("action"), action }, { QStringLiteral("reasons"), reasonsToJson(reasons) } } });
            if (!r)
                return r.error();
            return {};
        });
    }
    return e;
}

Status Session::requireRole(std::initializer_list<Role> roles, const QString& action, const QString& subject)
{
    KANRIBO_TRY(requireOpen());
    for (Role r : roles)
        if (me.role == r)
            return {};
    QStringList names;
    for (Role r : roles)
        names << roleName(r);
    return deny(action, subject,
        { Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), names.join(QLatin1Char(',')) } }) });
}

Status Session::withKeyRing(const std::function<Status(KeyRing&)>& fn) const
{
    QLockFile lock(keyRingPath + QStringLiteral(".lock"));
    KANRIBO_TRY(lockKeyRing(lock, keyRingPath));
    auto ring = KeyRing::load(keyRingPath);
    if (!ring)
        return ring.error();
    if (ring->registerId() != registerId)
        return makeError(ErrorCode::Integrity, Tr::tr("The key ring does not belong to this register."));
    return fn(*ring);
}

Status Session::updateKeyRing(const std::function<Status(KeyRing&)>& fn) const
{
    return withKeyRing([&](KeyRing& ring) -> Status {
        KANRIBO_TRY(fn(ring));
        return ring.save(keyRingPath);
    });
}

Status Session::copyKeyRing(const QString& to) const
{
    return withKeyRing([&](KeyRing& ring) { return ring.save(to); });
}

Result<Signer> Session::authenticateSecondPerson(const QString& login, const QByteArray& password) const
{
    if (login == me.login)
        return makeError(ErrorCode::Denied, Tr::tr("The second person must be someone other than you."),
            { Reason::of(QStringLiteral("two-person-same-person")) });
    auto secrets = openSlotWithLockout(keyRingPath, login, password, *clock);
    if (!secrets)
        return secrets.error();
    if (!secrets->registerKey.equals(registerKey))
        return makeError(ErrorCode::Integrity, Tr::tr("The key ring does not belong to this register."));
    return Signer(login, std::move(secrets->signSecret));
}

Status Session::refreshMe()
{
    KANRIBO_TRY(requireOpen());
    auto u = loadUser(*db, me.login);
    if (!u)
        return u.error();
    me = std::move(u).value();
    return {};
}

void Session::wipe()
{
    signer.wipe();
    boxSecret.wipe();
    registerKey.wipe();
    compartmentSecrets.clear(); // SecureBuffer wipes on destruction
    compartmentsSynced = { QDate(), -1 };
    ledger.reset();
    db.reset();
}

Result<SlotSecrets> openSlotWithLockout(
    const QString& keyRingPath, const QString& login, const QByteArray& password, const Clock& clock)
{
    QLockFile lock(keyRingPath + QStringLiteral(".lock"));
    KANRIBO_TRY(lockKeyRing(lock, keyRingPath));
    auto ring = KeyRing::load(keyRingPath);
    if (!ring)
        return ring.error();
    const QDateTime now = clock.nowUtc();
    KeySlot* slot = ring->slot(login);
    if (!slot) {
        ring->pendingFailures().append({ login.left(64), now });
        (void)ring->save(keyRingPath);
        return makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."));
    }
    if (slot->lockedUntil.isValid() && slot->lockedUntil > now) {
        const qint64 secs = now.secsTo(slot->lockedUntil);
        Error e = makeError(ErrorCode::Auth,
            Tr::tr("The login %1 is locked after too many failed attempts; "
                   "try again in %n minute(s).",
                nullptr, static_cast<int>((secs + 59) / 60))
                .arg(login));
        e.retryAfterSeconds = secs;
        return e;
    }
    auto secrets = ring->open(login, password);
    if (!secrets) {
        if (secrets.error().code != ErrorCode::Auth)
            return secrets.error();
        slot = ring->slot(login);
        slot->failures += 1;
        ring->pendingFailures().append({ login, now });
        Error e = secrets.error();
        if (slot->failures >= ring->maxFailures()) {
            slot->failures = 0;
            slot->lockedUntil = now.addSecs(ring->lockSeconds());
            e.message = Tr::tr("Wrong password. The login %1 is now locked for %n minute(s).", nullptr,
                (ring->lockSeconds() + 59) / 60)
                            .arg(login);
            e.retryAfterSeconds = ring->lockSeconds();
        }
        KANRIBO_TRY(ring->save(keyRingPath));
        return e;
    }
    if (slot->failures != 0 || slot->lockedUntil.isValid()) {
        slot->failures = 0;
        slot->lockedUntil = QDateTime();
        KANRIBO_TRY(ring->save(keyRingPath));
    }
    return std::move(secrets).value();
}

bool isValidLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{0,31}$"));
    return re.match(login).hasMatch();
}

bool isValidIdentifier(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(id).hasMatch();
}

bool isValidNationality(const QString& nat)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(nat).hasMatch();
}

Result<QDate> parseDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!re.match(text).hasMatch() || !d.isValid())
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not a date; write YYYY-MM-DD.").arg(text));
    return d;
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace kanribo
