// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Level.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kanribo
{

// Installs the translators for "en" or "ja" (Kanribo's own strings and Qt's), replacing any installed before.
// Posts QEvent::LanguageChange to every widget, so a GUI retranslates at run time.
// False, with nothing changed, for a language that is not available or whose translation (kanribo_ja.qm, embedded
// by kanribo_i18n) does not load. Qt's own qtbase_ja.qm is optional.
bool setLanguage(const QString& language);
QString currentLanguage();
QStringList availableLanguages();
// "ja" when the system locale is Japanese, else "en".
QString systemLanguage();
// Dates as the user guides write them: 2026年11月21日 in Japanese, ISO 2026-11-21 in English.
QString displayDate(const QDate& date, const QString& language = currentLanguage());
// A level's name in the current language (Secret / 極秘): the one function the GUI, the CLI and the words of a
// recorded reason share.
QString levelLabel(Level level);

} // namespace kanribo
