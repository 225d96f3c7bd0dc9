// SPDX-License-Identifier: GPL-3.0-or-later
// The Incidents tab (R-INC-1, R-INC-2): the model under QAbstractItemModelTester, and the update dialog where the
// core refuses to close an incident before the originator's notification, the findings and the measures are recorded.
#include "IncidentUpdateDialog.h"
#include "IncidentsModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestIncidentsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testModelUnderTester();
    void testR_INC_2_closeRefusedThenRecorded();

private:
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QString m_control;
};

void TestIncidentsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestIncidentsTab"));
}

void TestIncidentsTab::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    const NewItem ni = testItem(QStringLiteral("(U) Radar maintenance manual"), Level::Secret, 2);
    auto r = reg.items().registerItem(ni);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    m_control = r->control;
    QVERIFY(reg.custody()
                .reportIncident(m_control + QStringLiteral("/2"), IncidentKind::Loss, QStringLiteral("Not in the safe"))
                .ok());
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIncidentsTab::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestIncidentsTab::testModelUnderTester()
{
    IncidentsModel* model = m_window->incidentsModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->columnCount(), int(IncidentsModel::ColumnCount));
    QCOMPARE(model->index(0, IncidentsModel::Kind).data().toString(), QStringLiteral("Loss"));
    QCOMPARE(model->index(0, IncidentsModel::Copies).data().toString(), m_control + QStringLiteral("/2"));
    QCOMPARE(model->index(0, IncidentsModel::Status).data().toString(), QStringLiteral("Open"));
    QCOMPARE(model->index(0, IncidentsModel::ReportedBy).data().toString(), QStringLiteral("officer"));
    QCOMPARE(model->index(0, IncidentsModel::OriginatorNotified).data().toString(), QStringLiteral("not yet"));
    QCOMPARE(
        model->headerData(IncidentsModel::Measures, Qt::Horizontal).toString(), QStringLiteral("Corrective measures"));
    // A second incident, reloads, the open-only switch and clearing all run under the tester.
    QVERIFY(m_window->reg()
                .custody()
                .reportIncident(m_control, IncidentKind::PossibleCompromise, QStringLiteral("Seal broken"))
                .ok());
    m_window->refresh();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, IncidentsModel::Kind).data().toString(), QStringLiteral("Possible compromise"));
    model->retranslate();
    child<QCheckBox>(*m_window, "openIncidentsOnly")->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    model->clear();
    QCOMPARE(model->rowCount(), 0);
    m_window->refresh();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(m_window->tabs()->indexOf(m_window->incidentsPage()), 5);
}

void TestIncidentsTab::testR_INC_2_closeRefusedThenRecorded()
{
    m_window->tabs()->setCurrentWidget(m_window->incidentsPage());
    QTableView* view = m_window->incidentsPage()->view();
    auto* update = child<QPushButton>(*m_window, "updateIncidentButton");
    QVERIFY(!update->isEnabled()); // nothing selected
    view->selectRow(0);
    QVERIFY(update->isEnabled());
    QTest::mouseClick(update, Qt::LeftButton);
    QPointer<IncidentUpdateDialog> d = m_window->findChild<IncidentUpdateDialog*>();
    QVERIFY(d);
    QCOMPARE(d->objectName(), QStringLiteral("incidentUpdateDialog"));

    // Closing at once: the core refuses and the dialog shows why (R-INC-2).
    child<QCheckBox>(*d, "closeBox")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY2(d->errorText().contains(QStringLiteral("the corrective measures")), qPrintable(d->errorText()));
    QVERIFY(d->isVisible());
    QCOMPARE(m_window->reg().custody().incidents(true)->size(), 1);

    // Notification date, findings and measures recorded: the incident closes.
    child<QCheckBox>(*d, "originatorNotifiedBox")->setChecked(true);
    child<QDateEdit>(*d, "originatorNotifiedEdit")->setDate(QDate(2026, 11, 21));
    child<QPlainTextEdit>(*d, "findingsEdit")->setPlainText(QStringLiteral("Misfiled in cabinet B."));
    child<QPlainTextEdit>(*d, "measuresEdit")->setPlainText(QStringLiteral("Two-person check at close of day."));
    QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton);
    QTRY_VERIFY2(!d || !d->isVisible(), qPrintable(d ? d->errorText() : QString()));
    auto all = m_window->reg().custody().incidents(false);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().status, QStringLiteral("closed"));
    QCOMPARE(all->first().originatorNotified, QDate(2026, 11, 21));
    QCOMPARE(all->first().findings, QStringLiteral("Misfiled in cabinet B."));
    // The tab reloaded.
    IncidentsModel* model = m_window->incidentsModel();
    QTRY_COMPARE(model->index(0, IncidentsModel::Status).data().toString(), QStringLiteral("Closed"));
    QCOMPARE(model->index(0, IncidentsModel::OriginatorNotified).data().toString(), QStringLiteral("2026-11-21"));
    child<QCheckBox>(*m_window, "openIncidentsOnly")->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
}

QTEST_MAIN(TestIncidentsTab)
#include "TestIncidentsTab.moc"
