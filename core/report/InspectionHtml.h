// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AuditExport.h"

#include <QString>

namespace kanribo
{

class PolicyPack;

// The inspection report as HTML for QTextDocument (the PDF is painted by kanribo_report): cover page with facility
// and period; holdings by level; the Top Secret register with copy dispositions and disclosure records;
// reproduction and destruction records with their signers; incidents; inventories; overdue dispatches; the
// verification result and the bundle digest. Text in `language` ("en" or "ja"); markings always in both schemes.
QString inspectionHtml(const InspectionData& data, const PolicyPack& policy, const QString& language);

// The document title, e.g. for the PDF metadata.
QString inspectionTitle(const InspectionData& data);

} // namespace kanribo
