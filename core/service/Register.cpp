// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Register.h"

#include "ledger/LedgerState.h"
#include "report/ExportBundle.h"
#include "service/Compartments.h"
#include "service/EventSight.h"
#include "service/RecordTables.h"
#include "store/Migrations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Register)
};

Status setMeta(Database& db, const QString& key, const QString& value)
{
    return db.run(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"), key, value);
}

Result<QString> getMeta(Database& db, const QString& key)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st)
        return st.error();
    st->bind(1, key);
    auto r = st->next();
    if (!r)
        return r.error();
    return *r ? st->text(0) : QString();
}

const QString kPolicyPackKey = QStringLiteral("policy_pack");

// R-TRU-4: the hash of the pack in meta.policy_pack, as stored; empty when the register has none of its own.
Result<QString> storedPolicyHash(Database& db)
{
    auto pack = getMeta(db, kPolicyPackKey);
    if (!pack)
        return pack.error();
    return pack->isEmpty() ? QString() : PolicyPack::hashOf(pack->toUtf8());
}

// R-TRU-4: a register's own pack is in force only as the last pack an officer adopted with a signed event (its hash
// is that event's "sha"), and a register that adopted one cannot lose it. Who signed the event, with what authority,
// is for audit verify's replay (R-TRU-2); this is the check every login makes.
Status requirePolicyOnRecord(Database& db, const Ledger& ledger)
{
    auto stored = storedPolicyHash(db);
    if (!stored)
        return stored.error();
    auto adopted = ledger.lastOfKind(QStringLiteral("policy.adopted"));
    if (!adopted)
        return adopted.error();
    const QString recorded = *adopted ? (*adopted)->payloadObject().value(QStringLiteral("sha")).toString() : QString();
    if (*stored == recorded)
        return {};
    if (stored->isEmpty())
        return makeError(ErrorCode::Integrity,
            Tr::tr("The policy pack adopted by event %1 has been removed from the register outside Kanribo. "
                   "The register is not opened.")
                .arg((*adopted)->seq));
    return makeError(ErrorCode::Integrity,
        Tr::tr("The policy pack in use in this register was not adopted by a signed event (policy.adopted): it was "
               "written into the register outside Kanribo. The register is not opened."));
}

// The ledger rules a register is under (LedgerState::rules()): from its genesis, or the last register.migrated.
Result<int> ledgerRules(const Ledger& ledger)
{
    auto migrated = ledger.lastOfKind(QStringLiteral("register.migrated"));
    if (!migrated)
        return migrated.error();
    auto genesis = ledger.event(1);
    if (!genesis)
        return genesis.error();
    int rules = *genesis ? (*genesis)->payloadObject().value(QStringLiteral("ledger_rules")).toInt(1) : 1;
    if (*migrated)
        rules = std::max(rules, (*migrated)->payloadObject().value(QStringLiteral("ledger_rules")).toInt(1));
    return rules;
}

