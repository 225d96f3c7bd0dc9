// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-bench: generates a synthetic register through the core API (once per size, kept in bench-data/) and
// measures the workloads of docs/performance.md on the encrypted register and on its plain twin, each workload in
// a child process of its own (a fresh executable, so that its peak RSS is its own: see peakRssMib).
//
//   kanribo-bench --size small|medium|full [--runs 5 (small alone: 1, without W5)] [--workloads W1,W2,W3,W4,W5,KDF]
//   [--data DIR]
//                 [--generate-only] [--seed N]
#include "Generator.h"
#include "Workloads.h"

#include "crypto/Kdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#ifdef KANRIBO_BENCH_PDF
#include <QGuiApplication>
#endif

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace kanribo;
using namespace kanribo::bench;

namespace
{

QString argValue(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    if (!v.isArray())
        return -1;
    std::vector<double> xs;
    const QJsonArray a = v.toArray();
    for (const auto& x : a)
        xs.push_back(x.toDouble());
    if (xs.empty())
        return -1;
    // With a cold first run (W3 has runs + 1 values), the warm runs are the figure; the cold one is reported apart.
    std::sort(xs.begin(), xs.end());
    const size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

// The peak resident set of this process's own address space: VmHWM of /proc/self/status, in MiB; -1 if unknown.
// Not getrusage(RUSAGE_SELF).ru_maxrss: Linux keeps ru_maxrss across execve(2), and execve first folds in the
// high-water mark of the address space it replaces. QProcess starts the child with clone(CLONE_VM | CLONE_VFORK), so
// that address space is the parent's, and every child reported at least the parent's peak: after the parent had
// generated the medium register, 76.05 MiB for every workload but the PDF (whose own peak is higher). (After a plain
// fork it would be the parent's RSS at the fork; the rusage of wait4() and RUSAGE_CHILDREN carry the same inherited
// value.) VmHWM is the high-water mark of the address space the child got at execve, which starts empty: the workload's
// own peak.
double peakRssMib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = f.readLine(); !line.isEmpty(); line = f.readLine())
        if (line.startsWith("VmHWM:")) { // "VmHWM:     12345 kB"
            bool ok = false;
            const qlonglong kib = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? static_cast<double>(kib) / 1024.0 : -1;
        }
    return -1;
}

int childMain(const QStringList& args)
{
    ChildArgs a;
    a.workload = argValue(args, QStringLiteral("--child"));
    a.plain = argValue(args, QStringLiteral("--plain")) == QLatin1String("1");
    a.size = sizeSpec(argValue(args, QStringLiteral("--size"), QStringLiteral("small")));
    a.runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString root = argValue(args, QStringLiteral("--data"), QStringLiteral(KANRIBO_BENCH_DATA));
    a.data.dir = root + QLatin1Char('/') + a.size.name;
    a.work = a.data.dir + QStringLiteral("/work-") + a.workload
        + (a.plain ? QStringLiteral("-plain") : QStringLiteral("-enc"));
    QJsonObject out = runWorkload(a);
    // The peak of this workload in this child (encrypted or plain): over all its runs, set-up included.
    const double peak = peakRssMib();
    if (peak > 0)
        out.insert(QStringLiteral("maxrss_mib"), peak);
    else
        std::fprintf(
            stderr, "workload %s: no VmHWM in /proc/self/status, peak RSS not reported\n", qPrintable(a.workload));
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

const char* const kUsage
    = "usage: kanribo-bench --size small|medium|full [--runs N] [--workloads W1,W2,W3,W4,W5,KDF] [--data DIR]\n"
      "                     [--generate-only] [--seed N]\n"
      "  Generates the register of that size once (kept in --data, default " KANRIBO_BENCH_DATA "), then runs each\n"
      "  workload in a child process of its own, once on the encrypted register and once on its plain twin.\n"
      "  --size small alone is the quick check: one run of W1-W4 and KDF. W5 is W5B (bundle), W5C (CSV), W5P (PDF),\n"
      "  which can also be named alone. maxrss_mib is the peak RSS of that one child (VmHWM), over all its runs.\n";

bool g_childFailed = false;

QJsonObject runChild(const QString& workload, bool plain, const QStringList& common)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args = common;
    args << QStringLiteral("--child") << workload << QStringLiteral("--plain")
         << (plain ? QStringLiteral("1") : QStringLiteral("0"));
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "workload %s (%s) failed\n", qPrintable(workload), plain ? "plain" : "encrypted");
        g_childFailed = true;
        return {};
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

void printRow(const QString& workload, const QString& metric, const QJsonObject& enc, const QJsonObject& plain,
    const QString& unit)
{
    const double e = median(enc.value(metric));
    const double p = median(plain.value(metric));
    if (e < 0 && p < 0)
        return;
    const bool rate = unit.endsWith(QLatin1String("/s"));
    std::printf("| %-3s | %-32s | %12.2f | %12.2f | %6.2f | %-9s |\n", qPrintable(workload), qPrintable(metric), e, p,
        p > 0 ? (rate ? p / e : e / p) : 0.0, qPrintable(unit));
}

} // namespace

