// SPDX-License-Identifier: GPL-3.0-or-later
// Secret hygiene (issue 8, docs/reliability.md; DESIGN "Secrets live only in sodium_malloc memory, wiped on
// lock/close ... Disable core dumps at start-up"):
//  - after Register::lock() every key buffer is wiped, and no copy of the register key, the signing key or the box
//    key is left anywhere in the process's memory (a scan of /proc/self/mem);
//  - decrypted content comes back in sodium_malloc memory and is wiped;
//  - both mains make themselves non-dumpable with a core limit of 0 (checked on a running kanribo-cli / kanribo);
//  - a CLI scenario with marker passwords and marker content under a fresh HOME, XDG dirs and TMPDIR writes neither
//    marker to any file there, nor to standard output or error.
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "CliHarness.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtTest>

#include <sodium.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fcntl.h>
#include <vector>

using namespace kanribo;
using namespace kanribo::test;

namespace
{

struct Needle {
    const char* name;
    SecureBuffer bytes; // kept in sodium_malloc memory, whose mapping the scan skips
};

// Counts occurrences of each needle in every readable mapping of this process except the given ones.
QMap<QString, int> scanMemory(const std::vector<Needle>& needles, const QList<const void*>& skip)
{
    QMap<QString, int> hits;
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (mem < 0)
        return hits;
    constexpr size_t kChunk = 1 << 20;
    void* scratchMap = mmap(nullptr, kChunk + 256, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    auto* scratch = static_cast<unsigned char*>(scratchMap);
    const auto scratchBegin = reinterpret_cast<quintptr>(scratch);
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return hits;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 2 || !f.at(1).startsWith('r'))
            continue;
        const QList<QByteArray> range = f.at(0).split('-');
        const quintptr begin = range.at(0).toULongLong(nullptr, 16);
        const quintptr end = range.at(1).toULongLong(nullptr, 16);
        // Huge reservations (sanitizer shadow memory) hold nothing of ours.
        if (line.contains("[vvar]") || line.contains("[vsyscall]") || begin == scratchBegin
            || end - begin > (quintptr(1) << 30))
            continue;
        bool skipped = false;
        for (const void* p : skip) {
            const auto a = reinterpret_cast<quintptr>(p);
            skipped = skipped || (a >= begin && a < end);
        }
        if (skipped)
            continue;
        for (quintptr at = begin; at < end; at += kChunk) {
            const size_t want = static_cast<size_t>(qMin<quintptr>(kChunk + 128, end - at));
            const ssize_t got = pread(mem, scratch, want, static_cast<off_t>(at));
            if (got <= 0)
                continue;
            for (const Needle& n : needles) {
                const size_t len = n.bytes.size();
                for (size_t i = 0; i + len <= static_cast<size_t>(got) && i < kChunk; ++i)
                    if (scratch[i] == n.bytes.data()[0] && std::memcmp(scratch + i, n.bytes.data(), len) == 0)
                        hits[QLatin1String(n.name)] += 1;
            }
        }
    }
    sodium_memzero(scratch, kChunk + 256);
    munmap(scratchMap, kChunk + 256);
    ::close(mem);
    return hits;
}

SecureBuffer hexOf(const SecureBuffer& b)
{
    SecureBuffer hex(b.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), b.data(), b.size());
    return hex.slice(0, b.size() * 2);
}

