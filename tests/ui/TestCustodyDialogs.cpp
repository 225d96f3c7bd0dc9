// SPDX-License-Identifier: GPL-3.0-or-later
// Custody and item workflows from the main window, filled as a user would: the second person types their own password
// in the same dialog; each change reaches the register; each refusal shows the core's reason and changes nothing.
#include "BannerWidget.h"
#include "CustodyDialogs.h"
#include "ItemsModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RegisterPage.h"
#include "TestSupport.h"
#include "i18n/Language.h"
#include "service/Items.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestCustodyDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testR_CUS_3_handReceiptWithReceiverPassword();
    void testR_DST_2_destroyWithWitnessPassword();
    void testR_CUS_3_issueStoredCopyWithReceiverPassword();
    void testR_ACC_1_issueRefusedToReceiverWithoutClearance();
    void testR_CUS_4_storeInApprovedContainer();
    void testR_CUS_4_storeRefusedInLowerContainer();
    void testR_CUS_5_dispatchRecordsRecipientChannelAndDueDate();
    void testDispatchRefusedForCopyChargedToAnother();
    void testR_CUS_5_recordReceiptClosesTheDispatch();
    void testRecordReceiptRefusedForCopyNotDispatched();
    void testR_REP_2_reproductionContinuesTheSeries();
    void testR_REP_1_topSecretReproductionNeedsConsent();
    void testR_INC_1_reportLossOfEveryCopy();
    void testR_INC_1_reportRefusedWithoutSummary();
    void testR_ACC_5_releaseApprovalRecorded();
    void testR_ACC_5_releaseRefusedWithoutApprovalReference();

private:
    template <typename D> D* openOn(const QString& control, const char* action)
    {
        m_window->registerPage()->selectControl(control);
        child<QAction>(*m_window, action)->trigger();
        return m_window->findChild<D*>();
    }
    static void submit(AdminDialog* d) { QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton); }
    static void select(QComboBox* combo, const QString& data) { combo->setCurrentIndex(combo->findData(data)); }
    QString copy(int number) const { return copyId(m_control, number); }
    Copy loadCopy(const QString& id) const;
    RecordReceiptDialog* recordReceiptFor(int number);
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QString m_control;
};

void TestCustodyDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCustodyDialogs"));
}

void TestCustodyDialogs::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    m_temp->addUser(QStringLiteral("alice"), Role::Custodian, Level::Secret);
    m_temp->addUser(QStringLiteral("wendy"), Role::Officer, Level::Secret);
    m_temp->addUser(QStringLiteral("carl"), Role::Staff, Level::Confidential);
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-S"), Level::Secret, QStringLiteral("Room 204") }).ok());
    QVERIFY(
        reg.people().addContainer({ QStringLiteral("CAB-C"), Level::Confidential, QStringLiteral("Room 101") }).ok());
    NewItem ni;
    ni.title = QStringLiteral("(U) Radar maintenance manual");
    ni.level = Level::Secret;
    ni.origin = QStringLiteral("USA");
    ni.regime = QStringLiteral("gsomia");
    ni.copies = 2;
    auto r = reg.items().registerItem(ni);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    m_control = r->control;
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustodyDialogs::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

Copy TestCustodyDialogs::loadCopy(const QString& id) const
{
    auto c = m_window->reg().items().loadCopy(id);
    if (!c)
        qFatal("no copy %s", qPrintable(id));
    return c.value();
}

// Copy 1 is out with USN PACFLT, its receipt not yet back; the record-receipt dialog for copy `number`, filled in.
RecordReceiptDialog* TestCustodyDialogs::recordReceiptFor(int number)
{
    auto sent = m_window->reg().custody().dispatch(
        copy(1), QStringLiteral("USN PACFLT"), QStringLiteral("courier"), QDate::currentDate());
    if (!sent)
        qFatal("cannot dispatch: %s", qPrintable(sent.error().message));
    auto* d = openOn<RecordReceiptDialog>(m_control, "recordReceiptAction");
    if (d) {
        select(child<QComboBox>(*d, "copyCombo"), copy(number));
        child<QLineEdit>(*d, "receiptNoEdit")->setText(QStringLiteral("R-2026-0042"));
    }
    return d;
}

