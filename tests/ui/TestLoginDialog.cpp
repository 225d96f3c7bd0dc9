// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"
#include "MessageBox.h"
#include "RecoverAccessDialog.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void testWrongThenRightPassword();
    void testLockoutShowsRemainingTime();
    void testLanguageComboRetranslatesAtOnce();
    void testForgotPasswordWithRecoveryCode();

private:
    static void submit(LoginDialog& d, const QString& login, const QString& password)
    {
        child<QLineEdit>(d, "loginEdit")->setText(login);
        child<QLineEdit>(d, "passwordEdit")->setText(password);
        child<QPushButton>(d, "okButton")->click();
    }
};

void TestLoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setLanguage(QStringLiteral("en"));
}

void TestLoginDialog::cleanup()
{
    setLanguage(QStringLiteral("en"));
}

void TestLoginDialog::testForgotPasswordWithRecoveryCode()
{
    TempRegister temp;
    const QString code = temp.recoveryCode();
    temp.close();
    LoginDialog d(temp.path());
    d.setLogin(QStringLiteral("officer"));
    d.show();
    child<QPushButton>(d, "forgotPasswordButton")->click();
    auto* recover = d.findChild<RecoverAccessDialog*>();
    QVERIFY(recover);
    QCOMPARE(child<QLineEdit>(*recover, "loginEdit")->text(), QStringLiteral("officer"));
    // A wrong code: refused, the reason shown, the dialog stays.
    child<QLineEdit>(*recover, "recoveryCodeEdit")->setText(QStringLiteral("WRONG-CODE"));
    child<QLineEdit>(*recover, "newPasswordEdit")->setText(QStringLiteral("brand-new-pass-1-Kx9"));
    child<QLineEdit>(*recover, "confirmPasswordEdit")->setText(QStringLiteral("brand-new-pass-1-Kx9"));
    child<QPushButton>(*recover, "okButton")->click();
    QTRY_VERIFY(!recover->isBusy());
    QTRY_VERIFY(!recover->errorText().isEmpty());
    QVERIFY(recover->isVisible());
    // The right code sets the new password; logging in with it works.
    child<QLineEdit>(*recover, "recoveryCodeEdit")->setText(code);
    child<QLineEdit>(*recover, "newPasswordEdit")->setText(QStringLiteral("brand-new-pass-1-Kx9"));
    child<QLineEdit>(*recover, "confirmPasswordEdit")->setText(QStringLiteral("brand-new-pass-1-Kx9"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QPointer<RecoverAccessDialog> guard(recover);
    child<QPushButton>(*recover, "okButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 30000);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("new password")), qPrintable(MessageBox::lastText()));
    submit(d, QStringLiteral("officer"), QStringLiteral("brand-new-pass-1-Kx9"));
    QTRY_VERIFY_WITH_TIMEOUT(d.result() == QDialog::Accepted, 30000);
    QVERIFY(d.takeRegister());
}

void TestLoginDialog::testWrongThenRightPassword()
{
    TempRegister temp;
    temp.close();
    LoginDialog d(temp.path());
    d.show();
    QVERIFY(child<QLabel>(d, "pathLabel")->text().contains(temp.path()));

    submit(d, QStringLiteral("officer"), QStringLiteral("wrong-password"));
    QTRY_VERIFY(!d.isBusy());
    auto* error = child<QLabel>(d, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(d.result() != QDialog::Accepted);
    QVERIFY(child<QLineEdit>(d, "passwordEdit")->text().isEmpty()); // not kept in the field

    submit(d, QStringLiteral("officer"), QString::fromUtf8(kOfficerPassword));
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    auto reg = d.takeRegister();
    QVERIFY(reg);
    QCOMPARE(reg->me().login, QStringLiteral("officer"));
}

void TestLoginDialog::testLockoutShowsRemainingTime()
{
    RegisterOptions options;
    options.maxFailures = 2;
    options.lockSeconds = 600;
    TempRegister temp(Clock::system(), options);
    temp.close();
    LoginDialog d(temp.path());
    d.show();
    for (int i = 0; i < 3; ++i) {
        submit(d, QStringLiteral("officer"), QStringLiteral("wrong-password"));
        QTRY_VERIFY(!d.isBusy());
    }
    auto* error = child<QLabel>(d, "errorLabel");
    QVERIFY2(error->text().contains(QStringLiteral("minute")), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>(d, "okButton")->isEnabled());
}

void TestLoginDialog::testLanguageComboRetranslatesAtOnce()
{
    TempRegister temp;
    temp.close();
    LoginDialog d(temp.path());
    d.show();
    auto* combo = child<QComboBox>(d, "languageCombo");
    auto* form = d.findChild<QFormLayout*>();
    QVERIFY(form);
    auto loginLabel
        = [&]() { return qobject_cast<QLabel*>(form->labelForField(child<QLineEdit>(d, "loginEdit")))->text(); };
    QCOMPARE(loginLabel(), QStringLiteral("&Login:"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
    QCOMPARE(currentLanguage(), QStringLiteral("ja"));
    // The Japanese of kanribo_ja.ts: these fail if kanribo_ja.qm did not load.
    QTRY_COMPARE(loginLabel(), QStringLiteral("ログイン名(&L):"));
    QCOMPARE(d.windowTitle(), QStringLiteral("Kanribo — ログイン"));
    QCOMPARE(child<QPushButton>(d, "okButton")->text(), QStringLiteral("ログイン(&L)"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(loginLabel(), QStringLiteral("&Login:"));
    QCOMPARE(d.windowTitle(), QStringLiteral("Kanribo — Log in"));
    QCOMPARE(child<QPushButton>(d, "okButton")->text(), QStringLiteral("&Log in"));
}

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
