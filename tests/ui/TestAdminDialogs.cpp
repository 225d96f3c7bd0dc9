// SPDX-License-Identifier: GPL-3.0-or-later
// The people and container dialogs of the Administration menu, opened from their actions and filled as a user would:
// each change reaches the register; each refusal shows the core's reason, keeps the dialog open and changes nothing.
#include "AddContainerDialog.h"
#include "AddUserDialog.h"
#include "ChangePasswordDialog.h"
#include "ContainersModel.h"
#include "DisableUserDialog.h"
#include "GroupMembershipDialog.h"
#include "IdleLockDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OffboardUserDialog.h"
#include "TestSupport.h"
#include "UsersModel.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/CoreSession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestAdminDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testR_ACC_6_addUserRecordsClearanceGroupsAndPassword();
    void testAddUserRefusesAnExistingLogin();
    void testR_CUS_4_addContainerWithItsApprovedLevel();
    void testAddContainerRefusesAnExistingId();
    void testR_ACC_1_grantAndRevokeNeedToKnow();
    void testR_ACC_1_custodianCannotGrantHerselfNeedToKnow();
    void testDisableUserAfterConfirmation();
    void testDisableOwnAccountRefused();
    void testR_PER_5_offboardRecoversTheCopiesAndDisables();
    void testChangeMyPassword();
    void testChangePasswordRefusesAWrongCurrentPassword();
    void testR_TRU_5_weakPasswordShownAndRefused();
    void testATypedPasswordIsWipedWhenTheTaskIsDone();
    void testIdleLockTimeIsARegisterSetting();
    void testIdleLockTimeIsTheOfficers();

private:
    void openWindow(std::unique_ptr<Register> reg);
    template <typename D> D* open(const char* action)
    {
        child<QAction>(*m_window, action)->trigger();
        return m_window->findChild<D*>();
    }
    static void submit(AdminDialog* d) { QTest::mouseClick(child<QPushButton>(*d, "okButton"), Qt::LeftButton); }
    static void select(QComboBox* combo, const QVariant& data) { combo->setCurrentIndex(combo->findData(data)); }
    User user(const QString& login);

    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<MainWindow> m_window;
};

void TestAdminDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("KanriboTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestAdminDialogs"));
}

void TestAdminDialogs::init()
{
    setLanguage(QStringLiteral("en"));
    m_temp = std::make_unique<TempRegister>();
    Register& reg = m_temp->reg();
    QVERIFY(reg.people().addGroup(QStringLiteral("radar"), QStringLiteral("Radar programme")).ok());
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::Secret, QStringLiteral("Room 204") }).ok());
    m_temp->addUser(QStringLiteral("alice"), Role::Custodian, Level::Secret);
    openWindow(std::move(m_temp->ptr()));
}

