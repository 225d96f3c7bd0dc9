// SPDX-License-Identifier: GPL-3.0-or-later
// The register tab of the main window: registering through the dialog with its live preview, the detail pane,
// content viewing, the banner showing the highest level on screen, refusals shown with their reasons.
#include "AdminDialog.h"
#include "BannerWidget.h"
#include "ContentViewer.h"
#include "ItemDialogs.h"
#include "ItemsModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RegisterItemDialog.h"
#include "RegisterPage.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace kanribo;
using namespace kanribo::test;

class TestRegisterTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testRegisterTabIsFirst();
    void testR_MRK_3_registerThroughDialogWithLivePreview();
    void testR_MRK_4_previewWarnsAboutMarkedTitle();
    void testDetailPaneShowsMarkingsAndArticles();
    void testR_MRK_3_bannerShowsHighestLevelOnScreen();
    void testSearchFieldFiltersRegister();
    void testOpenContentInMemoryAndWipe();
    void testR_TRU_5_rekeyFromTheItemsMenu();
    void testR_ACC_2_staffRegisterIsRefusedWithReason();
    void testR_ACC_3_staffSeesOnlyPermittedItems();
    void testR_MRK_7_reclassifyDialog();
    void testCopyIsSecretAndCleared();

private:
    static NewItem item(const QString& title, Level level);
    void openWindow(std::unique_ptr<Register> reg);
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;
};

NewItem TestRegisterTab::item(const QString& title, Level level)
{
    NewItem ni;
    ni.title = title;
    ni.level = level;
    ni.origin = QStringLiteral("USA");
    ni.regime = QStringLiteral("gsomia");
    ni.authority
        = { QStringLiteral("USN PACFLT N2"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
    ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-77"), QStringLiteral("courier"),
        QDate(2026, 11, 20), true };
    return ni;
}

void TestRegisterTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestRegisterTab"));
}

void TestRegisterTab::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("sakura"), QStringLiteral("Project Sakura")).ok());
    QVERIFY(
        reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::Confidential, QStringLiteral("Vault") }).ok());
    QVERIFY(reg.people().addContainer({ QStringLiteral("CAB-01"), Level::Confidential, QStringLiteral("Room") }).ok());
    m_temp->addUser(QStringLiteral("alice"), Role::Staff, Level::Confidential);
    QVERIFY(reg.items().registerItem(item(QStringLiteral("(U) Logistics note"), Level::Confidential)).ok());
    const QString text = m_files.filePath(QStringLiteral("memo.txt"));
    writeFile(text, QStringLiteral("Radar maintenance — 整備要領\nLine two\n").toUtf8());
    NewItem withContent = item(QStringLiteral("(U) Radar maintenance memo"), Level::Secret);
    withContent.contentPath = text;
    withContent.contentMime = QStringLiteral("text/plain");
    QVERIFY(reg.items().registerItem(withContent).ok());
}

void TestRegisterTab::openWindow(std::unique_ptr<Register> reg)
{
    m_window = std::make_unique<MainWindow>(std::move(reg));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRegisterTab::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    setLanguage(QStringLiteral("en"));
}

void TestRegisterTab::testRegisterTabIsFirst()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    QCOMPARE(w.tabs()->widget(0), static_cast<QWidget*>(w.registerPage()));
    QCOMPARE(w.tabs()->tabText(0), QStringLiteral("&Register"));
    QCOMPARE(w.itemsModel()->rowCount(), 2);
    QCOMPARE(child<QTableView>(w, "registerView")->model(), static_cast<QAbstractItemModel*>(w.itemsModel()));
}

