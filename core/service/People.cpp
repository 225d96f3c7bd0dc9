// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/People.h"

#include "policy/PasswordPolicy.h"
#include "service/Compartments.h"
#include "service/Session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::People)
};

const char kUserColumns[] = "SELECT login, name, role, clearance, clearance_granted, clearance_expires, nationality, "
                            "briefed, active, sign_pk, box_pk, debriefed FROM users";

User readUser(const Statement& st)
{
    User u;
    u.login = st.text(0);
    u.name = st.text(1);
    u.role = roleFromName(st.text(2)).value_or(Role::Staff);
    u.clearance = levelFromRank(st.integer(3)).value_or(Level::Unclassified);
    u.clearanceGranted = QDate::fromString(st.text(4), Qt::ISODate);
    u.clearanceExpires = QDate::fromString(st.text(5), Qt::ISODate);
    u.nationality = st.text(6);
    u.briefed = QDate::fromString(st.text(7), Qt::ISODate);
    u.active = st.integer(8) != 0;
    u.signPublicKey = st.blob(9);
    u.boxPublicKey = st.blob(10);
    u.debriefed = QDate::fromString(st.text(11), Qt::ISODate);
    return u;
}

Status loadGroups(Database& db, User& u)
{
    KANRIBO_ASSIGN(
        auto st, db.query(QStringLiteral("SELECT grp FROM user_groups WHERE login = ? ORDER BY grp"), u.login));
    KANRIBO_ASSIGN(u.groups, st.collect<QString>([](const Statement& row) { return row.text(0); }));
    return {};
}

Container readContainer(const Statement& row)
{
    return Container { row.text(0), levelFromRank(row.integer(1)).value_or(Level::TopSecret), row.text(2) };
}

Error notFoundUser(const QString& login)
{
    return makeError(ErrorCode::NotFound, Tr::tr("No user with the login '%1'.").arg(login));
}
} // namespace

Result<User> loadUser(Database& db, const QString& login)
{
    KANRIBO_ASSIGN(auto st, db.query(QString::fromLatin1(kUserColumns) + QStringLiteral(" WHERE login = ?"), login));
    KANRIBO_ASSIGN(User u, st.one<User>([](const Statement& row) { return readUser(row); }, notFoundUser(login)));
    KANRIBO_TRY(loadGroups(db, u));
    return u;
}

Status People::validatePassword(const QByteArray& password, const QStringList& personal)
{
    // R-TRU-5: long enough, and not guessable from common passwords or the user's own words.
    const PasswordCheck c = checkPassword(password, personal);
    if (!c.ok())
        return makeError(ErrorCode::Usage, c.problem);
    return {};
}

Status People::validateNewUser(const NewUser& u)
{
    if (!isValidLogin(u.login))
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not a valid login: use 1–32 lower-case letters, digits, "
                   "'.', '_' or '-', starting with a letter.")
                .arg(u.login));
    if (u.name.trimmed().isEmpty() || u.name.size() > 200)
        return makeError(ErrorCode::Usage, Tr::tr("A name of 1–200 characters is required."));
    if (!isValidNationality(u.nationality))
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not a nationality: use an ISO 3166 alpha-3 code such as JPN or USA.").arg(u.nationality));
    for (const auto& g : u.groups)
        if (!isValidIdentifier(g))
            return makeError(ErrorCode::Usage, Tr::tr("'%1' is not a valid group name.").arg(g));
    return {};
}

Result<bool> People::groupExists(const QString& name) const
{
    KANRIBO_ASSIGN(auto st, m_s.db->query(QStringLiteral("SELECT 1 FROM ntk_groups WHERE name = ?"), name));
    return st.next();
}

