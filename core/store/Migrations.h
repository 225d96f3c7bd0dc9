// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace kanribo
{

class Database;

// Schema migrations keyed by PRAGMA user_version. Each step runs in the caller's transaction.
class Migrations
{
public:
    static int latestVersion();
    // Brings the schema to latestVersion(); Integrity error for a register written by a newer Kanribo.
    static Status migrate(Database& db);
};

} // namespace kanribo
