// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace kanribo
{

Clock& Clock::system()
{
    static Clock c;
    return c;
}

} // namespace kanribo
