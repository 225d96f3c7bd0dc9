// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Item.h"
#include "model/People.h"
#include "policy/PolicyPack.h"
#include "policy/Reason.h"

#include <QDate>
#include <QStringList>

namespace kanribo
{

enum class Action { View, Open, Hold, Reproduce, Destroy };
QString actionName(Action a);

struct Decision {
    bool allowed = true;
    QList<Reason> reasons; // every reason that applies, as codes (describe() puts them into words)
    explicit operator bool() const { return allowed; }
};

// The nationalities an item may be released to (R-ACC-5, R-MRK-6): originator and recipient, narrowed by
// NOFORN / REL TO, widened by recorded third-country approvals (never past NOFORN).
QStringList releasableNationalities(const PolicyPack& pack, const Item& item);

// R-ACC-1..2, R-ACC-5: access needs all of an active account, a clearance at or above the item's level that has
// not expired, a recorded briefing, every need-to-know group of the item, and a releasable nationality.
// Roles grant nothing by themselves.
Decision decide(const PolicyPack& pack, const User& user, const Item& item, Action action, const QDate& today);

} // namespace kanribo