void TestRegisterTab::testR_MRK_3_registerThroughDialogWithLivePreview()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    child<QAction>(w, "registerItemAction")->trigger();
    QPointer<RegisterItemDialog> dialog = w.findChild<RegisterItemDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    auto* level = child<QComboBox>(*dialog, "levelCombo");
    auto* banner = child<BannerWidget>(*dialog, "previewBanner");
    QCOMPARE(banner->text(), QStringLiteral("SECRET // 極秘"));
    QCOMPARE(banner->background(), QColor(0xC8102E));
    level->setCurrentIndex(level->findData(rank(Level::TopSecret)));
    QCOMPARE(banner->text(), QStringLiteral("TOP SECRET // 機密"));
    QCOMPARE(banner->background(), QColor(0xFF8C00));
    level->setCurrentIndex(level->findData(rank(Level::Confidential)));
    QCOMPARE(banner->text(), QStringLiteral("CONFIDENTIAL // 秘"));

    auto* title = child<QLineEdit>(*dialog, "titleEdit");
    QTest::keyClicks(title, QStringLiteral("Harbour survey"));
    QCOMPARE(child<QLabel>(*dialog, "previewTitle")->text(), QStringLiteral("(U) Harbour survey"));
    QVERIFY(child<QLabel>(*dialog, "previewMarkings")->text().contains(QStringLiteral("USA")));
    QVERIFY(child<QLabel>(*dialog, "previewMarkings")->text().contains(QStringLiteral("秘")));
    // Caveats join the banner as they are ticked (R-MRK-6).
    child<QLineEdit>(*dialog, "relToEdit")->setText(QStringLiteral("usa, jpn"));
    QCOMPARE(banner->text(), QStringLiteral("CONFIDENTIAL // 秘 // REL TO USA, JPN"));

    auto* container = child<QComboBox>(*dialog, "containerCombo");
    container->setCurrentIndex(container->findData(QStringLiteral("CAB-01")));
    child<QSpinBox>(*dialog, "copiesSpin")->setValue(2);
    child<QLineEdit>(*dialog, "receivedFromEdit")->setText(QStringLiteral("US Embassy"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_COMPARE(w.itemsModel()->rowCount(), 3);
    const auto& current = w.registerPage()->currentItem();
    QVERIFY(current.has_value());
    QCOMPARE(current->title, QStringLiteral("(U) Harbour survey"));
    QCOMPARE(current->caveats.size(), 1);
    QVERIFY(current->caveats.at(0).startsWith(QStringLiteral("REL TO")));
    QVERIFY(current->caveats.at(0).contains(QStringLiteral("USA")));
    QCOMPARE(current->copiesTotal, 2);
    QVERIFY(child<QTextBrowser>(w, "itemDetails")->toPlainText().contains(QStringLiteral("in container CAB-01")));
}

void TestRegisterTab::testR_MRK_4_previewWarnsAboutMarkedTitle()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    child<QAction>(w, "registerItemAction")->trigger();
    QPointer<RegisterItemDialog> dialog = w.findChild<RegisterItemDialog*>();
    QVERIFY(dialog);
    auto* title = child<QLineEdit>(*dialog, "titleEdit");
    title->setText(QStringLiteral("(S) Secret title"));
    QCOMPARE(dialog->previewTitle(), QStringLiteral("(S) Secret title"));
    QVERIFY(dialog->previewWarning().contains(QStringLiteral("a title should be unclassified")));
    auto* level = child<QComboBox>(*dialog, "levelCombo");
    level->setCurrentIndex(level->findData(rank(Level::Confidential)));
    // Above the item's level: the core's own error, live.
    QVERIFY(dialog->previewWarning().contains(QStringLiteral("above the item's level")));
    // Submitting anyway: the core refuses and the dialog shows why, staying open.
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("above the item's level")));
    // A marked title at or below the level registers, with the core's R-MRK-4 warning shown to the officer.
    level->setCurrentIndex(level->findData(rank(Level::Secret)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("a title should be unclassified")));
}

