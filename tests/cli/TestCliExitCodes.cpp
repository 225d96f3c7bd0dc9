// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli exit codes (cli.md "Exit codes"): every code this round can produce, one error line on standard error,
// and a failing command changes nothing.
#include "CliHarness.h"

#include <QtTest>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCliExitCodes : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;

    QByteArray registerDigest() const { return digestOf(m_h.path()); }
    // A successful login writes the failed logins still pending in the key ring into the ledger (R-ACC-4); do it
    // before taking a digest that a failing command must leave alone.
    void settle() const { CLI_EXPECT(m_h.officer(w("user list")), 0); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO --description Cryptographic")), 0);
        CLI_EXPECT(m_h.addUser(
                       QStringLiteral("alice"), QStringLiteral("staff"), QStringLiteral("secret"), w("--group CRYPTO")),
            0);
    }

    void versionAndHelp()
    {
        const CliRun v = CliHarness::exec({ QStringLiteral("--version") });
        CLI_EXPECT(v, 0);
        QVERIFY(v.out.startsWith("kanribo-cli "));
        const CliRun h = CliHarness::exec({ QStringLiteral("--help") });
        CLI_EXPECT(h, 0);
        QVERIFY(h.out.contains("user add LOGIN"));
        QVERIFY(h.out.contains("audit verify"));
        const CliRun ch = m_h.run(w("user add --help"));
        CLI_EXPECT(ch, 0);
        QVERIFY(ch.out.contains("--clearance LEVEL"));
    }

    // Exit 1: usage errors are found before any password is read or the register is touched.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QByteArray pw = lines({ kOfficerPassword, kUserPassword });
        const QStringList as = w("--as officer");
        QTest::newRow("no command") << as << pw;
        QTest::newRow("unknown command") << as + w("frobnicate") << pw;
        QTest::newRow("unknown subcommand") << as + w("user frobnicate") << pw;
        QTest::newRow("unknown item subcommand") << as + w("item frobnicate") << pw;
        QTest::newRow("destroy without --method") << as + w("destroy S-2026-000001/1") << pw;
        QTest::newRow("item register: bad level") << as + w("item register --title T --level ultra --origin USA") << pw;
        QTest::newRow("unknown global option") << w("--bogus") + as + w("user list") << pw;
        QTest::newRow("unknown option") << as + w("user list --bogus") << pw;
        QTest::newRow("password as an argument") << as + w("user passwd --password secret123") << pw;
        QTest::newRow("missing --name") << as + w("user add bob --role staff --clearance secret --nationality JPN")
                                        << pw;
        QTest::newRow("bad level ultra") << as + w("container add SAFE-9 --level ultra") << pw;
        QTest::newRow("bad clearance") << as
                + w("user add bob --name Bob --role staff --clearance ultra --nationality JPN")
                                       << pw;
        QTest::newRow("bad date 2026-13-45")
            << as + w("user add bob --name Bob --role staff --clearance secret --nationality JPN --briefed 2026-13-45")
            << pw;
        QTest::newRow("bad date format") << as
                + w("user add bob --name Bob --role staff --clearance secret --nationality JPN "
                    "--clearance-expires 21/11/2027")
                                         << pw;
        QTest::newRow("bad role") << as + w("user add bob --name Bob --role king --clearance secret --nationality JPN")
                                  << pw;
        QTest::newRow("option without value") << as + w("group add G2 --description") << pw;
        QTest::newRow("option given twice") << as + w("container add S1 --level secret --level secret") << pw;
        QTest::newRow("missing login") << as + w("user show") << pw;
        QTest::newRow("extra argument") << as + w("user show alice bob") << pw;
        QTest::newRow("bad audit date") << as + w("audit log --from 2026-02-30") << pw;
        QTest::newRow("missing --as") << w("user list") << pw;
        QTest::newRow("bad --lang") << w("--lang xx") + as + w("user list") << pw;
        QTest::newRow("no password on stdin") << as + w("user list") << QByteArray();
        QTest::newRow("new password missing")
            << as + w("user add bob --name Bob --role staff --clearance secret --nationality JPN")
            << lines({ kOfficerPassword });
        QTest::newRow("new password too short")
            << as + w("user add bob --name Bob --role staff --clearance secret --nationality JPN")
            << lines({ kOfficerPassword, "short" });
        QTest::newRow("init: missing --officer")
            << w("init --name X --clearance secret --nationality JPN --kdf interactive") << pw;
        QTest::newRow("init: kdf fast is not offered")
            << w("init --officer o --name X --clearance secret --nationality JPN --kdf fast") << pw;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const QByteArray before = registerDigest();
        const QByteArray keysBefore = digestOf(m_h.keysPath());
        CLI_EXPECT(m_h.run(args, input), 1);
        QCOMPARE(registerDigest(), before);
        QCOMPARE(digestOf(m_h.keysPath()), keysBefore);
    }

    void unknownCommandIsNamed()
    {
        const CliRun r = m_h.run(w("--as officer item frobnicate --title X"), lines({ kOfficerPassword }));
        CLI_EXPECT(r, 1);
        QVERIFY2(r.err.contains("'item"), r.err.constData());
    }

    // Exit 2 (R-ACC-1: an active account is needed).
    void authWrongPasswordAndUnknownLogin()
    {
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.as(QStringLiteral("officer"), w("user list"), lines({ "not-the-password" })), 2);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(m_h.as(QStringLiteral("nobody"), w("user list"), lines({ kOfficerPassword })), 2);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(
            m_h.as(QStringLiteral("officer"), w("user passwd"), lines({ "not-the-password", "new-pass-4567-Kx9" })), 2);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(
            m_h.run(w("recover --login alice"), lines({ "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "new-pass-4567-Kx9" })), 2);
        QCOMPARE(registerDigest(), before);
    }

    void authDisabledUser()
    {
        CLI_EXPECT(m_h.addUser(QStringLiteral("leaver")), 0);
        CLI_EXPECT(m_h.as(QStringLiteral("leaver"), w("user list"), lines({ kUserPassword })), 0);
        CLI_EXPECT(m_h.officer(w("user disable leaver")), 0);
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.as(QStringLiteral("leaver"), w("user list"), lines({ kUserPassword })), 2);
        QCOMPARE(registerDigest(), before);
    }

    void authLockedOutAfterFiveFailures()
    {
        CLI_EXPECT(m_h.addUser(QStringLiteral("locky")), 0);
        const QByteArray before = registerDigest();
        for (int i = 0; i < 5; ++i)
            CLI_EXPECT(m_h.as(QStringLiteral("locky"), w("user list"), lines({ "wrong-password" })), 2);
        const CliRun locked = m_h.as(QStringLiteral("locky"), w("user list"), lines({ kUserPassword }));
        CLI_EXPECT(locked, 2);
        QVERIFY2(locked.err.contains("locked"), locked.err.constData());
        QCOMPARE(registerDigest(), before);
    }

    // Exit 3 (R-ACC-2: a role is needed for administration; the denial itself is recorded, R-ACC-4).
    void deniedByRole()
    {
        const CliRun r = m_h.as(QStringLiteral("alice"), w("group add SECRETS"), lines({ kUserPassword }));
        CLI_EXPECT(r, 3);
        QVERIFY(r.err.contains("Denied"));
        CLI_EXPECT(m_h.as(QStringLiteral("alice"),
                       w("user add eve --name Eve --role staff --clearance secret --nationality JPN"),
                       lines({ kUserPassword, "eve-password-1-Kx9" })),
            3);
        CLI_EXPECT(
            m_h.as(QStringLiteral("alice"), w("container add SAFE-X --level secret"), lines({ kUserPassword })), 3);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("audit log"), lines({ kUserPassword })), 3);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user grant alice --group CRYPTO"), lines({ kUserPassword })), 3);
        // Not added.
        CLI_EXPECT(m_h.officer(w("user show eve")), 5);
    }

    // Exit 5.
    void notFound()
    {
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(w("user show ghost")), 5);
        CLI_EXPECT(m_h.officer(w("user grant ghost --group CRYPTO")), 5);
        CLI_EXPECT(m_h.officer(w("user grant alice --group NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(w("user revoke alice --group NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(w("user disable ghost")), 5);
        CLI_EXPECT(m_h.officer(w("user add bob --name Bob --role staff --clearance secret --nationality JPN "
                                 "--group NOSUCH"),
                       lines({ kUserPassword })),
            5);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(CliHarness::exec(QStringList { QStringLiteral("--register"),
                                        m_h.dir() + QStringLiteral("/none.kanribo"), QStringLiteral("--as"),
                                        QStringLiteral("officer"), QStringLiteral("user"), QStringLiteral("list") },
                       lines({ kOfficerPassword })),
            5);
        CLI_EXPECT(
            m_h.run(w("recover --login ghost"), lines({ "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "new-pass-4567-Kx9" })), 2);
    }

    void notFoundKeyRing()
    {
        CliHarness h;
        CLI_EXPECT(h.init(), 0);
        QVERIFY(QFile::rename(h.keysPath(), h.keysPath() + QStringLiteral(".away")));
        const QByteArray before = digestOf(h.path());
        CLI_EXPECT(h.officer(w("user list")), 5);
        QCOMPARE(digestOf(h.path()), before);
    }

    // Exit 6.
    void conflicts()
    {
        settle();
        const QByteArray before = registerDigest();
        const QByteArray keysBefore = digestOf(m_h.keysPath());
        CLI_EXPECT(m_h.init(), 6);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice")), 6);
        CLI_EXPECT(m_h.officer(w("user grant alice --group CRYPTO")), 6);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO")), 6);
        CLI_EXPECT(m_h.officer(w("user disable officer")), 6);
        QCOMPARE(registerDigest(), before);
        QCOMPARE(digestOf(m_h.keysPath()), keysBefore);
    }

    void conflictGrantTwice()
    {
        CLI_EXPECT(m_h.officer(w("group add TWICE")), 0);
        CLI_EXPECT(m_h.officer(w("user grant alice --group TWICE")), 0);
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(w("user grant alice --group TWICE")), 6);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(m_h.officer(w("container add SAFE-1 --level secret")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-1 --level secret")), 6);
    }

    // Exit 4: the key ring or the register file is damaged.
    void integrityGarbageKeyRing()
    {
        CliHarness h;
        CLI_EXPECT(h.init(), 0);
        QFile f(h.keysPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("this is not a key ring \x01\x02\x03");
        f.close();
        const QByteArray before = digestOf(h.path());
        CLI_EXPECT(h.officer(w("user list")), 4);
        CLI_EXPECT(h.officer(w("audit verify")), 4);
        QCOMPARE(digestOf(h.path()), before);
    }

    void integrityTamperedRegister()
    {
        CliHarness h;
        CLI_EXPECT(h.init(), 0);
        CLI_EXPECT(h.officer(w("group add CRYPTO")), 0);
        QFile f(h.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() >= 8192);
        // Overwrite 16 bytes in the middle of every page (4096 bytes), so that whatever the command reads is damaged.
        for (qsizetype page = 0; page + 4096 <= bytes.size(); page += 4096)
            for (int i = 0; i < 16; ++i)
                bytes[page + 2048 + i] = static_cast<char>(bytes[page + 2048 + i] ^ 0x5a);
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        const QByteArray before = digestOf(h.path());
        CLI_EXPECT(h.officer(w("audit verify")), 4);
        CLI_EXPECT(h.officer(w("user list")), 4);
        QCOMPARE(digestOf(h.path()), before);

        // A file that is not a register at all.
        CliHarness other;
        CLI_EXPECT(other.init(), 0);
        QFile g(other.path());
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write(QByteArray(8192, 'x'));
        g.close();
        CLI_EXPECT(other.officer(w("user list")), 4);
    }

    // Exit 7: the register cannot be written.
    void ioError()
    {
        const CliRun r = CliHarness::exec(
            { QStringLiteral("--register"), QStringLiteral("/proc/kanribo.kanribo"), QStringLiteral("init"),
                QStringLiteral("--officer"), QStringLiteral("officer"), QStringLiteral("--name"), QStringLiteral("O"),
                QStringLiteral("--clearance"), QStringLiteral("secret"), QStringLiteral("--nationality"),
                QStringLiteral("JPN"), QStringLiteral("--kdf"), QStringLiteral("interactive") },
            lines({ kOfficerPassword }));
        CLI_EXPECT(r, 7);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/kanribo.kanribo")));
    }

    void errorsFollowLang()
    {
        // The message is translated once kanribo_ja.ts is filled; the form stays one line either way.
        const CliRun r = m_h.run(w("--lang ja --as officer user show ghost"), lines({ kOfficerPassword }));
        CLI_EXPECT(r, 5);
        const CliRun u = m_h.run(w("--lang ja frobnicate"));
        CLI_EXPECT(u, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliExitCodes)
#include "TestCliExitCodes.moc"
