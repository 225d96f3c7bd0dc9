// SPDX-License-Identifier: GPL-3.0-or-later
// inventory start | sight | finish | status | list | due — sighting every copy (R-INV-1).
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

QJsonObject inventoryJson(const InventoryResult& r)
{
    QJsonArray incidents;
    for (qint64 id : r.incidents)
        incidents.append(id);
    return QJsonObject { { QStringLiteral("id"), r.id },
        { QStringLiteral("container"), CliContext::jsonText(r.container) },
        { QStringLiteral("started_at"), jsonTime(r.startedAt) },
        { QStringLiteral("finished_at"), jsonTime(r.finishedAt) },
        { QStringLiteral("present"), QJsonArray::fromStringList(r.present) },
        { QStringLiteral("missing"), QJsonArray::fromStringList(r.missing) },
        { QStringLiteral("unexpected"), QJsonArray::fromStringList(r.unexpected) },
        { QStringLiteral("incidents"), incidents } };
}

QString scopeLabel(const QString& container)
{
    return container.isEmpty() ? Tr::tr("the whole register") : Tr::tr("the container %1").arg(container);
}

QString listOrNone(const QStringList& list)
{
    return list.isEmpty() ? Tr::tr("none") : list.join(QStringLiteral(", "));
}

void printResult(const CliContext& ctx, const InventoryResult& r)
{
    QStringList incidents;
    for (qint64 id : r.incidents)
        incidents << QString::number(id);
    ctx.printFields({ { Tr::tr("Inventory"), QString::number(r.id) }, { Tr::tr("Scope"), scopeLabel(r.container) },
        { Tr::tr("Started"), timeOrDash(ctx, r.startedAt) }, { Tr::tr("Finished"), timeOrDash(ctx, r.finishedAt) },
        { Tr::tr("Present"), listOrNone(r.present) }, { Tr::tr("Missing"), listOrNone(r.missing) },
        { Tr::tr("Unexpected"), listOrNone(r.unexpected) }, { Tr::tr("Incidents opened"), listOrNone(incidents) } });
}

Status inventoryStart(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("container"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto r = custodyOf(**reg).startInventory(a->value(QStringLiteral("container")));
    if (!r)
        return r.error();
    if (ctx.json)
        ctx.printJson(inventoryJson(*r));
    else
        ctx.print(Tr::tr("Inventory %1 of %2 is open: sight every copy, then finish it.")
                      .arg(QString::number(r->id), scopeLabel(r->container)));
    return {};
}

Status inventorySight(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("COPY") });
    if (!a)
        return a.error();
    const QString copy = a->positional(0);
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY(custodyOf(**reg).sight(copy));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("copy"), copy } });
    else
        ctx.print(Tr::tr("%1 is sighted.").arg(copy));
    return {};
}

Status inventoryFinish(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto r = custodyOf(**reg).finishInventory();
    if (!r)
        return r.error();
    if (ctx.json)
        ctx.printJson(inventoryJson(*r));
    else
        printResult(ctx, *r);
    return {};
}

Status inventoryStatus(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto r = custodyOf(**reg).openInventory();
    if (!r)
        return r.error();
    if (ctx.json) {
        ctx.printJson(QJsonObject {
            { QStringLiteral("open"), *r ? QJsonValue(inventoryJson(**r)) : QJsonValue(QJsonValue::Null) } });
        return {};
    }
    if (!*r)
        ctx.print(Tr::tr("No inventory is open."));
    else
        printResult(ctx, **r);
    return {};
}

Status inventoryList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).inventories();
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& r : *list)
            out.append(inventoryJson(r));
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& r : *list)
        rows << QStringList { QString::number(r.id), scopeLabel(r.container), timeOrDash(ctx, r.startedAt),
            timeOrDash(ctx, r.finishedAt), QString::number(r.present.size()), QString::number(r.missing.size()),
            QString::number(r.unexpected.size()) };
    ctx.printTable({ Tr::tr("No."), Tr::tr("Scope"), Tr::tr("Started"), Tr::tr("Finished"), Tr::tr("Present"),
                       Tr::tr("Missing"), Tr::tr("Unexpected") },
        rows);
    return {};
}

Status inventoryDue(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).inventoriesDue();
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& d : *list)
            out.append(QJsonObject { { QStringLiteral("scope"), CliContext::jsonText(d.scope) },
                { QStringLiteral("top_secret_copies"), d.topSecretCopies },
                { QStringLiteral("last_done"), CliContext::jsonDate(d.lastDone) },
                { QStringLiteral("due"), CliContext::jsonDate(d.due) }, { QStringLiteral("overdue"), d.overdue } });
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& d : *list)
        rows << QStringList { d.scope.isEmpty() ? Tr::tr("(charged to people)") : d.scope,
            QString::number(d.topSecretCopies), d.lastDone.isValid() ? ctx.date(d.lastDone) : Tr::tr("never"),
            ctx.date(d.due), d.overdue ? Tr::tr("OVERDUE") : QString() };
    ctx.printTable(
        { Tr::tr("Scope"), Tr::tr("Top secret copies"), Tr::tr("Last done"), Tr::tr("Due"), QString() }, rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("inventory start"), QStringLiteral("inventory start [--container ID]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Opens an inventory of a container or of the whole register."),
        inventoryStart },
    { QStringLiteral("inventory sight"), QStringLiteral("inventory sight COPY"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records that a copy was seen in the open inventory."), inventorySight },
    { QStringLiteral("inventory finish"), QStringLiteral("inventory finish"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Closes the open inventory: prints present, missing and unexpected copies and opens an incident for each "
            "missing copy."),
        inventoryFinish },
    { QStringLiteral("inventory status"), QStringLiteral("inventory status"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows the open inventory, if any."), inventoryStatus },
    { QStringLiteral("inventory list"), QStringLiteral("inventory list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists past inventories."), inventoryList },
    { QStringLiteral("inventory due"), QStringLiteral("inventory due"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows when the next top secret inventories are due."), inventoryDue },
};
} // namespace

} // namespace kanribo
