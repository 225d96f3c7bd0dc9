// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli init, user, group, container and recover: what they print (human and --json) and what they change.
#include "CliHarness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject findUser(const QJsonArray& users, const QString& login)
{
    for (const auto& v : users)
        if (v.toObject().value(QStringLiteral("login")).toString() == login)
            return v.toObject();
    return {};
}
} // namespace

class TestCliPeople : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;
    QString m_recoveryCode;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        const CliRun r = m_h.init({ QStringLiteral("--json"), QStringLiteral("--facility"), QStringLiteral("本部") });
        // --json is a global option: it goes before the command.
        CLI_EXPECT(r, 1);
        const CliRun ok
            = m_h.run(QStringList { QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--officer"),
                          QStringLiteral("officer"), QStringLiteral("--name"), QStringLiteral("山田 太郎"),
                          QStringLiteral("--clearance"), QStringLiteral("top-secret"), QStringLiteral("--nationality"),
                          QStringLiteral("JPN"), QStringLiteral("--facility"), QStringLiteral("本部"),
                          QStringLiteral("--kdf"), QStringLiteral("interactive") },
                lines({ kOfficerPassword }));
        CLI_EXPECT(ok, 0);
        QVERIFY2(ok.jsonOk(), ok.out.constData());
        const QJsonObject o = ok.json().object();
        QCOMPARE(o.keys(),
            (QStringList { QStringLiteral("officer"), QStringLiteral("recovery_code"), QStringLiteral("register") }));
        QCOMPARE(o.value(QStringLiteral("officer")).toString(), QStringLiteral("officer"));
        QCOMPARE(o.value(QStringLiteral("register")).toString(), QFileInfo(m_h.path()).absoluteFilePath());
        m_recoveryCode = o.value(QStringLiteral("recovery_code")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")).match(m_recoveryCode).hasMatch(),
            qPrintable(m_recoveryCode));
        QVERIFY(ok.err.isEmpty());
        QVERIFY(QFile::exists(m_h.path()));
        QVERIFY(QFile::exists(m_h.keysPath()));
    }

    void initHumanShowsRecoveryCodeWithWarning()
    {
        CliHarness h;
        const CliRun r = h.init();
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.contains("RECOVERY CODE: "));
        QVERIFY(r.out.contains("Write the recovery code down"));
        QVERIFY(r.out.contains("shown only this once"));
        // The password never appears anywhere.
        QVERIFY(!r.out.contains(kOfficerPassword));
        QVERIFY(!r.err.contains(kOfficerPassword));
    }

    void registerFromEnvironment()
    {
        QProcessEnvironment env = CliHarness::baseEnvironment();
        env.insert(QStringLiteral("KANRIBO_REGISTER"), m_h.path());
        const CliRun r = CliHarness::exec(w("--json --as officer user list"), lines({ kOfficerPassword }), env);
        CLI_EXPECT(r, 0);
        QVERIFY(r.json().isArray());
    }

    // Without --register or $KANRIBO_REGISTER: the GUI's default register in the user's data directory.
    void defaultRegisterPath()
    {
        QTemporaryDir home;
        QProcessEnvironment env = CliHarness::baseEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        const CliRun r = CliHarness::exec(w("--json init --officer officer --name O --clearance secret "
                                            "--nationality JPN --kdf interactive"),
            lines({ kOfficerPassword }), env);
        CLI_EXPECT(r, 0);
        const QString expected = home.filePath(QStringLiteral(".local/share/Kanribo/Kanribo/register.kanribo"));
        QCOMPARE(r.json().object().value(QStringLiteral("register")).toString(), expected);
        QVERIFY(QFile::exists(expected));
    }

    void groupsAndContainers()
    {
        const CliRun g = m_h.officer(w("--json group add CRYPTO --description 暗号"));
        CLI_EXPECT(g, 0);
        QCOMPARE(g.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("CRYPTO"));
        QCOMPARE(g.json().object().value(QStringLiteral("description")).toString(), QStringLiteral("暗号"));
        CLI_EXPECT(m_h.officer(w("group add NUCLEAR")), 0);
        const CliRun list = m_h.officer(w("--json group list"));
        CLI_EXPECT(list, 0);
        QCOMPARE(list.json().array().size(), 2);

        const CliRun c = m_h.officer(w("--json container add SAFE-1 --level top-secret --location Room-101"));
        CLI_EXPECT(c, 0);
        QCOMPARE(c.json().object().value(QStringLiteral("level")).toString(), QStringLiteral("top-secret"));
        const CliRun human = m_h.officer(w("container add SAFE-2 --level confidential"));
        CLI_EXPECT(human, 0);
        QVERIFY(human.out.contains("SAFE-2"));
        const CliRun cl = m_h.officer(w("container list"));
        CLI_EXPECT(cl, 0);
        QVERIFY(cl.out.contains("Room-101"));
        QVERIFY(cl.out.contains("Top Secret"));
    }

    // R-ACC-6: the register of cleared people; stdin order: the acting user's password, then the new user's.
    void userAddListShow()
    {
        const CliRun add
            = m_h.officer(w("--json user add alice --name Alice --role staff --clearance secret --nationality JPN "
                            "--clearance-expires 2031-03-31 --briefed 2026-01-10 --group CRYPTO --group NUCLEAR"),
                lines({ kUserPassword }));
        CLI_EXPECT(add, 0);
        QCOMPARE(add.json().object().value(QStringLiteral("login")).toString(), QStringLiteral("alice"));
        // alice logs in with the second line.
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user show alice"), lines({ kUserPassword })), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("bob"), QStringLiteral("auditor"), QStringLiteral("confidential")), 0);

        const CliRun list = m_h.officer(w("--json user list"));
        CLI_EXPECT(list, 0);
        QVERIFY(list.json().isArray());
        const QJsonArray users = list.json().array();
        QCOMPARE(users.size(), 3);
        const QStringList keys { QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
            QStringLiteral("clearance"), QStringLiteral("clearance_expires"), QStringLiteral("nationality"),
            QStringLiteral("briefed"), QStringLiteral("active"), QStringLiteral("groups"),
            QStringLiteral("fingerprint") };
        for (const auto& v : users)
            for (const auto& k : keys)
                QVERIFY2(v.toObject().contains(k), qPrintable(k));
        const QJsonObject alice = findUser(users, QStringLiteral("alice"));
        QCOMPARE(alice.value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
        QCOMPARE(alice.value(QStringLiteral("clearance")).toString(), QStringLiteral("secret"));
        QCOMPARE(alice.value(QStringLiteral("clearance_expires")).toString(), QStringLiteral("2031-03-31"));
        QCOMPARE(alice.value(QStringLiteral("briefed")).toString(), QStringLiteral("2026-01-10"));
        QCOMPARE(alice.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(alice.value(QStringLiteral("groups")).toArray(),
            QJsonArray({ QStringLiteral("CRYPTO"), QStringLiteral("NUCLEAR") }));
        QVERIFY(alice.value(QStringLiteral("fingerprint")).toString().contains(QLatin1Char(':')));
        QVERIFY(findUser(users, QStringLiteral("bob")).value(QStringLiteral("clearance_expires")).isNull());
        // Non-ASCII written as itself, not escaped.
        QVERIFY(list.out.contains("山田 太郎"));
        QVERIFY(!list.out.contains("\\u"));

        const CliRun table = m_h.officer(w("user list"));
        CLI_EXPECT(table, 0);
        const QList<QByteArray> rows = table.out.split('\n');
        QVERIFY(rows.at(0).startsWith("Login"));
        QVERIFY(rows.at(1).startsWith("-----"));
        QVERIFY(table.out.contains("2031-03-31"));
        QVERIFY(table.out.contains("Cleared staff"));
        // Aligned: the "Name" column starts at the same place on the header and every row.
        const qsizetype nameColumn = rows.at(0).indexOf("Name");
        QVERIFY(rows.at(2).mid(nameColumn).startsWith("User bob") || rows.at(2).mid(nameColumn).startsWith("Alice"));

        const CliRun show = m_h.officer(w("--json user show alice"));
        CLI_EXPECT(show, 0);
        QCOMPARE(show.json().object().value(QStringLiteral("nationality")).toString(), QStringLiteral("JPN"));
    }

    void japaneseDates()
    {
        const CliRun ja = m_h.officer(w("--lang ja user show alice"));
        CLI_EXPECT(ja, 0);
        QVERIFY2(ja.out.contains("2031年3月31日"), ja.out.constData());
        QVERIFY(ja.out.contains("2026年1月10日"));
        const CliRun en = m_h.officer(w("--lang en user show alice"));
        CLI_EXPECT(en, 0);
        QVERIFY(en.out.contains("2031-03-31"));
        // JSON keeps ISO dates in every language.
        const CliRun json = m_h.officer(w("--lang ja --json user show alice"));
        QCOMPARE(json.json().object().value(QStringLiteral("briefed")).toString(), QStringLiteral("2026-01-10"));
    }

    void grantRevoke()
    {
        CLI_EXPECT(m_h.officer(w("user grant bob --group CRYPTO")), 0);
        const CliRun shown = m_h.officer(w("--json user show bob"));
        QCOMPARE(
            shown.json().object().value(QStringLiteral("groups")).toArray(), QJsonArray({ QStringLiteral("CRYPTO") }));
        const CliRun revoked = m_h.officer(w("--json user revoke bob --group CRYPTO"));
        CLI_EXPECT(revoked, 0);
        QCOMPARE(revoked.json().object().value(QStringLiteral("groups")).toArray(), QJsonArray());
        CLI_EXPECT(m_h.officer(w("user revoke bob --group CRYPTO")), 5);
    }

    void passwordChange()
    {
        const QByteArray next = "alice-new-pass-2-Kx9";
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user passwd"), lines({ kUserPassword, "short" })), 1);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user passwd"), lines({ kUserPassword, next })), 0);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user list"), lines({ kUserPassword })), 2);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user list"), lines({ next })), 0);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("user passwd"), lines({ next, kUserPassword })), 0);
    }

    void recoverWithoutAnOfficerIsRefused()
    {
        // R-TRU-6: the recovery code alone does not reset a staff user's keys; an officer present signs.
        const QByteArray fresh = "bob-recovered-0-Kx9";
        CLI_EXPECT(m_h.run(w("recover --login bob"), lines({ m_recoveryCode.toLatin1(), fresh })), 3);
        CLI_EXPECT(m_h.run(w("recover --login bob --officer officer"),
                       lines({ m_recoveryCode.toLatin1(), "not-the-officers-password", fresh })),
            2);
        CLI_EXPECT(m_h.run(w("recover --login bob --officer alice"),
                       lines({ m_recoveryCode.toLatin1(), kUserPassword, fresh })),
            3);
        CLI_EXPECT(m_h.as(QStringLiteral("bob"), w("user list"), lines({ fresh })), 2);
    }

    void recoverWithRecoveryCode()
    {
        const QByteArray fresh = "bob-recovered-1-Kx9";
        const CliRun r = m_h.run(
            w("recover --login bob --officer officer"), lines({ m_recoveryCode.toLatin1(), kOfficerPassword, fresh }));
        CLI_EXPECT(r, 0);
        CLI_EXPECT(m_h.as(QStringLiteral("bob"), w("user list"), lines({ kUserPassword })), 2);
        CLI_EXPECT(m_h.as(QStringLiteral("bob"), w("user list"), lines({ fresh })), 0);
        const CliRun audit = m_h.officer(w("--json audit log"));
        bool reset = false;
        for (const auto& v : audit.json().array())
            if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("user.keys_reset")) {
                reset = true;
                // Signed by the officer present, co-signed by the recovery key.
                QCOMPARE(v.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("officer"));
            }
        QVERIFY(reset);
        CLI_EXPECT(m_h.officer(w("audit verify")), 0);
    }

    void disable()
    {
        CLI_EXPECT(m_h.addUser(QStringLiteral("carol")), 0);
        const CliRun r = m_h.officer(w("--json user disable carol"));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("active")).toBool(true), false);
        CLI_EXPECT(m_h.officer(w("user disable carol")), 6);
        CLI_EXPECT(m_h.as(QStringLiteral("carol"), w("user list"), lines({ kUserPassword })), 2);
    }

    void passwordsAreReadLineByLineWithCrLf()
    {
        CLI_EXPECT(m_h.as(QStringLiteral("officer"), w("user list"), kOfficerPassword + "\r\n"), 0);
        // The last line may lack its newline.
        CLI_EXPECT(m_h.as(QStringLiteral("officer"), w("user list"), kOfficerPassword), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "TestCliPeople.moc"
