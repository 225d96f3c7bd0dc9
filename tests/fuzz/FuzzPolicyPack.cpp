// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the policy pack parser (PolicyPack::parse).
#include "policy/PolicyPack.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)kanribo::PolicyPack::parse(bytes);
    return 0;
}
