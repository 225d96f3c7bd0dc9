// SPDX-License-Identifier: GPL-3.0-or-later
// The register of cleared people, groups and containers (R-ACC-6, R-CUS-4); officers administer.
#include "TestSupport.h"

#include "crypto/KeyRing.h"
#include "policy/PasswordPolicy.h"

#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void testR_ACC_6_registerOfClearedPeople()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("ALPHA"), QStringLiteral("Project Alpha")).ok());
        NewUser nu;
        nu.login = QStringLiteral("suzuki");
        nu.name = QStringLiteral("鈴木 花子");
        nu.role = Role::Custodian;
        nu.clearance = Level::Secret;
        nu.clearanceExpires = QDate(2031, 4, 1);
        nu.nationality = QStringLiteral("JPN");
        nu.briefed = QDate(2026, 4, 2);
        nu.groups = { QStringLiteral("ALPHA") };
        auto u = t.reg().people().addUser(nu, kUserPassword);
        QVERIFY2(u.ok(), qPrintable(u.ok() ? QString() : u.error().message));
        auto back = t.reg().people().user(QStringLiteral("suzuki"));
        QVERIFY(back.ok());
        QCOMPARE(back->name, QStringLiteral("鈴木 花子"));
        QCOMPARE(back->role, Role::Custodian);
        QCOMPARE(back->clearance, Level::Secret);
        QCOMPARE(back->clearanceExpires, QDate(2031, 4, 1));
        QCOMPARE(back->clearanceGranted.isValid(), true);
        QCOMPARE(back->briefed, QDate(2026, 4, 2));
        QCOMPARE(back->nationality, QStringLiteral("JPN"));
        QCOMPARE(back->groups, QStringList { QStringLiteral("ALPHA") });
        QCOMPARE(back->signPublicKey.size(), 32);
        // The new user can log in with their own password.
        QVERIFY(t.login(QStringLiteral("suzuki")).ok());
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nationality");
        QTest::addColumn<int>("code");
        QTest::newRow("bad login") << "Bad Login"
                                   << "X"
                                   << "JPN" << int(ErrorCode::Usage);
        QTest::newRow("empty name") << "bob"
                                    << "  "
                                    << "JPN" << int(ErrorCode::Usage);
        QTest::newRow("bad nationality") << "bob"
                                         << "Bob"
                                         << "Japan" << int(ErrorCode::Usage);
        QTest::newRow("login exists") << "officer"
                                      << "Again"
                                      << "JPN" << int(ErrorCode::Conflict);
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, nationality);
        QFETCH(int, code);
        TempRegister t;
        const qint64 head = t.reg().ledger().headSeq().value();
        const QByteArray ring = readFile(t.keysPath());
        NewUser nu;
        nu.login = login;
        nu.name = name;
        nu.nationality = nationality;
        auto r = t.reg().people().addUser(nu, kUserPassword);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(t.reg().ledger().headSeq().value(), head);
        QCOMPARE(readFile(t.keysPath()), ring);
        QCOMPARE(t.reg().people().users()->size(), 1);
    }

    void shortPasswordAndUnknownGroupAreRefused()
    {
        TempRegister t;
        NewUser nu;
        nu.login = QStringLiteral("bob");
        nu.name = QStringLiteral("Bob");
        nu.nationality = QStringLiteral("USA");
        QCOMPARE(t.reg().people().addUser(nu, "short").error().code, ErrorCode::Usage);
        nu.groups = { QStringLiteral("NOPE") };
        QCOMPARE(t.reg().people().addUser(nu, kUserPassword).error().code, ErrorCode::NotFound);
        QVERIFY(!KeyRing::load(t.keysPath())->hasSlot(QStringLiteral("bob")));
    }

    // R-TRU-5 (offline guessing): a stolen key ring is attacked one Argon2id guess at a time, so a new password must
    // be long and hard to guess — for new users, password changes and a new register alike — and a refused password
    // changes nothing.
    void testR_TRU_5_passwordPolicy_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("eleven characters") << QByteArray("Xq7#vR2!mKp") << false;
        QTest::newRow("common password, long enough") << QByteArray("password1234") << false;
        QTest::newRow("keyboard walk") << QByteArray("qwertyuiop12") << false;
        QTest::newRow("repeats") << QByteArray("aaaaaaaaaaaaaaaa") << false;
        QTest::newRow("the login and name") << QByteArray("hayashi.kenji.1") << false;
        QTest::newRow("the facility") << QByteArray("ichigaya-office") << false;
        // Typed with the input method on: full-width letters are the same weak password, a repeated Japanese word is
        // a repeat (each Japanese character counts as one character, not as two or three random bytes).
        QTest::newRow("full-width common password") << QByteArray("ｐａｓｓｗｏｒｄ１２３４") << false;
        QTest::newRow("Japanese repeated") << QByteArray("パスワードパスワードパスワード") << false;
        QTest::newRow("unrelated words") << QByteArray("lantern orbit 74 cedar") << true;
        QTest::newRow("Japanese phrase") << QByteArray("夜明けの港で青い傘を三本") << true;
    }

    void testR_TRU_5_passwordPolicy()
    {
        QFETCH(QByteArray, password);
        QFETCH(bool, accepted);
        RegisterOptions options;
        options.facility = QStringLiteral("Ichigaya Office");
        TempRegister t(Clock::system(), options);
        NewUser nu;
        nu.login = QStringLiteral("hayashi");
        nu.name = QStringLiteral("Hayashi Kenji");
        nu.nationality = QStringLiteral("JPN");
        const qint64 head = t.reg().ledger().headSeq().value();
        auto added = t.reg().people().addUser(nu, password);
        QCOMPARE(added.ok(), accepted);
        QCOMPARE(KeyRing::load(t.keysPath())->hasSlot(QStringLiteral("hayashi")), accepted);
        if (!accepted) {
            QCOMPARE(added.error().code, ErrorCode::Usage);
            QCOMPARE(t.reg().ledger().headSeq().value(), head);
            QVERIFY(!added.error().message.isEmpty());
        }
        // The same rule for a user's own change of password.
        const auto check = checkPassword(password,
            { QStringLiteral("hayashi"), QStringLiteral("Hayashi Kenji"), QStringLiteral("Ichigaya Office") });
        QCOMPARE(check.ok(), accepted);
        QCOMPARE(check.bits >= kMinPasswordBits && check.length >= kMinPasswordLength, accepted);
    }

    void onlyOfficersAdministerAndDenialsAreRecorded()
    {
        TempRegister t;
        t.addUser(QStringLiteral("staff1"), Role::Staff, Level::TopSecret);
        auto staff = t.login(QStringLiteral("staff1"));
        QVERIFY(staff.ok());
        auto r = (*staff)->people().addGroup(QStringLiteral("X"), {});
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QCOMPARE((*staff)->people().addContainer({ QStringLiteral("C1"), Level::Secret, {} }).error().code,
            ErrorCode::Denied);
        QCOMPARE((*staff)->people().disableUser(QStringLiteral("officer")).error().code, ErrorCode::Denied);
        QCOMPARE((*staff)->people().groups()->size(), 0);
        auto log = t.reg().auditLog({});
        int denials = 0;
        for (const auto& e : *log)
            if (e.kind == QLatin1String("access.denied") && e.actor == QLatin1String("staff1"))
                ++denials;
        QCOMPARE(denials, 3);
        // Auditors may read the audit trail; staff may not.
        QCOMPARE((*staff)->auditLog({}).error().code, ErrorCode::Denied);
    }

    void groupsGrantRevoke()
    {
        TempRegister t;
        t.addUser(QStringLiteral("kato"), Role::Staff, Level::Secret);
        QCOMPARE(t.reg().people().grantGroup(QStringLiteral("kato"), QStringLiteral("BRAVO")).error().code,
            ErrorCode::NotFound);
        QVERIFY(t.reg().people().addGroup(QStringLiteral("BRAVO"), {}).ok());
        QCOMPARE(t.reg().people().addGroup(QStringLiteral("BRAVO"), {}).error().code, ErrorCode::Conflict);
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("kato"), QStringLiteral("BRAVO")).ok());
        QCOMPARE(t.reg().people().grantGroup(QStringLiteral("kato"), QStringLiteral("BRAVO")).error().code,
            ErrorCode::Conflict);
        QCOMPARE(t.reg().people().user(QStringLiteral("kato"))->groups, QStringList { QStringLiteral("BRAVO") });
        QVERIFY(t.reg().people().revokeGroup(QStringLiteral("kato"), QStringLiteral("BRAVO")).ok());
        QVERIFY(t.reg().people().user(QStringLiteral("kato"))->groups.isEmpty());
        QCOMPARE(t.reg().people().grantGroup(QStringLiteral("ghost"), QStringLiteral("BRAVO")).error().code,
            ErrorCode::NotFound);
    }

    void testR_CUS_4_containersHaveAnApprovedLevel()
    {
        TempRegister t;
        QVERIFY(t.reg()
                    .people()
                    .addContainer({ QStringLiteral("SAFE-1"), Level::TopSecret, QStringLiteral("Room 301") })
                    .ok());
        QCOMPARE(t.reg().people().addContainer({ QStringLiteral("SAFE-1"), Level::Secret, {} }).error().code,
            ErrorCode::Conflict);
        QCOMPARE(t.reg().people().addContainer({ QStringLiteral("bad id!"), Level::Secret, {} }).error().code,
            ErrorCode::Usage);
        auto c = t.reg().people().container(QStringLiteral("SAFE-1"));
        QCOMPARE(c->level, Level::TopSecret);
        QCOMPARE(c->location, QStringLiteral("Room 301"));
        QCOMPARE(t.reg().people().container(QStringLiteral("NONE")).error().code, ErrorCode::NotFound);
    }

    void disablingRemovesTheSlot()
    {
        TempRegister t;
        t.addUser(QStringLiteral("leaver"), Role::Staff, Level::Confidential);
        QVERIFY(KeyRing::load(t.keysPath())->hasSlot(QStringLiteral("leaver")));
        QVERIFY(t.reg().people().disableUser(QStringLiteral("leaver")).ok());
        QVERIFY(!KeyRing::load(t.keysPath())->hasSlot(QStringLiteral("leaver")));
        QCOMPARE(t.login(QStringLiteral("leaver")).error().code, ErrorCode::Auth);
        QVERIFY(!t.reg().people().user(QStringLiteral("leaver"))->active);
        QCOMPARE(t.reg().people().disableUser(QStringLiteral("leaver")).error().code, ErrorCode::Conflict);
        QCOMPARE(t.reg().people().disableUser(QStringLiteral("officer")).error().code, ErrorCode::Conflict);
    }

    void passwordChangeRewrapsTheSlot()
    {
        TempRegister t;
        t.addUser(QStringLiteral("mori"), Role::Staff, Level::Secret);
        auto mori = t.login(QStringLiteral("mori"));
        QVERIFY(mori.ok());
        QCOMPARE((*mori)->people().changePassword("wrong-current", "brand-new-pass-Kx9").error().code, ErrorCode::Auth);
        QCOMPARE((*mori)->people().changePassword(kUserPassword, "short").error().code, ErrorCode::Usage);
        QVERIFY((*mori)->people().changePassword(kUserPassword, "brand-new-pass-Kx9").ok());
        QCOMPARE(t.login(QStringLiteral("mori")).error().code, ErrorCode::Auth);
        QVERIFY(t.login(QStringLiteral("mori"), "brand-new-pass-Kx9").ok());
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void clearancesExpiringSoon()
    {
        FakeClock clock;
        TempRegister t(clock);
        NewUser nu;
        nu.login = QStringLiteral("soon");
        nu.name = QStringLiteral("Soon");
        nu.nationality = QStringLiteral("USA");
        nu.clearance = Level::Secret;
        nu.clearanceExpires = clock.nowUtc().date().addDays(30);
        QVERIFY(t.reg().people().addUser(nu, kUserPassword).ok());
        nu.login = QStringLiteral("later");
        nu.clearanceExpires = clock.nowUtc().date().addDays(400);
        QVERIFY(t.reg().people().addUser(nu, kUserPassword).ok());
        auto soon = t.reg().people().clearancesExpiring(60);
        QCOMPARE(soon->size(), 1);
        QCOMPARE(soon->first().login, QStringLiteral("soon"));
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "TestPeople.moc"
