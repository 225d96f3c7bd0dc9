// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace kanribo
{

// Ranked classification levels. Names and equivalences shown to users come from the policy pack (R-MRK-2);
// these are the stable identifiers used in storage and on the command line.
enum class Level { Unclassified = 0, Confidential = 1, Secret = 2, TopSecret = 3 };

std::optional<Level> levelFromName(const QString& name); // "top-secret", ...
QString levelName(Level level); // "top-secret", ...
inline int rank(Level l)
{
    return static_cast<int>(l);
}
std::optional<Level> levelFromRank(qint64 rank);

enum class Role { Officer, Custodian, Staff, Auditor };
std::optional<Role> roleFromName(const QString& name);
QString roleName(Role role);

} // namespace kanribo