// A register begun under older ledger rules moves to the current ones by an event its officer signs (the first
// officer session that opens it): from then on the old forms (a reset signed by the recovery key alone) are refused.
Status requireCurrentLedgerRules(Session& s)
{
    if (s.me.role != Role::Officer || s.signer.login() == LedgerState::recoveryLogin())
        return {};
    auto rules = ledgerRules(*s.ledger);
    if (!rules)
        return rules.error();
    if (*rules >= LedgerState::kCurrentRules)
        return {};
    return s.write([&]() -> Status {
        auto ev = s.record({ QStringLiteral("register.migrated"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("ledger_rules"), LedgerState::kCurrentRules },
                { QStringLiteral("from_rules"), *rules } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

void removeRegisterFiles(const QString& path)
{
    for (const auto& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}

// A register is written by every login (failed logins, the ledger), so one on read-only media or with read-only
// files cannot be opened: one clear error before anything is tried (root passes access(); read-only media do not).
Status requireExistingAndWritable(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("The register %1 does not exist.").arg(path));
    const QFileInfo keys(Register::keyRingPathFor(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable() || !file.isWritable() || (keys.exists() && !keys.isWritable()))
        return makeError(ErrorCode::Io,
            Tr::tr("The register %1 cannot be written: it is on read-only media or its "
                   "folder or files are read-only. Kanribo records every login in it; "
                   "copy the register and its key ring to a writable folder.")
                .arg(path));
    return {};
}

QJsonObject userKeysJson(const QString& login, const QByteArray& signPk, const QByteArray& boxPk)
{
    return QJsonObject { { QStringLiteral("login"), login },
        { QStringLiteral("sign_pk"), QString::fromLatin1(signPk.toHex()) },
        { QStringLiteral("box_pk"), QString::fromLatin1(boxPk.toHex()) } };
}
} // namespace

Status Register::requireCurrentRules(Session& s)
{
    return requireCurrentLedgerRules(s);
}

Register::Register()
    : m_people(m_s)
    , m_items(m_s)
    , m_custody(m_s, m_items)
{
}

Register::~Register()
{
    m_s.wipe();
}

QString Register::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("register.kanribo"));
}

Result<CreatedRegister> Register::create(const QString& path, const NewUser& officer, const QByteArray& password,
    const RegisterOptions& options, const Clock& clock)
{
    if (!cryptoInit())
        return makeError(ErrorCode::Io, Tr::tr("The cryptography library cannot be initialised."));
    KANRIBO_TRY(People::validateNewUser(officer));
    KANRIBO_TRY(People::validatePassword(password, { officer.login, officer.name, options.facility }));
    if (officer.role != Role::Officer)
        return makeError(ErrorCode::Usage, Tr::tr("The first user of a register must be a security officer."));
    if (options.facility.size() > 200)
        return makeError(ErrorCode::Usage, Tr::tr("The facility name is too long (200 characters at most)."));
    const QString keysPath = keyRingPathFor(path);
    if (QFile::exists(path) || QFile::exists(keysPath))
        return makeError(ErrorCode::Conflict, Tr::tr("A register already exists at %1.").arg(path));
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the folder %1.").arg(fi.absolutePath()));

    QByteArray registerId(16, Qt::Uninitialized);
    {
        SecureBuffer rid = SecureBuffer::random(16);
        registerId = QByteArray(reinterpret_cast<const char*>(rid.data()), 16);
    }
    SecureBuffer registerKey = SecureBuffer::random(32);
    Signer officerSigner = Signer::generate(officer.login);
    BoxKeyPair officerBox = BoxKeyPair::generate();
    Signer recoverySigner = Signer::generate(KeyRing::recoveryLogin());
    BoxKeyPair recoveryBox = BoxKeyPair::generate();
    const QString recoveryCode = generateRecoveryCode();

    KeyRing ring(registerId);
    ring.setLockout(options.maxFailures, options.lockSeconds);
    const auto copy = [](const SecureBuffer& b) { return SecureBuffer::copyOf(b.data(), b.size()); };
    KANRIBO_TRY(ring.setSlot(officer.login, password,
        { copy(registerKey), copy(officerSigner.secretKey()), copy(officerBox.secretKey) },
        KdfParams::forProfile(options.kdf)));
    KANRIBO_TRY(ring.setSlot(KeyRing::recoveryLogin(), normaliseRecoveryCode(recoveryCode),
        { copy(registerKey), copy(recoverySigner.secretKey()), copy(recoveryBox.secretKey) },
        KdfParams::forProfile(options.kdf)));

    const Status built = [&]() -> Status {
        auto db = Database::open(path, &registerKey, true);
        if (!db)
            return db.error();
        Transaction tx(**db);
        KANRIBO_TRY(tx.begin());
        KANRIBO_TRY(Migrations::migrate(**db));
        KANRIBO_TRY(setMeta(**db, QStringLiteral("register_id"), QString::fromLatin1(registerId.toHex())));
        KANRIBO_TRY(setMeta(**db, QStringLiteral("facility"), options.facility));
        KANRIBO_TRY(setMeta(**db, QStringLiteral("facility_nationality"), officer.nationality));
        KANRIBO_TRY(setMeta(**db, QStringLiteral("kdf"), kdfProfileName(options.kdf)));
        KANRIBO_TRY(setMeta(**db, QStringLiteral("created_at"), formatTimestamp(clock.nowUtc())));
        auto ins = (*db)->prepare(QStringLiteral(
            "INSERT INTO users(login, name, role, clearance, clearance_granted, clearance_expires, nationality, "
            "briefed, active, sign_pk, box_pk, created_at) VALUES(?,?,'officer',?,?,?,?,?,1,?,?,?)"));
        if (!ins)
            return ins.error();
        const QDate today = clock.nowUtc().date();
        ins->bind(1, officer.login)
            .bind(2, officer.name.trimmed())
            .bind(3, rank(officer.clearance))
            .bind(4, formatDate(today))
            .bindOptional(5, formatDate(officer.clearanceExpires))
            .bind(6, officer.nationality)
            .bind(7, formatDate(officer.briefed.isValid() ? officer.briefed : today))
            .bind(8, officerSigner.publicKey())
            .bind(9, officerBox.publicKey)
            .bind(10, formatTimestamp(clock.nowUtc()));
        KANRIBO_TRY(ins->run());
        Ledger ledger(**db, clock, registerId);
        QJsonObject officerJson = userKeysJson(officer.login, officerSigner.publicKey(), officerBox.publicKey);
        officerJson.insert(QStringLiteral("name"), officer.name.trimmed());
        officerJson.insert(QStringLiteral("clearance"), levelName(officer.clearance));
        officerJson.insert(QStringLiteral("nationality"), officer.nationality);
        officerJson.insert(QStringLiteral("clearance_granted"), formatDate(today));
        officerJson.insert(QStringLiteral("clearance_expires"), formatDate(officer.clearanceExpires));
        officerJson.insert(QStringLiteral("briefed"), formatDate(officer.briefed.isValid() ? officer.briefed : today));
        auto ev = ledger.append(officerSigner,
            { QStringLiteral("register.created"), QStringLiteral("register"),
                QJsonObject { { QStringLiteral("register_id"), QString::fromLatin1(registerId.toHex()) },
                    { QStringLiteral("facility"), options.facility },
                    { QStringLiteral("format"), Migrations::latestVersion() },
                    { QStringLiteral("ledger_rules"), LedgerState::kCurrentRules },
                    { QStringLiteral("kdf"), kdfProfileName(options.kdf) }, { QStringLiteral("officer"), officerJson },
                    { QStringLiteral("recovery"),
                        userKeysJson(
                            KeyRing::recoveryLogin(), recoverySigner.publicKey(), recoveryBox.publicKey) } } });
        if (!ev)
            return ev.error();
        KANRIBO_TRY(
            setMeta(**db, QStringLiteral("recovery_box_pk"), QString::fromLatin1(recoveryBox.publicKey.toHex())));
        KANRIBO_TRY(tx.commit());
        return ring.save(keysPath);
    }();
    if (!built) {
        removeRegisterFiles(path);
        QFile::remove(keysPath);
        return built.error();
    }
    SlotSecrets secrets { std::move(registerKey), copy(officerSigner.secretKey()), std::move(officerBox.secretKey) };
    auto reg = openWithSecrets(path, officer.login, std::move(secrets), clock);
    if (!reg)
        return reg.error();
    KANRIBO_TRY(Compartments((*reg)->m_s).sync()); // R-TRU-5: the levels' first keys
    return CreatedRegister { std::move(reg).value(), recoveryCode };
}

Result<std::unique_ptr<Register>> Register::open(
    const QString& path, const QString& login, const QByteArray& password, const Clock& clock)
{
    if (!cryptoInit())
        return makeError(ErrorCode::Io, Tr::tr("The cryptography library cannot be initialised."));
    KANRIBO_TRY(requireExistingAndWritable(path));
    // R-TRU-6: the recovery code restores a named user's access (recoverAccess); it is never a login.
    if (login == KeyRing::recoveryLogin())
        return makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."));
    auto secrets = openSlotWithLockout(keyRingPathFor(path), login, password, clock);
    if (!secrets)
        return secrets.error();
    auto reg = openWithSecrets(path, login, std::move(secrets).value(), clock);
    if (!reg)
        return reg.error();
    KANRIBO_TRY((*reg)->recordPendingFailures());
    KANRIBO_TRY(requireCurrentLedgerRules((*reg)->m_s));
    KANRIBO_TRY(Compartments((*reg)->m_s).sync());
    KANRIBO_TRY((*reg)->dailyCheckpoint());
    return reg;
}

Result<std::unique_ptr<Register>> Register::openWithSecrets(
    const QString& path, const QString& login, SlotSecrets secrets, const Clock& clock)
{
    auto ring = KeyRing::load(keyRingPathFor(path));
    if (!ring)
        return ring.error();
    std::unique_ptr<Register> reg(new Register);
    Session& s = reg->m_s;
    s.path = path;
    s.keyRingPath = keyRingPathFor(path);
    s.clock = &clock;
    auto db = Database::open(path, &secrets.registerKey, false);
    if (!db)
        return db.error();
    s.db = std::move(db).value();
    {
        Transaction tx(*s.db);
        KANRIBO_TRY(tx.begin());
        KANRIBO_TRY(Migrations::migrate(*s.db));
        KANRIBO_TRY(tx.commit());
    }
    auto rid = getMeta(*s.db, QStringLiteral("register_id"));
    if (!rid)
        return rid.error();
    s.registerId = QByteArray::fromHex(rid->toLatin1());
    if (s.registerId != ring->registerId())
        return makeError(ErrorCode::Integrity, Tr::tr("The key ring does not belong to this register."));
    auto facility = getMeta(*s.db, QStringLiteral("facility"));
    s.facility = facility ? *facility : QString();
    auto nationality = getMeta(*s.db, QStringLiteral("facility_nationality"));
    s.facilityNationality = nationality ? *nationality : QString();
    auto kdf = getMeta(*s.db, QStringLiteral("kdf"));
    s.kdfProfile = kdfProfileFromName(kdf ? *kdf : QString()).value_or(KdfProfile::Moderate);
    if (kdf && *kdf == kdfProfileName(KdfProfile::Fast))
        s.kdfProfile = KdfProfile::Fast;
    s.ledger = std::make_unique<Ledger>(*s.db, clock, s.registerId);
    KANRIBO_TRY(requirePolicyOnRecord(*s.db, *s.ledger));
    auto pack = getMeta(*s.db, kPolicyPackKey);
    if (!pack)
        return pack.error();
    if (!pack->isEmpty()) {
        auto parsed = PolicyPack::parse(pack->toUtf8());
        if (!parsed)
            return parsed.error();
        s.ownPolicy = std::move(parsed).value();
    }
    if (login == KeyRing::recoveryLogin()) {
        s.me.login = login;
        s.me.name = Tr::tr("Recovery");
        s.me.role = Role::Officer;
        s.me.clearance = Level::TopSecret;
        s.me.boxPublicKey = boxPublicKeyOf(secrets.boxSecret);
    } else {
        auto me = loadUser(*s.db, login);
        if (!me)
            return me.error().code == ErrorCode::NotFound
                ? makeError(ErrorCode::Auth, Tr::tr("Unknown login or wrong password."))
                : me.error();
        if (!me->active)
            return makeError(ErrorCode::Auth, Tr::tr("The account %1 is disabled.").arg(login));
        s.me = std::move(me).value();
    }
    s.signer = Signer(login, std::move(secrets.signSecret));
    if (login != KeyRing::recoveryLogin() && s.signer.publicKey() != s.me.signPublicKey)
        return makeError(
            ErrorCode::Integrity, Tr::tr("The key ring and the register disagree about %1's key.").arg(login));
    s.boxSecret = std::move(secrets.boxSecret);
    s.registerKey = std::move(secrets.registerKey);
    KANRIBO_TRY(Compartments(s).openMine());
    return reg;
}

Status Register::recordPendingFailures()
{
    QList<FailedLogin> pending;
    {
        auto ring = KeyRing::load(m_s.keyRingPath);
        if (!ring)
            return ring.error();
        pending = ring->pendingFailures();
    }
    if (pending.isEmpty())
        return {};
    QJsonArray list;
    for (const auto& f : pending)
        list.append(
            QJsonObject { { QStringLiteral("login"), f.login }, { QStringLiteral("at"), formatTimestamp(f.at) } });
    KANRIBO_TRY(m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("auth.failed_logins"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("failures"), list } } });
        return ev ? Status {} : Status { ev.error() };
    }));
    // Only the failures now in the ledger are removed; one that arrived meanwhile stays for the next login.
    return m_s.updateKeyRing([&](KeyRing& ring) -> Status {
        ring.pendingFailures().removeIf([&](const FailedLogin& f) {
            for (const auto& p : pending)
                if (p.login == f.login && p.at == f.at)
                    return true;
            return false;
        });
        return {};
    });
}

