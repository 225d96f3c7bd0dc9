// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include <algorithm>

namespace kanribo
{

namespace
{
QList<Command>& registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(Command command)
{
    auto& all = registry();
    all.append(std::move(command));
    std::sort(all.begin(), all.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
}

const QList<Command>& CommandRegistry::all()
{
    return registry();
}

const Command* CommandRegistry::find(const QStringList& args, qsizetype* consumed)
{
    const Command* best = nullptr;
    qsizetype bestWords = 0;
    for (const auto& c : registry()) {
        const QStringList words = c.name.split(QLatin1Char(' '));
        if (words.size() > args.size() || words.size() <= bestWords)
            continue;
        if (std::equal(words.cbegin(), words.cend(), args.cbegin())) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (consumed)
        *consumed = bestWords;
    return best;
}

bool CommandRegistry::isGroup(const QString& word)
{
    return std::any_of(registry().cbegin(), registry().cend(),
        [&](const Command& c) { return c.name.startsWith(word + QLatin1Char(' ')); });
}

CommandRegistrar::CommandRegistrar(std::initializer_list<Command> commands)
{
    for (const auto& c : commands)
        CommandRegistry::add(c);
}

} // namespace kanribo
