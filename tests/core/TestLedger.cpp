// SPDX-License-Identifier: GPL-3.0-or-later
// The signed, chained ledger: append-only triggers, verifier naming the first bad event (issue 2, R-CUS-6).
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "ledger/Ledger.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace kanribo;
using namespace kanribo::test;

class TestLedger : public QObject
{
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
        SecureBuffer key = SecureBuffer::copyOf(coreSession(t.reg()).registerKey.data(), 32);
        auto db = Database::open(t.path(), &key, false);
        if (!db)
            qFatal("raw open failed");
        return std::move(db).value();
    }

    // A chain of `n` events in memory, signed by one officer, every tenth also co-signed by a witness: enough for
    // several of the verifier's background batches (8,192 signature checks each).
    static QList<Event> syntheticChain(int n)
    {
        const QByteArray registerId(16, 'r');
        const Signer officer = Signer::generate(QStringLiteral("off"));
        const Signer witness = Signer::generate(QStringLiteral("wit"));
        const Signer recovery = Signer::generate(QStringLiteral("@recovery"));
        QList<Event> chain;
        QByteArray prev = genesisHash(registerId);
        const QDateTime t0(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= n; ++i) {
            Event e;
            e.seq = i;
            e.time = t0.addSecs(i);
            e.actor = QStringLiteral("off");
            // A valid ledger as the authority rules read it (R-TRU-2): the genesis names the officer and the
            // recovery key, the officer adds the witness, then groups.
            const QString box = QString::fromLatin1(QByteArray(32, '\x01').toHex());
            if (i == 1) {
                e.kind = QStringLiteral("register.created");
                e.subject = QStringLiteral("register");
                e.payload = canonicalJson(QJsonObject {
                    { QStringLiteral("officer"),
                        QJsonObject { { QStringLiteral("login"), QStringLiteral("off") },
                            { QStringLiteral("clearance"), QStringLiteral("top-secret") },
                            { QStringLiteral("sign_pk"), QString::fromLatin1(officer.publicKey().toHex()) },
                            { QStringLiteral("box_pk"), box } } },
                    { QStringLiteral("recovery"),
                        QJsonObject { { QStringLiteral("login"), QStringLiteral("@recovery") },
                            { QStringLiteral("sign_pk"), QString::fromLatin1(recovery.publicKey().toHex()) },
                            { QStringLiteral("box_pk"), box } } } });
            } else if (i == 2) {
                e.kind = QStringLiteral("user.added");
                e.subject = QStringLiteral("user:wit");
                e.payload = canonicalJson(QJsonObject { { QStringLiteral("login"), QStringLiteral("wit") },
                    { QStringLiteral("role"), QStringLiteral("staff") },
                    { QStringLiteral("clearance"), QStringLiteral("secret") },
                    { QStringLiteral("sign_pk"), QString::fromLatin1(witness.publicKey().toHex()) },
                    { QStringLiteral("box_pk"), box } });
            } else {
                e.kind = QStringLiteral("group.added");
                e.subject = QStringLiteral("group:g%1").arg(i);
                e.payload = canonicalJson(QJsonObject { { QStringLiteral("name"), QStringLiteral("g%1").arg(i) } });
                if (i % 10 == 0)
                    e.cosigners = QStringList { QStringLiteral("wit") };
            }
            e.prevHash = prev;
            e.hash = e.computeHash();
            e.signature = officer.sign(e.signedMessage());
            if (!e.cosigners.isEmpty())
                e.cosignatures = { witness.sign(e.signedMessage()) };
            prev = e.hash;
            chain << e;
        }
        return chain;
    }

    static VerifyReport verifyChain(const QList<Event>& chain, const ChainVerifier::Progress& progress = {})
    {
        ChainVerifier v(genesisHash(QByteArray(16, 'r')));
        v.setProgress(progress);
        for (const Event& e : chain)
            if (!v.feed(e))
                break;
        return v.finish();
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
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void editedEventIsNamedByTheVerifier()
    {
        TempRegister t;
        fill(t);
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        QVERIFY(
            raw->exec(QStringLiteral("UPDATE events SET payload = CAST('{\"name\":\"evil\"}' AS BLOB) WHERE seq = 6"))
                .ok());
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

    // The signature batches run in the background while later events are read and hashed: a bad signature is still
    // named, and named first when a later event is also broken, whichever batch holds it.
    void backgroundSignatureBatchesNameTheFirstBadEvent()
    {
        const QList<Event> chain = syntheticChain(20000);
        VerifyReport ok = verifyChain(chain);
        QVERIFY2(ok.ok, qPrintable(ok.reason));
        QCOMPARE(ok.events, 20000);

        QList<Event> badSig = chain;
        badSig[11999].signature[5] = static_cast<char>(badSig[11999].signature[5] ^ 1); // seq 12000, a later batch
        VerifyReport r = verifyChain(badSig);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBad, 12000);
        QVERIFY(r.reason.contains(QStringLiteral("signature")));

        // A forged co-signature in the first batch, and an altered event two batches on: the earlier one is named.
        QList<Event> both = chain;
        both[99].cosignatures[0][0] = static_cast<char>(both[99].cosignatures[0][0] ^ 1); // seq 100
        both[17999].subject = QStringLiteral("group:forged"); // seq 18000
        r = verifyChain(both);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBad, 100);
        QVERIFY(r.reason.contains(QStringLiteral("wit")));

        // Both in the batch being gathered: the bad signature of the earlier event still wins.
        QList<Event> sameBatch = chain;
        sameBatch[19499].signature[0] = static_cast<char>(sameBatch[19499].signature[0] ^ 1); // seq 19500
        sameBatch[19599].subject = QStringLiteral("group:forged"); // seq 19600
        r = verifyChain(sameBatch);
        QCOMPARE(r.firstBad, 19500);
    }

    void progressSeesEveryBatchAndCanCancel()
    {
        const QList<Event> chain = syntheticChain(20000);
        QList<qint64> seen;
        VerifyReport r = verifyChain(chain, [&](qint64 done) {
            seen << done;
            return true;
        });
        QVERIFY(r.ok);
        QVERIFY(seen.size() >= 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.constLast(), 20000);
        r = verifyChain(chain, [](qint64) { return false; });
        QVERIFY(!r.ok);
        QVERIFY(r.reason.contains(QStringLiteral("cancelled")));
    }

    void appendOutsideATransactionIsRefused()
    {
        TempRegister t;
        auto r = t.reg().ledger().append(coreSession(t.reg()).signer, { QStringLiteral("x"), QStringLiteral("y"), {} });
        QVERIFY(!r.ok());
        QCOMPARE(t.reg().ledger().headSeq().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