Result<User> People::addUser(const NewUser& nu, const QByteArray& password)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("user.add"), QStringLiteral("user:") + nu.login));
    KANRIBO_TRY(validateNewUser(nu));
    KANRIBO_TRY(validatePassword(password, { nu.login, nu.name, m_s.facility }));
    {
        auto existing = loadUser(*m_s.db, nu.login);
        if (existing)
            return makeError(ErrorCode::Conflict, Tr::tr("The login '%1' exists already.").arg(nu.login));
    }
    for (const auto& g : nu.groups) {
        auto ex = groupExists(g);
        if (!ex)
            return ex.error();
        if (!*ex)
            return makeError(ErrorCode::NotFound, Tr::tr("No need-to-know group '%1'.").arg(g));
    }
    Signer sig = Signer::generate(nu.login);
    BoxKeyPair box = BoxKeyPair::generate();
    User u;
    u.login = nu.login;
    u.name = nu.name.trimmed();
    u.role = nu.role;
    u.clearance = nu.clearance;
    u.clearanceGranted = m_s.today();
    u.clearanceExpires = nu.clearanceExpires;
    u.nationality = nu.nationality;
    u.briefed = nu.briefed;
    u.groups = nu.groups;
    u.groups.sort();
    u.groups.removeDuplicates();
    u.signPublicKey = sig.publicKey();
    u.boxPublicKey = box.publicKey;

    // The slot is written first: a slot without a user cannot log in, a user without a slot could not either,
    // but a failed key-ring write must leave the database untouched.
    SlotSecrets secrets { SecureBuffer::copyOf(m_s.registerKey.data(), m_s.registerKey.size()),
        SecureBuffer::copyOf(sig.secretKey().data(), sig.secretKey().size()), std::move(box.secretKey) };
    const KdfParams kdf = KdfParams::forProfile(m_s.kdfProfile);
    KANRIBO_TRY(m_s.updateKeyRing([&](KeyRing& ring) -> Status {
        if (ring.hasSlot(u.login))
            return makeError(ErrorCode::Conflict, Tr::tr("The login '%1' exists already.").arg(u.login));
        return ring.setSlot(u.login, password, secrets, kdf);
    }));
    const Status st = m_s.write([&]() -> Status {
        auto ins = m_s.db->prepare(QStringLiteral(
            "INSERT INTO users(login, name, role, clearance, clearance_granted, clearance_expires, nationality, "
            "briefed, active, sign_pk, box_pk, created_at) VALUES(?,?,?,?,?,?,?,?,1,?,?,?)"));
        if (!ins)
            return ins.error();
        ins->bind(1, u.login)
            .bind(2, u.name)
            .bind(3, roleName(u.role))
            .bind(4, rank(u.clearance))
            .bindOptional(5, formatDate(u.clearanceGranted))
            .bindOptional(6, formatDate(u.clearanceExpires))
            .bind(7, u.nationality)
            .bindOptional(8, formatDate(u.briefed))
            .bind(9, u.signPublicKey)
            .bind(10, u.boxPublicKey)
            .bind(11, formatTimestamp(m_s.now()));
        KANRIBO_TRY(ins->run());
        for (const auto& g : u.groups) {
            KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO user_groups(login, grp) VALUES(?, ?)"), u.login, g));
        }
        auto ev = m_s.record({ QStringLiteral("user.added"), QStringLiteral("user:") + u.login,
            QJsonObject { { QStringLiteral("login"), u.login }, { QStringLiteral("name"), u.name },
                { QStringLiteral("role"), roleName(u.role) }, { QStringLiteral("clearance"), levelName(u.clearance) },
                { QStringLiteral("clearance_granted"), formatDate(u.clearanceGranted) },
                { QStringLiteral("clearance_expires"), formatDate(u.clearanceExpires) },
                { QStringLiteral("nationality"), u.nationality }, { QStringLiteral("briefed"), formatDate(u.briefed) },
                { QStringLiteral("groups"), QJsonArray::fromStringList(u.groups) },
                { QStringLiteral("sign_pk"), QString::fromLatin1(u.signPublicKey.toHex()) },
                { QStringLiteral("box_pk"), QString::fromLatin1(u.boxPublicKey.toHex()) } } });
        if (!ev)
            return ev.error();
        return Compartments(m_s).sync(); // R-TRU-5
    });
    if (!st) {
        (void)m_s.updateKeyRing([&](KeyRing& ring) -> Status {
            ring.removeSlot(u.login);
            return {};
        });
        return st.error();
    }
    return u;
}

