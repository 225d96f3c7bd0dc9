// SPDX-License-Identifier: GPL-3.0-or-later
// user add | list | show | grant | revoke | disable | passwd — the register of cleared people (R-ACC-6).
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

const QString kLogin = QStringLiteral("LOGIN");

QJsonObject userJson(const User& u)
{
    const auto withheld = [&](const QJsonValue& v) { return u.detailsWithheld ? QJsonValue(QJsonValue::Null) : v; };
    QJsonObject o { { QStringLiteral("login"), u.login }, { QStringLiteral("name"), u.name },
        { QStringLiteral("role"), withheld(roleName(u.role)) },
        { QStringLiteral("clearance"), withheld(levelName(u.clearance)) },
        { QStringLiteral("clearance_granted"), withheld(CliContext::jsonDate(u.clearanceGranted)) },
        { QStringLiteral("clearance_expires"), withheld(CliContext::jsonDate(u.clearanceExpires)) },
        { QStringLiteral("nationality"), withheld(u.nationality) },
        { QStringLiteral("briefed"), withheld(CliContext::jsonDate(u.briefed)) },
        { QStringLiteral("debriefed"), withheld(CliContext::jsonDate(u.debriefed)) },
        { QStringLiteral("active"), u.active },
        { QStringLiteral("groups"), withheld(QJsonArray::fromStringList(u.groups)) },
        { QStringLiteral("fingerprint"), u.fingerprint() } };
    if (u.detailsWithheld) // R-ACC-3: a person's record is for officers and auditors
        o.insert(QStringLiteral("details_withheld"), true);
    return o;
}

// A field of a person's record as the acting user may see it.
QString shown(const User& u, const QString& value)
{
    return u.detailsWithheld ? QStringLiteral("—") : value;
}

void printUser(const CliContext& ctx, const User& u)
{
    if (ctx.json) {
        ctx.printJson(userJson(u));
        return;
    }
    ctx.printFields({ { Tr::tr("Login"), u.login }, { Tr::tr("Name"), u.name },
        { Tr::tr("Role"), shown(u, CliContext::roleLabel(u.role)) },
        { Tr::tr("Clearance"), shown(u, CliContext::levelLabel(u.clearance)) },
        { Tr::tr("Clearance granted"), shown(u, ctx.date(u.clearanceGranted)) },
        { Tr::tr("Clearance expires"), shown(u, ctx.date(u.clearanceExpires)) },
        { Tr::tr("Nationality"), shown(u, u.nationality) }, { Tr::tr("Briefed"), shown(u, ctx.date(u.briefed)) },
        { Tr::tr("Debriefed"), shown(u, ctx.date(u.debriefed)) }, { Tr::tr("Active"), CliContext::yesNo(u.active) },
        { Tr::tr("Groups"), shown(u, u.groups.isEmpty() ? QStringLiteral("—") : u.groups.join(QStringLiteral(", "))) },
        { Tr::tr("Key fingerprint"), u.fingerprint() } });
}

// Prints the user as the register now holds them (after a change).
Status printCurrentUser(const CliContext& ctx, Register& reg, const QString& login)
{
    auto u = reg.people().user(login);
    if (!u)
        return u.error();
    printUser(ctx, *u);
    return {};
}

Status userAdd(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("name"), OptionSpec::Value, true }, { QStringLiteral("role"), OptionSpec::Value, true },
            { QStringLiteral("clearance"), OptionSpec::Value, true },
            { QStringLiteral("nationality"), OptionSpec::Value, true },
            { QStringLiteral("clearance-expires"), OptionSpec::Value, false },
            { QStringLiteral("briefed"), OptionSpec::Value, false },
            { QStringLiteral("group"), OptionSpec::Multi, false } },
        { kLogin });
    if (!a)
        return a.error();
    auto role = a->role(QStringLiteral("role"));
    if (!role)
        return role.error();
    auto clearance = a->level(QStringLiteral("clearance"));
    if (!clearance)
        return clearance.error();
    auto expires = a->date(QStringLiteral("clearance-expires"));
    if (!expires)
        return expires.error();
    auto briefed = a->date(QStringLiteral("briefed"));
    if (!briefed)
        return briefed.error();
    NewUser nu;
    nu.login = a->positional(0);
    nu.name = a->value(QStringLiteral("name"));
    nu.role = **role;
    nu.clearance = **clearance;
    nu.nationality = a->value(QStringLiteral("nationality"));
    nu.clearanceExpires = *expires;
    nu.briefed = *briefed;
    nu.groups = a->values(QStringLiteral("group"));

    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto password = ctx.readNewPassword(nu.login);
    if (!password)
        return password.error();
    auto added = (*reg)->people().addUser(nu, password->bytes());
    password->wipe();
    if (!added)
        return added.error();
    if (ctx.json)
        printUser(ctx, *added);
    else
        ctx.print(Tr::tr("Added %1 (%2, %3).")
                      .arg(added->login, CliContext::roleLabel(added->role), CliContext::levelLabel(added->clearance)));
    return {};
}

