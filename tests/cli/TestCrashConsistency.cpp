// SPDX-License-Identifier: GPL-3.0-or-later
// Crash consistency (issue 8, docs/reliability.md): writers killed with SIGKILL at random moments. After every kill
// the register opens, the full verify passes, the ledger's seq is contiguous, and every group a writer reported as
// committed is there. Short mode in ctest (KANRIBO_CRASH_KILLS, default 50); scripts/crash-test.sh runs 1,000+.
#include "StressHarness.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <csignal>

using namespace kanribo::test;

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (CliHarness::binary().isEmpty() || stressBinary().isEmpty())
            QSKIP("KANRIBO_CLI / KANRIBO_STRESS not set");
    }

    // Found by the long run (kill 199 of 1,000, seed 4242): a writer killed between creating the key ring's lock file
    // and writing its PID into it left an empty lock file, and every login failed with "in use by another program"
    // until QLockFile's 30 s stale time. An empty lock file a couple of seconds old is now removed.
    void emptyLockFileLeftByAKill()
    {
        CliHarness h;
        CLI_EXPECT(stress({ QStringLiteral("create"), h.path() }), 0);
        QFile lock(h.keysPath() + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly)); // empty, as the killed process left it
        lock.close();
        // Before the fix the login waited 15 s for the lock and then failed ("in use by another program"): the
        // command must succeed. How long it took depends on the machine and is only logged.
        QElapsedTimer timer;
        timer.start();
        CLI_EXPECT(h.officer({ QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("after-kill") }), 0);
        qInfo("group add after an empty lock file: %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(!QFile::exists(h.keysPath() + QStringLiteral(".lock")));
    }

    void killedWritersLoseNothingCommitted()
    {
        const int kills = qMax(1, envInt("KANRIBO_CRASH_KILLS", 50));
        bool seedSet = false;
        const quint32 seed = static_cast<quint32>(qEnvironmentVariableIntValue("KANRIBO_CRASH_SEED", &seedSet));
        const quint32 usedSeed = seedSet ? seed : 20261121u;
        // Checking after every kill costs a full verify of a growing ledger: in long runs check every Nth kill.
        const int checkEvery = qMax(1, envInt("KANRIBO_CRASH_CHECK_EVERY", kills > 100 ? 10 : 1));
        QRandomGenerator rng(usedSeed);

        CliHarness h;
        CLI_EXPECT(stress({ QStringLiteral("create"), h.path() }), 0);
        // bob's wrong passwords make kanribo-cli rewrite the key ring (failure counter, pending failed logins),
        // which the officer's next login moves into the ledger: both files are written while processes die.
        CLI_EXPECT(h.addUser(QStringLiteral("bob")), 0);

        QSet<QString> committed;
        int midRun = 0, cliRuns = 0, cliKeyRingRuns = 0, checks = 0, finishedBeforeKill = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kills; ++i) {
            const int what = rng.bounded(10);
            QProcess p;
            QByteArray input = kOfficerPassword + '\n';
            QString binary = CliHarness::binary();
            QStringList args;
            bool isCli = false;
            if (what < 7) {
                binary = stressBinary();
                args = { QStringLiteral("append"), h.path(), QStringLiteral("k%1").arg(i), QStringLiteral("100000") };
            } else if (what < 9) {
                isCli = true;
                ++cliRuns;
                args = { QStringLiteral("--register"), h.path(), QStringLiteral("--as"), QStringLiteral("officer"),
                    QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("c%1").arg(i) };
            } else {
                ++cliKeyRingRuns;
                input = QByteArrayLiteral("wrong-password\n");
                args = { QStringLiteral("--register"), h.path(), QStringLiteral("--as"), QStringLiteral("bob"),
                    QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("b%1").arg(i) };
            }
            QVERIFY(CliHarness::start(p, binary, args, input));
            // Anywhere from start-up (key derivation, migrations) to deep inside a run of commits.
            const int delayMs = static_cast<int>(rng.bounded(isCli ? 250 : 600));
            if (p.waitForFinished(delayMs)) {
                ++finishedBeforeKill;
            } else {
                ++midRun;
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(30000));
            }
            const QByteArray out = p.readAllStandardOutput();
            if (isCli) {
                if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                    committed.insert(QStringLiteral("c%1").arg(i));
            } else if (what < 7) {
                for (const QString& g : reportedGroups(out))
                    committed.insert(g);
            }

            if ((i + 1) % checkEvery == 0 || i + 1 == kills) {
                ++checks;
                const StressCheck c = stressCheck(h.path());
                QVERIFY2(c.ran,
                    qPrintable(QStringLiteral("kill %1 (seed %2): the register does not open: %3")
                                   .arg(i)
                                   .arg(usedSeed)
                                   .arg(QString::fromUtf8(c.raw))));
                QVERIFY2(c.verifyOk,
                    qPrintable(QStringLiteral("kill %1: verify fails: %2").arg(i).arg(QString::fromUtf8(c.raw))));
                QVERIFY2(c.contiguous, qPrintable(QStringLiteral("kill %1: seq not contiguous").arg(i)));
                for (const QString& g : std::as_const(committed))
                    QVERIFY2(c.groups.contains(g),
                        qPrintable(
                            QStringLiteral("kill %1 (seed %2): reported group %3 lost").arg(i).arg(usedSeed).arg(g)));
            }
        }

        // The CLI's own verdict at the end.
        const CliRun verify = h.officer({ QStringLiteral("audit"), QStringLiteral("verify") });
        CLI_EXPECT(verify, 0);
        const StressCheck last = stressCheck(h.path());
        qInfo("crash consistency: seed %u, %d kills (%d mid-run, %d finished first), %d kanribo-cli group add, "
              "%d kanribo-cli wrong-password (key ring writes), %d checks, %lld events in the ledger, "
              "%lld groups reported committed, all present, %lld s",
            usedSeed, kills, midRun, finishedBeforeKill, cliRuns, cliKeyRingRuns, checks,
            static_cast<long long>(last.events), static_cast<long long>(committed.size()),
            static_cast<long long>(timer.elapsed() / 1000));
        // How many kills land mid-run depends on the machine's speed and is only logged above; with none, the test
        // would have proved nothing (a 100,000-group append cannot finish before its kill on any machine).
        QVERIFY2(midRun > 0, "no writer was killed while it ran");
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "TestCrashConsistency.moc"
