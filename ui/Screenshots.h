// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kanribo
{

// `kanribo --screenshot DIR` (hidden): builds a demo register in a temporary folder and saves PNGs of the main
// window and the login dialog, in English and Japanese, for docs/screenshots (scripts/screenshots.sh).
class Screenshots
{
public:
    static int run(const QString& directory);
};

} // namespace kanribo
