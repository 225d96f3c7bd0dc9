// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Ledger.h"

namespace kanribo
{

class Database;

// R-TRU-1: the record tables that keep one row per event — disclosures, dispatches (and their receipts), releases,
// reclassifications, reproductions, destructions — hold exactly one row for each event of their kind, and each row
// says what its event says. A deleted disclosure, an invented destruction or an edited dispatch channel is named by
// its table and row (or by the event whose row is missing).
Result<VerifyReport> compareRecordTables(Database& db);

} // namespace kanribo
