// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The narrow way into a Register's session — its database, register key, signing key and acting user — for core's
// report code (core/report), the tests and the benchmark. The GUI and the CLI never include this header: they use the
// services (tests/core/TestDocs.cpp checks that ui/ and app/ do not).
#include "service/Register.h"
#include "service/Session.h"

namespace kanribo
{

struct CoreAccess {
    static Session& session(Register& reg) { return reg.m_s; }
};

inline Session& coreSession(Register& reg)
{
    return CoreAccess::session(reg);
}

} // namespace kanribo
