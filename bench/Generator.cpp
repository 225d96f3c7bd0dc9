// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include "service/CoreSession.h"
#include "service/Register.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlcipher/sqlite3.h>

#include <cstdio>
#include <memory>
#include <random>
#include <vector>

namespace kanribo::bench
{

namespace
{

constexpr int kGroups = 4;
constexpr int kContainers = 20;
constexpr int kCustodians = 4;
constexpr int kBatch = 500;

QString groupName(int g)
{
    return QStringLiteral("PRJ-%1").arg(QChar(QLatin1Char('A' + g)));
}
QString containerId(int c)
{
    return QStringLiteral("SAFE-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
}
QString custodianLogin(int i)
{
    return QStringLiteral("c%1").arg(i + 1, 2, 10, QLatin1Char('0'));
}
// Staff i: clearance TS for i%10 in 0..2, Secret for 3..6, Confidential for 7..9; group i%4.
Level staffClearance(int i)
{
    const int m = i % 10;
    return m < 3 ? Level::TopSecret : m < 7 ? Level::Secret : Level::Confidential;
}
int staffGroup(int i)
{
    return i % kGroups;
}

const char* const kTopics[] = { "logistics", "maritime", "missile", "aviation", "cyber", "satellite", "training",
    "exercise", "liaison", "budget", "procurement", "intelligence", "signals", "command", "readiness", "personnel",
    "engineering", "medical", "weather", "doctrine" };
const char* const kNouns[] = { "assessment", "plan", "summary", "report", "annex", "brief", "estimate", "order",
    "memorandum", "study", "review", "schedule", "inventory", "directive", "analysis" };
const char* const kTags[] = { "Aegis", "Patriot", "Osprey", "Kongo", "Hayabusa", "Sentinel", "Trident", "Orion",
    "Atlas", "Zephyr", "radar", "sonar", "Keen", "Sword", "Yamato", "Ryukyu" };

struct CopyInfo {
    QString id;
    int item = 0;
    int holder = -1; // staff pool index; -1: in a container
    bool destroyed = false;
};
struct ItemInfo {
    Level level = Level::Unclassified;
    int group = -1;
};

void progress(const SizeSpec& size, qint64 events, const QElapsedTimer& t, const char* phase)
{
    std::fprintf(stderr, "[gen %s] %s: %lld events, %.0f s, %.0f events/s\n", qPrintable(size.name), phase,
        static_cast<long long>(events), t.elapsed() / 1000.0, events * 1000.0 / qMax<qint64>(1, t.elapsed()));
}

Status exportPlain(Register& reg, const QString& plainPath)
{
    QFile::remove(plainPath);
    QFile::remove(plainPath + QStringLiteral("-wal"));
    QFile::remove(plainPath + QStringLiteral("-shm"));
    {
        QFile touch(plainPath); // the connection may not create files: ATTACH an empty (valid) database
        if (!touch.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(plainPath));
    }
    Database& db = *coreSession(reg).db;
    QString p = plainPath;
    p.replace(QLatin1Char('\''), QStringLiteral("''"));
    KANRIBO_TRY(db.exec(QStringLiteral("ATTACH DATABASE '%1' AS plaintext KEY ''").arg(p)));
    KANRIBO_TRY(db.exec(QStringLiteral("SELECT sqlcipher_export('plaintext')")));
    KANRIBO_TRY(db.exec(QStringLiteral("PRAGMA plaintext.user_version = %1").arg(Migrations::latestVersion())));
    KANRIBO_TRY(db.exec(QStringLiteral("DETACH DATABASE plaintext")));
    QFile::remove(plainPath + QStringLiteral(".keys"));
    if (!QFile::copy(Register::keyRingPathFor(reg.path()), plainPath + QStringLiteral(".keys")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot copy the key ring"));
    return {};
}

} // namespace

QString staffLogin(int i)
{
    return QStringLiteral("s%1").arg(i + 1, 4, 10, QLatin1Char('0'));
}

SizeSpec sizeSpec(const QString& name)
{
    if (name == QLatin1String("small"))
        return { name, 50, 1000, 10000, 16 };
    if (name == QLatin1String("medium"))
        return { name, 200, 10000, 100000, 24 };
    if (name == QLatin1String("full"))
        return { name, 500, 100000, 1000000, 32 };
    return {};
}

Result<DataSet> ensureDataSet(const QString& root, const SizeSpec& size, quint64 seed)
{
    DataSet ds;
    ds.dir = root + QLatin1Char('/') + size.name;
    const QString generated = ds.dir + QStringLiteral("/generated.json");
    {
        // A data set made for another size or seed (the sizes changed once) is made again, never measured.
        QFile f(QFile::exists(ds.donePath()) ? ds.donePath() : generated);
        const QJsonObject was
            = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        const bool same = was.value(QStringLiteral("seed")).toString() == QString::number(seed)
            && was.value(QStringLiteral("users")).toInt() == size.users
            && was.value(QStringLiteral("items")).toInt() == size.items;
        if (!was.isEmpty() && !same) {
            std::fprintf(stderr, "[gen %s] the data set in %s is for another size or seed: generating it again\n",
                qPrintable(size.name), qPrintable(ds.dir));
            QFile::remove(ds.donePath());
            QFile::remove(generated);
        } else if (QFile::exists(ds.donePath())) {
            return ds;
        }
    }
    if (QFile::exists(generated)) { // generated, but the plain twin is missing: export it again
        BenchClock clock;
        auto off = Register::open(ds.encPath(), officerLogin(), kBenchPassword, clock);
        if (!off)
            return off.error();
        KANRIBO_TRY(exportPlain(**off, ds.plainPath()));
        off->reset();
        if (!QFile::copy(generated, ds.donePath()))
            return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(ds.donePath()));
        return ds;
    }
    QDir().mkpath(ds.dir);
    for (const QString& f : { ds.encPath(), ds.plainPath() })
        for (const QString& suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".keys") })
            QFile::remove(f + suffix);

