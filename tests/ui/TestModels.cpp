// SPDX-License-Identifier: GPL-3.0-or-later
// Every table model under QAbstractItemModelTester, fed from a real (temporary) register.
#include "AuditModel.h"
#include "ContainersModel.h"
#include "GroupsModel.h"
#include "Labels.h"
#include "TestSupport.h"
#include "UsersModel.h"
#include "i18n/Language.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testUsersModel();
    void testR_ACC_6_clearanceExpiryWarning();
    void testGroupsModel();
    void testContainersModel();
    void testAuditModelFetchesLazily();
    void testAuditModelShowsDenial();
    void testAuditModelDetailsInTheLanguageOfTheMoment();

private:
    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_temp;
};

void TestModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_temp = std::make_unique<TempRegister>(m_clock);
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("sakura"), QStringLiteral("Project Sakura")).ok());
    QVERIFY(reg.people().addGroup(QStringLiteral("usfj"), QStringLiteral("Liaison")).ok());
    m_temp->addUser(
        QStringLiteral("alice"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("sakura") });
    m_temp->addUser(QStringLiteral("bob"), Role::Custodian, Level::Confidential, QStringLiteral("USA"),
        { QStringLiteral("sakura"), QStringLiteral("usfj") });
    NewUser soon { QStringLiteral("carol"), QStringLiteral("Carol"), Role::Staff, Level::Secret, QDate(2026, 12, 20),
        QStringLiteral("JPN"), QDate(2026, 1, 1), {} };
    NewUser expired { QStringLiteral("dave"), QStringLiteral("Dave"), Role::Staff, Level::Secret, QDate(2026, 11, 1),
        QStringLiteral("JPN"), QDate(2026, 1, 1), {} };
    QVERIFY(reg.people().addUser(soon, kUserPassword).ok());
    QVERIFY(reg.people().addUser(expired, kUserPassword).ok());
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::Secret, QStringLiteral("Room 1") }).ok());
    QVERIFY(
        reg.people().addContainer({ QStringLiteral("CAB-02"), Level::Confidential, QStringLiteral("Room 2") }).ok());
}

void TestModels::testUsersModel()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(UsersModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto users = m_temp->reg().people().users();
    QVERIFY(users.ok());
    model.setUsers(users.value(), m_clock.nowUtc().date());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(UsersModel::ColumnCount));
    QCOMPARE(model.headerData(UsersModel::Login, Qt::Horizontal).toString(), QStringLiteral("Login"));
    const QModelIndex bob = model.index(1, UsersModel::Login);
    QCOMPARE(bob.data().toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(1, UsersModel::Groups).data().toString(), QStringLiteral("sakura, usfj"));
    QCOMPARE(model.index(1, UsersModel::Clearance).data().toString(), Labels::level(Level::Confidential));
    QCOMPARE(model.index(1, UsersModel::Nationality).data().toString(), QStringLiteral("USA"));
    QCOMPARE(model.index(1, UsersModel::ClearanceExpires).data().toString(), QStringLiteral("2030-01-01"));
    proxy.sort(UsersModel::Clearance, Qt::DescendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, UsersModel::Login).data().toString(), QStringLiteral("bob"));
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::testR_ACC_6_clearanceExpiryWarning()
{
    UsersModel model;
    auto users = m_temp->reg().people().users();
    QVERIFY(users.ok());
    model.setUsers(users.value(), m_clock.nowUtc().date());
    auto rowOf = [&](const QString& login) {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, UsersModel::Login).data().toString() == login)
                return r;
        return -1;
    };
    const QModelIndex fine = model.index(rowOf(QStringLiteral("alice")), UsersModel::ClearanceExpires);
    const QModelIndex soon = model.index(rowOf(QStringLiteral("carol")), UsersModel::ClearanceExpires);
    const QModelIndex expired = model.index(rowOf(QStringLiteral("dave")), UsersModel::ClearanceExpires);
    QVERIFY(!fine.data(Qt::BackgroundRole).isValid());
    QVERIFY(soon.data(Qt::BackgroundRole).isValid());
    QVERIFY(expired.data(Qt::BackgroundRole).isValid());
    QVERIFY(soon.data(Qt::BackgroundRole).value<QBrush>().color()
        != expired.data(Qt::BackgroundRole).value<QBrush>().color());
    QVERIFY(!expired.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestModels::testGroupsModel()
{
    GroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto groups = m_temp->reg().people().groups();
    QVERIFY(groups.ok());
    model.setGroups(groups.value(), { { QStringLiteral("sakura"), 2 }, { QStringLiteral("usfj"), 1 } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, GroupsModel::Name).data().toString(), QStringLiteral("sakura"));
    QCOMPARE(model.index(0, GroupsModel::Members).data().toInt(), 2);
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::testContainersModel()
{
    ContainersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.highestLevel(), Level::Unclassified);
    auto containers = m_temp->reg().people().containers();
    QVERIFY(containers.ok());
    model.setContainers(containers.value());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.highestLevel(), Level::Secret);
    int safe = model.index(0, ContainersModel::Id).data().toString() == QLatin1String("SAFE-01") ? 0 : 1;
    const QModelIndex level = model.index(safe, ContainersModel::ApprovedLevel);
    QCOMPARE(level.data(Qt::DecorationRole).value<QColor>(), QColor(0xC8102E)); // colour chip
    QCOMPARE(level.data(ContainersModel::SortRole).toInt(), rank(Level::Secret));
    QCOMPARE(model.index(safe, ContainersModel::Location).data().toString(), QStringLiteral("Room 1"));
    model.retranslate();
    model.clear();
    QCOMPARE(model.highestLevel(), Level::Unclassified);
}

