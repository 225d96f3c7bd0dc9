// SPDX-License-Identifier: GPL-3.0-or-later
// R-ACC-3 through the core service: the accountability view (an officer or custodian outside an item's need-to-know
// group handles and accounts for its copies by control number, title withheld) and the listings that must leave out
// what a user may not see (issue 14). The CLI's doors are tested in tests/cli/TestCliVisibility.cpp.
#include "TestSupport.h"

#include "policy/Visibility.h"

#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{
const QString kTitle = QStringLiteral("(U) CODENAME ORCHID reactor plan");
const QString kSummary = QStringLiteral("ORCHID papers left on a desk");

struct Fixture {
    FakeClock clock;
    TempRegister t { clock };
    QString nuc; // a Top Secret item in group NUC, two copies in SAFE-TS
    QString plain; // a Secret item without groups, charged to the officer
    Fixture()
    {
        if (!t.reg().people().addGroup(QStringLiteral("NUC"), {}).ok()
            || !t.reg().people().addContainer({ QStringLiteral("SAFE-TS"), Level::TopSecret, {} }).ok()
            || !t.reg().people().addContainer({ QStringLiteral("CAB-C"), Level::Confidential, {} }).ok())
            qFatal("fixture");
        t.addUser(
            QStringLiteral("member"), Role::Staff, Level::TopSecret, QStringLiteral("JPN"), { QStringLiteral("NUC") });
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::TopSecret);
        t.addUser(QStringLiteral("lowcust"), Role::Custodian, Level::Confidential);
        t.addUser(QStringLiteral("auditor"), Role::Auditor, Level::TopSecret);
        NewItem ni = testItem(kTitle, Level::TopSecret, 2);
        ni.groups = { QStringLiteral("NUC") };
        ni.container = QStringLiteral("SAFE-TS");
        auto r = t.reg().items().registerItem(ni);
        if (!r)
            qFatal("register: %s", qPrintable(r.error().message));
        nuc = r->control;
        auto p = t.reg().items().registerItem(testItem(QStringLiteral("(U) Plain manual"), Level::Secret));
        if (!p)
            qFatal("register: %s", qPrintable(p.error().message));
        plain = p->control;
    }
    std::unique_ptr<Register> as(const QString& login)
    {
        auto r = t.login(login);
        if (!r)
            qFatal("login %s: %s", qPrintable(login), qPrintable(r.error().message));
        return std::move(r).value();
    }
    qint64 head() { return t.reg().ledger().headSeq().value(); }
};

