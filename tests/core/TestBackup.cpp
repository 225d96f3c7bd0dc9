// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and restore (issue 15): a consistent, verified copy of the register and its key ring; a restore that
// verifies the backup and names, against a seal, the first recorded event it lacks before anything is replaced.
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace kanribo;
using namespace kanribo::test;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TempRegister> make()
    {
        auto t = std::make_unique<TempRegister>();
        t->addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        if (!t->reg().people().addGroup(QStringLiteral("NUC"), QStringLiteral("nuclear")).ok())
            qFatal("addGroup failed");
        return t;
    }

    // Files left in a folder beyond the expected ones (a temporary copy must never stay behind).
    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static RestoreRequest request(const QString& backup, const QString& to, QIODevice* against = nullptr)
    {
        RestoreRequest rq;
        rq.backupPath = backup;
        rq.toPath = to;
        rq.login = QStringLiteral("officer");
        rq.password = kOfficerPassword;
        rq.against = against;
        return rq;
    }

    // A backup of t at dest, then two events and a seal of the trail after them.
    static std::pair<BackupResult, Seal> backupThenSeal(TempRegister& t, const QString& dest)
    {
        auto b = t.reg().backup(dest);
        auto more = t.reg().people().addGroup(QStringLiteral("CRYPTO"), {});
        t.addUser(QStringLiteral("suzuki"), Role::Staff, Level::Confidential);
        auto seal = t.reg().seal();
        if (!b || !more || !seal)
            qFatal("backup, group or seal failed");
        return { *b, *seal };
    }

    static QString lastKind(Register& reg)
    {
        auto head = reg.ledger().headSeq();
        auto ev = reg.ledger().event(head ? *head : 0);
        return ev && *ev ? (*ev)->kind : QString();
    }

