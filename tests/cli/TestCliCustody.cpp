// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli custody commands (cli.md): copy transfer | store | issue | dispatch | receipt, reproduce, destroy,
// incident, inventory. Exit codes, the password order (the actor's, then the second person's), JSON shapes, that a
// failing command leaves the register as it was, and a Top Secret item's life from registration to destruction.
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

QStringList cmd(std::initializer_list<QString> words, const char* rest = "")
{
    return QStringList(words) + w(rest);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QByteArray kWrongPw = QByteArrayLiteral("not-their-password");

bool arrayHas(const QJsonArray& list, const QString& value)
{
    return list.contains(QJsonValue(value));
}
} // namespace

class TestCliCustody : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;
    QString m_ts; // Top Secret, 3 copies charged to the officer
    QString m_s; // Secret, 2 copies in SAFE-S

    QByteArray registerDigest() const { return digestOf(m_h.path()); }
    void settle() const { CLI_EXPECT(m_h.officer(w("user list")), 0); }

    static QString registerItem(const CliHarness& h, const QStringList& args)
    {
        const CliRun r = h.officer(QStringList { QStringLiteral("item"), QStringLiteral("register") } + args);
        if (r.code != 0)
            qWarning("%s", r.describe().constData());
        return QString::fromUtf8(r.out).trimmed();
    }

    static void addPeople(const CliHarness& h)
    {
        CLI_EXPECT(h.addUser(s("approver"), s("officer"), s("top-secret"), w("--briefed 2026-01-05")), 0);
        CLI_EXPECT(h.addUser(s("cara"), s("custodian"), s("top-secret"), w("--briefed 2026-01-05")), 0);
        CLI_EXPECT(h.addUser(s("wendy"), s("staff"), s("top-secret"), w("--briefed 2026-01-05")), 0);
        CLI_EXPECT(h.addUser(s("sam"), s("staff"), s("secret"), w("--briefed 2026-01-05")), 0);
        CLI_EXPECT(h.officer(w("container add SAFE-TS --level top-secret --location Vault")), 0);
        CLI_EXPECT(h.officer(w("container add SAFE-S --level secret")), 0);
    }

    // The copy as `item show --json` reports it (as the officer).
    static QJsonObject copyState(const CliHarness& h, const QString& copyId)
    {
        const QString control = copyId.section(QLatin1Char('/'), 0, 0);
        const CliRun r = h.officer(cmd({ s("--json"), s("item"), s("show"), control }));
        for (const auto& v : r.json().object().value(QStringLiteral("copies")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == copyId)
                return v.toObject();
        qWarning("no copy %s: %s", qPrintable(copyId), r.describe().constData());
        return {};
    }

    static QString holderOf(const CliHarness& h, const QString& copyId)
    {
        return copyState(h, copyId).value(QStringLiteral("holder")).toString();
    }

    static QString containerOf(const CliHarness& h, const QString& copyId)
    {
        return copyState(h, copyId).value(QStringLiteral("container")).toString();
    }

    static QString statusOf(const CliHarness& h, const QString& copyId)
    {
        return copyState(h, copyId).value(QStringLiteral("status")).toString();
    }

    QString ts(int n) const { return m_ts + QStringLiteral("/%1").arg(n); }
    QString sc(int n) const { return m_s + QStringLiteral("/%1").arg(n); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        addPeople(m_h);
        m_ts = registerItem(m_h,
            QStringList { QStringLiteral("--title"), QStringLiteral("(U) Operations plan") }
                + w("--level top-secret --origin USA --copies 3"));
        QVERIFY(!m_ts.isEmpty());
        m_s = registerItem(m_h,
            QStringList { QStringLiteral("--title"), QStringLiteral("(U) Maintenance manual") }
                + w("--level secret --origin USA --copies 2 --container SAFE-S"));
        QVERIFY(!m_s.isEmpty());
    }

    // Exit 1: malformed or missing values, or a password line missing; nothing is written.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("extraInput");
        const QByteArray second = lines({ kUserPassword });
        QTest::newRow("transfer: no --to") << cmd({ s("copy"), s("transfer"), ts(1) }) << second;
        QTest::newRow("transfer: --to without value") << cmd({ s("copy"), s("transfer"), ts(1), s("--to") }) << second;
        QTest::newRow("transfer: no copy") << w("copy transfer --to cara") << second;
        QTest::newRow("transfer: receiver's password missing")
            << cmd({ s("copy"), s("transfer"), ts(1) }, "--to cara") << QByteArray();
        QTest::newRow("store: no --container") << cmd({ s("copy"), s("store"), ts(1) }) << second;
        QTest::newRow("issue: no --to") << cmd({ s("copy"), s("issue"), sc(1) }) << second;
        QTest::newRow("issue: bad --due")
            << cmd({ s("copy"), s("issue"), sc(2) }, "--to cara --due 2026-02-30") << second;
        QTest::newRow("issue: --due in the past")
            << cmd({ s("copy"), s("issue"), sc(2) }, "--to cara --due 2020-01-01") << second;
        QTest::newRow("loans: unknown option") << w("copy loans --late") << second;
        QTest::newRow("dispatch: no --channel")
            << cmd({ s("copy"), s("dispatch"), ts(1) }, "--to-org Embassy") << second;
        QTest::newRow("dispatch: bad --receipt-due")
            << cmd({ s("copy"), s("dispatch"), ts(1) }, "--to-org Embassy --channel courier --receipt-due 2026-02-30")
            << second;
        QTest::newRow("receipt: no --receipt-no") << cmd({ s("copy"), s("receipt"), ts(1) }) << second;
        QTest::newRow("reproduce: copies not a number")
            << cmd({ s("reproduce"), m_ts }, "--copies two --reason briefing --consent-ref C-1") << second;
        QTest::newRow("reproduce: no --reason")
            << cmd({ s("reproduce"), m_ts }, "--copies 1 --consent-ref C-1") << second;
        QTest::newRow("reproduce: zero copies")
            << cmd({ s("reproduce"), m_ts }, "--copies 0 --reason briefing --consent-ref C-1 --approver approver")
            << second;
        QTest::newRow("reproduce: approver's password missing")
            << cmd({ s("reproduce"), m_ts }, "--copies 1 --reason briefing --consent-ref C-1 --approver approver")
            << QByteArray();
        QTest::newRow("destroy: no --method") << cmd({ s("destroy"), ts(1) }, "--witness wendy") << second;
        QTest::newRow("destroy: unknown method")
            << cmd({ s("destroy"), ts(1) }, "--method melting --witness wendy") << second;
        QTest::newRow("destroy: witness's password missing")
            << cmd({ s("destroy"), ts(1) }, "--method burning --witness wendy") << QByteArray();
        QTest::newRow("incident: bad kind")
            << cmd({ s("incident"), s("report"), ts(1) }, "--kind theft --summary x") << second;
        QTest::newRow("incident: no --summary") << cmd({ s("incident"), s("report"), ts(1) }, "--kind loss") << second;
        QTest::newRow("incident: no target") << w("incident report --kind loss --summary x") << second;
        QTest::newRow("incident update: bad id") << w("incident update abc --close") << second;
        QTest::newRow("incident update: bad date") << w("incident update 1 --originator-notified yesterday") << second;
        QTest::newRow("inventory sight: no copy") << w("inventory sight") << second;
        QTest::newRow("inventory start: extra argument") << w("inventory start SAFE-S") << second;
        QTest::newRow("inventory finish: unknown option") << w("inventory finish --force") << second;
        QTest::newRow("copy history: no copy") << w("copy history") << second;
        QTest::newRow("recover: no --reason")
            << cmd({ s("copy"), s("recover"), sc(1) }, "--container SAFE-S") << second;
        QTest::newRow("offboard: bad --debriefed") << w("user offboard sam --debriefed 2026-02-30") << second;
        QTest::newRow("offboard: no login") << w("user offboard --container SAFE-S") << second;
        QTest::newRow("access-list: no control") << w("item access-list") << second;
        QTest::newRow("container open: no id") << w("container open") << second;
        QTest::newRow("container status: extra argument") << w("container status SAFE-S") << second;
        QTest::newRow("container custodians: no id") << w("container custodians --login cara") << second;
        QTest::newRow("container reserve: bad origin") << w("container reserve SAFE-S --origin usa") << second;
        QTest::newRow("container reserve: unknown regime") << w("container reserve SAFE-S --regime nothing") << second;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, extraInput);
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(args, extraInput), 1);
        QCOMPARE(registerDigest(), before);
    }

    // Exit 2: the second person's password is wrong; nothing changes hands.
    void secondPersonWrongPassword()
    {
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), ts(1) }, "--to cara"), lines({ kWrongPw })), 2);
        QCOMPARE(holderOf(m_h, ts(1)), s("officer"));
        CLI_EXPECT(
            m_h.officer(cmd({ s("destroy"), ts(1) }, "--method burning --witness wendy"), lines({ kWrongPw })), 2);
        QCOMPARE(statusOf(m_h, ts(1)), s("active"));
        CLI_EXPECT(m_h.officer(cmd({ s("reproduce"), m_ts },
                                   "--copies 1 --reason briefing --consent-ref C-1 --approver approver"),
                       lines({ kWrongPw })),
            2);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("issue"), sc(2) }, "--to cara"), lines({ kWrongPw })), 2);
        QCOMPARE(containerOf(m_h, sc(2)), s("SAFE-S"));
        const CliRun copies = m_h.officer(cmd({ s("--json"), s("item"), s("show"), m_ts }));
        QCOMPARE(copies.json().object().value(QStringLiteral("copies")).toArray().size(), 3);
        // The password order: the actor's first. Swapped, the actor's login fails.
        CLI_EXPECT(m_h.as(s("officer"), cmd({ s("copy"), s("transfer"), ts(1) }, "--to cara"),
                       lines({ kUserPassword, kOfficerPassword })),
            2);
        QCOMPARE(holderOf(m_h, ts(1)), s("officer"));
    }

    // Exit 3: denied by policy (recorded); the copies stay where they were.
    void denied()
    {
        // R-REP-1: Top Secret reproduction needs the originator's consent; the two-person rule needs an approver.
        CLI_EXPECT(m_h.officer(cmd({ s("reproduce"), m_ts }, "--copies 1 --reason briefing --approver approver"),
                       lines({ kUserPassword })),
            3);
        CLI_EXPECT(m_h.officer(cmd({ s("reproduce"), m_ts }, "--copies 1 --reason briefing --consent-ref C-1")), 3);
        // R-DST-2: Secret destruction needs a witness by default.
        CLI_EXPECT(m_h.officer(cmd({ s("destroy"), sc(1) }, "--method shredding")), 3);
        QCOMPARE(statusOf(m_h, sc(1)), s("active"));
        // R-CUS-4: a container approved below the item's level.
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("store"), ts(1) }, "--container SAFE-S")), 3);
        QCOMPARE(holderOf(m_h, ts(1)), s("officer"));
        // The receiver may not hold Top Secret.
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), ts(1) }, "--to sam"), lines({ kUserPassword })), 3);
        QCOMPARE(holderOf(m_h, ts(1)), s("officer"));
        // Issuing a stored copy and running inventories need the officer or custodian role.
        CLI_EXPECT(m_h.as(s("sam"), cmd({ s("copy"), s("issue"), sc(2) }, "--to sam"),
                       lines({ kUserPassword, kUserPassword })),
            3);
        QCOMPARE(containerOf(m_h, sc(2)), s("SAFE-S"));
        CLI_EXPECT(m_h.as(s("sam"), w("inventory start"), lines({ kUserPassword })), 3);
        // Staff may not take a copy out of, or destroy a copy in, a container.
        CLI_EXPECT(
            m_h.as(s("sam"), cmd({ s("copy"), s("store"), sc(2) }, "--container SAFE-TS"), lines({ kUserPassword })),
            3);
        CLI_EXPECT(m_h.as(s("sam"), cmd({ s("destroy"), sc(2) }, "--method shredding --witness wendy"),
                       lines({ kUserPassword, kUserPassword })),
            3);
        QCOMPARE(containerOf(m_h, sc(2)), s("SAFE-S"));
        // The denials are in the audit trail (R-ACC-4).
        const CliRun log = m_h.officer(w("--json audit log"));
        CLI_EXPECT(log, 0);
        QVERIFY(log.out.count("denied") >= 5);
    }

    // Exit 5: unknown copies, items, containers, people and incidents. Nothing changes; each look-up of an item or a
    // copy writes the one sealed "lookup" record that a look-up of a hidden one writes too (R-ACC-3, no oracle).
    void notFound()
    {
        settle();
        const qint64 seqBefore = m_h.lastSeq();
        const QByteArray second = lines({ kUserPassword });
        CLI_EXPECT(m_h.officer(w("copy transfer S-2026-999999/1 --to cara"), second), 5);
        CLI_EXPECT(m_h.officer(w("copy store S-2026-999999/1 --container SAFE-S")), 5);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("store"), ts(1) }, "--container NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(w("copy issue S-2026-999999/1 --to cara"), second), 5);
        CLI_EXPECT(m_h.officer(w("copy dispatch S-2026-999999/1 --to-org Embassy --channel courier")), 5);
        CLI_EXPECT(m_h.officer(w("copy receipt S-2026-999999/1 --receipt-no R-1")), 5);
        CLI_EXPECT(m_h.officer(w("copy history S-2026-999999/1")), 5);
        CLI_EXPECT(m_h.officer(w("reproduce S-2026-999999 --copies 1 --reason r")), 5);
        CLI_EXPECT(m_h.officer(w("destroy S-2026-999999/1 --method burning --witness wendy"), second), 5);
        CLI_EXPECT(m_h.officer(w("incident report S-2026-999999 --kind loss --summary gone")), 5);
        CLI_EXPECT(m_h.officer(w("incident update 999 --findings none")), 5);
        CLI_EXPECT(m_h.officer(w("inventory start --container NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), ts(1) }, "--to ghost"), second), 5);
        // A copy the actor may not access does not exist for them (R-ACC-3): the same answer, the same record.
        const CliRun hidden = m_h.as(
            s("sam"), cmd({ s("copy"), s("transfer"), ts(1) }, "--to cara"), lines({ kUserPassword, kUserPassword }));
        CLI_EXPECT(hidden, 5);
        const CliRun absent
            = m_h.as(s("sam"), w("copy transfer S-2026-999999/1 --to cara"), lines({ kUserPassword, kUserPassword }));
        QCOMPARE(hidden.err, QByteArray(absent.err).replace("S-2026-999999/1", ts(1).toUtf8()));
        const QJsonArray written = m_h.eventsAfter(seqBefore);
        QCOMPARE(m_h.kindsAfter(seqBefore), QStringList(11, s("access.denied lookup"))); // 9 by the officer, 2 by sam
        for (const auto& v : written) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("kind")).toString(), s("access.denied"));
            QCOMPARE(e.value(QStringLiteral("subject")).toString(), s("lookup"));
        }
        const QJsonObject a = written.at(9).toObject(), b = written.at(10).toObject();
        QCOMPARE(a.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sealed")).toArray().size(),
            b.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sealed")).toArray().size());
        QCOMPARE(holderOf(m_h, ts(1)), s("officer"));
    }

    // Exit 6: the copy's state does not allow the step; nothing is written.
    void conflicts()
    {
        settle();
        const QByteArray before = registerDigest();
        // Not held by the actor: it is in a container.
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), sc(1) }, "--to cara"), lines({ kUserPassword })), 6);
        CLI_EXPECT(m_h.as(s("cara"), cmd({ s("copy"), s("transfer"), ts(1) }, "--to wendy"),
                       lines({ kUserPassword, kUserPassword })),
            6);
        // Only a stored copy can be issued.
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("issue"), ts(1) }, "--to cara"), lines({ kUserPassword })), 6);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("receipt"), ts(1) }, "--receipt-no R-1")), 6);
        CLI_EXPECT(m_h.officer(w("inventory finish")), 6);
        CLI_EXPECT(m_h.officer(w("inventory sight S-2026-000001/1")), 6);
        QCOMPARE(registerDigest(), before);

        // Destroying twice.
        const CliRun d = m_h.officer(
            cmd({ s("--json"), s("destroy"), ts(3) }, "--method burning --witness wendy"), lines({ kUserPassword }));
        CLI_EXPECT(d, 0);
        settle();
        const QByteArray afterDestroy = registerDigest();
        CLI_EXPECT(
            m_h.officer(cmd({ s("destroy"), ts(3) }, "--method burning --witness wendy"), lines({ kUserPassword })), 6);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), ts(3) }, "--to cara"), lines({ kUserPassword })), 6);
        QCOMPARE(registerDigest(), afterDestroy);
        QCOMPARE(statusOf(m_h, ts(3)), s("destroyed"));
    }

    void destroyJson()
    {
        const CliRun d = m_h.officer(
            cmd({ s("--json"), s("destroy"), sc(1) }, "--method shredding --witness wendy"), lines({ kUserPassword }));
        CLI_EXPECT(d, 0);
        QVERIFY2(d.jsonOk(), d.describe().constData());
        const QJsonObject o = d.json().object();
        QCOMPARE(o.value(QStringLiteral("copy")).toString(), sc(1));
        QCOMPARE(o.value(QStringLiteral("control")).toString(), m_s);
        QCOMPARE(o.value(QStringLiteral("level")).toString(), s("secret"));
        QCOMPARE(o.value(QStringLiteral("method")).toString(), s("shredding"));
        QCOMPARE(o.value(QStringLiteral("official")).toString(), s("officer"));
        QCOMPARE(o.value(QStringLiteral("witness")).toString(), s("wendy"));
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
        const CliRun list = m_h.officer(w("--json destruction list"));
        CLI_EXPECT(list, 0);
        QVERIFY(list.json().isArray());
        QVERIFY(list.json().array().size() >= 2);
        const CliRun table = m_h.officer(w("destruction list"));
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.contains(sc(1).toUtf8()));
    }

    // R-CUS-5: a dispatch stays overdue until its returned receipt is recorded.
    void dispatchAndReceipt()
    {
        const CliRun d = m_h.officer(cmd({ s("--json"), s("copy"), s("dispatch"), ts(2) },
            "--to-org Embassy --channel courier --receipt-due 2020-01-01"));
        CLI_EXPECT(d, 0);
        const QJsonObject o = d.json().object();
        QCOMPARE(o.value(QStringLiteral("copy")).toString(), ts(2));
        QCOMPARE(o.value(QStringLiteral("to_org")).toString(), s("Embassy"));
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), s("courier"));
        QCOMPARE(o.value(QStringLiteral("receipt_due")).toString(), s("2020-01-01"));
        QCOMPARE(statusOf(m_h, ts(2)), s("dispatched"));
        const CliRun overdue = m_h.officer(w("--json copy dispatches --overdue"));
        CLI_EXPECT(overdue, 0);
        QCOMPARE(overdue.json().array().size(), 1);
        QVERIFY(overdue.json().array().at(0).toObject().value(QStringLiteral("overdue")).toBool());
        // A dispatched copy cannot be handed over.
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("transfer"), ts(2) }, "--to cara"), lines({ kUserPassword })), 6);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("receipt"), ts(2) }, "--receipt-no RR-1")), 0);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("receipt"), ts(2) }, "--receipt-no RR-1")), 6);
        const CliRun after = m_h.officer(w("--json copy dispatches --overdue"));
        QVERIFY(after.json().array().isEmpty());
        const CliRun all = m_h.officer(w("--json copy dispatches"));
        QCOMPARE(all.json().array().at(0).toObject().value(QStringLiteral("receipt_no")).toString(), s("RR-1"));
    }

    // R-INV-1: present / missing / unexpected; each missing copy opens an incident.
    void inventoryWithMissingAndUnexpected()
    {
        const CliRun start = m_h.officer(w("--json inventory start --container SAFE-S"));
        CLI_EXPECT(start, 0);
        QCOMPARE(start.json().object().value(QStringLiteral("container")).toString(), s("SAFE-S"));
        CLI_EXPECT(m_h.officer(w("inventory start")), 6); // one at a time
        CLI_EXPECT(m_h.officer(cmd({ s("inventory"), s("sight"), ts(1) })), 0); // not in SAFE-S
        const CliRun finish = m_h.officer(w("--json inventory finish"));
        CLI_EXPECT(finish, 0);
        QVERIFY2(finish.jsonOk(), finish.describe().constData());
        const QJsonObject o = finish.json().object();
        for (const char* key : { "id", "container", "present", "missing", "unexpected", "incidents" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("present")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("missing")).toArray(), QJsonArray { sc(2) });
        QCOMPARE(o.value(QStringLiteral("unexpected")).toArray(), QJsonArray { ts(1) });
        QCOMPARE(o.value(QStringLiteral("incidents")).toArray().size(), 1);
        const qint64 incident = o.value(QStringLiteral("incidents")).toArray().at(0).toInteger();

        const CliRun list = m_h.officer(w("--json incident list"));
        CLI_EXPECT(list, 0);
        QVERIFY(list.json().isArray());
        QJsonObject found;
        for (const auto& v : list.json().array())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == incident)
                found = v.toObject();
        QCOMPARE(found.value(QStringLiteral("kind")).toString(), s("loss"));
        QCOMPARE(found.value(QStringLiteral("status")).toString(), s("open"));
        QCOMPARE(found.value(QStringLiteral("copies")).toArray(), QJsonArray { sc(2) });

        // R-INC-2: notification, findings, measures, then closing; a closed incident is final.
        const QStringList id { QString::number(incident) };
        CLI_EXPECT(m_h.officer(w("incident update") + id + w("--close")), 6); // not notified yet
        const CliRun up = m_h.officer(w("--json incident update") + id
            + w("--originator-notified 2026-02-01 --findings misfiled --measures retraining --close"));
        CLI_EXPECT(up, 0);
        QCOMPARE(up.json().object().value(QStringLiteral("status")).toString(), s("closed"));
        QCOMPARE(up.json().object().value(QStringLiteral("originator_notified")).toString(), s("2026-02-01"));
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(w("incident update") + id + w("--findings more")), 6);
        QCOMPARE(registerDigest(), before);

        const CliRun table = m_h.officer(w("inventory list"));
        CLI_EXPECT(table, 0);
        const CliRun due = m_h.officer(w("--json inventory due"));
        CLI_EXPECT(due, 0);
        QVERIFY2(due.json().isArray(), due.describe().constData());
    }

    void incidentReportJson()
    {
        const CliRun r = m_h.officer(cmd(
            { s("--json"), s("incident"), s("report"), m_ts }, "--kind possible-compromise --summary left-on-desk"));
        CLI_EXPECT(r, 0);
        const QJsonObject o = r.json().object();
        for (const char* key : { "id", "kind", "summary", "copies", "status", "reported_at", "reported_by" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), s("possible-compromise"));
        QVERIFY(arrayHas(o.value(QStringLiteral("copies")).toArray(), ts(1)));
        QVERIFY(!arrayHas(o.value(QStringLiteral("copies")).toArray(), ts(3))); // destroyed
        const CliRun table = m_h.officer(w("incident list"));
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.contains("left-on-desk"));
    }

    void helpListsCustodyCommands()
    {
        const CliRun h = CliHarness::exec({ QStringLiteral("--help") });
        CLI_EXPECT(h, 0);
        for (const char* c : { "copy transfer", "copy store", "copy issue", "copy dispatch", "copy receipt",
                 "reproduce CONTROL", "destroy COPY", "incident report", "incident update", "incident list",
                 "inventory start", "inventory sight", "inventory finish", "copy recover", "user offboard",
                 "item access-list", "container open", "container close", "container check", "container status" })
            QVERIFY2(h.out.contains(c), c);
    }

    // A Top Secret item from registration to destruction, entirely through the CLI; the audit trail verifies.
    void topSecretLifeCycle()
    {
        CliHarness h;
        CLI_EXPECT(h.init(), 0);
        addPeople(h);
        const CliRun reg
            = h.officer(QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("register"),
                            QStringLiteral("--title"), QStringLiteral("(U) 共同作戦計画") }
                + w("--level top-secret --origin USA --received-from US-Embassy --receipt-no R-2026-1 --channel "
                    "courier --classified-by J.Smith --derived-from SCG --declassify-on 2050-01-01"));
        CLI_EXPECT(reg, 0);
        const QString control = reg.json().object().value(QStringLiteral("control")).toString();
        QVERIFY(control.startsWith(QStringLiteral("TS-")));
        const QString c1 = control + QStringLiteral("/1");
        QCOMPARE(reg.json().object().value(QStringLiteral("copies")).toArray(), QJsonArray { c1 });
        QCOMPARE(holderOf(h, c1), s("officer"));

        // Hand receipt officer → cara: both sign.
        const CliRun t
            = h.officer(cmd({ s("--json"), s("copy"), s("transfer"), c1 }, "--to cara"), lines({ kUserPassword }));
        CLI_EXPECT(t, 0);
        QCOMPARE(t.json().object().value(QStringLiteral("holder")).toString(), s("cara"));
        QCOMPARE(holderOf(h, c1), s("cara"));
        // cara returns it to the vault; the officer issues it to cara again; cara hands it back.
        CLI_EXPECT(
            h.as(s("cara"), cmd({ s("copy"), s("store"), c1 }, "--container SAFE-TS"), lines({ kUserPassword })), 0);
        QCOMPARE(containerOf(h, c1), s("SAFE-TS"));
        QVERIFY(copyState(h, c1).value(QStringLiteral("holder")).isNull());
        CLI_EXPECT(h.officer(cmd({ s("copy"), s("issue"), c1 }, "--to cara"), lines({ kUserPassword })), 0);
        QCOMPARE(holderOf(h, c1), s("cara"));
        CLI_EXPECT(h.as(s("cara"), cmd({ s("copy"), s("transfer"), c1 }, "--to officer"),
                       lines({ kUserPassword, kOfficerPassword })),
            0);
        QCOMPARE(holderOf(h, c1), s("officer"));

        // Reproduction with the originator's consent and an approving officer.
        const CliRun rep = h.officer(cmd({ s("--json"), s("reproduce"), control },
                                         "--copies 2 --reason briefing --consent-ref US-CONSENT-7 --approver approver"),
            lines({ kUserPassword }));
        CLI_EXPECT(rep, 0);
        const QJsonObject r = rep.json().object();
        const QString c2 = control + QStringLiteral("/2");
        const QString c3 = control + QStringLiteral("/3");
        QCOMPARE(r.value(QStringLiteral("copies")).toArray(), (QJsonArray { c2, c3 }));
        QCOMPARE(r.value(QStringLiteral("consent_ref")).toString(), s("US-CONSENT-7"));
        QCOMPARE(r.value(QStringLiteral("approver")).toString(), s("approver"));
        QCOMPARE(holderOf(h, c2), s("officer"));
        const CliRun reps = h.officer(w("--json reproduction list"));
        CLI_EXPECT(reps, 0);
        QCOMPARE(reps.json().array().size(), 1);

        // Everything into the vault, then an inventory of the vault.
        for (const auto& c : { c1, c2, c3 })
            CLI_EXPECT(h.officer(cmd({ s("copy"), s("store"), c }, "--container SAFE-TS")), 0);
        CLI_EXPECT(h.officer(w("inventory start --container SAFE-TS")), 0);
        for (const auto& c : { c1, c2, c3 })
            CLI_EXPECT(h.as(s("cara"), cmd({ s("inventory"), s("sight"), c }), lines({ kUserPassword })), 0);
        const CliRun inv = h.officer(w("--json inventory finish"));
        CLI_EXPECT(inv, 0);
        QCOMPARE(inv.json().object().value(QStringLiteral("present")).toArray(), (QJsonArray { c1, c2, c3 }));
        QVERIFY(inv.json().object().value(QStringLiteral("missing")).toArray().isEmpty());
        QVERIFY(inv.json().object().value(QStringLiteral("unexpected")).toArray().isEmpty());
        QVERIFY(inv.json().object().value(QStringLiteral("incidents")).toArray().isEmpty());
        const CliRun human = h.officer(w("inventory list"));
        CLI_EXPECT(human, 0);

        // Destruction with a witness: both sign.
        for (const auto& c : { c1, c2, c3 }) {
            const CliRun d = h.officer(
                cmd({ s("--json"), s("destroy"), c }, "--method burning --witness wendy"), lines({ kUserPassword }));
            CLI_EXPECT(d, 0);
            QCOMPARE(d.json().object().value(QStringLiteral("witness")).toString(), s("wendy"));
        }
        QCOMPARE(statusOf(h, c1), s("destroyed"));
        const CliRun destroyed = h.officer(w("--json item list --status destroyed"));
        CLI_EXPECT(destroyed, 0);
        QCOMPARE(destroyed.json().array().size(), 1);

        // The copy's custody history and the audit trail.
        const CliRun hist = h.officer(cmd({ s("--json"), s("copy"), s("history"), c1 }));
        CLI_EXPECT(hist, 0);
        QStringList kinds;
        bool caraCosigned = false;
        for (const auto& v : hist.json().array()) {
            const QJsonObject e = v.toObject();
            kinds << e.value(QStringLiteral("kind")).toString();
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("copy.transferred")
                && e.value(QStringLiteral("cosigners")).toArray().contains(QJsonValue(s("cara"))))
                caraCosigned = true;
        }
        QVERIFY2(kinds.contains(s("copy.transferred")), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY(kinds.contains(s("copy.stored")));
        QVERIFY(kinds.contains(s("copy.issued")));
        QVERIFY(kinds.contains(s("copy.destroyed")));
        QVERIFY(caraCosigned);
        const CliRun table = h.officer(cmd({ s("copy"), s("history"), c1 }));
        CLI_EXPECT(table, 0);

        const CliRun verify = h.officer(w("--json audit verify"));
        CLI_EXPECT(verify, 0);
        QVERIFY(verify.json().object().value(QStringLiteral("ok")).toBool());
        CLI_EXPECT(h.as(s("approver"), w("audit verify"), lines({ kUserPassword })), 0);
    }

    // Issue 18, loans: `copy issue --due` records when the copy is to come back; `copy loans` lists what is out on
    // loan, with the due date, until the copy is back in a container.
    void loansWithDueDates()
    {
        const QString control = registerItem(m_h,
            QStringList { QStringLiteral("--title"), QStringLiteral("(U) Loan test") }
                + w("--level secret --origin USA --copies 1 --container SAFE-S"));
        QVERIFY(!control.isEmpty());
        const QString copy = control + QStringLiteral("/1");
        const QString due = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        CLI_EXPECT(
            m_h.officer(cmd({ s("--json"), s("copy"), s("issue"), copy }, "--to cara --due") + QStringList { due },
                lines({ kUserPassword })),
            0);
        const CliRun loans = m_h.officer(w("--json copy loans"));
        CLI_EXPECT(loans, 0);
        QJsonObject loan;
        for (const auto& v : loans.json().array())
            if (v.toObject().value(QStringLiteral("copy")).toString() == copy)
                loan = v.toObject();
        QCOMPARE(loan.value(QStringLiteral("holder")).toString(), s("cara"));
        QCOMPARE(loan.value(QStringLiteral("due")).toString(), due);
        QCOMPARE(loan.value(QStringLiteral("issued_by")).toString(), s("officer"));
        QVERIFY(!loan.value(QStringLiteral("overdue")).toBool());
        const CliRun overdue = m_h.officer(w("--json copy loans --overdue"));
        CLI_EXPECT(overdue, 0);
        for (const auto& v : overdue.json().array())
            QVERIFY(v.toObject().value(QStringLiteral("copy")).toString() != copy);
        CLI_EXPECT(
            m_h.as(s("cara"), cmd({ s("copy"), s("store"), copy }, "--container SAFE-S"), lines({ kUserPassword })), 0);
        const CliRun after = m_h.officer(w("--json copy loans"));
        for (const auto& v : after.json().array())
            QVERIFY(v.toObject().value(QStringLiteral("copy")).toString() != copy);
    }

    // R-PER-5 through the CLI: an item's access list, and a leaver offboarded — the copy recovered, the debriefing
    // recorded, the account disabled; each refusal leaves the register as it was.
    void accessListAndOffboarding()
    {
        CLI_EXPECT(m_h.addUser(s("leo"), s("staff"), s("secret"), w("--briefed 2026-01-05")), 0);
        const QString control = registerItem(m_h,
            QStringList { QStringLiteral("--title"), QStringLiteral("(U) Leaver test") }
                + w("--level secret --origin USA --copies 1 --container SAFE-S"));
        QVERIFY(!control.isEmpty());
        const QString copy = control + QStringLiteral("/1");
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("issue"), copy }, "--to leo"), lines({ kUserPassword })), 0);

        const auto accessList = [&]() -> QJsonObject {
            const CliRun r = m_h.officer(cmd({ s("--json"), s("item"), s("access-list"), control }));
            if (r.code != 0)
                qWarning("%s", r.describe().constData());
            return r.json().object();
        };
        const auto logins = [](const QJsonArray& list) {
            QStringList out;
            for (const auto& v : list)
                out << v.toObject().value(QStringLiteral("login")).toString();
            return out;
        };
        QJsonObject list = accessList();
        QCOMPARE(list.value(QStringLiteral("level")).toString(), s("secret"));
        QVERIFY(logins(list.value(QStringLiteral("authorised")).toArray()).contains(s("leo")));
        const QJsonArray accessed = list.value(QStringLiteral("accessed")).toArray();
        QCOMPARE(accessed.last().toObject().value(QStringLiteral("login")).toString(), s("leo"));
        QCOMPARE(accessed.last().toObject().value(QStringLiteral("how")).toString(), s("held"));
        QCOMPARE(accessed.last().toObject().value(QStringLiteral("copy")).toString(), copy);
        CLI_EXPECT(m_h.as(s("leo"), cmd({ s("item"), s("access-list"), control }), lines({ kUserPassword })), 3);
        CLI_EXPECT(m_h.officer(w("item access-list S-2026-999999")), 5);

        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(w("user offboard leo")), 1); // holds a copy: a container is needed
        CLI_EXPECT(m_h.officer(w("user offboard officer --container SAFE-S")), 6);
        CLI_EXPECT(m_h.officer(w("user offboard nobody --container SAFE-S")), 5);
        QCOMPARE(registerDigest(), before);
        CLI_EXPECT(m_h.as(s("cara"), w("user offboard leo --container SAFE-S"), lines({ kUserPassword })), 3);

        const CliRun done = m_h.officer(w("--json user offboard leo --container SAFE-S --debriefed 2026-11-30"));
        CLI_EXPECT(done, 0);
        const QJsonObject o = done.json().object();
        QCOMPARE(o.value(QStringLiteral("recovered")).toArray(), QJsonArray { copy });
        QCOMPARE(o.value(QStringLiteral("container")).toString(), s("SAFE-S"));
        QCOMPARE(o.value(QStringLiteral("debriefed")).toString(), s("2026-11-30"));
        QVERIFY(o.value(QStringLiteral("disabled")).toBool());
        QCOMPARE(holderOf(m_h, copy), QString());
        const CliRun shown = m_h.officer(w("--json user show leo"));
        QCOMPARE(shown.json().object().value(QStringLiteral("debriefed")).toString(), s("2026-11-30"));
        QVERIFY(!shown.json().object().value(QStringLiteral("active")).toBool());
        CLI_EXPECT(m_h.as(s("leo"), w("copy holdings"), lines({ kUserPassword })), 2);
        CLI_EXPECT(m_h.officer(w("user offboard leo --container SAFE-S")), 6);

        list = accessList();
        QVERIFY(!logins(list.value(QStringLiteral("authorised")).toArray()).contains(s("leo")));
        QVERIFY(logins(list.value(QStringLiteral("accessed")).toArray()).contains(s("leo")));
    }

    // R-CON-2 through the CLI: open, close, check, in order and by people cleared for the container; the status.
    void containerOpenCloseCheck()
    {
        const QByteArray pw = lines({ kUserPassword });
        CLI_EXPECT(m_h.as(s("sam"), w("container open SAFE-TS"), pw), 3);
        CLI_EXPECT(m_h.as(s("cara"), w("container open SAFE-S"), pw), 0);
        CLI_EXPECT(m_h.officer(w("container open SAFE-S")), 6);
        CLI_EXPECT(m_h.officer(w("container check SAFE-S")), 6);
        CLI_EXPECT(m_h.officer(w("container open NOPE")), 5);
        const auto stateOf = [&](const QString& id) -> QJsonObject {
            const CliRun r = m_h.officer(w("--json container status"));
            for (const auto& v : r.json().array())
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    return v.toObject();
            qWarning("%s", r.describe().constData());
            return {};
        };
        QJsonObject st = stateOf(s("SAFE-S"));
        QCOMPARE(st.value(QStringLiteral("state")).toString(), s("open"));
        QCOMPARE(st.value(QStringLiteral("by")).toString(), s("cara"));
        QVERIFY(!st.value(QStringLiteral("left_open")).toBool());
        CLI_EXPECT(m_h.as(s("cara"), w("container close SAFE-S"), pw), 0);
        QVERIFY(stateOf(s("SAFE-S")).value(QStringLiteral("check_due")).toBool());
        CLI_EXPECT(m_h.as(s("sam"), w("--json container check SAFE-S"), pw), 0);
        st = stateOf(s("SAFE-S"));
        QCOMPARE(st.value(QStringLiteral("state")).toString(), s("closed"));
        QCOMPARE(st.value(QStringLiteral("checked_by")).toString(), s("sam"));
        QVERIFY(!st.value(QStringLiteral("check_due")).toBool());

        // R-CON-1: who knows the combination; only they open it then; a change recorded by one of them.
        QCOMPARE(st.value(QStringLiteral("change_due")).toString(), s("put-in-use"));
        CLI_EXPECT(m_h.as(s("cara"), w("container custodians SAFE-S --login sam"), pw), 3);
        CLI_EXPECT(m_h.officer(w("container custodians SAFE-S --login sam --login cara")), 0);
        CLI_EXPECT(m_h.officer(w("container open SAFE-S")), 3);
        CLI_EXPECT(m_h.as(s("wendy"), w("container combination-changed SAFE-S"), pw), 3);
        CLI_EXPECT(m_h.as(s("sam"), w("container combination-changed SAFE-S"), pw), 0);
        st = stateOf(s("SAFE-S"));
        QCOMPARE(st.value(QStringLiteral("custodians")).toArray(), (QJsonArray { s("cara"), s("sam") }));
        QVERIFY(st.value(QStringLiteral("change_due")).isNull());
        QVERIFY(!st.value(QStringLiteral("combination_changed")).isNull());
    }

    // R-CON-3 through the CLI: a container reserved for Japanese-origin material refuses a US copy; lifted, it takes
    // it.
    void containerReservation()
    {
        const QString control = registerItem(m_h,
            QStringList { QStringLiteral("--title"), QStringLiteral("(U) Reservation test") }
                + w("--level secret --origin USA --copies 1"));
        QVERIFY(!control.isEmpty());
        const QString copy = control + QStringLiteral("/1");
        CLI_EXPECT(m_h.as(s("cara"), w("container reserve SAFE-S --origin JPN"), lines({ kUserPassword })), 3);
        const CliRun reserved = m_h.officer(w("--json container reserve SAFE-S --origin JPN"));
        CLI_EXPECT(reserved, 0);
        QCOMPARE(reserved.json().object().value(QStringLiteral("reserved")).toObject().value(QStringLiteral("origins")),
            QJsonValue(QJsonArray { s("JPN") }));
        settle();
        const QByteArray before = registerDigest();
        const CliRun refused = m_h.officer(cmd({ s("copy"), s("store"), copy }, "--container SAFE-S"));
        CLI_EXPECT(refused, 3);
        QVERIFY2(refused.err.contains("reserved"), refused.describe().constData());
        QVERIFY(registerDigest() != before); // the refusal is recorded, the copy stays where it was
        QCOMPARE(holderOf(m_h, copy), s("officer"));
        CLI_EXPECT(m_h.officer(w("container reserve SAFE-S")), 0);
        CLI_EXPECT(m_h.officer(cmd({ s("copy"), s("store"), copy }, "--container SAFE-S")), 0);
        QCOMPARE(containerOf(m_h, copy), s("SAFE-S"));
    }

    void auditStillVerifies() { CLI_EXPECT(m_h.officer(w("audit verify")), 0); }
};

QTEST_GUILESS_MAIN(TestCliCustody)
#include "TestCliCustody.moc"
