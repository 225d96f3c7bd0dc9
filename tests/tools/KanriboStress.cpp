// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-stress: a hidden test helper (not installed) for the reliability tests (docs/reliability.md).
//   kanribo-stress create PATH            creates a register with the officer "officer" (fast test KDF)
//   kanribo-stress append PATH PREFIX N   logs in as "officer" and adds the groups PREFIX-0 .. PREFIX-(N-1), one
//                                         transaction each; after each commit prints "PREFIX-i SEQ" and flushes
//   kanribo-stress check PATH             logs in, runs the full verify, prints "verify ok|bad", "events N",
//                                         "contiguous yes|no" and one "group NAME" line per group
//   kanribo-stress seeds PATH DIR         writes fuzzing seeds: each event's canonical bytes, an export bundle
//   kanribo-stress wipe PATH              logs in, locks, prints "wiped yes|no" (every key buffer after lock())
// The officer's password is the first line of standard input. Exit codes are the CLI's (cli.md).
#include "crypto/Kdf.h"
#include "report/ExportBundle.h"
#include "service/CoreSession.h"
#include "service/Register.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace kanribo;

namespace
{
int fail(const Error& e)
{
    std::fprintf(stderr, "kanribo-stress: %s\n", qUtf8Printable(e.message));
    return static_cast<int>(e.code);
}

QByteArray readPassword()
{
    std::string line;
    std::getline(std::cin, line);
    return QByteArray::fromStdString(line);
}

int create(const QString& path, const QByteArray& password)
{
    NewUser officer;
    officer.login = QStringLiteral("officer");
    officer.name = QStringLiteral("Officer");
    officer.role = Role::Officer;
    officer.clearance = Level::TopSecret;
    officer.nationality = QStringLiteral("JPN");
    RegisterOptions options;
    options.kdf = KdfProfile::Fast;
    auto created = Register::create(path, officer, password, options);
    return created ? 0 : fail(created.error());
}

int append(Register& reg, const QString& prefix, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString name = prefix + QLatin1Char('-') + QString::number(i);
        Status st = reg.people().addGroup(name, QStringLiteral("stress"));
        if (!st)
            return fail(st.error());
        auto head = reg.ledger().headSeq();
        // Committed: only now is the group reported.
        std::printf("%s %lld\n", qUtf8Printable(name), head ? static_cast<long long>(*head) : -1LL);
        std::fflush(stdout);
    }
    return 0;
}

int check(Register& reg)
{
    auto report = reg.verify();
    if (!report)
        return fail(report.error());
    std::printf("verify %s\n", report->ok ? "ok" : "bad");
    if (!report->ok)
        std::printf("reason %s\n", qUtf8Printable(report->reason));
    qint64 expected = 1;
    bool contiguous = true;
    Status st = reg.ledger().forEach({}, [&](const Event& e) {
        contiguous = contiguous && e.seq == expected;
        ++expected;
        return true;
    });
    if (!st)
        return fail(st.error());
    std::printf("events %lld\ncontiguous %s\n", static_cast<long long>(expected - 1), contiguous ? "yes" : "no");
    auto groups = reg.people().groups();
    if (!groups)
        return fail(groups.error());
    for (const auto& g : *groups)
        std::printf("group %s\n", qUtf8Printable(g.name));
    return report->ok ? 0 : 4;
}

int seeds(Register& reg, const QString& dir)
{
    int n = 0;
    Status st = reg.ledger().forEach({}, [&](const Event& e) {
        QFile f(dir + QStringLiteral("/event-%1.bin").arg(e.seq));
        if (f.open(QIODevice::WriteOnly))
            f.write(e.canonical());
        ++n;
        return n < 64;
    });
    if (!st)
        return fail(st.error());
    auto bundle = buildBundle(reg, {});
    if (!bundle)
        return fail(bundle.error());
    QFile f(dir + QStringLiteral("/bundle.bin"));
    const auto bytes = bundle->bytes();
    if (!bytes || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        return 7;
    std::printf("%d events, bundle %lld bytes\n", n, static_cast<long long>(bytes->size()));
    return 0;
}

int wipe(Register& reg)
{
    Session& s = coreSession(reg);
    const bool openBefore = !s.registerKey.isWiped() && !s.boxSecret.isWiped() && !s.signer.secretKey().isWiped();
    reg.lock();
    const bool wiped = s.registerKey.isWiped() && s.boxSecret.isWiped() && s.signer.secretKey().isWiped()
        && s.db == nullptr && reg.isLocked();
    std::printf("keys-before %s\nwiped %s\n", openBefore ? "yes" : "no", wiped ? "yes" : "no");
    return wiped && openBefore ? 0 : 4;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: kanribo-stress create|append|check|wipe PATH [PREFIX N]\n");
        return 1;
    }
    if (!cryptoInit())
        return 7;
    const QString command = args.at(1);
    const QString path = args.at(2);
    const QByteArray password = readPassword();
    if (command == QLatin1String("create"))
        return create(path, password);
    auto reg = Register::open(path, QStringLiteral("officer"), password);
    if (!reg)
        return fail(reg.error());
    if (command == QLatin1String("append") && args.size() == 5)
        return append(**reg, args.at(3), args.at(4).toInt());
    if (command == QLatin1String("check"))
        return check(**reg);
    if (command == QLatin1String("seeds") && args.size() == 4)
        return seeds(**reg, args.at(3));
    if (command == QLatin1String("wipe"))
        return wipe(**reg);
    std::fprintf(stderr, "kanribo-stress: unknown command\n");
    return 1;
}