Result<QList<User>> loadUsers(Database& db)
{
    auto st = db.prepare(QString::fromLatin1(kUserColumns) + QStringLiteral(" ORDER BY login"));
    if (!st)
        return st.error();
    auto out = st->collect<User>([](const Statement& row) { return readUser(row); });
    if (!out)
        return out.error();
    for (auto& u : *out)
        KANRIBO_TRY(loadGroups(db, u));
    return out;
}

Result<QList<User>> People::users() const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto all = loadUsers(*m_s.db);
    if (!all)
        return all.error();
    for (auto& u : *all)
        u = seenUser(u);
    return all;
}

Result<User> People::user(const QString& login) const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    return seenUser(*u);
}

User People::seenUser(const User& u) const
{
    if (m_s.me.role == Role::Officer || m_s.me.role == Role::Auditor || u.login == m_s.me.login)
        return u;
    User names;
    names.login = u.login;
    names.name = u.name;
    names.active = u.active;
    names.signPublicKey = u.signPublicKey;
    names.boxPublicKey = u.boxPublicKey;
    names.detailsWithheld = true;
    return names;
}

Status People::grantGroup(const QString& login, const QString& group)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("user.grant"), QStringLiteral("user:") + login));
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    auto ex = groupExists(group);
    if (!ex)
        return ex.error();
    if (!*ex)
        return makeError(ErrorCode::NotFound, Tr::tr("No need-to-know group '%1'.").arg(group));
    if (u->groups.contains(group))
        return makeError(ErrorCode::Conflict, Tr::tr("%1 is already in the group %2.").arg(login, group));
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO user_groups(login, grp) VALUES(?, ?)"), login, group));
        auto ev = m_s.record({ QStringLiteral("user.group_granted"), QStringLiteral("user:") + login,
            QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("group"), group } } });
        if (!ev)
            return ev.error();
        return Compartments(m_s).sync(); // R-TRU-5
    }));
    return login == m_s.me.login ? m_s.refreshMe() : Status {};
}

Status People::revokeGroup(const QString& login, const QString& group)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("user.revoke"), QStringLiteral("user:") + login));
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    if (!u->groups.contains(group))
        return makeError(ErrorCode::NotFound, Tr::tr("%1 is not in the group %2.").arg(login, group));
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM user_groups WHERE login = ? AND grp = ?"), login, group));
        auto ev = m_s.record({ QStringLiteral("user.group_revoked"), QStringLiteral("user:") + login,
            QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("group"), group } } });
        if (!ev)
            return ev.error();
        return Compartments(m_s).sync(); // R-TRU-5
    }));
    return login == m_s.me.login ? m_s.refreshMe() : Status {};
}

Status People::disableUser(const QString& login)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("user.disable"), QStringLiteral("user:") + login));
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    if (!u->active)
        return makeError(ErrorCode::Conflict, Tr::tr("The account %1 is already disabled.").arg(login));
    if (login == m_s.me.login)
        return makeError(ErrorCode::Conflict, Tr::tr("You cannot disable your own account."));
    KANRIBO_TRY(m_s.write([&] { return recordDisabled(login); }));
    return removeSlot(login);
}

Status People::recordDisabled(const QString& login)
{
    KANRIBO_TRY(m_s.db->run(QStringLiteral("UPDATE users SET active = 0 WHERE login = ?"), login));
    auto ev = m_s.record({ QStringLiteral("user.disabled"), QStringLiteral("user:") + login,
        QJsonObject { { QStringLiteral("login"), login } } });
    if (!ev)
        return ev.error();
    return Compartments(m_s).sync(); // R-TRU-5
}