Status Register::recoverAccess(const QString& path, const QString& recoveryCode, const QString& login,
    const QByteArray& newPassword, const QString& officer, const QByteArray& officerPassword, const Clock& clock)
{
    if (!cryptoInit())
        return makeError(ErrorCode::Io, Tr::tr("The cryptography library cannot be initialised."));
    KANRIBO_TRY(People::validatePassword(newPassword, { login }));
    KANRIBO_TRY(requireExistingAndWritable(path));
    if (officer == login)
        return makeError(ErrorCode::Denied, Tr::tr("An officer other than %1 must be present and sign.").arg(login),
            { Reason::of(QStringLiteral("break-glass-second-person")) });
    auto secrets = openSlotWithLockout(
        keyRingPathFor(path), KeyRing::recoveryLogin(), normaliseRecoveryCode(recoveryCode), clock);
    if (!secrets) {
        if (secrets.error().code != ErrorCode::Auth || secrets.error().retryAfterSeconds > 0)
            return secrets.error();
        return makeError(ErrorCode::Auth, Tr::tr("The recovery code is not correct."));
    }
    // The session holds the recovery key's escrow (its box key opens every content key sealed to the recovery slot);
    // everything it records is signed by the officer present.
    auto reg = openWithSecrets(path, KeyRing::recoveryLogin(), std::move(secrets).value(), clock);
    if (!reg)
        return reg.error();
    Session& s = (*reg)->m_s;
    auto user = loadUser(*s.db, login);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::Conflict, Tr::tr("The account %1 is disabled.").arg(login));
    KANRIBO_TRY(People::validatePassword(newPassword, { login, user->name, s.facility })); // now that they are known
    auto users = loadUsers(*s.db);
    if (!users)
        return users.error();
    Signer sig = Signer::generate(login);
    BoxKeyPair box = BoxKeyPair::generate();
    SlotSecrets fresh { SecureBuffer::copyOf(s.registerKey.data(), s.registerKey.size()),
        SecureBuffer::copyOf(sig.secretKey().data(), sig.secretKey().size()), std::move(box.secretKey) };
    Signer witness;
    if (officer.isEmpty()) {
        // Only the register's only active officer recovers without a second person.
        const bool anotherOfficer = std::any_of(users->cbegin(), users->cend(),
            [&](const User& u) { return u.active && u.role == Role::Officer && u.login != login; });
        if (anotherOfficer || user->role != Role::Officer)
            return makeError(ErrorCode::Denied,
                Tr::tr("An officer must be present and sign the recovery of %1's access.").arg(login),
                { Reason::of(QStringLiteral("break-glass-second-person")) });
        // The only officer: nobody else could sign, so the officer signs with the new key (recorded as such).
        witness = Signer(login, SecureBuffer::copyOf(sig.secretKey().data(), sig.secretKey().size()));
    } else {
        auto present = std::find_if(
            users->cbegin(), users->cend(), [&](const User& u) { return u.login == officer && u.active; });
        if (present == users->cend() || present->role != Role::Officer)
            return makeError(ErrorCode::Denied, Tr::tr("%1 is not an active security officer.").arg(officer),
                { Reason::of(QStringLiteral("break-glass-second-person")) });
        auto w = s.authenticateSecondPerson(officer, officerPassword);
        if (!w)
            return w.error();
        witness = std::move(w).value();
    }
    const Signer recoverySigner = std::exchange(s.signer, std::move(witness));
    KANRIBO_TRY(s.write([&]() -> Status {
        KANRIBO_TRY(s.db->run(QStringLiteral("UPDATE users SET sign_pk = ?, box_pk = ? WHERE login = ?"),
            sig.publicKey(), box.publicKey, login));
        // R-TRU-5: the escrow's compartment keys, sealed again to the new key (the old one opens nothing now).
        QJsonObject payload = userKeysJson(login, sig.publicKey(), box.publicKey);
        KANRIBO_ASSIGN(const QJsonArray resealed, Compartments(s).resealFor(*user, box.publicKey));
        if (!resealed.isEmpty())
            payload.insert(QStringLiteral("compartment_keys"), resealed);
        auto ev = s.record(
            { QStringLiteral("user.keys_reset"), QStringLiteral("user:") + login, payload }, { &recoverySigner });
        if (!ev)
            return ev.error();
        // Content keys sealed to the old key are useless now; the escrow re-seals them below.
        return s.db->run(QStringLiteral("DELETE FROM content_keys WHERE login = ?"), login);
    }));
    // The recovery slot holds a sealed copy of every content key: re-seal for the user where they may open it.
    KANRIBO_TRY((*reg)->items().refreshContentKeys());
    KANRIBO_TRY(requireCurrentLedgerRules(s));
    const KdfParams kdf = KdfParams::forProfile(s.kdfProfile);
    return s.updateKeyRing([&](KeyRing& ring) -> Status {
        if (KeySlot* slot = ring.slot(login)) {
            slot->failures = 0;
            slot->lockedUntil = QDateTime();
        }
        return ring.setSlot(login, newPassword, fresh, kdf);
    });
}