    std::mt19937_64 rng(seed);
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    const auto pick = [&](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };

    BenchClock clock;
    QElapsedTimer timer;
    timer.start();

    // --- people -----------------------------------------------------------------------------------------------
    NewUser officer;
    officer.login = officerLogin();
    officer.name = QStringLiteral("Officer Tanaka");
    officer.role = Role::Officer;
    officer.clearance = Level::TopSecret;
    officer.nationality = QStringLiteral("JPN");
    RegisterOptions options;
    options.facility = QStringLiteral("Bench Facility");
    options.kdf = KdfProfile::Fast;
    auto created = Register::create(ds.encPath(), officer, kBenchPassword, options, clock);
    if (!created)
        return created.error();
    std::unique_ptr<Register> off = std::move(created->reg);
    const auto newUser = [&](const QString& login, Role role, Level clearance, const QStringList& groups) -> Status {
        NewUser u;
        u.login = login;
        u.name = login.toUpper();
        u.role = role;
        u.clearance = clearance;
        u.nationality = QStringLiteral("JPN");
        u.briefed = QDate(2026, 1, 10);
        u.clearanceExpires = QDate(2030, 1, 1);
        u.groups = groups;
        auto r = off->people().addUser(u, kBenchPassword);
        clock.tick(1000);
        if (!r)
            return r.error();
        return {};
    };
    QStringList allGroups;
    for (int g = 0; g < kGroups; ++g) {
        allGroups << groupName(g);
        KANRIBO_TRY(off->people().addGroup(groupName(g), QStringLiteral("Project %1").arg(g + 1)));
        KANRIBO_TRY(off->people().grantGroup(officerLogin(), groupName(g)));
    }
    KANRIBO_TRY(coreSession(*off).refreshMe());
    for (int c = 0; c < kContainers; ++c)
        KANRIBO_TRY(off->people().addContainer(
            { containerId(c), Level::TopSecret, QStringLiteral("Bldg 2 R%1").arg(300 + c) }));
    KANRIBO_TRY(newUser(QStringLiteral("officer2"), Role::Officer, Level::TopSecret, allGroups));
    KANRIBO_TRY(newUser(QStringLiteral("auditor"), Role::Auditor, Level::TopSecret, allGroups));
    for (int i = 0; i < kCustodians; ++i)
        KANRIBO_TRY(newUser(custodianLogin(i), Role::Custodian, Level::TopSecret, allGroups));
    const int staffCount = size.users - 3 - kCustodians;
    for (int i = 0; i < staffCount; ++i)
        KANRIBO_TRY(newUser(staffLogin(i), Role::Staff, staffClearance(i), { groupName(staffGroup(i)) }));
    progress(size, *off->ledger().headSeq(), timer, "people");

