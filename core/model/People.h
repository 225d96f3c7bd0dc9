// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Level.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kanribo
{

// A cleared person (R-ACC-6).
struct User {
    QString login;
    QString name;
    Role role = Role::Staff;
    Level clearance = Level::Unclassified;
    QDate clearanceGranted;
    QDate clearanceExpires; // invalid: no expiry recorded
    QString nationality; // ISO 3166 alpha-3
    QDate briefed; // invalid: not briefed
    QDate debriefed; // invalid: not debriefed (R-PER-1: recorded when access ends, by user offboard)
    bool active = true;
    QStringList groups; // need-to-know groups, sorted
    QByteArray signPublicKey;
    QByteArray boxPublicKey;
    // R-ACC-3: a person's clearance, nationality, briefing and groups are for officers and auditors (and the person);
    // others see the login and name only, with these fields emptied.
    bool detailsWithheld = false;

    // Hex of the first 16 bytes of BLAKE2b(signPublicKey), in groups of four.
    QString fingerprint() const;
};

// Fields an officer supplies for a new user.
struct NewUser {
    QString login;
    QString name;
    Role role = Role::Staff;
    Level clearance = Level::Unclassified;
    QDate clearanceExpires;
    QString nationality;
    QDate briefed;
    QStringList groups;
};

struct Group {
    QString name;
    QString description;
};

// A security container with its approved level (R-CUS-4).
struct Container {
    QString id;
    Level level = Level::Unclassified;
    QString location;
};

// R-PER-5: who may have an item now, and who has had it and when (from the ledger).
struct AccessEntry {
    qint64 seq = 0; // the event that gave the access
    QDateTime at;
    QString login;
    QString how; // registered | held (a copy was charged to them) | viewed | opened (the content)
    QString copy; // for held
};

struct AccessList {
    QString control;
    Level level = Level::Unclassified;
    QList<User> authorised; // active people the access policy allows the item to now, by login
    QList<AccessEntry> accessed; // in the order of the ledger
};

// R-CON-3: what a container is reserved for; an item goes in only if it matches every list that is not empty (its
// origin is one of `origins`, its regime one of `regimes`, one of its need-to-know groups one of `groups`).
struct ContainerReservation {
    QStringList origins;
    QStringList regimes;
    QStringList groups;
    bool isEmpty() const { return origins.isEmpty() && regimes.isEmpty() && groups.isEmpty(); }
    bool admits(const QString& origin, const QString& regime, const QStringList& itemGroups) const;
    QString text() const; // "origin USA; regime tokutei; group NUC" (codes, for records and reasons)
};

// R-CON-2: a container's open / close / check record, from the ledger.
enum class ContainerStep { Open, Close, Check };

struct ContainerState {
    Container container;
    bool open = false;
    QDateTime since; // when it was last opened or closed; invalid: never
    QString by; // who opened or closed it
    QDateTime checkedAt; // the last end-of-day check; invalid: never
    QString checkedBy;
    bool leftOpen = false; // opened on an earlier day (UTC) and not closed since: flagged
    bool checkDue = false; // opened and closed today, not yet checked since it was closed
    // R-CON-1: who knows the combination (never the combination itself); empty: nobody recorded, anyone cleared for
    // the level may open it.
    QStringList custodians;
    QDateTime combinationChanged; // invalid: no change recorded since it was put in use
    QString combinationChangedBy;
    // Why a change of combination is due, empty when none is: put-in-use (never changed), custodian-left (someone who
    // knew it at the last change is no longer a custodian, active and cleared: `leavers`), interval (a year passed).
    QString changeDue;
    QStringList leavers;
    ContainerReservation reservation; // R-CON-3
};

QString fingerprintOf(const QByteArray& signPublicKey);

} // namespace kanribo