// Files under dir whose bytes contain marker (as UTF-8 or UTF-16).
QStringList filesContaining(const QString& dir, const QByteArray& marker)
{
    QStringList found;
    const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(marker).utf16()), marker.size() * 2);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readFile(path);
        if (bytes.contains(marker) || bytes.contains(utf16))
            found << path;
    }
    return found;
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    // DESIGN: wiped on lock — every key buffer, and no copy left in memory (SQLCipher's own copies included).
    void lockWipesEveryKey()
    {
        FakeClock clock;
        TempRegister t(clock);
        Session& s = coreSession(t.reg());
        QVERIFY(!s.registerKey.isEmpty() && !s.boxSecret.isEmpty() && s.signer.isValid());
        std::vector<Needle> needles;
        needles.push_back({ "register key", SecureBuffer::copyOf(s.registerKey.data(), s.registerKey.size()) });
        needles.push_back({ "register key (hex, as given to SQLCipher)", hexOf(s.registerKey) });
        needles.push_back({ "signing key", s.signer.secretKey().slice(0, 32) }); // the seed half
        needles.push_back({ "box key", SecureBuffer::copyOf(s.boxSecret.data(), s.boxSecret.size()) });
        QList<const void*> skip;
        for (const Needle& n : needles)
            skip << n.bytes.data();
        // Work that handles every key: writes (signing), sealed content (box key), reads.
        const QString content = t.path() + QStringLiteral(".txt");
        writeFile(content, QByteArrayLiteral("secret hygiene content"));
        NewItem ni;
        ni.title = QStringLiteral("(U) Hygiene");
        ni.level = Level::Secret;
        ni.origin = QStringLiteral("JPN");
        ni.contentPath = content;
        ni.contentMime = QStringLiteral("text/plain");
        auto item = t.reg().items().registerItem(ni);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        {
            auto plain = t.reg().items().contentBytes(item->control);
            QVERIFY(plain);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(plain->data()), static_cast<qsizetype>(plain->size())),
                QByteArrayLiteral("secret hygiene content"));
            plain->wipe();
            QVERIFY(plain->isWiped());
        }
        QVERIFY(t.reg().verify());

#if defined(__SANITIZE_ADDRESS__)
        const bool scan = false; // ASan's allocator keeps freed memory in quarantine, unwiped by design
#else
        const bool scan = true;
