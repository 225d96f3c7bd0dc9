// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workloads.h"

#include "crypto/Kdf.h"
#include "ledger/Checkpoint.h"
#include "report/AuditExport.h"
#include "report/ExportBundle.h"
#include "service/Register.h"
#include "store/Database.h"
#ifdef KANRIBO_BENCH_PDF
#include "InspectionReport.h"
#include "service/CoreSession.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <vector>

namespace kanribo::bench
{

namespace
{

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

// Times fn runs times; returns every run in milliseconds.
QJsonArray timed(int runs, const std::function<void()>& fn)
{
    QJsonArray out;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        out.append(ms(t));
    }
    return out;
}

[[noreturn]] void die(const QString& what, const Error& e)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(e.message));
}

template <typename T> T must(Result<T> r, const char* what)
{
    if (!r)
        die(QString::fromLatin1(what), r.error());
    return std::move(r).value();
}
void must(const Status& s, const char* what)
{
    if (!s.ok())
        die(QString::fromLatin1(what), s.error());
}

QString pathFor(const ChildArgs& a)
{
    return a.plain ? a.data.plainPath() : a.data.encPath();
}

std::unique_ptr<Register> login(const ChildArgs& a, const QString& who, const Clock& clock)
{
    return must(Register::open(pathFor(a), who, kBenchPassword, clock), "open");
}

// W1: bulk registration into a fresh register (signing, chaining, FTS indexing, one transaction per 500 items),
// and for comparison one transaction per item (one fsync each: synchronous = FULL).
QJsonObject w1(const ChildArgs& a)
{
    const int bulk = a.size.name == QLatin1String("small") ? 1000 : 5000;
    const int single = 200;
    QJsonArray bulkRate, singleRate;
    for (int run = 0; run < a.runs; ++run) {
        const QString path = a.work + QStringLiteral("/w1-%1.kanribo").arg(run);
        for (const QString& s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys") })
            QFile::remove(path + s);
        BenchClock clock;
        NewUser officer;
        officer.login = officerLogin();
        officer.name = QStringLiteral("Officer");
        officer.role = Role::Officer;
        officer.clearance = Level::TopSecret;
        officer.nationality = QStringLiteral("JPN");
        RegisterOptions options;
        options.facility = QStringLiteral("W1");
        options.kdf = KdfProfile::Fast;
        auto created = must(Register::create(path, officer, kBenchPassword, options, clock), "create");
        Register& reg = *created.reg;
        must(reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::TopSecret, QString() }), "container");
        const auto item = [&](int n) {
            NewItem ni;
            ni.title = QStringLiteral("(U) Bulk registration test document no. %1").arg(n);
            ni.level = n % 2 ? Level::Secret : Level::Confidential;
            ni.origin = QStringLiteral("USA");
            if (ni.level == Level::Secret) {
                ni.regime = QStringLiteral("gsomia");
                ni.caveats = { QStringLiteral("REL TO USA, JPN") };
            }
            ni.copies = 2;
            ni.container = QStringLiteral("SAFE-01");
            clock.tick(1000);
            return ni;
        };
        const qint64 head0 = must(reg.ledger().headSeq(), "head");
        QElapsedTimer t;
        t.start();
        for (int base = 0; base < bulk; base += 500)
            must(coreSession(reg).writeBatch([&]() -> Status {
                for (int n = base; n < qMin(bulk, base + 500); ++n) {
                    auto r = reg.items().registerItem(item(n));
                    if (!r)
                        return r.error();
                }
                return {};
            }),
                "bulk");
        const double bulkMs = ms(t);
        const qint64 head1 = must(reg.ledger().headSeq(), "head");
        bulkRate.append((head1 - head0) * 1000.0 / bulkMs);
        t.restart();
        for (int n = 0; n < single; ++n) {
            auto r = reg.items().registerItem(item(bulk + n));
            if (!r)
                die(QStringLiteral("single"), r.error());
        }
        singleRate.append(single * 1000.0 / ms(t));
        created.reg.reset();
        for (const QString& s : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys") })
            QFile::remove(path + s);
    }
    return QJsonObject { { QStringLiteral("bulk_events_per_s"), bulkRate },
        { QStringLiteral("single_tx_events_per_s"), singleRate }, { QStringLiteral("bulk_items"), bulk } };
}

