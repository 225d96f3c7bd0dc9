// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Drives the real kanribo-cli ($KANRIBO_CLI) with QProcess: passwords on standard input, a register in a
// temporary folder, the fast-enough "interactive" Argon2id profile.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace kanribo::test
{

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const
    {
        QJsonParseError e {};
        return QJsonDocument::fromJson(out, &e);
    }
    bool jsonOk() const
    {
        QJsonParseError e {};
        QJsonDocument::fromJson(out, &e);
        return e.error == QJsonParseError::NoError;
    }
    // Exactly one line on standard error, "kanribo-cli: <message>".
    bool oneErrorLine() const
    {
        return err.startsWith("kanribo-cli: ") && err.endsWith('\n') && err.count('\n') == 1 && err.size() > 14;
    }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "; stderr: " + err + "; stdout: " + out.left(400);
    }
};

inline QByteArray digestOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline QByteArray lines(std::initializer_list<QByteArray> list)
{
    QByteArray all;
    for (const auto& l : list)
        all += l + '\n';
    return all;
}

class CliHarness
{
public:
    CliHarness()
        : m_path(m_dir.filePath(QStringLiteral("test.kanribo")))
    {
    }

    QString path() const { return m_path; }
    QString keysPath() const { return m_path + QStringLiteral(".keys"); }
    QString dir() const { return m_dir.path(); }

    static QString binary() { return qEnvironmentVariable("KANRIBO_CLI"); }

    // Starts BINARY ARGS with the test environment and writes INPUT (the passwords) to its standard input, which is
    // then closed. childSetup runs in the child between fork and exec (resource limits, dropping privileges).
    static bool start(QProcess& p, const QString& binary, const QStringList& args, const QByteArray& input = {},
        const QProcessEnvironment& env = baseEnvironment(), const std::function<void()>& childSetup = {})
    {
        p.setProcessEnvironment(env);
        if (childSetup)
            p.setChildProcessModifier(childSetup);
        p.start(binary, args);
        if (!p.waitForStarted(30000))
            return false;
        p.write(input);
        p.closeWriteChannel();
        return true;
    }

    // Runs BINARY to the end (at most timeoutMs): exit code (-2 for a crash or kill), standard output and error.
    static CliRun execBinary(const QString& binary, const QStringList& args, const QByteArray& input = {},
        const QProcessEnvironment& env = baseEnvironment(), const std::function<void()>& childSetup = {},
        int timeoutMs = 600000)
    {
        QProcess p;
        CliRun r;
        if (!start(p, binary, args, input, env, childSetup))
            return r;
        p.waitForFinished(timeoutMs);
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // kanribo-cli ARGS.
    static CliRun exec(const QStringList& args, const QByteArray& input = {},
        const QProcessEnvironment& env = baseEnvironment(), const std::function<void()>& childSetup = {})
    {
        return execBinary(binary(), args, input, env, childSetup);
    }

    static QProcessEnvironment baseEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KANRIBO_REGISTER"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // kanribo-cli --register PATH ARGS...
    CliRun run(const QStringList& args, const QByteArray& input = {}) const
    {
        return exec(QStringList { QStringLiteral("--register"), m_path } + args, input);
    }

    // kanribo-cli --register PATH --as LOGIN ARGS..., standard input = the given lines.
    CliRun as(const QString& login, const QStringList& args, const QByteArray& input) const
    {
        return run(QStringList { QStringLiteral("--as"), login } + args, input);
    }

    CliRun officer(const QStringList& args, const QByteArray& extraInput = {}) const
    {
        return as(QStringLiteral("officer"), args, lines({ kOfficerPassword }) + extraInput);
    }

    // The events after seq, as the officer's `audit log --json` shows them.
    QJsonArray eventsAfter(qint64 seq) const
    {
        const CliRun log = officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log") });
        QJsonArray out;
        for (const auto& v : log.json().array())
            if (v.toObject().value(QStringLiteral("seq")).toInteger() > seq)
                out.append(v);
        return out;
    }
    qint64 lastSeq() const
    {
        const QJsonArray all = eventsAfter(0);
        return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInteger();
    }
    // The kinds and subjects ("kind subject") of the events after seq.
    QStringList kindsAfter(qint64 seq) const
    {
        QStringList out;
        for (const auto& v : eventsAfter(seq))
            out << v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                    + v.toObject().value(QStringLiteral("subject")).toString();
        return out;
    }

    // A register with the Top Secret officer "officer".
    CliRun init(const QStringList& extra = {}) const
    {
        return run(QStringList { QStringLiteral("init"), QStringLiteral("--officer"), QStringLiteral("officer"),
                       QStringLiteral("--name"), QStringLiteral("山田 太郎"), QStringLiteral("--clearance"),
                       QStringLiteral("top-secret"), QStringLiteral("--nationality"), QStringLiteral("JPN"),
                       QStringLiteral("--kdf"), QStringLiteral("interactive") }
                + extra,
            lines({ kOfficerPassword }));
    }

    CliRun addUser(const QString& login, const QString& role = QStringLiteral("staff"),
        const QString& clearance = QStringLiteral("secret"), const QStringList& extra = {}) const
    {
        return officer(
            QStringList { QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--name"),
                QStringLiteral("User ") + login, QStringLiteral("--role"), role, QStringLiteral("--clearance"),
                clearance, QStringLiteral("--nationality"), QStringLiteral("JPN") }
                + extra,
            lines({ kUserPassword }));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace kanribo::test

#define CLI_EXPECT(run, expected)                                                                                      \
    do {                                                                                                               \
        const auto& cliRun_ = (run);                                                                                   \
        QVERIFY2(cliRun_.code == (expected), cliRun_.describe().constData());                                          \
        if ((expected) != 0)                                                                                           \
            QVERIFY2(cliRun_.oneErrorLine(), cliRun_.describe().constData());                                          \
    } while (false)
