// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandArgs.h"

#include "service/Session.h"

#include <QCoreApplication>
#include <QFile>

#include <unistd.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

const OptionSpec* findSpec(const QList<OptionSpec>& specs, const QString& name)
{
    for (const auto& s : specs)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool looksLikeOption(const QString& arg)
{
    return arg.size() > 2 && arg.startsWith(QLatin1String("--"));
}
} // namespace

Result<CommandArgs> CommandArgs::parse(
    const QStringList& args, const QList<OptionSpec>& options, const QStringList& positionalNames)
{
    CommandArgs out;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (onlyPositionals || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            out.m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return makeError(ErrorCode::Usage, Tr::tr("Unknown option '%1'.").arg(arg));
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = eq > 0 ? arg.mid(2, eq - 2) : arg.mid(2);
        const OptionSpec* spec = findSpec(options, name);
        if (!spec)
            return makeError(ErrorCode::Usage, Tr::tr("Unknown option '%1'.").arg(arg.left(eq > 0 ? eq : arg.size())));
        if (spec->kind == OptionSpec::Flag) {
            if (eq > 0)
                return makeError(ErrorCode::Usage, Tr::tr("The option --%1 takes no value.").arg(name));
            out.m_values[name] << QString();
            continue;
        }
        QString value;
        if (eq > 0) {
            value = arg.mid(eq + 1);
        } else {
            if (i + 1 >= args.size() || looksLikeOption(args.at(i + 1)))
                return makeError(ErrorCode::Usage, Tr::tr("The option --%1 needs a value.").arg(name));
            value = args.at(++i);
        }
        if (spec->kind == OptionSpec::Value && out.m_values.contains(name))
            return makeError(ErrorCode::Usage, Tr::tr("The option --%1 is given more than once.").arg(name));
        out.m_values[name] << value;
    }
    for (const auto& s : options)
        if (s.required && !out.m_values.contains(s.name))
            return makeError(ErrorCode::Usage, Tr::tr("The option --%1 is required.").arg(s.name));
    if (out.m_positionals.size() < positionalNames.size())
        return makeError(ErrorCode::Usage, Tr::tr("Missing %1.").arg(positionalNames.at(out.m_positionals.size())));
    if (out.m_positionals.size() > positionalNames.size())
        return makeError(
            ErrorCode::Usage, Tr::tr("Unexpected argument '%1'.").arg(out.m_positionals.at(positionalNames.size())));
    return out;
}

QString CommandArgs::value(const QString& name) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? QString() : v.constLast();
}

Result<std::optional<Level>> CommandArgs::level(const QString& name) const
{
    if (!has(name))
        return std::optional<Level>();
    const auto l = levelFromName(value(name));
    if (!l)
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not a level: use unclassified, confidential, secret or "
                   "top-secret.")
                .arg(value(name)));
    return std::optional<Level>(*l);
}

Result<std::optional<Role>> CommandArgs::role(const QString& name) const
{
    if (!has(name))
        return std::optional<Role>();
    const auto r = roleFromName(value(name));
    if (!r)
        return makeError(
            ErrorCode::Usage, Tr::tr("'%1' is not a role: use officer, custodian, staff or auditor.").arg(value(name)));
    return std::optional<Role>(*r);
}

Result<QDate> CommandArgs::date(const QString& name) const
{
    if (!has(name))
        return QDate();
    return parseDate(value(name));
}

bool CommandArgs::wantsHelp(const QStringList& args)
{
    for (const auto& a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help"))
            return true;
    }
    return false;
}

QList<OptionSpec> CommandArgs::freeTextOptions(const QString& name)
{
    return { { name, OptionSpec::Value, false }, { name + QStringLiteral("-file"), OptionSpec::Value, false } };
}

Result<std::optional<QString>> CommandArgs::freeText(const QString& name, bool required) const
{
    const QString fileOption = name + QStringLiteral("-file");
    if (has(name) && has(fileOption))
        return makeError(ErrorCode::Usage, Tr::tr("Give either --%1 or --%2, not both.").arg(name, fileOption));
    if (has(name))
        return std::optional<QString>(value(name));
    if (!has(fileOption)) {
        if (required)
            return makeError(ErrorCode::Usage, Tr::tr("The option --%1 (or --%2) is required.").arg(name, fileOption));
        return std::optional<QString>();
    }
    constexpr qint64 kMax = 64 * 1024;
    const QString path = value(fileOption);
    QFile f;
    const bool opened = path == QLatin1String("-") ? f.open(STDIN_FILENO, QIODevice::ReadOnly)
                                                   : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!opened)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.read(kMax + 1);
    if (bytes.size() > kMax)
        return makeError(ErrorCode::Usage, Tr::tr("The text in %1 is too long (64 KiB at most).").arg(path));
    QString text = QString::fromUtf8(bytes);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return std::optional<QString>(text);
}

} // namespace kanribo
