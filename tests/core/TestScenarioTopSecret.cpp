// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted scenario (issue 4): one Top Secret item from receipt through hand receipts, storage, reproduction,
// inventory and destruction, then the audit trail is verified — chain, signatures and rebuilt copy state.
#include "TestSupport.h"

#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestScenarioTopSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void topSecretItemFromReceiptToDestruction()
    {
        FakeClock clock;
        TempRegister t(clock);
        Register& officer = t.reg();
        QVERIFY(officer.people().addGroup(QStringLiteral("AEGIS"), QStringLiteral("Aegis BMD programme")).ok());
        QVERIFY(officer.people().grantGroup(QStringLiteral("officer"), QStringLiteral("AEGIS")).ok());
        QVERIFY(officer.people()
                    .addContainer({ QStringLiteral("SAFE-1"), Level::TopSecret, QStringLiteral("Bldg 2 R301") })
                    .ok());
        t.addUser(QStringLiteral("custodian"), Role::Custodian, Level::TopSecret, QStringLiteral("JPN"),
            { QStringLiteral("AEGIS") });
        t.addUser(
            QStringLiteral("sato"), Role::Staff, Level::TopSecret, QStringLiteral("JPN"), { QStringLiteral("AEGIS") });
        t.addUser(QStringLiteral("witness"), Role::Officer, Level::TopSecret, QStringLiteral("JPN"),
            { QStringLiteral("AEGIS") });
        t.addUser(QStringLiteral("secretonly"), Role::Staff, Level::Secret, QStringLiteral("JPN"),
            { QStringLiteral("AEGIS") });

        // 1. Receipt from the US government (R-CUS-2), registered into the safe (R-CUS-1, R-CUS-4, R-MRK-1).
        NewItem ni;
        ni.title = QStringLiteral("(U) SM-3 Block IIA integration plan");
        ni.level = Level::TopSecret;
        ni.origin = QStringLiteral("USA");
        ni.regime = QStringLiteral("gsomia");
        ni.caveats = { QStringLiteral("REL TO USA, JPN") };
        ni.groups = { QStringLiteral("AEGIS") };
        ni.copies = 2;
        ni.container = QStringLiteral("SAFE-1");
        ni.receipt = { QStringLiteral("US Embassy Tokyo DAO"), QStringLiteral("DAO-2026-311"),
            QStringLiteral("courier"), clock.nowUtc().date(), true };
        ni.authority = { QStringLiteral("MDA/DPX"), QStringLiteral("MDA SCG 2024"), QStringLiteral("2051-12-31") };
        auto reg = officer.items().registerItem(ni);
        QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message));
        const QString control = reg->control;
        QCOMPARE(control, QStringLiteral("TS-AEGIS-USA-2026-000001")); // group AEGIS, US material (docs/adr/0003)
        const QString c1 = control + QStringLiteral("/1");
        const QString c2 = control + QStringLiteral("/2");

        // 2. The custodian issues copy 1 to Sato, who signs; a Secret-cleared colleague may not receive it.
        auto custodian = t.login(QStringLiteral("custodian"));
        QVERIFY((*custodian)->custody().issue(c1, { QStringLiteral("sato"), kUserPassword }).ok());
        auto sato = t.login(QStringLiteral("sato"));
        QCOMPARE((*sato)->custody().transfer(c1, { QStringLiteral("secretonly"), kUserPassword }).error().code,
            ErrorCode::Denied);
        QVERIFY((*sato)->items().show(control).ok()); // a disclosure record (R-ACC-4)
        clock.advance(3600);

        // 3. Sato hands it back to the custodian on a signed receipt; the custodian stores it.
        QVERIFY((*sato)->custody().transfer(c1, { QStringLiteral("custodian"), kUserPassword }).ok());
        QVERIFY((*custodian)->custody().store(c1, QStringLiteral("SAFE-1")).ok());

        // 4. Reproduction: originator consent and an approving officer's co-signature (R-REP-1, R-REP-2).
        QVERIFY((*custodian)->custody().issue(c2, { QStringLiteral("officer"), kOfficerPassword }).ok());
        auto rep = officer.custody().reproduce(control, 1, QStringLiteral("Second briefing team"),
            QStringLiteral("USG consent 2026-1121-A"), { QStringLiteral("witness"), kUserPassword });
        QVERIFY2(rep.ok(), qPrintable(rep.ok() ? QString() : rep.error().message));
        const QString c3 = rep->copies.first();
        QCOMPARE(c3, control + QStringLiteral("/3"));
        QVERIFY(officer.custody().store(c3, QStringLiteral("SAFE-1")).ok());
        QVERIFY(officer.custody().store(c2, QStringLiteral("SAFE-1")).ok());

        // 5. Inventory of the safe: all three copies sighted (R-INV-1).
        clock.advance(24 * 3600);
        QVERIFY((*custodian)->custody().startInventory(QStringLiteral("SAFE-1")).ok());
        for (const auto& c : { c1, c2, c3 })
            QVERIFY((*custodian)->custody().sight(c).ok());
        auto inv = (*custodian)->custody().finishInventory();
        QVERIFY(inv.ok());
        QCOMPARE(inv->present.size(), 3);
        QVERIFY(inv->missing.isEmpty());
        QVERIFY(inv->unexpected.isEmpty());

        // 6. Destruction of the reproduction with a witness (R-DST-1..4).
        auto destroyed = (*custodian)
                             ->custody()
                             .destroy(c3, QStringLiteral("shredding"), { QStringLiteral("witness"), kUserPassword });
        QVERIFY2(destroyed.ok(), qPrintable(destroyed.ok() ? QString() : destroyed.error().message));
        QCOMPARE((*custodian)
                     ->custody()
                     .destroy(c3, QStringLiteral("shredding"), { QStringLiteral("witness"), kUserPassword })
                     .error()
                     .code,
            ErrorCode::Conflict);

        // 7. The audit trail verifies: chain, every signature and co-signature, and the rebuilt copy state.
        auto v = officer.verify();
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
        auto item = officer.items().load(control);
        QCOMPARE(item->copiesTotal, 3);
        QCOMPARE(item->copiesHeld, 2);
        QCOMPARE(officer.items().disclosures(control)->size(), 1);
        auto history = officer.custody().history(c1);
        QStringList kinds;
        for (const auto& h : *history)
            kinds << h.kind;
        // The refused hand-over to the Secret-cleared colleague is part of the copy's history too.
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("item.registered"), QStringLiteral("copy.issued"),
                QStringLiteral("access.denied"), QStringLiteral("copy.transferred"), QStringLiteral("copy.stored") }));
        // Every two-person step carries the second signature.
        int cosigned = 0;
        for (const auto& e : *officer.auditLog({}))
            cosigned += e.cosigners.isEmpty() ? 0 : 1;
        QCOMPARE(
            cosigned, 5); // issue to sato, transfer back, issue to officer, reproduction approval, destruction witness
    }
};

QTEST_GUILESS_MAIN(TestScenarioTopSecret)
#include "TestScenarioTopSecret.moc"
