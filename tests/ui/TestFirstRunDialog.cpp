// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"
#include "FirstRunDialog.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kanribo;
using kanribo::test::child;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testMismatchedPasswordsAreRefused();
    void testCreatesRegisterAndShowsRecoveryCodeOnce();

private:
    void fill(FirstRunDialog& d, const QString& password, const QString& confirm);
};

void TestFirstRunDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstRunDialog::fill(FirstRunDialog& d, const QString& password, const QString& confirm)
{
    child<QLineEdit>(d, "facilityEdit")->setText(QStringLiteral("Test Office"));
    child<QLineEdit>(d, "loginEdit")->setText(QStringLiteral("tanaka"));
    child<QLineEdit>(d, "nameEdit")->setText(QStringLiteral("Tanaka Ichiro"));
    child<QComboBox>(d, "nationalityCombo")->setCurrentText(QStringLiteral("JPN"));
    auto* kdf = child<QComboBox>(d, "kdfCombo");
    QCOMPARE(kdf->currentData().toInt(), int(KdfProfile::Moderate)); // the default
    kdf->setCurrentIndex(kdf->findData(int(KdfProfile::Interactive))); // fast enough for a test
    child<QLineEdit>(d, "passwordEdit")->setText(password);
    child<QLineEdit>(d, "confirmEdit")->setText(confirm);
}

void TestFirstRunDialog::testMismatchedPasswordsAreRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.kanribo"));
    FirstRunDialog d(path);
    d.show();
    fill(d, QStringLiteral("first-pass-1-Kx9"), QStringLiteral("other-pass-1-Kx9"));
    child<QPushButton>(d, "okButton")->click();
    QVERIFY(!d.isCreating());
    QVERIFY(!child<QLabel>(d, "errorLabel")->text().isEmpty());
    QVERIFY(!QFileInfo::exists(path));
}

void TestFirstRunDialog::testCreatesRegisterAndShowsRecoveryCodeOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.kanribo"));
    FirstRunDialog d(path);
    d.show();
    fill(d, QStringLiteral("officer-pass-1-Kx9"), QStringLiteral("officer-pass-1-Kx9"));
    child<QPushButton>(d, "okButton")->click();
    QVERIFY(d.isCreating());
    QVERIFY(child<QWidget>(d, "busyIndicator")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(d, "recoveryPage")->isVisible(), 20000);
    QVERIFY(child<QLabel>(d, "errorLabel")->text().isEmpty());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(Register::keyRingPathFor(path)));

    const QString code = child<QLineEdit>(d, "recoveryCodeEdit")->text();
    QVERIFY(code.size() >= 16);
    QVERIFY(child<QLabel>(d, "recoveryWarning")->text().contains(QStringLiteral("safe")));

    // Copy: marked secret for clipboard managers, cleared on time.
    child<QPushButton>(d, "copyButton")->click();
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), code);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(Clipboard::instance()->isPending());
    Clipboard::instance()->clearNow();
    QVERIFY(QGuiApplication::clipboard()->text() != code);

    // Finish only once the officer confirms the code is written down; Escape does not skip it.
    auto* finish = child<QPushButton>(d, "finishButton");
    QVERIFY(!finish->isEnabled());
    d.reject();
    QVERIFY(d.isVisible());
    child<QCheckBox>(d, "writtenDownCheck")->setChecked(true);
    QVERIFY(finish->isEnabled());
    finish->click();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(child<QLineEdit>(d, "recoveryCodeEdit")->text().isEmpty()); // shown once

    auto reg = d.takeRegister();
    QVERIFY(reg);
    QCOMPARE(reg->me().login, QStringLiteral("tanaka"));
    QCOMPARE(reg->me().role, Role::Officer);
    QCOMPARE(reg->facility(), QStringLiteral("Test Office"));
    QCOMPARE(reg->kdfProfile(), KdfProfile::Interactive);
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
