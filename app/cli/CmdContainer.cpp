// SPDX-License-Identifier: GPL-3.0-or-later
// container add | list | open | close | check | status — approved security containers (R-CUS-4) and their open /
// close / check record (R-CON-2).
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

Status containerStep(CliContext& ctx, const QStringList& argv, ContainerStep step)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString id = a->positional(0);
    KANRIBO_TRY((*reg)->people().recordContainerStep(id, step));
    if (ctx.json) {
        const char* state = step == ContainerStep::Open ? "open" : "closed";
        ctx.printJson(
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("state"), QString::fromLatin1(state) },
                { QStringLiteral("checked"), step == ContainerStep::Check } });
    } else if (step == ContainerStep::Open) {
        ctx.print(Tr::tr("The container %1 is recorded as open.").arg(id));
    } else if (step == ContainerStep::Close) {
        ctx.print(Tr::tr("The container %1 is recorded as closed.").arg(id));
    } else {
        ctx.print(Tr::tr("The container %1 is checked: secured.").arg(id));
    }
    return {};
}

Status containerOpen(CliContext& ctx, const QStringList& argv)
{
    return containerStep(ctx, argv, ContainerStep::Open);
}

Status containerClose(CliContext& ctx, const QStringList& argv)
{
    return containerStep(ctx, argv, ContainerStep::Close);
}

Status containerCheck(CliContext& ctx, const QStringList& argv)
{
    return containerStep(ctx, argv, ContainerStep::Check);
}

Status containerStatus(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_ASSIGN(const QList<ContainerState> states, (*reg)->people().containerStates());
    if (ctx.json) {
        QJsonArray list;
        for (const ContainerState& s : states)
            list.append(QJsonObject { { QStringLiteral("id"), s.container.id },
                { QStringLiteral("state"), s.open ? QStringLiteral("open") : QStringLiteral("closed") },
                { QStringLiteral("since"), jsonTime(s.since) }, { QStringLiteral("by"), CliContext::jsonText(s.by) },
                { QStringLiteral("checked_at"), jsonTime(s.checkedAt) },
                { QStringLiteral("checked_by"), CliContext::jsonText(s.checkedBy) },
                { QStringLiteral("left_open"), s.leftOpen }, { QStringLiteral("check_due"), s.checkDue } });
        ctx.printJson(list);
        return {};
    }
    QList<QStringList> rows;
    for (const ContainerState& s : states) {
        QString flag;
        if (s.leftOpen)
            flag = Tr::tr("LEFT OPEN");
        else if (s.checkDue)
            flag = Tr::tr("CHECK DUE");
        rows << QStringList { s.container.id, s.open ? Tr::tr("open") : Tr::tr("closed"), timeOrDash(ctx, s.since),
            s.by, timeOrDash(ctx, s.checkedAt), s.checkedBy, flag };
    }
    ctx.printTable({ Tr::tr("Container"), Tr::tr("State"), Tr::tr("Since"), Tr::tr("By"), Tr::tr("Last check"),
                       Tr::tr("Checked by"), QString() },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("container add"), QStringLiteral("container add ID --level LEVEL [--location TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Adds a security container approved up to a level (officer)."),
        containerAdd },
    { QStringLiteral("container list"), QStringLiteral("container list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the security containers."), containerList },
    { QStringLiteral("container open"), QStringLiteral("container open ID"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records that you opened a container (cleared for its level)."),
        containerOpen },
    { QStringLiteral("container close"), QStringLiteral("container close ID"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records that you closed and locked a container."), containerClose },
    { QStringLiteral("container check"), QStringLiteral("container check ID"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records the end-of-day check that a closed container is secured."),
        containerCheck },
    { QStringLiteral("container status"), QStringLiteral("container status"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Shows each container open or closed, since when and by whom, and its last check; flags one left open "
            "from an earlier day or not yet checked today."),
        containerStatus },
};
} // namespace

} // namespace kanribo