#endif
        // The scan finds the keys while the register is open (they are in use, in SQLCipher's context too) ...
        int openHits = 0;
        if (scan) {
            const QMap<QString, int> open = scanMemory(needles, skip);
            openHits = open.value(QStringLiteral("register key"))
                + open.value(QStringLiteral("register key (hex, as given to SQLCipher)"));
            QVERIFY2(openHits > 0, "the memory scan does not see the live register key: the scan itself is broken");
        }

        t.reg().lock();
        QVERIFY(t.reg().isLocked());
        QVERIFY(s.registerKey.isWiped());
        QVERIFY(s.boxSecret.isWiped());
        QVERIFY(s.signer.secretKey().isWiped());
        QVERIFY(s.db == nullptr);
        if (scan) {
            const QMap<QString, int> locked = scanMemory(needles, skip);
            for (auto it = locked.cbegin(); it != locked.cend(); ++it)
                qWarning("after lock: %d cop%s of the %s in memory", it.value(), it.value() == 1 ? "y" : "ies",
                    qUtf8Printable(it.key()));
            QVERIFY2(locked.isEmpty(), "a key survived Register::lock() in ordinary memory");
        }

        // Unlock brings the keys back; closing wipes them again.
        QVERIFY(t.reg().unlock(kOfficerPassword));
        QVERIFY(s.registerKey.equals(needles.front().bytes));
        t.close();
        if (!scan)
            QSKIP("the key buffers are wiped on lock and close; the scan of the whole process memory is skipped under "
                  "AddressSanitizer, whose allocator keeps freed blocks in quarantine unwiped");
        const QMap<QString, int> closed = scanMemory(needles, skip);
        QVERIFY2(closed.isEmpty(),
            qPrintable(QStringLiteral("after close: %1").arg(closed.keys().join(QStringLiteral(", ")))));
        qInfo("secret hygiene: open %d hits, after lock 0, after close 0", openHits);
    }

    // DESIGN: core dumps off in both mains. A running front end must be non-dumpable (/proc/PID owned by root
    // whatever the process's user) with RLIMIT_CORE 0.
    void frontEndsAreNotDumpable_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("kanribo-cli") << CliHarness::binary()
                                     << QStringList { QStringLiteral("--register"), QStringLiteral("%HOME%/x.kanribo"),
                                            QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("o"),
                                            QStringLiteral("--name"), QStringLiteral("O"),
                                            QStringLiteral("--clearance"), QStringLiteral("secret"),
                                            QStringLiteral("--nationality"), QStringLiteral("JPN") };
        QTest::newRow("kanribo") << qEnvironmentVariable("KANRIBO_GUI")
                                 << QStringList { QStringLiteral("%HOME%/x.kanribo") };
    }

    void frontEndsAreNotDumpable()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, args);
        if (binary.isEmpty() || !QFileInfo::exists(binary))
            QSKIP("front end not built");
        const bool root = geteuid() == 0;
        QTemporaryDir home;
        QVERIFY(::chmod(QFile::encodeName(home.path()).constData(), 0777) == 0);
        QProcess p;
        QProcessEnvironment env = CliHarness::baseEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        // As root every /proc/PID is root's anyway: run the front end as nobody so that the owner tells.
        if (root)
            p.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            });
        args.replaceInStrings(QStringLiteral("%HOME%"), home.path());
        p.start(binary, args); // waits for the password on standard input (or for the first-run dialog)
        QVERIFY(p.waitForStarted(30000));
        const QByteArray proc = "/proc/" + QByteArray::number(p.processId());
        const QString exe = QFileInfo(binary).canonicalFilePath();
        bool nonDumpable = false;
        QByteArray limits;
        for (int i = 0; i < 1200 && !nonDumpable; ++i) { // up to 60 s: start-up under a sanitizer on a loaded machine
            QTest::qWait(50);
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
            struct stat st {
            };
            const bool execd = QFileInfo(QFile::decodeName(proc + "/exe")).symLinkTarget() == exe;
            if (execd && ::stat(QByteArray(proc + "/status").constData(), &st) == 0 && st.st_uid == 0)
                nonDumpable = true;
            QFile l(QFile::decodeName(proc + "/limits"));
            if (execd && l.open(QIODevice::ReadOnly))
                limits = l.readAll();
        }
        p.kill();
        p.waitForFinished(10000);
        QVERIFY2(nonDumpable, "the front end stayed dumpable (prctl(PR_SET_DUMPABLE, 0) missing?)");
        bool coreZero = false;
        for (const QByteArray& line : limits.split('\n'))
            if (line.startsWith("Max core file size"))
                coreZero = line.simplified() == "Max core file size 0 0 bytes";
        QVERIFY2(coreZero, limits.constData());
    }

    // No password or decrypted content in any file the CLI writes under HOME, XDG dirs or TMPDIR, nor in its output.
    void noSecretInFiles()
    {
        if (CliHarness::binary().isEmpty())
            QSKIP("KANRIBO_CLI not set");
        const QByteArray pw = QByteArrayLiteral("MARKER-PW-7f3a9c1e");
        const QByteArray wrongPw = QByteArrayLiteral("MARKER-WRONGPW-44b0");
        const QByteArray userPw = QByteArrayLiteral("MARKER-USERPW-2d6e8a");
        const QByteArray content = QByteArrayLiteral("MARKER-CONTENT-55d1e9 the decrypted text");
        QTemporaryDir root; // everything the CLI may write to
        QTemporaryDir outside; // the content file and its decrypted copy (the user's own choice of place)
        const QString r = root.path();
        for (const char* d : { "home", "config", "data", "cache", "state", "runtime", "tmp" })
            QVERIFY(QDir(r).mkpath(QLatin1String(d)));
        QProcessEnvironment env = CliHarness::baseEnvironment();
        env.insert(QStringLiteral("HOME"), r + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), r + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), r + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), r + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), r + QStringLiteral("/state"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), r + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("TMPDIR"), r + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("KANRIBO_CLI_DEBUG"), QStringLiteral("1")); // Qt's messages too
        const QString contentFile = outside.filePath(QStringLiteral("content.txt"));
        writeFile(contentFile, content);
        const auto as = [](const char* who, QStringList args) {
            return QStringList { QStringLiteral("--as"), QLatin1String(who) } + args;
        };
        // The default register (no --register): it lands in the user's data directory, under the scanned root.
        const QList<QPair<QStringList, QByteArray>> steps {
            { QStringList { QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("officer"),
                  QStringLiteral("--name"), QStringLiteral("Officer"), QStringLiteral("--clearance"),
                  QStringLiteral("top-secret"), QStringLiteral("--nationality"), QStringLiteral("JPN"),
                  QStringLiteral("--kdf"), QStringLiteral("interactive") },
                pw + '\n' },
            { as("officer",
                  { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--name"),
                      QStringLiteral("Alice"), QStringLiteral("--role"), QStringLiteral("staff"),
                      QStringLiteral("--clearance"), QStringLiteral("secret"), QStringLiteral("--nationality"),
                      QStringLiteral("JPN") }),
                pw + '\n' + userPw + '\n' },
            { as("officer",
                  { QStringLiteral("item"), QStringLiteral("register"), QStringLiteral("--title"),
                      QStringLiteral("(U) Hygiene"), QStringLiteral("--level"), QStringLiteral("secret"),
                      QStringLiteral("--origin"), QStringLiteral("JPN"), QStringLiteral("--content"), contentFile }),
                pw + '\n' },
            { as("officer", { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("list") }), pw + '\n' },
            { as("officer", { QStringLiteral("audit"), QStringLiteral("verify") }), pw + '\n' },
            { as("alice", { QStringLiteral("item"), QStringLiteral("list") }), wrongPw + '\n' }, // failed login
            { as("officer", { QStringLiteral("user"), QStringLiteral("passwd") }), pw + '\n' + pw + "-2\n" },
        };
        int failures = 0;
        for (const auto& [args, input] : steps) {
            const CliRun run = CliHarness::exec(args, input, env);
            failures += run.code != 0 ? 1 : 0;
            for (const QByteArray& m : { pw, wrongPw, userPw, QByteArray("MARKER-CONTENT") }) {
                QVERIFY2(!run.out.contains(m), qPrintable(args.join(u' ') + QStringLiteral(": marker on stdout")));
                QVERIFY2(!run.err.contains(m), qPrintable(args.join(u' ') + QStringLiteral(": marker on stderr")));
            }
        }
        QCOMPARE(failures, 1); // only the wrong password
        // The control number of the item, to read its content back.
        const CliRun list = CliHarness::exec(
            as("officer", { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("list") }), pw + "-2\n",
            env);
        QCOMPARE(list.code, 0);
        const QByteArray control = list.out.mid(list.out.indexOf("\"control\""), 60).split('"').value(3);
        QVERIFY(!control.isEmpty());
        const QString outFile = outside.filePath(QStringLiteral("out.txt"));
        const CliRun read = CliHarness::exec(as("officer",
                                                 { QStringLiteral("item"), QStringLiteral("content"),
                                                     QString::fromLatin1(control), QStringLiteral("--out"), outFile }),
            pw + "-2\n", env);
        CLI_EXPECT(read, 0);
        QCOMPARE(readFile(outFile), content);

        int files = 0;
        bool registerThere = false;
        QDirIterator it(r, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (it.next().endsWith(QLatin1String("/register.kanribo")))
                registerThere = true;
            ++files;
        }
        QVERIFY(registerThere); // the default register is under the scanned data directory
        for (const QByteArray& m : { pw, wrongPw, userPw, QByteArray("MARKER-CONTENT") })
            QVERIFY2(filesContaining(r, m).isEmpty(),
                qPrintable(QString::fromLatin1(m) + QStringLiteral(" found in ")
                    + filesContaining(r, m).join(QStringLiteral(", "))));
        qInfo("secret hygiene: %d CLI runs, %d files written under HOME/XDG/TMPDIR, no marker in any",
            int(steps.size()) + 2, files);
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
