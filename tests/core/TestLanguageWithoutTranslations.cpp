// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo::setLanguage in a program without the embedded translations (core alone, no kanribo_i18n): Japanese cannot
// load, so the switch is refused and English stays; English needs no translation file.
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QTest>

using namespace kanribo;

class TestLanguageWithoutTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testJapaneseThatDoesNotLoadIsRefused();
};

void TestLanguageWithoutTranslations::testJapaneseThatDoesNotLoadIsRefused()
{
    QVERIFY(setLanguage(QStringLiteral("en")));
    QVERIFY(!setLanguage(QStringLiteral("ja")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("kanribo::MainWindow", "&File"), QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(TestLanguageWithoutTranslations)
#include "TestLanguageWithoutTranslations.moc"
