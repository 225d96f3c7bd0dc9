// SPDX-License-Identifier: GPL-3.0-or-later
// Signed checkpoints: opening verifies only the events after the last checkpoint (issue 7). A tampered event after
// the checkpoint is caught; a forged or stale checkpoint is rejected.
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "ledger/Checkpoint.h"
#include "ledger/Ledger.h"
#include "store/Database.h"

#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private:
    static void addGroups(TempRegister& t, int from, int to)
    {
        for (int i = from; i <= to; ++i)
            QVERIFY(t.reg().people().addGroup(QStringLiteral("g%1").arg(i), {}).ok());
    }

    static std::unique_ptr<Database> rawConnection(TempRegister& t)
    {
        SecureBuffer key = SecureBuffer::copyOf(coreSession(t.reg()).registerKey.data(), 32);
        auto db = Database::open(t.path(), &key, false);
        if (!db)
            qFatal("raw open failed");
        return std::move(db).value();
    }

    // A register with users (keys learned before the checkpoint), a checkpoint at event `at`, then more events.
    static Checkpoint prepare(TempRegister& t)
    {
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        addGroups(t, 1, 5); // events 3..7
        auto v = t.reg().verify();
        if (!v.ok() || !v->ok)
            qFatal("full verify failed");
        const qint64 head = *t.reg().ledger().headSeq();
        auto e = t.reg().ledger().event(head);
        auto cp = Checkpoints::store(*coreSession(t.reg()).db, t.reg().registerId(), coreSession(t.reg()).signer, head,
            (*e)->hash, QDateTime::currentDateTimeUtc());
        if (!cp)
            qFatal("checkpoint failed: %s", qPrintable(cp.error().message));
        addGroups(t, 6, 9);
        // An event by another user after the checkpoint: their key was learned before it.
        auto sato = t.login(QStringLiteral("sato"));
        if (!sato)
            qFatal("login failed");
        (void)(*sato)->people().addGroup(QStringLiteral("denied"), {}); // staff: recorded as access.denied
        return *cp;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void verifiesOnlyWhatIsNewSinceTheCheckpoint()
    {
        TempRegister t;
        const Checkpoint cp = prepare(t);
        const qint64 head = *t.reg().ledger().headSeq();
        QCOMPARE(head, cp.seq + 5);
        auto latest = Checkpoints::latest(*coreSession(t.reg()).db);
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->seq, cp.seq);
        QCOMPARE((*latest)->signer, QStringLiteral("officer"));
        auto v = Checkpoints::verifyFromLatest(*coreSession(t.reg()).db, t.reg().ledger(), t.reg().registerId());
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
        QCOMPARE(v->events, 5); // not the whole ledger
        auto log = t.reg().auditLog({});
        QCOMPARE(log->last().actor, QStringLiteral("sato"));
    }

    void tamperedEventAfterTheCheckpointIsCaught()
    {
        TempRegister t;
        const Checkpoint cp = prepare(t);
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        // Re-hashed and re-linked: only the signature can tell.
        auto e = t.reg().ledger().event(cp.seq + 2);
        Event forged = **e;
        forged.subject = QStringLiteral("group:forged");
        forged.hash = forged.computeHash();
        auto st = raw->prepare(QStringLiteral("UPDATE events SET subject = ?, hash = ? WHERE seq = ?"));
        st->bind(1, forged.subject).bind(2, forged.hash).bind(3, cp.seq + 2);
        QVERIFY(st->run().ok());
        auto st2 = raw->prepare(QStringLiteral("UPDATE events SET prev_hash = ? WHERE seq = ?"));
        st2->bind(1, forged.hash).bind(2, cp.seq + 3);
        QVERIFY(st2->run().ok());
        auto v = Checkpoints::verifySince(*coreSession(t.reg()).db, t.reg().ledger(), t.reg().registerId(), cp);
        QVERIFY(v.ok());
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBad, cp.seq + 2);
        QVERIFY2(v->reason.contains(QStringLiteral("signature")), qPrintable(v->reason));

        // A plain edit (hash not recomputed) of the last event is caught too.
        TempRegister t2;
        const Checkpoint cp2 = prepare(t2);
        auto raw2 = rawConnection(t2);
        QVERIFY(raw2->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        QVERIFY(
            raw2->exec(QStringLiteral("UPDATE events SET payload = CAST('{}' AS BLOB) WHERE seq = %1").arg(cp2.seq + 5))
                .ok());
        auto v2 = Checkpoints::verifyFromLatest(*coreSession(t2.reg()).db, t2.reg().ledger(), t2.reg().registerId());
        QVERIFY(!v2->ok);
        QCOMPARE(v2->firstBad, cp2.seq + 5);
        QVERIFY(v2->reason.contains(QStringLiteral("altered")));
    }

    void forgedCheckpointIsRejected()
    {
        TempRegister t;
        const Checkpoint cp = prepare(t);
        const QByteArray rid = t.reg().registerId();
        Database& db = *coreSession(t.reg()).db;

        // Moved forward to skip events, keeping the officer's signature of the old position.
        Checkpoint moved = cp;
        moved.seq = cp.seq + 3;
        moved.hash = (*t.reg().ledger().event(moved.seq))->hash;
        auto v = Checkpoints::verifySince(db, t.reg().ledger(), rid, moved);
        QVERIFY(!v->ok);
        QVERIFY2(v->reason.contains(QStringLiteral("checkpoint")), qPrintable(v->reason));

        // Signed by a key the ledger never introduced for that user.
        const Signer mallory = Signer::generate(QStringLiteral("officer"));
        Checkpoint forged = moved;
        forged.signature = mallory.sign(Checkpoint::message(rid, forged.seq, forged.hash));
        v = Checkpoints::verifySince(db, t.reg().ledger(), rid, forged);
        QVERIFY(!v->ok);
        QVERIFY(v->reason.contains(QStringLiteral("checkpoint")));

        // Signed by someone with no key in the ledger.
        const Signer stranger = Signer::generate(QStringLiteral("stranger"));
        Checkpoint foreign = moved;
        foreign.signer = stranger.login();
        foreign.signature = stranger.sign(Checkpoint::message(rid, foreign.seq, foreign.hash));
        v = Checkpoints::verifySince(db, t.reg().ledger(), rid, foreign);
        QVERIFY(!v->ok);
        QVERIFY(v->reason.contains(QStringLiteral("no key")));

        // Stored in the table (the forged one is the latest): opening rejects it.
        auto ins = db.prepare(
            QStringLiteral("INSERT INTO checkpoints(seq, hash, signer, sig, created_at) VALUES(?,?,?,?,?)"));
        ins->bind(1, forged.seq)
            .bind(2, forged.hash)
            .bind(3, forged.signer)
            .bind(4, forged.signature)
            .bind(5, QStringLiteral("2026-11-21T00:00:00.000Z"));
        QVERIFY(ins->run().ok());
        v = Checkpoints::verifyFromLatest(db, t.reg().ledger(), rid);
        QVERIFY(!v->ok);

        // A genuine checkpoint whose event was rewritten afterwards no longer matches.
        auto raw = rawConnection(t);
        QVERIFY(raw->exec(QStringLiteral("DELETE FROM checkpoints WHERE seq = %1").arg(forged.seq)).ok());
        QVERIFY(raw->exec(QStringLiteral("DROP TRIGGER events_no_update")).ok());
        auto st = raw->prepare(QStringLiteral("UPDATE events SET hash = ? WHERE seq = ?"));
        st->bind(1, QByteArray(32, 'x')).bind(2, cp.seq);
        QVERIFY(st->run().ok());
        v = Checkpoints::verifyFromLatest(db, t.reg().ledger(), rid);
        QVERIFY(!v->ok);
        QCOMPARE(v->firstBad, cp.seq);
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "TestCheckpoint.moc"
