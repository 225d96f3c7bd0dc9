// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli audit verify and audit log (R-INV-2: the audit trail in a form inspectors can check).
#include "CliHarness.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QtTest>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO")), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice")), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("inspector"), QStringLiteral("auditor"), QStringLiteral("secret")), 0);
    }

    void verifyHumanAndJson()
    {
        const CliRun human = m_h.officer(w("audit verify"));
        CLI_EXPECT(human, 0);
        QVERIFY(human.out.contains("verifies"));
        const CliRun json = m_h.officer(w("--json audit verify"));
        CLI_EXPECT(json, 0);
        QVERIFY2(json.jsonOk(), json.out.constData());
        const QJsonObject o = json.json().object();
        QCOMPARE(o.keys(),
            (QStringList { QStringLiteral("events"), QStringLiteral("first_bad"), QStringLiteral("head"),
                QStringLiteral("ok"), QStringLiteral("reason") }));
        // R-TRU-3: the head (last event and its hash) is printed for the officer to note down or compare.
        QCOMPARE(o.value(QStringLiteral("head")).toObject().value(QStringLiteral("seq")).toInteger(),
            o.value(QStringLiteral("events")).toInteger());
        QCOMPARE(o.value(QStringLiteral("head")).toObject().value(QStringLiteral("hash")).toString().size(), 64);
        QVERIFY(human.out.contains("Head: event "));
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("events")).toInteger() >= 4);
        QVERIFY(o.value(QStringLiteral("first_bad")).isNull());
        QVERIFY(o.value(QStringLiteral("reason")).isNull());
        // R-ACC-3: the trail's figures are for those who keep or inspect the accounts, not for staff.
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("audit verify"), lines({ kUserPassword })), 3);
    }

    // R-TRU-3: a seal kept outside the register; verify --since proves its events are all still there.
    void sealThenVerifySince()
    {
        const QString seal = m_h.dir() + QStringLiteral("/head.seal");
        const CliRun sealed = m_h.officer(
            QStringList { QStringLiteral("audit"), QStringLiteral("seal"), QStringLiteral("--out"), seal });
        CLI_EXPECT(sealed, 0);
        QVERIFY(!(QFileInfo(seal).permissions()
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))); // 0600
        CLI_EXPECT(m_h.officer(w("group add LATER")), 0); // the trail grows after the seal: still fine
        const CliRun since = m_h.officer(
            QStringList { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--since"), seal });
        CLI_EXPECT(since, 0);
        QVERIFY(since.out.contains("unchanged"));
        // A file that is not a seal or a bundle is refused as damaged; a missing one is not found.
        QFile junk(m_h.dir() + QStringLiteral("/junk.seal"));
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("{\"format\": \"kanribo-seal\"}") > 0);
        junk.close();
        CLI_EXPECT(m_h.officer(QStringList {
                       QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--since"), junk.fileName() }),
            4);
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--since"), m_h.dir() + QStringLiteral("/none") }),
            5);
        // Staff may not seal.
        CLI_EXPECT(m_h.as(QStringLiteral("alice"),
                       QStringList { QStringLiteral("audit"), QStringLiteral("seal"), QStringLiteral("--out"),
                           m_h.dir() + QStringLiteral("/alice.seal") },
                       lines({ kUserPassword })),
            3);
        QVERIFY(!QFile::exists(m_h.dir() + QStringLiteral("/alice.seal")));
    }

    void verifyContent()
    {
        const CliRun r = m_h.officer(w("--json audit verify --content"));
        CLI_EXPECT(r, 0);
        const QJsonObject c = r.json().object().value(QStringLiteral("content")).toObject();
        QVERIFY(c.contains(QStringLiteral("checked")));
        QVERIFY(c.value(QStringLiteral("bad")).isNull());
    }

    void logJson()
    {
        const CliRun r = m_h.officer(w("--json audit log"));
        CLI_EXPECT(r, 0);
        QVERIFY(r.json().isArray());
        const QJsonArray events = r.json().array();
        QVERIFY(events.size() >= 4);
        const QJsonObject first = events.first().toObject();
        for (const char* k : { "seq", "time", "actor", "kind", "subject", "payload", "cosigners", "hash" })
            QVERIFY2(first.contains(QLatin1String(k)), k);
        QCOMPARE(first.value(QStringLiteral("seq")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("register.created"));
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("officer"));
        QVERIFY(first.value(QStringLiteral("payload")).isObject());
        qint64 prev = 0;
        for (const auto& v : events) {
            QVERIFY(v.toObject().value(QStringLiteral("seq")).toInteger() > prev);
            prev = v.toObject().value(QStringLiteral("seq")).toInteger();
        }
        // Auditors read the trail too.
        CLI_EXPECT(m_h.as(QStringLiteral("inspector"), w("audit log"), lines({ kUserPassword })), 0);
    }

    void logHumanTable()
    {
        const CliRun r = m_h.officer(w("audit log"));
        CLI_EXPECT(r, 0);
        QVERIFY(r.out.startsWith("No."));
        QVERIFY(r.out.contains("register.created"));
        QVERIFY(r.out.contains("user:alice"));
        const CliRun ja = m_h.officer(w("--lang ja audit log"));
        CLI_EXPECT(ja, 0);
        QVERIFY(ja.out.contains("年"));
    }

    void logDateRange()
    {
        const QDate today = QDate::currentDate();
        const auto count = [&](const QStringList& args) {
            return m_h
                .officer(
                    QStringList { QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log") } + args)
                .json()
                .array()
                .size();
        };
        const qsizetype all = count({});
        QCOMPARE(count({ QStringLiteral("--from"), today.addDays(-1).toString(Qt::ISODate) }), all);
        QCOMPARE(count({ QStringLiteral("--to"), today.addDays(1).toString(Qt::ISODate) }), all);
        QCOMPARE(count({ QStringLiteral("--from"), today.addDays(2).toString(Qt::ISODate) }), 0);
        QCOMPARE(count({ QStringLiteral("--to"), today.addDays(-2).toString(Qt::ISODate) }), 0);
        CLI_EXPECT(m_h.officer(w("audit log --to 2026-13-45")), 1);
    }

    void logItemFilter()
    {
        // No item commands yet: an unknown control number gives an empty trail, not an error.
        const CliRun r = m_h.officer(w("--json audit log --item S-2026-000001"));
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().array().size(), 0);
    }

    void staffMayNotReadTheTrail()
    {
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("audit log"), lines({ kUserPassword })), 3);
        // The denial is in the trail (R-ACC-4).
        const CliRun r = m_h.officer(w("--json audit log"));
        QCOMPARE(r.json().array().last().toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("access.denied"));
    }

    // Issue 15, R-ACC-4: the denial is recorded as a code; the same signed event reads in English under --lang en
    // and in Japanese under --lang ja, and the recorded bytes hold no words of either.
    void testR_ACC_4_denialReadsInTheReadersLanguage()
    {
        const CliRun denied = m_h.as(QStringLiteral("alice"), w("--lang ja audit log"), lines({ kUserPassword }));
        CLI_EXPECT(denied, 3);
        QVERIFY2(denied.err.contains("役割"), denied.err.constData()); // alice is told why in her language

        const auto lastEvent = [&](const char* lang) {
            const CliRun r = m_h.officer(QStringList { QStringLiteral("--lang"), QString::fromLatin1(lang),
                QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log") });
            return r.json().array().last().toObject();
        };
        const QJsonObject en = lastEvent("en");
        const QJsonObject ja = lastEvent("ja");
        QCOMPARE(en.value(QStringLiteral("kind")).toString(), QStringLiteral("access.denied"));
        QCOMPARE(en.value(QStringLiteral("hash")), ja.value(QStringLiteral("hash"))); // one and the same event
        QCOMPARE(en.value(QStringLiteral("payload")).toObject().value(QStringLiteral("reasons")).toArray(),
            QJsonArray { QStringLiteral("this needs the role officer / auditor") });
        QCOMPARE(ja.value(QStringLiteral("payload")).toObject().value(QStringLiteral("reasons")).toArray(),
            QJsonArray { QStringLiteral("この操作には officer / auditor の役割が必要です") });
        // The recorded form beside the words, the same in both (docs/cli.md).
        const QJsonArray codes { QJsonObject { { QStringLiteral("code"), QStringLiteral("role") },
            { QStringLiteral("args"),
                QJsonObject { { QStringLiteral("roles"), QStringLiteral("officer,auditor") } } } } };
        QCOMPARE(en.value(QStringLiteral("reason_codes")).toArray(), codes);
        QCOMPARE(ja.value(QStringLiteral("reason_codes")).toArray(), codes);

        // The table shows the words too.
        QVERIFY(m_h.officer(w("--lang en audit log")).out.contains("this needs the role"));
        QVERIFY(m_h.officer(w("--lang ja audit log")).out.contains("この操作には"));

        // The bundle carries the recorded bytes: the code, no words.
        const QString file = m_h.dir() + QStringLiteral("/reasons.kbundle");
        CLI_EXPECT(m_h.officer(QStringList {
                       QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), file }),
            0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains(R"("reasons":[{"args":{"roles":"officer,auditor"},"code":"role"}])"));
        QVERIFY(!bytes.contains("this needs the role"));
        QVERIFY(!bytes.contains(QStringLiteral("役割").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
