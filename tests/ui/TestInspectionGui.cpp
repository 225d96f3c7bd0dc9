// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the inspection round trip in the GUI — File → Export for inspection… writes what kanribo-cli audit export
// writes (and records it), and File → Verify a bundle… / `kanribo BUNDLE` verifies an export with no register.
#include "AuditFilterBar.h"
#include "AuditModel.h"
#include "BundleWindow.h"
#include "ContainersModel.h"
#include "EventDetailView.h"
#include "ExportDialog.h"
#include "InventoryDialog.h"
#include "ItemsModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Paperwork.h"
#include "RegisterPage.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "i18n/Language.h"
#include "report/Exports.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace kanribo;
using namespace kanribo::test;

class TestInspectionGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testR_INV_2_exportBundleFromTheFileMenu();
    void testR_INV_2_exportCsvAndPdfForAReader();
    void testR_INV_2_cancelledExportLeavesNothing();
    void testR_ACC_3_staffHaveNoExport();
    void testR_TRU_1_bundleViewerVerifiesWithoutARegister();
    void testR_TRU_1_damagedBundleShowsTheFirstBadEvent();
    void testR_TRU_1_notABundle();
    void testAuditTabShowsEveryFieldOfAnEvent();
    void testAuditTabFiltersByKindSignerAndItem();
    void testR_CUS_1_handReceiptPrintsWithMarkingAndQr();
    void testR_MRK_3_coverSheetsAndLabelsTheInventoryScans();
    void testR_CUS_4_containerLabel();
    void testR_INV_2_exportTheFilteredView();

private:
    // Exports the whole trail as a bundle through the core service (as the dialog does) and returns its path.
    QString exportBundle();
    static int logEvents(Register& reg, const QString& kind);

    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestInspectionGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestInspectionGui"));
    QVERIFY(m_out.isValid());
}

void TestInspectionGui::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("sakura"), QStringLiteral("Project Sakura")).ok());
    QVERIFY(reg.people().grantGroup(QStringLiteral("officer"), QStringLiteral("sakura")).ok());
    m_temp->addUser(QStringLiteral("inspector"), Role::Auditor, Level::Secret);
    m_temp->addUser(
        QStringLiteral("alice"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("sakura") });
    NewItem plan = testItem(QStringLiteral("(U) Sakura radar plan"), Level::Secret);
    plan.groups = { QStringLiteral("sakura") };
    const auto registered = reg.items().registerItem(plan);
    QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
    QVERIFY(reg.items().registerItem(testItem(QStringLiteral("(U) Logistics note"), Level::Confidential)).ok());
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInspectionGui::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    setLanguage(QStringLiteral("en"));
}

int TestInspectionGui::logEvents(Register& reg, const QString& kind)
{
    int n = 0;
    Ledger::Filter f;
    const Status st = reg.ledger().forEach(f, [&](const Event& e) {
        n += e.kind == kind;
        return true;
    });
    return st ? n : -1;
}

QString TestInspectionGui::exportBundle()
{
    ExportRequest r;
    r.out = m_out.filePath(QStringLiteral("%1.kbundle").arg(QDateTime::currentMSecsSinceEpoch()));
    auto done = exportForInspection(m_window->reg(), r);
    if (!done)
        qFatal("export failed: %s", qPrintable(done.error().message));
    return r.out;
}

