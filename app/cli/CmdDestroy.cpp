// SPDX-License-Identifier: GPL-3.0-or-later
// destroy | destruction list — destruction with a witness where the policy requires one (R-DST-1..4).
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

QJsonObject destructionJson(const DestructionRecord& d)
{
    return QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("copy"), d.copyId },
        { QStringLiteral("control"), d.control }, { QStringLiteral("level"), levelName(d.level) },
        { QStringLiteral("method"), d.method }, { QStringLiteral("at"), jsonTime(d.at) },
        { QStringLiteral("official"), d.official }, { QStringLiteral("witness"), CliContext::jsonText(d.witness) },
        { QStringLiteral("event"), d.eventSeq } };
}

Status destroy(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("method"), OptionSpec::Value, true },
            { QStringLiteral("witness"), OptionSpec::Value, false } },
        { QStringLiteral("COPY") });
    if (!a)
        return a.error();
    const QString copy = a->positional(0);
    const QString method = a->value(QStringLiteral("method"));
    const QString witness = a->value(QStringLiteral("witness"));
    auto in = loginWithSecondPerson(ctx, witness);
    if (!in)
        return in.error();
    auto d = withSecondPerson(witness, in->secondPassword,
        [&](const SecondPerson& person) { return custodyOf(*in->reg).destroy(copy, method, person); });
    if (!d)
        return d.error();
    if (ctx.json)
        ctx.printJson(destructionJson(*d));
    else if (d->witness.isEmpty())
        ctx.print(Tr::tr("%1 is destroyed (%2); destruction record %3.").arg(d->copyId, d->method).arg(d->id));
    else
        ctx.print(Tr::tr("%1 is destroyed (%2) in the presence of %3; destruction record %4.")
                      .arg(d->copyId, d->method, d->witness)
                      .arg(d->id));
    return {};
}

Status destructionList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).destructions();
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& d : *list)
            out.append(destructionJson(d));
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& d : *list)
        rows << QStringList { QString::number(d.id), timeOrDash(ctx, d.at), d.copyId, CliContext::levelLabel(d.level),
            d.method, d.official, orDash(d.witness) };
    ctx.printTable({ Tr::tr("No."), Tr::tr("Time"), Tr::tr("Copy"), Tr::tr("Level"), Tr::tr("Method"),
                       Tr::tr("Official"), Tr::tr("Witness") },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("destroy"),
        QStringLiteral("destroy COPY --method burning|shredding|pulping|pulverizing|disintegration|degaussing|other "
                       "[--witness LOGIN]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Destroys a copy and records the certificate; a witness signs where the policy requires one (standard "
            "input: your password, then the witness's)."),
        destroy },
    { QStringLiteral("destruction list"), QStringLiteral("destruction list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the destruction records."), destructionList },
};
} // namespace

} // namespace kanribo
