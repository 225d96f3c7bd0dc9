// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Level.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kanribo
{

struct User;

// R-TRU-5: the compartments a key is kept for, and who may hold their keys. A compartment is a level ("level:S") or
// a need-to-know group ("group:NUC"); an item is in its level's compartment and in each of its groups'. The
// services and the verifier (LedgerState) both decide with this one rule.
namespace compartment
{

QString ofLevel(Level level);
QString ofGroup(const QString& group);
QStringList allLevels(); // U, C, S, TS
// Those of an item: its level's, then its groups' in order.
QStringList ofItem(Level level, const QStringList& groups);

// What entitlement looks at, from the users table or from the replayed ledger.
struct Holder {
    bool active = false;
    Level clearance = Level::Unclassified;
    QDate expires; // invalid: no expiry
    QDate briefed; // invalid: never briefed
    QStringList groups;
};
Holder holderOf(const User& user);

// Active, briefed, with an unexpired clearance that reaches the level (for a group: at least Confidential, and a
// member) on that day; for unclassified, active.
bool entitled(const Holder& who, const QString& compartment, QDate on);

} // namespace compartment
} // namespace kanribo
