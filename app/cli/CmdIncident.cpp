// SPDX-License-Identifier: GPL-3.0-or-later
// incident report | update | list — loss and compromise (R-INC-1..2).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"
#include "CustodyCli.h"

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

QJsonObject incidentJson(const Incident& i)
{
    return QJsonObject { { QStringLiteral("id"), i.id }, { QStringLiteral("kind"), incidentKindName(i.kind) },
        { QStringLiteral("summary"), i.withheld ? QJsonValue(QJsonValue::Null) : QJsonValue(i.summary) },
        { QStringLiteral("withheld"), i.withheld }, { QStringLiteral("copies"), QJsonArray::fromStringList(i.copies) },
        { QStringLiteral("status"), i.status }, { QStringLiteral("reported_at"), jsonTime(i.reportedAt) },
        { QStringLiteral("reported_by"), i.reportedBy },
        { QStringLiteral("originator_notified"), CliContext::jsonDate(i.originatorNotified) },
        { QStringLiteral("findings"), CliContext::jsonText(i.findings) },
        { QStringLiteral("measures"), CliContext::jsonText(i.measures) },
        { QStringLiteral("closed_at"), jsonTime(i.closedAt) } };
}

QString kindLabel(IncidentKind k)
{
    switch (k) {
    case IncidentKind::Loss:
        return Tr::tr("loss");
    case IncidentKind::Compromise:
        return Tr::tr("compromise");
    case IncidentKind::PossibleCompromise:
        return Tr::tr("possible compromise");
    }
    return incidentKindName(k);
}

void printIncident(const CliContext& ctx, const Incident& i)
{
    if (ctx.json) {
        ctx.printJson(incidentJson(i));
        return;
    }
    ctx.printFields({ { Tr::tr("Incident"), QString::number(i.id) }, { Tr::tr("Kind"), kindLabel(i.kind) },
        { Tr::tr("Status"), i.status }, { Tr::tr("Copies"), i.copies.join(QStringLiteral(", ")) },
        { Tr::tr("Summary"), i.withheld ? withheldText({}) : i.summary },
        { Tr::tr("Reported"), timeOrDash(ctx, i.reportedAt) + QStringLiteral(" (") + i.reportedBy + QLatin1Char(')') },
        { Tr::tr("Originator notified"), ctx.date(i.originatorNotified) }, { Tr::tr("Findings"), orDash(i.findings) },
        { Tr::tr("Measures"), orDash(i.measures) }, { Tr::tr("Closed"), timeOrDash(ctx, i.closedAt) } });
}

Status incidentReport(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        QList<OptionSpec> { { QStringLiteral("kind"), OptionSpec::Value, true } }
            + CommandArgs::freeTextOptions(QStringLiteral("summary")),
        { QStringLiteral("CONTROL|COPY") });
    if (!a)
        return a.error();
    const auto kind = incidentKindFromName(a->value(QStringLiteral("kind")));
    if (!kind)
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not an incident kind: use loss, compromise or possible-compromise.")
                .arg(a->value(QStringLiteral("kind"))));
    if (!a->has(QStringLiteral("summary")) && !a->has(QStringLiteral("summary-file")))
        return makeError(ErrorCode::Usage, Tr::tr("The option --summary (or --summary-file) is required."));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto summary = a->freeText(QStringLiteral("summary"), true);
    if (!summary)
        return summary.error();
    auto i = custodyOf(**reg).reportIncident(a->positional(0), *kind, **summary);
    if (!i)
        return i.error();
    if (ctx.json)
        printIncident(ctx, *i);
    else
        ctx.print(Tr::tr("Incident %1 is open (%2): %3.")
                      .arg(QString::number(i->id), kindLabel(i->kind), i->copies.join(QStringLiteral(", "))));
    return {};
}

Result<qint64> incidentId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not an incident number.").arg(text));
    return id;
}

Status incidentUpdate(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        QList<OptionSpec> { { QStringLiteral("originator-notified"), OptionSpec::Value, false },
            { QStringLiteral("close"), OptionSpec::Flag, false } }
            + CommandArgs::freeTextOptions(QStringLiteral("findings"))
            + CommandArgs::freeTextOptions(QStringLiteral("measures")),
        { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto id = incidentId(a->positional(0));
    if (!id)
        return id.error();
    IncidentUpdate up;
    if (a->has(QStringLiteral("originator-notified"))) {
        auto d = a->date(QStringLiteral("originator-notified"));
        if (!d)
            return d.error();
        up.originatorNotified = *d;
    }
    up.close = a->has(QStringLiteral("close"));
    if (a->has(QStringLiteral("findings-file")) && a->has(QStringLiteral("measures-file"))
        && a->value(QStringLiteral("findings-file")) == QLatin1String("-")
        && a->value(QStringLiteral("measures-file")) == QLatin1String("-"))
        return makeError(
            ErrorCode::Usage, Tr::tr("Only one of --findings-file and --measures-file can be standard input."));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto findings = a->freeText(QStringLiteral("findings"), false);
    if (!findings)
        return findings.error();
    auto measures = a->freeText(QStringLiteral("measures"), false);
    if (!measures)
        return measures.error();
    if (*findings)
        up.findings = **findings;
    if (*measures)
        up.measures = **measures;
    auto i = custodyOf(**reg).updateIncident(*id, up);
    if (!i)
        return i.error();
    printIncident(ctx, *i);
    return {};
}

Status incidentList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("open"), OptionSpec::Flag, false } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).incidents(a->has(QStringLiteral("open")));
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& i : *list)
            out.append(incidentJson(i));
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& i : *list)
        rows << QStringList { QString::number(i.id), timeOrDash(ctx, i.reportedAt), kindLabel(i.kind), i.status,
            i.copies.join(QStringLiteral(", ")), ctx.date(i.originatorNotified), i.summary };
    ctx.printTable({ Tr::tr("No."), Tr::tr("Reported"), Tr::tr("Kind"), Tr::tr("Status"), Tr::tr("Copies"),
                       Tr::tr("Originator notified"), Tr::tr("Summary") },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("incident report"),
        QStringLiteral("incident report (CONTROL|COPY) --kind loss|compromise|possible-compromise --summary TEXT"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records a loss or (possible) compromise of an item's copies or one copy."),
        incidentReport },
    { QStringLiteral("incident update"),
        QStringLiteral("incident update ID [--originator-notified DATE] [--findings TEXT] [--measures TEXT] [--close]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records the notification, findings and measures of an incident."),
        incidentUpdate },
    { QStringLiteral("incident list"), QStringLiteral("incident list [--open]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the incidents."), incidentList },
};
} // namespace

} // namespace kanribo
