// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the key ring parser (KeyRing::parse). Anything that parses must serialise and parse again to the
// same bytes.
#include "crypto/KeyRing.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto ring = kanribo::KeyRing::parse(bytes);
    if (ring) {
        const QByteArray again = ring->serialize();
        auto reparsed = kanribo::KeyRing::parse(again);
        if (!reparsed || reparsed->serialize() != again)
            std::abort();
    }
    return 0;
}