int main(int argc, char** argv)
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const bool child = raw.contains(QStringLiteral("--child"));
    std::unique_ptr<QCoreApplication> app;
#ifdef KANRIBO_BENCH_PDF
    if (child && argValue(raw, QStringLiteral("--child")) == QLatin1String("W5P")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    if (!cryptoInit()) {
        std::fprintf(stderr, "libsodium cannot be initialised\n");
        return 1;
    }
    if (child)
        return childMain(raw);

    if (raw.contains(QStringLiteral("--help")) || raw.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    const QString sizeName = argValue(raw, QStringLiteral("--size"), QStringLiteral("small"));
    const SizeSpec size = sizeSpec(sizeName);
    if (size.name.isEmpty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString root = argValue(raw, QStringLiteral("--data"), QStringLiteral(KANRIBO_BENCH_DATA));
    // --size small alone is the quick check (under a minute once the data set exists): one run, no PDF (W5 alone
    // takes ~20 s). The figures of docs/performance.md use --runs 5 and name the workloads.
    const bool quick = size.name == QLatin1String("small") && !raw.contains(QStringLiteral("--runs"));
    const QString runs = argValue(raw, QStringLiteral("--runs"), quick ? QStringLiteral("1") : QStringLiteral("5"));
    const quint64 seed = argValue(raw, QStringLiteral("--seed"), QStringLiteral("20261121")).toULongLong();
    QStringList workloads;
    // W5 is three children (bundle, CSV, PDF), each with its own peak RSS; they can also be named alone.
    for (const QString& w : argValue(raw, QStringLiteral("--workloads"),
             quick ? QStringLiteral("W1,W2,W3,W4,KDF") : QStringLiteral("W1,W2,W3,W4,W5,KDF"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        workloads << (w == QLatin1String("W5")
                ? QStringList { QStringLiteral("W5B"), QStringLiteral("W5C"), QStringLiteral("W5P") }
                : QStringList { w });

    auto ds = ensureDataSet(root, size, seed);
    if (!ds) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(ds.error().message));
        return 1;
    }
    QFile doneFile(ds->donePath());
    (void)doneFile.open(QIODevice::ReadOnly);
    const QJsonObject done = QJsonDocument::fromJson(doneFile.readAll()).object();
    std::printf(
        "data set %s: %s\n", qPrintable(ds->dir), QJsonDocument(done).toJson(QJsonDocument::Compact).constData());
    if (raw.contains(QStringLiteral("--generate-only")))
        return 0;

    const QStringList common { QStringLiteral("--size"), size.name, QStringLiteral("--runs"), runs,
        QStringLiteral("--data"), root };
    QJsonObject all;
    all.insert(QStringLiteral("dataset"), done);
    all.insert(QStringLiteral("runs"), runs.toInt());
    std::printf("\n| W   | metric (median)                  |    encrypted |        plain |  ratio | unit      |\n"
                "|-----|----------------------------------|--------------|--------------|--------|-----------|\n");
    for (const QString& w : workloads) {
        if (w == QLatin1String("KDF")) {
            const QJsonObject k = runChild(w, false, common);
            all.insert(w, k);
            for (const auto& key : k.keys())
                if (key.startsWith(QLatin1String("ed25519")))
                    std::printf("| CPU | %-32s | %12.0f |              |        | per s, 1 core |\n", qPrintable(key),
                        median(k.value(key)));
                else if (!key.endsWith(QLatin1String("_mib")) && key != QLatin1String("maxrss_mib"))
                    std::printf("| KDF | Argon2id %-23s | %12.2f |              |        | ms (%.0f MiB) |\n",
                        qPrintable(key), median(k.value(key)), k.value(key + QStringLiteral("_mib")).toDouble());
            continue;
        }
        const QJsonObject enc = runChild(w, false, common);
        const QJsonObject plain = runChild(w, true, common);
        all.insert(w, QJsonObject { { QStringLiteral("encrypted"), enc }, { QStringLiteral("plain"), plain } });
        QStringList keys = enc.keys();
        for (const auto& key : keys) {
            if (key.endsWith(QLatin1String("_rows")) || key.endsWith(QLatin1String("events"))
                || key.endsWith(QLatin1String("bytes")) || key == QLatin1String("bulk_items"))
                continue;
            const QString unit = key.contains(QLatin1String("per_s")) ? QStringLiteral("events/s")
                : key == QLatin1String("maxrss_mib")                  ? QStringLiteral("MiB")
                                                                      : QStringLiteral("ms");
            printRow(w, key, enc, plain, unit);
        }
    }
    const QString out = ds->dir
        + QStringLiteral("/results-%1.json")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile f(out);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(all).toJson());
    std::printf("\nall runs: %s\n", qPrintable(out));
    return g_childFailed ? 1 : 0;
}
