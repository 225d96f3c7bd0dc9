// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "crypto/Kdf.h"
#include "ledger/Ledger.h"
#include "ledger/Seal.h"
#include "model/People.h"
#include "service/Backup.h"
#include "service/Custody.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QDateTime>
#include <QString>

#include <memory>

class QIODevice;

namespace kanribo
{

struct RegisterOptions {
    QString facility;
    KdfProfile kdf = KdfProfile::Moderate;
    int maxFailures = 5;
    int lockSeconds = 15 * 60;
};

struct CreatedRegister;

// The policy pack in force and its record (R-TRU-4): a pack an officer adopted with the signed event
// "policy.adopted", or the built-in pack when none was.
struct PolicyInForce {
    QString id;
    QString version;
    QString sha; // PolicyPack::hashOf the pack's bytes
    bool builtin = true;
    qint64 seq = 0; // the adopting event; 0 for the built-in pack, and for those who may not see the trail's figures
    QDateTime at; // when it was adopted (UTC); invalid for the built-in pack
    QString by; // the adopting officer's login
};

// The facade both front ends use: opening (= logging in), locking, and one service object per area.
// Every rule is enforced below this line; the GUI and the CLI only call it.
class Register
{
public:
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    static QString keyRingPathFor(const QString& registerPath) { return registerPath + QStringLiteral(".keys"); }
    // The GUI's default register in the user's data directory.
    static QString defaultPath();

    // Creates NAME.kanribo and NAME.kanribo.keys with the first officer, logged in. The recovery code is shown once.
    static Result<CreatedRegister> create(const QString& path, const NewUser& officer, const QByteArray& password,
        const RegisterOptions& options, const Clock& clock = Clock::system());
    // Logging in opens the user's key slot (lockout after repeated failures).
    static Result<std::unique_ptr<Register>> open(
        const QString& path, const QString& login, const QByteArray& password, const Clock& clock = Clock::system());
    // Break-glass (R-TRU-6): a lost password. The recovery code gives the named user a new password and new keys,
    // with an officer present (not the user) who signs the reset with their own password; the recovery key
    // co-signs it and re-opens, from its escrow, the content keys the officer's session re-seals to the user. Only
    // when the user is the register's only active officer is nobody else there to sign: then leave officer empty
    // and the user signs the reset with the new key.
    static Status recoverAccess(const QString& path, const QString& recoveryCode, const QString& login,
        const QByteArray& newPassword, const QString& officer, const QByteArray& officerPassword,
        const Clock& clock = Clock::system());

    const User& me() const { return m_s.me; }
    const QString& path() const { return m_s.path; }
    const QString& facility() const { return m_s.facility; }
    QByteArray registerId() const { return m_s.registerId; }
    KdfProfile kdfProfile() const { return m_s.kdfProfile; }

    People& people() { return m_people; }
    const People& people() const { return m_people; }
    Items& items() { return m_items; }
    Custody& custody() { return m_custody; }
    const Custody& custody() const { return m_custody; }
    const Items& items() const { return m_items; }
    const PolicyPack& policy() const { return m_s.policy(); }
    Ledger& ledger() { return *m_s.ledger; }
    // Today where the register is (the clock's date; dates of clearances, briefings and due dates are compared to it).
    QDate today() const { return m_s.today(); }

    // The minutes of inactivity after which a window locks: a register setting (default 10, 1-1440) that the
    // officer sets with a signed event ("settings.changed"), not a file of the user's own.
    int idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes);

    // R-TRU-4: adopts a facility's policy pack (officers; a denial is recorded). The pack is validated first (a usage
    // error names the field, and nothing changes); then meta.policy_pack and the signed event "policy.adopted" with
    // its hash are written together, and the pack is in force from now on. Opening refuses a register whose pack is
    // not the one last adopted, and audit verify names it.
    Result<PolicyInForce> adoptPolicy(const QByteArray& packJson);
    // The pack in force, with the event that adopted it (every user; the event's number only for officers,
    // custodians and auditors, R-ACC-3).
    Result<PolicyInForce> policyInForce() const;

