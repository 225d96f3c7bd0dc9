// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "report/AuditExport.h"
#include "report/ExportBundle.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace kanribo
{

class Register;

// What an inspector takes away (R-INV-2): the signed bundle, CSV tables or the PDF report.
enum class ExportFormat : quint8 { Bundle, Csv, Pdf };
std::optional<ExportFormat> exportFormatFromName(const QString& name); // "bundle", "csv", "pdf"
QString exportFormatName(ExportFormat format);

// Renders the inspection report as PDF bytes (kanribo_report needs QtGui, which core does not link).
using PdfRenderer = std::function<Result<QByteArray>(const InspectionData& data)>;

struct ExportRequest {
    ExportFormat format = ExportFormat::Bundle;
    ExportOptions options; // range, reader, progress
    QString out; // the file; for CSV a folder, or NAME.csv (the tables become NAME-items.csv, ...)
    PdfRenderer renderPdf; // required for ExportFormat::Pdf
};

// What was exported: the files, the range, the bundle's digest and signer, and the head of the trail it covers.
struct ExportOutcome {
    ExportFormat format = ExportFormat::Bundle;
    QStringList files;
    qint64 events = 0; // events in the range
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString digest; // the bundle's (BLAKE2b-256, grouped hex); empty for CSV and PDF
    QString signer; // the exporter's login and key fingerprint
    QString signerFingerprint;
    QString reader; // the login the export is for
    qint64 withheld = 0; // items in the accountability view: titles and details withheld from the reader (R-ACC-3)
    ExportHead head; // R-TRU-3: the head of the trail it was made from, and whether a checkpoint vouches for it
};

// One call per export, for every front end: checks the role and the reader, builds the export, writes its files and
// records audit.exported (with a checkpoint when the trail verifies) as one step — on any error or cancellation
// (through options.progress) no file is left and nothing is recorded. Slow for a long trail: run it off the UI
// thread.
Result<ExportOutcome> exportForInspection(Register& reg, const ExportRequest& request);

} // namespace kanribo
