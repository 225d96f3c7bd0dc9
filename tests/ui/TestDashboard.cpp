// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard tab: its numbers match the register (holdings by level, copies charged out, overdue receipts R-CUS-5,
// expiring clearances, Top Secret inventories due R-INV-1, open incidents R-INC-1), it shows no title (R-MRK-3), and
// to a low-cleared user nothing of what they may not see (R-ACC-3).
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "Widgets.h"
#include "i18n/Language.h"

#include <QGroupBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace kanribo;
using namespace kanribo::test;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testNumbersMatchTheRegister();
    void testR_INV_1_overdueInventoryInRed();
    void testRefreshesAfterAWrite();
    void testR_CON_2_containerLeftOpenOverNight();
    void testR_MRK_3_showsNoTitles();
    void testR_ACC_3_lowClearedUserSeesNothingHidden_data();
    void testR_ACC_3_lowClearedUserSeesNothingHidden();

private:
    QString count(const char* name) { return child<QLabel>(*m_window, QString::fromLatin1(name))->text(); }
    void showDashboard();

    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_controls;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDashboard"));
}

void TestDashboard::init()
{
    setLanguage(QStringLiteral("en"));
    m_clock.set(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC));
    m_temp = std::make_unique<TempRegister>(m_clock);
    Register& reg = m_temp->reg();
    m_controls.clear();
    // 2 Top Secret items and 1 Secret item with 2 copies, all charged to the officer.
    for (const auto& [title, level, copies] : { std::tuple { "(U) Air defence plan", Level::TopSecret, 1 },
             std::tuple { "(U) Radar annex", Level::TopSecret, 1 },
             std::tuple { "(U) Radar maintenance manual", Level::Secret, 2 } }) {
        auto r = reg.items().registerItem(testItem(QString::fromLatin1(title), level, copies));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        m_controls << r->control;
    }
    // One dispatch whose receipt is due in 3 days (overdue once the clock moves on, R-CUS-5).
    QVERIFY(reg.custody()
                .dispatch(m_controls.at(2) + QStringLiteral("/2"), QStringLiteral("JGSDF Camp Asaka"),
                    QStringLiteral("courier"), QDate(2026, 11, 24))
                .ok());
    // One clearance expiring within 60 days, one far away.
    m_temp->addUser(QStringLiteral("alice"), Role::Staff, Level::Secret);
    NewUser bob;
    bob.login = QStringLiteral("bob");
    bob.name = QStringLiteral("Bob Sato");
    bob.role = Role::Custodian;
    bob.clearance = Level::Secret;
    bob.nationality = QStringLiteral("JPN");
    bob.briefed = QDate(2026, 1, 10);
    bob.clearanceExpires = QDate(2026, 12, 31);
    QVERIFY(reg.people().addUser(bob, kUserPassword).ok());
    // One open incident (possible compromise: the copy stays in the holdings, R-INC-1).
    QVERIFY(reg.custody()
                .reportIncident(m_controls.at(0) + QStringLiteral("/1"), IncidentKind::PossibleCompromise,
                    QStringLiteral("Cover sheet found detached"))
                .ok());
    m_clock.advance(10 * 24 * 3600);
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestDashboard::showDashboard()
{
    auto* page = child<DashboardPage>(*m_window, QStringLiteral("dashboardPage"));
    m_window->tabs()->setCurrentWidget(page);
    QVERIFY(page->isVisible());
}