// W2: open + login with the test KDF (Argon2id at its minimum), i.e. everything but the KDF's cost.
QJsonObject w2(const ChildArgs& a)
{
    BenchClock clock;
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    // The Fast KDF's own cost, to subtract.
    KdfParams fast = KdfParams::forProfile(KdfProfile::Fast);
    const QJsonArray kdf = timed(a.runs, [&] { (void)must(deriveKey(kBenchPassword, fast), "kdf"); });
    // The first officer login of a day also verifies the whole trail and signs a checkpoint (R-TRU-3): that is W4's
    // full verify. W2 times the logins after it.
    (void)login(a, officerLogin(), clock);
    const QJsonArray open = timed(a.runs, [&] {
        auto reg = login(a, officerLogin(), clock);
        (void)reg->items().count({});
    });
    const QJsonArray openStaff = timed(a.runs, [&] { auto reg = login(a, staffLogin(0), clock); });
    return QJsonObject { { QStringLiteral("open_login_count"), open },
        { QStringLiteral("open_login_staff"), openStaff }, { QStringLiteral("fast_kdf"), kdf } };
}

// W3: the register view. The GUI's first screen is the ItemsModel's first page (Items::list offset 0, limit 200;
// later pages come with fetchMore as the user scrolls, no count is taken); the dashboard counts active items per
// level.
QJsonObject w3(const ChildArgs& a)
{
    BenchClock clock;
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    auto off = login(a, officerLogin(), clock);
    auto staff = login(a, staffLogin(3), clock); // a Secret-cleared staff member in group PRJ-D
    QJsonObject out;
    const auto q = [&](const QString& name, Register& reg, const ItemFilter& f, bool count) {
        qsizetype rows = 0;
        // The first run is cold (just opened); the others are the figures of a user paging and sorting.
        out.insert(name, timed(a.runs + 1, [&] {
            auto l = must(reg.items().list(f), "list");
            rows = l.size();
            if (count)
                (void)must(reg.items().count(f), "count");
        }));
        out.insert(name + QStringLiteral("_rows"), static_cast<int>(rows));
    };
    ItemFilter first;
    first.limit = 100;
    q(QStringLiteral("first100_by_control"), *off, first, false);
    ItemFilter screen;
    screen.limit = 200;
    q(QStringLiteral("gui_first_screen_200"), *off, screen, false);
    q(QStringLiteral("gui_first_screen_200_staff"), *staff, screen, false);
    ItemFilter last = first;
    last.descending = true;
    q(QStringLiteral("first100_by_control_desc"), *off, last, false);
    ItemFilter title = first;
    title.sort = ItemFilter::Sort::Title;
    q(QStringLiteral("first100_by_title"), *off, title, false);
    ItemFilter level = first;
    level.level = Level::TopSecret;
    q(QStringLiteral("level_ts_first100"), *off, level, false);
    ItemFilter text = first;
    text.text = QStringLiteral("radar");
    q(QStringLiteral("fts_radar_first100"), *off, text, false);
    ItemFilter text2 = first;
    text2.text = QStringLiteral("Aegis maritime");
    q(QStringLiteral("fts_two_words_first100"), *off, text2, false);
    q(QStringLiteral("staff_visible_first100"), *staff, first, false);
    ItemFilter held;
    held.holder = staffLogin(3);
    held.limit = 100;
    q(QStringLiteral("staff_holdings"), *staff, held, false);
    ItemFilter all;
    out.insert(QStringLiteral("count_all"), timed(a.runs, [&] { (void)must(off->items().count(all), "count"); }));
    out.insert(QStringLiteral("count_staff"), timed(a.runs, [&] { (void)must(staff->items().count(all), "count"); }));
    out.insert(QStringLiteral("dashboard_level_counts"), timed(a.runs, [&] {
        for (Level l : { Level::Unclassified, Level::Confidential, Level::Secret, Level::TopSecret }) {
            ItemFilter f;
            f.level = l;
            f.status = QStringLiteral("active");
            (void)must(off->items().count(f), "count");
        }
    }));
    return out;
}