void TestCustodyDialogs::testR_CUS_3_handReceiptWithReceiverPassword()
{
    QPointer<HandReceiptDialog> d = openOn<HandReceiptDialog>(m_control, "handReceiptAction");
    QVERIFY(d);
    QCOMPARE(child<BannerWidget>(*d, "dialogTopBanner")->text(), QStringLiteral("SECRET // 極秘"));
    const QString copy = d->selectedCopy();
    QVERIFY(!copy.isEmpty());
    child<QComboBox>(*d, "receiverLogin")->setCurrentText(QStringLiteral("alice"));
    // The receiver's wrong password: refused with the reason, nothing changes.
    child<QLineEdit>(*d, "receiverPassword")->setText(QStringLiteral("not-her-password"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("Unknown login or wrong password."));
    QVERIFY(child<QLineEdit>(*d, "receiverPassword")->text().isEmpty());
    QVERIFY(m_window->reg().custody().holdings(QStringLiteral("alice"))->isEmpty());
    // The receiver types her own password: both sign, the copy is hers.
    child<QLineEdit>(*d, "receiverPassword")->setText(QString::fromUtf8(kUserPassword));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto holdings = m_window->reg().custody().holdings(QStringLiteral("alice"));
    QVERIFY(holdings.ok());
    QCOMPARE(holdings->size(), 1);
    QCOMPARE(holdings->at(0).id, copy);
}

void TestCustodyDialogs::testR_DST_2_destroyWithWitnessPassword()
{
    QPointer<DestroyDialog> d = openOn<DestroyDialog>(m_control, "destroyAction");
    QVERIFY(d);
    QVERIFY(child<QComboBox>(*d, "methodCombo")->count() >= 5);
    // No witness for a Secret copy: the core refuses and the dialog shows why (R-DST-2).
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("destruction of Secret needs a witness who signs at the time"));
    QVERIFY(m_window->reg().custody().destructions()->isEmpty());
    child<QComboBox>(*d, "witnessLogin")->setCurrentText(QStringLiteral("wendy"));
    child<QLineEdit>(*d, "witnessPassword")->setText(QString::fromUtf8(kUserPassword));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto records = m_window->reg().custody().destructions();
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->at(0).witness, QStringLiteral("wendy"));
}

void TestCustodyDialogs::testR_CUS_3_issueStoredCopyWithReceiverPassword()
{
    Register& reg = m_window->reg();
    QVERIFY(reg.custody().store(copy(1), QStringLiteral("SAFE-S")).ok());
    QPointer<HandReceiptDialog> d = openOn<HandReceiptDialog>(m_control, "issueAction");
    QVERIFY(d);
    QCOMPARE(d->objectName(), QStringLiteral("issueDialog"));
    select(child<QComboBox>(*d, "copyCombo"), copy(1));
    child<QComboBox>(*d, "receiverLogin")->setCurrentText(QStringLiteral("alice"));
    child<QLineEdit>(*d, "receiverPassword")->setText(QString::fromUtf8(kUserPassword));
    // Issue 18: a due date, off until ticked; the loan then carries it.
    auto* due = child<QDateEdit>(*d, "dueDate");
    QVERIFY(!due->isEnabled());
    child<QCheckBox>(*d, "dueCheck")->setChecked(true);
    QVERIFY(due->isEnabled());
    due->setDate(reg.today().addDays(10));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto loans = reg.custody().loans();
    QVERIFY(loans.ok());
    QCOMPARE(loans->size(), 1);
    QCOMPARE(loans->at(0).copyId, copy(1));
    QCOMPARE(loans->at(0).due, reg.today().addDays(10));
    // The stored copy left the container and is charged to the receiver, who signed for it.
    const Copy c = loadCopy(copy(1));
    QCOMPARE(c.holder, QStringLiteral("alice"));
    QVERIFY(c.container.isEmpty());
    auto holdings = reg.custody().holdings(QStringLiteral("alice"));
    QVERIFY(holdings.ok());
    QCOMPARE(holdings->size(), 1);
    QCOMPARE(holdings->at(0).id, copy(1));
}