void TestRegisterTab::testDetailPaneShowsMarkingsAndArticles()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    auto* view = child<QTableView>(w, "registerView");
    const int row = w.itemsModel()->rowOf(w.itemsModel()->item(1).control);
    view->setCurrentIndex(w.itemsModel()->index(row, 0));
    QVERIFY(w.registerPage()->currentItem().has_value());
    const QString text = child<QTextBrowser>(w, "itemDetails")->toPlainText();
    for (const char* expected :
        { "Originating government", "USA", "Classified by", "USN PACFLT N2", "Receipt", "RCPT-77", "GSOMIA Art. 13",
            "GSOMIA Art. 11", "GSOMIA Art. 10", "copy 1 of 1", "Disclosure record", "Reclassification history",
            // R-PER-5: the officer sees the access list — who is authorised now, who has had it and how.
            "Access list", "Authorised now:", "officer (Security officer", "registered it" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestRegisterTab::testR_MRK_3_bannerShowsHighestLevelOnScreen()
{
    Register& reg = m_temp->reg();
    auto ts = reg.items().registerItem(item(QStringLiteral("(U) Air defence plan"), Level::TopSecret));
    QVERIFY(ts.ok());
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    RegisterPage* page = w.registerPage();
    // Rows loaded: Confidential, Secret and Top Secret items.
    QCOMPARE(w.topBanner()->text(), QStringLiteral("TOP SECRET // 機密"));
    QCOMPARE(w.bottomBanner()->background(), QColor(0xFF8C00));
    QCOMPARE(w.bottomBanner()->foreground(), QColor(Qt::black));
    // Only Confidential rows on screen: the banner comes down with them.
    page->levelFilter()->setCurrentIndex(page->levelFilter()->findData(rank(Level::Confidential)));
    page->applyFilter();
    QCOMPARE(w.itemsModel()->rowCount(), 1);
    QCOMPARE(w.topBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    QCOMPARE(w.bottomBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    // The detail pane counts: select the Top Secret item.
    page->levelFilter()->setCurrentIndex(0);
    page->applyFilter();
    page->selectControl(ts->control);
    QCOMPARE(page->currentItem()->level, Level::TopSecret);
    QCOMPARE(w.topBanner()->text(), QStringLiteral("TOP SECRET // 機密"));
    // An open dialog showing the Top Secret item counts while the table shows only Confidential rows.
    child<QAction>(w, "reclassifyAction")->trigger();
    QPointer<ReclassifyDialog> dialog = w.findChild<ReclassifyDialog*>();
    QVERIFY(dialog);
    QCOMPARE(child<BannerWidget>(*dialog, "dialogTopBanner")->text(), QStringLiteral("TOP SECRET // 機密"));
    QCOMPARE(child<BannerWidget>(*dialog, "dialogBottomBanner")->text(), QStringLiteral("TOP SECRET // 機密"));
    page->levelFilter()->setCurrentIndex(page->levelFilter()->findData(rank(Level::Confidential)));
    page->applyFilter();
    QVERIFY(!page->currentItem().has_value());
    QCOMPARE(w.topBanner()->text(), QStringLiteral("TOP SECRET // 機密"));
    dialog->reject();
    QTRY_COMPARE(w.topBanner()->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    // Locked: nothing on screen.
    w.lockRegister();
    QCOMPARE(w.topBanner()->text(), QStringLiteral("UNCLASSIFIED"));
}

void TestRegisterTab::testSearchFieldFiltersRegister()
{
    Register& reg = m_temp->reg();
    QVERIFY(reg.items().registerItem(item(QStringLiteral("(U) 防空レーダー整備要領"), Level::Confidential)).ok());
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    QCOMPARE(w.itemsModel()->rowCount(), 3);
    auto* search = child<QLineEdit>(w, "registerSearch");
    search->setText(QStringLiteral("レーダー")); // typed through an input method: not a key click
    QTRY_COMPARE(w.itemsModel()->rowCount(), 1);
    QCOMPARE(w.itemsModel()->item(0).title, QStringLiteral("(U) 防空レーダー整備要領"));
    search->clear();
    QTRY_COMPARE(w.itemsModel()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("radar"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(w.itemsModel()->rowCount(), 1);
    QCOMPARE(w.itemsModel()->item(0).level, Level::Secret);
}

void TestRegisterTab::testOpenContentInMemoryAndWipe()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    int row = -1;
    for (int r = 0; r < w.itemsModel()->rowCount(); ++r)
        if (w.itemsModel()->item(r).hasContent)
            row = r;
    QVERIFY(row >= 0);
    child<QTableView>(w, "registerView")->setCurrentIndex(w.itemsModel()->index(row, 0));
    QVERIFY(child<QPushButton>(w, "openContentButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(w, "openContentButton"), Qt::LeftButton);
    QPointer<ContentViewer> viewer;
    QTRY_VERIFY((viewer = w.findChild<ContentViewer*>()) != nullptr);
    QCOMPARE(viewer->kind(), ContentViewer::Kind::Text);
    QVERIFY(child<QPlainTextEdit>(*viewer, "contentText")->toPlainText().contains(QStringLiteral("整備要領")));
    QCOMPARE(child<BannerWidget>(*viewer, "dialogTopBanner")->text(), QStringLiteral("SECRET // 極秘"));
    QCOMPARE(child<BannerWidget>(*viewer, "dialogBottomBanner")->text(), QStringLiteral("SECRET // 極秘"));
    QVERIFY(!viewer->isWiped());
    viewer->reject();
    // Closed: wiped and deleted.
    QTRY_VERIFY(!viewer);
}

// R-TRU-5: Items → Re-encrypt under fresh keys… (officers) asks first, runs off the UI thread, records item.rekeyed;
// the content still opens for the officer afterwards.
void TestRegisterTab::testR_TRU_5_rekeyFromTheItemsMenu()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    int row = -1;
    for (int r = 0; r < w.itemsModel()->rowCount(); ++r)
        if (w.itemsModel()->item(r).hasContent)
            row = r;
    QVERIFY(row >= 0);
    const QString control = w.itemsModel()->item(row).control;
    child<QTableView>(w, "registerView")->setCurrentIndex(w.itemsModel()->index(row, 0));
    auto* action = child<QAction>(w, "rekeyAction");
    QVERIFY(action->isVisible() && action->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    action->trigger();
    QTRY_VERIFY(!w.isBusy());
    auto last = w.reg().ledger().lastOfKind(QStringLiteral("item.rekeyed"));
    QVERIFY(last.ok() && !last->has_value()); // declined: nothing done
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action->trigger();
    QTRY_VERIFY(!w.isBusy());
    QTRY_VERIFY((last = w.reg().ledger().lastOfKind(QStringLiteral("item.rekeyed"))).ok() && last->has_value());
    QCOMPARE((*last)->subject, QStringLiteral("item:") + control);
    QVERIFY(w.reg().items().contentBytes(control).ok());
    QCOMPARE(verifyProblem(w.reg()), QString());
}

void TestRegisterTab::testR_ACC_2_staffRegisterIsRefusedWithReason()
{
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    openWindow(std::move(alice).value());
    MainWindow& w = *m_window;
    child<QAction>(w, "registerItemAction")->trigger();
    QPointer<RegisterItemDialog> dialog = w.findChild<RegisterItemDialog*>();
    QVERIFY(dialog);
    child<QLineEdit>(*dialog, "titleEdit")->setText(QStringLiteral("(U) Not mine to register"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY2(
        dialog->errorText().contains(QStringLiteral("officer"), Qt::CaseInsensitive), qPrintable(dialog->errorText()));
    QVERIFY(child<QLabel>(*dialog, "errorLabel")->isVisible());
}

void TestRegisterTab::testR_ACC_3_staffSeesOnlyPermittedItems()
{
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    openWindow(std::move(alice).value());
    MainWindow& w = *m_window;
    QCOMPARE(w.itemsModel()->rowCount(), 1);
    QCOMPARE(w.itemsModel()->item(0).level, Level::Confidential);
    auto* search = child<QLineEdit>(w, "registerSearch");
    QTest::keyClicks(search, QStringLiteral("Radar"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(w.itemsModel()->rowCount(), 0);
}

void TestRegisterTab::testR_MRK_7_reclassifyDialog()
{
    Register& reg = m_temp->reg();
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    child<QTableView>(w, "registerView")->setCurrentIndex(w.itemsModel()->index(0, 0));
    const QString control = w.registerPage()->currentControl();
    QCOMPARE(w.registerPage()->currentItem()->level, Level::Confidential);
    child<QAction>(w, "reclassifyAction")->trigger();
    QPointer<ReclassifyDialog> dialog = w.findChild<ReclassifyDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->shownLevel(), Level::Confidential);
    QCOMPARE(child<BannerWidget>(*dialog, "dialogTopBanner")->text(), QStringLiteral("CONFIDENTIAL // 秘"));
    auto* level = child<QComboBox>(*dialog, "levelCombo");
    level->setCurrentIndex(level->findData(rank(Level::Secret)));
    // Without a notice the core refuses and the reason is shown.
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    child<QLineEdit>(*dialog, "noticeByEdit")->setText(QStringLiteral("USN PACFLT N2"));
    child<QLineEdit>(*dialog, "referenceEdit")->setText(QStringLiteral("N2-2026-114"));
    child<QPlainTextEdit>(*dialog, "reasonEdit")->setPlainText(QStringLiteral("Aggregation"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    auto history = reg.items().reclassifications(control);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).newLevel, Level::Secret);
    QCOMPARE(history->at(0).reference, QStringLiteral("N2-2026-114"));
    // The register reloaded: the item is listed at its new level.
    const int row = w.itemsModel()->rowOf(control);
    if (row >= 0)
        QCOMPARE(w.itemsModel()->item(row).level, Level::Secret);
}

void TestRegisterTab::testCopyIsSecretAndCleared()
{
    openWindow(std::move(m_temp->ptr()));
    MainWindow& w = *m_window;
    auto* view = child<QTableView>(w, "registerView");
    view->setCurrentIndex(w.itemsModel()->index(0, 0));
    child<QAction>(w, "copyItemAction")->trigger();
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->text().startsWith(w.itemsModel()->item(0).control));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
}

QTEST_MAIN(TestRegisterTab)
#include "TestRegisterTab.moc"