void TestInspectionGui::testR_INV_2_exportBundleFromTheFileMenu()
{
    MainWindow& w = *m_window;
    auto* action = child<QAction>(w, "exportAction");
    QVERIFY(action->isVisible() && action->isEnabled());
    const int before = logEvents(w.reg(), QStringLiteral("audit.exported"));
    ExportDialog* dialog = w.exportForInspection();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(child<QComboBox>(*dialog, "formatCombo")->currentData().toString(), QStringLiteral("bundle"));
    // Nothing to export to yet: the button waits for a file.
    QVERIFY(!child<QPushButton>(*dialog, "exportButton")->isEnabled());
    const QString path = m_out.filePath(QStringLiteral("menu.kbundle"));
    child<QLineEdit>(*dialog, "fileEdit")->setText(path);
    QTest::mouseClick(child<QPushButton>(*dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY2(dialog->outcome().has_value(), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->isRunning());
    // The file is the inspector's: it verifies offline, and the dialog shows its digest and the head it covers.
    const BundleCheck c = verifyBundle(readFile(path));
    QVERIFY2(c.ok, qPrintable(c.reason));
    QVERIFY(dialog->resultText().contains(c.digest));
    QVERIFY(dialog->resultText().contains(QStringLiteral("Head: event %1").arg(dialog->outcome()->head.seq)));
    QVERIFY(dialog->outcome()->head.verified);
    QCOMPARE(logEvents(w.reg(), QStringLiteral("audit.exported")), before + 1);
    QCOMPARE(child<QPushButton>(*dialog, "closeButton")->text(), QStringLiteral("Close"));
    QVERIFY(!child<QPushButton>(*dialog, "exportButton")->isVisible());
    dialog->reject();
    QTRY_VERIFY(w.exportForInspection() != nullptr); // the window is usable again
}

void TestInspectionGui::testR_INV_2_exportCsvAndPdfForAReader()
{
    MainWindow& w = *m_window;
    ExportDialog* dialog = w.exportForInspection();
    auto* format = child<QComboBox>(*dialog, "formatCombo");
    auto* reader = child<QComboBox>(*dialog, "readerCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("csv")));
    const int inspector = reader->findData(QStringLiteral("inspector"));
    QVERIFY(inspector > 0);
    reader->setCurrentIndex(inspector);
    child<QLineEdit>(*dialog, "fileEdit")->setText(m_out.filePath(QStringLiteral("tables.csv")));
    dialog->startExport();
    QTRY_VERIFY2(dialog->outcome().has_value(), qPrintable(dialog->errorText()));
    // R-ACC-3: the Secret-cleared inspector outside the group sees the group's item by control number only.
    QCOMPARE(dialog->outcome()->reader, QStringLiteral("inspector"));
    QCOMPARE(dialog->outcome()->withheld, qint64(1));
    const QByteArray items = readFile(m_out.filePath(QStringLiteral("tables-items.csv")));
    QVERIFY(items.contains("Logistics note"));
    QVERIFY(!items.contains("Sakura radar plan"));
    dialog->reject();

    // A bundle cannot be redacted: for that reader it is refused, with the core's reason, and nothing is written.
    dialog = w.exportForInspection();
    child<QComboBox>(*dialog, "readerCombo")->setCurrentIndex(inspector);
    const QString refused = m_out.filePath(QStringLiteral("refused.kbundle"));
    child<QLineEdit>(*dialog, "fileEdit")->setText(refused);
    dialog->startExport();
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(!dialog->outcome());
    QVERIFY2(!dialog->errorText().isEmpty(), "no reason shown");
    QVERIFY(!QFileInfo::exists(refused));
    dialog->reject();

    dialog = w.exportForInspection();
    format = child<QComboBox>(*dialog, "formatCombo");
    format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
    child<QCheckBox>(*dialog, "fromSet")->setChecked(true);
    const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
    child<QLineEdit>(*dialog, "fileEdit")->setText(pdf);
    dialog->startExport();
    QTRY_VERIFY2(dialog->outcome().has_value(), qPrintable(dialog->errorText()));
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    dialog->reject();
}

void TestInspectionGui::testR_INV_2_cancelledExportLeavesNothing()
{
    MainWindow& w = *m_window;
    const int before = logEvents(w.reg(), QStringLiteral("audit.exported"));
    ExportDialog* dialog = w.exportForInspection();
    const QString path = m_out.filePath(QStringLiteral("cancelled.kbundle"));
    child<QLineEdit>(*dialog, "fileEdit")->setText(path);
    dialog->startExport();
    QVERIFY(dialog->isRunning());
    dialog->reject(); // Cancel while running: the export stops, the dialog stays to say so
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(!dialog->isRunning());
    QVERIFY(!dialog->outcome());
    QVERIFY2(child<QLabel>(*dialog, "phaseLabel")->text().contains(QStringLiteral("cancelled")),
        qPrintable(child<QLabel>(*dialog, "phaseLabel")->text()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(logEvents(w.reg(), QStringLiteral("audit.exported")), before);
    dialog->reject();
}

void TestInspectionGui::testR_ACC_3_staffHaveNoExport()
{
    m_window.reset();
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice);
    MainWindow w(std::move(alice).value());
    w.show();
    QVERIFY(!child<QAction>(w, "exportAction")->isVisible());
    QVERIFY(child<QAction>(w, "verifyBundleAction")->isVisible()); // verifying a bundle needs no role
}

void TestInspectionGui::testR_TRU_1_bundleViewerVerifiesWithoutARegister()
{
    const QString path = exportBundle();
    const BundleCheck expected = verifyBundle(readFile(path));
    QVERIFY(expected.ok);
    // The viewer is what `kanribo BUNDLE` opens: a window of its own, no register.
    BundleWindow viewer(path);
    viewer.show();
    QTRY_VERIFY(viewer.isFinished());
    QVERIFY2(viewer.check().ok, qPrintable(viewer.check().reason));
    QCOMPARE(viewer.model()->rowCount(), int(expected.events));
    QVERIFY(viewer.verdictText().contains(QStringLiteral("The export verifies")));
    QVERIFY(child<QLabel>(viewer, "factsLabel")->text().contains(expected.signerFingerprint));
    QVERIFY(child<QLabel>(viewer, "factsLabel")->text().contains(expected.digest));
    // Every event is there with its detail, verified.
    viewer.view()->setCurrentIndex(viewer.view()->model()->index(0, 0));
    QVERIFY(viewer.detail()->toPlainText().contains(QStringLiteral("register.created")));
    QVERIFY(viewer.detail()->toPlainText().contains(QStringLiteral("every signature verified")));

    setLanguage(QStringLiteral("ja"));
    QTRY_VERIFY2(viewer.verdictText().contains(QStringLiteral("検証しました")), qPrintable(viewer.verdictText()));
}

void TestInspectionGui::testR_TRU_1_damagedBundleShowsTheFirstBadEvent()
{
    const QString path = exportBundle();
    QByteArray bytes = readFile(path);
    // The Sakura item's registration: one letter of its title changed in the signed payload.
    const qsizetype at = bytes.indexOf("Sakura radar plan");
    QVERIFY(at > 0);
    bytes[at] = 'T';
    const QString damaged = m_out.filePath(QStringLiteral("damaged.kbundle"));
    writeFile(damaged, bytes);
    const BundleCheck expected = verifyBundle(bytes);
    QVERIFY(!expected.ok);
    QVERIFY(expected.firstBad > 0);

    BundleWindow viewer(damaged);
    viewer.show();
    QTRY_VERIFY(viewer.isFinished());
    QVERIFY(!viewer.check().ok);
    QCOMPARE(viewer.check().firstBad, expected.firstBad);
    QVERIFY2(viewer.verdictText().contains(QStringLiteral("does NOT verify"))
            && viewer.verdictText().contains(QString::number(expected.firstBad)),
        qPrintable(viewer.verdictText()));
    // The first bad event is selected and its detail says so.
    const QModelIndex current = viewer.view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.sibling(current.row(), AuditModel::Seq).data().toLongLong(), expected.firstBad);
    QVERIFY2(
        viewer.detail()->toPlainText().contains(QStringLiteral("FAILS")), qPrintable(viewer.detail()->toPlainText()));
    QVERIFY(viewer.detail()->toPlainText().contains(QStringLiteral("Takura radar plan")));
}

void TestInspectionGui::testR_TRU_1_notABundle()
{
    const QString path = m_out.filePath(QStringLiteral("notes.txt"));
    writeFile(path, QByteArrayLiteral("not an export"));
    BundleWindow viewer(path);
    QTRY_VERIFY(viewer.isFinished());
    QVERIFY(!viewer.check().ok);
    QCOMPARE(viewer.model()->rowCount(), 0);
    QVERIFY2(viewer.verdictText().contains(QStringLiteral("does NOT verify")), qPrintable(viewer.verdictText()));
    QVERIFY(!looksLikeBundle(readFile(path)));
    QVERIFY(looksLikeBundle(readFile(exportBundle())));

    BundleWindow missing(m_out.filePath(QStringLiteral("nowhere.kbundle")));
    QTRY_VERIFY(missing.isFinished());
    QVERIFY(missing.verdictText().contains(QStringLiteral("Cannot read")));
}

void TestInspectionGui::testAuditTabShowsEveryFieldOfAnEvent()
{
    MainWindow& w = *m_window;
    w.tabs()->setCurrentIndex(w.tabs()->count() - 1);
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < w.auditModel()->rowCount(); ++r)
        if (w.auditModel()->eventAt(r)->kind == QLatin1String("item.registered"))
            row = r;
    QVERIFY(row >= 0);
    auto* page = w.findChild<TablePage*>(QStringLiteral("audit"));
    QVERIFY(page);
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(w.auditModel()->index(row, 0)));
    const QString text = w.auditDetail()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("item.registered")) && text.contains(QStringLiteral("(officer)"))
            && text.contains(QStringLiteral("Payload:")) && text.contains(QStringLiteral("Logistics note")),
        qPrintable(text));
    w.lockRegister();
    QVERIFY(w.auditDetail()->toPlainText().isEmpty()); // nothing shown while locked
}