Result<VerifyReport> Register::verify(const ChainVerifier::Progress& progress)
{
    if (isLocked())
        return makeError(ErrorCode::Auth, Tr::tr("The register is locked."));
    // R-ACC-3: the whole trail's figures (event count, the first bad event) are for those who keep or inspect the
    // accounts; a staff user learns nothing from counts that move with hidden activity.
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian, Role::Auditor }, QStringLiteral("audit.verify"), QStringLiteral("register")));
    // Every page of the file first: SQLCipher checks each page's HMAC as it reads it.
    {
        auto st = m_s.db->prepare(QStringLiteral("PRAGMA quick_check"));
        if (!st)
            return st.error();
        auto r = st->next();
        if (!r || !*r || st->text(0) != QLatin1String("ok")) {
            VerifyReport bad;
            bad.ok = false;
            bad.reason = r ? Tr::tr("the register file is damaged: %1").arg(st->text(0)) : r.error().message;
            return bad;
        }
    }
    LedgerState replayed;
    auto chain = verifyLedger(*m_s.ledger, m_s.registerId, progress, &replayed);
    if (!chain || !chain->ok)
        return chain;
    const auto failed = [&](qint64 firstBad, const QString& reason) {
        VerifyReport bad = *chain;
        bad.ok = false;
        bad.firstBad = firstBad;
        bad.reason = reason;
        return bad;
    };
    // R-TRU-1: the people, their groups and keys, the groups, the containers and the settings are what the ledger
    // says; R-TRU-4: so is the policy pack in force; then every copy's state, every item, and every record table
    // that keeps one row per event.
    auto pack = storedPolicyHash(*m_s.db);
    if (!pack)
        return pack.error();
    if (*pack != replayed.policyHash())
        return failed(0,
            Tr::tr("table meta, row policy_pack: the policy pack in use is not the one last adopted by a signed event "
                   "(policy.adopted)"));
    using Compare = std::function<Result<VerifyReport>()>;
    for (const Compare& compare : { Compare([&] { return m_people.compareWithLedger(replayed); }),
             Compare([&] { return m_custody.compareStateWithLedger(); }),
             Compare([&] { return m_items.compareWithLedger(); }),
             Compare([&] { return Compartments(m_s).compareWithLedger(replayed); }),
             Compare([&] { return compareRecordTables(*m_s.db); }) }) {
        auto state = compare();
        if (!state)
            return state.error();
        if (!state->ok)
            return failed(state->firstBad, state->reason);
    }
    return chain;
}

