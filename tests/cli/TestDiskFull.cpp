// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full and read-only media (issue 8, docs/reliability.md): a write that cannot complete fails cleanly (exit 7, the
// one "disk is full" line) and leaves the register as it was; a read-only register gives exit 7 and the one
// "cannot be written" line, whatever the command and the password, and is unchanged.
// "Disk full" is RLIMIT_FSIZE in the child (SIGXFSZ ignored, so writes fail with EFBIG as on a full disk).
#include "StressHarness.h"

#include <QRandomGenerator>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kanribo::test;

namespace
{

CliRun runLimited(const QStringList& args, const QByteArray& input, rlim_t fileSizeLimit)
{
    return CliHarness::exec(args, input, CliHarness::baseEnvironment(), [fileSizeLimit] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { fileSizeLimit, fileSizeLimit };
        setrlimit(RLIMIT_FSIZE, &limit);
    });
}

// As nobody when we are root (root writes through any permission bits).
CliRun runAsNobody(const QStringList& args, const QByteArray& input)
{
    if (geteuid() != 0)
        return CliHarness::exec(args, input);
    return CliHarness::exec(args, input, CliHarness::baseEnvironment(), [] {
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(99);
    });
}

QStringList registerArgs(const CliHarness& h, const QString& title, const QString& content)
{
    return { QStringLiteral("--register"), h.path(), QStringLiteral("--as"), QStringLiteral("officer"),
        QStringLiteral("item"), QStringLiteral("register"), QStringLiteral("--title"), title, QStringLiteral("--level"),
        QStringLiteral("secret"), QStringLiteral("--origin"), QStringLiteral("JPN"), QStringLiteral("--content"),
        content };
}

QString diskFullMessage(const CliHarness& h)
{
    return QStringLiteral(
        "kanribo-cli: Cannot write the register %1: the disk is full or the file cannot grow any more. "
        "Nothing was changed.\n")
        .arg(h.path());
}

QString readOnlyMessage(const CliHarness& h)
{
    return QStringLiteral("kanribo-cli: The register %1 cannot be written: it is on read-only media or its folder or "
                          "files are read-only. Kanribo records every login in it; copy the register and its key ring "
                          "to a writable folder.\n")
        .arg(h.path());
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (CliHarness::binary().isEmpty() || stressBinary().isEmpty())
            QSKIP("KANRIBO_CLI / KANRIBO_STRESS not set");
    }

    // Writes with 2 MiB of content under file-size limits from 16 KiB to 8 MiB: each either succeeds completely or
    // fails with an I/O error and changes nothing (the ledger, the items, verify).
    void fullDiskFailsCleanly()
    {
        CliHarness h;
        CLI_EXPECT(stress({ QStringLiteral("create"), h.path() }), 0);
        QByteArray big(2 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(7001);
        rng.fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        const QString content = h.dir() + QStringLiteral("/big.bin");
        QFile f(content);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();

        int failed = 0, succeeded = 0;
        const QList<rlim_t> limits { 16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024, 1536 * 1024, 2048 * 1024,
            2560 * 1024, 3 * 1024 * 1024, 8 * 1024 * 1024 };
        for (rlim_t limit : limits) {
            const StressCheck before = stressCheck(h.path());
            QVERIFY2(before.verifyOk, before.raw.constData());
            const QByteArray keys = digestOf(h.keysPath());
            const CliRun run = runLimited(
                registerArgs(h, QStringLiteral("(U) Big %1").arg(limit), content), kOfficerPassword + '\n', limit);
            const StressCheck after = stressCheck(h.path());
            QVERIFY2(after.verifyOk && after.contiguous, after.raw.constData());
            if (run.code == 0) {
                ++succeeded;
                QVERIFY2(after.events > before.events, run.describe().constData());
            } else {
                ++failed;
                QCOMPARE(run.code, 7);
                QCOMPARE(QString::fromUtf8(run.err), diskFullMessage(h));
                QCOMPARE(after.events, before.events);
                QCOMPARE(digestOf(h.keysPath()), keys);
                const CliRun list = h.officer({ QStringLiteral("item"), QStringLiteral("list") });
                CLI_EXPECT(list, 0);
                QVERIFY2(!list.out.contains(QByteArray::number(static_cast<qulonglong>(limit))), list.out.constData());
            }
            qInfo("disk full: limit %llu bytes: exit %d %s", static_cast<unsigned long long>(limit), run.code,
                run.err.trimmed().constData());
        }
        QVERIFY(failed >= 3);
        // Room again: the same write goes through and everything verifies.
        CLI_EXPECT(h.officer(registerArgs(h, QStringLiteral("(U) After"), content).mid(4)), 0);
        CLI_EXPECT(h.officer({ QStringLiteral("audit"), QStringLiteral("verify") }), 0);
        qInfo("disk full: %d limits, %d writes failed cleanly, %d succeeded", int(limits.size()), failed, succeeded);
    }

    // A register on read-only media: the folder and the files cannot be written.
    void readOnlyRegister_data()
    {
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("read-only folder and files") << false;
        QTest::newRow("read-only files, writable folder") << true;
    }

    void readOnlyRegister()
    {
        QFETCH(bool, folderWritable);
        if (geteuid() != 0)
            QSKIP("needs root to run the CLI as another user (root writes through permission bits)");
        CliHarness h;
        CLI_EXPECT(stress({ QStringLiteral("create"), h.path() }), 0);
        const QByteArray reg = digestOf(h.path());
        const QByteArray keys = digestOf(h.keysPath());
        const QByteArray dir = QFile::encodeName(h.dir());
        QVERIFY(::chmod(QFile::encodeName(h.path()).constData(), 0444) == 0);
        QVERIFY(::chmod(QFile::encodeName(h.keysPath()).constData(), 0444) == 0);
        QVERIFY(::chmod(dir.constData(), folderWritable ? 0777 : 0555) == 0);
        const QStringList base { QStringLiteral("--register"), h.path(), QStringLiteral("--as"),
            QStringLiteral("officer") };
        const CliRun write
            = runAsNobody(base + QStringList { QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("ro") },
                kOfficerPassword + '\n');
        const CliRun read = runAsNobody(
            base + QStringList { QStringLiteral("audit"), QStringLiteral("verify") }, kOfficerPassword + '\n');
        const CliRun wrong = runAsNobody(base + QStringList { QStringLiteral("audit"), QStringLiteral("verify") },
            QByteArrayLiteral("wrong-password\n"));
        QVERIFY(::chmod(dir.constData(), 0700) == 0);
        qInfo("read-only (%s): group add -> exit %d %s; audit verify -> exit %d %s; wrong password -> exit %d %s",
            folderWritable ? "files" : "folder", write.code, write.err.trimmed().constData(), read.code,
            read.err.trimmed().constData(), wrong.code, wrong.err.trimmed().constData());
        const QString expected = readOnlyMessage(h);
        for (const CliRun* run : { &write, &read, &wrong }) {
            QCOMPARE(run->code, 7);
            QCOMPARE(QString::fromUtf8(run->err), expected);
        }
        QCOMPARE(digestOf(h.path()), reg);
        QCOMPARE(digestOf(h.keysPath()), keys);
        QVERIFY(!QFileInfo::exists(h.path() + QStringLiteral("-wal")) || folderWritable);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
