// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"
#include "TestSupport.h"
#include "i18n/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
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

private:
    template <typename T> static T* child(QWidget& w, const char* name)
    {
        auto* c = w.findChild<T*>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }
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
    QCoreApplication::processEvents();
    // Strict once kanribo_ja.qm translates the string: the dialog shows whatever the translator gives.
    const QString ja = QCoreApplication::translate("kanribo::LoginDialog", "&Login:");
    QTRY_COMPARE(loginLabel(), ja);
    QTRY_COMPARE(d.windowTitle(), QCoreApplication::translate("kanribo::LoginDialog", "Kanribo — Log in"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(loginLabel(), QStringLiteral("&Login:"));
    QCOMPARE(d.windowTitle(), QStringLiteral("Kanribo — Log in"));
    QCOMPARE(child<QPushButton>(d, "okButton")->text(), QStringLiteral("&Log in"));
}

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