void TestCustodyDialogs::testR_ACC_1_issueRefusedToReceiverWithoutClearance()
{
    Register& reg = m_window->reg();
    QVERIFY(reg.custody().store(copy(1), QStringLiteral("SAFE-S")).ok());
    QPointer<HandReceiptDialog> d = openOn<HandReceiptDialog>(m_control, "issueAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "copyCombo"), copy(1));
    // carl is cleared to Confidential only: he may not hold a Secret copy, even with his own password.
    child<QComboBox>(*d, "receiverLogin")->setCurrentText(QStringLiteral("carl"));
    child<QLineEdit>(*d, "receiverPassword")->setText(QString::fromUtf8(kUserPassword));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("carl may not hold this item"));
    const Copy c = loadCopy(copy(1));
    QCOMPARE(c.container, QStringLiteral("SAFE-S"));
    QVERIFY(c.holder.isEmpty());
    QVERIFY(reg.custody().holdings(QStringLiteral("carl"))->isEmpty());
}

void TestCustodyDialogs::testR_CUS_4_storeInApprovedContainer()
{
    QPointer<StoreDialog> d = openOn<StoreDialog>(m_control, "storeAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "copyCombo"), copy(1));
    select(child<QComboBox>(*d, "containerCombo"), QStringLiteral("SAFE-S"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    const Copy c = loadCopy(copy(1));
    QCOMPARE(c.container, QStringLiteral("SAFE-S"));
    QVERIFY(c.holder.isEmpty());
    QCOMPARE(loadCopy(copy(2)).holder, QStringLiteral("officer"));
}

void TestCustodyDialogs::testR_CUS_4_storeRefusedInLowerContainer()
{
    QPointer<StoreDialog> d = openOn<StoreDialog>(m_control, "storeAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "copyCombo"), copy(1));
    select(child<QComboBox>(*d, "containerCombo"), QStringLiteral("CAB-C"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("the container CAB-C is approved only up to Confidential"));
    const Copy c = loadCopy(copy(1));
    QCOMPARE(c.holder, QStringLiteral("officer"));
    QVERIFY(c.container.isEmpty());
}

void TestCustodyDialogs::testR_CUS_5_dispatchRecordsRecipientChannelAndDueDate()
{
    QPointer<DispatchDialog> d = openOn<DispatchDialog>(m_control, "dispatchAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "copyCombo"), copy(2));
    child<QLineEdit>(*d, "toOrgEdit")->setText(QStringLiteral("Embassy of Japan, Washington"));
    select(child<QComboBox>(*d, "channelCombo"), QStringLiteral("hand-carry"));
    const QDate due = QDate::currentDate().addDays(30);
    child<QDateEdit>(*d, "receiptDueEdit")->setDate(due);
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto dispatches = m_window->reg().custody().dispatches();
    QVERIFY(dispatches.ok());
    QCOMPARE(dispatches->size(), 1);
    const Dispatch& sent = dispatches->at(0);
    QCOMPARE(sent.copyId, copy(2));
    QCOMPARE(sent.toOrg, QStringLiteral("Embassy of Japan, Washington"));
    QCOMPARE(sent.channel, QStringLiteral("hand-carry"));
    QCOMPARE(sent.receiptDue, due);
    QCOMPARE(sent.dispatchedBy, QStringLiteral("officer"));
    QVERIFY(sent.receiptNo.isEmpty());
    QCOMPARE(loadCopy(copy(2)).status, CopyStatus::Dispatched);
}

void TestCustodyDialogs::testDispatchRefusedForCopyChargedToAnother()
{
    // Copy 2 is charged to alice: only its holder may send it out (R-CUS-4: a copy is charged to a named person).
    Register& reg = m_window->reg();
    QVERIFY(reg.custody().transfer(copy(2), { QStringLiteral("alice"), kUserPassword }).ok());
    QPointer<DispatchDialog> d = openOn<DispatchDialog>(m_control, "dispatchAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "copyCombo"), copy(2));
    child<QLineEdit>(*d, "toOrgEdit")->setText(QStringLiteral("Embassy of Japan, Washington"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, copy(2) + QStringLiteral(" is charged to alice, not to you."));
    QVERIFY(reg.custody().dispatches()->isEmpty());
    const Copy c = loadCopy(copy(2));
    QCOMPARE(c.status, CopyStatus::Active);
    QCOMPARE(c.holder, QStringLiteral("alice"));
}

void TestCustodyDialogs::testR_CUS_5_recordReceiptClosesTheDispatch()
{
    QPointer<RecordReceiptDialog> d = recordReceiptFor(1);
    QVERIFY(d);
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto dispatches = m_window->reg().custody().dispatches();
    QVERIFY(dispatches.ok());
    QCOMPARE(dispatches->size(), 1);
    QCOMPARE(dispatches->at(0).receiptNo, QStringLiteral("R-2026-0042"));
    QVERIFY(dispatches->at(0).receiptAt.isValid());
}

void TestCustodyDialogs::testRecordReceiptRefusedForCopyNotDispatched()
{
    // Copy 2 never left: a receipt for it would close nothing.
    QPointer<RecordReceiptDialog> d = recordReceiptFor(2);
    QVERIFY(d);
    submit(d);
    KANRIBO_TRY_REFUSED(d, copy(2) + QStringLiteral(" has not been dispatched."));
    auto dispatches = m_window->reg().custody().dispatches();
    QVERIFY(dispatches.ok());
    QCOMPARE(dispatches->size(), 1);
    QVERIFY(dispatches->at(0).receiptNo.isEmpty());
}

void TestCustodyDialogs::testR_REP_2_reproductionContinuesTheSeries()
{
    QPointer<ReproduceDialog> d = openOn<ReproduceDialog>(m_control, "reproduceAction");
    QVERIFY(d);
    child<QSpinBox>(*d, "countSpin")->setValue(2);
    child<QPlainTextEdit>(*d, "reasonEdit")->setPlainText(QStringLiteral("Second shift briefing"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto reps = m_window->reg().custody().reproductions();
    QVERIFY(reps.ok());
    QCOMPARE(reps->size(), 1);
    QCOMPARE(reps->at(0).copies, QStringList({ copy(3), copy(4) }));
    QCOMPARE(reps->at(0).reason, QStringLiteral("Second shift briefing"));
    // The new copies continue the original's series and are charged to the one who made them.
    auto copies = m_window->reg().items().copiesOf(m_control);
    QVERIFY(copies.ok());
    QCOMPARE(copies->size(), 4);
    QCOMPARE(loadCopy(copy(4)).holder, QStringLiteral("officer"));
    QCOMPARE(loadCopy(copy(4)).kind, QStringLiteral("reproduction"));
}

void TestCustodyDialogs::testR_REP_1_topSecretReproductionNeedsConsent()
{
    Register& reg = m_window->reg();
    auto ts = reg.items().registerItem(testItem(QStringLiteral("(U) Air defence plan"), Level::TopSecret));
    QVERIFY2(ts.ok(), qPrintable(ts ? QString() : ts.error().message));
    m_window->refresh();
    QPointer<ReproduceDialog> d = openOn<ReproduceDialog>(ts->control, "reproduceAction");
    QVERIFY(d);
    QCOMPARE(d->item().control, ts->control);
    child<QSpinBox>(*d, "countSpin")->setValue(1);
    child<QPlainTextEdit>(*d, "reasonEdit")->setPlainText(QStringLiteral("Exercise"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("reproduction of Top Secret needs the originator's written consent"));
    QCOMPARE(reg.items().copiesOf(ts->control)->size(), 1);
    QVERIFY(reg.custody().reproductions()->isEmpty());
}

void TestCustodyDialogs::testR_INC_1_reportLossOfEveryCopy()
{
    QPointer<ReportIncidentDialog> d = openOn<ReportIncidentDialog>(m_control, "reportIncidentAction");
    QVERIFY(d);
    QVERIFY(child<QCheckBox>(*d, "allCopiesBox")->isChecked());
    select(child<QComboBox>(*d, "kindCombo"), QStringLiteral("loss"));
    child<QPlainTextEdit>(*d, "summaryEdit")->setPlainText(QStringLiteral("Not found at the end-of-day check"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto incidents = m_window->reg().custody().incidents();
    QVERIFY(incidents.ok());
    QCOMPARE(incidents->size(), 1);
    const Incident& inc = incidents->at(0);
    QCOMPARE(inc.kind, IncidentKind::Loss);
    QCOMPARE(inc.summary, QStringLiteral("Not found at the end-of-day check"));
    QCOMPARE(inc.copies, QStringList({ copy(1), copy(2) }));
    QCOMPARE(inc.status, QStringLiteral("open"));
    // Lost copies leave the holdings.
    QCOMPARE(loadCopy(copy(1)).status, CopyStatus::Lost);
    QCOMPARE(loadCopy(copy(2)).status, CopyStatus::Lost);
}

void TestCustodyDialogs::testR_INC_1_reportRefusedWithoutSummary()
{
    QPointer<ReportIncidentDialog> d = openOn<ReportIncidentDialog>(m_control, "reportIncidentAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "kindCombo"), QStringLiteral("loss"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("The summary is required."));
    QVERIFY(m_window->reg().custody().incidents()->isEmpty());
    QCOMPARE(loadCopy(copy(1)).status, CopyStatus::Active);
    QCOMPARE(loadCopy(copy(2)).status, CopyStatus::Active);
}

void TestCustodyDialogs::testR_ACC_5_releaseApprovalRecorded()
{
    QPointer<ReleaseApprovalDialog> d = openOn<ReleaseApprovalDialog>(m_control, "releaseAction");
    QVERIFY(d);
    child<QComboBox>(*d, "nationalityCombo")->setCurrentText(QStringLiteral("GBR"));
    child<QLineEdit>(*d, "referenceEdit")->setText(QStringLiteral("USG letter 2026-114"));
    child<QDateEdit>(*d, "approvedOnEdit")->setDate(QDate(2026, 11, 20));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto item = m_window->reg().items().show(m_control);
    QVERIFY(item.ok());
    QCOMPARE(item->releases.size(), 1);
    QCOMPARE(item->releases.at(0).nationality, QStringLiteral("GBR"));
    QCOMPARE(item->releases.at(0).reference, QStringLiteral("USG letter 2026-114"));
    QCOMPARE(item->releases.at(0).approvedOn, QDate(2026, 11, 20));
}

void TestCustodyDialogs::testR_ACC_5_releaseRefusedWithoutApprovalReference()
{
    QPointer<ReleaseApprovalDialog> d = openOn<ReleaseApprovalDialog>(m_control, "releaseAction");
    QVERIFY(d);
    child<QComboBox>(*d, "nationalityCombo")->setCurrentText(QStringLiteral("GBR"));
    submit(d);
    KANRIBO_TRY_REFUSED(
        d, QStringLiteral("A release needs the reference and date of the originating government's written approval."));
    auto item = m_window->reg().items().show(m_control);
    QVERIFY(item.ok());
    QVERIFY(item->releases.isEmpty());
}

QTEST_MAIN(TestCustodyDialogs)
#include "TestCustodyDialogs.moc"
