// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kanribo
{

// kanribo-cli: global options, language, dispatch to the registered commands, and the exit code (docs/cli.md).
class Cli
{
public:
    // arguments as QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList& arguments);

private:
    void printHelp() const;
    static void printError(const QString& message);
};

} // namespace kanribo