Result<VerifyReport> Register::verifySince(const QByteArray& anchor, const ChainVerifier::Progress& progress)
{
    QBuffer in;
    in.setData(anchor);
    in.open(QIODevice::ReadOnly);
    return verifySince(in, progress);
}

Result<Register::Anchor> Register::readAnchor(QIODevice& anchor) const
{
    Anchor out;
    if (Seal::looksLikeSeal(anchor.peek(64))) {
        const QByteArray json = anchor.read(64 * 1024); // a seal is a few hundred bytes
        auto seal = Seal::parse(json);
        if (!seal)
            return seal.error();
        if (seal->registerId != m_s.registerId)
            return makeError(ErrorCode::Integrity, Tr::tr("The seal belongs to another register."));
        out.seq = seal->seq;
        out.hash = seal->hash;
        out.source = Tr::tr("the seal of %1 by %2").arg(formatTimestamp(seal->sealedAt), seal->signer);
    } else {
        const BundleCheck bundle = verifyBundle(anchor); // streamed: a bundle of a million events is ~400 MB
        if (!bundle.ok)
            return makeError(ErrorCode::Integrity, Tr::tr("The export bundle does not verify: %1").arg(bundle.reason));
        if (QByteArray::fromHex(bundle.registerId.toLatin1()) != m_s.registerId)
            return makeError(ErrorCode::Integrity, Tr::tr("The export bundle belongs to another register."));
        out.seq = bundle.lastSeq;
        out.hash = QByteArray::fromHex(bundle.lastHash.toLatin1());
        out.source = Tr::tr("the export bundle signed by %1").arg(bundle.signer);
    }
    return out;
}