void TestModels::testAuditModelFetchesLazily()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Register& reg = m_temp->reg();
    auto head = reg.ledger().headSeq();
    QVERIFY(head.ok());
    QVERIFY(head.value() > 4);
    model.setFetcher(
        [&reg](qint64 from, qint64 limit) {
            Ledger::Filter f;
            f.fromSeq = from;
            f.limit = limit;
            return reg.auditLog(f);
        },
        {}, 3);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 3);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), int(head.value()));
    QCOMPARE(model.index(0, AuditModel::Seq).data().toLongLong(), 1);
    QCOMPARE(model.index(0, AuditModel::Kind).data().toString(), QStringLiteral("register.created"));
    QCOMPARE(model.index(0, AuditModel::Actor).data().toString(), QStringLiteral("officer"));
    QVERIFY(!model.index(0, AuditModel::Time).data().toString().isEmpty());
    model.retranslate();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestModels::testAuditModelShowsDenial()
{
    // R-ACC-4: a staff user may not read the audit trail; the model reports the core's reason.
    auto staff = m_temp->login(QStringLiteral("alice"));
    QVERIFY(staff.ok());
    Register& reg = *staff.value();
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &AuditModel::fetchFailed);
    model.setFetcher([&reg](qint64 from, qint64 limit) {
        Ledger::Filter f;
        f.fromSeq = from;
        f.limit = limit;
        return reg.auditLog(f);
    });
    model.fetchMore({});
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.lastError().contains(QStringLiteral("officer")));
    QVERIFY(!model.canFetchMore({}));
}

// Issue 15: the denial recorded above (a code) reads in the language of the moment in the Details column, and again
// in the other language after a switch (retranslate), from the same event.
void TestModels::testAuditModelDetailsInTheLanguageOfTheMoment()
{
    Register& reg = m_temp->reg();
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFetcher([&reg](qint64 from, qint64 limit) {
        Ledger::Filter f;
        f.fromSeq = from;
        f.limit = limit;
        return reg.auditLog(f);
    });
    while (model.canFetchMore({}))
        model.fetchMore({});
    int denied = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, AuditModel::Kind).data().toString() == QLatin1String("access.denied"))
            denied = r;
    QVERIFY(denied >= 0);
    const QModelIndex details = model.index(denied, AuditModel::Details);
    QVERIFY2(details.data().toString().contains(QStringLiteral("this needs the role officer / auditor")),
        qPrintable(details.data().toString()));
    QVERIFY(setLanguage(QStringLiteral("ja")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QVERIFY(changed.count() >= 1);
    QVERIFY2(details.data().toString().contains(QStringLiteral("この操作には officer / auditor の役割が必要です")),
        qPrintable(details.data().toString()));
    QCOMPARE(model.headerData(AuditModel::Details, Qt::Horizontal).toString(), QStringLiteral("詳細"));
    QVERIFY(setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestModels)
#include "TestModels.moc"
