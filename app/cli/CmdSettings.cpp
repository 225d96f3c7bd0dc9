// SPDX-License-Identifier: GPL-3.0-or-later
// settings show | set — the register's settings, which the officer sets with a signed event (R-TRU-4).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

void printSettings(const CliContext& ctx, const Register& reg)
{
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("idle_lock_minutes"), reg.idleLockMinutes() } });
        return;
    }
    ctx.printFields({ { Tr::tr("Idle lock (minutes)"), QString::number(reg.idleLockMinutes()) } });
}

Status settingsShow(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    printSettings(ctx, **reg);
    return {};
}

Status settingsSet(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("idle-lock-minutes"), OptionSpec::Value, true } });
    if (!a)
        return a.error();
    bool isNumber = false;
    const int minutes = a->value(QStringLiteral("idle-lock-minutes")).toInt(&isNumber);
    if (!isNumber)
        return makeError(ErrorCode::Usage,
            Tr::tr("The option --%1 needs a whole number, not '%2'.")
                .arg(QStringLiteral("idle-lock-minutes"), a->value(QStringLiteral("idle-lock-minutes"))));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY((*reg)->setIdleLockMinutes(minutes));
    printSettings(ctx, **reg);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("settings show"), QStringLiteral("settings show"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows the register's settings (idle lock time)."), settingsShow },
    { QStringLiteral("settings set"), QStringLiteral("settings set --idle-lock-minutes N"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Sets the minutes of inactivity after which a window locks (officer)."),
        settingsSet },
};

} // namespace

} // namespace kanribo
