// SPDX-License-Identifier: GPL-3.0-or-later
// container add | list — approved security containers (R-CUS-4).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

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

QJsonObject containerJson(const Container& c)
{
    return QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("level"), levelName(c.level) },
        { QStringLiteral("location"), c.location } };
}

Status containerAdd(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("level"), OptionSpec::Value, true },
            { QStringLiteral("location"), OptionSpec::Value, false } },
        { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto level = a->level(QStringLiteral("level"));
    if (!level)
        return level.error();
    const Container c { a->positional(0), **level, a->value(QStringLiteral("location")) };
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY((*reg)->people().addContainer(c));
    if (ctx.json)
        ctx.printJson(containerJson(c));
    else
        ctx.print(Tr::tr("Added the container %1, approved for %2.").arg(c.id, CliContext::levelLabel(c.level)));
    return {};
}

Status containerList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto containers = (*reg)->people().containers();
    if (!containers)
        return containers.error();
    if (ctx.json) {
        QJsonArray list;
        for (const auto& c : *containers)
            list.append(containerJson(c));
        ctx.printJson(list);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& c : *containers)
        rows << QStringList { c.id, CliContext::levelLabel(c.level), c.location };
    ctx.printTable({ Tr::tr("Container"), Tr::tr("Approved for"), Tr::tr("Location") }, rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("container add"), QStringLiteral("container add ID --level LEVEL [--location TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Adds a security container approved up to a level (officer)."),
        containerAdd },
    { QStringLiteral("container list"), QStringLiteral("container list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the security containers."), containerList },
};
} // namespace

} // namespace kanribo
