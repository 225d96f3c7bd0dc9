// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/LedgerState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::LedgerState)
};

constexpr qsizetype kKeySize = 32;

QByteArray hexKey(const QJsonObject& o, const char* field)
{
    const QByteArray k = QByteArray::fromHex(o.value(QString::fromLatin1(field)).toString().toLatin1());
    return k.size() == kKeySize ? k : QByteArray();
}

// The kinds only an officer may sign.
bool officerKind(const QString& kind)
{
    static const QSet<QString> kinds { QStringLiteral("user.added"), QStringLiteral("user.group_granted"),
        QStringLiteral("user.group_revoked"), QStringLiteral("user.disabled"), QStringLiteral("group.added"),
        QStringLiteral("container.added"), QStringLiteral("settings.changed"), QStringLiteral("policy.adopted"),
        QStringLiteral("item.registered"), QStringLiteral("item.reclassified"), QStringLiteral("item.rekeyed"),
        QStringLiteral("item.release_approved"), QStringLiteral("item.designation_expired"),
        QStringLiteral("incident.updated"), QStringLiteral("register.migrated"), QStringLiteral("register.backed_up"),
        QStringLiteral("register.restored"), QStringLiteral("copy.recovered"), QStringLiteral("user.debriefed"),
        QStringLiteral("container.custodians_set"), QStringLiteral("container.reserved") };
    return kinds.contains(kind);
}

// R-TRU-3: a checkpoint vouches for every event before it, and names the one right before it.
std::optional<QString> checkpointProblem(const Event& e)
{
    if (e.kind != QLatin1String("checkpoint.signed"))
        return std::nullopt;
    const QJsonObject p = e.payloadObject();
    if (p.value(QStringLiteral("seq")).toInteger(-1) != e.seq - 1
        || p.value(QStringLiteral("hash")).toString() != QString::fromLatin1(e.prevHash.toHex()))
        return Tr::tr("the checkpoint does not name the event right before it");
    return std::nullopt;
}

bool isReset(const Event& e)
{
    return e.kind == QLatin1String("user.keys_reset");
}

// R-TRU-6, break-glass: a reset co-signed by the recovery key alone (the code was there), in the form since ledger
// rules 2.
bool coSignedByRecovery(const Event& e)
{
    return e.cosigners == QStringList { LedgerState::recoveryLogin() };
}

// The form before ledger rules 2: a reset, and the re-sealing of escrowed content keys, signed by the recovery key.
bool legacyRecoveryForm(const Event& e)
{
    return e.actor == LedgerState::recoveryLogin() && e.cosigners.isEmpty()
        && (isReset(e) || e.kind == QLatin1String("item.content_keys"));
}
} // namespace

QList<std::pair<QString, QByteArray>> keysIntroducedBy(const Event& e)
{
    QList<std::pair<QString, QByteArray>> out;
    const bool created = e.kind == QLatin1String("register.created");
    if (!created && e.kind != QLatin1String("user.added") && e.kind != QLatin1String("user.keys_reset"))
        return out;
    const QJsonObject p = e.payloadObject();
    const auto take = [&](const QJsonObject& o) {
        const QString login = o.value(QStringLiteral("login")).toString();
        const QByteArray pk = QByteArray::fromHex(o.value(QStringLiteral("sign_pk")).toString().toLatin1());
        if (!login.isEmpty() && pk.size() == kKeySize)
            out.append({ login, pk });
    };
    if (created) {
        take(p.value(QStringLiteral("officer")).toObject());
        take(p.value(QStringLiteral("recovery")).toObject());
    } else {
        take(p);
    }
    return out;
}

