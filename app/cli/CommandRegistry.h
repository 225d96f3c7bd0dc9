// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kanribo
{

class CliContext;

// One command: its words ("user add"), the synopsis shown by --help (option names are not translated), a summary
// marked with QT_TRANSLATE_NOOP("kanribo::Cli", ...), and the handler. A handler parses its arguments, calls the
// core and prints; it returns the core's error unchanged so that the exit code is the error code.
struct Command {
    using Handler = std::function<Status(CliContext&, const QStringList&)>;
    QString name;
    QString synopsis;
    const char* summary = nullptr;
    Handler run;
};

// Each CmdXxx.cpp registers its commands with a file-scope CommandRegistrar; adding a command group is adding a
// file to app/cli/.
class CommandRegistry
{
public:
    static void add(Command command);
    static const QList<Command>& all();
    // The command named by the longest run of leading words of args; consumed gets the number of words.
    static const Command* find(const QStringList& args, qsizetype* consumed);
    static bool isGroup(const QString& word);
};

struct CommandRegistrar {
    explicit CommandRegistrar(std::initializer_list<Command> commands);
};

} // namespace kanribo
