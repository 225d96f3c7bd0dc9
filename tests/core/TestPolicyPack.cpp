// SPDX-License-Identifier: GPL-3.0-or-later
// The policy pack is data, validated at load with precise errors (R-MRK-2).
#include "TestSupport.h"

#include "policy/PolicyPack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kanribo;

class TestPolicyPack : public QObject
{
    Q_OBJECT

private:
    static QJsonObject builtinJson() { return QJsonDocument::fromJson(PolicyPack::builtin().source()).object(); }

private Q_SLOTS:
    void testR_MRK_2_builtinEquivalenceTable()
    {
        const PolicyPack& p = PolicyPack::builtin();
        QCOMPARE(p.level(Level::TopSecret).us, QStringLiteral("TOP SECRET"));
        QCOMPARE(p.level(Level::TopSecret).jp, QStringLiteral("機密"));
        QCOMPARE(p.level(Level::Secret).jp, QStringLiteral("極秘"));
        QCOMPARE(p.level(Level::Confidential).jp, QStringLiteral("秘"));
        QCOMPARE(p.level(Level::TopSecret).banner, QStringLiteral("#FF8C00"));
        QCOMPARE(p.level(Level::Secret).banner, QStringLiteral("#C8102E"));
        QCOMPARE(p.level(Level::Confidential).banner, QStringLiteral("#0033A0"));
        QCOMPARE(p.level(Level::Unclassified).banner, QStringLiteral("#007A33"));
        QCOMPARE(p.bannerText(Level::Secret), QStringLiteral("SECRET // 極秘"));
        QCOMPARE(p.bannerText(Level::Unclassified), QStringLiteral("UNCLASSIFIED"));
        QCOMPARE(p.portionMark(Level::TopSecret), QStringLiteral("(TS)"));
        QVERIFY(p.rules(Level::TopSecret).witnessRequired);
        QVERIFY(p.rules(Level::Secret).witnessRequired);
        QVERIFY(!p.rules(Level::Confidential).witnessRequired);
        QVERIFY(p.rules(Level::TopSecret).reproductionConsent);
        QVERIFY(p.rules(Level::TopSecret).disclosureRecord);
        QCOMPARE(p.article(QStringLiteral("destruction")).ref, QStringLiteral("GSOMIA Art. 14"));
        QCOMPARE(p.article(QStringLiteral("reproduction")).topic.ja, QStringLiteral("複製"));
    }

    void regimesAndTheirLevels()
    {
        const PolicyPack& p = PolicyPack::builtin();
        const RegimeSpec* keizai = p.regime(QStringLiteral("keizai-anpo"));
        QVERIFY(keizai);
        QCOMPARE(keizai->levels, QList<Level> { Level::Confidential }); // Confidential only
        QCOMPARE(keizai->name.ja, QStringLiteral("重要経済安保情報"));
        const RegimeSpec* tokutei = p.regime(QStringLiteral("tokutei"));
        QCOMPARE(tokutei->validityYears, 5);
        QVERIFY(!tokutei->levels.contains(Level::Confidential));
        QVERIFY(p.regime(QStringLiteral("tokubetsu-boei")));
        QVERIFY(p.regime(QStringLiteral("gsomia")));
    }

    void testR_MRK_6_caveatsAndTlpAreSeparateFromLevels()
    {
        const PolicyPack& p = PolicyPack::builtin();
        auto noforn = p.parseCaveat(QStringLiteral("noforn"));
        QVERIFY(noforn);
        QCOMPARE(noforn->first->releasability, Releasability::OriginatorOnly);
        auto rel = p.parseCaveat(QStringLiteral("REL TO USA, JPN"));
        QVERIFY(rel);
        QCOMPARE(rel->second, (QStringList { QStringLiteral("JPN"), QStringLiteral("USA") }));
        QVERIFY(!p.parseCaveat(QStringLiteral("REL TO")));
        QVERIFY(!p.parseCaveat(QStringLiteral("REL TO Japan")));
        QVERIFY(!p.parseCaveat(QStringLiteral("EYES ONLY")));
        QCOMPARE(p.tlpLabels().size(), 5);
        QVERIFY(p.tlpLabels().contains(QStringLiteral("TLP:AMBER+STRICT")));
    }

    void testR_CUS_1_controlNumberFormat()
    {
        const PolicyPack& p = PolicyPack::builtin();
        QCOMPARE(p.controlNumber(Level::Secret, 2026, 1), QStringLiteral("S-2026-000001"));
        QCOMPARE(p.controlNumber(Level::TopSecret, 2027, 123456), QStringLiteral("TS-2027-123456"));
        QJsonObject o = builtinJson();
        QJsonObject cn = o.value(QStringLiteral("control_number")).toObject();
        cn.insert(QStringLiteral("format"), QStringLiteral("KAN/{YYYY}/{L}{NNNN}"));
        o.insert(QStringLiteral("control_number"), cn);
        auto custom = PolicyPack::parse(QJsonDocument(o).toJson());
        QVERIFY(custom.ok());
        QCOMPARE(custom->controlNumber(Level::Confidential, 2026, 7), QStringLiteral("KAN/2026/C0007"));
    }

    void invalidPacksNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("format") << "format" << QJsonValue(QStringLiteral("x")) << "format";
        QTest::newRow("version") << "version" << QJsonValue(2) << "version";
        QTest::newRow("parties") << "parties" << QJsonValue(QJsonArray()) << "parties";
        QTest::newRow("levels") << "levels" << QJsonValue(QJsonArray()) << "levels";
        QTest::newRow("rules") << "rules" << QJsonValue(QJsonObject()) << "rules.unclassified";
        QTest::newRow("methods") << "destruction_methods" << QJsonValue(QJsonArray()) << "destruction_methods";
        QTest::newRow("retention") << "retention_years" << QJsonValue(0) << "retention_years";
    }

    void invalidPacksNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = builtinJson();
        o.insert(path, value);
        auto r = PolicyPack::parse(QJsonDocument(o).toJson());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void badColourAndUnknownLevelAreNamed()
    {
        QJsonObject o = builtinJson();
        QJsonArray levels = o.value(QStringLiteral("levels")).toArray();
        QJsonObject l2 = levels.at(2).toObject();
        l2.insert(QStringLiteral("banner"), QStringLiteral("red"));
        levels.replace(2, l2);
        o.insert(QStringLiteral("levels"), levels);
        auto r = PolicyPack::parse(QJsonDocument(o).toJson());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("levels[2]")));
        QVERIFY(!PolicyPack::parse("{").ok());
        QVERIFY(PolicyPack::parse("{").error().message.contains(QStringLiteral("offset")));
        QCOMPARE(PolicyPack::load(QStringLiteral("/nonexistent/pack.json")).error().code, ErrorCode::NotFound);
    }

    void aFacilityPackCanChangeRules()
    {
        QJsonObject o = builtinJson();
        QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
        QJsonObject c = rules.value(QStringLiteral("confidential")).toObject();
        c.insert(QStringLiteral("witness_required"), true);
        rules.insert(QStringLiteral("confidential"), c);
        o.insert(QStringLiteral("rules"), rules);
        auto r = PolicyPack::parse(QJsonDocument(o).toJson());
        QVERIFY(r.ok());
        QVERIFY(r->rules(Level::Confidential).witnessRequired);
    }
};

QTEST_GUILESS_MAIN(TestPolicyPack)
#include "TestPolicyPack.moc"
