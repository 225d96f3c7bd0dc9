// SPDX-License-Identifier: GPL-3.0-or-later
// init: creates the register and its first officer, and shows the recovery code once.
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

Status init(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("officer"), OptionSpec::Value, true }, { QStringLiteral("name"), OptionSpec::Value, true },
            { QStringLiteral("clearance"), OptionSpec::Value, true },
            { QStringLiteral("nationality"), OptionSpec::Value, true },
            { QStringLiteral("facility"), OptionSpec::Value, false },
            { QStringLiteral("kdf"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    auto clearance = a->level(QStringLiteral("clearance"));
    if (!clearance)
        return clearance.error();
    RegisterOptions options;
    options.facility = a->value(QStringLiteral("facility"));
    if (a->has(QStringLiteral("kdf"))) {
        const auto kdf = kdfProfileFromName(a->value(QStringLiteral("kdf")));
        if (!kdf)
            return makeError(ErrorCode::Usage,
                Tr::tr("'%1' is not a key derivation cost: use interactive, moderate "
                       "or sensitive.")
                    .arg(a->value(QStringLiteral("kdf"))));
        options.kdf = *kdf;
    }
    NewUser officer;
    officer.login = a->value(QStringLiteral("officer"));
    officer.name = a->value(QStringLiteral("name"));
    officer.role = Role::Officer;
    officer.clearance = **clearance;
    officer.nationality = a->value(QStringLiteral("nationality"));

    auto password = ctx.readNewPassword(officer.login);
    if (!password)
        return password.error();
    auto created = Register::create(ctx.registerPath, officer, password->bytes(), options);
    password->wipe();
    if (!created)
        return created.error();
    const QString path = QFileInfo(ctx.registerPath).absoluteFilePath();
    if (ctx.json) {
        ctx.printJson(QJsonObject { { QStringLiteral("register"), path }, { QStringLiteral("officer"), officer.login },
            { QStringLiteral("recovery_code"), created->recoveryCode } });
        return {};
    }
    ctx.print(Tr::tr("Created the register %1 with the security officer %2.").arg(path, officer.login));
    ctx.print();
    ctx.print(Tr::tr("RECOVERY CODE: %1").arg(created->recoveryCode));
    ctx.print();
    ctx.print(Tr::tr("Write the recovery code down now and keep it in a locked container: it is shown only this "
                     "once. It gives a user who lost their password a new one; anyone who holds it can do so."));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("init"),
        QStringLiteral("init --officer LOGIN --name NAME --clearance LEVEL --nationality NAT [--facility NAME] "
                       "[--kdf interactive|moderate|sensitive]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Creates the register and its first security officer (new password: one "
            "line). Prints the recovery code once."),
        init },
};
} // namespace

} // namespace kanribo
