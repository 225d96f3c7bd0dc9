// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "service/Register.h"

#include <QTemporaryDir>

#include <memory>

namespace kanribo::test {

// A clock the test moves by hand.
class FakeClock : public Clock {
public:
    FakeClock() : m_now(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

inline const QByteArray kOfficerPassword = QByteArrayLiteral("officer-pass-1");
inline const QByteArray kUserPassword = QByteArrayLiteral("user-pass-123");

// A register in a temporary folder with a Top Secret officer "officer" (fast test KDF).
class TempRegister {
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

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace kanribo::test
