// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the hidden helper kanribo-stress ($KANRIBO_STRESS, tests/tools/KanriboStress.cpp) for the reliability
// tests: a register with the fast test KDF, groups appended one transaction each, a full check.

#include "CliHarness.h"

#include <QSet>

namespace kanribo::test
{

struct StressCheck {
    bool ran = false;
    bool verifyOk = false;
    bool contiguous = false;
    qint64 events = -1;
    QSet<QString> groups;
    QByteArray raw;
};

inline QString stressBinary()
{
    return qEnvironmentVariable("KANRIBO_STRESS");
}

inline CliRun stress(const QStringList& args, const QByteArray& password = kOfficerPassword)
{
    return CliHarness::execBinary(stressBinary(), args, password + '\n');
}

inline StressCheck stressCheck(const QString& path)
{
    StressCheck c;
    const CliRun r = stress({ QStringLiteral("check"), path });
    c.raw = r.describe();
    c.ran = r.code == 0 || r.code == 4;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line == "verify ok")
            c.verifyOk = true;
        else if (line == "contiguous yes")
            c.contiguous = true;
        else if (line.startsWith("events "))
            c.events = line.mid(7).toLongLong();
        else if (line.startsWith("group "))
            c.groups.insert(QString::fromUtf8(line.mid(6)));
    }
    return c;
}

// The groups a run reported as committed ("NAME SEQ" lines; a last line cut by a kill is not complete).
inline QStringList reportedGroups(const QByteArray& out)
{
    QStringList names;
    const QList<QByteArray> all = out.split('\n');
    for (qsizetype i = 0; i + 1 < all.size(); ++i) { // the part after the last '\n' may be cut short
        const QList<QByteArray> parts = all.at(i).split(' ');
        if (parts.size() == 2)
            names << QString::fromUtf8(parts.at(0));
    }
    return names;
}

} // namespace kanribo::test
