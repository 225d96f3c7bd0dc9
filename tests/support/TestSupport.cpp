// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QFile>
#include <QTest>

namespace kanribo::test
{

TempRegister::TempRegister(const Clock& clock, RegisterOptions options)
    : m_clock(clock)
{
    m_path = m_dir.filePath(QStringLiteral("test.kanribo"));
    options.kdf = KdfProfile::Fast;
    if (options.facility.isEmpty())
        options.facility = QStringLiteral("Test Facility");
    NewUser officer;
    officer.login = QStringLiteral("officer");
    officer.name = QStringLiteral("Officer Tanaka");
    officer.role = Role::Officer;
    officer.clearance = Level::TopSecret;
    officer.nationality = QStringLiteral("JPN");
    auto created = Register::create(m_path, officer, kOfficerPassword, options, clock);
    if (!created)
        qFatal("cannot create test register: %s", qPrintable(created.error().message));
    m_reg = std::move(created->reg);
    m_recovery = created->recoveryCode;
}

User TempRegister::addUser(
    const QString& login, Role role, Level clearance, const QString& nationality, const QStringList& groups)
{
    NewUser u;
    u.login = login;
    u.name = login.toUpper();
    u.role = role;
    u.clearance = clearance;
    u.nationality = nationality;
    u.briefed = QDate(2026, 1, 10);
    u.clearanceExpires = QDate(2030, 1, 1);
    u.groups = groups;
    auto r = m_reg->people().addUser(u, kUserPassword);
    if (!r)
        qFatal("cannot add user %s: %s", qPrintable(login), qPrintable(r.error().message));
    return r.value();
}

Result<std::unique_ptr<Register>> TempRegister::login(const QString& login, const QByteArray& password) const
{
    return Register::open(m_path, login, password, m_clock);
}

NewItem testItem(const QString& title, Level level, int copies)
{
    NewItem ni;
    ni.title = title;
    ni.level = level;
    ni.origin = QStringLiteral("USA");
    ni.regime = level == Level::Unclassified ? QString() : QStringLiteral("gsomia");
    ni.copies = copies;
    ni.authority
        = { QStringLiteral("USN PACFLT N2"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
    ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-1"), QStringLiteral("courier"),
        QDate(2026, 11, 20), true };
    return ni;
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

} // namespace kanribo::test