std::optional<QString> authoriseWithoutState(const Event& e, const QHash<QString, QByteArray>& known)
{
    const auto no = [&](const QString& why) {
        return std::optional<QString>(Tr::tr("event %1 (%2): %3").arg(e.seq).arg(e.kind, why));
    };
    const QString recovery = LedgerState::recoveryLogin();
    if (e.kind == QLatin1String("register.created"))
        return no(Tr::tr("only the first event of a register may create it"));
    if (auto bad = checkpointProblem(e))
        return no(*bad);
    const bool reset = isReset(e);
    // Without the state before the range, the ledger rules in force are unknown: the form before rules 2 is
    // accepted too (it is signed by the recovery key all the same).
    if (e.actor == recovery && !legacyRecoveryForm(e))
        return no(Tr::tr("the recovery key signs nothing but a reset of a user's keys"));
    if (e.cosigners.contains(recovery) && !(reset && coSignedByRecovery(e)))
        return no(Tr::tr("the co-signer %1 is not an active user of the register").arg(recovery));
    if (!reset && e.kind != QLatin1String("user.added"))
        return std::nullopt; // the payload is read only for the two kinds that name a login's key
    const QString login = e.payloadObject().value(QStringLiteral("login")).toString();
    if (reset && (login == recovery || !(coSignedByRecovery(e) || legacyRecoveryForm(e))))
        return no(Tr::tr("a reset of a user's keys needs the recovery key and an officer present who signs"));
    if (!reset && (login == recovery || known.contains(login)))
        return no(Tr::tr("the login %1 exists already or is not valid").arg(login));
    return std::nullopt;
}

compartment::Holder holderOf(const LedgerState::Person& x)
{
    // The first officer of a register begun before dates were recorded: briefed, no expiry (as that register's
    // users table says nothing else that the ledger could check).
    if (!x.datesRecorded)
        return { x.active, x.clearance, {}, QDate(1970, 1, 1), x.groups };
    return { x.active, x.clearance, QDate::fromString(x.expires, Qt::ISODate),
        QDate::fromString(x.briefed, Qt::ISODate), x.groups };
}

bool isCompartment(const QString& id, const QHash<QString, QString>& groups)
{
    return compartment::allLevels().contains(id)
        || (id.startsWith(QLatin1String("group:")) && groups.contains(id.mid(6)));
}

QByteArray selfResetKey(const Event& e)
{
    if (!isReset(e) || !coSignedByRecovery(e))
        return {};
    const QJsonObject p = e.payloadObject();
    return p.value(QStringLiteral("login")).toString() == e.actor ? hexKey(p, "sign_pk") : QByteArray();
}

QSet<QString> LedgerState::entitledTo(const QString& compartment, QDate on) const
{
    const auto cached = m_entitled.constFind(compartment);
    if (cached != m_entitled.constEnd() && cached->first == on)
        return cached->second;
    QSet<QString> out { recoveryLogin() };
    for (const Person& x : m_people)
        if (compartment::entitled(holderOf(x), compartment, on))
            out.insert(x.login);
    m_entitled.insert(compartment, { on, out });
    return out;
}

// R-TRU-5: a new epoch is sealed to exactly those entitled on the day, and an older one only to someone entitled
// who lacks it, by someone who holds it.
std::optional<QString> LedgerState::compartmentKeysProblem(const Event& e) const
{
    const QJsonObject p = e.payloadObject();
    const QDate on = e.time.date();
    QHash<QString, int> epochs;
    for (const auto& v : p.value(QStringLiteral("created")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("compartment")).toString();
        if (!isCompartment(id, m_groups))
            return Tr::tr("no compartment %1").arg(id);
        const int next = epochs.value(id, static_cast<int>(m_compartments.value(id).size())) + 1;
        if (c.value(QStringLiteral("epoch")).toInt() != next)
            return Tr::tr("the epoch of %1 is not the next one (%2)").arg(id).arg(next);
        epochs.insert(id, next);
        if (hexKey(c, "public_key").isEmpty())
            return Tr::tr("the new key of %1 is not a valid public key").arg(id);
        const QJsonObject sealed = c.value(QStringLiteral("sealed")).toObject();
        const QStringList logins = sealed.keys();
        const QSet<QString> to(logins.cbegin(), logins.cend());
        if (to != entitledTo(id, on))
            return Tr::tr("the key of %1 is not sealed to exactly those entitled to it").arg(id);
    }
    for (const auto& v : p.value(QStringLiteral("sealed")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("compartment")).toString();
        const int epoch = c.value(QStringLiteral("epoch")).toInt();
        const QString login = c.value(QStringLiteral("login")).toString();
        const QList<Epoch> known = m_compartments.value(id);
        if (epoch < 1 || epoch > known.size())
            return Tr::tr("no epoch %1 of %2").arg(epoch).arg(id);
        const Epoch& x = known.at(epoch - 1);
        if (!x.sealed.contains(e.actor))
            return Tr::tr("%1 does not hold the key of %2 it seals").arg(e.actor, id);
        if (x.sealed.contains(login) || !entitledTo(id, on).contains(login))
            return Tr::tr("%1 already holds the key of %2, or is not entitled to it").arg(login, id);
    }
    return std::nullopt;
}

