// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace kanribo
{

// Time source, injectable so that tests can move time (lockout release, due dates).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    static Clock& system();
};

} // namespace kanribo