Status People::removeSlot(const QString& login)
{
    // The account is already refused at login (inactive); removing the slot destroys its copy of the register key.
    return m_s.updateKeyRing([&](KeyRing& ring) -> Status {
        ring.removeSlot(login);
        return {};
    });
}

Status People::changePassword(const QByteArray& current, const QByteArray& next)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_TRY(validatePassword(next, { m_s.me.login, m_s.me.name, m_s.facility }));
    auto secrets = openSlotWithLockout(m_s.keyRingPath, m_s.me.login, current, *m_s.clock);
    if (!secrets)
        return secrets.error();
    const KdfParams kdf = KdfParams::forProfile(m_s.kdfProfile);
    KANRIBO_TRY(m_s.updateKeyRing([&](KeyRing& ring) { return ring.setSlot(m_s.me.login, next, *secrets, kdf); }));
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("user.password_changed"), QStringLiteral("user:") + m_s.me.login,
            QJsonObject { { QStringLiteral("login"), m_s.me.login },
                { QStringLiteral("kdf"), kdfProfileName(m_s.kdfProfile) } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Result<QList<User>> People::clearancesExpiring(int withinDays) const
{
    auto all = users();
    if (!all)
        return all.error();
    QList<User> out;
    const QDate limit = m_s.today().addDays(withinDays);
    for (const auto& u : *all) // only the records the acting user may read (users() withholds the others)
        if (u.active && !u.detailsWithheld && u.clearanceExpires.isValid() && u.clearanceExpires <= limit)
            out << u;
    return out;
}

Status People::addGroup(const QString& name, const QString& description)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("group.add"), QStringLiteral("group:") + name));
    if (!isValidIdentifier(name))
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not a valid group name: use letters, digits, '.', '_' or "
                   "'-' (up to 64).")
                .arg(name));
    auto ex = groupExists(name);
    if (!ex)
        return ex.error();
    if (*ex)
        return makeError(ErrorCode::Conflict, Tr::tr("The group '%1' exists already.").arg(name));
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(
            m_s.db->run(QStringLiteral("INSERT INTO ntk_groups(name, description) VALUES(?, ?)"), name, description));
        auto ev = m_s.record({ QStringLiteral("group.added"), QStringLiteral("group:") + name,
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description } } });
        if (!ev)
            return ev.error();
        return Compartments(m_s).sync(); // R-TRU-5
    });
}

Result<QList<Group>> People::groups() const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st, m_s.db->prepare(QStringLiteral("SELECT name, description FROM ntk_groups ORDER BY name")));
    return st.collect<Group>([](const Statement& row) { return Group { row.text(0), row.text(1) }; });
}

Status People::addContainer(const Container& c)
{
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer }, QStringLiteral("container.add"), QStringLiteral("container:") + c.id));
    if (!isValidIdentifier(c.id))
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not a valid container id.").arg(c.id));
    if (c.location.size() > 200)
        return makeError(ErrorCode::Usage, Tr::tr("The location is too long (200 characters at most)."));
    if (container(c.id))
        return makeError(ErrorCode::Conflict, Tr::tr("The container '%1' exists already.").arg(c.id));
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO containers(id, level, location) VALUES(?, ?, ?)"), c.id,
            rank(c.level), c.location));
        auto ev = m_s.record({ QStringLiteral("container.added"), QStringLiteral("container:") + c.id,
            QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("level"), levelName(c.level) },
                { QStringLiteral("location"), c.location } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Result<QList<Container>> People::containers() const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st, m_s.db->prepare(QStringLiteral("SELECT id, level, location FROM containers ORDER BY id")));
    return st.collect<Container>(readContainer);
}