private Q_SLOTS:
    // The copy opens with the officer's password, verifies in full and has the head the backup reported; the event
    // that records the backup is in it (and in the register), signed by an officer (R-TRU-2).
    void copyOpensVerifiesAndHasTheSameHead()
    {
        auto t = make();
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("monday.kanribo"));
        auto before = t->reg().ledger().headSeq();
        QVERIFY(before.ok());
        auto b = t->reg().backup(dest);
        QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
        QCOMPARE(b->backupPath, dest);
        QCOMPARE(b->keyRingPath, dest + QStringLiteral(".keys"));
        QCOMPARE(b->headSeq, *before + 1);
        QCOMPARE(filesIn(out.path()),
            (QStringList { QStringLiteral("monday.kanribo"), QStringLiteral("monday.kanribo.keys") }));
        QCOMPARE(QFileInfo(dest).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        auto recorded = t->reg().ledger().event(b->headSeq);
        QVERIFY(recorded.ok() && *recorded);
        QCOMPARE((*recorded)->kind, QStringLiteral("register.backed_up"));
        QCOMPARE((*recorded)->hash, b->headHash);
        const QJsonObject p = (*recorded)->payloadObject();
        QCOMPARE(p.value(QStringLiteral("to")).toString(), QStringLiteral("monday.kanribo")); // the name, not the path
        QCOMPARE(p.value(QStringLiteral("head_seq")).toInteger(), *before);
        QCOMPARE(verifyProblem(t->reg()), QString());

        auto copy = Register::open(dest, QStringLiteral("officer"), kOfficerPassword);
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
        auto v = (*copy)->verify();
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->events, b->headSeq);
        QCOMPARE(v->head, b->headHash);
        auto sato = (*copy)->people().user(QStringLiteral("sato"));
        QVERIFY(sato.ok());
    }

    // Another connection writes events while the backup is taken: the copy is one consistent moment (its state
    // tables are what its events say, which the full verification checks), never a torn file.
    void backupWhileTheRegisterIsWrittenIsConsistent()
    {
        auto t = make();
        auto writer = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(writer.ok());
        std::atomic<bool> stop { false };
        std::atomic<int> written { 0 };
        std::atomic<int> failed { 0 };
        // A busy writer, as people at other workstations are: a write every few milliseconds. (Back-to-back writes
        // with no pause would hold SQLite's write lock almost always, and the backup would wait out its busy timeout
        // under a slow build.)
        std::thread th([&] {
            for (int i = 0; !stop && i < 2000; ++i) {
                if ((*writer)->people().addGroup(QStringLiteral("G%1").arg(i), QStringLiteral("busy")).ok())
                    ++written;
                else
                    ++failed;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        // The writer is stopped and joined however this test ends (a failed check returns early).
        const auto joinWriter = qScopeGuard([&] {
            stop = true;
            if (th.joinable())
                th.join();
        });
        QTemporaryDir out;
        QList<BackupResult> copies;
        for (int i = 0; i < 3; ++i) {
            while (written < 5 * (i + 1) && failed == 0)
                std::this_thread::yield();
            auto b = t->reg().backup(out.filePath(QStringLiteral("busy-%1.kanribo").arg(i)));
            QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
            copies << *b;
        }
        stop = true;
        th.join();
        QCOMPARE(failed.load(), 0);
        QVERIFY(written > 0);
        for (const BackupResult& b : copies) {
            auto copy = Register::open(b.backupPath, QStringLiteral("officer"), kOfficerPassword);
            QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
            QCOMPARE(verifyProblem(**copy), QString());
            auto head = (*copy)->ledger().headSeq();
            QVERIFY(head.ok());
            QVERIFY(*head >= b.headSeq);
        }
        QCOMPARE(verifyProblem(t->reg()), QString());
    }

    // A backup never overwrites: an existing DEST (or DEST.keys) is refused, left as it was, and nothing is recorded.
    void existingDestinationIsRefusedAndUnchanged_data()
    {
        QTest::addColumn<bool>("keysOnly");
        QTest::newRow("DEST exists") << false;
        QTest::newRow("DEST.keys exists") << true;
    }

    void existingDestinationIsRefusedAndUnchanged()
    {
        QFETCH(bool, keysOnly);
        auto t = make();
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        const QString occupied = keysOnly ? dest + QStringLiteral(".keys") : dest;
        writeFile(occupied, "precious");
        auto before = t->reg().ledger().headSeq();
        auto b = t->reg().backup(dest);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, ErrorCode::Conflict);
        QCOMPARE(readFile(occupied), QByteArray("precious"));
        QCOMPARE(filesIn(out.path()), QStringList { QFileInfo(occupied).fileName() });
        QCOMPARE(*t->reg().ledger().headSeq(), *before);
        // Nor over the register itself.
        auto self = t->reg().backup(t->path());
        QVERIFY(!self.ok());
        QCOMPARE(self.error().code, ErrorCode::Conflict);
    }

    // A backup copies the whole register: officers only; the refusal is recorded (R-ACC-4).
    void onlyAnOfficerBacksUp()
    {
        auto t = make();
        t->addUser(QStringLiteral("kimura"), Role::Custodian, Level::TopSecret);
        auto kimura = t->login(QStringLiteral("kimura"));
        QVERIFY(kimura.ok());
        QTemporaryDir out;
        auto b = (*kimura)->backup(out.filePath(QStringLiteral("b.kanribo")));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, ErrorCode::Denied);
        QVERIFY(filesIn(out.path()).isEmpty());
        QCOMPARE(lastKind(t->reg()), QStringLiteral("access.denied"));
    }

    // A damaged backup (bytes flipped in a page) is refused by restore with an Integrity error: nothing is restored,
    // an existing register asked to be replaced is left as it was, and no temporary copy stays behind.
    void corruptedBackupIsRefusedAndNothingReplaced_data()
    {
        QTest::addColumn<int>("page"); // from the end: 1 = the last page
        QTest::newRow("last page") << 1;
        QTest::newRow("middle page") << -1;
        QTest::newRow("second page") << 0;
    }

    void corruptedBackupIsRefusedAndNothingReplaced()
    {
        QFETCH(int, page);
        auto t = make();
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        QVERIFY(t->reg().backup(dest).ok());
        QByteArray bytes = readFile(dest);
        const qsizetype pages = bytes.size() / 4096;
        QVERIFY(pages > 3);
        const qsizetype at = (page == 1 ? pages - 1 : page == 0 ? 1 : pages / 2) * 4096 + 1000;
        for (int i = 0; i < 8; ++i)
            bytes[at + i] = static_cast<char>(bytes[at + i] ^ 0x5a);
        writeFile(dest, bytes);
        t->close();
        const QByteArray live = readFile(t->path());
        const QByteArray liveKeys = readFile(t->keysPath());
        const QStringList liveFiles = filesIn(QFileInfo(t->path()).absolutePath());

        RestoreRequest rq = request(dest, t->path());
        rq.replace = true;
        auto r = Register::restore(rq);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().code == ErrorCode::Integrity, qPrintable(r.error().message));
        QCOMPARE(readFile(t->path()), live);
        QCOMPARE(readFile(t->keysPath()), liveKeys);
        QCOMPARE(filesIn(QFileInfo(t->path()).absolutePath()), liveFiles);

        const QString fresh = out.filePath(QStringLiteral("fresh/r.kanribo"));
        auto r2 = Register::restore(request(dest, fresh));
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code, ErrorCode::Integrity);
        QVERIFY(filesIn(out.filePath(QStringLiteral("fresh"))).isEmpty());
    }

    // R-TRU-3: restored against a seal taken after the backup, the restore names the first event the backup lacks,
    // and the restored register records it (register.restored, signed by the officer).
    void testR_TRU_3_restoreAgainstALaterSealNamesTheFirstMissingEvent()
    {
        auto t = make();
        QTemporaryDir out;
        auto early = t->reg().seal(); // before the backup: nothing missing against it
        QVERIFY(early.ok());
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        const auto [b, seal] = backupThenSeal(*t, dest);
        QCOMPARE(seal.seq, b.headSeq + 2);

        QBuffer sealFile;
        sealFile.setData(seal.toJson());
        sealFile.open(QIODevice::ReadOnly);
        const QString to = out.filePath(QStringLiteral("restored/r.kanribo"));
        auto r = Register::restore(request(dest, to, &sealFile));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->backupHeadSeq, b.headSeq);
        QCOMPARE(r->againstSeq, seal.seq);
        QCOMPARE(r->missingFrom, b.headSeq + 1);
        QCOMPARE(r->missingTo, seal.seq);
        QCOMPARE(r->restoredPath, to);
        QVERIFY(r->replacedPath.isEmpty());

        auto restored = Register::open(to, QStringLiteral("officer"), kOfficerPassword);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(verifyProblem(**restored), QString());
        auto ev = (*restored)->ledger().event(r->restoredSeq);
        QVERIFY(ev.ok() && *ev);
        QCOMPARE((*ev)->kind, QStringLiteral("register.restored"));
        QCOMPARE((*ev)->actor, QStringLiteral("officer"));
        const QJsonObject p = (*ev)->payloadObject();
        QCOMPARE(p.value(QStringLiteral("from")).toString(), QStringLiteral("b.kanribo"));
        QCOMPARE(p.value(QStringLiteral("head_seq")).toInteger(), b.headSeq);
        QCOMPARE(p.value(QStringLiteral("missing_from")).toInteger(), b.headSeq + 1);
        // suzuki was added after the backup: not in the restored register.
        QVERIFY(!(*restored)->people().user(QStringLiteral("suzuki")).ok());

        // Against the seal taken before the backup, nothing is missing.
        QBuffer earlyFile;
        earlyFile.setData(early->toJson());
        earlyFile.open(QIODevice::ReadOnly);
        auto r2 = Register::restore(request(dest, out.filePath(QStringLiteral("r2.kanribo")), &earlyFile));
        QVERIFY(r2.ok());
        QCOMPARE(r2->missingFrom, 0);
        QCOMPARE(r2->againstSeq, early->seq);
    }

    // A seal of another register is no anchor: Integrity, nothing restored.
    void sealOfAnotherRegisterIsRefused()
    {
        auto t = make();
        TempRegister other;
        auto seal = other.reg().seal();
        QVERIFY(seal.ok());
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        QVERIFY(t->reg().backup(dest).ok());
        QBuffer sealFile;
        sealFile.setData(seal->toJson());
        sealFile.open(QIODevice::ReadOnly);
        auto r = Register::restore(request(dest, out.filePath(QStringLiteral("r.kanribo")), &sealFile));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Integrity);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("r.kanribo"))));
    }

    // Restoring over an existing register is refused without replace (and says what the backup lacks); with replace,
    // not while the register is open, and then the old register is moved aside, never deleted.
    void restoreIntoAnExistingRegisterNeedsReplace()
    {
        auto t = make();
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        const auto [b, seal] = backupThenSeal(*t, dest);
        QCOMPARE(seal.seq, b.headSeq + 2);

        // Open: refused even with replace.
        RestoreRequest open = request(dest, t->path());
        open.replace = true;
        auto busy = Register::restore(open);
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, ErrorCode::Conflict);

        t->close();
        const QByteArray live = readFile(t->path());
        const QByteArray liveKeys = readFile(t->keysPath());
        QBuffer sealFile;
        sealFile.setData(seal.toJson());
        sealFile.open(QIODevice::ReadOnly);
        auto refused = Register::restore(request(dest, t->path(), &sealFile));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("lacks events %1 to %2").arg(b.headSeq + 1).arg(seal.seq)),
            qPrintable(refused.error().message));
        QCOMPARE(readFile(t->path()), live);
        QCOMPARE(readFile(t->keysPath()), liveKeys);

        sealFile.seek(0);
        RestoreRequest replace = request(dest, t->path(), &sealFile);
        replace.replace = true;
        auto r = Register::restore(replace);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!r->replacedPath.isEmpty());
        QCOMPARE(readFile(r->replacedPath), live);
        QCOMPARE(readFile(Register::keyRingPathFor(r->replacedPath)), liveKeys);
        QCOMPARE(r->missingFrom, b.headSeq + 1);
        auto restored = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(restored.ok());
        QCOMPARE(lastKind(**restored), QStringLiteral("register.restored"));
        QCOMPARE(verifyProblem(**restored), QString());
        // The register moved aside still opens as it was.
        auto aside = Register::open(r->replacedPath, QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(aside.ok());
        QVERIFY((*aside)->people().user(QStringLiteral("suzuki")).ok());
    }

    // Who restores: an officer of the backup, with the password of the backup's key ring.
    void restoreNeedsAnOfficerOfTheBackup()
    {
        auto t = make();
        QTemporaryDir out;
        const QString dest = out.filePath(QStringLiteral("b.kanribo"));
        QVERIFY(t->reg().backup(dest).ok());
        const QString to = out.filePath(QStringLiteral("r.kanribo"));
        RestoreRequest wrong = request(dest, to);
        wrong.password = "not-the-password";
        auto a = Register::restore(wrong);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::Auth);
        RestoreRequest staff = request(dest, to);
        staff.login = QStringLiteral("sato");
        staff.password = kUserPassword;
        auto d = Register::restore(staff);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::Denied);
        QCOMPARE(filesIn(out.path()), (QStringList { QStringLiteral("b.kanribo"), QStringLiteral("b.kanribo.keys") }));
        QFile::remove(dest + QStringLiteral(".keys"));
        auto n = Register::restore(request(dest, to));
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