void TestDashboard::testNumbersMatchTheRegister()
{
    showDashboard();
    QCOMPARE(m_window->tabs()->indexOf(m_window->dashboardPage()), 1);
    QCOMPARE(count("holdingsCount_top-secret"), QStringLiteral("2"));
    QCOMPARE(count("holdingsCount_secret"), QStringLiteral("1"));
    QCOMPARE(count("holdingsCount_confidential"), QStringLiteral("0"));
    QCOMPARE(count("holdingsCount_unclassified"), QStringLiteral("0"));
    // The chips carry the banner text and colours of the policy pack.
    auto* chip = child<QLabel>(*m_window, QStringLiteral("holdingsChip_secret"));
    QCOMPARE(chip->text(), QStringLiteral("SECRET // 極秘"));
    QCOMPARE(chip->palette().color(QPalette::Window), QColor(0xC8102E));
    // The officer holds TS/1, TS/1 and S/1; S/2 is dispatched.
    QCOMPARE(count("chargedOutCount"), QStringLiteral("3"));
    auto* charged = child<QTreeWidget>(*m_window, QStringLiteral("chargedOutList"));
    QCOMPARE(charged->topLevelItemCount(), 1);
    QCOMPARE(charged->topLevelItem(0)->text(0), QStringLiteral("officer"));
    QCOMPARE(charged->topLevelItem(0)->text(2), QStringLiteral("3"));
    // R-CUS-5: the receipt was due on 2026-11-24; today is 2026-12-01.
    QCOMPARE(count("overdueDispatchCount"), QStringLiteral("1"));
    auto* dispatches = child<QTreeWidget>(*m_window, QStringLiteral("overdueDispatchList"));
    QCOMPARE(dispatches->topLevelItem(0)->text(0), m_controls.at(2) + QStringLiteral("/2"));
    QCOMPARE(dispatches->topLevelItem(0)->text(2), QStringLiteral("2026-11-24"));
    // Bob's clearance expires on 2026-12-31, within 60 days; alice's in 2030.
    QCOMPARE(count("expiringClearanceCount"), QStringLiteral("1"));
    QCOMPARE(child<QTreeWidget>(*m_window, QStringLiteral("expiringClearanceList"))->topLevelItem(0)->text(0),
        QStringLiteral("bob"));
    // R-INV-1: Top Secret copies are held, the yearly inventory is due but not overdue.
    QCOMPARE(child<QTreeWidget>(*m_window, QStringLiteral("inventoryDueList"))->topLevelItemCount(), 1);
    QCOMPARE(count("inventoryDueCount"), QStringLiteral("1"));
    QVERIFY(child<QLabel>(*m_window, QStringLiteral("inventoryDueCount"))->palette().color(QPalette::WindowText)
        != QColor(0xB0, 0x00, 0x20));
    // R-INC-1: one open incident.
    QCOMPARE(count("openIncidentCount"), QStringLiteral("1"));
    auto* incidents = child<QTreeWidget>(*m_window, QStringLiteral("openIncidentList"));
    QCOMPARE(incidents->topLevelItem(0)->text(2), m_controls.at(0) + QStringLiteral("/1"));
    QVERIFY(m_window->dashboardPage()->data().errors.isEmpty());
}