// W4: full verify (file pages, chain + signatures on all cores, state rebuilt) and the incremental verify at open.
QJsonObject w4(const ChildArgs& a, int runs)
{
    BenchClock clock;
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    QJsonObject out;
    auto reg = login(a, officerLogin(), clock);
    const qint64 head = must(reg->ledger().headSeq(), "head");
    QJsonArray full, chain;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto v = must(reg->verify(), "verify");
        full.append(ms(t));
        if (!v.ok)
            qFatal("verify failed: %s", qPrintable(v.reason));
        // Each run: the chain and signatures alone (without the file check and the state rebuild), right after the
        // full verify on the same warm file, so that the medians compare like with like.
        t.restart();
        auto c = must(verifyLedger(reg->ledger(), reg->registerId()), "chain");
        chain.append(ms(t));
        if (!c.ok)
            qFatal("chain failed: %s", qPrintable(c.reason));
    }
    out.insert(QStringLiteral("full_verify"), full);
    out.insert(QStringLiteral("chain_only"), chain);
    out.insert(QStringLiteral("events"), static_cast<double>(head));
    // A checkpoint 1,000 events before the head (the chain up to it was verified just above): opening then has
    // exactly 1,000 new events to check — what a register sees after a day's work since the last full verify.
    const qint64 cpSeq = qMax<qint64>(1, head - 1000);
    auto ev = must(reg->ledger().event(cpSeq), "event");
    must(Checkpoints::store(
             *coreSession(*reg).db, reg->registerId(), coreSession(*reg).signer, cpSeq, ev->hash, clock.nowUtc()),
        "checkpoint");
    reg.reset();
    QJsonArray incr, incrVerifyOnly;
    for (int i = 0; i < a.runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = login(a, officerLogin(), clock);
        QElapsedTimer tv;
        tv.start();
        auto v = must(Checkpoints::verifyFromLatest(*coreSession(*r).db, r->ledger(), r->registerId()), "incremental");
        incrVerifyOnly.append(ms(tv));
        incr.append(ms(t));
        if (!v.ok || v.events != head - cpSeq)
            qFatal(
                "incremental verify failed: %s (%lld events)", qPrintable(v.reason), static_cast<long long>(v.events));
    }
    out.insert(QStringLiteral("incremental_open_verify"), incr);
    out.insert(QStringLiteral("incremental_verify_only"), incrVerifyOnly);
    return out;
}

// W5, three children so that each has its own peak RSS:
// W5B the export bundle of the whole trail (first pass: verify + key table; then written to a file as a stream), and
//     the inspector's offline check of that file (verifyBundle reading it as a stream);
// W5C the CSV of the whole trail (items and copies from memory, events streamed from the ledger);
// W5P the PDF inspection report of 10,000 items (the data of the last day's events, as an inspection would ask).
ByteSink fileSink(QFile& f)
{
    return [&f](const char* p, qsizetype n) { return f.write(p, n) == n; };
}

QJsonObject w5Bundle(const ChildArgs& a)
{
    QJsonObject out;
    QJsonArray build, write, verify;
    double bytes = 0;
    double events = 0;
    const QString path = a.work + QStringLiteral("/trail.kbundle");
    for (int r = 0; r < a.runs; ++r) {
        BenchClock clock;
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
        auto reg = login(a, officerLogin(), clock);
        QElapsedTimer t;
        t.start();
        const BuiltBundle b = must(buildBundle(*reg, {}), "bundle");
        build.append(ms(t));
        t.restart();
        {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(path));
            must(b.write(fileSink(f)), "bundle write");
            if (!f.flush())
                qFatal("cannot write %s", qPrintable(path));
            bytes = static_cast<double>(f.size());
        }
        write.append(ms(t));
        reg.reset();
        t.restart();
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        const BundleCheck c = verifyBundle(in);
        if (!c.ok)
            qFatal("bundle does not verify: %s", qPrintable(c.reason));
        verify.append(ms(t));
        events = static_cast<double>(c.events);
    }
    out.insert(QStringLiteral("bundle_build_ms"), build);
    out.insert(QStringLiteral("bundle_write_ms"), write);
    out.insert(QStringLiteral("bundle_verify_file_ms"), verify);
    out.insert(QStringLiteral("bundle_bytes"), bytes);
    out.insert(QStringLiteral("events"), events);
    QFile::remove(path);
    return out;
}

QJsonObject w5Csv(const ChildArgs& a)
{
    BenchClock clock;
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    auto reg = login(a, officerLogin(), clock);
    QJsonArray gather, write;
    double bytes = 0;
    for (int r = 0; r < a.runs; ++r) {
        QElapsedTimer t;
        t.start();
        const InspectionData d = must(gatherInspection(*reg, {}, GatherScope { false, false, false }), "gather");
        gather.append(ms(t));
        t.restart();
        bytes = 0;
        for (const auto& [name, writer] : csvFiles(*reg, d)) {
            QFile f(a.work + QLatin1Char('/') + name);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(name));
            must(writer(fileSink(f)), "csv");
            bytes += static_cast<double>(f.size());
        }
        write.append(ms(t));
    }
    QJsonObject o;
    o.insert(QStringLiteral("csv_gather_ms"), gather);
    o.insert(QStringLiteral("csv_write_ms"), write);
    o.insert(QStringLiteral("csv_bytes"), bytes);
    return o;
}