Result<VerifyReport> Register::verifySince(QIODevice& anchor, const ChainVerifier::Progress& progress)
{
    // What the earlier file says the head was.
    auto earlier = readAnchor(anchor);
    if (!earlier)
        return earlier.error();
    const qint64 seq = earlier->seq;
    const QByteArray& hash = earlier->hash;
    const QString& source = earlier->source;
    auto report = verify(progress);
    if (!report || !report->ok)
        return report;
    VerifyReport bad = *report;
    bad.ok = false;
    bad.firstBad = seq;
    if (report->events < seq) {
        bad.reason = Tr::tr("the trail ends at event %1, but %2 covered events up to %3: recorded events were removed")
                         .arg(report->events)
                         .arg(source)
                         .arg(seq);
        return bad;
    }
    auto event = m_s.ledger->event(seq);
    if (!event)
        return event.error();
    if (!*event || (*event)->hash != hash) {
        bad.reason = Tr::tr("event %1 is not the one %2 recorded: the trail was rewritten from there or before")
                         .arg(seq)
                         .arg(source);
        return bad;
    }
    return report;
}

Result<VerifyReport> Register::checkpoint(const ChainVerifier::Progress& progress)
{
    auto report = verify(progress);
    if (!report || !report->ok)
        return report;
    KANRIBO_TRY(m_s.write([&] { return appendCheckpoint(*report); }));
    return report;
}

