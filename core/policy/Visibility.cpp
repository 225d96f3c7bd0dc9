// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Visibility.h"

#include "policy/AccessPolicy.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Visibility)
};

QString sqlText(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// Active, briefed, clearance not expired: what R-ACC-1 asks of the person, whatever the item.
bool personCleared(const User& u, const QDate& today)
{
    return u.active && !(u.clearanceExpires.isValid() && u.clearanceExpires < today) && u.briefed.isValid()
        && u.briefed <= today;
}

} // namespace

bool keepsAccounts(Role role)
{
    return role == Role::Officer || role == Role::Custodian || role == Role::Auditor;
}

QStringList missingGroups(const User& user, const Item& item)
{
    QStringList out;
    for (const auto& g : item.groups)
        if (!user.groups.contains(g))
            out << g;
    return out;
}

Sight sight(const PolicyPack& pack, const User& user, const Item& item, const QDate& today)
{
    if (decide(pack, user, item, Action::View, today))
        return Sight::Full;
    if (!keepsAccounts(user.role) || !personCleared(user, today) || rank(user.clearance) < rank(item.level))
        return Sight::None;
    if (!releasableNationalities(pack, item).contains(user.nationality))
        return Sight::None;
    return Sight::Accountability; // only need-to-know groups are missing
}

SightSql sightSql(const User& u, const QDate& today, const QString& alias)
{
    if (!u.active)
        return { QStringLiteral("0"), QStringLiteral("0") };
    const QString a = alias + QLatin1Char('.');
    const bool cleared = personCleared(u, today);
    const QString level = cleared ? QStringLiteral("%1level <= %2").arg(a).arg(rank(u.clearance))
                                  : QStringLiteral("%1level = 0").arg(a);
    const QString nation = QStringLiteral("instr(%1rel_nations, %2) > 0")
                               .arg(a, sqlText(QLatin1Char(',') + u.nationality + QLatin1Char(',')));
    const QString groups = QStringLiteral("NOT EXISTS (SELECT 1 FROM item_groups vg WHERE vg.control = %1control AND "
                                          "vg.grp NOT IN (SELECT grp FROM user_groups WHERE login = %2))")
                               .arg(a, sqlText(u.login));
    const QString full = QStringLiteral("(%1 AND %2 AND %3)").arg(level, nation, groups);
    if (!cleared || !keepsAccounts(u.role))
        return { full, full };
    return { QStringLiteral("(%1 AND %2)").arg(level, nation), full };
}

Item withheld(Item item, const User& user)
{
    item.withheld = true;
    item.withheldGroups = missingGroups(user, item);
    item.title.clear();
    item.authority = {};
    item.receipt = {};
    item.hasContent = false;
    return item;
}

QString withheldText(const QStringList& groups)
{
    return groups.isEmpty() ? Tr::tr("withheld")
                            : Tr::tr("withheld — need-to-know %1").arg(groups.join(QStringLiteral(", ")));
}

QString shownTitle(const Item& item)
{
    return item.withheld ? withheldText(item.withheldGroups) : item.title;
}

} // namespace kanribo
