// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Item.h"
#include "model/People.h"
#include "policy/PolicyPack.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kanribo
{

// R-ACC-3: how much of an item a user sees. The one rule behind every listing, count, search, history, dashboard
// figure, inventory, error message and export; in C++ (sight()) and as SQL (SightSql), tested against one oracle.
enum class Sight {
    None, // absent: not listed, not counted, "not found" exactly as an item that does not exist
    Accountability, // the accountability record (control number, marking, copies, state, holder, container, events)
                    // with the title, authority block, receipt details, free text and content withheld
    Full, // R-ACC-1 holds in full
};

// Officers, custodians and auditors keep the accounts: they may be given the accountability view.
bool keepsAccounts(Role role);

// Full when R-ACC-1 holds (decide() allows viewing). Accountability when the user keeps accounts and holds
// everything R-ACC-1 asks but the item's need-to-know groups (active, briefed, unexpired clearance at or above the
// level, a releasable nationality). None otherwise.
Sight sight(const PolicyPack& pack, const User& user, const Item& item, const QDate& today);

// The need-to-know groups of the item the user is not a member of (what the accountability view names).
QStringList missingGroups(const User& user, const Item& item);

// The same rule as SQL over the items table under an alias (its columns control, level, rel_nations; the tables
// item_groups and user_groups). The strings hold no parameters, so they compose into any statement.
struct SightSql {
    QString visible; // condition: sight >= Accountability
    QString full; // condition: sight == Full
};
SightSql sightSql(const User& user, const QDate& today, const QString& alias = QStringLiteral("i"));

// The accountability view of an item: every field need-to-know protects emptied, withheld = true.
Item withheld(Item item, const User& user);

// The text shown in place of a withheld field: "withheld — need-to-know NUC" (translated).
QString withheldText(const QStringList& groups);
// The item's title as the user may see it: the title, or the withheld text in the accountability view.
QString shownTitle(const Item& item);

} // namespace kanribo
