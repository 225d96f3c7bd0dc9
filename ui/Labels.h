// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Kdf.h"
#include "model/Level.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace kanribo
{

// Words the GUI shows for core values, translated. Marking text and colours are not translated: both schemes are
// always shown together (R-MRK-1, R-MRK-3); they will come from the policy pack (R-MRK-2).
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(kanribo::Labels)

public:
    static QString level(Level level);
    static QString role(Role role);
    static QString kdfProfile(KdfProfile profile);
    static QString yesNo(bool value);
    // "SECRET // 極秘", "UNCLASSIFIED".
    static QString marking(Level level);
    static QColor markingBackground(Level level);
    static QColor markingForeground(Level level);
    // Local time, date as the user guides write it (2026年11月21日 / 2026-11-21).
    static QString dateTime(const QDateTime& utc);
    static QString duration(qint64 seconds);
    // active | destroyed | lost | dispatched, translated.
    static QString itemStatus(const QString& status);
    static QString media(const QString& media);
    static QString channel(const QString& channel);
    static QString destructionMethod(const QString& method);
    static QString date(const QDate& date);
};

} // namespace kanribo
