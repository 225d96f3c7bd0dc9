// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Exports.h"

#include "report/EventSentences.h"

#include "service/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

// CSV: `out` names a folder (the tables go in it) or a file NAME.csv (the tables become NAME-items.csv, ...).
Result<QList<std::pair<QString, StreamWriter>>> csvPaths(
    const QString& out, QList<std::pair<QString, StreamWriter>> tables)
{
    const QFileInfo info(out);
    QDir dir;
    QString prefix;
    if (out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !info.isDir()) {
        dir = info.absoluteDir();
        prefix = info.completeBaseName() + QLatin1Char('-');
    } else {
        dir = QDir(out);
    }
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the folder %1.").arg(dir.absolutePath()));
    for (auto& t : tables)
        t.first = dir.filePath(prefix + t.first);
    return tables;
}

Result<ExportOutcome> exportBundle(Register& reg, const ExportRequest& request)
{
    auto bundle = buildBundle(reg, request.options);
    if (!bundle)
        return bundle.error();
    // The bundle's own verification (chain, signatures and authority from event 1) is the checkpoint's when the
    // range reaches the head; otherwise commitExportFiles verifies the trail again in full.
    VerifyReport verified;
    verified.events = bundle->lastSeq;
    verified.head = bundle->lastHash;
    auto head = commitExportFiles(
        reg, exportFormatName(ExportFormat::Bundle), request.options, { { request.out, bundle->write } }, verified);
    if (!head)
        return head.error();
    ExportOutcome out;
    out.files = { request.out };
    out.events = bundle->lastSeq - bundle->firstSeq + 1;
    out.firstSeq = bundle->firstSeq;
    out.lastSeq = bundle->lastSeq;
    out.digest = head->digests.constFirst();
    out.head = std::move(head).value();
    return out;
}

Result<ExportOutcome> exportTables(Register& reg, const ExportRequest& request)
{
    // A CSV export streams the events from the ledger (a whole trail does not fit in memory) and shows no
    // verification; the report holds both.
    const bool csv = request.format == ExportFormat::Csv;
    if (!csv && !request.renderPdf)
        return makeError(ErrorCode::Io, Tr::tr("This program was built without PDF reports."));
    auto data = gatherInspection(reg, request.options, GatherScope { !csv, !csv, !csv });
    if (!data)
        return data.error();
    ExportOutcome out;
    if (csv) {
        auto paths = csvPaths(request.out, csvFiles(reg, *data, request.options.progress));
        if (!paths)
            return paths.error();
        for (const auto& f : std::as_const(*paths))
            out.files << f.first;
        auto head = commitExportFiles(reg, exportFormatName(request.format), request.options, *paths);
        if (!head)
            return head.error();
        out.head = std::move(head).value();
    } else {
        auto pdf = request.renderPdf(*data);
        if (!pdf)
            return pdf.error();
        auto head = commitExport(
            reg, exportFormatName(request.format), request.options, { { request.out, *pdf } }, data->verification);
        if (!head)
            return head.error();
        out.head = std::move(head).value();
        out.files << request.out;
    }
    out.events = data->eventCount;
    out.firstSeq = data->firstSeq;
    out.lastSeq = data->lastSeq;
    out.withheld = data->redacted.size();
    return out;
}
} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    for (const ExportFormat f : { ExportFormat::Bundle, ExportFormat::Csv, ExportFormat::Pdf })
        if (exportFormatName(f) == name)
            return f;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Bundle:
        return QStringLiteral("bundle");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

Result<ExportOutcome> exportForInspection(Register& reg, const ExportRequest& request)
{
    if (request.out.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Name the file to export to."));
    if (request.format == ExportFormat::Bundle && request.options.filtersEvents())
        return makeError(ErrorCode::Usage,
            Tr::tr("A bundle holds the whole chain of its range and cannot be filtered: export the filtered view as "
                   "CSV or PDF."));
    // A mistyped kind would export an empty view that looks like "nothing happened".
    if (const QString& kind = request.options.kind; !kind.isEmpty() && !sentencedEventKinds().contains(kind))
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not an event kind.").arg(kind));
    auto out = request.format == ExportFormat::Bundle ? exportBundle(reg, request) : exportTables(reg, request);
    if (!out)
        return out;
    out->format = request.format;
    out->signer = reg.me().login;
    out->signerFingerprint = reg.me().fingerprint();
    out->reader = request.options.reader.isEmpty() ? reg.me().login : request.options.reader;
    return out;
}

} // namespace kanribo
