// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Entitlement.h"

#include "model/People.h"

namespace kanribo::compartment
{

namespace
{
const QString kLevelPrefix = QStringLiteral("level:");
const QString kGroupPrefix = QStringLiteral("group:");
} // namespace

QString ofLevel(Level level)
{
    return kLevelPrefix + levelName(level);
}

QString ofGroup(const QString& group)
{
    return kGroupPrefix + group;
}

QStringList allLevels()
{
    return { ofLevel(Level::Unclassified), ofLevel(Level::Confidential), ofLevel(Level::Secret),
        ofLevel(Level::TopSecret) };
}

QStringList ofItem(Level level, const QStringList& groups)
{
    QStringList out { ofLevel(level) };
    for (const auto& g : groups)
        out << ofGroup(g);
    return out;
}

Holder holderOf(const User& user)
{
    return { user.active, user.clearance, user.clearanceExpires, user.briefed, user.groups };
}

bool entitled(const Holder& who, const QString& compartment, QDate on)
{
    if (compartment == ofLevel(Level::Unclassified))
        return who.active; // unclassified content: every active user
    if (!who.active || !who.briefed.isValid() || who.briefed > on || (who.expires.isValid() && who.expires < on))
        return false;
    if (compartment.startsWith(kGroupPrefix))
        return who.clearance >= Level::Confidential && who.groups.contains(compartment.mid(kGroupPrefix.size()));
    if (!compartment.startsWith(kLevelPrefix))
        return false;
    const auto level = levelFromName(compartment.mid(kLevelPrefix.size()));
    return level && who.clearance >= *level;
}

} // namespace kanribo::compartment