// R-TRU-5: an item is registered under the current epoch of each of its compartments, and only while that epoch is
// held by exactly those entitled (nothing new is sealed under an epoch someone has lost the right to).
std::optional<QString> LedgerState::itemKeysProblem(const Event& e) const
{
    const QJsonObject p = e.payloadObject();
    QStringList groups;
    for (const auto& g : p.value(QStringLiteral("groups")).toArray())
        groups << g.toString();
    const QString level
        = p.value(p.contains(QStringLiteral("new_level")) ? QStringLiteral("new_level") : QStringLiteral("level"))
              .toString();
    const QStringList want = compartment::ofItem(levelFromName(level).value_or(Level::Unclassified), groups);
    const QJsonArray keys = p.value(QStringLiteral("keys")).toArray();
    if (keys.size() != want.size())
        return Tr::tr("the item key is not split over the item's compartments");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        const QList<Epoch> known = m_compartments.value(want.at(i));
        if (k.value(QStringLiteral("compartment")).toString() != want.at(i) || known.isEmpty()
            || k.value(QStringLiteral("epoch")).toInt() != known.size())
            return Tr::tr("the item key is not split over the current epoch of %1").arg(want.at(i));
        if (known.last().holders != entitledTo(want.at(i), e.time.date()))
            return Tr::tr("the current key of %1 is held by someone no longer entitled to it").arg(want.at(i));
    }
    return std::nullopt;
}

bool LedgerState::isActive(const QString& login) const
{
    const auto it = m_people.constFind(login);
    return it != m_people.constEnd() && it->active;
}

bool LedgerState::hasRole(const QString& login, std::initializer_list<Role> roles) const
{
    if (!isActive(login))
        return false;
    const Role r = m_people.value(login).role;
    for (Role x : roles)
        if (x == r)
            return true;
    return false;
}

QByteArray LedgerState::signingKey(const Event& e, const QString& login) const
{
    if (login == e.actor) {
        const QByteArray own = selfResetKey(e);
        if (!own.isEmpty())
            return own;
    }
    return keyOf(login);
}

QByteArray LedgerState::keyOf(const QString& login) const
{
    if (login == recoveryLogin())
        return m_recoverySignPk;
    return m_people.value(login).signPk;
}

