// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Level.h"

namespace kanribo
{

std::optional<Level> levelFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("unclassified"))
        return Level::Unclassified;
    if (n == QLatin1String("confidential"))
        return Level::Confidential;
    if (n == QLatin1String("secret"))
        return Level::Secret;
    if (n == QLatin1String("top-secret"))
        return Level::TopSecret;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Unclassified:
        return QStringLiteral("unclassified");
    case Level::Confidential:
        return QStringLiteral("confidential");
    case Level::Secret:
        return QStringLiteral("secret");
    case Level::TopSecret:
        return QStringLiteral("top-secret");
    }
    return {};
}

std::optional<Level> levelFromRank(qint64 r)
{
    if (r < 0 || r > 3)
        return std::nullopt;
    return static_cast<Level>(r);
}

std::optional<Role> roleFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("officer"))
        return Role::Officer;
    if (n == QLatin1String("custodian"))
        return Role::Custodian;
    if (n == QLatin1String("staff"))
        return Role::Staff;
    if (n == QLatin1String("auditor"))
        return Role::Auditor;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Custodian:
        return QStringLiteral("custodian");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

} // namespace kanribo
