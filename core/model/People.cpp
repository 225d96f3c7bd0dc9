// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/People.h"

#include <sodium.h>

namespace kanribo
{

QString fingerprintOf(const QByteArray& signPublicKey)
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(signPublicKey.constData()),
        static_cast<unsigned long long>(signPublicKey.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(h), sizeof h).toHex();
    QString out;
    for (int i = 0; i < hex.size(); i += 4) {
        if (i)
            out += QLatin1Char(':');
        out += QString::fromLatin1(hex.mid(i, 4));
    }
    return out;
}

QString User::fingerprint() const
{
    return fingerprintOf(signPublicKey);
}

} // namespace kanribo
