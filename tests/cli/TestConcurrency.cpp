// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrency (issue 8, docs/reliability.md): several processes write to one register at the same time. Writes
// serialise (BEGIN IMMEDIATE + busy timeout): nothing is lost, the chain stays linear (verify passes, seq
// contiguous) and the number of events is the number of successes.
#include "StressHarness.h"

using namespace kanribo::test;

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    static void startStress(QProcess& p, const QString& path, const QString& prefix, int n)
    {
        QVERIFY(CliHarness::start(p, stressBinary(), { QStringLiteral("append"), path, prefix, QString::number(n) },
            kOfficerPassword + '\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CliHarness::binary().isEmpty() || stressBinary().isEmpty())
            QSKIP("KANRIBO_CLI / KANRIBO_STRESS not set");
    }

    // Two core sessions (the GUI's path: Register + services) and two kanribo-cli loops, all at once.
    void writersSerialise()
    {
        const int perWriter = envInt("KANRIBO_CONCURRENT_EVENTS", 150);
        const int cliPerLoop = envInt("KANRIBO_CONCURRENT_CLI", 12);
        CliHarness h;
        CLI_EXPECT(stress({ QStringLiteral("create"), h.path() }), 0);
        const StressCheck before = stressCheck(h.path());
        QVERIFY(before.verifyOk);

        QProcess a, b;
        startStress(a, h.path(), QStringLiteral("a"), perWriter);
        startStress(b, h.path(), QStringLiteral("b"), perWriter);

        // Two CLI loops in turn, one command of each at a time, while the two core writers run.
        int cliOk = 0;
        QStringList cliGroups;
        for (int i = 0; i < cliPerLoop; ++i) {
            QProcess x, y;
            for (QProcess* p : { &x, &y }) {
                const QString name
                    = QStringLiteral("%1%2").arg(p == &x ? QStringLiteral("x") : QStringLiteral("y")).arg(i);
                QVERIFY(CliHarness::start(*p, CliHarness::binary(),
                    { QStringLiteral("--register"), h.path(), QStringLiteral("--as"), QStringLiteral("officer"),
                        QStringLiteral("group"), QStringLiteral("add"), name },
                    kOfficerPassword + '\n'));
                cliGroups << name;
            }
            for (QProcess* p : { &x, &y }) {
                QVERIFY(p->waitForFinished(120000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                    p->readAllStandardError().constData());
                ++cliOk;
            }
        }
        QVERIFY(a.waitForFinished(600000));
        QVERIFY(b.waitForFinished(600000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        const QStringList fromA = reportedGroups(a.readAllStandardOutput());
        const QStringList fromB = reportedGroups(b.readAllStandardOutput());
        QCOMPARE(fromA.size(), perWriter);
        QCOMPARE(fromB.size(), perWriter);

        const StressCheck after = stressCheck(h.path());
        QVERIFY2(after.verifyOk, after.raw.constData());
        QVERIFY(after.contiguous);
        QCOMPARE(after.events, before.events + 2 * perWriter + cliOk);
        for (const QString& g : fromA + fromB + cliGroups)
            QVERIFY2(after.groups.contains(g), qPrintable(g));
        CLI_EXPECT(h.officer({ QStringLiteral("audit"), QStringLiteral("verify") }), 0);
        qInfo("concurrency: 2 core writers x %d events + 2 kanribo-cli loops x %d group add, all at once: %lld events "
              "after (%lld before), seq contiguous, verify ok",
            perWriter, cliPerLoop, static_cast<long long>(after.events), static_cast<long long>(before.events));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
