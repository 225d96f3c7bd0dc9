// SPDX-License-Identifier: GPL-3.0-or-later
// audit export | verify-export — what an inspector takes away and checks offline (R-INV-2).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"
#include "report/AuditExport.h"
#include "report/ExportBundle.h"

#ifdef KANRIBO_HAVE_REPORT
#include "InspectionReport.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

// A bundle is never larger than this; anything bigger is refused before it is read.
constexpr qint64 kMaxBundleBytes = qint64(4) * 1024 * 1024 * 1024;

// --out names a folder (the tables go in it) or a file NAME.csv (the tables become NAME-items.csv, ...).
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

// R-TRU-3: every export says the head of the trail it was made from, and whether a checkpoint vouches for it.
QJsonObject headJson(const ExportHead& head)
{
    return QJsonObject { { QStringLiteral("seq"), head.seq },
        { QStringLiteral("hash"), QString::fromLatin1(head.hash.toHex()) },
        { QStringLiteral("checkpoint"), head.verified } };
}

void printHead(const CliContext& ctx, const ExportHead& head)
{
    const QString hash = QString::fromLatin1(head.hash.toHex());
    ctx.print(head.verified
            ? Tr::tr("Head: event %1, hash %2 (a checkpoint: the trail before it verifies)").arg(head.seq).arg(hash)
            : Tr::tr("Head: event %1, hash %2 (the trail does not verify: no checkpoint)").arg(head.seq).arg(hash));
}

Status auditExport(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("out"), OptionSpec::Value, true }, { QStringLiteral("format"), OptionSpec::Value, false },
            { QStringLiteral("from"), OptionSpec::Value, false }, { QStringLiteral("to"), OptionSpec::Value, false },
            { QStringLiteral("for"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    const QString format
        = a->has(QStringLiteral("format")) ? a->value(QStringLiteral("format")) : QStringLiteral("bundle");
    if (format != QLatin1String("bundle") && format != QLatin1String("csv") && format != QLatin1String("pdf"))
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not an export format: use bundle, csv or pdf.").arg(format));
    ExportOptions options;
    auto from = a->date(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = a->date(QStringLiteral("to"));
    if (!to)
        return to.error();
    options.from = *from;
    options.to = *to;
    options.reader = a->value(QStringLiteral("for"));
    const QString out = a->value(QStringLiteral("out"));
    if (out.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The option --out needs a value."));
#ifndef KANRIBO_HAVE_REPORT
    if (format == QLatin1String("pdf"))
        return makeError(ErrorCode::Io, Tr::tr("This kanribo-cli was built without PDF reports."));
#endif
    auto reg = ctx.login();
    if (!reg)
        return reg.error();

    if (format == QLatin1String("bundle")) {
        auto bundle = buildBundle(**reg, options);
        if (!bundle)
            return bundle.error();
        // The bundle's own verification (chain, signatures and authority from event 1) is the checkpoint's when
        // the range reaches the head; otherwise the trail is verified again in full.
        VerifyReport verified;
        verified.events = bundle->lastSeq;
        verified.head = bundle->lastHash;
        auto head = commitExportFiles(**reg, format, options, { { out, bundle->write } }, verified);
        if (!head)
            return head.error();
        const QString digest = head->digests.constFirst();
        const qint64 n = bundle->lastSeq - bundle->firstSeq + 1;
        if (ctx.json) {
            ctx.printJson(QJsonObject { { QStringLiteral("format"), format },
                { QStringLiteral("files"), QJsonArray { out } }, { QStringLiteral("events"), n },
                { QStringLiteral("first_seq"), bundle->firstSeq }, { QStringLiteral("last_seq"), bundle->lastSeq },
                { QStringLiteral("digest"), digest }, { QStringLiteral("signer"), (*reg)->me().fingerprint() },
                { QStringLiteral("head"), headJson(*head) } });
        } else {
            ctx.print(Tr::tr("Exported %n event(s) (No. %1 to %2) to %3.", nullptr, static_cast<int>(n))
                          .arg(bundle->firstSeq)
                          .arg(bundle->lastSeq)
                          .arg(out));
            ctx.printFields({ { Tr::tr("Bundle digest"), digest },
                { Tr::tr("Signed by"), (*reg)->me().login + QStringLiteral("  ") + (*reg)->me().fingerprint() } });
            printHead(ctx, *head);
        }
        return {};
    }

    // A CSV export streams the events from the ledger (a whole trail does not fit in memory) and shows no
    // verification; the report holds both.
    const bool csv = format == QLatin1String("csv");
    auto data = gatherInspection(**reg, options, GatherScope { !csv, !csv, !csv });
    if (!data)
        return data.error();
    QStringList names;
    ExportHead head;
    if (csv) {
        auto paths = csvPaths(out, csvFiles(**reg, *data));
        if (!paths)
            return paths.error();
        for (const auto& f : std::as_const(*paths))
            names << f.first;
        auto written = commitExportFiles(**reg, format, options, *paths);
        if (!written)
            return written.error();
        head = std::move(written).value();
    } else {
#ifdef KANRIBO_HAVE_REPORT
        auto pdf = renderInspectionPdf(*data, (*reg)->policy(), ctx.language);
        if (!pdf)
            return pdf.error();
        auto written = commitExport(**reg, format, options, { { out, *pdf } }, data->verification);
        if (!written)
            return written.error();
        head = std::move(written).value();
        names << out;
#endif
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("format"), format },
            { QStringLiteral("files"), QJsonArray::fromStringList(names) },
            { QStringLiteral("events"), data->eventCount },
            { QStringLiteral("redacted"), static_cast<qint64>(data->redacted.size()) },
            { QStringLiteral("head"), headJson(head) } });
    } else {
        for (const auto& n : names)
            ctx.print(Tr::tr("Wrote %1").arg(n));
        printHead(ctx, head);
        if (!data->redacted.isEmpty())
            ctx.print(Tr::tr("%n item(s) in the accountability view: titles and details withheld from %1, who is "
                             "outside their need-to-know groups.",
                nullptr, static_cast<int>(data->redacted.size()))
                          .arg(data->reader.login));
    }
    return {};
}