bool mentions(const QString& text)
{
    return text.contains(QStringLiteral("ORCHID"));
}
} // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    // The officer who registered the item into his safe is not in NUC: he sees its accountability record, not its
    // title, and his look at it is not a disclosure of its content (R-ACC-4 records those who saw the details).
    void testR_ACC_3_officerOutsideTheGroupSeesTheAccountabilityRecord()
    {
        Fixture f;
        Register& o = f.t.reg();
        auto list = o.items().list({});
        QCOMPARE(list->size(), 2);
        const Item& seen = list->first().control == f.nuc ? list->first() : list->last();
        QVERIFY(seen.withheld);
        QVERIFY(seen.title.isEmpty());
        QVERIFY(seen.authority.classifiedBy.isEmpty());
        QVERIFY(seen.receipt.receiptNo.isEmpty());
        QCOMPARE(seen.withheldGroups, QStringList { QStringLiteral("NUC") });
        QVERIFY(shownTitle(seen).contains(QStringLiteral("NUC")));
        QCOMPARE(seen.copiesTotal, 2);
        const qint64 before = f.head();
        auto shown = o.items().show(f.nuc);
        QVERIFY(shown);
        QVERIFY(shown->withheld);
        QCOMPARE(shown->copies.size(), 2);
        QCOMPARE(shown->copies.first().container, QStringLiteral("SAFE-TS"));
        QCOMPARE(f.head(), before); // no disclosure record: nothing of the content was shown
        QVERIFY(o.items().disclosures(f.nuc)->isEmpty());
        // The content needs R-ACC-1 in full: denied (he knows the item exists), with the group as the reason.
        const auto content = o.items().readContent(f.nuc, [](const unsigned char*, size_t) { return Status {}; });
        QCOMPARE(content.error().code, ErrorCode::Denied);
        QVERIFY(content.error().message.contains(QStringLiteral("NUC")));
        // Search finds it by control number, never by a word of its title.
        ItemFilter byWord;
        byWord.text = QStringLiteral("ORCHID");
        QCOMPARE(*o.items().count(byWord), 0);
        ItemFilter byNumber;
        byNumber.text = f.nuc;
        QCOMPARE(*o.items().count(byNumber), 1);
        // The member sees it whole.
        auto member = f.as(QStringLiteral("member"));
        QCOMPARE(member->items().show(f.nuc)->title, kTitle);
    }

    // He issues, takes back into storage, inventories and accounts for the copies without the title.
    void testR_ACC_3_officerOutsideTheGroupHandlesTheCopies()
    {
        Fixture f;
        Register& o = f.t.reg();
        const QString one = f.nuc + QStringLiteral("/1");
        const QString two = f.nuc + QStringLiteral("/2");
        QVERIFY(o.custody().issue(one, { QStringLiteral("member"), kUserPassword }).ok());
        QCOMPARE(o.items().loadCopy(one)->holder, QStringLiteral("member"));
        // The receiver must hold R-ACC-1 in full: sato is cleared but not in NUC.
        QCOMPARE(o.custody().issue(two, { QStringLiteral("sato"), kUserPassword }).error().code, ErrorCode::Denied);
        auto member = f.as(QStringLiteral("member"));
        QVERIFY(member->custody().store(one, QStringLiteral("SAFE-TS")).ok());
        // Inventory of the safe: both copies sighted and present.
        QVERIFY(o.custody().startInventory(QStringLiteral("SAFE-TS")).ok());
        QVERIFY(o.custody().sight(one).ok());
        QVERIFY(o.custody().sight(two).ok());
        auto inv = o.custody().finishInventory();
        QVERIFY2(inv, inv ? "" : qPrintable(inv.error().message));
        QCOMPARE(inv->present, (QStringList { one, two }));
        QVERIFY(inv->missing.isEmpty());
        // The history and the audit trail name the copies, never the title.
        auto history = o.custody().history(one);
        QVERIFY(history);
        QCOMPARE(history->size(), 3); // registered, issued, stored
        for (const auto& e : *history)
            QVERIFY(!mentions(e.summary));
        auto log = o.auditLog({});
        QVERIFY(log);
        bool sawRegistration = false;
        for (const Event& e : *log) {
            QVERIFY2(!mentions(QString::fromUtf8(e.payload)), qPrintable(e.kind));
            sawRegistration
                = sawRegistration || (e.kind == QLatin1String("item.registered") && e.subject.endsWith(f.nuc));
        }
        QVERIFY(sawRegistration);
        // An incident he reports is listed for him without its summary; the member reads it.
        QVERIFY(o.custody().reportIncident(two, IncidentKind::PossibleCompromise, kSummary).ok());
        auto incidents = o.custody().incidents();
        QCOMPARE(incidents->size(), 1);
        QVERIFY(incidents->first().withheld);
        QVERIFY(incidents->first().summary.isEmpty());
        QCOMPARE(member->custody().incidents()->first().summary, kSummary);
        // ... and he may not write its findings (they are about the material).
        IncidentUpdate up;
        up.findings = QStringLiteral("x");
        QCOMPARE(o.custody().updateIncident(incidents->first().id, up).error().code, ErrorCode::Denied);
        QCOMPARE(verifyProblem(o), QString());
    }

    // Staff outside the group see nothing of the item: not in lists, counts, histories, dispatches, incidents,
    // reproductions, destructions or due lists; a copy of it is "not found" exactly as one that does not exist.
    void testR_ACC_3_staffOutsideTheGroupSeeNothing()
    {
        Fixture f;
        Register& o = f.t.reg();
        QVERIFY(o.custody().issue(f.nuc + QStringLiteral("/1"), { QStringLiteral("member"), kUserPassword }).ok());
        QVERIFY(o.custody().reportIncident(f.nuc + QStringLiteral("/2"), IncidentKind::Compromise, kSummary).ok());
        QVERIFY(o.custody()
                    .dispatch(f.nuc + QStringLiteral("/2"), QStringLiteral("MOD"), QStringLiteral("courier"),
                        QDate(2026, 11, 1))
                    .ok());
        auto sato = f.as(QStringLiteral("sato"));
        QCOMPARE(*sato->items().count({}), 1);
        QCOMPARE(sato->items().list({})->first().control, f.plain);
        QVERIFY(sato->custody().incidents()->isEmpty());
        QVERIFY(sato->custody().dispatches()->isEmpty());
        QVERIFY(sato->custody().chargedOut()->isEmpty());
        for (const auto& d : *sato->custody().inventoriesDue())
            QCOMPARE(d.topSecretCopies, 0);
        const auto hidden = sato->custody().history(f.nuc + QStringLiteral("/1"));
        const auto absent = sato->custody().history(QStringLiteral("TS-2026-999999/1"));
        QCOMPARE(hidden.error().code, ErrorCode::NotFound);
        QCOMPARE(absent.error().code, ErrorCode::NotFound);
        QCOMPARE(hidden.error().message,
            QString(absent.error().message).replace(QStringLiteral("TS-2026-999999/1"), f.nuc + QStringLiteral("/1")));
        // Another person's holdings are for those who keep the accounts.
        QCOMPARE(sato->custody().holdings(QStringLiteral("member")).error().code, ErrorCode::Denied);
        // People's records: names only.
        for (const User& u : *sato->people().users()) {
            if (u.login == QLatin1String("sato"))
                continue;
            QVERIFY(u.detailsWithheld);
            QVERIFY(u.groups.isEmpty());
            QVERIFY(u.nationality.isEmpty());
        }
        // No figures of the whole trail for staff.
        QCOMPARE(sato->verify().error().code, ErrorCode::Denied);
    }

    // R-INV-1 with R-ACC-3: a Confidential custodian cannot inventory the Top Secret safe, and a whole-register
    // inventory covers exactly the copies in his view (no loss is reported of copies he may not see).
    void testR_INV_1_inventoryCoversTheActorsViewOnly()
    {
        Fixture f;
        auto low = f.as(QStringLiteral("lowcust"));
        QCOMPARE(low->custody().startInventory(QStringLiteral("SAFE-TS")).error().code, ErrorCode::Denied);
        auto start = low->custody().startInventory();
        QVERIFY2(start, start ? "" : qPrintable(start.error().message));
        QVERIFY(low->custody().sight(f.nuc + QStringLiteral("/1")).ok()); // typed, but not his to see
        auto done = low->custody().finishInventory();
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY(done->present.isEmpty());
        QVERIFY(done->missing.isEmpty());
        QCOMPARE(done->unexpected, QStringList { f.nuc + QStringLiteral("/1") });
        QVERIFY(done->incidents.isEmpty());
        QCOMPARE(f.t.reg().items().loadCopy(f.nuc + QStringLiteral("/1"))->status, CopyStatus::Active);
        // The officer later reading that inventory sees the sighting of a copy in his view.
        QCOMPARE(f.t.reg().custody().inventories()->last().unexpected, QStringList { f.nuc + QStringLiteral("/1") });
        // The Confidential auditor reading it does not.
        f.t.addUser(QStringLiteral("lowaud"), Role::Auditor, Level::Confidential);
        auto lowaud = f.as(QStringLiteral("lowaud"));
        QVERIFY(lowaud->custody().inventories()->last().unexpected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVisibility)
#include "TestVisibility.moc"
