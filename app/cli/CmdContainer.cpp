// SPDX-License-Identifier: GPL-3.0-or-later
// container add | list | custodians | combination-changed | open | close | check | status — approved security
// containers (R-CUS-4), who knows each combination (R-CON-1) and their open / close / check record (R-CON-2).
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

QJsonObject reservationJson(const ContainerReservation& r)
{
    return QJsonObject { { QStringLiteral("origins"), QJsonArray::fromStringList(r.origins) },
        { QStringLiteral("regimes"), QJsonArray::fromStringList(r.regimes) },
        { QStringLiteral("groups"), QJsonArray::fromStringList(r.groups) } };
}

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

Status containerCustodians(CliContext& ctx, const QStringList& argv)
{
    auto a
        = CommandArgs::parse(argv, { { QStringLiteral("login"), OptionSpec::Multi, false } }, { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString id = a->positional(0);
    const QStringList logins = a->values(QStringLiteral("login"));
    KANRIBO_TRY((*reg)->people().setCombinationCustodians(id, logins));
    if (ctx.json)
        ctx.printJson(QJsonObject {
            { QStringLiteral("id"), id }, { QStringLiteral("custodians"), QJsonArray::fromStringList(logins) } });
    else if (logins.isEmpty())
        ctx.print(Tr::tr("Nobody is recorded as knowing the combination of %1.").arg(id));
    else
        ctx.print(Tr::tr("The combination of %1 is known to %2.").arg(id, logins.join(QStringLiteral(", "))));
    return {};
}

Status containerReserve(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("origin"), OptionSpec::Multi, false },
            { QStringLiteral("regime"), OptionSpec::Multi, false },
            { QStringLiteral("group"), OptionSpec::Multi, false } },
        { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString id = a->positional(0);
    const ContainerReservation r { a->values(QStringLiteral("origin")), a->values(QStringLiteral("regime")),
        a->values(QStringLiteral("group")) };
    KANRIBO_TRY((*reg)->people().reserveContainer(id, r));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("reserved"), reservationJson(r) } });
    else if (r.isEmpty())
        ctx.print(Tr::tr("The container %1 is no longer reserved.").arg(id));
    else
        ctx.print(Tr::tr("The container %1 is reserved for %2.").arg(id, r.text()));
    return {};
}

Status containerCombinationChanged(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("ID") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString id = a->positional(0);
    KANRIBO_TRY((*reg)->people().recordCombinationChange(id));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("id"), id } });
    else
        ctx.print(Tr::tr("The change of the combination of %1 is recorded.").arg(id));
    return {};
}

QString changeDueText(const ContainerState& s)
{
    if (s.changeDue == QLatin1String("put-in-use"))
        return Tr::tr("change due: never changed since put in use");
    if (s.changeDue == QLatin1String("custodian-left"))
        return Tr::tr("change due: %1 no longer may know it").arg(s.leavers.join(QStringLiteral(", ")));
    if (s.changeDue == QLatin1String("interval"))
        return Tr::tr("change due: a year since the last change");
    return {};
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
                { QStringLiteral("left_open"), s.leftOpen }, { QStringLiteral("check_due"), s.checkDue },
                { QStringLiteral("custodians"), QJsonArray::fromStringList(s.custodians) },
                { QStringLiteral("combination_changed"), jsonTime(s.combinationChanged) },
                { QStringLiteral("change_due"), CliContext::jsonText(s.changeDue) },
                { QStringLiteral("leavers"), QJsonArray::fromStringList(s.leavers) },
                { QStringLiteral("reserved"), reservationJson(s.reservation) } });
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
            s.by, timeOrDash(ctx, s.checkedAt), s.checkedBy, flag,
            s.custodians.isEmpty() ? QStringLiteral("—") : s.custodians.join(QStringLiteral(", ")),
            s.changeDue.isEmpty() ? timeOrDash(ctx, s.combinationChanged) : changeDueText(s) };
    }
    ctx.printTable({ Tr::tr("Container"), Tr::tr("State"), Tr::tr("Since"), Tr::tr("By"), Tr::tr("Last check"),
                       Tr::tr("Checked by"), QString(), Tr::tr("Combination known to"), Tr::tr("Combination changed") },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("container add"), QStringLiteral("container add ID --level LEVEL [--location TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Adds a security container approved up to a level (officer)."),
        containerAdd },
    { QStringLiteral("container list"), QStringLiteral("container list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the security containers."), containerList },
    { QStringLiteral("container custodians"), QStringLiteral("container custodians ID [--login LOGIN]..."),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Records who knows a container's combination, as the whole list; without --login, nobody (officer)."),
        containerCustodians },
    { QStringLiteral("container reserve"),
        QStringLiteral("container reserve ID [--origin NAT]... [--regime NAME]... [--group GROUP]..."),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Reserves a container for material of these origins, regimes or groups; nothing else may be stored in it. "
            "Without options, lifts the reservation (officer)."),
        containerReserve },
    { QStringLiteral("container combination-changed"), QStringLiteral("container combination-changed ID"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Records that a container's combination was changed (an officer, or one who knows it; never the "
            "combination)."),
        containerCombinationChanged },
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
