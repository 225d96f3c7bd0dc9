// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo::setLanguage with the translations embedded (kanribo_i18n): Japanese loads kanribo_ja.qm, so its strings are
// the Japanese of kanribo_ja.ts; a language Kanribo does not have is refused and changes nothing.
#include "i18n/Language.h"
#include "policy/Reason.h"
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
    void testEveryReasonCodeReadsInBothLanguages();

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

// Issue 15: a recorded reason is a code; describe() gives its words in the language of the moment, and every code has
// its Japanese.
void TestLanguage::testEveryReasonCodeReadsInBothLanguages()
{
    const QMap<QString, QString> args { { QStringLiteral("clearance"), QStringLiteral("confidential") },
        { QStringLiteral("level"), QStringLiteral("secret") }, { QStringLiteral("date"), QStringLiteral("2026-11-21") },
        { QStringLiteral("group"), QStringLiteral("ALPHA") }, { QStringLiteral("nationality"), QStringLiteral("GBR") },
        { QStringLiteral("container"), QStringLiteral("SAFE-1") },
        { QStringLiteral("roles"), QStringLiteral("officer,auditor") },
        { QStringLiteral("login"), QStringLiteral("bob") }, { QStringLiteral("count"), QStringLiteral("2") },
        { QStringLiteral("reader"), QStringLiteral("carol") }, { QStringLiteral("inventory"), QStringLiteral("7") } };
    QVERIFY(setLanguage(QStringLiteral("en")));
    QStringList english;
    for (const QString& code : Reason::knownCodes())
        english << Reason::of(code, args).describe();
    QVERIFY(setLanguage(QStringLiteral("ja")));
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QString ja = Reason::of(Reason::knownCodes().at(i), args).describe();
        QVERIFY2(ja != english.at(i), qPrintable(Reason::knownCodes().at(i)));
        QVERIFY2(!ja.contains(QLatin1Char('%')), qPrintable(ja));
    }
    QCOMPARE(Reason::of(QStringLiteral("clearance-below-level"), args).describe(),
        QStringLiteral("秘密取扱資格 秘 が秘密区分 極秘 を下回っています"));
    QCOMPARE(Reason::of(QStringLiteral("clearance-expired"), args).describe(),
        QStringLiteral("秘密取扱資格の有効期限が 2026年11月21日 に切れています"));
    // An older register's words stay as they were written, in any language.
    QCOMPARE(Reason::fromJson(QStringLiteral("the account is disabled")).describe(),
        QStringLiteral("the account is disabled"));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "TestLanguage.moc"
