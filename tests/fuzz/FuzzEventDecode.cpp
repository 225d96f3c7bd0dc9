// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the canonical event decoder (Event::decodeCanonical). Decoding what an event encodes to gives
// the same encoding back.
#include "ledger/Event.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto e = kanribo::Event::decodeCanonical(bytes);
    if (e) {
        const QByteArray canonical = e->canonical();
        auto again = kanribo::Event::decodeCanonical(canonical);
        if (!again || again->canonical() != canonical || again->hash != e->computeHash())
            std::abort();
        (void)e->payloadObject();
    }
    return 0;
}
