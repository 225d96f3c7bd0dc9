// SPDX-License-Identifier: GPL-3.0-or-later
// recover: a lost password replaced with the register's recovery code (an addition to the base contract, docs/cli.md).
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

Status recover(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("login"), OptionSpec::Value, true }, { QStringLiteral("officer"), OptionSpec::Value } });
    if (!a)
        return a.error();
    const QString login = a->value(QStringLiteral("login"));
    const QString officer = a->value(QStringLiteral("officer"));
    auto code = SecretLine::read(Tr::tr("Recovery code: "));
    if (!code)
        return code.error();
    // R-TRU-6: the officer present signs with their own password (none only for the register's only officer).
    SecretLine officerPassword;
    if (!officer.isEmpty()) {
        auto p = SecretLine::read(Tr::tr("Password of %1, the officer present: ").arg(officer));
        if (!p)
            return p.error();
        officerPassword = std::move(p).value();
    }
    auto password = ctx.readNewPassword(login);
    if (!password)
        return password.error();
    QString codeText = QString::fromUtf8(code->bytes());
    code->wipe();
    const Status st = Register::recoverAccess(
        ctx.registerPath, codeText, login, password->bytes(), officer, officerPassword.bytes());
    codeText.fill(QLatin1Char('0'));
    password->wipe();
    officerPassword.wipe();
    KANRIBO_TRY(st);
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("login"), login } });
    else
        ctx.print(Tr::tr("%1 has a new password and new keys.").arg(login));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("recover"), QStringLiteral("recover --login LOGIN [--officer OFFICER]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Gives a user who lost their password a new one, with an officer present who signs (standard input: "
            "the recovery code, the officer's password, then the new password; no officer only for the register's "
            "only officer)."),
        recover },
};
} // namespace

} // namespace kanribo