Result<Container> People::container(const QString& id) const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(
        auto st, m_s.db->query(QStringLiteral("SELECT id, level, location FROM containers WHERE id = ?"), id));
    return st.one<Container>(readContainer, makeError(ErrorCode::NotFound, Tr::tr("No container '%1'.").arg(id)));
}

Result<VerifyReport> People::compareWithLedger(const LedgerState& state) const
{
    KANRIBO_TRY(m_s.requireOpen());
    VerifyReport rep;
    const auto differs = [&](const QString& table, const QString& key, const QString& what) {
        rep.ok = false;
        rep.reason = Tr::tr("table %1, row %2: %3 is not what the ledger says").arg(table, key, what);
        return rep;
    };
    auto users = loadUsers(*m_s.db);
    if (!users)
        return users.error();
    QSet<QString> seen;
    for (const User& u : *users) {
        seen.insert(u.login);
        const auto it = state.people().constFind(u.login);
        if (it == state.people().constEnd())
            return differs(QStringLiteral("users"), u.login, Tr::tr("the whole row (no event added this user)"));
        const LedgerState::Person& p = *it;
        const QList<std::pair<const char*, bool>> fields {
            { "name", u.name != p.name },
            { "role", u.role != p.role },
            { "clearance", u.clearance != p.clearance },
            { "nationality", u.nationality != p.nationality },
            { "active", u.active != p.active },
            { "sign_pk", u.signPublicKey != p.signPk },
            { "box_pk", u.boxPublicKey != p.boxPk },
            { "clearance_granted", p.datesRecorded && formatDate(u.clearanceGranted) != p.granted },
            { "clearance_expires", p.datesRecorded && formatDate(u.clearanceExpires) != p.expires },
            { "briefed", p.datesRecorded && formatDate(u.briefed) != p.briefed },
            { "debriefed", formatDate(u.debriefed) != p.debriefed },
        };
        for (const auto& [name, bad] : fields)
            if (bad)
                return differs(QStringLiteral("users"), u.login, QString::fromLatin1(name));
        QStringList groups = u.groups;
        groups.sort();
        if (groups != p.groups)
            return differs(QStringLiteral("user_groups"), u.login, Tr::tr("the need-to-know groups"));
    }
    for (auto it = state.people().constBegin(); it != state.people().constEnd(); ++it)
        if (!seen.contains(it.key()))
            return differs(QStringLiteral("users"), it.key(), Tr::tr("the missing row"));
    auto groups = this->groups();
    if (!groups)
        return groups.error();
    if (groups->size() != state.groups().size())
        return differs(QStringLiteral("ntk_groups"), QStringLiteral("*"), Tr::tr("the number of groups"));
    for (const Group& g : *groups)
        if (!state.groups().contains(g.name) || state.groups().value(g.name) != g.description)
            return differs(QStringLiteral("ntk_groups"), g.name, Tr::tr("the group"));
    auto containers = this->containers();
    if (!containers)
        return containers.error();
    if (containers->size() != state.containers().size())
        return differs(QStringLiteral("containers"), QStringLiteral("*"), Tr::tr("the number of containers"));
    for (const Container& c : *containers) {
        const auto it = state.containers().constFind(c.id);
        if (it == state.containers().constEnd() || it->first != c.level || it->second != c.location)
            return differs(QStringLiteral("containers"), c.id, Tr::tr("the container"));
    }
    KANRIBO_ASSIGN(auto st,
        m_s.db->prepare(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'setting.%' ORDER BY key")));
    KANRIBO_ASSIGN(const auto settings, st.collect<std::pair<QString, QString>>([](const Statement& row) {
        return std::make_pair(row.text(0), row.text(1));
    }));
    if (settings.size() != state.settings().size())
        return differs(QStringLiteral("meta"), QStringLiteral("setting.*"), Tr::tr("the register's settings"));
    for (const auto& [key, value] : settings)
        if (state.settings().value(key) != value)
            return differs(QStringLiteral("meta"), key, Tr::tr("the setting"));
    return rep;
}

} // namespace kanribo
