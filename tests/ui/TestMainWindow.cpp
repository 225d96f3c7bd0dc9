// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddGroupDialog.h"
#include "AuditModel.h"
#include "BannerWidget.h"
#include "CombinationDialog.h"
#include "ContainersModel.h"
#include "GroupsModel.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "UsersModel.h"
#include "i18n/Language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testShowsRegisterAndStatus();
    void testR_MRK_3_bannersShowHighestLevelOnScreen();
    void testLanguageSwitchRetranslates();
    void testLockHidesDataAndUnlockRestores();
    void testIdleAutoLock();
    void testOfficerAddsGroup();
    void testR_ACC_4_staffAddGroupShowsDenialReason();
    void testAuditTabAndVerify();
    void testBackUpFromTheFileMenu();
    void testR_CON_2_openCloseCheckFromTheContainersTab();
    void testR_CON_1_combinationFromTheContainersTab();

private:
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
}

void TestMainWindow::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("sakura"), QStringLiteral("Project Sakura")).ok());
    QVERIFY(
        reg.people().addContainer({ QStringLiteral("CAB-01"), Level::Confidential, QStringLiteral("Room 1") }).ok());
    m_temp->addUser(
        QStringLiteral("alice"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("sakura") });
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    setLanguage(QStringLiteral("en"));
}

void TestMainWindow::testShowsRegisterAndStatus()
{
    MainWindow& w = *m_window;
    QCOMPARE(w.usersModel()->rowCount(), 2);
    QCOMPARE(w.groupsModel()->rowCount(), 1);
    QCOMPARE(w.containersModel()->rowCount(), 1);
    QVERIFY(child<QLabel>(w, "statusUser")->text().contains(QStringLiteral("officer")));
    QVERIFY(child<QLabel>(w, "statusRole")->text().contains(QStringLiteral("Security officer")));
    QVERIFY(child<QLabel>(w, "statusClearance")->text().contains(QStringLiteral("Top Secret")));
    QVERIFY(child<QLabel>(w, "statusFacility")->text().contains(QStringLiteral("Test Facility")));
    QCOMPARE(w.tabs()->count(), 7); // register, dashboard, people, groups, containers, incidents, audit
}

