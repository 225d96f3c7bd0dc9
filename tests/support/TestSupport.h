// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "report/ExportBundle.h"
#include "service/Register.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace kanribo::test
{

// The range and reader of an export, nothing else set.
inline ExportOptions exportOptions(const QDate& from, const QDate& to, const QString& reader)
{
    ExportOptions o;
    o.from = from;
    o.to = to;
    o.reader = reader;
    return o;
}

// A clock the test moves by hand.
class FakeClock : public Clock
{
public:
    FakeClock()
        : m_now(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

// Why the register's full verification fails ("" when it verifies), so a failing test says which row or event.
inline QString verifyProblem(Register& reg)
{
    auto v = reg.verify();
    if (!v)
        return v.error().message;
    return v->ok ? QString() : QStringLiteral("event %1: %2").arg(v->firstBad).arg(v->reason);
}

inline const QByteArray kOfficerPassword = QByteArrayLiteral("officer-pass-1-Kx9");
inline const QByteArray kUserPassword = QByteArrayLiteral("user-pass-123-Kx9");

// A register in a temporary folder with a Top Secret officer "officer" (fast test KDF).
class TempRegister
{
public:
    explicit TempRegister(const Clock& clock = Clock::system(), RegisterOptions options = {});
    QString path() const { return m_path; }
    QString keysPath() const { return Register::keyRingPathFor(m_path); }
    Register& reg() { return *m_reg; }
    std::unique_ptr<Register>& ptr() { return m_reg; }
    QString recoveryCode() const { return m_recovery; }
    // Adds a user with kUserPassword; fails the test if that fails.
    User addUser(const QString& login, Role role, Level clearance, const QString& nationality = QStringLiteral("JPN"),
        const QStringList& groups = {});
    Result<std::unique_ptr<Register>> login(const QString& login, const QByteArray& password = kUserPassword) const;
    void close() { m_reg.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Register> m_reg;
    QString m_recovery;
    const Clock& m_clock;
};

// An item with the markings every level needs (authority block, receipt), for registering in tests.
NewItem testItem(const QString& title, Level level, int copies = 1);

// A widget, action or model found by objectName (the GUI tests' seam); a missing one ends the test binary.
template <typename T> T* child(const QObject& parent, const QString& name)
{
    auto* c = parent.findChild<T*>(name);
    if (!c)
        qFatal("no child %s", qPrintable(name));
    return c;
}
template <typename T> T* child(const QObject& parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// An integer from the environment (test sizes set by CI, e.g. KANRIBO_CRASH_KILLS), else the fallback.
int envInt(const char* name, int fallback);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace kanribo::test

// A dialog's change went through: it closed (a QPointer to it may already be null). Else its error is the message.
#define KANRIBO_TRY_ACCEPTED(dialog)                                                                                   \
    QTRY_VERIFY2(!(dialog) || !(dialog)->isVisible(), qPrintable((dialog) ? (dialog)->errorText() : QString()))
// A dialog's change was refused: it shows the core's reason and stays open for another try.
#define KANRIBO_TRY_REFUSED(dialog, reason)                                                                            \
    do {                                                                                                               \
        QTRY_VERIFY2((dialog)->errorText().contains(reason), qPrintable((dialog)->errorText()));                       \
        QVERIFY((dialog)->isVisible());                                                                                \
    } while (false)
