// SPDX-License-Identifier: GPL-3.0-or-later
// group add | list — need-to-know groups.
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

QJsonObject groupJson(const QString& name, const QString& description)
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("description"), description } };
}

Status groupAdd(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(
        argv, { { QStringLiteral("description"), OptionSpec::Value, false } }, { QStringLiteral("GROUP") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString name = a->positional(0);
    const QString description = a->value(QStringLiteral("description"));
    KANRIBO_TRY((*reg)->people().addGroup(name, description));
    if (ctx.json)
        ctx.printJson(groupJson(name, description));
    else
        ctx.print(Tr::tr("Added the need-to-know group %1.").arg(name));
    return {};
}

Status groupList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto groups = (*reg)->people().groups();
    if (!groups)
        return groups.error();
    if (ctx.json) {
        QJsonArray list;
        for (const auto& g : *groups)
            list.append(groupJson(g.name, g.description));
        ctx.printJson(list);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& g : *groups)
        rows << QStringList { g.name, g.description };
    ctx.printTable({ Tr::tr("Group"), Tr::tr("Description") }, rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("group add"), QStringLiteral("group add GROUP [--description TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Adds a need-to-know group (officer)."), groupAdd },
    { QStringLiteral("group list"), QStringLiteral("group list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the need-to-know groups."), groupList },
};
} // namespace

} // namespace kanribo