void TestMainWindow::testR_MRK_3_bannersShowHighestLevelOnScreen()
{
    MainWindow& w = *m_window;
    // Nothing classified on the register tab; the containers' approved levels count while their tab is shown.
    QCOMPARE(w.topBanner()->text(), QStringLiteral("UNCLASSIFIED"));
    w.tabs()->setCurrentWidget(w.findChild<QWidget*>(QStringLiteral("containers")));
    QCOMPARE(w.topBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    QCOMPARE(w.bottomBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    QVERIFY(w.reg().people().addContainer({ QStringLiteral("SAFE-09"), Level::Secret, QStringLiteral("Vault") }).ok());
    w.refresh();
    QCOMPARE(w.topBanner()->text(), QStringLiteral("SECRET // 極秘"));
    QCOMPARE(w.bottomBanner()->background(), QColor(0xC8102E));
    QVERIFY(w.topBanner()->isVisible());
    QVERIFY(w.bottomBanner()->isVisible());
    QVERIFY(w.topBanner()->y() < w.bottomBanner()->y());
}

void TestMainWindow::testLanguageSwitchRetranslates()
{
    MainWindow& w = *m_window;
    auto* fileMenu = child<QMenu>(w, "fileMenu");
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(w.tabs()->tabText(2), QStringLiteral("&People"));

    child<QAction>(w, "japaneseAction")->trigger();
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    // The Japanese of kanribo_ja.ts: these fail if kanribo_ja.qm did not load.
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("ファイル(&F)"));
    QTRY_COMPARE(w.tabs()->tabText(2), QStringLiteral("人員(&P)"));
    QCOMPARE(child<QMenu>(w, "adminMenu")->title(), QStringLiteral("管理(&A)"));
    QTRY_COMPARE(
        w.usersModel()->headerData(UsersModel::Login, Qt::Horizontal).toString(), QStringLiteral("ログイン名"));
    QVERIFY(child<QAction>(w, "japaneseAction")->isChecked());

    child<QAction>(w, "englishAction")->trigger();
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(w.tabs()->tabText(2), QStringLiteral("&People"));
    QCOMPARE(child<QMenu>(w, "adminMenu")->title(), QStringLiteral("&Administration"));
    QCOMPARE(w.usersModel()->headerData(UsersModel::Login, Qt::Horizontal).toString(), QStringLiteral("Login"));
    QVERIFY(child<QAction>(w, "englishAction")->isChecked());
}

void TestMainWindow::testLockHidesDataAndUnlockRestores()
{
    MainWindow& w = *m_window;
    auto* lockAction = child<QAction>(w, "lockAction");
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    QVERIFY(w.isLocked());
    QVERIFY(w.reg().isLocked());
    QCOMPARE(w.usersModel()->rowCount(), 0);
    QCOMPARE(w.groupsModel()->rowCount(), 0);
    QCOMPARE(w.containersModel()->rowCount(), 0);
    QCOMPARE(w.auditModel()->rowCount(), 0);
    QVERIFY(w.lockScreen()->isVisible());
    QVERIFY(!w.tabs()->isVisible());
    QCOMPARE(w.topBanner()->text(), QStringLiteral("UNCLASSIFIED"));
    QVERIFY(!child<QAction>(w, "addUserAction")->isEnabled());

    auto* password = child<QLineEdit>(w, "unlockPasswordEdit");
    auto* unlock = child<QPushButton>(w, "unlockButton");
    password->setText(QStringLiteral("wrong-password"));
    unlock->click();
    QTRY_VERIFY(!w.isBusy());
    QVERIFY(w.isLocked());
    QVERIFY(!child<QLabel>(w, "unlockError")->text().isEmpty());

    password->setText(QString::fromUtf8(kOfficerPassword));
    unlock->click();
    QTRY_VERIFY(!w.isLocked());
    QTRY_VERIFY(!w.isBusy());
    QVERIFY(w.tabs()->isVisible());
    QVERIFY(!w.lockScreen()->isVisible());
    QCOMPARE(w.usersModel()->rowCount(), 2);
    w.tabs()->setCurrentWidget(w.findChild<QWidget*>(QStringLiteral("containers")));
    QCOMPARE(w.topBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    QVERIFY(password->text().isEmpty());
}

void TestMainWindow::testIdleAutoLock()
{
    MainWindow& w = *m_window;
    w.setIdleTimeout(200);
    QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 5000);
    QCOMPARE(w.usersModel()->rowCount(), 0);
    QVERIFY(w.lockScreen()->isVisible());
}

void TestMainWindow::testOfficerAddsGroup()
{
    MainWindow& w = *m_window;
    child<QAction>(w, "addGroupAction")->trigger();
    auto* dialog = w.findChild<AddGroupDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    child<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("usfj"));
    child<QLineEdit>(*dialog, "descriptionEdit")->setText(QStringLiteral("Liaison"));
    QPointer<AddGroupDialog> guard(dialog);
    child<QPushButton>(*dialog, "okButton")->click();
    QTRY_VERIFY(!guard || !guard->isVisible());
    QTRY_COMPARE(w.groupsModel()->rowCount(), 2);
}

void TestMainWindow::testR_ACC_4_staffAddGroupShowsDenialReason()
{
    auto staff = Register::open(m_window->reg().path(), QStringLiteral("alice"), kUserPassword);
    QVERIFY(staff.ok());
    MainWindow w(std::move(staff).value());
    w.show();
    child<QAction>(w, "addGroupAction")->trigger();
    auto* dialog = w.findChild<AddGroupDialog*>();
    QVERIFY(dialog);
    child<QLineEdit>(*dialog, "nameEdit")->setText(QStringLiteral("mine"));
    child<QPushButton>(*dialog, "okButton")->click();
    QTRY_VERIFY(!w.isBusy());
    QVERIFY(dialog->isVisible());
    auto* error = child<QLabel>(*dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("officer")), qPrintable(error->text()));
    QCOMPARE(w.groupsModel()->rowCount(), 1);
}

void TestMainWindow::testAuditTabAndVerify()
{
    MainWindow& w = *m_window;
    w.tabs()->setCurrentWidget(w.findChild<QWidget*>(QStringLiteral("audit")));
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    QCOMPARE(w.auditModel()->index(0, AuditModel::Kind).data().toString(), QStringLiteral("register.created"));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    child<QPushButton>(w, "verifyButton")->click();
    QTRY_VERIFY(!w.isBusy());
    QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("intact")), qPrintable(MessageBox::lastText()));
}