    // --- items: registered by the officer; a quarter charged to the officer, reproduced once and stored ------------
    std::vector<ItemInfo> items;
    std::vector<CopyInfo> copies;
    std::vector<int> stored; // indices into copies of copies in a container
    items.reserve(static_cast<size_t>(size.items));
    const SecondPerson approver { QStringLiteral("officer2"), kBenchPassword };
    int failures = 0;
    const auto note = [&](const Status& s, const char* what) {
        if (!s.ok() && ++failures <= 20)
            std::fprintf(stderr, "[gen] %s failed: %s\n", what, qPrintable(s.error().message));
    };
    for (int base = 0; base < size.items; base += kBatch) {
        KANRIBO_TRY(coreSession(*off).writeBatch([&]() -> Status {
            for (int n = base; n < qMin(size.items, base + kBatch); ++n) {
                const double r = std::uniform_real_distribution<double>(0, 1)(rng);
                ItemInfo info;
                info.level = r < 0.15 ? Level::Unclassified
                    : r < 0.55        ? Level::Confidential
                    : r < 0.90        ? Level::Secret
                                      : Level::TopSecret;
                info.group = chance(0.15) ? pick(kGroups) : -1;
                NewItem ni;
                ni.title = QStringLiteral("(U) %1 %2 %3 no. %4")
                               .arg(QLatin1String(kTags[pick(16)]), QLatin1String(kTopics[pick(20)]),
                                   QLatin1String(kNouns[pick(15)]))
                               .arg(n + 1);
                ni.level = info.level;
                ni.origin = QStringLiteral("USA");
                if (rank(info.level) >= rank(Level::Secret)) {
                    ni.regime = QStringLiteral("gsomia");
                    ni.caveats = { QStringLiteral("REL TO USA, JPN") };
                }
                if (info.group >= 0)
                    ni.groups = { groupName(info.group) };
                const double c = std::uniform_real_distribution<double>(0, 1)(rng);
                ni.copies = c < 0.3 ? 1 : c < 0.6 ? 2 : c < 0.8 ? 3 : 4;
                const bool toOfficer = chance(0.25);
                const int safe = pick(kContainers);
                if (!toOfficer)
                    ni.container = containerId(safe);
                ni.receipt = { QStringLiteral("US Embassy Tokyo DAO"), QStringLiteral("DAO-%1").arg(n + 1),
                    QStringLiteral("courier"), clock.nowUtc().date(), true };
                ni.authority
                    = { QStringLiteral("MDA/DPX"), QStringLiteral("MDA SCG 2024"), QStringLiteral("2051-12-31") };
                clock.tick(15000);
                auto reg = off->items().registerItem(ni);
                if (!reg) {
                    note(reg.error(), "register");
                    continue;
                }
                const int itemIndex = static_cast<int>(items.size());
                items.push_back(info);
                QStringList ids = reg->copies;
                if (toOfficer) {
                    clock.tick(15000);
                    const bool ts = info.level == Level::TopSecret;
                    auto rep = off->custody().reproduce(reg->control, 1, QStringLiteral("Briefing team"),
                        ts ? QStringLiteral("USG consent %1").arg(n + 1) : QString(), ts ? approver : SecondPerson {});
                    if (rep)
                        ids += rep->copies;
                    else
                        note(rep.error(), "reproduce");
                    for (const auto& id : ids) {
                        clock.tick(15000);
                        note(off->custody().store(id, containerId(safe)), "store");
                    }
                }
                for (const auto& id : ids) {
                    stored.push_back(static_cast<int>(copies.size()));
                    copies.push_back({ id, itemIndex, -1, false });
                }
            }
            return {};
        }));
    }
    progress(size, *off->ledger().headSeq(), timer, "items");

