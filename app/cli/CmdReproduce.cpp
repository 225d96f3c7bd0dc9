// SPDX-License-Identifier: GPL-3.0-or-later
// reproduce | reproduction list — reproduction and translation records (R-REP-1..3).
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

QJsonObject reproductionJson(const Reproduction& r)
{
    return QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("control"), r.control },
        { QStringLiteral("copies"), QJsonArray::fromStringList(r.copies) },
        { QStringLiteral("reason"), r.withheld ? QJsonValue(QJsonValue::Null) : QJsonValue(r.reason) },
        { QStringLiteral("withheld"), r.withheld },
        { QStringLiteral("consent_ref"), CliContext::jsonText(r.consentRef) },
        { QStringLiteral("approver"), CliContext::jsonText(r.approver) }, { QStringLiteral("kind"), r.kind },
        { QStringLiteral("notation"), CliContext::jsonText(r.notation) }, { QStringLiteral("at"), jsonTime(r.at) },
        { QStringLiteral("by"), r.by } };
}

Status reproduce(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        CommandArgs::freeTextOptions(QStringLiteral("reason"))
            + QList<OptionSpec> { { QStringLiteral("copies"), OptionSpec::Value, true },
                { QStringLiteral("approver"), OptionSpec::Value, false },
                { QStringLiteral("consent-ref"), OptionSpec::Value, false },
                { QStringLiteral("translation"), OptionSpec::Flag, false },
                { QStringLiteral("notation"), OptionSpec::Value, false } },
        { QStringLiteral("CONTROL") });
    if (!a)
        return a.error();
    bool isNumber = false;
    const int copies = a->value(QStringLiteral("copies")).toInt(&isNumber);
    if (!isNumber)
        return makeError(ErrorCode::Usage,
            Tr::tr("The option --%1 needs a whole number, not '%2'.")
                .arg(QStringLiteral("copies"), a->value(QStringLiteral("copies"))));
    const QString control = a->positional(0);
    const QString approver = a->value(QStringLiteral("approver"));
    if (!a->has(QStringLiteral("reason")) && !a->has(QStringLiteral("reason-file")))
        return makeError(ErrorCode::Usage, Tr::tr("The option --reason (or --reason-file) is required."));
    auto in = loginWithSecondPerson(ctx, approver);
    if (!in)
        return in.error();
    auto reason = a->freeText(QStringLiteral("reason"), true);
    if (!reason)
        return reason.error();
    auto r = withSecondPerson(approver, in->secondPassword, [&](const SecondPerson& person) {
        return custodyOf(*in->reg).reproduce(control, copies, **reason, a->value(QStringLiteral("consent-ref")), person,
            a->has(QStringLiteral("translation")), a->value(QStringLiteral("notation")));
    });
    if (!r)
        return r.error();
    if (ctx.json)
        ctx.printJson(reproductionJson(*r));
    else
        ctx.print(Tr::tr("Reproduced %1: %2 (held by you).").arg(r->control, r->copies.join(QStringLiteral(", "))));
    return {};
}

Status reproductionList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).reproductions();
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& r : *list)
            out.append(reproductionJson(r));
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& r : *list)
        rows << QStringList { QString::number(r.id), timeOrDash(ctx, r.at), r.control,
            r.copies.join(QStringLiteral(", ")), r.kind, r.by, orDash(r.approver), orDash(r.consentRef),
            r.withheld ? withheldText({}) : r.reason };
    ctx.printTable({ Tr::tr("No."), Tr::tr("Time"), Tr::tr("Control No."), Tr::tr("Copies"), Tr::tr("Kind"),
                       Tr::tr("By"), Tr::tr("Approver"), Tr::tr("Consent"), Tr::tr("Reason") },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("reproduce"),
        QStringLiteral("reproduce CONTROL --copies N --reason TEXT [--approver LOGIN] [--consent-ref TEXT] "
                       "[--translation] [--notation TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Makes new copies (or a translation), held by you; top secret needs --consent-ref (standard input: your "
            "password, then the approver's)."),
        reproduce },
    { QStringLiteral("reproduction list"), QStringLiteral("reproduction list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the reproduction and translation records."), reproductionList },
};
} // namespace

} // namespace kanribo