// Issue 15: File → Back Up… (officers) runs off the UI thread and reports the verified copy's head; a second backup to
// the same file is refused with the core's reason.
void TestMainWindow::testBackUpFromTheFileMenu()
{
    MainWindow& w = *m_window;
    auto* action = child<QAction>(w, "backupAction");
    QVERIFY(action->isVisible() && action->isEnabled());
    QTemporaryDir out;
    const QString dest = out.filePath(QStringLiteral("b.kanribo"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.backUpTo(dest);
    QTRY_VERIFY(!w.isBusy());
    QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("Head: event")), qPrintable(MessageBox::lastText()));
    QVERIFY(QFileInfo::exists(dest) && QFileInfo::exists(dest + QStringLiteral(".keys")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.backUpTo(dest);
    QTRY_VERIFY(!w.isBusy());
    QTRY_VERIFY2(MessageBox::lastText().contains(QStringLiteral("already exists")), qPrintable(MessageBox::lastText()));
}

// R-CON-2: on the Containers tab the officer records opening, closing and the end-of-day check of the selected
// container; the table shows its state; a refusal (checking an open container) is shown and changes nothing.
void TestMainWindow::testR_CON_2_openCloseCheckFromTheContainersTab()
{
    MainWindow& w = *m_window;
    auto* page = w.findChild<QWidget*>(QStringLiteral("containers"));
    w.tabs()->setCurrentWidget(page);
    auto* view = page->findChild<QTableView*>();
    QVERIFY(view);
    auto* open = child<QPushButton>(w, "openContainerButton");
    QVERIFY(!open->isEnabled()); // nothing selected
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(open->isEnabled());
    const auto state = [&] { return w.containersModel()->index(0, ContainersModel::State).data().toString(); };
    QCOMPARE(state(), QStringLiteral("closed"));
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY2(state().startsWith(QStringLiteral("open since")), qPrintable(state()));
    QVERIFY(state().contains(QStringLiteral("officer")));

    view->setCurrentIndex(view->model()->index(0, 0));
    const qint64 before = w.reg().ledger().headSeq().value();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(w, "checkContainerButton"), Qt::LeftButton);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("secure it")));
    QCOMPARE(w.reg().ledger().headSeq().value(), before);

    QTest::mouseClick(child<QPushButton>(w, "closeContainerButton"), Qt::LeftButton);
    QTRY_VERIFY2(state().startsWith(QStringLiteral("closed ")), qPrintable(state()));
    const auto lastCheck = [&] { return w.containersModel()->index(0, ContainersModel::LastCheck).data().toString(); };
    QCOMPARE(lastCheck(), QStringLiteral("check due"));
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(w, "checkContainerButton"), Qt::LeftButton);
    QTRY_VERIFY2(lastCheck().contains(QStringLiteral("officer")), qPrintable(lastCheck()));
}

// R-CON-1: the officer ticks who knows the selected container's combination; from then on the officer, not among
// them, is refused opening it; a change is recorded and none is due.
void TestMainWindow::testR_CON_1_combinationFromTheContainersTab()
{
    MainWindow& w = *m_window;
    auto* page = w.findChild<QWidget*>(QStringLiteral("containers"));
    w.tabs()->setCurrentWidget(page);
    auto* view = page->findChild<QTableView*>();
    view->setCurrentIndex(view->model()->index(0, 0));
    const auto combination
        = [&] { return w.containersModel()->index(0, ContainersModel::Combination).data().toString(); };
    QVERIFY2(combination().startsWith(QStringLiteral("combination change due")), qPrintable(combination()));
    QTest::mouseClick(child<QPushButton>(w, "combinationButton"), Qt::LeftButton);
    QPointer<CombinationDialog> d = w.findChild<CombinationDialog*>();
    QVERIFY(d);
    auto* people = child<QListWidget>(*d, "peopleList");
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->data(Qt::UserRole).toString() == QLatin1String("alice"))
            people->item(i)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton);
    KANRIBO_TRY_ACCEPTED(d);
    QTRY_VERIFY2(combination().contains(QStringLiteral("known to alice")), qPrintable(combination()));

    view->setCurrentIndex(view->model()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(w, "openContainerButton"), Qt::LeftButton);
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("not recorded as knowing the combination")));

    view->setCurrentIndex(view->model()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(w, "combinationChangedButton"), Qt::LeftButton);
    QTRY_VERIFY2(combination().startsWith(QStringLiteral("changed ")), qPrintable(combination()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
