// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kanribo
{

// What both front ends do first (STYLE.md, after KeePassXC's Bootstrap): no core dumps (secrets must never reach
// one: not dumpable, RLIMIT_CORE 0) and a umask of 077, so that every file the process creates — the register, its
// WAL, exports, decrypted content, temporary files — is its owner's only (R-TRU-7).
void hardenProcess();

} // namespace kanribo