Status Register::appendCheckpoint(const VerifyReport& verified)
{
    if (!verified.ok || verified.events < 1)
        return {};
    if (m_s.me.role != Role::Officer && m_s.me.role != Role::Custodian && m_s.me.role != Role::Auditor)
        return makeError(ErrorCode::Denied, Tr::tr("Only officers, custodians and auditors sign checkpoints."));
    auto head = m_s.ledger->headSeq();
    if (!head)
        return head.error();
    if (*head != verified.events) // an event came in since: the next checkpoint covers it
        return {};
    auto ev = m_s.record({ QStringLiteral("checkpoint.signed"), QStringLiteral("register"),
        QJsonObject { { QStringLiteral("seq"), verified.events },
            { QStringLiteral("hash"), QString::fromLatin1(verified.head.toHex()) } } });
    return ev ? Status {} : Status { ev.error() };
}

Status Register::dailyCheckpoint()
{
    if (m_s.me.role != Role::Officer && m_s.me.role != Role::Custodian && m_s.me.role != Role::Auditor)
        return {};
    // The last checkpoint, or the register's creation: a register used every day is checkpointed every day.
    auto last = m_s.ledger->lastOfKind(QStringLiteral("checkpoint.signed"));
    if (!last)
        return last.error();
    auto since = *last ? std::move(last) : m_s.ledger->event(1);
    if (!since)
        return since.error();
    if (*since && (*since)->time.addSecs(kCheckpointEverySeconds) > m_s.now())
        return {};
    auto report = checkpoint();
    // A trail that does not verify is no reason to refuse the login: audit verify names what fails.
    return report || report.error().code == ErrorCode::Integrity ? Status {} : Status { report.error() };
}

Result<Seal> Register::seal()
{
    auto report = checkpoint();
    if (!report)
        return report.error();
    if (!report->ok)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The audit trail does not verify: event %1 fails: %2").arg(report->firstBad).arg(report->reason));
    return Seal::make(m_s.registerId, report->events, report->head, m_s.now(), m_s.signer);
}

Result<QList<Event>> Register::auditLog(const Ledger::Filter& filter)
{
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer, Role::Auditor }, QStringLiteral("audit.log"), QStringLiteral("register")));
    // R-ACC-3: the events the acting officer or auditor may see, details withheld where the item is seen only in the
    // accountability view.
    auto sight = EventSight::forReader(m_s, m_s.me);
    if (!sight)
        return sight.error();
    // A page holds `limit` events the reader sees: events hidden from him do not shorten it (a short page means the
    // end of the trail to the caller).
    Ledger::Filter all = filter;
    all.limit = -1;
    QList<Event> out;
    KANRIBO_TRY(m_s.ledger->forEach(all, [&](const Event& e) {
        if (auto seen = sight->view(e))
            out << *seen;
        return filter.limit < 0 || out.size() < filter.limit;
    }));
    return out;
}

namespace
{
const QString kIdleLockKey = QStringLiteral("setting.idle_lock_minutes");
constexpr int kIdleLockDefault = 10;
} // namespace

