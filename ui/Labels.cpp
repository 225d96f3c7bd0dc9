// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "policy/PolicyPack.h"

#include "i18n/Language.h"

namespace kanribo
{

QString Labels::level(Level level)
{
    return levelLabel(level);
}

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("Security officer");
    case Role::Custodian:
        return tr("Custodian");
    case Role::Staff:
        return tr("Cleared staff");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

QString Labels::kdfProfile(KdfProfile profile)
{
    switch (profile) {
    case KdfProfile::Interactive:
        return tr("Interactive (fast, 64 MiB)");
    case KdfProfile::Moderate:
        return tr("Moderate (recommended, 256 MiB)");
    case KdfProfile::Sensitive:
        return tr("Sensitive (slow, 1 GiB)");
    case KdfProfile::Fast:
        return tr("Test only");
    }
    return {};
}

QString Labels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

// Marking text and colours come only from the policy pack (R-MRK-2): without a register, from the built-in one.
QString Labels::marking(Level level)
{
    return PolicyPack::builtin().bannerText(level);
}

QColor Labels::markingBackground(Level level)
{
    return QColor(PolicyPack::builtin().level(level).banner);
}

QColor Labels::markingForeground(Level level)
{
    return QColor(PolicyPack::builtin().level(level).text);
}

QString Labels::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return displayDate(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString Labels::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    return tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
}

QString Labels::itemStatus(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("destroyed"))
        return tr("Destroyed");
    if (status == QLatin1String("lost"))
        return tr("Lost");
    if (status == QLatin1String("dispatched"))
        return tr("Dispatched");
    return status;
}

QString Labels::media(const QString& media)
{
    if (media == QLatin1String("paper"))
        return tr("Paper");
    if (media == QLatin1String("electronic"))
        return tr("Electronic");
    if (media == QLatin1String("removable"))
        return tr("Removable media");
    if (media == QLatin1String("equipment"))
        return tr("Equipment");
    return media;
}

QString Labels::channel(const QString& channel)
{
    if (channel == QLatin1String("courier"))
        return tr("Courier");
    if (channel == QLatin1String("mail"))
        return tr("Registered mail");
    if (channel == QLatin1String("hand-carry"))
        return tr("Hand-carry");
    if (channel == QLatin1String("electronic"))
        return tr("Electronic");
    return channel;
}

QString Labels::destructionMethod(const QString& method)
{
    if (method == QLatin1String("burning"))
        return tr("Burning");
    if (method == QLatin1String("shredding"))
        return tr("Cross-cut shredding");
    if (method == QLatin1String("pulping"))
        return tr("Pulping");
    if (method == QLatin1String("pulverizing"))
        return tr("Pulverising");
    if (method == QLatin1String("disintegration"))
        return tr("Disintegration");
    if (method == QLatin1String("degaussing"))
        return tr("Degaussing");
    if (method == QLatin1String("other"))
        return tr("Other (prevents reconstruction)");
    return method;
}

QString Labels::date(const QDate& date)
{
    return date.isValid() ? displayDate(date) : QString();
}

} // namespace kanribo
