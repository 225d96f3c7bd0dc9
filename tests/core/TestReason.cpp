// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: reasons are recorded as codes with arguments and put into words only when shown. R-ACC-4: every denial
// is recorded — with its reasons as codes, so that the signed record reads the same in every language.
#include "TestSupport.h"

#include "ledger/Event.h"
#include "policy/Reason.h"
#include "service/Custody.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Register.h"

#include <QJsonDocument>

#include <QTest>
#include <algorithm>

using namespace kanribo;
using namespace kanribo::test;

class TestReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsThroughTheRecordedForm();
    void olderRegistersPlainTextIsShownAsItIs();
    void unreadableOrUnknownNeverFails();
    void everyCodeHasItsOwnWords();
    void displayPayloadPutsReasonsIntoWords();
    void testR_ACC_4_deniedPayloadCarriesCodesNotWords();
    void testR_INV_1_inventoryLossSummaryIsCoded();
};

void TestReason::roundTripsThroughTheRecordedForm()
{
    const Reason r = Reason::of(QStringLiteral("clearance-below-level"),
        { { QStringLiteral("clearance"), QStringLiteral("confidential") },
            { QStringLiteral("level"), QStringLiteral("top-secret") } });
    const QByteArray bytes = QJsonDocument(QJsonObject { { QStringLiteral("reasons"), reasonsToJson({ r }) } })
                                 .toJson(QJsonDocument::Compact);
    QCOMPARE(bytes,
        QByteArray(
            R"({"reasons":[{"args":{"clearance":"confidential","level":"top-secret"},"code":"clearance-below-level"}]})"));
    const QList<Reason> back
        = reasonsFromJson(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("reasons")));
    QCOMPARE(back, QList<Reason> { r });
    QCOMPARE(back.first().describe(), QStringLiteral("clearance Confidential is below the level Top Secret"));
    // No arguments: an empty object, read back the same.
    const Reason bare = Reason::of(QStringLiteral("not-briefed"));
    QCOMPARE(Reason::fromJson(bare.toJson()), bare);
    QCOMPARE(bare.toJson().toObject().value(QStringLiteral("args")).toObject(), QJsonObject());
}

void TestReason::olderRegistersPlainTextIsShownAsItIs()
{
    const QString old = QStringLiteral("知る必要グループ ALPHA に属していません");
    const Reason r = Reason::fromJson(old);
    QVERIFY(r.code.isEmpty());
    QCOMPARE(r.describe(), old);
    QCOMPARE(r.toJson(), QJsonValue(old)); // written back as it was
}

void TestReason::unreadableOrUnknownNeverFails()
{
    QCOMPARE(Reason::fromJson(QJsonValue(42)).describe(), QStringLiteral("42"));
    QCOMPARE(
        Reason::fromJson(QJsonObject { { QStringLiteral("code"), 7 } }).describe(), QStringLiteral(R"({"code":7})"));
    QCOMPARE(reasonsFromJson(QJsonValue()).size(), 0);
    // A code from a newer build: its code and arguments, in a stable order.
    const Reason future = Reason::fromJson(QJsonObject { { QStringLiteral("code"), QStringLiteral("moon-phase") },
        { QStringLiteral("args"),
            QJsonObject { { QStringLiteral("phase"), QStringLiteral("new") }, { QStringLiteral("n"), 3 } } } });
    QCOMPARE(future.describe(), QStringLiteral("moon-phase (n=3, phase=new)"));
}

void TestReason::everyCodeHasItsOwnWords()
{
    const QMap<QString, QString> args { { QStringLiteral("clearance"), QStringLiteral("secret") },
        { QStringLiteral("level"), QStringLiteral("top-secret") },
        { QStringLiteral("date"), QStringLiteral("2026-11-01") }, { QStringLiteral("group"), QStringLiteral("ALPHA") },
        { QStringLiteral("nationality"), QStringLiteral("GBR") },
        { QStringLiteral("container"), QStringLiteral("SAFE-1") },
        { QStringLiteral("roles"), QStringLiteral("officer,auditor") },
        { QStringLiteral("login"), QStringLiteral("bob") }, { QStringLiteral("count"), QStringLiteral("2") },
        { QStringLiteral("reader"), QStringLiteral("carol") }, { QStringLiteral("inventory"), QStringLiteral("7") } };
    QSet<QString> words;
    for (const QString& code : Reason::knownCodes()) {
        Reason r = Reason::of(code, args);
        const QString text = r.describe();
        QVERIFY2(!text.startsWith(code), qPrintable(code)); // not the fallback for unknown codes
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text)); // every placeholder filled
        words.insert(text);
    }
    QCOMPARE(words.size(), Reason::knownCodes().size());
    QCOMPARE(
        Reason::of(QStringLiteral("role"), args).describe(), QStringLiteral("this needs the role officer / auditor"));
    QCOMPARE(Reason::of(QStringLiteral("clearance-expired"), args).describe(),
        QStringLiteral("the clearance expired on 2026-11-01"));
}

