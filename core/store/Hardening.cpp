// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace kanribo
{

void hardenProcess()
{
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit noCore { 0, 0 };
    (void)setrlimit(RLIMIT_CORE, &noCore);
    (void)umask(077);
}

} // namespace kanribo