int Register::idleLockMinutes() const
{
    if (!m_s.isOpen())
        return kIdleLockDefault;
    auto v = getMeta(*m_s.db, kIdleLockKey);
    bool ok = false;
    const int minutes = v ? v->toInt(&ok) : 0;
    return ok && minutes >= 1 && minutes <= 24 * 60 ? minutes : kIdleLockDefault;
}

Status Register::setIdleLockMinutes(int minutes)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("settings.change"), QStringLiteral("register")));
    if (minutes < 1 || minutes > 24 * 60)
        return makeError(ErrorCode::Usage, Tr::tr("The idle lock time must be between 1 and 1440 minutes."));
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(setMeta(*m_s.db, kIdleLockKey, QString::number(minutes)));
        auto ev = m_s.record({ QStringLiteral("settings.changed"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("key"), QStringLiteral("idle_lock_minutes") },
                { QStringLiteral("value"), minutes } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Result<PolicyInForce> Register::adoptPolicy(const QByteArray& packJson)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("policy.adopt"), QStringLiteral("register")));
    if (packJson.size() > PolicyPack::kMaxBytes)
        return makeError(ErrorCode::Usage, Tr::tr("The policy pack is too large (4 MiB at most)."));
    // The pack is kept as text in meta.policy_pack: what is hashed and validated are the bytes read back at open.
    const QString text = QString::fromUtf8(packJson);
    if (text.toUtf8() != packJson)
        return makeError(ErrorCode::Usage, Tr::tr("The policy pack is not UTF-8 text."));
    auto parsed = PolicyPack::parse(packJson);
    if (!parsed) {
        Error e = parsed.error();
        e.code = ErrorCode::Usage; // a pack offered for adoption is input, not the register's integrity
        return e;
    }
    PolicyInForce out;
    out.id = parsed->id();
    out.version = parsed->packVersion();
    out.sha = PolicyPack::hashOf(packJson);
    out.builtin = false;
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(setMeta(*m_s.db, kPolicyPackKey, text));
        auto ev = m_s.record({ QStringLiteral("policy.adopted"), QStringLiteral("register"),
            QJsonObject { { QStringLiteral("sha"), out.sha }, { QStringLiteral("id"), out.id },
                { QStringLiteral("version"), out.version } } });
        if (!ev)
            return ev.error();
        out.seq = ev->seq;
        out.at = ev->time;
        out.by = ev->actor;
        return {};
    }));
    m_s.ownPolicy = std::move(parsed).value();
    return out;
}

Result<PolicyInForce> Register::policyInForce() const
{
    KANRIBO_TRY(m_s.requireOpen());
    const PolicyPack& pack = m_s.policy();
    PolicyInForce out;
    out.id = pack.id();
    out.version = pack.packVersion();
    out.sha = PolicyPack::hashOf(pack.source());
    out.builtin = !m_s.ownPolicy.has_value();
    if (out.builtin)
        return out;
    auto adopted = m_s.ledger->lastOfKind(QStringLiteral("policy.adopted"));
    if (!adopted)
        return adopted.error();
    if (*adopted) {
        const Event& e = **adopted;
        out.at = e.time;
        out.by = e.actor;
        // R-ACC-3: an event's number is one of the trail's figures, which move with activity a user may not see.
        const Role r = m_s.me.role;
        if (r == Role::Officer || r == Role::Custodian || r == Role::Auditor)
            out.seq = e.seq;
    }
    return out;
}

std::optional<QJsonObject> Register::openLookupMiss(const Event& e) const
{
    return m_s.openLookupMiss(e);
}

void Register::lock()
{
    m_s.wipe();
}

Status Register::unlock(const QByteArray& password)
{
    auto secrets = openSlotWithLockout(m_s.keyRingPath, m_s.me.login, password, *m_s.clock);
    if (!secrets)
        return secrets.error();
    auto fresh = openWithSecrets(m_s.path, m_s.me.login, std::move(secrets).value(), *m_s.clock);
    if (!fresh)
        return fresh.error();
    Session& o = (*fresh)->m_s;
    m_s.db = std::move(o.db);
    m_s.ledger = std::move(o.ledger);
    m_s.signer = std::move(o.signer);
    m_s.boxSecret = std::move(o.boxSecret);
    m_s.registerKey = std::move(o.registerKey);
    m_s.compartmentSecrets = std::move(o.compartmentSecrets);
    m_s.me = o.me;
    m_s.ownPolicy = std::move(o.ownPolicy);
    return recordPendingFailures();
}

} // namespace kanribo
