// SPDX-License-Identifier: GPL-3.0-or-later
// The register model (ItemsModel) under QAbstractItemModelTester: lazy paging, sorting by re-query, search,
// visibility (R-ACC-3).
#include "ItemsModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestRegisterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testFetchesInPagesOf200();
    void testSortByHeaderRequeries();
    void testSearchFilterMatchesJapaneseSubstrings();
    void testFilterByLevelAndContainer();
    void testR_ACC_3_staffDoesNotSeeItemsTheyMayNotAccess();
    void testColumnsShowPolicyMarkings();

private:
    static NewItem item(const QString& title, Level level, const QStringList& groups = {});
    static ItemsModel::Fetcher fetcher(Register& reg)
    {
        return [&reg](const ItemFilter& f) { return reg.items().list(f); };
    }
    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_temp;
};

NewItem TestRegisterModel::item(const QString& title, Level level, const QStringList& groups)
{
    NewItem ni;
    ni.title = title;
    ni.level = level;
    ni.origin = QStringLiteral("USA");
    ni.regime = level == Level::Unclassified ? QString() : QStringLiteral("gsomia");
    ni.groups = groups;
    ni.authority
        = { QStringLiteral("USN PACFLT N2"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
    ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-1"), QStringLiteral("courier"),
        QDate(2026, 11, 20), true };
    return ni;
}

void TestRegisterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_temp = std::make_unique<TempRegister>(m_clock);
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("sakura"), QStringLiteral("Project Sakura")).ok());
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::TopSecret, QStringLiteral("Room 1") }).ok());
    QVERIFY(reg.people().grantGroup(QStringLiteral("officer"), QStringLiteral("sakura")).ok());
    m_temp->addUser(QStringLiteral("alice"), Role::Staff, Level::Confidential);
    // 450 items: 440 Confidential, 5 Secret in the need-to-know group "sakura", 4 Top Secret, one Japanese title.
    for (int i = 0; i < 440; ++i) {
        auto r = reg.items().registerItem(
            item(QStringLiteral("(U) Routine report %1").arg(i, 3, 10, QLatin1Char('0')), Level::Confidential));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    }
    for (int i = 0; i < 5; ++i)
        QVERIFY(reg.items()
                    .registerItem(
                        item(QStringLiteral("(U) Sakura study %1").arg(i), Level::Secret, { QStringLiteral("sakura") }))
                    .ok());
    for (int i = 0; i < 4; ++i) {
        NewItem ni = item(QStringLiteral("(U) Air defence plan %1").arg(i), Level::TopSecret);
        ni.container = QStringLiteral("SAFE-01");
        QVERIFY(reg.items().registerItem(ni).ok());
    }
    QVERIFY(reg.items().registerItem(item(QStringLiteral("(U) 防空レーダー整備要領"), Level::Confidential)).ok());
}

void TestRegisterModel::testFetchesInPagesOf200()
{
    Register& reg = m_temp->reg();
    ItemsModel model;
    model.setPolicy(&reg.policy());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pageSize(), 200);
    model.setFetcher(fetcher(reg));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // Sorted by control number, no duplicates across pages.
    QSet<QString> seen;
    for (int r = 0; r < model.rowCount(); ++r)
        seen.insert(model.item(r).control);
    QCOMPARE(seen.size(), 450);
    QCOMPARE(model.highestLevel(), Level::TopSecret);

    // Not ready (the register busy on the worker thread): nothing is fetched.
    bool ready = false;
    model.setFetcher(fetcher(reg), [&ready]() { return ready; });
    QVERIFY(!model.canFetchMore({}));
    ready = true;
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.highestLevel(), Level::Unclassified);
}

void TestRegisterModel::testSortByHeaderRequeries()
{
    Register& reg = m_temp->reg();
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(fetcher(reg));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ItemsModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.filter().sort, ItemFilter::Sort::Level);
    QVERIFY(model.filter().descending);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    // The first page of a descending level sort holds the Top Secret items first: the register sorted, not a proxy.
    QCOMPARE(model.item(0).level, Level::TopSecret);
    QCOMPARE(model.item(4).level, Level::Secret);
    model.sort(ItemsModel::Title, Qt::AscendingOrder);
    model.fetchMore({});
    QVERIFY(model.item(0).title <= model.item(1).title);
    // Columns the register cannot sort by leave the order alone.
    model.sort(ItemsModel::Copies, Qt::AscendingOrder);
    QCOMPARE(model.filter().sort, ItemFilter::Sort::Title);
}

void TestRegisterModel::testSearchFilterMatchesJapaneseSubstrings()
{
    Register& reg = m_temp->reg();
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(fetcher(reg));
    ItemFilter f;
    f.text = QStringLiteral("レーダー");
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.item(0).title, QStringLiteral("(U) 防空レーダー整備要領"));
    f.text = QStringLiteral("Sakura");
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    f.text = QStringLiteral("nothing-like-this");
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRegisterModel::testFilterByLevelAndContainer()
{
    Register& reg = m_temp->reg();
    ItemsModel model;
    model.setFetcher(fetcher(reg));
    ItemFilter f;
    f.level = Level::TopSecret;
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    f = {};
    f.container = QStringLiteral("SAFE-01");
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 4);
    f = {};
    f.holder = QStringLiteral("officer");
    f.status = QStringLiteral("active");
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 446);
}

void TestRegisterModel::testR_ACC_3_staffDoesNotSeeItemsTheyMayNotAccess()
{
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY2(alice.ok(), qPrintable(alice ? QString() : alice.error().message));
    Register& reg = *alice.value();
    ItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher(fetcher(reg));
    while (model.canFetchMore({}))
        model.fetchMore({});
    // Confidential clearance, no need-to-know group: the 441 Confidential items, none of the others.
    QCOMPARE(model.rowCount(), 441);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.item(r).level, Level::Confidential);
    QCOMPARE(model.highestLevel(), Level::Confidential);
    ItemFilter f;
    f.text = QStringLiteral("Sakura");
    model.setFilter(f);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRegisterModel::testColumnsShowPolicyMarkings()
{
    Register& reg = m_temp->reg();
    ItemsModel model;
    model.setPolicy(&reg.policy());
    model.setFetcher(fetcher(reg));
    ItemFilter f;
    f.level = Level::Secret;
    model.setFilter(f);
    model.fetchMore({});
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, ItemsModel::LevelColumn).data().toString(), QStringLiteral("SECRET // 極秘"));
    QCOMPARE(model.index(0, ItemsModel::LevelColumn).data(Qt::DecorationRole).value<QColor>(), QColor(0xC8102E));
    QVERIFY(model.index(0, ItemsModel::Title).data().toString().startsWith(QStringLiteral("(U) Sakura study")));
    QCOMPARE(model.index(0, ItemsModel::Copies).data().toString(), QStringLiteral("1 of 1"));
    QCOMPARE(model.index(0, ItemsModel::Status).data().toString(), QStringLiteral("Active"));
    QVERIFY(!model.index(0, ItemsModel::Regime).data().toString().isEmpty());
    QVERIFY(model.headerData(ItemsModel::Control, Qt::Horizontal).toString().contains(QStringLiteral("Control")));
}

QTEST_MAIN(TestRegisterModel)
#include "TestRegisterModel.moc"
