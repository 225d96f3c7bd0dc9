// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kanribo
{

namespace
{
std::unique_ptr<QTranslator> g_own;
std::unique_ptr<QTranslator> g_qt;
QString g_language = QStringLiteral("en");
} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("ja") };
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString currentLanguage()
{
    return g_language;
}

bool setLanguage(const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    // Load first: a language whose translation does not load changes nothing (the strings would stay English).
    const bool english = language == QLatin1String("en");
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/kanribo_%1.qm").arg(language))) {
        if (!english)
            return false;
        own.reset(); // English is the source language: it needs no translator
    }
    // Qt's own strings (standard buttons and dialogs) are optional: without qtbase_ja.qm they stay English.
    std::unique_ptr<QTranslator> qt;
    if (!english) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    if (g_own)
        QCoreApplication::removeTranslator(g_own.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_own.reset();
    g_qt.reset();
    if (own) {
        QCoreApplication::installTranslator(own.get());
        g_own = std::move(own);
    }
    if (qt) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    g_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
        language == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    return true;
}

QString displayDate(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return QString();
    if (language == QLatin1String("ja"))
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return date.toString(Qt::ISODate);
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Unclassified:
        return QCoreApplication::translate("kanribo::Language", "Unclassified");
    case Level::Confidential:
        return QCoreApplication::translate("kanribo::Language", "Confidential");
    case Level::Secret:
        return QCoreApplication::translate("kanribo::Language", "Secret");
    case Level::TopSecret:
        return QCoreApplication::translate("kanribo::Language", "Top Secret");
    }
    return levelName(level);
}

} // namespace kanribo