Status userList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto users = (*reg)->people().users();
    if (!users)
        return users.error();
    if (ctx.json) {
        QJsonArray list;
        for (const auto& u : *users)
            list.append(userJson(u));
        ctx.printJson(list);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& u : *users)
        rows << QStringList { u.login, u.name, shown(u, CliContext::roleLabel(u.role)),
            shown(u, CliContext::levelLabel(u.clearance)), shown(u, ctx.date(u.clearanceExpires)),
            shown(u, u.nationality), shown(u, ctx.date(u.briefed)), CliContext::yesNo(u.active),
            shown(u, u.groups.join(QStringLiteral(", "))) };
    ctx.printTable({ Tr::tr("Login"), Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Clearance"), Tr::tr("Expires"),
                       Tr::tr("Nationality"), Tr::tr("Briefed"), Tr::tr("Active"), Tr::tr("Groups") },
        rows);
    return {};
}

Status userShow(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { kLogin });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    return printCurrentUser(ctx, **reg, a->positional(0));
}

Status userGroupChange(CliContext& ctx, const QStringList& argv, bool grant)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("group"), OptionSpec::Value, true } }, { kLogin });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString login = a->positional(0);
    const QString group = a->value(QStringLiteral("group"));
    KANRIBO_TRY(grant ? (*reg)->people().grantGroup(login, group) : (*reg)->people().revokeGroup(login, group));
    if (ctx.json)
        return printCurrentUser(ctx, **reg, login);
    ctx.print(grant ? Tr::tr("%1 is now in the need-to-know group %2.").arg(login, group)
                    : Tr::tr("%1 is no longer in the need-to-know group %2.").arg(login, group));
    return {};
}

Status userGrant(CliContext& ctx, const QStringList& argv)
{
    return userGroupChange(ctx, argv, true);
}

Status userRevoke(CliContext& ctx, const QStringList& argv)
{
    return userGroupChange(ctx, argv, false);
}

Status userDisable(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { kLogin });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString login = a->positional(0);
    KANRIBO_TRY((*reg)->people().disableUser(login));
    if (ctx.json)
        return printCurrentUser(ctx, **reg, login);
    ctx.print(Tr::tr("The account %1 is disabled; its key slot is removed.").arg(login));
    return {};
}

Status userPasswd(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    KANRIBO_TRY(ctx.requireActor());
    auto current = ctx.readActorPassword();
    if (!current)
        return current.error();
    auto reg = ctx.login(*current);
    if (!reg)
        return reg.error();
    auto next = ctx.readNewPassword(ctx.actor);
    if (!next)
        return next.error();
    const Status st = (*reg)->people().changePassword(current->bytes(), next->bytes());
    current->wipe();
    next->wipe();
    KANRIBO_TRY(st);
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("login"), ctx.actor } });
    else
        ctx.print(Tr::tr("The password of %1 is changed.").arg(ctx.actor));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("user add"),
        QStringLiteral("user add LOGIN --name NAME --role ROLE --clearance LEVEL --nationality NAT "
                       "[--clearance-expires DATE] [--briefed DATE] [--group GROUP]..."),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Adds a cleared person (officer; standard input: your password, then the "
            "new user's password)."),
        userAdd },
    { QStringLiteral("user list"), QStringLiteral("user list"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the cleared people."), userList },
    { QStringLiteral("user show"), QStringLiteral("user show LOGIN"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows one person."), userShow },
    { QStringLiteral("user grant"), QStringLiteral("user grant LOGIN --group GROUP"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Adds a person to a need-to-know group (officer)."), userGrant },
    { QStringLiteral("user revoke"), QStringLiteral("user revoke LOGIN --group GROUP"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Removes a person from a need-to-know group (officer)."), userRevoke },
    { QStringLiteral("user disable"), QStringLiteral("user disable LOGIN"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Disables an account (officer)."), userDisable },
    { QStringLiteral("user passwd"), QStringLiteral("user passwd"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Changes your password (standard input: the current one, then the new one)."),
        userPasswd },
};
} // namespace

} // namespace kanribo
