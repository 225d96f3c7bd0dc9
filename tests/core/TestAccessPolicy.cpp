// SPDX-License-Identifier: GPL-3.0-or-later
// Access decisions (R-ACC-1..5) against an independent oracle written here, in memory and through the register.
#include "TestSupport.h"

#include "policy/AccessPolicy.h"
#include "policy/Visibility.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{

const QDate kToday(2026, 11, 21);
const QStringList kNations { QStringLiteral("JPN"), QStringLiteral("USA"), QStringLiteral("GBR"),
    QStringLiteral("AUS") };
const QStringList kGroups { QStringLiteral("ALPHA"), QStringLiteral("BRAVO"), QStringLiteral("CHARLIE") };

// The oracle: the access rules (R-ACC-1, R-ACC-3 in docs/rules.md) written out plainly, sharing no code with core.
bool oracle(const User& u, const Item& it, const QDate& today)
{
    if (!u.active)
        return false;
    if (int(it.level) > 0) {
        if (int(u.clearance) < int(it.level))
            return false;
        if (u.clearanceExpires.isValid() && u.clearanceExpires < today)
            return false;
        if (!u.briefed.isValid() || u.briefed > today)
            return false;
    }
    for (const QString& g : it.groups)
        if (!u.groups.contains(g))
            return false;
    if (it.caveats.contains(QStringLiteral("NOFORN")))
        return u.nationality == it.origin;
    QSet<QString> ok;
    bool listed = false;
    for (const QString& c : it.caveats) {
        if (c.startsWith(QStringLiteral("REL TO "))) {
            listed = true;
            for (QString n : c.mid(7).split(QLatin1Char(',')))
                ok.insert(n.trimmed());
        }
    }
    if (!listed) {
        ok.insert(it.origin);
        ok.insert(it.recipient);
    }
    for (const auto& r : it.releases)
        ok.insert(r.nationality);
    return ok.contains(u.nationality);
}

// R-ACC-3's accountability view, written out plainly: full access, or a role that keeps the accounts with all of
// R-ACC-1 but the need-to-know groups.
Sight sightOracle(const User& u, const Item& it, const QDate& today)
{
    if (oracle(u, it, today))
        return Sight::Full;
    const bool keeps = u.role == Role::Officer || u.role == Role::Custodian || u.role == Role::Auditor;
    if (!keeps || !u.active || int(u.clearance) < int(it.level))
        return Sight::None;
    if ((u.clearanceExpires.isValid() && u.clearanceExpires < today) || !u.briefed.isValid() || u.briefed > today)
        return Sight::None;
    Item noGroups = it;
    noGroups.groups.clear();
    return oracle(u, noGroups, today) ? Sight::Accountability : Sight::None;
}

template <typename T> T pick(QRandomGenerator& rng, const QList<T>& from)
{
    return from.at(int(rng.bounded(quint32(from.size()))));
}

User randomUser(QRandomGenerator& rng, int i)
{
    User u;
    u.login = QStringLiteral("u%1").arg(i);
    u.active = rng.bounded(10) != 0;
    u.role = static_cast<Role>(rng.bounded(4));
    u.clearance = static_cast<Level>(rng.bounded(4));
    u.nationality = pick(rng, kNations);
    const int exp = int(rng.bounded(3));
    u.clearanceExpires = exp == 0 ? QDate() : (exp == 1 ? kToday.addDays(-1) : kToday.addYears(1));
    const int br = int(rng.bounded(4));
    u.briefed = br == 0 ? QDate() : (br == 1 ? kToday.addDays(3) : kToday.addDays(-30));
    for (const auto& g : kGroups)
        if (rng.bounded(2))
            u.groups << g;
    return u;
}