Status auditVerifyExport(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("FILE") });
    if (!a)
        return a.error();
    const QString path = a->positional(0);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxBundleBytes)
        return makeError(ErrorCode::Integrity, Tr::tr("%1 is too large to be an export bundle.").arg(path));
    const BundleCheck c = verifyBundle(f); // streamed: one batch of events in memory at a time
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), c.ok }, { QStringLiteral("events"), c.events },
            { QStringLiteral("from"), CliContext::jsonDate(c.ok ? c.from : QDate()) },
            { QStringLiteral("to"), CliContext::jsonDate(c.ok ? c.to : QDate()) },
            { QStringLiteral("signer"), c.ok ? QJsonValue(c.signerFingerprint) : QJsonValue(QJsonValue::Null) } });
    }
    if (!c.ok)
        return makeError(ErrorCode::Integrity, Tr::tr("The export does not verify: %1").arg(c.reason));
    if (ctx.json)
        return {};
    ctx.print(Tr::tr("The export verifies: %n event(s), chain, signatures and the exporter's signature intact.",
        nullptr, static_cast<int>(c.events)));
    QList<std::pair<QString, QString>> fields { { Tr::tr("Facility"), c.facility },
        { Tr::tr("Register"), c.registerId },
        { Tr::tr("Range"), ctx.date(c.from) + QStringLiteral(" – ") + ctx.date(c.to) },
        { Tr::tr("Events"),
            Tr::tr("No. %1 to %2%3")
                .arg(c.firstSeq)
                .arg(c.lastSeq)
                .arg(c.startsAtGenesis ? Tr::tr(" (from the register's creation)") : QString()) },
        { Tr::tr("Signed by"), c.signer }, { Tr::tr("Signer fingerprint"), c.signerFingerprint },
        { Tr::tr("Last event hash"), c.lastHash }, { Tr::tr("Bundle digest"), c.digest } };
    for (const auto& k : c.keyFingerprints)
        fields.append({ Tr::tr("Key"), k });
    ctx.printFields(fields);
    ctx.print(Tr::tr("Compare the signer's fingerprint (and, for a range that starts after the register's creation, "
                     "the keys from before the range) with those the facility gave you."));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("audit export"),
        QStringLiteral("audit export --out FILE [--format bundle|csv|pdf] [--from DATE] [--to DATE] [--for LOGIN]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Exports the register and audit trail for an inspector (officer or auditor): a signed bundle, CSV "
            "tables or a PDF report; --for withholds titles above that reader's clearance."),
        auditExport },
    { QStringLiteral("audit verify-export"), QStringLiteral("audit verify-export FILE"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Verifies an export bundle offline (no register, no login); exit 4 if anything in it was changed."),
        auditVerifyExport },
};
} // namespace

} // namespace kanribo