void TestInspectionGui::testAuditTabFiltersByKindSignerAndItem()
{
    MainWindow& w = *m_window;
    w.tabs()->setCurrentIndex(w.tabs()->count() - 1);
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    const int all = w.auditModel()->rowCount();
    AuditFilterBar* bar = w.auditFilter();
    const auto kinds = [&w]() {
        QStringList out;
        for (int r = 0; r < w.auditModel()->rowCount(); ++r)
            out << w.auditModel()->eventAt(r)->kind;
        return out;
    };
    // By kind: the two registrations, and nothing else.
    auto* kind = child<QComboBox>(*bar, "auditKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("item.registered")));
    QTest::mouseClick(child<QPushButton>(*bar, "auditApply"), Qt::LeftButton);
    QTRY_COMPARE(kinds(), QStringList({ QStringLiteral("item.registered"), QStringLiteral("item.registered") }));
    // By item: everything about the first item and its copies, of any kind.
    const QString control = w.auditModel()->eventAt(0)->subject.mid(5);
    kind->setCurrentIndex(0);
    child<QLineEdit>(*bar, "auditControl")->setText(control + QStringLiteral("/1"));
    QTest::mouseClick(child<QPushButton>(*bar, "auditApply"), Qt::LeftButton);
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    for (int r = 0; r < w.auditModel()->rowCount(); ++r) {
        const QString subject = w.auditModel()->eventAt(r)->subject;
        QVERIFY2(subject == QStringLiteral("item:") + control || subject.startsWith(QStringLiteral("copy:") + control),
            qPrintable(subject));
    }
    // By signer: alice signed nothing yet.
    child<QLineEdit>(*bar, "auditControl")->clear();
    child<QComboBox>(*bar, "auditActor")->setCurrentText(QStringLiteral("alice"));
    QTest::mouseClick(child<QPushButton>(*bar, "auditApply"), Qt::LeftButton);
    QTRY_COMPARE(w.auditModel()->rowCount(), 0);
    // Cleared: the whole trail again.
    QTest::mouseClick(child<QPushButton>(*bar, "auditClear"), Qt::LeftButton);
    QTRY_COMPARE(w.auditModel()->rowCount(), all);
    QVERIFY(!bar->isActive());
}

void TestInspectionGui::testR_CUS_1_handReceiptPrintsWithMarkingAndQr()
{
    MainWindow& w = *m_window;
    Register& reg = w.reg();
    auto items = reg.items().list({});
    QVERIFY(items);
    const Item* plan = nullptr;
    for (const Item& it : std::as_const(*items))
        if (it.title.contains(QStringLiteral("Sakura")))
            plan = &it;
    QVERIFY(plan);
    auto shown = reg.items().show(plan->control);
    QVERIFY(shown && !shown->copies.isEmpty());
    const QString copy = shown->copies.constFirst().id;
    const Status handed = reg.custody().transfer(copy, { QStringLiteral("alice"), kUserPassword });
    QVERIFY2(handed, handed ? "" : qPrintable(handed.error().message));
    w.tabs()->setCurrentIndex(w.tabs()->count() - 1);
    QTest::mouseClick(child<QPushButton>(w, "reloadAuditButton"), Qt::LeftButton);
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    auto* page = w.findChild<TablePage*>(QStringLiteral("audit"));
    auto* print = child<QPushButton>(w, "printRecordButton");
    // Nothing to print for a registration; a hand receipt for the issue.
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(w.auditModel()->index(0, 0)));
    QVERIFY(!print->isEnabled());
    int issued = -1;
    for (int r = 0; r < w.auditModel()->rowCount(); ++r)
        if (w.auditModel()->eventAt(r)->kind == QLatin1String("copy.transferred"))
            issued = r;
    QVERIFY(issued >= 0);
    page->view()->setCurrentIndex(page->proxy()->mapFromSource(w.auditModel()->index(issued, 0)));
    QVERIFY(print->isEnabled());
    const Event e = *w.auditModel()->eventAt(issued);

    std::unique_ptr<QTextDocument> paper = w.paperForCurrentEvent();
    QVERIFY(paper);
    const QString text = paper->toPlainText();
    const QString marking = reg.policy().bannerText(Level::Secret);
    // The marking at top and bottom, both people, the copy, and the entry it records.
    QCOMPARE(text.count(marking), 3); // the banners, and the marking row
    QVERIFY2(text.trimmed().startsWith(marking) && text.trimmed().endsWith(marking), qPrintable(text));
    for (const QString& needle : { QStringLiteral("Hand receipt"), copy, QStringLiteral("(alice)"),
             QStringLiteral("(officer)"), QString::fromLatin1(e.hash.toHex()), QStringLiteral("event %1").arg(e.seq) })
        QVERIFY2(text.contains(needle), qPrintable(needle + QStringLiteral(" not in:\n") + text));
    const QImage qr = paper->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("kanribo:qr"))).value<QImage>();
    QVERIFY(!qr.isNull() && qr.width() == qr.height());
    QCOMPARE(qr.size(), Paperwork::qrCode(Paperwork::qrText(QString::fromLatin1(reg.registerId().toHex()), e)).size());
    // It prints: one A4 page.
    const QString pdf = m_out.filePath(QStringLiteral("receipt.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        paper->print(&writer);
    }
    QVERIFY(readFile(pdf).startsWith("%PDF"));
    QCOMPARE(paper->pageCount(), 1);

    // In Japanese.
    setLanguage(QStringLiteral("ja"));
    paper = w.paperForCurrentEvent();
    QVERIFY2(paper->toPlainText().contains(QStringLiteral("受領証(手渡し)")), qPrintable(paper->toPlainText()));
}

