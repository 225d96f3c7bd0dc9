// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Level.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanribo
{

// One option a command accepts, named without the leading "--".
struct OptionSpec {
    enum Kind { Flag, Value, Multi };
    QString name;
    Kind kind = Value;
    bool required = false;
};

// The arguments after the command words: options (--name VALUE or --name=VALUE) and positionals. Turning text into
// levels, roles and dates is parsing, done by the core's parsers; a malformed value is a usage error (exit 1).
class CommandArgs
{
public:
    static Result<CommandArgs> parse(
        const QStringList& args, const QList<OptionSpec>& options, const QStringList& positionalNames = {});

    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    QString positional(int index) const { return m_positionals.value(index); }

    // Parsed values of options; std::nullopt / invalid date when the option is absent (and not required).
    Result<std::optional<Level>> level(const QString& name) const;
    Result<std::optional<Role>> role(const QString& name) const;
    Result<QDate> date(const QString& name) const;

    // Free text (a summary, findings, a reason, a title) given as --NAME TEXT or as --NAME-file FILE, where FILE "-"
    // is the rest of standard input after the passwords: classified text need not be a command-line argument, which
    // every user of the machine can read in the process list (R-TRU-7). Call after the login (passwords come first).
    // nullopt when neither is given; a usage error when both are, or when required and neither is.
    Result<std::optional<QString>> freeText(const QString& name, bool required) const;
    // The two option specs of a free-text option (--NAME and --NAME-file, neither required by the parser).
    static QList<OptionSpec> freeTextOptions(const QString& name);

    // True when "--help" stands before any "--".
    static bool wantsHelp(const QStringList& args);

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

} // namespace kanribo
