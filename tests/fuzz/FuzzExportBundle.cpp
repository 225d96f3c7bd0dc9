// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the export bundle parser and offline verifier (Bundle::parse, verifyBundle). A bundle that parses
// serialises back to the same bytes; garbage never verifies.
#include "report/ExportBundle.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto bundle = kanribo::Bundle::parse(bytes);
    if (bundle && bundle->serialize() != bytes)
        std::abort();
    const kanribo::BundleCheck check = kanribo::verifyBundle(bytes);
    if (check.ok && !bundle)
        std::abort();
    return 0;
}
