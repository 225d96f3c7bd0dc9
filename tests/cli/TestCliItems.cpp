// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli item register | list | show | content | reclassify | release | expire | purpose-ended (cli.md): exit
// codes, JSON shapes, and that a failing command leaves the register as it was.
#include "CliHarness.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList reg(const QString& title, const char* rest)
{
    return QStringList { QStringLiteral("item"), QStringLiteral("register"), QStringLiteral("--title"), title }
    + w(rest);
}

const QRegularExpression kControl(QStringLiteral("^(U|C|S|TS)-([A-Za-z0-9._]+-)*\\d{4}-\\d{6}$"));
} // namespace

class TestCliItems : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;
    QString m_secret; // S item, 2 copies in SAFE-S, group CRYPTO
    QString m_topSecret; // TS item, charged to the officer

    QByteArray registerDigest() const { return digestOf(m_h.path()); }
    void settle() const { CLI_EXPECT(m_h.officer(w("user list")), 0); }

    QString registerItem(const QStringList& args) const
    {
        const CliRun r = m_h.officer(args);
        if (r.code != 0)
            qWarning("%s", r.describe().constData());
        return QString::fromUtf8(r.out).trimmed();
    }

    QJsonArray listAs(const QString& login, const QByteArray& pw, const QStringList& extra = {}) const
    {
        const CliRun r = m_h.as(login,
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("list") } + extra,
            lines({ pw }));
        if (r.code != 0 || !r.jsonOk() || !r.json().isArray())
            qWarning("%s", r.describe().constData());
        return r.json().array();
    }

    int itemCount() const { return static_cast<int>(listAs(QStringLiteral("officer"), kOfficerPassword).size()); }

    static bool listHas(const QJsonArray& list, const QString& control)
    {
        for (const auto& v : list)
            if (v.toObject().value(QStringLiteral("control")).toString() == control)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO")), 0);
        CLI_EXPECT(m_h.officer(w("user grant officer --group CRYPTO")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-S --level secret --location Room-101")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-C --level confidential")), 0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("alice"), QStringLiteral("staff"), QStringLiteral("secret"),
                       w("--group CRYPTO --briefed 2026-01-05")),
            0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("bob"), QStringLiteral("staff"), QStringLiteral("secret"),
                       w("--briefed 2026-01-05")),
            0);
        CLI_EXPECT(m_h.addUser(QStringLiteral("audrey"), QStringLiteral("auditor"), QStringLiteral("top-secret"),
                       w("--briefed 2026-01-05")),
            0);
        m_secret = registerItem(reg(QStringLiteral("(U) Radar maintenance manual"),
            "--level secret --origin JPN --copies 2 --container SAFE-S --group CRYPTO --caveat NOFORN "
            "--received-from US-Embassy --receipt-no R-77 --classified-by J.Smith --derived-from SCG-12 "
            "--declassify-on 2040-12-31 --media paper"));
        QVERIFY2(kControl.match(m_secret).hasMatch(), qPrintable(m_secret));
        m_topSecret = registerItem(reg(QStringLiteral("(U) 作戦計画"), "--level top-secret --origin USA"));
        QVERIFY2(kControl.match(m_topSecret).hasMatch(), qPrintable(m_topSecret));
    }

    void registerPrintsControlNumber()
    {
        const CliRun r = m_h.officer(reg(QStringLiteral("(U) Plain"), "--level confidential --origin JPN"));
        CLI_EXPECT(r, 0);
        QVERIFY2(kControl.match(QString::fromUtf8(r.out).trimmed()).hasMatch(), r.out.constData());
        QVERIFY(r.out.endsWith('\n'));
        QVERIFY(r.err.isEmpty());
    }

    void registerJson()
    {
        const CliRun r = m_h.officer(QStringList { QStringLiteral("--json") }
            + reg(QStringLiteral("(U) Three copies"), "--level secret --origin USA --copies 3 --container SAFE-S"));
        CLI_EXPECT(r, 0);
        QVERIFY2(r.jsonOk() && r.json().isObject(), r.describe().constData());
        const QJsonObject o = r.json().object();
        const QString control = o.value(QStringLiteral("control")).toString();
        QVERIFY(kControl.match(control).hasMatch());
        const QJsonArray copies = o.value(QStringLiteral("copies")).toArray();
        QCOMPARE(copies.size(), 3);
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(copies.at(n - 1).toString(), control + QLatin1Char('/') + QString::number(n));
    }

    // R-MRK-4: a title marked above (U) is a warning on standard error, not a failure.
    void registerWarnsAboutMarkedTitle()
    {
        const CliRun r = m_h.officer(reg(QStringLiteral("(S) Secret title"), "--level secret --origin USA"));
        CLI_EXPECT(r, 0);
        QVERIFY2(r.err.startsWith("kanribo-cli: warning: "), r.err.constData());
        QVERIFY(kControl.match(QString::fromUtf8(r.out).trimmed()).hasMatch());
    }

    // Exit 1: malformed or missing values; nothing is written.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString t = QStringLiteral("(U) T");
        QTest::newRow("bad level") << reg(t, "--level ultra --origin USA");
        QTest::newRow("missing --level") << reg(t, "--origin USA");
        QTest::newRow("missing --origin") << reg(t, "--level secret");
        QTest::newRow("missing --title") << w("item register --level secret --origin USA");
        QTest::newRow("copies not a number") << reg(t, "--level secret --origin USA --copies two");
        QTest::newRow("copies zero") << reg(t, "--level secret --origin USA --copies 0");
        QTest::newRow("bad received-on") << reg(t, "--level secret --origin USA --received-on 2026-02-30");
        QTest::newRow("bad purpose-ends") << reg(t, "--level secret --origin USA --purpose-ends tomorrow");
        QTest::newRow("bad media") << reg(t, "--level secret --origin USA --media vellum");
        QTest::newRow("bad origin") << reg(t, "--level secret --origin XX");
        QTest::newRow("unknown caveat") << reg(t, "--level secret --origin USA --caveat SHINY");
        QTest::newRow("unknown portion mark") << reg(QStringLiteral("(Q) T"), "--level secret --origin USA");
        QTest::newRow("title marked above the level") << reg(QStringLiteral("(TS) T"), "--level secret --origin USA");
        QTest::newRow("unknown option") << reg(t, "--level secret --origin USA --colour red");
        QTest::newRow("list: bad level") << w("item list --level ultra");
        QTest::newRow("list: bad status") << w("item list --status misplaced");
        QTest::newRow("show: no control") << w("item show");
        QTest::newRow("content: no --out") << w("item content S-2026-000001");
        QTest::newRow("reclassify: bad date")
            << w("item reclassify S-2026-000001 --level confidential --notice-by X --notice-date 1/2/2026 "
                 "--reference N-1");
        QTest::newRow("reclassify: missing --reference")
            << w("item reclassify S-2026-000001 --level confidential --notice-by X --notice-date 2026-02-01");
        QTest::newRow("release: bad date")
            << w("item release S-2026-000001 --nationality GBR --reference L-1 --approved-on 2026-13-01");
        QTest::newRow("expire: extra argument") << w("item expire now");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(args), 1);
        QCOMPARE(registerDigest(), before);
    }

    // Exit 3: denied by policy; the denial is recorded, the item is not.
    void denied()
    {
        const int before = itemCount();
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), reg(QStringLiteral("(U) Mine"), "--level secret --origin USA"),
                       lines({ kUserPassword })),
            3);
        // The container is approved only up to Secret (R-CUS-4).
        CLI_EXPECT(
            m_h.officer(reg(QStringLiteral("(U) Too high"), "--level top-secret --origin USA --container SAFE-S")), 3);
        CLI_EXPECT(
            m_h.officer(reg(QStringLiteral("(U) Too high"), "--level secret --origin USA --container SAFE-C")), 3);
        // Staff may not reclassify.
        CLI_EXPECT(m_h.as(QStringLiteral("alice"),
                       QStringList { QStringLiteral("item"), QStringLiteral("reclassify"), m_secret }
                           + w("--level confidential --notice-by X --notice-date 2026-02-01 --reference N-1"),
                       lines({ kUserPassword })),
            3);
        CLI_EXPECT(m_h.as(QStringLiteral("alice"), w("item expire"), lines({ kUserPassword })), 3);
        QCOMPARE(itemCount(), before);
        const CliRun log = m_h.officer(w("--json audit log"));
        CLI_EXPECT(log, 0);
        QVERIFY(log.out.contains("denied"));
    }

    // Exit 5. Nothing changes but the sealed "lookup" record each look-up of an item writes (R-ACC-3: the same as
    // for a hidden item).
    void notFound()
    {
        settle();
        const qint64 seqBefore = m_h.lastSeq();
        CLI_EXPECT(m_h.officer(w("item show S-2026-999999")), 5);
        CLI_EXPECT(
            m_h.officer(w("item content S-2026-999999 --out ") + QStringList { m_h.dir() + QStringLiteral("/x") }), 5);
        CLI_EXPECT(m_h.officer(reg(QStringLiteral("(U) T"), "--level secret --origin USA --container NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(reg(QStringLiteral("(U) T"), "--level secret --origin USA --group NOSUCH")), 5);
        CLI_EXPECT(m_h.officer(w("item reclassify S-2026-999999 --level confidential --notice-by X "
                                 "--notice-date 2026-02-01 --reference N-1")),
            5);
        CLI_EXPECT(
            m_h.officer(w("item release S-2026-999999 --nationality GBR --reference L-1 --approved-on 2026-02-01")), 5);
        // An item without stored content.
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("content"), m_secret,
                       QStringLiteral("--out"), m_h.dir() + QStringLiteral("/none.bin") }),
            5);
        // show, content, reclassify and release looked up an item; the unknown container, group and content wrote
        // nothing.
        QCOMPARE(m_h.kindsAfter(seqBefore), QStringList(4, QStringLiteral("access.denied lookup")));
        QVERIFY(!QFile::exists(m_h.dir() + QStringLiteral("/none.bin")));
    }

    // R-ACC-3: an item the user may not access is absent from lists and "not found" when named (denial recorded).
    void invisibleItems()
    {
        const QJsonArray bobs = listAs(QStringLiteral("bob"), kUserPassword);
        QVERIFY(!listHas(bobs, m_secret)); // not in CRYPTO
        QVERIFY(!listHas(bobs, m_topSecret)); // clearance Secret
        QVERIFY(listHas(listAs(QStringLiteral("alice"), kUserPassword), m_secret));
        CLI_EXPECT(
            m_h.as(QStringLiteral("bob"), QStringList { QStringLiteral("item"), QStringLiteral("show"), m_secret },
                lines({ kUserPassword })),
            5);
        CLI_EXPECT(
            m_h.as(QStringLiteral("alice"), QStringList { QStringLiteral("item"), QStringLiteral("show"), m_topSecret },
                lines({ kUserPassword })),
            5);
    }

    void listJsonShape()
    {
        const QJsonArray all = listAs(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(all.size() >= 2);
        for (const auto& v : all) {
            const QJsonObject o = v.toObject();
            for (const char* key :
                { "control", "title", "level", "origin", "us_marking", "jp_marking", "regime", "groups", "caveats" })
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("groups")).isArray());
            QVERIFY(o.value(QStringLiteral("caveats")).isArray());
        }
        const QJsonArray ts = listAs(QStringLiteral("officer"), kOfficerPassword, w("--level top-secret"));
        QCOMPARE(ts.size(), 1);
        QCOMPARE(ts.at(0).toObject().value(QStringLiteral("control")).toString(), m_topSecret);
        QCOMPARE(ts.at(0).toObject().value(QStringLiteral("jp_marking")).toString(), QStringLiteral("機密"));
        // Held by the officer (charged on registration); the Secret item is in a container.
        const QJsonArray held = listAs(QStringLiteral("officer"), kOfficerPassword, w("--holder officer"));
        QVERIFY(listHas(held, m_topSecret));
        QVERIFY(!listHas(held, m_secret));
        QVERIFY(listHas(listAs(QStringLiteral("officer"), kOfficerPassword, w("--container SAFE-S")), m_secret));
        QVERIFY(listHas(listAs(QStringLiteral("officer"), kOfficerPassword, w("--status active")), m_secret));
        QVERIFY(listAs(QStringLiteral("officer"), kOfficerPassword, w("--status destroyed")).isEmpty());
        QVERIFY(listHas(listAs(QStringLiteral("officer"), kOfficerPassword, w("--search radar")), m_secret));
        // The table.
        const CliRun table = m_h.officer(w("item list"));
        CLI_EXPECT(table, 0);
        QVERIFY(table.out.contains(m_secret.toUtf8()));
        QVERIFY(table.out.contains("作戦計画"));
    }

    void showJsonShape()
    {
        const CliRun r = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), m_secret });
        CLI_EXPECT(r, 0);
        QVERIFY2(r.jsonOk() && r.json().isObject(), r.describe().constData());
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("control")).toString(), m_secret);
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("(U) Radar maintenance manual"));
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("secret"));
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("JPN"));
        QCOMPARE(o.value(QStringLiteral("us_marking")).toString(), QStringLiteral("SECRET"));
        QCOMPARE(o.value(QStringLiteral("jp_marking")).toString(), QStringLiteral("極秘"));
        QVERIFY(o.contains(QStringLiteral("regime")));
        QCOMPARE(o.value(QStringLiteral("groups")).toArray(), QJsonArray { QStringLiteral("CRYPTO") });
        QCOMPARE(o.value(QStringLiteral("caveats")).toArray().size(), 1);
        const QJsonObject authority = o.value(QStringLiteral("authority")).toObject();
        QCOMPARE(authority.value(QStringLiteral("classified_by")).toString(), QStringLiteral("J.Smith"));
        QCOMPARE(authority.value(QStringLiteral("declassify_on")).toString(), QStringLiteral("2040-12-31"));
        QCOMPARE(o.value(QStringLiteral("receipt")).toObject().value(QStringLiteral("receipt_no")).toString(),
            QStringLiteral("R-77"));
        const QJsonArray copies = o.value(QStringLiteral("copies")).toArray();
        QCOMPARE(copies.size(), 2);
        for (int n = 0; n < 2; ++n) {
            const QJsonObject c = copies.at(n).toObject();
            QCOMPARE(c.value(QStringLiteral("id")).toString(), m_secret + QStringLiteral("/%1").arg(n + 1));
            QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
            QVERIFY(c.value(QStringLiteral("holder")).isNull());
            QCOMPARE(c.value(QStringLiteral("container")).toString(), QStringLiteral("SAFE-S"));
        }
        QVERIFY(o.value(QStringLiteral("reclassifications")).isArray());
        QVERIFY(o.value(QStringLiteral("disclosures")).isArray());
        // Staff see the item but not its disclosure record.
        const CliRun a = m_h.as(QStringLiteral("alice"),
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), m_secret },
            lines({ kUserPassword }));
        CLI_EXPECT(a, 0);
        QVERIFY(!a.json().object().contains(QStringLiteral("disclosures")));
        // Human-readable.
        const CliRun h = m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("show"), m_secret });
        CLI_EXPECT(h, 0);
        QVERIFY(h.out.contains("SAFE-S"));
        QVERIFY(h.out.contains("J.Smith"));
    }

    // R-ACC-4: each showing of a Top Secret item is recorded as a disclosure.
    void showTopSecretRecordsDisclosure()
    {
        const auto disclosures = [&]() {
            const CliRun r = m_h.officer(
                QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), m_topSecret });
            return r.json().object().value(QStringLiteral("disclosures")).toArray();
        };
        const QJsonArray first = disclosures();
        QVERIFY(!first.isEmpty());
        const QJsonArray second = disclosures();
        QCOMPARE(second.size(), first.size() + 1);
        QCOMPARE(second.last().toObject().value(QStringLiteral("login")).toString(), QStringLiteral("officer"));
        QCOMPARE(second.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("show"));
        // The copy is charged to the officer.
        const CliRun r = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), m_topSecret });
        const QJsonObject c = r.json().object().value(QStringLiteral("copies")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("holder")).toString(), QStringLiteral("officer"));
        QVERIFY(c.value(QStringLiteral("container")).isNull());
    }

    void contentRoundTrip()
    {
        const QString src = m_h.dir() + QStringLiteral("/plan.txt");
        QByteArray bytes;
        for (int i = 0; i < 5000; ++i)
            bytes += "line " + QByteArray::number(i) + " 内容\n";
        {
            QFile f(src);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString control = registerItem(
            reg(QStringLiteral("(U) With content"), "--level secret --origin USA --container SAFE-S --content ")
            + QStringList { src });
        QVERIFY2(kControl.match(control).hasMatch(), qPrintable(control));
        const QString out = m_h.dir() + QStringLiteral("/plan.out");
        const CliRun r = m_h.officer(QStringList { QStringLiteral("--json"), QStringLiteral("item"),
            QStringLiteral("content"), control, QStringLiteral("--out"), out });
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("control")).toString(), control);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        // alice may open it too (Secret, no group).
        const QString out2 = m_h.dir() + QStringLiteral("/plan.alice");
        CLI_EXPECT(m_h.as(QStringLiteral("alice"),
                       QStringList {
                           QStringLiteral("item"), QStringLiteral("content"), control, QStringLiteral("--out"), out2 },
                       lines({ kUserPassword })),
            0);
        QCOMPARE(digestOf(out2), digestOf(src));
        // Exit 7: the output folder does not exist; nothing is recorded.
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("content"), control,
                       QStringLiteral("--out"), m_h.dir() + QStringLiteral("/no/such/dir/out.bin") }),
            7);
        QCOMPARE(registerDigest(), before);
    }

    // Exit 7: the content to register cannot be read; nothing is registered.
    void contentUnreadable()
    {
        settle();
        const QByteArray before = registerDigest();
        CLI_EXPECT(m_h.officer(reg(QStringLiteral("(U) Folder"), "--level secret --origin USA --content ")
                       + QStringList { m_h.dir() }),
            7);
        QCOMPARE(registerDigest(), before);
    }

    void reclassifyAndRelease()
    {
        const QString control
            = registerItem(reg(QStringLiteral("(U) To downgrade"), "--level secret --origin USA --container SAFE-S"));
        QVERIFY(kControl.match(control).hasMatch());
        const CliRun r = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("reclassify"), control }
            + w("--level confidential --notice-by US-Embassy --notice-date 2026-02-01 --reference N-42 --reason "
                "review"));
        CLI_EXPECT(r, 0);
        const QJsonObject rc = r.json().object();
        QCOMPARE(rc.value(QStringLiteral("kind")).toString(), QStringLiteral("downgrade"));
        QCOMPARE(rc.value(QStringLiteral("old_level")).toString(), QStringLiteral("secret"));
        QCOMPARE(rc.value(QStringLiteral("new_level")).toString(), QStringLiteral("confidential"));
        // Exit 6: already at that level.
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("reclassify"), control }
                       + w("--level confidential --notice-by X --notice-date 2026-02-01 --reference N-43")),
            6);
        const CliRun show = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), control });
        const QJsonObject o = show.json().object();
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("confidential"));
        QCOMPARE(o.value(QStringLiteral("reclassifications")).toArray().size(), 1);

        // R-ACC-5: release to a third country.
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("release"), control }
                       + w("--nationality GBR --reference L-9 --approved-on 2026-02-02")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("release"), control }
                       + w("--nationality GBR --reference L-9 --approved-on 2026-02-02")),
            6);
        const CliRun show2 = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), control });
        const QJsonArray releases = show2.json().object().value(QStringLiteral("releases")).toArray();
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.at(0).toObject().value(QStringLiteral("nationality")).toString(), QStringLiteral("GBR"));
        // NOFORN items cannot be released.
        CLI_EXPECT(m_h.officer(QStringList { QStringLiteral("item"), QStringLiteral("release"), m_secret }
                       + w("--nationality GBR --reference L-10 --approved-on 2026-02-02")),
            6);
    }

    void expireAndPurposeEnded()
    {
        const QString control = registerItem(reg(QStringLiteral("(U) Ended"),
            "--level confidential --origin USA --container SAFE-C --purpose-ends 2020-01-01"));
        QVERIFY(kControl.match(control).hasMatch());
        const CliRun p = m_h.officer(w("--json item purpose-ended"));
        CLI_EXPECT(p, 0);
        QVERIFY2(p.json().isArray(), p.describe().constData());
        QVERIFY(listHas(p.json().array(), control));
        QVERIFY(!listHas(p.json().array(), m_secret));
        // A designation whose validity has passed gets the expiry mark (R-MRK-7).
        const QString sds = registerItem(reg(QStringLiteral("(U) Designated"),
            "--level secret --origin JPN --regime tokutei --container SAFE-S --valid-until 2020-01-01"));
        QVERIFY(kControl.match(sds).hasMatch());
        const CliRun e = m_h.officer(w("--json item expire"));
        CLI_EXPECT(e, 0);
        QVERIFY2(e.json().isArray(), e.describe().constData());
        QVERIFY(e.json().array().contains(QJsonValue(sds)));
        const CliRun again = m_h.officer(w("--json item expire"));
        CLI_EXPECT(again, 0);
        QVERIFY(again.json().array().isEmpty());
        const CliRun show = m_h.officer(
            QStringList { QStringLiteral("--json"), QStringLiteral("item"), QStringLiteral("show"), sds });
        QVERIFY(show.json().object().value(QStringLiteral("designation_expired")).toBool());
        CLI_EXPECT(m_h.officer(w("item expire")), 0);
    }

    void helpListsItemCommands()
    {
        const CliRun h = CliHarness::exec({ QStringLiteral("--help") });
        CLI_EXPECT(h, 0);
        for (const char* c : { "item register", "item list", "item show", "item content", "item reclassify",
                 "item release", "item expire", "item purpose-ended" })
            QVERIFY2(h.out.contains(c), c);
    }

    void auditStillVerifies() { CLI_EXPECT(m_h.officer(w("audit verify")), 0); }
};

QTEST_GUILESS_MAIN(TestCliItems)
#include "TestCliItems.moc"
