// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "crypto/KeyRing.h"
#include "crypto/Signer.h"
#include "ledger/Ledger.h"
#include "model/People.h"
#include "policy/PolicyPack.h"
#include "store/Database.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace kanribo
{

// What an open, logged-in register shares with its services: the connection, the ledger, the acting user and
// their keys. Services (People, Items, Custody, ...) hold a reference to it; only Register owns it.
class Session
{
public:
    QString path;
    QString keyRingPath;
    QByteArray registerId;
    QString facility;
    QString facilityNationality; // the recipient government of material received (R-MRK-1, R-ACC-5)
    std::optional<PolicyPack> ownPolicy; // a facility's own pack stored in the register, if any
    const PolicyPack& policy() const { return ownPolicy ? *ownPolicy : PolicyPack::builtin(); }
    KdfProfile kdfProfile = KdfProfile::Moderate;
    const Clock* clock = &Clock::system();
    std::unique_ptr<Database> db;
    std::unique_ptr<Ledger> ledger;
    User me;
    Signer signer; // the acting user's Ed25519 key
    SecureBuffer boxSecret; // the acting user's X25519 key (opens sealed content keys)
    SecureBuffer registerKey;
    // R-TRU-5: the compartment keys the acting user holds, "compartment#epoch" -> secret key (Compartments).
    std::map<QString, SecureBuffer> compartmentSecrets;
    std::pair<QDate, qint64> compartmentsSynced { QDate(), -1 }; // the day and last event a sync saw

    bool isOpen() const { return db != nullptr && signer.isValid(); }
    QDateTime now() const { return clock->nowUtc(); }
    QDate today() const { return clock->nowUtc().date(); }

    // Auth error while the register is locked (keys wiped, database closed).
    Status requireOpen() const;
    // Runs fn inside one write transaction; rolls back everything if fn fails or the commit fails.
    Status write(const std::function<Status()>& fn);
    // Bulk path (benchmarks, imports): runs fn in ONE write transaction; every write() inside it becomes a
    // savepoint, so each operation still records its own signed event and a failing operation rolls back only
    // itself. A denial inside a batch is returned but not recorded (deny() records only outside a transaction).
    Status writeBatch(const std::function<Status()>& fn);
    int batchDepth = 0;
    // Appends an event signed by the acting user (and co-signers) — inside write().
    Result<Event> record(const EventDraft& draft, const QList<const Signer*>& cosigners = {});
    // Records a denial (R-ACC-4) in its own transaction and returns the Denied error to hand back.
    Error deny(const QString& action, const QString& subject, const QList<Reason>& reasons);
    // R-ACC-3, no oracle: a lookup of an item or copy the user may not see, and of one that does not exist, both
    // record this same event — access.denied on the subject "lookup", whose payload (what was asked for; never why it
    // was refused, which would tell a reader below the item that it exists) is sealed to every active officer and
    // auditor and padded to a fixed size — and both return the same NotFound error (message). Nothing in the ledger,
    // the answer or the exit code tells the two apart.
    Error lookupMiss(const QString& action, const QString& probe, const QString& message);
    // The sealed payload of a lookup miss, opened with the acting user's key (officers and auditors); nullopt when
    // the event is not a lookup miss or was not sealed to them.
    std::optional<QJsonObject> openLookupMiss(const Event& e) const;
    // Denied unless the acting user holds the role; the denial is recorded.
    Status requireRole(std::initializer_list<Role> roles, const QString& action, const QString& subject);

    // Reads the key ring under a lock file, lets fn change it, and saves it atomically.
    Status updateKeyRing(const std::function<Status(KeyRing&)>& fn) const;
    // Writes the key ring as it is now, read under the same lock, to another file (a backup; atomic and fsynced).
    Status copyKeyRing(const QString& to) const;
    // Reads the key ring under its lock file (checking that it is this register's) and hands it to fn.
    Status withKeyRing(const std::function<Status(KeyRing&)>& fn) const;

    // Lets a second person authenticate with their own password now (hand receipt, witness, approver).
    // Failed attempts count toward that person's lockout like any login.
    Result<Signer> authenticateSecondPerson(const QString& login, const QByteArray& password) const;

    // Reloads the acting user's record (after a change to their groups or clearance).
    Status refreshMe();

    void wipe();
};

// Shared by login and second-person authentication: lockout check, slot open, failure counting.
Result<SlotSecrets> openSlotWithLockout(
    const QString& keyRingPath, const QString& login, const QByteArray& password, const Clock& clock);

bool isValidLogin(const QString& login);
bool isValidIdentifier(const QString& id); // groups, containers
bool isValidNationality(const QString& nat);
Result<QDate> parseDate(const QString& text); // YYYY-MM-DD, Usage error otherwise
QString formatDate(const QDate& date);

} // namespace kanribo