void TestInspectionGui::testR_MRK_3_coverSheetsAndLabelsTheInventoryScans()
{
    MainWindow& w = *m_window;
    w.tabs()->setCurrentWidget(w.registerPage());
    QTRY_VERIFY(w.itemsModel()->rowCount() == 2);
    int logistics = -1;
    for (int r = 0; r < w.itemsModel()->rowCount(); ++r)
        if (w.itemsModel()
                ->index(r, 0)
                .siblingAtColumn(ItemsModel::Title)
                .data()
                .toString()
                .contains(QStringLiteral("Logistics")))
            logistics = r;
    QVERIFY(logistics >= 0);
    w.registerPage()->view()->setCurrentIndex(w.registerPage()->view()->model()->index(logistics, 0));
    QTRY_VERIFY(w.registerPage()->currentItem().has_value());
    QVERIFY(child<QAction>(w, "printLabelsAction")->isEnabled());
    const Item item = *w.registerPage()->currentItem();
    std::unique_ptr<QTextDocument> sheets = w.coverSheetsForCurrentItem();
    QVERIFY(sheets);
    const QString text = sheets->toPlainText();
    const QString marking = w.reg().policy().bannerText(Level::Confidential);
    auto shown = w.reg().items().show(item.control);
    QVERIFY(shown && !shown->copies.isEmpty());
    // A cover sheet per copy (its marking at top, in the middle and at the bottom), then a label per copy.
    QCOMPARE(text.count(marking), 4 * int(shown->copies.size()));
    {
        QPdfWriter writer(m_out.filePath(QStringLiteral("sheets.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A4));
        sheets->print(&writer);
    }
    {
        sheets->setPageSize(QSizeF(595, 842)); // A4 in points: a page per cover sheet, then the labels
        QCOMPARE(sheets->pageCount(), int(shown->copies.size()) + 1);
    }
    for (qsizetype i = 0; i < shown->copies.size(); ++i) {
        QVERIFY(text.contains(shown->copies.at(i).id));
        QVERIFY(!sheets->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("kanribo:label:%1").arg(i)))
                     .value<QImage>()
                     .isNull());
    }
    // What a label's QR code says is what the inventory's scanner field takes: the copy is sighted.
    InventoryDialog inventory(w.reg(), w.runner(), &w);
    inventory.show();
    auto* sighting = child<QLineEdit>(inventory, "sightingEdit");
    QTest::mouseClick(child<QPushButton>(inventory, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(inventory.isInventoryOpen() && sighting->isEnabled());
    sighting->setText(Paperwork::labelText(shown->copies.constFirst()));
    QTest::keyClick(sighting, Qt::Key_Return);
    QTRY_VERIFY(!w.isBusy());
    QTRY_COMPARE(logEvents(w.reg(), QStringLiteral("inventory.sighted")), 1);
}

void TestInspectionGui::testR_CUS_4_containerLabel()
{
    MainWindow& w = *m_window;
    QVERIFY(w.reg().people().addContainer({ QStringLiteral("SAFE-07"), Level::Secret, QStringLiteral("Room 7") }).ok());
    w.refresh();
    QTRY_COMPARE(w.containersModel()->rowCount(), 1);
    QVERIFY(!w.labelForCurrentContainer()); // nothing selected
    auto* page = w.findChild<TablePage*>(QStringLiteral("containers"));
    QVERIFY(page);
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    std::unique_ptr<QTextDocument> label = w.labelForCurrentContainer();
    QVERIFY(label);
    const QString text = label->toPlainText();
    const QString marking = w.reg().policy().bannerText(Level::Secret);
    QVERIFY2(
        text.contains(QStringLiteral("SAFE-07")) && text.contains(QStringLiteral("Room 7")) && text.count(marking) == 3,
        qPrintable(text));
    QCOMPARE(
        label->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("kanribo:container"))).value<QImage>().size(),
        Paperwork::qrCode(QByteArrayLiteral("SAFE-07"), 4).size());
}

void TestInspectionGui::testR_INV_2_exportTheFilteredView()
{
    MainWindow& w = *m_window;
    w.tabs()->setCurrentIndex(w.tabs()->count() - 1);
    QTRY_VERIFY(w.auditModel()->rowCount() > 0);
    auto* kind = child<QComboBox>(*w.auditFilter(), "auditKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("item.registered")));
    QTest::mouseClick(child<QPushButton>(*w.auditFilter(), "auditApply"), Qt::LeftButton);
    QTRY_COMPARE(w.auditModel()->rowCount(), 2);

    QTest::mouseClick(child<QPushButton>(w, "exportViewButton"), Qt::LeftButton);
    auto* dialog = w.findChild<ExportDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->request().format, ExportFormat::Csv);
    QCOMPARE(dialog->request().options.kind, QStringLiteral("item.registered"));
    QVERIFY(child<QLabel>(*dialog, "filterNote")->isVisible());
    child<QLineEdit>(*dialog, "fileEdit")->setText(m_out.filePath(QStringLiteral("view.csv")));
    dialog->startExport();
    QTRY_VERIFY2(dialog->outcome().has_value(), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->outcome()->events, qint64(2));
    // The events table holds the view: a header and the two registrations.
    const QList<QByteArray> rows = readFile(m_out.filePath(QStringLiteral("view-events.csv"))).trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).contains("item.registered") && rows.at(2).contains("item.registered"));
    dialog->reject();
    // The export is recorded with its filter.
    QJsonObject recorded;
    QVERIFY(w.reg().ledger().forEach({}, [&recorded](const Event& e) {
        if (e.kind == QLatin1String("audit.exported"))
            recorded = e.payloadObject();
        return true;
    }));
    QCOMPARE(recorded.value(QStringLiteral("filter")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("item.registered"));

    // A bundle holds the whole chain: a filtered one is refused and nothing is written.
    ExportRequest bundle;
    bundle.out = m_out.filePath(QStringLiteral("filtered.kbundle"));
    bundle.options.kind = QStringLiteral("item.registered");
    auto refused = exportForInspection(w.reg(), bundle);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Usage);
    QVERIFY(!QFileInfo::exists(bundle.out));
}

QTEST_MAIN(TestInspectionGui)
#include "TestInspectionGui.moc"
