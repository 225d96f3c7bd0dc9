// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the audit view says what each event did, in English and Japanese, with people's names — for every kind of
// event the program records (docs/formats.md, "Event kinds and payloads") and for a bundle read with no register.
#include "AuditModel.h"
#include "TestSupport.h"
#include "i18n/Language.h"
#include "report/EventSentences.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestEventSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void testEveryRecordedKindHasItsSentence();
    void testR_CUS_1_custodyReadsAsSentencesInBothLanguages();
    void testNamesAreLearntFromTheEvents();

private:
    static QList<Event> trail(Register& reg);
};

void TestEventSentences::cleanup()
{
    setLanguage(QStringLiteral("en"));
}

QList<Event> TestEventSentences::trail(Register& reg)
{
    QList<Event> out;
    const Status st = reg.ledger().forEach({}, [&out](const Event& e) {
        out << e;
        return true;
    });
    if (!st)
        qFatal("%s", qPrintable(st.error().message));
    return out;
}

void TestEventSentences::testEveryRecordedKindHasItsSentence()
{
    QFile f(QStringLiteral(KANRIBO_SOURCE_DIR "/docs/formats.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(f.readAll());
    const qsizetype start = doc.indexOf(QStringLiteral("### Event kinds and payloads"));
    QVERIFY(start > 0);
    const qsizetype end = doc.indexOf(QStringLiteral("\n### "), start + 10);
    const QString table = doc.mid(start, end - start);
    static const QRegularExpression row(
        QStringLiteral("^\\| `([a-z_-]+\\.[a-z_.]+)` \\|"), QRegularExpression::MultilineOption);
    QStringList kinds;
    for (auto it = row.globalMatch(table); it.hasNext();)
        kinds << it.next().captured(1);
    QVERIFY2(kinds.size() >= 35, qPrintable(kinds.join(QLatin1Char(' '))));
    // The audit view's kind filter offers exactly the documented kinds.
    QCOMPARE(sentencedEventKinds(), kinds);
    for (const QString& kind : std::as_const(kinds)) {
        Event e;
        e.kind = kind;
        e.actor = QStringLiteral("tanaka");
        e.subject = QStringLiteral("copy:S-2026-000001/2");
        e.payload = "{}";
        const QString sentence = eventSentence(e, EventNames());
        // The fallback names the kind; a kind with its own sentence does not.
        QVERIFY2(!sentence.contains(kind), qPrintable(kind + QStringLiteral(": ") + sentence));
        QVERIFY2(sentence.startsWith(QStringLiteral("tanaka")) || sentence.contains(QStringLiteral("—")),
            qPrintable(sentence));
    }
}

void TestEventSentences::testR_CUS_1_custodyReadsAsSentencesInBothLanguages()
{
    TempRegister t;
    Register& reg = t.reg();
    t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
    QVERIFY(reg.people().addContainer({ QStringLiteral("SAFE-01"), Level::Secret, QStringLiteral("Room 2") }).ok());
    auto item = reg.items().registerItem(testItem(QStringLiteral("(U) Radar plan"), Level::Secret, 2));
    QVERIFY(item);
    const QString copy = item->copies.constFirst();
    QVERIFY(reg.custody().store(copy, QStringLiteral("SAFE-01")).ok());
    QVERIFY(reg.custody().issue(copy, { QStringLiteral("sato"), kUserPassword }).ok());

    AuditModel model;
    model.appendEvents(trail(reg));
    const auto sentenceOf = [&model](const QString& kind) {
        for (int r = model.rowCount() - 1; r >= 0; --r)
            if (model.eventAt(r)->kind == kind)
                return model.index(r, AuditModel::Details).data().toString();
        return QString();
    };
    const QString officer = reg.me().name;
    const QString sato = t.reg().people().users().value().constLast().name;
    QVERIFY(!officer.isEmpty() && !sato.isEmpty());
    QCOMPARE(sentenceOf(QStringLiteral("copy.issued")),
        QStringLiteral("%1 issued %2 to %3 (receipt signed).").arg(officer, copy, sato));
    QVERIFY(sentenceOf(QStringLiteral("item.registered")).contains(QStringLiteral("with 2 copy(ies)")));
    QVERIFY(model.index(0, AuditModel::Details).data(Qt::ToolTipRole).toString().startsWith(QLatin1Char('{')));

    QVERIFY(setLanguage(QStringLiteral("ja")));
    QCOMPARE(sentenceOf(QStringLiteral("copy.issued")),
        QStringLiteral("%1 が %3 に %2 を貸し出しました(受領署名あり)。").arg(officer, copy, sato));
    QVERIFY2(sentenceOf(QStringLiteral("copy.stored")).contains(QStringLiteral("SAFE-01 に保管しました")),
        qPrintable(sentenceOf(QStringLiteral("copy.stored"))));
    QVERIFY(sentenceOf(QStringLiteral("item.registered")).contains(QStringLiteral("極秘")));
}

void TestEventSentences::testNamesAreLearntFromTheEvents()
{
    Event added;
    added.kind = QStringLiteral("user.added");
    added.actor = QStringLiteral("officer");
    added.subject = QStringLiteral("user:sato");
    added.payload = R"({"clearance":"secret","login":"sato","name":"佐藤 健","role":"staff"})";
    EventNames names;
    QCOMPARE(names.of(QStringLiteral("sato")), QStringLiteral("sato"));
    names.learn(added);
    QCOMPARE(names.of(QStringLiteral("sato")), QStringLiteral("佐藤 健"));
    QCOMPARE(names.of(QString()), QStringLiteral("—"));
    // A later user.added for a login already known (a recovery) does not rename it.
    added.payload = R"({"login":"sato","name":"Someone else"})";
    names.learn(added);
    QCOMPARE(names.of(QStringLiteral("sato")), QStringLiteral("佐藤 健"));
}

QTEST_MAIN(TestEventSentences)
#include "TestEventSentences.moc"
