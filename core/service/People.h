// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Ledger.h"
#include "model/People.h"
#include "policy/Reason.h"

#include <QList>

#include <optional>

namespace kanribo
{

class Session;

// What user offboard did (R-PER-1, R-PER-5).
struct Offboarding {
    QString login;
    QStringList recovered; // the copies taken back from the person, into `container`
    QString container;
    QDate debriefed;
    bool disabled = false; // false: the account was disabled before
};

// The register of cleared people, need-to-know groups and containers (R-ACC-6, R-CUS-4). Officers administer.
class People
{
public:
    explicit People(Session& s)
        : m_s(s)
    {
    }

    Result<User> addUser(const NewUser& user, const QByteArray& password);
    // Everyone in the register; details withheld (User::detailsWithheld) unless the acting user is an officer or an
    // auditor, or it is their own record (R-ACC-3).
    Result<QList<User>> users() const;
    Result<User> user(const QString& login) const;
    Status grantGroup(const QString& login, const QString& group);
    Status revokeGroup(const QString& login, const QString& group);
    Status disableUser(const QString& login);
    // R-PER-1, R-PER-5: a person leaves. Every copy charged to them is recovered into the container (each a signed
    // copy.recovered; the container must be approved for every level), their debriefing on `debriefed` (today when
    // not given) is recorded and the account disabled, all in one transaction; then the key ring slot goes. Officers
    // only. An account disabled earlier can still be offboarded: its copies come back, its debriefing is recorded.
    Result<Offboarding> offboard(const QString& login, const QString& containerId, const QDate& debriefed = {});
    Status changePassword(const QByteArray& current, const QByteArray& next);
    // Users whose clearance expires within the given days (or has expired), active only.
    Result<QList<User>> clearancesExpiring(int withinDays) const;

    Status addGroup(const QString& name, const QString& description);
    Result<QList<Group>> groups() const;
    Status addContainer(const Container& container);
    Result<QList<Container>> containers() const;
    Result<Container> container(const QString& id) const;
    // R-CON-2: a person cleared for the container's level opens it, closes it, or checks at the end of the day that
    // it is secured (a signed container.opened / closed / checked). Opening an open container, closing a closed one
    // or checking an open one is a conflict.
    Status recordContainerStep(const QString& id, ContainerStep step);
    // Every container with its state; leftOpen flags one opened before today and not closed (the dashboard's alert).
    Result<QList<ContainerState>> containerStates() const;
    // R-CON-1 (officer): the people who know the container's combination, as a whole list (empty: nobody recorded).
    // Each must be active and cleared for the container's level. Once a list is recorded only they open it.
    Status setCombinationCustodians(const QString& id, const QStringList& logins);
    // R-CON-1: the combination was changed (an officer or one of its custodians records it; never the combination).
    Status recordCombinationChange(const QString& id);
    // R-CON-3 (officer): reserves the container for material of these origins, regimes or groups (all empty: no
    // reservation). Storing, recovering or registering anything else into it is refused.
    Status reserveContainer(const QString& id, const ContainerReservation& reservation);
    Result<ContainerReservation> reservation(const QString& id) const;
    // R-CUS-4, R-CON-3: why material of this level, origin, regime and groups may not go into the container (nothing
    // when it may); NotFound for an unknown container.
    Result<std::optional<Reason>> containerRefusal(
        const QString& id, Level level, const QString& origin, const QString& regime, const QStringList& groups) const;

    // R-TRU-1: the users (role, clearance, dates, nationality, active, keys), their groups, the groups, the
    // containers and the register's settings against the replayed ledger; the first row that differs is named.
    Result<VerifyReport> compareWithLedger(const LedgerState& state) const;

    static Status validateNewUser(const NewUser& u);
    // R-TRU-5: a new password meets the password policy (policy/PasswordPolicy.h); `personal` are the user's login,
    // name and facility, which a password must not lean on.
    static Status validatePassword(const QByteArray& password, const QStringList& personal = {});

private:
    Result<bool> groupExists(const QString& name) const;
    User seenUser(const User& u) const;
    Status recordDisabled(const QString& login); // inside a write: the row, the event, the compartment keys
    Status removeSlot(const QString& login);
    Session& m_s;
};

// The rule behind People::containerRefusal, for a container and reservation already read.
std::optional<Reason> containerRefusal(const Container& c, const ContainerReservation& reserved, Level level,
    const QString& origin, const QString& regime, const QStringList& groups);

Result<User> loadUser(class Database& db, const QString& login);
// Every user's full record, for the services' own decisions (never shown as such).
Result<QList<User>> loadUsers(class Database& db);

} // namespace kanribo
