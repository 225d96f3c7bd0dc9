// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Event.h"
#include "model/Level.h"
#include "policy/Entitlement.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanribo
{

// What the ledger itself says, event by event (R-TRU-1, R-TRU-2): the people with their roles, clearances, groups
// and keys, the groups and containers, the register's settings and adopted policy. The verifier replays every event
// into one of these; before applying an event it asks authorise(), which states for each kind what the signer and
// each co-signer need as of the event before; and only an authorised event brings a key into the trusted set.
class LedgerState
{
public:
    struct Person {
        QString login;
        QString name;
        Role role = Role::Staff;
        Level clearance = Level::Unclassified;
        QString granted; // YYYY-MM-DD or empty, as recorded
        QString expires; // YYYY-MM-DD or empty
        QString nationality;
        QString briefed; // YYYY-MM-DD or empty
        QString debriefed; // YYYY-MM-DD or empty (user.debriefed)
        bool active = true;
        QStringList groups; // sorted
        QByteArray signPk;
        QByteArray boxPk;
        // The event that made the person recorded the dates (registers created before they did not record the
        // first officer's).
        bool datesRecorded = true;
    };

    // R-TRU-5: one epoch of a compartment's key, as compartment.keys events made it: its public key and the secret
    // key sealed to each holder (login -> sealed bytes).
    struct Epoch {
        QByteArray publicKey;
        QMap<QString, QByteArray> sealed;
        QSet<QString> holders; // the keys of sealed, for comparing with those entitled
    };

    // Why the event may not stand at this point of the ledger (its signer or a co-signer lacks the authority its
    // kind needs, or it would introduce a key it may not), or nullopt when it may. Pure: the state is unchanged.
    std::optional<QString> authorise(const Event& e) const;
    // Applies an authorised event (kinds that change nothing here are ignored).
    void apply(const Event& e);

    // The trusted signing key of a login, or an empty array.
    QByteArray keyOf(const QString& login) const;
    // The key that must have made login's signature on e: keyOf(login), but for an officer's own reset (the only
    // officer, R-TRU-6), which the officer signs with the new key it carries.
    QByteArray signingKey(const Event& e, const QString& login) const;
    // The verification rules the ledger is under: 1 for registers begun before break-glass needed an officer
    // (R-TRU-6), 2 from the genesis or the register.migrated event that says so.
    int rules() const { return m_rules; }
    // 3: items are registered under compartment keys (R-TRU-5).
    static constexpr int kCurrentRules = 3;
    const QHash<QString, Person>& people() const { return m_people; }
    const QHash<QString, QString>& groups() const { return m_groups; } // name -> description
    const QHash<QString, std::pair<Level, QString>>& containers() const { return m_containers; } // id -> level, loc
    const QHash<QString, QString>& settings() const { return m_settings; } // key -> value, as in meta
    QString policyHash() const { return m_policyHash; } // of the last adopted pack, or empty
    // compartment -> its epochs (epoch n at index n - 1)
    const QHash<QString, QList<Epoch>>& compartments() const { return m_compartments; }
    // Who may hold the compartment's key on that day (policy/Entitlement.h), the recovery key included.
    QSet<QString> entitledTo(const QString& compartment, QDate on) const;
    QDateTime lastTime() const { return m_lastTime; }

    static QString recoveryLogin() { return QStringLiteral("@recovery"); }

private:
    std::optional<QString> compartmentKeysProblem(const Event& e) const;
    std::optional<QString> itemKeysProblem(const Event& e) const;
    bool isActive(const QString& login) const;
    bool hasRole(const QString& login, std::initializer_list<Role> roles) const;

    QHash<QString, Person> m_people;
    QHash<QString, QString> m_groups;
    QHash<QString, std::pair<Level, QString>> m_containers;
    QSet<QString> m_openContainers; // R-CON-2: opened and not closed since
    QHash<QString, QStringList> m_containerCustodians; // R-CON-1: who knows each combination, as last set
    QHash<QString, QList<Epoch>> m_compartments;
    // compartment -> (day, entitled that day): replaying 100,000 registrations asks the same question each time;
    // forgotten whenever an event about people (user.*, register.*) is applied: only those change who is entitled.
    mutable QHash<QString, std::pair<QDate, QSet<QString>>> m_entitled;
    QHash<QString, QString> m_settings;
    QByteArray m_recoverySignPk;
    QString m_policyHash;
    QDateTime m_lastTime;
    bool m_created = false;
    int m_rules = 1;
};

// The one rule for which events introduce signing keys: register.created (the first officer's and the recovery key),
// user.added (a new login's), user.keys_reset (replaces a login's). Each (login, key) the event carries, unchecked.
QList<std::pair<QString, QByteArray>> keysIntroducedBy(const Event& e);

// For a range verified without the ledger before it (a bundle that starts after event 1, the events after a
// checkpoint): what can be decided from the keys known at that point alone — no second register.created, the
// recovery key co-signs only resets (before ledger rules 2 it signed resets and their re-sealing itself), a reset
// needs it, and user.added never re-keys a login that has a key. Why not, or nullopt. Keys an allowed event
// introduces count only from the next event (never for its own signature), but for selfResetKey().
std::optional<QString> authoriseWithoutState(const Event& e, const QHash<QString, QByteArray>& known);

// The new key an officer's reset of their own keys carries and is signed with (co-signed by the recovery key, the
// only officer, R-TRU-6); empty for any other event.
QByteArray selfResetKey(const Event& e);

} // namespace kanribo