std::optional<QString> LedgerState::authorise(const Event& e) const
{
    const QString& k = e.kind;
    const QJsonObject p = e.payloadObject();
    const auto no = [&](const QString& why) {
        return std::optional<QString>(Tr::tr("event %1 (%2): %3").arg(e.seq).arg(k, why));
    };
    // R-TRU-3: event times never go backwards.
    if (m_lastTime.isValid() && e.time < m_lastTime)
        return no(Tr::tr("its time is earlier than the event before it"));
    // Genesis: only the first event creates the register, and pins the first officer, who signs it.
    if (k == QLatin1String("register.created")) {
        if (m_created || e.seq != 1)
            return no(Tr::tr("only the first event of a register may create it"));
        const QJsonObject officer = p.value(QStringLiteral("officer")).toObject();
        if (officer.value(QStringLiteral("login")).toString() != e.actor || hexKey(officer, "sign_pk").isEmpty()
            || p.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("login")).toString()
                != recoveryLogin()
            || hexKey(p.value(QStringLiteral("recovery")).toObject(), "sign_pk").isEmpty())
            return no(Tr::tr("the register must be created by the first officer it names, with the recovery key"));
        return std::nullopt;
    }
    if (!m_created)
        return no(Tr::tr("the register was not created first"));
    // R-TRU-6: the recovery key is never an actor; since ledger rules 2 it only co-signs a reset of a user's keys,
    // signed by an officer present. Before, it signed resets and their re-sealing of content keys itself.
    if (e.actor == recoveryLogin()) {
        if (m_rules >= 2 || !legacyRecoveryForm(e))
            return no(Tr::tr("the recovery key signs nothing but a reset of a user's keys"));
    } else if (!isActive(e.actor)) {
        return no(Tr::tr("%1 is not an active user of the register").arg(e.actor));
    }
    for (const QString& c : e.cosigners)
        if (c == recoveryLogin() ? !(isReset(e) && coSignedByRecovery(e)) : !isActive(c))
            return no(Tr::tr("the co-signer %1 is not an active user of the register").arg(c));

    if (isReset(e)) {
        const QString login = p.value(QStringLiteral("login")).toString();
        if (login == recoveryLogin() || !m_people.contains(login))
            return no(Tr::tr("the reset names no user of the register"));
        if (hexKey(p, "sign_pk").isEmpty() || hexKey(p, "box_pk").isEmpty())
            return no(Tr::tr("the reset carries no valid keys"));
        if (e.actor == recoveryLogin())
            return std::nullopt; // the form before ledger rules 2 (checked above)
        if (!coSignedByRecovery(e) || !hasRole(e.actor, { Role::Officer }))
            return no(Tr::tr("a reset of a user's keys needs the recovery key and an officer present who signs"));
        // R-TRU-5: the compartment keys the escrow seals again to the new key, each one the user is entitled to.
        for (const auto& v : p.value(QStringLiteral("compartment_keys")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("compartment")).toString();
            const int epoch = c.value(QStringLiteral("epoch")).toInt();
            if (epoch < 1 || epoch > m_compartments.value(id).size() || !entitledTo(id, e.time.date()).contains(login))
                return no(Tr::tr("the reset seals a key of %1 that %2 is not entitled to").arg(id, login));
        }
        // An officer resets their own keys (signing with the new key) only when no other officer could be there.
        if (e.actor == login)
            for (const Person& x : m_people)
                if (x.login != login && x.active && x.role == Role::Officer)
                    return no(
                        Tr::tr("%1 resets their own keys while %2, another officer, could sign").arg(login, x.login));
        return std::nullopt;
    }
    if (officerKind(k) && !hasRole(e.actor, { Role::Officer }))
        return no(Tr::tr("%1 is not a security officer").arg(e.actor));
    if (k == QLatin1String("user.added")) {
        const QString login = p.value(QStringLiteral("login")).toString();
        if (login.isEmpty() || login == recoveryLogin() || m_people.contains(login))
            return no(Tr::tr("the login %1 exists already or is not valid").arg(login));
        if (hexKey(p, "sign_pk").isEmpty() || hexKey(p, "box_pk").isEmpty()
            || !roleFromName(p.value(QStringLiteral("role")).toString())
            || !levelFromName(p.value(QStringLiteral("clearance")).toString()))
            return no(Tr::tr("the new user's record is incomplete"));
        return std::nullopt;
    }
    if (k == QLatin1String("user.group_granted") || k == QLatin1String("user.group_revoked")
        || k == QLatin1String("user.disabled") || k == QLatin1String("user.password_changed")) {
        const QString login = p.value(QStringLiteral("login")).toString();
        if (!m_people.contains(login))
            return no(Tr::tr("no user %1").arg(login));
        if (k == QLatin1String("user.password_changed") && e.actor != login)
            return no(Tr::tr("only %1 changes their own password").arg(login));
        if (k != QLatin1String("user.disabled") && k != QLatin1String("user.password_changed")
            && !m_groups.contains(p.value(QStringLiteral("group")).toString()))
            return no(Tr::tr("no group %1").arg(p.value(QStringLiteral("group")).toString()));
        return std::nullopt;
    }
    if (k == QLatin1String("user.debriefed")) {
        const QString login = p.value(QStringLiteral("login")).toString();
        const QDate date = QDate::fromString(p.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!m_people.contains(login))
            return no(Tr::tr("no user %1").arg(login));
        if (!date.isValid() || date > e.time.date())
            return no(Tr::tr("the debriefing of %1 has no date, or one after the event").arg(login));
        return std::nullopt;
    }
    if (k == QLatin1String("group.added") && m_groups.contains(p.value(QStringLiteral("name")).toString()))
        return no(Tr::tr("the group exists already"));
    if (k == QLatin1String("container.added") && m_containers.contains(p.value(QStringLiteral("id")).toString()))
        return no(Tr::tr("the container exists already"));
    // R-CON-2: a person cleared for the container opens, closes and checks it, in that order.
    if (k == QLatin1String("container.opened") || k == QLatin1String("container.closed")
        || k == QLatin1String("container.checked")) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const auto c = m_containers.constFind(id);
        if (c == m_containers.constEnd() || e.subject != QStringLiteral("container:") + id)
            return no(Tr::tr("no container %1").arg(id));
        if (rank(m_people.value(e.actor).clearance) < rank(c->first))
            return no(Tr::tr("%1 is not cleared for the container %2").arg(e.actor, id));
        const bool open = m_openContainers.contains(id);
        if (k == QLatin1String("container.closed") ? !open : open)
            return no(Tr::tr("the container %1 is not in the state this step needs").arg(id));
        const QStringList custodians = m_containerCustodians.value(id);
        if (k == QLatin1String("container.opened") && !custodians.isEmpty() && !custodians.contains(e.actor))
            return no(Tr::tr("%1 is not recorded as knowing the combination of %2").arg(e.actor, id));
    }
    // R-CON-1: who knows a combination is set by an officer, among active people cleared for the container; a change
    // is recorded by an officer or one of them.
    if (k == QLatin1String("container.reserved") && !m_containers.contains(p.value(QStringLiteral("id")).toString()))
        return no(Tr::tr("no container %1").arg(p.value(QStringLiteral("id")).toString()));
    if (k == QLatin1String("container.custodians_set") || k == QLatin1String("container.combination_changed")) {
        const QString id = p.value(QStringLiteral("id")).toString();
        const auto c = m_containers.constFind(id);
        if (c == m_containers.constEnd() || e.subject != QStringLiteral("container:") + id)
            return no(Tr::tr("no container %1").arg(id));
        if (k == QLatin1String("container.custodians_set")) {
            for (const auto& v : p.value(QStringLiteral("custodians")).toArray()) {
                const auto who = m_people.constFind(v.toString());
                if (who == m_people.constEnd() || !who->active || rank(who->clearance) < rank(c->first))
                    return no(Tr::tr("%1 may not know the combination of %2").arg(v.toString(), id));
            }
        } else if (!hasRole(e.actor, { Role::Officer }) && !m_containerCustodians.value(id).contains(e.actor)) {
            return no(Tr::tr("%1 is not recorded as knowing the combination of %2").arg(e.actor, id));
        }
    }
    if (k == QLatin1String("item.registered")) {
        const auto level = levelFromName(p.value(QStringLiteral("level")).toString());
        if (!level || rank(m_people.value(e.actor).clearance) < rank(*level))
            return no(Tr::tr("%1 is not cleared for the level registered").arg(e.actor));
        if (m_rules >= 3)
            if (auto bad = itemKeysProblem(e))
                return no(*bad);
    }
    if (k == QLatin1String("compartment.keys"))
        if (auto bad = compartmentKeysProblem(e))
            return no(*bad);
    // A rekey, and a reclassification that splits the item key again over the new level (R-TRU-5).
    if (k == QLatin1String("item.rekeyed")
        || (k == QLatin1String("item.reclassified") && p.contains(QStringLiteral("keys"))))
        if (auto bad = itemKeysProblem(e))
            return no(*bad);
    if ((k == QLatin1String("inventory.started") || k == QLatin1String("inventory.sighted")
            || k == QLatin1String("inventory.finished") || k == QLatin1String("item.reproduced")
            || k == QLatin1String("copy.issued"))
        && !hasRole(e.actor, { Role::Officer, Role::Custodian }))
        return no(Tr::tr("%1 is neither an officer nor a custodian").arg(e.actor));
    if (k == QLatin1String("audit.exported") && !hasRole(e.actor, { Role::Officer, Role::Auditor }))
        return no(Tr::tr("%1 is neither an officer nor an auditor").arg(e.actor));
    if (k == QLatin1String("checkpoint.signed")) {
        if (!hasRole(e.actor, { Role::Officer, Role::Custodian, Role::Auditor }))
            return no(Tr::tr("%1 is not an officer, custodian or auditor").arg(e.actor));
        if (auto bad = checkpointProblem(e))
            return no(*bad);
    }
    return std::nullopt;
}