void TestAdminDialogs::cleanup()
{
    m_window.reset();
    m_temp.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestAdminDialogs::openWindow(std::unique_ptr<Register> reg)
{
    m_window = std::make_unique<MainWindow>(std::move(reg));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

User TestAdminDialogs::user(const QString& login)
{
    auto u = m_window->reg().people().user(login);
    if (!u)
        qFatal("no user %s", qPrintable(login));
    return u.value();
}

void TestAdminDialogs::testR_ACC_6_addUserRecordsClearanceGroupsAndPassword()
{
    QPointer<AddUserDialog> d = open<AddUserDialog>("addUserAction");
    QVERIFY(d);
    child<QLineEdit>(*d, "loginEdit")->setText(QStringLiteral("suzuki"));
    child<QLineEdit>(*d, "nameEdit")->setText(QStringLiteral("Suzuki Hanako"));
    select(child<QComboBox>(*d, "roleCombo"), static_cast<int>(Role::Custodian));
    select(child<QComboBox>(*d, "clearanceCombo"), rank(Level::Secret));
    const QDate expires = coreSession(m_window->reg()).today().addYears(4);
    child<QDateEdit>(*d, "expiresEdit")->setDate(expires);
    child<QComboBox>(*d, "nationalityCombo")->setCurrentText(QStringLiteral("JPN"));
    QVERIFY(child<QCheckBox>(*d, "briefedCheck")->isChecked());
    const QDate briefed = coreSession(m_window->reg()).today().addDays(-3);
    child<QDateEdit>(*d, "briefedEdit")->setDate(briefed);
    auto* groups = child<QListWidget>(*d, "groupsList");
    QCOMPARE(groups->count(), 1);
    groups->item(0)->setCheckState(Qt::Checked);
    child<QLineEdit>(*d, "passwordEdit")->setText(QStringLiteral("suzuki-pass-1-Kx9"));
    child<QLineEdit>(*d, "confirmEdit")->setText(QStringLiteral("suzuki-pass-1-Kx9"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);

    // R-ACC-6: the register of cleared people holds what the officer typed.
    const User u = user(QStringLiteral("suzuki"));
    QCOMPARE(u.name, QStringLiteral("Suzuki Hanako"));
    QCOMPARE(u.role, Role::Custodian);
    QCOMPARE(u.clearance, Level::Secret);
    QCOMPARE(u.clearanceExpires, expires);
    QCOMPARE(u.nationality, QStringLiteral("JPN"));
    QCOMPARE(u.briefed, briefed);
    QCOMPARE(u.groups, QStringList { QStringLiteral("radar") });
    QTRY_COMPARE(m_window->usersModel()->rowCount(), 3);
    // The new user logs in with the password the dialog was given.
    auto login = m_temp->login(QStringLiteral("suzuki"), QByteArrayLiteral("suzuki-pass-1-Kx9"));
    QVERIFY2(login.ok(), qPrintable(login ? QString() : login.error().message));
}

void TestAdminDialogs::testAddUserRefusesAnExistingLogin()
{
    QPointer<AddUserDialog> d = open<AddUserDialog>("addUserAction");
    QVERIFY(d);
    // Adding "alice" again with Top Secret would raise her clearance behind the register's back.
    child<QLineEdit>(*d, "loginEdit")->setText(QStringLiteral("alice"));
    child<QLineEdit>(*d, "nameEdit")->setText(QStringLiteral("Alice Again"));
    select(child<QComboBox>(*d, "clearanceCombo"), rank(Level::TopSecret));
    child<QLineEdit>(*d, "passwordEdit")->setText(QStringLiteral("another-pass-1-Kx9"));
    child<QLineEdit>(*d, "confirmEdit")->setText(QStringLiteral("another-pass-1-Kx9"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("The login 'alice' exists already."));
    QVERIFY(child<QLabel>(*d, "errorLabel")->isVisible());
    const User alice = user(QStringLiteral("alice"));
    QCOMPARE(alice.clearance, Level::Secret);
    QCOMPARE(alice.name, QStringLiteral("ALICE"));
    QCOMPARE(m_window->reg().people().users()->size(), 2);
    QVERIFY(m_temp->login(QStringLiteral("alice"), kUserPassword).ok());
}

void TestAdminDialogs::testR_CUS_4_addContainerWithItsApprovedLevel()
{
    QPointer<AddContainerDialog> d = open<AddContainerDialog>("addContainerAction");
    QVERIFY(d);
    child<QLineEdit>(*d, "idEdit")->setText(QStringLiteral("VAULT-02"));
    select(child<QComboBox>(*d, "levelCombo"), rank(Level::TopSecret));
    child<QLineEdit>(*d, "locationEdit")->setText(QStringLiteral("Building 2, room 9"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    auto c = m_window->reg().people().container(QStringLiteral("VAULT-02"));
    QVERIFY(c.ok());
    QCOMPARE(c->level, Level::TopSecret);
    QCOMPARE(c->location, QStringLiteral("Building 2, room 9"));
    QTRY_COMPARE(m_window->containersModel()->rowCount(), 2);
}

void TestAdminDialogs::testAddContainerRefusesAnExistingId()
{
    QPointer<AddContainerDialog> d = open<AddContainerDialog>("addContainerAction");
    QVERIFY(d);
    // Re-adding SAFE-01 as Top Secret would change its approved level without a record (R-CUS-4).
    child<QLineEdit>(*d, "idEdit")->setText(QStringLiteral("SAFE-01"));
    select(child<QComboBox>(*d, "levelCombo"), rank(Level::TopSecret));
    child<QLineEdit>(*d, "locationEdit")->setText(QStringLiteral("Elsewhere"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("The container 'SAFE-01' exists already."));
    auto c = m_window->reg().people().container(QStringLiteral("SAFE-01"));
    QVERIFY(c.ok());
    QCOMPARE(c->level, Level::Secret);
    QCOMPARE(c->location, QStringLiteral("Room 204"));
    QCOMPARE(m_window->reg().people().containers()->size(), 1);
}

void TestAdminDialogs::testR_ACC_1_grantAndRevokeNeedToKnow()
{
    QPointer<GroupMembershipDialog> d = open<GroupMembershipDialog>("membershipAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "userCombo"), QStringLiteral("alice"));
    select(child<QComboBox>(*d, "groupCombo"), QStringLiteral("radar"));
    QVERIFY(child<QRadioButton>(*d, "grantRadio")->isChecked());
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    QCOMPARE(user(QStringLiteral("alice")).groups, QStringList { QStringLiteral("radar") });
    QTRY_VERIFY(!d);

    d = open<GroupMembershipDialog>("membershipAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "userCombo"), QStringLiteral("alice"));
    select(child<QComboBox>(*d, "groupCombo"), QStringLiteral("radar"));
    child<QRadioButton>(*d, "revokeRadio")->setChecked(true);
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    QVERIFY(user(QStringLiteral("alice")).groups.isEmpty());
}

void TestAdminDialogs::testR_ACC_1_custodianCannotGrantHerselfNeedToKnow()
{
    // Need-to-know is the officer's to grant: alice, a custodian, logs in and tries to add herself to a group.
    m_window.reset();
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    openWindow(std::move(alice).value());
    QPointer<GroupMembershipDialog> d = open<GroupMembershipDialog>("membershipAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "userCombo"), QStringLiteral("alice"));
    select(child<QComboBox>(*d, "groupCombo"), QStringLiteral("radar"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("this needs the role officer"));
    QVERIFY(user(QStringLiteral("alice")).groups.isEmpty());
}

void TestAdminDialogs::testDisableUserAfterConfirmation()
{
    QPointer<DisableUserDialog> d = open<DisableUserDialog>("disableUserAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "userCombo"), QStringLiteral("alice"));
    // The officer is asked first; "No" leaves the account alone.
    MessageBox::setNextAnswer(QMessageBox::No);
    submit(d);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("alice")));
    QVERIFY(d->isVisible());
    QVERIFY(user(QStringLiteral("alice")).active);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    QVERIFY(!user(QStringLiteral("alice")).active);
    // A disabled account no longer logs in, and it stays in the register.
    QVERIFY(!m_temp->login(QStringLiteral("alice"), kUserPassword).ok());
    QCOMPARE(m_window->reg().people().users()->size(), 2);
}

void TestAdminDialogs::testDisableOwnAccountRefused()
{
    QPointer<DisableUserDialog> d = open<DisableUserDialog>("disableUserAction");
    QVERIFY(d);
    select(child<QComboBox>(*d, "userCombo"), QStringLiteral("officer"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("You cannot disable your own account."));
    QVERIFY(user(QStringLiteral("officer")).active);
    QVERIFY(m_temp->login(QStringLiteral("officer"), kOfficerPassword).ok());
}

// R-PER-1, R-PER-5: the officer picks the leaver, sees what they hold, picks the container; a container approved below
// a copy is refused with the reason and changes nothing; then the copies come back and the account is disabled.
void TestAdminDialogs::testR_PER_5_offboardRecoversTheCopiesAndDisables()
{
    Register& reg = m_window->reg();
    QVERIFY(
        reg.people().addContainer({ QStringLiteral("CAB-C"), Level::Confidential, QStringLiteral("Room 101") }).ok());
    NewItem ni = testItem(QStringLiteral("(U) Leaver's manual"), Level::Secret);
    ni.container = QStringLiteral("SAFE-01");
    auto item = reg.items().registerItem(ni);
    QVERIFY(item.ok());
    const QString copy = item->copies.first();
    QVERIFY(reg.custody().issue(copy, { QStringLiteral("alice"), kUserPassword }).ok());

    QPointer<OffboardUserDialog> d = open<OffboardUserDialog>("offboardUserAction");
    QVERIFY(d);
    auto* users = child<QComboBox>(*d, "userCombo");
    QCOMPARE(users->findData(QStringLiteral("officer")), -1); // never oneself
    select(users, QStringLiteral("alice"));
    QVERIFY2(child<QLabel>(*d, "holdingsLabel")->text().contains(copy),
        qPrintable(child<QLabel>(*d, "holdingsLabel")->text()));
    select(child<QComboBox>(*d, "containerCombo"), QStringLiteral("CAB-C"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("CAB-C"));
    QVERIFY(user(QStringLiteral("alice")).active);
    QCOMPARE(reg.custody().holdings(QStringLiteral("alice"))->size(), 1);

    select(child<QComboBox>(*d, "containerCombo"), QStringLiteral("SAFE-01"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    submit(d);
    QVERIFY(MessageBox::lastText().contains(copy));
    KANRIBO_TRY_ACCEPTED(d);
    const User left = user(QStringLiteral("alice"));
    QVERIFY(!left.active);
    QCOMPARE(left.debriefed, reg.today());
    QVERIFY(reg.custody().holdings(QStringLiteral("alice"))->isEmpty());
    QVERIFY(!m_temp->login(QStringLiteral("alice"), kUserPassword).ok());
}

void TestAdminDialogs::testChangeMyPassword()
{
    QPointer<ChangePasswordDialog> d = open<ChangePasswordDialog>("changePasswordAction");
    QVERIFY(d);
    child<QLineEdit>(*d, "currentEdit")->setText(QString::fromUtf8(kOfficerPassword));
    child<QLineEdit>(*d, "passwordEdit")->setText(QStringLiteral("officer-pass-2-Kx9"));
    child<QLineEdit>(*d, "confirmEdit")->setText(QStringLiteral("officer-pass-2-Kx9"));
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    QVERIFY(m_temp->login(QStringLiteral("officer"), QByteArrayLiteral("officer-pass-2-Kx9")).ok());
    QVERIFY(!m_temp->login(QStringLiteral("officer"), kOfficerPassword).ok());
}

void TestAdminDialogs::testChangePasswordRefusesAWrongCurrentPassword()
{
    QPointer<ChangePasswordDialog> d = open<ChangePasswordDialog>("changePasswordAction");
    QVERIFY(d);
    child<QLineEdit>(*d, "currentEdit")->setText(QStringLiteral("not-my-password"));
    child<QLineEdit>(*d, "passwordEdit")->setText(QStringLiteral("officer-pass-2-Kx9"));
    child<QLineEdit>(*d, "confirmEdit")->setText(QStringLiteral("officer-pass-2-Kx9"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("Unknown login or wrong password."));
    // Nothing typed is kept in the fields.
    QVERIFY(child<QLineEdit>(*d, "currentEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(*d, "passwordEdit")->text().isEmpty());
    QVERIFY(m_temp->login(QStringLiteral("officer"), kOfficerPassword).ok());
}

// R-TRU-5: the line under the new password says what is wrong while it is typed; the service refuses the same
// password with the same words, and the old password still opens the slot.
void TestAdminDialogs::testR_TRU_5_weakPasswordShownAndRefused()
{
    QPointer<ChangePasswordDialog> d = open<ChangePasswordDialog>("changePasswordAction");
    QVERIFY(d);
    auto* strength = child<QLabel>(*d, "passwordStrengthLabel");
    auto* next = child<QLineEdit>(*d, "passwordEdit");
    next->setText(QStringLiteral("short-1"));
    QVERIFY2(strength->text().contains(QStringLiteral("at least 12 characters")), qPrintable(strength->text()));
    next->setText(QStringLiteral("lantern orbit 74 cedar"));
    QVERIFY2(strength->text().startsWith(QStringLiteral("Strength: ")), qPrintable(strength->text()));
    next->setText(QStringLiteral("password1234"));
    QVERIFY2(strength->text().contains(QStringLiteral("too easy to guess")), qPrintable(strength->text()));
    child<QLineEdit>(*d, "currentEdit")->setText(QString::fromUtf8(kOfficerPassword));
    child<QLineEdit>(*d, "confirmEdit")->setText(QStringLiteral("password1234"));
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("too easy to guess"));
    QVERIFY(m_temp->login(QStringLiteral("officer"), kOfficerPassword).ok());
    QVERIFY(!m_temp->login(QStringLiteral("officer"), QByteArrayLiteral("password1234")).ok());
}

// A password typed in the GUI is taken out of its field once and wiped when the last task holding it ends; what a
// task made from it (a SecondPerson's password) shares the buffer and is wiped with it.
void TestAdminDialogs::testATypedPasswordIsWipedWhenTheTaskIsDone()
{
    const QByteArray typed = QByteArrayLiteral("lantern orbit 74 cedar");
    QLineEdit field;
    field.setText(QString::fromUtf8(typed));
    QByteArray inTask;
    {
        const Password password = Widgets::takePassword(&field);
        QVERIFY(field.text().isEmpty());
        QCOMPARE(password->bytes(), typed);
        const auto task = [password] { return password->bytes(); };
        inTask = task();
        QCOMPARE(inTask.constData(), password->bytes().constData());
    }
    QCOMPARE(inTask, QByteArray(typed.size(), '\0'));
}

// The idle-lock time is the register's, set by the officer with a signed event (issue 14), not a file of the user's.
void TestAdminDialogs::testIdleLockTimeIsARegisterSetting()
{
    QPointer<IdleLockDialog> d = open<IdleLockDialog>("idleLockAction");
    QVERIFY(d);
    QCOMPARE(child<QSpinBox>(*d, "minutesSpin")->value(), 10);
    child<QSpinBox>(*d, "minutesSpin")->setValue(3);
    submit(d);
    KANRIBO_TRY_ACCEPTED(d);
    QCOMPARE(m_window->reg().idleLockMinutes(), 3);
    auto last = m_window->reg().ledger().event(*m_window->reg().ledger().headSeq());
    QCOMPARE((*last)->kind, QStringLiteral("settings.changed"));
    // Every user's window follows it.
    m_window.reset();
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    QCOMPARE((*alice)->idleLockMinutes(), 3);
}

void TestAdminDialogs::testIdleLockTimeIsTheOfficers()
{
    m_window.reset();
    auto alice = m_temp->login(QStringLiteral("alice"));
    QVERIFY(alice.ok());
    openWindow(std::move(alice).value());
    QPointer<IdleLockDialog> d = open<IdleLockDialog>("idleLockAction");
    QVERIFY(d);
    child<QSpinBox>(*d, "minutesSpin")->setValue(600);
    submit(d);
    KANRIBO_TRY_REFUSED(d, QStringLiteral("this needs the role officer"));
    QCOMPARE(m_window->reg().idleLockMinutes(), 10);
}

QTEST_MAIN(TestAdminDialogs)
#include "TestAdminDialogs.moc"
