// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli policy adopt and policy show (R-TRU-4: the policy pack in force is on the record).
#include "CliHarness.h"

#include "policy/PolicyPack.h"

#include <QJsonArray>
#include <QtTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The built-in pack under another id, with the Top Secret witness turned off.
QByteArray facilityPack()
{
    QJsonObject o = QJsonDocument::fromJson(PolicyPack::builtin().source()).object();
    o.insert(QStringLiteral("id"), QStringLiteral("facility"));
    o.insert(QStringLiteral("pack_version"), QStringLiteral("2027.1"));
    QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    QJsonObject ts = rules.value(QStringLiteral("top-secret")).toObject();
    ts.insert(QStringLiteral("witness_required"), false);
    rules.insert(QStringLiteral("top-secret"), ts);
    o.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(o).toJson();
}
} // namespace

class TestCliPolicy : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;

    QString file(const char* name, const QByteArray& bytes) const
    {
        const QString path = QDir(m_h.dir()).filePath(QString::fromLatin1(name));
        writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        QVERIFY(cryptoInit());
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice")), 0);
    }

    void testR_TRU_4_builtInPackUntilOneIsAdopted()
    {
        const CliRun human = m_h.officer(w("policy show"));
        CLI_EXPECT(human, 0);
        QVERIFY2(human.out.contains(PolicyPack::builtin().id().toUtf8()), human.out.constData());
        QVERIFY2(human.out.contains("built-in pack"), human.out.constData());
        const CliRun json = m_h.officer(w("--json policy show"));
        CLI_EXPECT(json, 0);
        const QJsonObject o = json.json().object();
        QCOMPARE(o.value(QStringLiteral("builtin")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), PolicyPack::builtin().id());
        QCOMPARE(o.value(QStringLiteral("sha")).toString(), PolicyPack::hashOf(PolicyPack::builtin().source()));
        QVERIFY(o.value(QStringLiteral("event")).isNull());
    }

    // Refused and unchanged: a staff user (exit 3, the denial recorded), a pack that is not valid (exit 1, the
    // field named), a file that does not exist (exit 5).
    void testR_TRU_4_adoptionRefused()
    {
        const QString good = file("good.json", facilityPack());
        const QString bad = file("bad.json", facilityPack().left(100));
        const qint64 head = m_h.lastSeq();
        const CliRun staff = m_h.as(QStringLiteral("alice"),
            { QStringLiteral("policy"), QStringLiteral("adopt"), good }, lines({ kUserPassword }));
        CLI_EXPECT(staff, 3);
        QCOMPARE(m_h.kindsAfter(head), QStringList { QStringLiteral("access.denied register") });
        const qint64 afterDenial = m_h.lastSeq();
        const QByteArray denied = digestOf(m_h.path());
        const CliRun invalid = m_h.officer({ QStringLiteral("policy"), QStringLiteral("adopt"), bad });
        CLI_EXPECT(invalid, 1);
        QVERIFY2(invalid.err.contains("Policy pack: JSON"), invalid.err.constData());
        CLI_EXPECT(m_h.officer(
                       { QStringLiteral("policy"), QStringLiteral("adopt"), m_h.dir() + QStringLiteral("/none.json") }),
            5);
        CLI_EXPECT(m_h.officer(w("policy adopt")), 1);
        QCOMPARE(digestOf(m_h.path()), denied);
        QCOMPARE(m_h.lastSeq(), afterDenial);
        QVERIFY(m_h.officer(w("--json policy show")).json().object().value(QStringLiteral("builtin")).toBool());
    }

    void testR_TRU_4_officerAdoptsAPack()
    {
        const QByteArray pack = facilityPack();
        const QString path = file("facility.json", pack);
        const QString sha = PolicyPack::hashOf(pack);
        const qint64 head = m_h.lastSeq();
        const CliRun adopt = m_h.officer({ QStringLiteral("policy"), QStringLiteral("adopt"), path });
        CLI_EXPECT(adopt, 0);
        QVERIFY2(
            adopt.out.startsWith(QByteArray("Adopted the policy pack facility 2027.1 (sha " + sha.toLatin1() + ")")),
            adopt.out.constData());
        const QJsonArray events = m_h.eventsAfter(head);
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events.first().toObject();
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("policy.adopted"));
        QCOMPARE(e.value(QStringLiteral("payload")).toObject(),
            (QJsonObject { { QStringLiteral("sha"), sha }, { QStringLiteral("id"), QStringLiteral("facility") },
                { QStringLiteral("version"), QStringLiteral("2027.1") } }));

        const CliRun human = m_h.officer(w("policy show"));
        CLI_EXPECT(human, 0);
        QVERIFY2(human.out.contains("facility") && human.out.contains(sha.toLatin1())
                && human.out.contains(
                    QByteArray("event " + QByteArray::number(e.value(QStringLiteral("seq")).toInteger()))),
            human.out.constData());
        const QJsonObject o = m_h.officer(w("--json policy show")).json().object();
        QCOMPARE(o.value(QStringLiteral("builtin")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("facility"));
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("2027.1"));
        QCOMPARE(o.value(QStringLiteral("sha")).toString(), sha);
        QCOMPARE(o.value(QStringLiteral("event")).toInteger(), e.value(QStringLiteral("seq")).toInteger());
        QCOMPARE(o.value(QStringLiteral("adopted_by")).toString(), QStringLiteral("officer"));
        // A staff user sees the pack in force, not the event's number (R-ACC-3).
        const CliRun staff = m_h.as(QStringLiteral("alice"), w("--json policy show"), lines({ kUserPassword }));
        CLI_EXPECT(staff, 0);
        QCOMPARE(staff.json().object().value(QStringLiteral("id")).toString(), QStringLiteral("facility"));
        QVERIFY(staff.json().object().value(QStringLiteral("event")).isNull());
        CLI_EXPECT(m_h.officer(w("audit verify")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "TestCliPolicy.moc"