void LedgerState::apply(const Event& e)
{
    const QString& k = e.kind;
    const QJsonObject p = e.payloadObject();
    if (!m_lastTime.isValid() || e.time > m_lastTime)
        m_lastTime = e.time;
    // Who is entitled (R-TRU-5) depends on the people alone: only their events can change it.
    if (k.startsWith(QLatin1String("user.")) || k.startsWith(QLatin1String("register.")))
        m_entitled.clear();
    const auto person = [](const QJsonObject& o) {
        Person x;
        x.login = o.value(QStringLiteral("login")).toString();
        x.name = o.value(QStringLiteral("name")).toString();
        x.role = roleFromName(o.value(QStringLiteral("role")).toString()).value_or(Role::Officer);
        x.clearance = levelFromName(o.value(QStringLiteral("clearance")).toString()).value_or(Level::Unclassified);
        x.granted = o.value(QStringLiteral("clearance_granted")).toString();
        x.expires = o.value(QStringLiteral("clearance_expires")).toString();
        x.nationality = o.value(QStringLiteral("nationality")).toString();
        x.briefed = o.value(QStringLiteral("briefed")).toString();
        for (const auto& g : o.value(QStringLiteral("groups")).toArray())
            x.groups << g.toString();
        x.groups.sort();
        x.signPk = hexKey(o, "sign_pk");
        x.boxPk = hexKey(o, "box_pk");
        return x;
    };
    if (k == QLatin1String("register.created")) {
        m_created = true;
        const QJsonObject o = p.value(QStringLiteral("officer")).toObject();
        Person officer = person(o);
        officer.role = Role::Officer;
        officer.datesRecorded = o.contains(QStringLiteral("clearance_granted"));
        m_people.insert(officer.login, officer);
        m_recoverySignPk = hexKey(p.value(QStringLiteral("recovery")).toObject(), "sign_pk");
        m_rules = std::max(1, p.value(QStringLiteral("ledger_rules")).toInt(1));
    } else if (k == QLatin1String("register.migrated")) {
        m_rules = std::max(m_rules, p.value(QStringLiteral("ledger_rules")).toInt(1));
    } else if (k == QLatin1String("user.added")) {
        const Person x = person(p);
        m_people.insert(x.login, x);
    } else if (k == QLatin1String("user.keys_reset")) {
        Person& x = m_people[p.value(QStringLiteral("login")).toString()];
        x.signPk = hexKey(p, "sign_pk");
        x.boxPk = hexKey(p, "box_pk");
        // What was sealed to the old box key opens no more: the holder gets the keys again from someone who has them.
        for (auto& epochs : m_compartments)
            for (Epoch& ep : epochs) {
                ep.sealed.remove(x.login);
                ep.holders.remove(x.login);
            }
        for (const auto& v : p.value(QStringLiteral("compartment_keys")).toArray()) {
            const QJsonObject c = v.toObject();
            auto& epochs = m_compartments[c.value(QStringLiteral("compartment")).toString()];
            const int epoch = c.value(QStringLiteral("epoch")).toInt();
            if (epoch >= 1 && epoch <= epochs.size()) {
                epochs[epoch - 1].sealed.insert(
                    x.login, QByteArray::fromBase64(c.value(QStringLiteral("key")).toString().toLatin1()));
                epochs[epoch - 1].holders.insert(x.login);
            }
        }
    } else if (k == QLatin1String("user.group_granted") || k == QLatin1String("user.group_revoked")) {
        Person& x = m_people[p.value(QStringLiteral("login")).toString()];
        const QString g = p.value(QStringLiteral("group")).toString();
        x.groups.removeAll(g);
        if (k == QLatin1String("user.group_granted"))
            x.groups << g;
        x.groups.sort();
    } else if (k == QLatin1String("user.disabled")) {
        m_people[p.value(QStringLiteral("login")).toString()].active = false;
    } else if (k == QLatin1String("user.debriefed")) {
        m_people[p.value(QStringLiteral("login")).toString()].debriefed = p.value(QStringLiteral("date")).toString();
    } else if (k == QLatin1String("group.added")) {
        m_groups.insert(p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("description")).toString());
    } else if (k == QLatin1String("container.added")) {
        m_containers.insert(p.value(QStringLiteral("id")).toString(),
            { levelFromName(p.value(QStringLiteral("level")).toString()).value_or(Level::Unclassified),
                p.value(QStringLiteral("location")).toString() });
    } else if (k == QLatin1String("container.custodians_set")) {
        QStringList custodians;
        for (const auto& v : p.value(QStringLiteral("custodians")).toArray())
            custodians << v.toString();
        m_containerCustodians.insert(p.value(QStringLiteral("id")).toString(), custodians);
    } else if (k == QLatin1String("container.opened")) {
        m_openContainers.insert(p.value(QStringLiteral("id")).toString());
    } else if (k == QLatin1String("container.closed")) {
        m_openContainers.remove(p.value(QStringLiteral("id")).toString());
    } else if (k == QLatin1String("settings.changed")) {
        m_settings.insert(QStringLiteral("setting.") + p.value(QStringLiteral("key")).toString(),
            p.value(QStringLiteral("value")).toVariant().toString());
    } else if (k == QLatin1String("policy.adopted")) {
        m_policyHash = p.value(QStringLiteral("sha")).toString();
    } else if (k == QLatin1String("compartment.keys")) {
        for (const auto& v : p.value(QStringLiteral("created")).toArray()) {
            const QJsonObject c = v.toObject();
            Epoch ep { hexKey(c, "public_key"), {}, {} };
            const QJsonObject sealed = c.value(QStringLiteral("sealed")).toObject();
            for (auto it = sealed.constBegin(); it != sealed.constEnd(); ++it) {
                ep.sealed.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
                ep.holders.insert(it.key());
            }
            m_compartments[c.value(QStringLiteral("compartment")).toString()].append(ep);
        }
        for (const auto& v : p.value(QStringLiteral("sealed")).toArray()) {
            const QJsonObject c = v.toObject();
            auto& epochs = m_compartments[c.value(QStringLiteral("compartment")).toString()];
            const int epoch = c.value(QStringLiteral("epoch")).toInt();
            if (epoch >= 1 && epoch <= epochs.size()) {
                const QString login = c.value(QStringLiteral("login")).toString();
                epochs[epoch - 1].sealed.insert(
                    login, QByteArray::fromBase64(c.value(QStringLiteral("key")).toString().toLatin1()));
                epochs[epoch - 1].holders.insert(login);
            }
        }
    }
}

} // namespace kanribo
