// SPDX-License-Identifier: GPL-3.0-or-later
// audit export | verify-export — what an inspector takes away and checks offline (R-INV-2).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"
#include "report/AuditExport.h"
#include "report/ExportBundle.h"
#include "report/Exports.h"

#ifdef KANRIBO_HAVE_REPORT
#include "InspectionReport.h"
#endif

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

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
            { QStringLiteral("for"), OptionSpec::Value, false }, { QStringLiteral("kind"), OptionSpec::Value, false },
            { QStringLiteral("actor"), OptionSpec::Value, false },
            { QStringLiteral("item"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    const QString formatName
        = a->has(QStringLiteral("format")) ? a->value(QStringLiteral("format")) : QStringLiteral("bundle");
    const auto format = exportFormatFromName(formatName);
    if (!format)
        return makeError(
            ErrorCode::Usage, Tr::tr("'%1' is not an export format: use bundle, csv or pdf.").arg(formatName));
    ExportRequest request;
    request.format = *format;
    auto from = a->date(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = a->date(QStringLiteral("to"));
    if (!to)
        return to.error();
    request.options.from = *from;
    request.options.to = *to;
    request.options.reader = a->value(QStringLiteral("for"));
    // The audit view's filter (CSV and PDF; a bundle cannot be filtered): one kind, one signer, one item and its
    // copies.
    request.options.kind = a->value(QStringLiteral("kind"));
    request.options.actor = a->value(QStringLiteral("actor"));
    request.options.control = a->value(QStringLiteral("item"));
    request.out = a->value(QStringLiteral("out"));
    if (request.out.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The option --out needs a value."));
#ifndef KANRIBO_HAVE_REPORT
    if (*format == ExportFormat::Pdf)
        return makeError(ErrorCode::Io, Tr::tr("This kanribo-cli was built without PDF reports."));
#endif
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
#ifdef KANRIBO_HAVE_REPORT
    request.renderPdf = [&ctx, r = reg->get()](const InspectionData& data) {
        return renderInspectionPdf(data, r->policy(), ctx.language);
    };
#endif
    auto done = exportForInspection(**reg, request);
    if (!done)
        return done.error();
    const ExportOutcome& x = *done;
    if (x.format == ExportFormat::Bundle) {
        if (ctx.json) {
            ctx.printJson(QJsonObject { { QStringLiteral("format"), formatName },
                { QStringLiteral("files"), QJsonArray::fromStringList(x.files) },
                { QStringLiteral("events"), x.events }, { QStringLiteral("first_seq"), x.firstSeq },
                { QStringLiteral("last_seq"), x.lastSeq }, { QStringLiteral("digest"), x.digest },
                { QStringLiteral("signer"), x.signerFingerprint }, { QStringLiteral("head"), headJson(x.head) } });
        } else {
            ctx.print(Tr::tr("Exported %n event(s) (No. %1 to %2) to %3.", nullptr, static_cast<int>(x.events))
                          .arg(x.firstSeq)
                          .arg(x.lastSeq)
                          .arg(x.files.constFirst()));
            ctx.printFields({ { Tr::tr("Bundle digest"), x.digest },
                { Tr::tr("Signed by"), x.signer + QStringLiteral("  ") + x.signerFingerprint } });
            printHead(ctx, x.head);
        }
        return {};
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("format"), formatName },
            { QStringLiteral("files"), QJsonArray::fromStringList(x.files) }, { QStringLiteral("events"), x.events },
            { QStringLiteral("redacted"), x.withheld }, { QStringLiteral("head"), headJson(x.head) } });
    } else {
        for (const auto& n : x.files)
            ctx.print(Tr::tr("Wrote %1").arg(n));
        printHead(ctx, x.head);
        if (x.withheld > 0)
            ctx.print(Tr::tr("%n item(s) in the accountability view: titles and details withheld from %1, who is "
                             "outside their need-to-know groups.",
                nullptr, static_cast<int>(x.withheld))
                          .arg(x.reader));
    }
    return {};
}

Status auditVerifyExport(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("FILE") });
    if (!a)
        return a.error();
    auto checked = verifyBundleFile(a->positional(0));
    if (!checked)
        return checked.error();
    const BundleCheck& c = *checked;
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
