// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

namespace kanribo::bench
{

// The sizes of docs/performance.md.
struct SizeSpec {
    QString name;
    int users = 0;
    int items = 0;
    qint64 events = 0;
    int staffPool = 0; // staff logged in at the same time during generation (they hold and hand over copies)
};
SizeSpec sizeSpec(const QString& name); // small | medium | full; name empty when unknown

// A deterministic clock: every call to tick() moves it on; the generator ticks once per operation.
class BenchClock : public Clock
{
public:
    BenchClock()
        : m_now(QDateTime(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void tick(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

inline const QByteArray kBenchPassword = QByteArrayLiteral("bench-pass-1234-Kx9");

// Where one size's registers live: DIR/SIZE/enc.kanribo (+ .keys) and DIR/SIZE/plain.kanribo (+ .keys), the same
// content (plain is exported from enc with sqlcipher_export), and DIR/SIZE/done.json once complete.
struct DataSet {
    QString dir;
    QString encPath() const { return dir + QStringLiteral("/enc.kanribo"); }
    QString plainPath() const { return dir + QStringLiteral("/plain.kanribo"); }
    QString donePath() const { return dir + QStringLiteral("/done.json"); }
};

// Generates the register of the given size through the core API (unless done.json exists), seeded.
// Progress goes to stderr. Returns the data set.
Result<DataSet> ensureDataSet(const QString& root, const SizeSpec& size, quint64 seed);

// Officer login of generated registers; staff logins are s0001, s0002, ...
inline QString officerLogin()
{
    return QStringLiteral("officer");
}
QString staffLogin(int i);

} // namespace kanribo::bench