QJsonObject w5Pdf(const ChildArgs& a)
{
    QJsonObject out;
#ifdef KANRIBO_BENCH_PDF
    BenchClock clock;
    clock.set(QDateTime(QDate(2027, 1, 1), QTime(9, 0), Qt::UTC));
    auto reg = login(a, officerLogin(), clock);
    const qint64 head = must(reg->ledger().headSeq(), "head");
    const auto last = must(reg->ledger().event(head), "last event");
    const QDate day = last->time.toLocalTime().date();
    QJsonArray gather, render;
    double bytes = 0;
    double events = 0;
    ExportOptions oneDay;
    oneDay.from = day;
    oneDay.to = day;
    for (int r = 0; r < a.runs; ++r) {
        QElapsedTimer t;
        t.start();
        InspectionData d = must(gatherInspection(*reg, oneDay), "gather");
        gather.append(ms(t));
        events = static_cast<double>(d.events.size());
        if (d.items.size() > 10000) { // every n-th item: the first 10,000 by control number are all Confidential
            QList<Item> sample;
            const qsizetype step = d.items.size() / 10000;
            for (qsizetype i = 0; i < d.items.size() && sample.size() < 10000; i += step)
                sample << d.items.at(i);
            d.items = sample;
        }
        t.restart();
        const QByteArray pdf = must(renderInspectionPdf(d, reg->policy(), QStringLiteral("en")), "pdf");
        render.append(ms(t));
        bytes = static_cast<double>(pdf.size());
    }
    out.insert(QStringLiteral("pdf_gather_day_ms"), gather);
    out.insert(QStringLiteral("pdf_10k_items_ms"), render);
    out.insert(QStringLiteral("pdf_bytes"), bytes);
    out.insert(QStringLiteral("pdf_day_events"), events);
#else
    Q_UNUSED(a);
    out.insert(QStringLiteral("pdf_10k_items_ms"), QStringLiteral("not built (no QtGui)"));
#endif
    return out;
}

// Argon2id per profile with crypto_pwhash (the real slot parameters), and the machine's Ed25519 rates on one core
// (to compare a run on a busy machine with DESIGN.md's figures: 60k signs/s and 21k verifications/s per core).
QJsonObject kdf(const ChildArgs& a)
{
    QJsonObject out;
    {
        const Signer s = Signer::generate(QStringLiteral("bench"));
        const QByteArray msg(32, 'm');
        const QByteArray sig = s.sign(msg);
        const QByteArray pk = s.publicKey();
        QJsonArray signs, verifies;
        for (int r = 0; r < a.runs; ++r) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < 2000; ++i)
                (void)s.sign(msg);
            signs.append(2000 * 1000.0 / ms(t));
            t.restart();
            for (int i = 0; i < 2000; ++i)
                (void)verifySignature(pk, msg, sig);
            verifies.append(2000 * 1000.0 / ms(t));
        }
        out.insert(QStringLiteral("ed25519_sign_per_s"), signs);
        out.insert(QStringLiteral("ed25519_verify_per_s"), verifies);
    }
    for (auto p : { KdfProfile::Interactive, KdfProfile::Moderate, KdfProfile::Sensitive }) {
        const KdfParams params = KdfParams::forProfile(p);
        const int runs = p == KdfProfile::Sensitive ? qMin(a.runs, 3) : a.runs;
        out.insert(kdfProfileName(p), timed(runs, [&] { (void)must(deriveKey(kBenchPassword, params), "kdf"); }));
        out.insert(kdfProfileName(p) + QStringLiteral("_mib"), static_cast<double>(params.memLimit >> 20));
    }
    return out;
}

} // namespace

QJsonObject runWorkload(const ChildArgs& a)
{
    Database::setEncryptionDisabledForBenchmarks(a.plain);
    QDir().mkpath(a.work);
    if (a.workload == QLatin1String("W1"))
        return w1(a);
    if (a.workload == QLatin1String("W2"))
        return w2(a);
    if (a.workload == QLatin1String("W3"))
        return w3(a);
    if (a.workload == QLatin1String("W4"))
        return w4(a, a.runs);
    if (a.workload == QLatin1String("W5B"))
        return w5Bundle(a);
    if (a.workload == QLatin1String("W5C"))
        return w5Csv(a);
    if (a.workload == QLatin1String("W5P"))
        return w5Pdf(a);
    if (a.workload == QLatin1String("KDF"))
        return kdf(a);
    return {};
}

} // namespace kanribo::bench