QStringList randomCaveats(QRandomGenerator& rng)
{
    switch (rng.bounded(5)) {
    case 0:
        return { QStringLiteral("NOFORN") };
    case 1:
        return { QStringLiteral("REL TO %1, %2").arg(pick(rng, kNations), pick(rng, kNations)) };
    case 2:
        return { QStringLiteral("ORCON") };
    default:
        return {};
    }
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void testR_ACC_1_randomisedAgainstOracle()
    {
        // 200 users × 100 items = 20,000 decisions, each compared with the oracle.
        QRandomGenerator rng(20261121);
        const PolicyPack& pack = PolicyPack::builtin();
        QList<User> users;
        for (int i = 0; i < 200; ++i)
            users << randomUser(rng, i);
        QList<Item> items;
        for (int i = 0; i < 100; ++i) {
            Item it;
            it.control = QStringLiteral("X-%1").arg(i);
            it.level = static_cast<Level>(rng.bounded(4));
            it.origin = pick(rng, QStringList { QStringLiteral("USA"), QStringLiteral("JPN") });
            it.recipient = it.origin == QLatin1String("USA") ? QStringLiteral("JPN") : QStringLiteral("USA");
            it.caveats = randomCaveats(rng);
            for (const auto& g : kGroups)
                if (rng.bounded(3) == 0)
                    it.groups << g;
            if (rng.bounded(6) == 0 && !it.caveats.contains(QStringLiteral("NOFORN")))
                it.releases << ReleaseApproval { pick(rng, kNations), QStringLiteral("REF"), kToday };
            items << it;
        }
        int decisions = 0, allowed = 0, accountable = 0;
        for (const auto& u : users) {
            for (const auto& it : items) {
                const Decision d = decide(pack, u, it, Action::View, kToday);
                const bool expected = oracle(u, it, kToday);
                if (d.allowed != expected)
                    QFAIL(qPrintable(QStringLiteral("user %1 item %2: decide=%3 oracle=%4 reasons=%5")
                                         .arg(u.login, it.control)
                                         .arg(d.allowed)
                                         .arg(expected)
                                         .arg(describe(d.reasons).join(QStringLiteral("; ")))));
                QCOMPARE(d.reasons.isEmpty(), d.allowed);
                const Sight seen = sight(pack, u, it, kToday);
                if (seen != sightOracle(u, it, kToday))
                    QFAIL(qPrintable(QStringLiteral("user %1 (role %2) item %3: sight=%4 oracle=%5")
                                         .arg(u.login)
                                         .arg(int(u.role))
                                         .arg(it.control)
                                         .arg(int(seen))
                                         .arg(int(sightOracle(u, it, kToday)))));
                accountable += seen == Sight::Accountability ? 1 : 0;
                ++decisions;
                allowed += d.allowed ? 1 : 0;
            }
        }
        QVERIFY(decisions >= 10000);
        // The mix must exercise both outcomes substantially.
        QVERIFY(allowed > decisions / 20);
        QVERIFY(allowed < decisions - decisions / 20);
        QVERIFY(accountable > decisions / 50); // the accountability view is exercised too
    }

    void testR_ACC_2_roleGrantsNothing()
    {
        const PolicyPack& pack = PolicyPack::builtin();
        User officer;
        officer.role = Role::Officer;
        officer.clearance = Level::Secret;
        officer.nationality = QStringLiteral("JPN");
        officer.briefed = kToday.addDays(-1);
        User auditor = officer;
        auditor.role = Role::Auditor;
        Item ts;
        ts.level = Level::TopSecret;
        ts.origin = QStringLiteral("USA");
        ts.recipient = QStringLiteral("JPN");
        QVERIFY(!decide(pack, officer, ts, Action::View, kToday).allowed);
        QVERIFY(!decide(pack, auditor, ts, Action::View, kToday).allowed);
        Item needsGroup = ts;
        needsGroup.level = Level::Confidential;
        needsGroup.groups = { QStringLiteral("ALPHA") };
        const Decision d = decide(pack, officer, needsGroup, Action::Open, kToday);
        QVERIFY(!d.allowed);
        QCOMPARE(d.reasons,
            QList<Reason> {
                Reason::of(QStringLiteral("not-in-group"), { { QStringLiteral("group"), QStringLiteral("ALPHA") } }) });
        QVERIFY(describe(d.reasons).join(QString()).contains(QStringLiteral("ALPHA")));
    }

    void reasonsListEveryFailure()
    {
        const PolicyPack& pack = PolicyPack::builtin();
        User u;
        u.clearance = Level::Confidential;
        u.clearanceExpires = kToday.addDays(-5);
        u.nationality = QStringLiteral("GBR");
        Item it;
        it.level = Level::Secret;
        it.origin = QStringLiteral("USA");
        it.recipient = QStringLiteral("JPN");
        it.groups = { QStringLiteral("ALPHA") };
        const Decision d = decide(pack, u, it, Action::View, kToday);
        QStringList codes;
        for (const Reason& r : d.reasons)
            codes << r.code;
        QCOMPARE(codes,
            QStringList({ QStringLiteral("clearance-below-level"), QStringLiteral("clearance-expired"),
                QStringLiteral("not-briefed"), QStringLiteral("not-in-group"), QStringLiteral("third-country") }));
        QCOMPARE(d.reasons.at(0).args,
            (QMap<QString, QString> { { QStringLiteral("clearance"), QStringLiteral("confidential") },
                { QStringLiteral("level"), QStringLiteral("secret") } }));
        QCOMPARE(d.reasons.at(1).args.value(QStringLiteral("date")), kToday.addDays(-5).toString(Qt::ISODate));
    }

    void testR_ACC_5_thirdCountryNeedsRecordedApproval()
    {
        TempRegister t;
        NewItem ni;
        ni.title = QStringLiteral("Joint exercise plan");
        ni.level = Level::Secret;
        ni.origin = QStringLiteral("USA");
        auto reg = t.reg().items().registerItem(ni);
        QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message));
        t.addUser(QStringLiteral("brit"), Role::Staff, Level::Secret, QStringLiteral("GBR"));
        auto brit = t.login(QStringLiteral("brit"));
        QVERIFY((*brit)->items().list({})->isEmpty());
        auto decision = t.reg().items().decideFor(QStringLiteral("brit"), reg->control, Action::View);
        QVERIFY(!decision->allowed);
        QCOMPARE(decision->reasons.size(), 1);
        QCOMPARE(decision->reasons.first().code, QStringLiteral("third-country"));
        QVERIFY(decision->reasons.first().describe().contains(QStringLiteral("third country")));
        QCOMPARE(t.reg().items().approveRelease(reg->control, QStringLiteral("GBR"), QString(), kToday).error().code,
            ErrorCode::Usage);
        QVERIFY(t.reg()
                    .items()
                    .approveRelease(
                        reg->control, QStringLiteral("GBR"), QStringLiteral("USG-REL-2026-14"), QDate(2026, 11, 1))
                    .ok());
        QCOMPARE((*brit)->items().list({})->size(), 1);
        QCOMPARE(t.reg().items().load(reg->control)->releases.first().reference, QStringLiteral("USG-REL-2026-14"));
        // US NOFORN material is not releasable to a Japanese facility: it cannot be registered here at all.
        ni.caveats = { QStringLiteral("NOFORN") };
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("SAFE"), Level::TopSecret, {} }).ok());
        ni.container = QStringLiteral("SAFE");
        const qint64 before = *t.reg().items().count({});
        auto refused = t.reg().items().registerItem(ni);
        QCOMPARE(refused.error().code, ErrorCode::Denied);
        QVERIFY(refused.error().message.contains(QStringLiteral("JPN")));
        QCOMPARE(*t.reg().items().count({}), before);
        // Japanese NOFORN-equivalent material (originator only) can never be released onwards.
        ni.origin = QStringLiteral("JPN");
        auto noforn = t.reg().items().registerItem(ni);
        QVERIFY2(noforn.ok(), qPrintable(noforn.ok() ? QString() : noforn.error().message));
        QCOMPARE(t.reg()
                     .items()
                     .approveRelease(noforn->control, QStringLiteral("GBR"), QStringLiteral("R"), kToday)
                     .error()
                     .code,
            ErrorCode::Conflict);
    }

    void testR_ACC_3_listsMatchOracleThroughTheRegister()
    {
        // Real users and items in a register: every user's visible list equals the oracle's set, searches too.
        FakeClock clock;
        clock.set(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        TempRegister t(clock);
        QRandomGenerator rng(77);
        for (const auto& g : kGroups)
            QVERIFY(t.reg().people().addGroup(g, {}).ok());
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("VAULT"), Level::TopSecret, {} }).ok());
        QList<User> users;
        for (int i = 0; i < 12; ++i) {
            User r = randomUser(rng, i);
            NewUser nu;
            nu.login = r.login;
            nu.name = r.login;
            nu.role = r.role;
            nu.clearance = r.clearance;
            nu.nationality = r.nationality;
            nu.clearanceExpires = r.clearanceExpires;
            nu.briefed = r.briefed;
            nu.groups = r.groups;
            QVERIFY(t.reg().people().addUser(nu, kUserPassword).ok());
            if (!r.active)
                QVERIFY(t.reg().people().disableUser(r.login).ok());
            users << *t.reg().people().user(r.login);
        }
        QList<Item> items;
        for (int i = 0; i < 40; ++i) {
            NewItem ni;
            ni.title = QStringLiteral("Document %1 レーダー整備").arg(i);
            ni.level = static_cast<Level>(rng.bounded(4));
            ni.origin = pick(rng, QStringList { QStringLiteral("USA"), QStringLiteral("JPN") });
            ni.caveats = randomCaveats(rng);
            for (const auto& g : kGroups)
                if (rng.bounded(3) == 0)
                    ni.groups << g;
            ni.container = QStringLiteral("VAULT");
            Item probe;
            probe.origin = ni.origin;
            probe.recipient = QStringLiteral("JPN");
            probe.caveats = ni.caveats;
            User jpn;
            jpn.nationality = QStringLiteral("JPN");
            jpn.clearance = Level::TopSecret;
            jpn.briefed = kToday.addDays(-1);
            auto r = t.reg().items().registerItem(ni);
            if (!oracle(jpn, probe, kToday)) { // R-ACC-5: not releasable to the facility's nationality
                QCOMPARE(r.error().code, ErrorCode::Denied);
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            items << *t.reg().items().load(r->control);
        }
        int decisions = 0;
        for (const auto& u : users) {
            if (!u.active)
                continue;
            auto session = t.login(u.login);
            QVERIFY(session.ok());
            QSet<QString> visible, withheldSeen;
            for (const auto& it : *(*session)->items().list({})) {
                visible.insert(it.control);
                if (it.withheld) {
                    withheldSeen.insert(it.control);
                    QVERIFY(it.title.isEmpty()); // the accountability view withholds the title
                }
            }
            QSet<QString> expected, expectedWithheld, expectedFull;
            for (const auto& it : items) {
                const Sight o = sightOracle(u, it, kToday);
                if (o != Sight::None)
                    expected.insert(it.control);
                if (o == Sight::Accountability)
                    expectedWithheld.insert(it.control);
                if (o == Sight::Full)
                    expectedFull.insert(it.control);
                QCOMPARE((*session)->items().decide(u, it, Action::View).allowed, oracle(u, it, kToday));
                ++decisions;
            }
            QCOMPARE(visible, expected);
            QCOMPARE(withheldSeen, expectedWithheld);
            QCOMPARE(*(*session)->items().count({}), qint64(expected.size()));
            // Search respects R-ACC-3 too: a Japanese substring of the titles matches only items seen in full (a
            // withheld title is not searched).
            ItemFilter f;
            f.text = QStringLiteral("整備");
            QCOMPARE(*(*session)->items().count(f), qint64(expectedFull.size()));
            // Show of an invisible item is "not found", and the attempt is recorded as a denial.
            for (const auto& it : items) {
                if (!expected.contains(it.control)) {
                    QCOMPARE((*session)->items().show(it.control).error().code, ErrorCode::NotFound);
                    break;
                }
            }
        }
        QVERIFY(decisions >= 300);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "TestAccessPolicy.moc"
