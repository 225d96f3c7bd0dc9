// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo::setLanguage with the translations embedded (kanribo_i18n): Japanese loads kanribo_ja.qm, so its strings are
// the Japanese of kanribo_ja.ts; a language Kanribo does not have is refused and changes nothing.
#include "i18n/Language.h"
#include "service/Register.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace kanribo;

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setLanguage(QStringLiteral("en")); }
    void testJapaneseLoadsItsTranslation();
    void testUnknownLanguageRefusedAndNothingChanges();
    void testEnglishIsTheSourceLanguage();
    void testCoreMessagesOfMemberFunctionsAreTranslated();

private:
    static QString fileMenu() { return QCoreApplication::translate("kanribo::MainWindow", "&File"); }
};

void TestLanguage::testJapaneseLoadsItsTranslation()
{
    QVERIFY(setLanguage(QStringLiteral("ja")));
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    QCOMPARE(fileMenu(), QStringLiteral("ファイル(&F)"));
    // The core's messages too: the dialogs and the CLI show them as they come.
    QCOMPARE(QCoreApplication::translate("kanribo::KeyRing", "Unknown login or wrong password."),
        QStringLiteral("ログイン名またはパスワードが正しくありません。"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
}

void TestLanguage::testUnknownLanguageRefusedAndNothingChanges()
{
    QVERIFY(setLanguage(QStringLiteral("ja")));
    for (const QString& bogus : { QStringLiteral("xx"), QStringLiteral("de"), QStringLiteral("ja_JP"), QString() })
        QVERIFY2(!setLanguage(bogus), qPrintable(bogus));
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    QCOMPARE(fileMenu(), QStringLiteral("ファイル(&F)"));
}

void TestLanguage::testEnglishIsTheSourceLanguage()
{
    QVERIFY(setLanguage(QStringLiteral("ja")));
    QVERIFY(setLanguage(QStringLiteral("en")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QCOMPARE(fileMenu(), QStringLiteral("&File"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

// The messages a core class gives from its member functions, as the user sees them: lupdate once filed all of these
// under a context "Tr" that the program never asks for (the translation then silently fell back to English).
void TestLanguage::testCoreMessagesOfMemberFunctionsAreTranslated()
{
    QVERIFY(setLanguage(QStringLiteral("ja")));
    const QString path = QStringLiteral("/nonexistent/register.kanribo");
    auto r = Register::open(path, QStringLiteral("officer"), QByteArrayLiteral("x"));
    QVERIFY(!r);
    QCOMPARE(r.error().message, QStringLiteral("管理簿 %1 は存在しません。").arg(path));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
