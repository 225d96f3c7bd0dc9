// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "report/AuditExport.h"

#include <QByteArray>
#include <QString>

namespace kanribo
{

class PolicyPack;

// The inspection report as PDF (A4): the classification banner of the highest level in the report (text and colour
// from the policy pack, R-MRK-3) at the top and bottom of every page, "n / m" page numbers, a CJK font embedded.
// Needs a QGuiApplication (the CLI makes an offscreen one for this).
Result<QByteArray> renderInspectionPdf(const InspectionData& data, const PolicyPack& policy, const QString& language);

// Loads Noto Sans CJK (fonts-noto-cjk) once and returns its family, or a fallback family name when it is missing.
QString reportFontFamily();

} // namespace kanribo