void TestReason::displayPayloadPutsReasonsIntoWords()
{
    const QJsonObject recorded { { QStringLiteral("action"), QStringLiteral("copy.transfer") },
        { QStringLiteral("reasons"),
            QJsonArray {
                Reason::of(QStringLiteral("not-in-group"), { { QStringLiteral("group"), QStringLiteral("ALPHA") } })
                    .toJson(),
                QStringLiteral("an older register's words") } } };
    const QJsonObject shown = displayPayload(QStringLiteral("access.denied"), recorded);
    QCOMPARE(shown.value(QStringLiteral("reasons")).toArray(),
        (QJsonArray {
            QStringLiteral("not in the need-to-know group ALPHA"), QStringLiteral("an older register's words") }));
    QCOMPARE(shown.value(QStringLiteral("action")), recorded.value(QStringLiteral("action")));
    // Withheld from the reader (R-ACC-3: the withheld text in place of the list): left as it is.
    const QJsonObject withheld { { QStringLiteral("reasons"), QStringLiteral("(withheld)") } };
    QCOMPARE(displayPayload(QStringLiteral("access.denied"), withheld), withheld);
    // Another kind is never touched, and its text is the recorded bytes.
    QCOMPARE(displayPayload(QStringLiteral("item.reproduced"), recorded), recorded);
    const QByteArray bytes = R"({"reason":"x","reasons":[{"args":{},"code":"not-briefed"}]})";
    QCOMPARE(displayPayloadText(QStringLiteral("item.reproduced"), bytes), QString::fromUtf8(bytes));
    QCOMPARE(displayPayloadText(QStringLiteral("access.denied"), bytes),
        QStringLiteral(R"({"reason":"x","reasons":["no briefing on handling responsibilities is recorded"]})"));
}

void TestReason::testR_ACC_4_deniedPayloadCarriesCodesNotWords()
{
    TempRegister t;
    t.addUser(QStringLiteral("carl"), Role::Staff, Level::Confidential);
    auto item = t.reg().items().registerItem(testItem(QStringLiteral("(U) Plan"), Level::Secret));
    QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().message));
    // The receiver may not hold a Secret copy: refused, and the refusal says why in words now …
    const Status st = t.reg().custody().transfer(item->copies.first(), { QStringLiteral("carl"), kUserPassword });
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Denied);
    QVERIFY2(
        st.error().message.contains(QStringLiteral("carl may not hold this item")), qPrintable(st.error().message));
    const QList<Reason> expected { Reason::of(QStringLiteral("receiver-may-not-hold"),
                                       { { QStringLiteral("login"), QStringLiteral("carl") } }),
        Reason::of(QStringLiteral("clearance-below-level"),
            { { QStringLiteral("clearance"), QStringLiteral("confidential") },
                { QStringLiteral("level"), QStringLiteral("secret") } }) };
    QCOMPARE(st.error().reasons, expected);
    // … and the record holds the codes, no words.
    auto log = t.reg().auditLog({});
    QVERIFY(log.ok());
    QVERIFY(!log->isEmpty());
    const Event& e = log->last();
    QCOMPARE(e.kind, QStringLiteral("access.denied"));
    QCOMPARE(reasonsFromJson(e.payloadObject().value(QStringLiteral("reasons"))), expected);
    QVERIFY2(!e.payload.contains("may not hold") && !e.payload.contains("is below"), e.payload.constData());
    QVERIFY(e.payload.contains(R"("code":"receiver-may-not-hold")"));
    // The role refusal too (R-ACC-2).
    auto carl = t.login(QStringLiteral("carl"));
    QVERIFY(carl.ok());
    const Status group = (*carl)->people().addGroup(QStringLiteral("ALPHA"), QStringLiteral("Alpha"));
    QCOMPARE(group.error().reasons,
        QList<Reason> {
            Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer") } }) });
    auto again = t.reg().auditLog({});
    QVERIFY(again.ok());
    QCOMPARE(again->last().payload,
        QByteArray(R"({"action":"group.add","reasons":[{"args":{"roles":"officer"},"code":"role"}]})"));
}

// R-INV-1: the loss incident an inventory opens for a missing copy has a summary Kanribo writes, recorded as a code
// (the incidents table keeps the same), put into words when read; a summary a person typed stays their text.
void TestReason::testR_INV_1_inventoryLossSummaryIsCoded()
{
    TempRegister t;
    auto item = t.reg().items().registerItem(testItem(QStringLiteral("(U) Plan"), Level::Secret));
    QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().message));
    QVERIFY(t.reg().custody().startInventory().ok());
    auto done = t.reg().custody().finishInventory();
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(done->incidents.size(), 1);
    auto incidents = t.reg().custody().incidents();
    QVERIFY(incidents.ok());
    QCOMPARE(incidents->size(), 1);
    const QString words = QStringLiteral("Not sighted at inventory %1 (whole register).").arg(done->id);
    QCOMPARE(incidents->first().summary, words);
    auto log = t.reg().auditLog({});
    QVERIFY(log.ok());
    const auto reported = std::find_if(
        log->cbegin(), log->cend(), [](const Event& e) { return e.kind == QLatin1String("incident.reported"); });
    QVERIFY(reported != log->cend());
    const QJsonObject summary = reported->payloadObject().value(QStringLiteral("summary")).toObject();
    QCOMPARE(Reason::fromJson(summary),
        Reason::of(QStringLiteral("not-sighted-at-inventory"),
            { { QStringLiteral("inventory"), QString::number(done->id) },
                { QStringLiteral("container"), QString() } }));
    QVERIFY(!reported->payload.contains("Not sighted"));
    QCOMPARE(
        displayPayload(reported->kind, reported->payloadObject()).value(QStringLiteral("summary")).toString(), words);
    // Typed text, even text that looks like JSON of no known code, is kept and shown as typed.
    QCOMPARE(Reason::describeStored(QStringLiteral(R"({"code":"nope"})")), QStringLiteral(R"({"code":"nope"})"));
    QCOMPARE(Reason::describeStored(QStringLiteral("Missing from the safe")), QStringLiteral("Missing from the safe"));
}

QTEST_GUILESS_MAIN(TestReason)
#include "TestReason.moc"
