// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"
#include "crypto/Kdf.h"
#include "i18n/Language.h"
#include "policy/PasswordPolicy.h"
#include "service/Register.h"

#include <QCoreApplication>

#include <cstdio>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

bool isFlag(const QString& name)
{
    return name == QLatin1String("--json") || name == QLatin1String("--version") || name == QLatin1String("--help");
}

bool takesValue(const QString& name)
{
    return name == QLatin1String("--register") || name == QLatin1String("--as") || name == QLatin1String("--lang");
}

// The global options before the command. The first usage error is kept, to be reported once the language is set.
struct Globals {
    QString registerPath;
    QString actor;
    QString language;
    bool json = false;
    bool version = false;
    bool help = false;
    qsizetype commandStart = 0;
    std::optional<Error> error;
};

Globals parseGlobals(const QStringList& args)
{
    Globals g;
    qsizetype i = 0;
    const auto fail = [&](const QString& message) {
        if (!g.error)
            g.error = makeError(ErrorCode::Usage, message);
    };
    while (i < args.size() && args.at(i).startsWith(QLatin1String("--")) && !g.error) {
        const QString arg = args.at(i);
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? arg.left(eq) : arg;
        if (isFlag(name)) {
            if (eq > 0)
                fail(Tr::tr("The option %1 takes no value.").arg(name));
            g.json = g.json || name == QLatin1String("--json");
            g.version = g.version || name == QLatin1String("--version");
            g.help = g.help || name == QLatin1String("--help");
            ++i;
            continue;
        }
        if (!takesValue(name)) {
            fail(Tr::tr("Unknown option '%1'.").arg(name));
            break;
        }
        QString value;
        if (eq > 0) {
            value = arg.mid(eq + 1);
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        }
        if (value.isEmpty() || (eq < 0 && value.startsWith(QLatin1String("--")))) {
            fail(Tr::tr("The option %1 needs a value.").arg(name));
            break;
        }
        if (name == QLatin1String("--register"))
            g.registerPath = value;
        else if (name == QLatin1String("--as"))
            g.actor = value;
        else
            g.language = value;
        ++i;
    }
    g.commandStart = i;
    return g;
}
} // namespace

int Cli::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    Globals g = parseGlobals(args);

    const QString language = g.language.isEmpty() ? systemLanguage() : g.language;
    if (!availableLanguages().contains(language)) {
        setLanguage(systemLanguage());
        printError(Tr::tr("'%1' is not a language: use en or ja.").arg(language));
        return static_cast<int>(ErrorCode::Usage);
    }
    // A translation that does not load leaves the messages in English rather than failing the command.
    if (!setLanguage(language))
        setLanguage(QStringLiteral("en"));
    if (g.error) {
        printError(g.error->message);
        return static_cast<int>(g.error->code);
    }
    if (!cryptoInit()) {
        printError(Tr::tr("The cryptography library cannot be initialised."));
        return static_cast<int>(ErrorCode::Io);
    }
    if (g.version) {
        std::printf("kanribo-cli %s\n", KANRIBO_VERSION);
        return 0;
    }
    const QStringList rest = args.mid(g.commandStart);
    if (g.help) {
        printHelp();
        return 0;
    }
    if (rest.isEmpty()) {
        printError(Tr::tr("No command given; see kanribo-cli --help."));
        return static_cast<int>(ErrorCode::Usage);
    }

    qsizetype words = 0;
    const Command* command = CommandRegistry::find(rest, &words);
    if (!command) {
        const QString name = CommandRegistry::isGroup(rest.first()) && rest.size() > 1
            ? rest.first() + QLatin1Char(' ') + rest.at(1)
            : rest.first();
        printError(Tr::tr("Unknown command '%1'; see kanribo-cli --help.").arg(name));
        return static_cast<int>(ErrorCode::Usage);
    }
    const QStringList commandArgs = rest.mid(words);
    if (CommandArgs::wantsHelp(commandArgs)) {
        std::printf("%s\n  %s\n", qUtf8Printable(QStringLiteral("kanribo-cli [GLOBAL OPTIONS] ") + command->synopsis),
            qUtf8Printable(QCoreApplication::translate("kanribo::Cli", command->summary)));
        return 0;
    }

    CliContext ctx;
    ctx.language = currentLanguage();
    ctx.json = g.json;
    ctx.actor = g.actor;
    ctx.registerPath = g.registerPath;
    if (ctx.registerPath.isEmpty())
        ctx.registerPath = qEnvironmentVariable("KANRIBO_REGISTER");
    if (ctx.registerPath.isEmpty())
        ctx.registerPath = Register::defaultPath();

    const Status st = command->run(ctx, commandArgs);
    std::fflush(stdout);
    if (!st) {
        printError(st.error().message);
        return static_cast<int>(st.error().code);
    }
    return 0;
}

void Cli::printHelp() const
{
    QString text = Tr::tr("Usage: kanribo-cli [--register PATH] [--as LOGIN] [--lang en|ja] [--json] COMMAND [ARGS...]")
        + QStringLiteral("\n\n") + Tr::tr("Commands:") + QLatin1Char('\n');
    for (const auto& c : CommandRegistry::all()) {
        text += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
        text += QStringLiteral("      ") + QCoreApplication::translate("kanribo::Cli", c.summary) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + Tr::tr("Passwords are never arguments: they are read one per line from standard input, or asked for on a "
                 "terminal. A new password needs at least %1 characters and must be hard to guess. The register "
                 "defaults to $KANRIBO_REGISTER, else %2.")
              .arg(kMinPasswordLength)
              .arg(Register::defaultPath())
        + QLatin1Char('\n')
        + Tr::tr("Exit codes: 0 done, 1 usage, 2 authentication, 3 denied, 4 integrity, 5 not found, 6 conflict, "
                 "7 I/O.")
        + QLatin1Char('\n');
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void Cli::printError(const QString& message)
{
    QString line = message.simplified();
    if (line.isEmpty())
        line = Tr::tr("Failed.");
    const QByteArray bytes = (QStringLiteral("kanribo-cli: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace kanribo
