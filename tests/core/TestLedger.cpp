// SPDX-License-Identifier: GPL-3.0-or-later
// The signed, chained ledger: append-only triggers, verifier naming the first bad event (issue 2, R-CUS-6).
#include "TestSupport.h"

#include "ledger/Ledger.h"
#include "store/Database.h"

#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestLedger : public QObject {
    Q_OBJECT

private:
    // A register with ten events: creation + groups g1..g9.
    static void fill(TempRegister& t)
    {
        for (int i = 1; i <= 9; ++i)
            QVERIFY(t.reg().people().addGroup(QStringLiteral("g%1").arg(i), {}).ok());
    }

    // A raw SQLCipher connection with the register key, as an attacker holding the key would have.
    static std::unique_ptr<Database> rawConnection(TempRegister& t)
    {
        SecureBuffer key = SecureBuffer::copyOf(t.reg().session().registerKey.data(), 32);
        auto db = Database::open(t.path(), &key, false);
        if (!db)
            qFatal("raw open failed");
        return std::move(db).value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void everyChangeIsAnEventAndTheChainVerifies()
    {
        TempRegister t;
        fill(t);
        auto v = t.reg().verify();
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
        QCOMPARE(v->events, 10);
        QCOMPARE(v->firstBad, 0);
        auto log = t.reg().auditLog({});
        QCOMPARE(log->first().kind, QStringLiteral("register.created"));
        QCOMPARE(log->at(3).kind, QStringLiteral("group.added"));
        QCOMPARE(log->at(3).subject, QStringLiteral("group:g3"));
        QCOMPARE(log->at(3).prevHash, log->at(2).hash);
    }

    void testR_CUS_6_triggersRejectUpdateAndDelete()
    {
        TempRegister t;
        fill(t);
        auto raw = rawConnection(t);
        auto upd = raw->exec(QStringLiteral("UPDATE events SET actor = 'mallory' WHERE seq = 3"));
        QVERIFY(!upd.ok());
        QVERIFY(upd.error().message.contains(QStringLiteral("append-only")));
        QVERIFY(!raw->exec(QStringLiteral("DELETE FROM events WHERE seq = 3")).ok());
        QVERIFY(t.reg().verify()->ok);
    }

    void editedEventIsNamedByTheVerifier()
    {
        TempRegister t;
        fill(t);
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        QVERIFY(raw->exec(QStringLiteral("UPDATE events SET payload = CAST('{\"name\":\"evil\"}' AS BLOB) WHERE seq = 6")).ok());
        auto v = t.reg().verify();
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBad, 6);
        QVERIFY(v->reason.contains(QStringLiteral("altered")));
    }

    void reHashedEditIsCaughtBySignature()
    {
        // An attacker who recomputes the hashes still cannot forge the officer's signature.
        TempRegister t;
        fill(t);
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        auto e = t.reg().ledger().event(7);
        QVERIFY(e.ok() && e->has_value());
        Event forged = **e;
        forged.subject = QStringLiteral("group:forged");
        forged.hash = forged.computeHash();
        auto st = raw->prepare(QStringLiteral("UPDATE events SET subject = ?, hash = ? WHERE seq = 7"));
        st->bind(1, forged.subject).bind(2, forged.hash);
        QVERIFY(st->run().ok());
        // Re-link event 8 to the forged hash, as a careful attacker would.
        auto st8 = raw->prepare(QStringLiteral("UPDATE events SET prev_hash = ? WHERE seq = 8"));
        st8->bind(1, forged.hash);
        QVERIFY(st8->run().ok());
        auto v = t.reg().verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBad, 7);
        QVERIFY(v->reason.contains(QStringLiteral("signature")));
    }

    void deletedEventIsNamedByTheVerifier()
    {
        TempRegister t;
        fill(t);
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_delete")).ok());
        QVERIFY(raw->exec(QStringLiteral("DELETE FROM events WHERE seq = 4")).ok());
        auto v = t.reg().verify();
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBad, 4);
        QVERIFY(v->reason.contains(QStringLiteral("missing")));
    }

    void canonicalEncodingRoundTrips()
    {
        TempRegister t;
        fill(t);
        auto e = t.reg().ledger().event(5);
        const Event original = **e;
        auto decoded = Event::decodeCanonical(original.canonical());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->hash, original.hash);
        QCOMPARE(decoded->subject, original.subject);
        QCOMPARE(decoded->time, original.time);
        QByteArray cut = original.canonical();
        cut.chop(1);
        QCOMPARE(Event::decodeCanonical(cut).error().code, ErrorCode::Integrity);
        QCOMPARE(Event::decodeCanonical(QByteArray()).error().code, ErrorCode::Integrity);
    }

    void appendOutsideATransactionIsRefused()
    {
        TempRegister t;
        auto r = t.reg().ledger().append(t.reg().session().signer, {QStringLiteral("x"), QStringLiteral("y"), {}});
        QVERIFY(!r.ok());
        QCOMPARE(t.reg().ledger().headSeq().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