void TestDashboard::testR_INV_1_overdueInventoryInRed()
{
    m_clock.advance(qint64(400) * 24 * 3600);
    showDashboard();
    m_window->refresh();
    QCOMPARE(count("inventoryDueCount"), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(*m_window, QStringLiteral("inventoryDueCount"))->palette().color(QPalette::WindowText),
        QColor(0xB0, 0x00, 0x20));
    auto* list = child<QTreeWidget>(*m_window, QStringLiteral("inventoryDueList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("never"));
    QCOMPARE(list->topLevelItem(0)->foreground(3).color(), QColor(0xB0, 0x00, 0x20));
    // Bob's clearance has expired: still listed.
    QCOMPARE(count("expiringClearanceCount"), QStringLiteral("1"));
}

// R-CON-2: a container opened and not closed by the end of the day is on the dashboard in red the next day; one
// closed today waits for its check.
void TestDashboard::testR_CON_2_containerLeftOpenOverNight()
{
    Register& reg = m_window->reg();
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-A"), Level::TopSecret, QStringLiteral("R1") }).ok());
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-B"), Level::Secret, QStringLiteral("R2") }).ok());
    for (const QString& id : { QStringLiteral("SAFE-A"), QStringLiteral("SAFE-B") }) // R-CON-1: no change due
        QVERIFY(reg.people().recordCombinationChange(id).ok());
    QVERIFY(reg.people().recordContainerStep(QStringLiteral("SAFE-A"), ContainerStep::Open).ok());
    showDashboard();
    m_window->refresh();
    QCOMPARE(count("containerToSecureCount"), QStringLiteral("0"));
    m_clock.advance(24 * 3600);
    QVERIFY(reg.people().recordContainerStep(QStringLiteral("SAFE-B"), ContainerStep::Open).ok());
    QVERIFY(reg.people().recordContainerStep(QStringLiteral("SAFE-B"), ContainerStep::Close).ok());
    m_window->refresh();
    QCOMPARE(count("containerToSecureCount"), QStringLiteral("2"));
    auto* list = child<QTreeWidget>(*m_window, QStringLiteral("containerToSecureList"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("SAFE-A"));
    QVERIFY(list->topLevelItem(0)->text(1).startsWith(QStringLiteral("left open since")));
    QCOMPARE(list->topLevelItem(0)->foreground(1).color(), QColor(0xB0, 0x00, 0x20));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("check due"));
    QVERIFY(reg.people().recordContainerStep(QStringLiteral("SAFE-B"), ContainerStep::Check).ok());
    m_window->refresh();
    QCOMPARE(count("containerToSecureCount"), QStringLiteral("1"));
    // R-CON-1: a container put in use without a recorded change of combination is listed too.
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-C"), Level::Secret, QStringLiteral("R3") }).ok());
    m_window->refresh();
    QCOMPARE(count("containerToSecureCount"), QStringLiteral("2"));
    QVERIFY(list->topLevelItem(1)->text(1).startsWith(QStringLiteral("combination change due")));
}

void TestDashboard::testRefreshesAfterAWrite()
{
    showDashboard();
    QCOMPARE(count("openIncidentCount"), QStringLiteral("1"));
    // A change made while the dashboard is hidden shows when it is shown again.
    m_window->tabs()->setCurrentIndex(0);
    QVERIFY(m_window->reg()
                .custody()
                .reportIncident(m_controls.at(1), IncidentKind::Loss, QStringLiteral("Not in the safe"))
                .ok());
    m_window->refresh();
    showDashboard();
    QCOMPARE(count("openIncidentCount"), QStringLiteral("2"));
    // The lost copy left the holdings (R-INC-1).
    QCOMPARE(count("chargedOutCount"), QStringLiteral("2"));
    // Locking wipes the numbers.
    m_window->lockRegister();
    QCOMPARE(count("openIncidentCount"), QStringLiteral("0"));
}

void TestDashboard::testR_MRK_3_showsNoTitles()
{
    showDashboard();
    auto* page = m_window->dashboardPage();
    for (const QLabel* l : page->findChildren<QLabel*>())
        QVERIFY2(!l->text().contains(QStringLiteral("Radar")) && !l->text().contains(QStringLiteral("Air defence")),
            qPrintable(l->text()));
    for (const QTreeWidget* t : page->findChildren<QTreeWidget*>())
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            for (int c = 0; c < t->columnCount(); ++c)
                QVERIFY(!t->topLevelItem(i)->text(c).contains(QStringLiteral("Radar")));
    // Its group boxes speak Japanese after a language switch.
    auto* box = child<QGroupBox>(*page, QStringLiteral("openIncidentBox"));
    QVERIFY(Widgets::switchLanguage(QStringLiteral("ja")));
    QTRY_COMPARE(box->title(), QStringLiteral("対応中の事故(紛失・漏えい)")); // fails if kanribo_ja.qm did not load
    Widgets::switchLanguage(QStringLiteral("en"));
    QTRY_COMPARE(box->title(), QStringLiteral("Open incidents (loss or compromise)"));
}

void TestDashboard::testR_ACC_3_lowClearedUserSeesNothingHidden_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("clearance");
    QTest::newRow("custodian, confidential")
        << QStringLiteral("lowcust") << int(Role::Custodian) << int(Level::Confidential);
    QTest::newRow("staff, secret") << QStringLiteral("sato") << int(Role::Staff) << int(Level::Secret);
}

void TestDashboard::testR_ACC_3_lowClearedUserSeesNothingHidden()
{
    QFETCH(QString, login);
    QFETCH(int, role);
    QFETCH(int, clearance);
    Register& reg = m_window->reg();
    // Besides init()'s two Top Secret items and one Secret one: a Secret item of the need-to-know group NUC with an
    // overdue dispatch and an open incident, and a Confidential item the user sees, with the same.
    QVERIFY(reg.people().addGroup(QStringLiteral("NUC"), QStringLiteral("Planning")).ok());
    QVERIFY(reg.people().grantGroup(QStringLiteral("officer"), QStringLiteral("NUC")).ok());
    NewItem nuc = testItem(QStringLiteral("(U) CODENAME-ORCHID plan"), Level::Secret, 2);
    nuc.groups = { QStringLiteral("NUC") };
    nuc.receipt.receivedFrom = QStringLiteral("SENDER-HIDDEN");
    auto hidden = reg.items().registerItem(nuc);
    QVERIFY(hidden.ok());
    auto seen = reg.items().registerItem(testItem(QStringLiteral("(U) Visitor log"), Level::Confidential, 2));
    QVERIFY(seen.ok());
    for (const QString& control : { hidden->control, seen->control }) {
        QVERIFY(reg.custody()
                    .dispatch(control + QStringLiteral("/2"), QStringLiteral("ORG-KESTREL ") + control,
                        QStringLiteral("courier"), QDate(2026, 11, 1))
                    .ok());
        QVERIFY(reg.custody()
                    .reportIncident(control + QStringLiteral("/1"), IncidentKind::PossibleCompromise,
                        control == hidden->control ? QStringLiteral("INCIDENT-ORCHID") : QStringLiteral("Door open"))
                    .ok());
    }
    NewUser u;
    u.login = login;
    u.name = QStringLiteral("Low Cleared");
    u.role = Role(role);
    u.clearance = Level(clearance);
    u.nationality = QStringLiteral("JPN");
    u.briefed = QDate(2026, 1, 10);
    QVERIFY(reg.people().addUser(u, kUserPassword).ok());

    // What the user may not see: the Top Secret items, the NUC item and, below Secret, the Secret item; its titles,
    // its sender, the free text of its incidents, where its copies went, and the others' clearances (bob's expires).
    QStringList controls { m_controls.at(0), m_controls.at(1), hidden->control };
    if (Level(clearance) < Level::Secret)
        controls << m_controls.at(2);
    const QStringList markers { QStringLiteral("ORCHID"), QStringLiteral("SENDER-HIDDEN"), QStringLiteral("Radar"),
        QStringLiteral("Air defence"), QStringLiteral("Cover sheet"), QStringLiteral("bob") };
    const auto leak = [&](const QString& text) -> QString {
        for (const auto& m : markers)
            if (text.contains(m, Qt::CaseInsensitive))
                return m;
        for (const auto& c : controls)
            if (text.contains(c))
                return c;
        return {};
    };

    auto low = m_temp->login(login);
    QVERIFY(low.ok());
    m_window.reset();
    m_window = std::make_unique<MainWindow>(std::move(low).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    showDashboard();
    m_window->refresh();
    auto* page = m_window->dashboardPage();
    QVERIFY(page->data().errors.isEmpty());

    QStringList texts;
    for (const QLabel* l : page->findChildren<QLabel*>())
        texts << l->text() << l->toolTip();
    for (const QGroupBox* b : page->findChildren<QGroupBox*>())
        texts << b->title();
    for (const QTreeWidget* t : page->findChildren<QTreeWidget*>()) {
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            for (int c = 0; c < t->columnCount(); ++c)
                texts << t->topLevelItem(i)->text(c) << t->topLevelItem(i)->toolTip(c);
    }
    for (const QString& text : std::as_const(texts))
        QVERIFY2(leak(text).isEmpty(), qPrintable(leak(text) + QStringLiteral(" in: ") + text));

    // The counts move only with what the user sees.
    QCOMPARE(count("holdingsCount_top-secret"), QStringLiteral("0"));
    QCOMPARE(
        count("holdingsCount_secret"), Level(clearance) < Level::Secret ? QStringLiteral("0") : QStringLiteral("1"));
    QCOMPARE(count("holdingsCount_confidential"), QStringLiteral("1"));
    QCOMPARE(count("inventoryDueCount"), QStringLiteral("0"));
    QCOMPARE(count("expiringClearanceCount"), QStringLiteral("0"));
    // The visible item's overdue dispatch and incident are there (so the walk above was not of an empty page);
    // the init() dispatch of the Secret item is overdue too and is seen only when the user is cleared for it.
    auto* dispatches = child<QTreeWidget>(*m_window, QStringLiteral("overdueDispatchList"));
    QCOMPARE(dispatches->topLevelItemCount(), Level(clearance) < Level::Secret ? 1 : 2);
    QCOMPARE(count("overdueDispatchCount"), QString::number(dispatches->topLevelItemCount()));
    QCOMPARE(count("openIncidentCount"), QStringLiteral("1"));
    QCOMPARE(child<QTreeWidget>(*m_window, QStringLiteral("openIncidentList"))->topLevelItem(0)->text(2),
        seen->control + QStringLiteral("/1"));
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
