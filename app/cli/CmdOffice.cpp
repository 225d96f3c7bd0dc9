// SPDX-License-Identifier: GPL-3.0-or-later
// user offboard | item access-list — the security office's records of people and access (R-PER-1, R-PER-5).
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

Status userOffboard(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("container"), OptionSpec::Value, false },
            { QStringLiteral("debriefed"), OptionSpec::Value, false } },
        { QStringLiteral("LOGIN") });
    if (!a)
        return a.error();
    KANRIBO_ASSIGN(const QDate debriefed, a->date(QStringLiteral("debriefed")));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_ASSIGN(const Offboarding done,
        (*reg)->people().offboard(a->positional(0), a->value(QStringLiteral("container")), debriefed));
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("login"), done.login },
            { QStringLiteral("recovered"), QJsonArray::fromStringList(done.recovered) },
            { QStringLiteral("container"), CliContext::jsonText(done.container) },
            { QStringLiteral("debriefed"), CliContext::jsonDate(done.debriefed) },
            { QStringLiteral("disabled"), done.disabled } });
        return {};
    }
    for (const QString& copy : done.recovered)
        ctx.print(Tr::tr("%1 recovered into the container %2.").arg(copy, done.container));
    ctx.print(Tr::tr("%1: debriefing recorded (%2).").arg(done.login, ctx.date(done.debriefed)));
    ctx.print(done.disabled ? Tr::tr("The account %1 is disabled; its key slot is removed.").arg(done.login)
                            : Tr::tr("The account %1 was already disabled.").arg(done.login));
    return {};
}

QString accessHow(const QString& how)
{
    if (how == QLatin1String("registered"))
        return Tr::tr("registered it");
    if (how == QLatin1String("held"))
        return Tr::tr("held a copy");
    if (how == QLatin1String("viewed"))
        return Tr::tr("viewed the record");
    return Tr::tr("opened the content");
}

Status itemAccessList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("CONTROL") });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_ASSIGN(const AccessList list, (*reg)->items().accessList(a->positional(0)));
    if (ctx.json) {
        QJsonArray authorised;
        for (const User& u : list.authorised)
            authorised.append(QJsonObject { { QStringLiteral("login"), u.login }, { QStringLiteral("name"), u.name },
                { QStringLiteral("role"), roleName(u.role) },
                { QStringLiteral("clearance"), levelName(u.clearance) } });
        QJsonArray accessed;
        for (const AccessEntry& e : list.accessed)
            accessed.append(QJsonObject { { QStringLiteral("login"), e.login },
                { QStringLiteral("at"), jsonTime(e.at) }, { QStringLiteral("how"), e.how },
                { QStringLiteral("copy"), CliContext::jsonText(e.copy) }, { QStringLiteral("seq"), e.seq } });
        ctx.printJson(QJsonObject { { QStringLiteral("control"), list.control },
            { QStringLiteral("level"), levelName(list.level) }, { QStringLiteral("authorised"), authorised },
            { QStringLiteral("accessed"), accessed } });
        return {};
    }
    ctx.print(Tr::tr("Authorised now for %1 (%2):").arg(list.control, CliContext::levelLabel(list.level)));
    QList<QStringList> rows;
    for (const User& u : list.authorised)
        rows << QStringList { u.login, u.name, CliContext::roleLabel(u.role), CliContext::levelLabel(u.clearance) };
    ctx.printTable({ Tr::tr("Login"), Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Clearance") }, rows);
    ctx.print();
    ctx.print(Tr::tr("Has had access:"));
    rows.clear();
    for (const AccessEntry& e : list.accessed)
        rows << QStringList { timeOrDash(ctx, e.at), e.login, accessHow(e.how), e.copy, QString::number(e.seq) };
    ctx.printTable({ Tr::tr("When"), Tr::tr("Login"), Tr::tr("Access"), Tr::tr("Copy"), Tr::tr("Event") }, rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("user offboard"), QStringLiteral("user offboard LOGIN [--container ID] [--debriefed DATE]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "A person leaves: recovers every copy charged to them into the container, records their debriefing "
            "(today unless --debriefed) and disables the account (officer)."),
        userOffboard },
    { QStringLiteral("item access-list"), QStringLiteral("item access-list CONTROL"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Lists who is authorised for an item now and who has had access to it, and when (officer, auditor)."),
        itemAccessList },
};
} // namespace

} // namespace kanribo
