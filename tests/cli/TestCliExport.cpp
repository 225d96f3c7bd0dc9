// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli audit export / verify-export (R-INV-2): an inspector checks a bundle offline, with no register.
#include "CliHarness.h"

#include <QJsonArray>
#include <QtTest>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;
    QTemporaryDir m_elsewhere; // the inspector's machine: no register here

    QString bundlePath() const { return m_h.dir() + QStringLiteral("/audit.kbundle"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init({ QStringLiteral("--facility"), QStringLiteral("防衛装備庁 第1保管所") }), 0);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO")), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice")), 0);
        CLI_EXPECT(
            m_h.addUser(QStringLiteral("inspector"), QStringLiteral("auditor"), QStringLiteral("top-secret")), 0);
    }

    void exportAndVerifyElsewhere()
    {
        const CliRun ex = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
            QStringLiteral("--out"), bundlePath() });
        CLI_EXPECT(ex, 0);
        QVERIFY2(ex.jsonOk(), ex.out.constData());
        const qint64 events = ex.json().object().value(QStringLiteral("events")).toInteger();
        QVERIFY(events >= 4);

        const QString copy = m_elsewhere.filePath(QStringLiteral("copy.kbundle"));
        QVERIFY(QFile::copy(bundlePath(), copy));
        // No --register, no --as, no password, and the default register must not matter either.
        QProcessEnvironment env = CliHarness::baseEnvironment();
        env.insert(QStringLiteral("KANRIBO_REGISTER"), m_elsewhere.filePath(QStringLiteral("none.kanribo")));
        const CliRun json = CliHarness::exec(
            { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify-export"), copy }, {}, env);
        CLI_EXPECT(json, 0);
        QVERIFY2(json.jsonOk(), json.out.constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.keys(),
            (QStringList { QStringLiteral("events"), QStringLiteral("from"), QStringLiteral("ok"),
                QStringLiteral("signer"), QStringLiteral("to") }));
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("events")).toInteger(), events);
        QVERIFY(QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate).isValid());
        QVERIFY(QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate).isValid());
        QCOMPARE(o.value(QStringLiteral("signer")).toString(),
            ex.json().object().value(QStringLiteral("signer")).toString());

        const CliRun human
            = CliHarness::exec({ QStringLiteral("audit"), QStringLiteral("verify-export"), copy }, {}, env);
        CLI_EXPECT(human, 0);
        QVERIFY(human.out.contains("verifies"));
        QVERIFY(human.out.contains(o.value(QStringLiteral("signer")).toString().toUtf8()));
        QVERIFY(QString::fromUtf8(human.out).contains(QStringLiteral("防衛装備庁")));
        const CliRun ja = CliHarness::exec({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("audit"),
                                               QStringLiteral("verify-export"), copy },
            {}, env);
        CLI_EXPECT(ja, 0);
    }

    void tamperedExitsFour()
    {
        const QByteArray good = readAll(bundlePath());
        QVERIFY(good.size() > 200);
        const QString bad = m_elsewhere.filePath(QStringLiteral("bad.kbundle"));
        for (qsizetype pos : { qsizetype(0), qsizetype(20), good.size() / 2, good.size() - 1 }) {
            QByteArray b = good;
            b[pos] = static_cast<char>(b.at(pos) ^ 0x01);
            writeAll(bad, b);
            const CliRun r = CliHarness::exec(
                { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify-export"), bad });
            CLI_EXPECT(r, 4);
            QVERIFY2(r.jsonOk(), r.out.constData());
            QCOMPARE(r.json().object().value(QStringLiteral("ok")).toBool(), false);
        }
        writeAll(bad, good.left(good.size() - 10));
        CLI_EXPECT(CliHarness::exec({ QStringLiteral("audit"), QStringLiteral("verify-export"), bad }), 4);
        writeAll(bad, QByteArray());
        CLI_EXPECT(CliHarness::exec({ QStringLiteral("audit"), QStringLiteral("verify-export"), bad }), 4);
        CLI_EXPECT(CliHarness::exec({ QStringLiteral("audit"), QStringLiteral("verify-export"),
                       m_elsewhere.filePath(QStringLiteral("absent.kbundle")) }),
            7);
        CLI_EXPECT(CliHarness::exec(w("audit verify-export")), 1);
    }

    void exportIsRecordedAndRoleChecked()
    {
        const CliRun log = m_h.officer(w("--json audit log"));
        CLI_EXPECT(log, 0);
        bool recorded = false;
        for (const auto& v : log.json().array())
            recorded
                = recorded || v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("audit.exported");
        QVERIFY(recorded);
        const QString out = m_h.dir() + QStringLiteral("/alice.kbundle");
        CLI_EXPECT(m_h.as(QStringLiteral("alice"),
                       { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out },
                       lines({ kUserPassword })),
            3);
        QVERIFY(!QFile::exists(out));
        CLI_EXPECT(m_h.as(QStringLiteral("inspector"),
                       { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                           m_h.dir() + QStringLiteral("/insp.kbundle") },
                       lines({ kUserPassword })),
            0);
        // A bundle for a reader cleared below the range (alice: secret; the register holds a top-secret officer's
        // records only, so this range is allowed), and for an unknown reader.
        CLI_EXPECT(m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                       m_h.dir() + QStringLiteral("/x.kbundle"), QStringLiteral("--for"), QStringLiteral("nobody") }),
            5);
        CLI_EXPECT(m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                       m_h.dir() + QStringLiteral("/x.kbundle"), QStringLiteral("--format"), QStringLiteral("xml") }),
            1);
    }

    void rangeExport()
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString out = m_h.dir() + QStringLiteral("/today.kbundle");
        CLI_EXPECT(m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out,
                       QStringLiteral("--from"), today, QStringLiteral("--to"), today }),
            0);
        const CliRun r = CliHarness::exec(
            { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify-export"), out });
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("from")).toString(), today);
        // A range with no events.
        CLI_EXPECT(m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out,
                       QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"),
                       QStringLiteral("2001-01-02") }),
            5);
    }

    // R-TRU-3: every export says the head of the trail and signs a checkpoint right before its audit.exported; the
    // checkpoint names the event before it, and the trail still verifies.
    void exportSaysItsHeadAndSignsACheckpoint()
    {
        for (const char* format : { "bundle", "csv" }) {
            const QString out = m_h.dir() + QStringLiteral("/head-") + QLatin1String(format);
            const CliRun ex = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
                QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out });
            CLI_EXPECT(ex, 0);
            const QJsonObject head = ex.json().object().value(QStringLiteral("head")).toObject();
            QCOMPARE(head.value(QStringLiteral("checkpoint")).toBool(), true);
            const CliRun log = m_h.officer(w("--json audit log"));
            CLI_EXPECT(log, 0);
            const QJsonArray events = log.json().array();
            QVERIFY(events.size() >= 3);
            const QJsonObject exported = events.at(events.size() - 1).toObject();
            const QJsonObject checkpoint = events.at(events.size() - 2).toObject();
            const QJsonObject before = events.at(events.size() - 3).toObject();
            QCOMPARE(exported.value(QStringLiteral("kind")).toString(), QStringLiteral("audit.exported"));
            QCOMPARE(checkpoint.value(QStringLiteral("kind")).toString(), QStringLiteral("checkpoint.signed"));
            QCOMPARE(
                head.value(QStringLiteral("seq")).toInteger(), checkpoint.value(QStringLiteral("seq")).toInteger());
            QCOMPARE(
                head.value(QStringLiteral("hash")).toString(), checkpoint.value(QStringLiteral("hash")).toString());
            const QJsonObject vouched = checkpoint.value(QStringLiteral("payload")).toObject();
            QCOMPARE(vouched.value(QStringLiteral("seq")).toInteger(), before.value(QStringLiteral("seq")).toInteger());
            QCOMPARE(vouched.value(QStringLiteral("hash")).toString(), before.value(QStringLiteral("hash")).toString());
        }
        const CliRun human = m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
            m_h.dir() + QStringLiteral("/h.kbundle") });
        CLI_EXPECT(human, 0);
        QVERIFY2(human.out.contains("Head: event "), human.out.constData());
        CLI_EXPECT(m_h.officer(w("audit verify")), 0);
    }

    void csvExport()
    {
        const QString dir = m_h.dir() + QStringLiteral("/csv");
        const CliRun r = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), dir });
        CLI_EXPECT(r, 0);
        const QJsonArray files = r.json().object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 7);
        for (const char* name :
            { "items", "copies", "events", "destructions", "reproductions", "disclosures", "incidents" }) {
            const QByteArray b = readAll(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".csv"));
            QVERIFY2(b.startsWith("\xEF\xBB\xBF"), name);
            QVERIFY2(b.endsWith("\r\n"), name);
        }
        QVERIFY(readAll(dir + QStringLiteral("/events.csv")).contains("register.created"));
        // NAME.csv: the tables become NAME-items.csv, ...
        const CliRun prefixed
            = m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--out"), m_h.dir() + QStringLiteral("/inspection.csv") });
        CLI_EXPECT(prefixed, 0);
        QVERIFY(QFile::exists(m_h.dir() + QStringLiteral("/inspection-events.csv")));
    }

    // The audit view's filter on the command line: only the matching events are written, the export's figures count
    // them, and what cannot be filtered or is mistyped is a usage error that writes nothing.
    void filteredCsvExport()
    {
        const QString dir = m_h.dir() + QStringLiteral("/filtered");
        const CliRun r = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("export"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"), QStringLiteral("user.added"),
            QStringLiteral("--out"), dir });
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("events")).toInteger(), 2); // alice and inspector
        const QByteArray events = readAll(dir + QStringLiteral("/events.csv"));
        QCOMPARE(events.count("user.added"), 2);
        QVERIFY(!events.contains("register.created"));
        QVERIFY(!events.contains("group.added"));

        for (const auto& [actor, count] : { std::pair { "officer", 2 }, std::pair { "alice", 0 } }) {
            const CliRun byActor = m_h.officer({ QStringLiteral("--json"), QStringLiteral("audit"),
                QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"),
                QStringLiteral("user.added"), QStringLiteral("--actor"), QString::fromLatin1(actor),
                QStringLiteral("--out"), m_h.dir() + QStringLiteral("/by-") + QString::fromLatin1(actor) });
            CLI_EXPECT(byActor, 0);
            QCOMPARE(byActor.json().object().value(QStringLiteral("events")).toInteger(), count);
        }

        CLI_EXPECT(
            m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--kind"),
                QStringLiteral("user.added"), QStringLiteral("--out"), m_h.dir() + QStringLiteral("/f.kbundle") }),
            1);
        QVERIFY(!QFile::exists(m_h.dir() + QStringLiteral("/f.kbundle")));
        const CliRun typo = m_h.officer({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--kind"), QStringLiteral("user.add"), QStringLiteral("--out"),
            m_h.dir() + QStringLiteral("/typo") });
        CLI_EXPECT(typo, 1);
        QVERIFY(typo.err.contains("'user.add' is not an event kind."));
        QVERIFY(!QFile::exists(m_h.dir() + QStringLiteral("/typo/events.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "TestCliExport.moc"