    // Full check: every page of the file, chain and signatures (all cores), then the copies' state rebuilt from
    // the events against the state tables. Officers, custodians and auditors (R-ACC-3: the figures are the whole
    // trail's).
    Result<VerifyReport> verify(const ChainVerifier::Progress& progress = {});
    // R-TRU-3: verify(), then proof that every event an earlier seal or export bundle covered is still in the ledger,
    // unchanged: the event at its last seq must have the hash it recorded (which commits to all before it). `anchor`
    // is the file's bytes: a seal (JSON) or a bundle. Integrity error when the file itself is not valid or belongs to
    // another register; a report naming the missing or changed event when the ledger was cut back or rewritten.
    Result<VerifyReport> verifySince(QIODevice& anchor, const ChainVerifier::Progress& progress = {});
    Result<VerifyReport> verifySince(const QByteArray& anchor, const ChainVerifier::Progress& progress = {});
    // A seal of the verified head, signed by the acting officer, custodian or auditor, for keeping offline. Fails
    // (Integrity) when the trail does not verify: one seals only what verifies. Records a checkpoint too.
    Result<Seal> seal();
    // R-TRU-3 (completeness): verify(), and when the trail verifies, checkpoint.signed right after the verified head,
    // signed by the acting officer, custodian or auditor — "I verified every event before this one". Taken at every
    // seal and export, and at the first login of one of them after a day without one (open()). The report, whether
    // or not it verified: no checkpoint when it did not, or when an event was added since it was verified.
    Result<VerifyReport> checkpoint(const ChainVerifier::Progress& progress = {});
    // The same for a head already verified (an export's verification), inside the caller's write (Session::write).
    Status appendCheckpoint(const VerifyReport& verified);
    // Issue 15, backup (officers; service/Backup.cpp): records "register.backed_up" first, then takes a consistent
    // copy of the register with SQLite's online backup and of its key ring under the key ring's lock, as DEST and
    // DEST.keys (temporary names in DEST's folder, fsynced, renamed into place), after opening the copy with the
    // register key and verifying it in full with verify(). Never overwrites: Conflict when DEST or DEST.keys exists.
    // On any failure the partial copy is removed (the event stays, as the record of an attempt that left no file).
    Result<BackupResult> backup(const QString& dest, const ChainVerifier::Progress& progress = {});
    // Issue 15, restore (service/Backup.cpp): opens a copy of the backup with an officer's slot in the backup's own
    // key ring, verifies its ledger in full, and against a seal or export bundle (request.against) says which events
    // it lacks (missingFrom..missingTo) — all before anything at toPath changes. A register already at toPath is
    // refused (Conflict, naming what the backup lacks) unless request.replace, and then it is moved aside to
    // toPath.replaced-TIME (with its key ring), never deleted. The restored register records "register.restored",
    // signed by the officer. Integrity error when the backup does not verify or is not the trail the seal recorded.
    static Result<RestoreResult> restore(const RestoreRequest& request, const Clock& clock = Clock::system());
    // The audit trail (officers and auditors).
    Result<QList<Event>> auditLog(const Ledger::Filter& filter);
    // What a lookup miss (an item or copy not found, or not seen) asked for and why it was refused: for the officers
    // and auditors it was sealed to (Session::lookupMiss).
    std::optional<QJsonObject> openLookupMiss(const Event& e) const;

    // Locking wipes every key from memory and closes the database; unlocking opens the slot again.
    void lock();
    bool isLocked() const { return !m_s.isOpen(); }
    Status unlock(const QByteArray& password);

private:
    // The session holds the register key, the signing key and the database: only core's own report code, the tests
    // and the benchmark reach it, through coreSession (service/CoreSession.h), never the GUI or the CLI (R-TRU-5).
    friend struct CoreAccess;
    Register();
    static Result<std::unique_ptr<Register>> openWithSecrets(
        const QString& path, const QString& login, SlotSecrets secrets, const Clock& clock);
    Status recordPendingFailures();
    // checkpoint() at the login of an officer, custodian or auditor when the last one (or the creation) is a day old.
    Status dailyCheckpoint();
    static constexpr qint64 kCheckpointEverySeconds = 24 * 60 * 60;
    // A register under older ledger rules moves to the current ones by an event its officer signs.
    static Status requireCurrentRules(Session& s);
    // The head an earlier seal or export bundle recorded (verifySince, restore).
    struct Anchor {
        qint64 seq = 0;
        QByteArray hash;
        QString source;
    };
    Result<Anchor> readAnchor(QIODevice& anchor) const;
    // The full verification of an open copy of this register (a backup just taken); Integrity error unless it
    // verifies and holds the event at seq with that hash.
    Status verifyCopy(const QString& copyPath, qint64 seq, const QByteArray& hash, BackupResult& out,
        const ChainVerifier::Progress& progress);

    Session m_s;
    People m_people;
    Items m_items;
    Custody m_custody;
};

struct CreatedRegister {
    std::unique_ptr<Register> reg;
    QString recoveryCode;
};

} // namespace kanribo
