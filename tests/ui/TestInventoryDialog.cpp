// SPDX-License-Identifier: GPL-3.0-or-later
// R-INV-1 inventory from the Custody menu: copies are sighted by typing (or scanning) their numbers + Enter; finishing
// lists present / missing / unexpected copies and the core opens an incident for each missing one.
#include "IncidentsModel.h"
#include "InventoryDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestInventoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testR_INV_1_sightByTypingAndFinish();
    void testResumesAnOpenInventory();
    void testCoreErrorShownWithReason();

private:
    InventoryDialog* openDialog()
    {
        child<QAction>(*m_window, "inventoryAction")->trigger();
        return m_window->findChild<InventoryDialog*>();
    }
    static void sight(InventoryDialog* d, const QString& copy)
    {
        auto* edit = child<QLineEdit>(*d, "sightingEdit");
        QTest::keyClicks(edit, copy);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static QStringList texts(QListWidget* list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }
    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
    QString m_control;
};

void TestInventoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestInventoryDialog"));
}

void TestInventoryDialog::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    const NewItem ni = testItem(QStringLiteral("(U) Radar maintenance manual"), Level::Secret, 3);
    auto r = m_temp->reg().items().registerItem(ni);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    m_control = r->control;
    m_window = std::make_unique<MainWindow>(std::move(m_temp->ptr()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestInventoryDialog::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestInventoryDialog::testR_INV_1_sightByTypingAndFinish()
{
    QPointer<InventoryDialog> d = openDialog();
    QVERIFY(d);
    QCOMPARE(d->objectName(), QStringLiteral("inventoryDialog"));
    QVERIFY(!d->isInventoryOpen());
    auto* edit = child<QLineEdit>(*d, "sightingEdit");
    QVERIFY(!edit->isEnabled());
    QTest::mouseClick(child<QPushButton>(*d, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(d->isInventoryOpen());
    QVERIFY(edit->isEnabled());

    // Copy 1 typed as printed, copy 2 in lower case (a scanner may send either); each Enter clears the field.
    sight(d, m_control + QStringLiteral("/1"));
    QVERIFY(edit->text().isEmpty());
    sight(d, m_control.toLower() + QStringLiteral("/2"));
    QVERIFY(edit->text().isEmpty());
    auto* sighted = child<QListWidget>(*d, "sightedList");
    QTRY_COMPARE(sighted->count(), 2);
    QVERIFY2(d->errorText().isEmpty(), qPrintable(d->errorText()));
    QCOMPARE(texts(sighted), QStringList({ m_control + QStringLiteral("/1"), m_control + QStringLiteral("/2") }));
    QVERIFY(d->isVisible()); // Enter never closes the dialog

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTRY_VERIFY(child<QPushButton>(*d, "finishButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(*d, "finishButton"), Qt::LeftButton);
    QTRY_VERIFY(d->result().has_value());
    QVERIFY(!d->isInventoryOpen());
    QCOMPARE(texts(child<QListWidget>(*d, "presentList")).size(), 2);
    QCOMPARE(texts(child<QListWidget>(*d, "missingList")), QStringList({ m_control + QStringLiteral("/3") }));
    QCOMPARE(child<QListWidget>(*d, "unexpectedList")->count(), 0);

    // The core opened a loss incident for the unsighted copy; the dialog names it.
    auto incidents = m_window->reg().custody().incidents(true);
    QVERIFY(incidents.ok());
    QCOMPARE(incidents->size(), 1);
    QCOMPARE(incidents->first().copies, QStringList({ m_control + QStringLiteral("/3") }));
    QCOMPARE(incidents->first().kind, IncidentKind::Loss);
    QVERIFY(child<QLabel>(*d, "incidentsOpened")->text().contains(QString::number(incidents->first().id)));
    // The main window reloaded: the Incidents tab lists it.
    QTRY_COMPARE(m_window->incidentsModel()->rowCount(), 1);
}

void TestInventoryDialog::testResumesAnOpenInventory()
{
    QVERIFY(m_window->reg().custody().startInventory().ok());
    QVERIFY(m_window->reg().custody().sight(m_control + QStringLiteral("/2")).ok());
    QPointer<InventoryDialog> d = openDialog();
    QVERIFY(d);
    QVERIFY(d->isInventoryOpen());
    QVERIFY(child<QLabel>(*d, "inventoryState")->text().startsWith(QStringLiteral("Resumed")));
    QCOMPARE(texts(child<QListWidget>(*d, "sightedList")), QStringList({ m_control + QStringLiteral("/2") }));
    QVERIFY(!child<QPushButton>(*d, "startButton")->isEnabled());
    // A second scan of the same copy changes nothing; an unknown number is unexpected.
    sight(d, m_control + QStringLiteral("/2"));
    sight(d, QStringLiteral("S-1999-000001/1"));
    QTRY_COMPARE(child<QListWidget>(*d, "sightedList")->count(), 2);
    // Declining the question keeps the inventory open.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTRY_VERIFY(child<QPushButton>(*d, "finishButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(*d, "finishButton"), Qt::LeftButton);
    QVERIFY(d->isInventoryOpen());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*d, "finishButton"), Qt::LeftButton);
    QTRY_VERIFY(d->result().has_value());
    QCOMPARE(texts(child<QListWidget>(*d, "unexpectedList")), QStringList({ QStringLiteral("S-1999-000001/1") }));
    QCOMPARE(child<QListWidget>(*d, "missingList")->count(), 2);
}

void TestInventoryDialog::testCoreErrorShownWithReason()
{
    QPointer<InventoryDialog> d = openDialog();
    QVERIFY(d);
    QTest::mouseClick(child<QPushButton>(*d, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(d->isInventoryOpen());
    // Not a copy number: the core refuses and says what it expects.
    sight(d, QString(120, QLatin1Char('X')));
    QTRY_VERIFY(!d->errorText().isEmpty());
    QVERIFY2(d->errorText().contains(QStringLiteral("copy number")), qPrintable(d->errorText()));
    QCOMPARE(child<QListWidget>(*d, "sightedList")->count(), 0);
    // The next good scan clears the error.
    sight(d, m_control + QStringLiteral("/1"));
    QTRY_COMPARE(child<QListWidget>(*d, "sightedList")->count(), 1);
    QVERIFY(d->errorText().isEmpty());
}

QTEST_MAIN(TestInventoryDialog)
#include "TestInventoryDialog.moc"
