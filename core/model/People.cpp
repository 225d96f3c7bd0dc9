// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/People.h"

#include <sodium.h>

#include <algorithm>

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

bool ContainerReservation::admits(const QString& origin, const QString& regime, const QStringList& itemGroups) const
{
    if (!origins.isEmpty() && !origins.contains(origin))
        return false;
    if (!regimes.isEmpty() && !regimes.contains(regime))
        return false;
    if (!groups.isEmpty()
        && std::none_of(itemGroups.begin(), itemGroups.end(), [&](const QString& g) { return groups.contains(g); }))
        return false;
    return true;
}

QString ContainerReservation::text() const
{
    QStringList parts;
    if (!origins.isEmpty())
        parts << QStringLiteral("origin ") + origins.join(QLatin1Char(','));
    if (!regimes.isEmpty())
        parts << QStringLiteral("regime ") + regimes.join(QLatin1Char(','));
    if (!groups.isEmpty())
        parts << QStringLiteral("group ") + groups.join(QLatin1Char(','));
    return parts.join(QStringLiteral("; "));
}

} // namespace kanribo