    // --- custody cycles: custodians issue, staff show / hand over / store, custodians destroy -------------------
    std::vector<std::unique_ptr<Register>> custodians;
    for (int i = 0; i < kCustodians; ++i) {
        auto r = Register::open(ds.encPath(), custodianLogin(i), kBenchPassword, clock);
        if (!r)
            return r.error();
        KANRIBO_TRY(coreSession(*(*r)).db->exec(QStringLiteral("PRAGMA cache_size = -4096")));
        custodians.push_back(std::move(r).value());
    }
    const int pool = qMin(size.staffPool, staffCount);
    std::vector<std::unique_ptr<Register>> staff;
    for (int i = 0; i < pool; ++i) {
        auto r = Register::open(ds.encPath(), staffLogin(i), kBenchPassword, clock);
        if (!r)
            return r.error();
        KANRIBO_TRY(coreSession(*(*r)).db->exec(QStringLiteral("PRAGMA cache_size = -2048")));
        staff.push_back(std::move(r).value());
    }
    // eligible[level][group + 1]: pool members who may hold such an item.
    std::vector<int> eligible[4][kGroups + 1];
    for (int l = 0; l < 4; ++l)
        for (int g = -1; g < kGroups; ++g)
            for (int i = 0; i < pool; ++i)
                if (rank(staffClearance(i)) >= l && (g < 0 || staffGroup(i) == g))
                    eligible[l][g + 1].push_back(i);
    std::vector<std::vector<int>> held(static_cast<size_t>(pool));
    const auto receiver = [&](int copy, int except) -> int {
        const ItemInfo& it = items[static_cast<size_t>(copies[static_cast<size_t>(copy)].item)];
        const auto& e = eligible[rank(it.level)][it.group + 1];
        if (e.empty() || (e.size() == 1 && e.front() == except))
            return -1;
        for (;;) {
            const int s = e[static_cast<size_t>(pick(static_cast<int>(e.size())))];
            if (s != except)
                return s;
        }
    };
    const auto secondPerson = [&](int copy, int staffIndex) {
        const ItemInfo& it = items[static_cast<size_t>(copies[static_cast<size_t>(copy)].item)];
        // Hand receipts are signed where the policy requires them (Secret and above); otherwise no password.
        return SecondPerson { staffLogin(staffIndex),
            rank(it.level) >= rank(Level::Secret) ? kBenchPassword : QByteArray() };
    };
    const int issuesPerRound = pool * 8;
    qint64 head = *off->ledger().headSeq();
    for (int round = 0; head < size.events; ++round) {
        Register& cust = *custodians[static_cast<size_t>(round % kCustodians)];
        KANRIBO_TRY(coreSession(cust).writeBatch([&]() -> Status {
            for (int k = 0; k < issuesPerRound && !stored.empty(); ++k) {
                const size_t pos = static_cast<size_t>(pick(static_cast<int>(stored.size())));
                const int copy = stored[pos];
                const int to = receiver(copy, -1);
                if (to < 0)
                    continue;
                clock.tick(15000);
                const Status s = cust.custody().issue(copies[static_cast<size_t>(copy)].id, secondPerson(copy, to));
                note(s, "issue");
                if (!s.ok())
                    continue;
                stored[pos] = stored.back();
                stored.pop_back();
                copies[static_cast<size_t>(copy)].holder = to;
                held[static_cast<size_t>(to)].push_back(copy);
            }
            // Destructions: about one in forty custody steps.
            for (int k = 0; k < issuesPerRound / 16 && stored.size() > 100; ++k) {
                const size_t pos = static_cast<size_t>(pick(static_cast<int>(stored.size())));
                const int copy = stored[pos];
                const ItemInfo& it = items[static_cast<size_t>(copies[static_cast<size_t>(copy)].item)];
                clock.tick(15000);
                auto d = cust.custody().destroy(copies[static_cast<size_t>(copy)].id, QStringLiteral("shredding"),
                    rank(it.level) >= rank(Level::Secret) ? approver : SecondPerson {});
                if (!d) {
                    note(d.error(), "destroy");
                    continue;
                }
                copies[static_cast<size_t>(copy)].destroyed = true;
                stored[pos] = stored.back();
                stored.pop_back();
            }
            return {};
        }));
        for (int s = 0; s < pool; ++s) {
            auto& mine = held[static_cast<size_t>(s)];
            if (mine.empty())
                continue;
            Register& me = *staff[static_cast<size_t>(s)];
            std::vector<int> work;
            work.swap(mine);
            KANRIBO_TRY(coreSession(me).writeBatch([&]() -> Status {
                for (int copy : work) {
                    CopyInfo& c = copies[static_cast<size_t>(copy)];
                    const ItemInfo& it = items[static_cast<size_t>(c.item)];
                    if (it.level == Level::TopSecret) { // a disclosure record (R-ACC-4)
                        clock.tick(15000);
                        auto shown = me.items().show(c.id.section(QLatin1Char('/'), 0, 0));
                        if (!shown)
                            note(shown.error(), "show");
                    }
                    clock.tick(15000);
                    const int to = chance(0.3) ? receiver(copy, s) : -1;
                    if (to >= 0) {
                        const Status st = me.custody().transfer(c.id, secondPerson(copy, to));
                        note(st, "transfer");
                        if (st.ok()) {
                            c.holder = to;
                            held[static_cast<size_t>(to)].push_back(copy);
                            continue;
                        }
                    }
                    const Status st = me.custody().store(c.id, containerId(pick(kContainers)));
                    note(st, "store");
                    if (st.ok()) {
                        c.holder = -1;
                        stored.push_back(copy);
                    } else {
                        mine.push_back(copy);
                    }
                }
                return {};
            }));
        }
        head = *off->ledger().headSeq();
        if (round % 10 == 0)
            progress(size, head, timer, "custody");
    }
    progress(size, head, timer, "done");
    staff.clear();
    custodians.clear();

    const qint64 headSeq = *off->ledger().headSeq();
    QFile done(generated);
    if (!done.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(ds.donePath()));
    done.write(QJsonDocument(
        QJsonObject { { QStringLiteral("size"), size.name }, { QStringLiteral("seed"), QString::number(seed) },
            { QStringLiteral("users"), size.users }, { QStringLiteral("items"), static_cast<int>(items.size()) },
            { QStringLiteral("copies"), static_cast<double>(copies.size()) },
            { QStringLiteral("events"), static_cast<double>(headSeq) }, { QStringLiteral("failures"), failures },
            { QStringLiteral("seconds"), timer.elapsed() / 1000.0 },
            { QStringLiteral("end_time"), clock.nowUtc().toString(Qt::ISODate) } })
                   .toJson());
    done.close();
    // The plain twin: the same content without encryption (sqlcipher_export), the same key ring.
    KANRIBO_TRY(exportPlain(*off, ds.plainPath()));
    off.reset();
    if (!QFile::copy(generated, ds.donePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(ds.donePath()));
    return ds;
}

} // namespace kanribo::bench
