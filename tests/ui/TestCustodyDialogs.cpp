// SPDX-License-Identifier: GPL-3.0-or-later
// Custody workflows from the main window: the second person types their own password in the same dialog; refusals
// are shown with the core's reasons.
#include "BannerWidget.h"
#include "CustodyDialogs.h"
#include "ItemsModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RegisterPage.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
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

private:
    template <typename D> D* openOn(const QString& control, const char* action)
    {
        m_window->registerPage()->selectControl(control);
        child<QAction>(*m_window, action)->trigger();
        return m_window->findChild<D*>();
    }
    static void submit(AdminDialog* d) { QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton); }
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
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY(d->isVisible());
    QVERIFY(child<QLineEdit>(*d, "receiverPassword")->text().isEmpty());
    // The receiver types her own password: both sign, the copy is hers.
    child<QLineEdit>(*d, "receiverPassword")->setText(QString::fromUtf8(kUserPassword));
    submit(d);
    QTRY_VERIFY(!d || !d->isVisible());
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
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY(d->isVisible());
    const QString refusal = d->errorText();
    child<QComboBox>(*d, "witnessLogin")->setCurrentText(QStringLiteral("wendy"));
    child<QLineEdit>(*d, "witnessPassword")->setText(QString::fromUtf8(kUserPassword));
    submit(d);
    QTRY_VERIFY2(!d || !d->isVisible(), qPrintable(d ? d->errorText() : QString()));
    auto records = m_window->reg().custody().destructions();
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->at(0).witness, QStringLiteral("wendy"));
    QVERIFY(!refusal.isEmpty());
}

QTEST_MAIN(TestCustodyDialogs)
#include "TestCustodyDialogs.moc"
