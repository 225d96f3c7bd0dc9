// SPDX-License-Identifier: GPL-3.0-or-later
// kanribo-cli and R-ACC-3 (issue 14, ADR 0003): every door, opened by each restricted reader — a Secret staff user, a
// Confidential custodian and auditor, and a foreign national — shows nothing they may not see: not in standard output
// or error, JSON or table, CSV or PDF, not in an error message that differs from "not found", not in the ledger
// records a look-up leaves. An officer outside the need-to-know group keeps the accounts of the item without reading
// it (the accountability view). Also R-ACC-5 at registration and R-TRU-7's side doors (owner-only files, free text
// from standard input).
#include "CliHarness.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <sys/stat.h>

using namespace kanribo::test;

namespace
{
QStringList w(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList operator+(const QStringList& a, const QString& b)
{
    QStringList out = a;
    out << b;
    return out;
}

QByteArray pw(int n = 1)
{
    QByteArray all;
    for (int i = 0; i < n; ++i)
        all += kUserPassword + '\n';
    return all;
}

// pdftotext -raw, folded with NFKC (it maps some glyphs to compatibility forms).
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int modeOf(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QSet<qint64> idsOf(const QJsonArray& list)
{
    QSet<qint64> out;
    for (const auto& v : list)
        out.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    return out;
}

QStringList controlsOf(const QJsonArray& items)
{
    QStringList out;
    for (const auto& v : items)
        out << v.toObject().value(QStringLiteral("control")).toString();
    out.sort();
    return out;
}

// What one reader may not see: control numbers (copy ids start with them) and marker words of titles, receipt
// details, senders, free text, content and custody details.
struct Hidden {
    QStringList controls;
    QStringList markers;
};
} // namespace

class TestCliVisibility : public QObject
{
    Q_OBJECT

private:
    CliHarness m_h;
    // The four items (control numbers as registered).
    QString m_nuc; // TOP SECRET, group NUC: hidden from every restricted reader; ofc2's accountability view
    QString m_crypto; // SECRET, group CRYPTO
    QString m_iris; // CONFIDENTIAL, Japanese origin, no REL TO: not releasable to a US national
    QString m_tulip; // SECRET, US origin: every Secret reader of either nation sees it

    // Markers of each item: what nobody without R-ACC-1 in full may read (title, authority, receipt, free text,
    // content), and custody facts the accountability view shows but a reader who may not see the item must not.
    // Each starts with '-' or is a long word: base64 (the sealed boxes of look-up records) has no '-', so a random
    // run of letters in it cannot pass for a marker.
    const QStringList kNucDetails { s("-ORCHID"), s("Orchidaceae"), s("SENDER-HIDDEN"), s("RCPT-SECRET-77") };
    const QStringList kNucCustody { s("ORG-KESTREL") };
    const QStringList kCryptoMarkers { s("-LOTUS"), s("Keymat"), s("ORG-LINNET") };
    const QStringList kIrisMarkers { s("-IRIS"), s("Domestic"), s("ORG-MERLIN") };
    const QStringList kTulipMarkers { s("-TULIP") };

    const QStringList kReaders { s("sato"), s("lowcust"), s("lowaud"), s("usliaison") };

    Hidden hiddenFrom(const QString& login) const
    {
        Hidden h;
        if (login == QLatin1String("officer"))
            return h;
        h.controls << m_nuc << m_crypto;
        h.markers << kNucDetails << kNucCustody << kCryptoMarkers;
        if (login == QLatin1String("lowcust") || login == QLatin1String("lowaud")) {
            h.controls << m_tulip; // Secret, above their Confidential clearance
            h.markers << kTulipMarkers;
        }
        if (login == QLatin1String("usliaison")) {
            h.controls << m_iris; // Japanese eyes only
            h.markers << kIrisMarkers;
        }
        return h;
    }

    QStringList visibleTo(const QString& login) const
    {
        QStringList all { m_nuc, m_crypto, m_iris, m_tulip };
        for (const auto& c : hiddenFrom(login).controls)
            all.removeAll(c);
        all.sort();
        return all;
    }

    // The first hidden thing in the text, or an empty string. Control numbers match whole (TS-NUC-2026-000001 is
    // not C-2026-000001), markers in any case.
    static QString leakIn(const QString& text, const Hidden& hidden)
    {
        for (const auto& m : hidden.markers)
            if (text.contains(m, Qt::CaseInsensitive))
                return m;
        for (const auto& c : hidden.controls) {
            const QRegularExpression re(QStringLiteral("(?<![A-Z0-9-])%1(?![0-9])").arg(QRegularExpression::escape(c)));
            if (re.match(text).hasMatch())
                return c;
        }
        return {};
    }

    static void expectClean(const CliRun& r, const Hidden& hidden, const QString& what)
    {
        const QString leak = leakIn(QString::fromUtf8(r.out + r.err), hidden);
        QVERIFY2(leak.isEmpty(),
            qPrintable(QStringLiteral("%1 shows %2: ").arg(what, leak) + QString::fromUtf8(r.describe())));
    }

    CliRun as(const QString& login, const QStringList& args, const QByteArray& extra = {}) const
    {
        const QByteArray first = login == QLatin1String("officer") ? kOfficerPassword + '\n' : pw();
        return m_h.as(login, args, first + extra);
    }

    QString registerItem(const QStringList& args) const
    {
        const CliRun r = m_h.officer(w("--json item register") + args);
        if (r.code != 0)
            qWarning("%s", r.describe().constData());
        return r.json().object().value(QStringLiteral("control")).toString();
    }

    static QString copy(const QString& control, int n) { return control + QStringLiteral("/%1").arg(n); }

    // An id of the same shape that does not exist.
    static QString absentLike(const QString& id)
    {
        QString out = id;
        const int slash = out.indexOf(QLatin1Char('/'));
        const int end = slash < 0 ? out.size() : slash;
        out.replace(end - 3, 3, QStringLiteral("999"));
        return out;
    }

    QString path(const QString& name) const { return m_h.dir() + QLatin1Char('/') + name; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!CliHarness::binary().isEmpty(), "KANRIBO_CLI is not set");
        CLI_EXPECT(m_h.init(), 0);
        CLI_EXPECT(m_h.officer(w("group add NUC --description Planning")), 0);
        CLI_EXPECT(m_h.officer(w("group add CRYPTO --description Keys")), 0);
        CLI_EXPECT(m_h.officer(w("user grant officer --group NUC")), 0);
        CLI_EXPECT(m_h.officer(w("user grant officer --group CRYPTO")), 0);
        const QStringList briefed = w("--briefed 2026-01-05");
        CLI_EXPECT(m_h.addUser(s("sato"), s("staff"), s("secret"), briefed), 0);
        CLI_EXPECT(m_h.addUser(s("lowcust"), s("custodian"), s("confidential"), briefed), 0);
        CLI_EXPECT(m_h.addUser(s("lowaud"), s("auditor"), s("confidential"), briefed), 0);
        CLI_EXPECT(m_h.officer(w("user add usliaison --name Liaison --role staff --clearance secret --nationality USA")
                           + briefed,
                       pw()),
            0);
        CLI_EXPECT(m_h.addUser(s("nucmember"), s("staff"), s("top-secret"), briefed + w("--group NUC")), 0);
        CLI_EXPECT(m_h.addUser(s("approver"), s("officer"), s("top-secret"), briefed + w("--group NUC")), 0);
        CLI_EXPECT(m_h.addUser(s("ofc2"), s("officer"), s("top-secret"), briefed), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-TS --level top-secret")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-TS2 --level top-secret")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-S --level secret")), 0);
        CLI_EXPECT(m_h.officer(w("container add SAFE-C --level confidential")), 0);

        // TOP SECRET in group NUC, charged to the officer, with stored content.
        const QString content = path(s("orchid.txt"));
        writeFile(content, QByteArrayLiteral("CONTENT-ORCHID: the plan itself\n"));
        m_nuc = registerItem(QStringList { s("--title"), s("(U) Orchidaceae CODENAME-ORCHID plan") }
            + w("--level top-secret --origin JPN --group NUC --copies 4 --received-from SENDER-HIDDEN --receipt-no "
                "RCPT-SECRET-77 --classified-by AUTH-ORCHID --derived-from DERIVED-ORCHID --purpose-ends 2026-01-01 "
                "--content")
            + content);
        QVERIFY(m_nuc.startsWith(s("TS-NUC-")));
        // SECRET in group CRYPTO, in a safe.
        m_crypto = registerItem(QStringList { s("--title"), s("(U) Keymat CIPHER-LOTUS") }
            + w("--level secret --origin JPN --group CRYPTO --copies 2 --container SAFE-S --received-from SENDER-LOTUS "
                "--receipt-no RCPT-LOTUS-5"));
        QVERIFY(m_crypto.startsWith(s("S-CRYPTO-")));
        // CONFIDENTIAL of Japanese origin without REL TO: Japanese nationals only.
        m_iris = registerItem(QStringList { s("--title"), s("(U) Domestic JPN-IRIS memo") }
            + w("--level confidential --origin JPN --copies 2 --container SAFE-C --received-from SENDER-IRIS "
                "--receipt-no RCPT-IRIS-3"));
        QVERIFY(m_iris.startsWith(s("C-")));
        // SECRET of US origin: releasable to both nations.
        m_tulip = registerItem(QStringList { s("--title"), s("(U) Common COMMON-TULIP manual") }
            + w("--level secret --origin USA --copies 2 --container SAFE-S --received-from SENDER-TULIP"));
        QVERIFY(m_tulip.startsWith(s("S-USA-")));

        // Custody of the NUC item: a hand receipt to a member, storage, an overdue dispatch, a reproduction, a
        // witnessed destruction, an incident with findings, a disclosure, a finished inventory with a missing copy.
        CLI_EXPECT(
            m_h.officer(QStringList { s("copy"), s("transfer"), copy(m_nuc, 1) } + w("--to nucmember"), pw()), 0);
        // R-PER-5: copy 1 recovered from nucmember (its reason is NUC detail) and issued to him again.
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("recover"), copy(m_nuc, 1) }
                       + w("--container SAFE-TS --reason RECOVER-ORCHID")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("issue"), copy(m_nuc, 1) } + w("--to nucmember"), pw()), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("store"), copy(m_nuc, 2) } + w("--container SAFE-TS")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("store"), copy(m_nuc, 3) } + w("--container SAFE-TS")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("dispatch"), copy(m_nuc, 4) }
                       + w("--to-org ORG-KESTREL --channel courier --receipt-due 2020-01-01")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("reproduce"), m_nuc }
                           + w("--copies 2 --reason REASON-ORCHID --consent-ref CONSENT-ORCHID --approver approver"),
                       pw()),
            0);
        CLI_EXPECT(
            m_h.officer(QStringList { s("destroy"), copy(m_nuc, 5) } + w("--method burning --witness nucmember"), pw()),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("store"), copy(m_nuc, 6) } + w("--container SAFE-TS")), 0);
        const CliRun inc = m_h.officer(QStringList { s("--json"), s("incident"), s("report"), copy(m_nuc, 2) }
                + w("--kind possible-compromise --summary-file -"),
            "INCIDENT-ORCHID: cover sheet missing\n");
        CLI_EXPECT(inc, 0);
        const QString incId = QString::number(inc.json().object().value(QStringLiteral("id")).toInteger());
        CLI_EXPECT(m_h.officer(QStringList { s("incident"), s("update"), incId } + w("--findings FINDINGS-ORCHID")), 0);
        CLI_EXPECT(as(s("nucmember"), QStringList { s("item"), s("show"), m_nuc }), 0);
        CLI_EXPECT(m_h.officer(w("inventory start --container SAFE-TS")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("inventory"), s("sight"), copy(m_nuc, 2) }), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("inventory"), s("sight"), copy(m_nuc, 3) }), 0);
        const CliRun inv = m_h.officer(w("--json inventory finish")); // copy 6 not sighted: a loss incident
        CLI_EXPECT(inv, 0);
        QCOMPARE(inv.json().object().value(QStringLiteral("missing")).toArray(), QJsonArray { copy(m_nuc, 6) });

        // Custody of the CRYPTO item: an overdue dispatch, a reproduction, an incident.
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("dispatch"), copy(m_crypto, 2) }
                       + w("--to-org ORG-LINNET --channel courier --receipt-due 2020-01-01")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("reproduce"), m_crypto } + w("--copies 1 --reason REASON-LOTUS")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("incident"), s("report"), copy(m_crypto, 1) }
                       + w("--kind possible-compromise --summary INCIDENT-LOTUS")),
            0);

        // Custody of the Japanese-only item: a reproduction, a destruction, an overdue dispatch, an incident.
        CLI_EXPECT(m_h.officer(QStringList { s("reproduce"), m_iris } + w("--copies 1 --reason REASON-IRIS")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("destroy"), copy(m_iris, 3) } + w("--method shredding")), 0);
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("dispatch"), copy(m_iris, 2) }
                       + w("--to-org ORG-MERLIN --channel courier --receipt-due 2020-01-01")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("incident"), s("report"), copy(m_iris, 1) }
                       + w("--kind possible-compromise --summary INCIDENT-IRIS")),
            0);

        // The common item: an overdue dispatch and an incident everyone cleared for it sees.
        CLI_EXPECT(m_h.officer(QStringList { s("copy"), s("dispatch"), copy(m_tulip, 2) }
                       + w("--to-org ORG-TULIP --channel courier --receipt-due 2020-01-01")),
            0);
        CLI_EXPECT(m_h.officer(QStringList { s("incident"), s("report"), copy(m_tulip, 1) }
                       + w("--kind possible-compromise --summary INCIDENT-TULIP")),
            0);
    }

    // The scene is what the tests assume: the officer sees and finds everything; each reader lists exactly the
    // items R-ACC-1 allows them (so that "nothing hidden shows" is not true of an empty screen).
    void testR_ACC_3_eachReaderListsExactlyTheItemsAllowed()
    {
        const CliRun all = m_h.officer(w("--json item list"));
        CLI_EXPECT(all, 0);
        QCOMPARE(controlsOf(all.json().array()), visibleTo(s("officer")));
        const CliRun found = m_h.officer(w("--json item list --search Orchidaceae"));
        QCOMPARE(controlsOf(found.json().array()), QStringList { m_nuc });
        const CliRun byReceipt = m_h.officer(w("--json item list --search RCPT-SECRET-77"));
        QCOMPARE(controlsOf(byReceipt.json().array()), QStringList { m_nuc });
        for (const QString& login : kReaders) {
            const CliRun r = as(login, w("--json item list"));
            CLI_EXPECT(r, 0);
            QCOMPARE(controlsOf(r.json().array()), visibleTo(login));
        }
        QCOMPARE(visibleTo(s("sato")), (QStringList { m_iris, m_tulip }));
        QCOMPARE(visibleTo(s("lowcust")), QStringList { m_iris });
        QCOMPARE(visibleTo(s("usliaison")), QStringList { m_tulip });
    }

    // Every listing door, with --json and without: the exit code of cli.md and nothing hidden on either stream.
    void testR_ACC_3_everyDoorShowsNothingHidden_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        for (const QString& login : kReaders) {
            const bool staff = login == QLatin1String("sato") || login == QLatin1String("usliaison");
            const bool auditor = login == QLatin1String("lowaud");
            const auto row = [&](const char* door, const QStringList& args, int code) {
                QTest::newRow(qPrintable(login + QStringLiteral(": ") + s(door))) << login << args << code;
            };
            row("item list", w("item list"), 0);
            row("item list --status destroyed", w("item list --status destroyed"), 0);
            row("item list --holder nucmember", w("item list --holder nucmember"), 0);
            row("item list --container SAFE-TS", w("item list --container SAFE-TS"), 0);
            row("item purpose-ended", w("item purpose-ended"), 0);
            row("copy holdings", w("copy holdings"), 0);
            row("copy holdings --login nucmember", w("copy holdings --login nucmember"), staff ? 3 : 0);
            row("copy holdings --login officer", w("copy holdings --login officer"), staff ? 3 : 0);
            row("copy dispatches", w("copy dispatches"), 0);
            row("copy dispatches --overdue", w("copy dispatches --overdue"), 0);
            row("incident list", w("incident list"), 0);
            row("incident list --open", w("incident list --open"), 0);
            row("destruction list", w("destruction list"), 0);
            row("reproduction list", w("reproduction list"), 0);
            row("inventory due", w("inventory due"), 0);
            row("inventory list", w("inventory list"), 0);
            row("inventory status", w("inventory status"), 0);
            row("user list", w("user list"), 0);
            row("user show nucmember", w("user show nucmember"), 0);
            row("group list", w("group list"), 0);
            row("container list", w("container list"), 0);
            row("audit log", w("audit log"), auditor ? 0 : 3);
            row("audit verify", w("audit verify"), staff ? 3 : 0);
        }
    }

    void testR_ACC_3_everyDoorShowsNothingHidden()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Hidden hidden = hiddenFrom(login);
        for (const bool json : { false, true }) {
            const CliRun r = as(login, json ? QStringList { s("--json") } + args : args);
            CLI_EXPECT(r, code);
            expectClean(r, hidden, args.join(QLatin1Char(' ')) + (json ? s(" --json") : QString()));
            if (json && code == 0)
                QVERIFY2(r.jsonOk(), r.describe().constData());
        }
    }

    // A search for a word of a hidden item's title, receipt number or sender answers exactly as a search for a word
    // that is nowhere.
    void testR_ACC_3_searchForHiddenWordsFindsNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("word");
        for (const QString& login : kReaders) {
            QStringList words { s("Orchidaceae"), s("CODENAME-ORCHID"), s("RCPT-SECRET-77"), s("SENDER-HIDDEN"),
                s("CIPHER-LOTUS"), s("Keymat"), s("TS-NUC"), m_nuc, m_crypto };
            if (login == QLatin1String("usliaison"))
                words << s("JPN-IRIS") << s("Domestic");
            if (login == QLatin1String("lowcust") || login == QLatin1String("lowaud"))
                words << s("COMMON-TULIP") << s("Common");
            for (const auto& word : words)
                QTest::newRow(qPrintable(login + QStringLiteral(": ") + word)) << login << word;
        }
    }

    void testR_ACC_3_searchForHiddenWordsFindsNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, word);
        for (const bool json : { false, true }) {
            const QStringList pre = json ? QStringList { s("--json") } : QStringList();
            const CliRun hidden = as(login, pre + w("item list --search") + word);
            const CliRun absent = as(login, pre + w("item list --search Zyxwvutsr"));
            CLI_EXPECT(hidden, 0);
            QCOMPARE(hidden.out, absent.out);
            QCOMPARE(hidden.err, absent.err);
            if (json)
                QVERIFY(hidden.json().array().isEmpty());
        }
    }

    // A command naming an item or copy the reader may not see answers exactly as one naming nothing: exit 5, the
    // same message, nothing on standard output, no file, and the same records in the ledger.
    void testR_ACC_3_hiddenIdIsNotFoundLikeAnAbsentOne_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("args"); // %1: the id
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("extraInput");
        for (const QString& login : kReaders) {
            for (const QString& control : hiddenFrom(login).controls) {
                const auto row
                    = [&](const char* door, const QStringList& args, const QString& id, const QByteArray& extra = {}) {
                          QTest::newRow(qPrintable(QStringLiteral("%1: %2 %3").arg(login, s(door), id)))
                              << login << args << id << extra;
                      };
                row("item show", w("item show %1"), control);
                row("item content", QStringList { s("item"), s("content"), s("%1"), s("--out"), path(s("leak.bin")) },
                    control);
                row("copy history", w("copy history %1"), copy(control, 1));
                // A copy destroyed (NUC/5, IRIS/3), reproduced (CRYPTO/3) or dispatched (TULIP/2).
                const int other = control == m_nuc ? 5 : control == m_tulip ? 2 : 3;
                row("copy history (another copy)", w("copy history %1"), copy(control, other));
                row("incident report", w("incident report %1 --kind possible-compromise --summary-file -"),
                    copy(control, 1), "seen on a desk\n");
                row("copy transfer", w("copy transfer %1 --to sato"), copy(control, 1), pw());
                row("copy store", w("copy store %1 --container SAFE-C"), copy(control, 1));
                row("reproduce", w("reproduce %1 --copies 1 --reason r"), control);
                row("audit log --item", w("audit log --item %1"), control);
            }
        }
    }

    void testR_ACC_3_hiddenIdIsNotFoundLikeAnAbsentOne()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, args);
        QFETCH(QString, id);
        QFETCH(QByteArray, extraInput);
        const QString absent = absentLike(id);
        const auto with = [&](const QString& x) {
            QStringList out;
            for (const auto& a : args)
                out << QString(a).replace(QStringLiteral("%1"), x);
            return out;
        };
        QFile::remove(path(s("leak.bin")));
        const qint64 seq0 = m_h.lastSeq();
        const CliRun hidden = as(login, with(id), extraInput);
        const QJsonArray hiddenEvents = m_h.eventsAfter(seq0);
        const qint64 seq1 = m_h.lastSeq();
        const CliRun none = as(login, with(absent), extraInput);
        const QJsonArray absentEvents = m_h.eventsAfter(seq1);

        if (args.constFirst() == QLatin1String("audit")) {
            // The audit log is the auditor's (a look-up of nothing shows nothing); others are denied as for any log.
            QCOMPARE(hidden.code, none.code);
            QCOMPARE(hidden.out, none.out);
        } else {
            CLI_EXPECT(hidden, 5);
            QVERIFY2(hidden.out.isEmpty(), hidden.describe().constData());
        }
        QCOMPARE(hidden.code, none.code);
        QCOMPARE(hidden.err, QByteArray(none.err).replace(absent.toUtf8(), id.toUtf8()));
        // The message names what the user typed, as for an absent id; nothing else.
        expectClean(hidden, Hidden { {}, hiddenFrom(login).markers }, args.join(QLatin1Char(' ')));
        QVERIFY(!QFile::exists(path(s("leak.bin"))));
        // The same records: kind, subject, who, and payloads of the same shape (the sealed probe is padded).
        QCOMPARE(hiddenEvents.size(), absentEvents.size());
        for (qsizetype i = 0; i < hiddenEvents.size(); ++i) {
            const QJsonObject a = hiddenEvents.at(i).toObject(), b = absentEvents.at(i).toObject();
            QCOMPARE(a.value(QStringLiteral("kind")), b.value(QStringLiteral("kind")));
            QCOMPARE(a.value(QStringLiteral("subject")).toString(),
                b.value(QStringLiteral("subject")).toString().replace(absent, id));
            QCOMPARE(a.value(QStringLiteral("actor")), b.value(QStringLiteral("actor")));
            const QJsonObject pa = a.value(QStringLiteral("payload")).toObject();
            const QJsonObject pb = b.value(QStringLiteral("payload")).toObject();
            QCOMPARE(pa.keys(), pb.keys());
            QCOMPARE(pa.value(QStringLiteral("action")), pb.value(QStringLiteral("action")));
            QCOMPARE(QJsonDocument(pa).toJson(QJsonDocument::Compact).size(),
                QJsonDocument(pb).toJson(QJsonDocument::Compact).size());
        }
        QStringList kindsHidden, kindsAbsent;
        for (const auto& v : hiddenEvents)
            kindsHidden << v.toObject().value(QStringLiteral("kind")).toString();
        for (const auto& v : absentEvents)
            kindsAbsent << v.toObject().value(QStringLiteral("kind")).toString();
        QCOMPARE(kindsHidden, kindsAbsent);
    }

    // People's records (clearance, nationality, briefing, groups) are for officers and auditors: a staff user or a
    // custodian sees names and logins of others, their own record whole.
    void testR_ACC_3_peopleRecordsAreForOfficersAndAuditors_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("seesRecords");
        for (const QString& login : kReaders)
            QTest::newRow(qPrintable(login)) << login << (login == QLatin1String("lowaud"));
    }

    void testR_ACC_3_peopleRecordsAreForOfficersAndAuditors()
    {
        QFETCH(QString, login);
        QFETCH(bool, seesRecords);
        const CliRun list = as(login, w("--json user list"));
        CLI_EXPECT(list, 0);
        QVERIFY(list.json().array().size() >= 8);
        for (const auto& v : list.json().array()) {
            const QJsonObject u = v.toObject();
            const bool own = u.value(QStringLiteral("login")).toString() == login;
            for (const char* key : { "clearance", "clearance_expires", "nationality", "briefed", "groups" }) {
                const QJsonValue value = u.value(QLatin1String(key));
                if (own || seesRecords)
                    QVERIFY2(u.contains(QLatin1String(key)), key);
                else
                    QVERIFY2(value.isNull() || value.isUndefined(),
                        qPrintable(u.value(QStringLiteral("login")).toString() + QLatin1Char(' ') + s(key)));
            }
            if (own || seesRecords)
                QVERIFY(!u.value(QStringLiteral("clearance")).isNull());
        }
        const CliRun one = as(login, w("--json user show nucmember"));
        CLI_EXPECT(one, 0);
        QCOMPARE(one.json().object().value(QStringLiteral("groups")).isArray(), seesRecords);
        const CliRun table = as(login, w("user list"));
        CLI_EXPECT(table, 0);
        if (!seesRecords) {
            QVERIFY2(!table.out.contains("NUC"), table.out.constData());
            QVERIFY2(!table.out.contains("USA") || login == QLatin1String("usliaison"), table.out.constData());
        }
    }

    // A finished inventory lists only the copies in the reader's view, and only the incidents they may see.
    void testR_ACC_3_inventoryListNamesOnlyIncidentsInView_data()
    {
        QTest::addColumn<QString>("login");
        for (const QString& login : kReaders)
            QTest::newRow(qPrintable(login)) << login;
    }

    void testR_ACC_3_inventoryListNamesOnlyIncidentsInView()
    {
        QFETCH(QString, login);
        const CliRun incidents = as(login, w("--json incident list"));
        CLI_EXPECT(incidents, 0);
        const QSet<qint64> seen = idsOf(incidents.json().array());
        const CliRun inv = as(login, w("--json inventory list"));
        CLI_EXPECT(inv, 0);
        QVERIFY(!inv.json().array().isEmpty()); // the inventory of SAFE-TS itself is no secret
        for (const auto& v : inv.json().array()) {
            const QJsonObject o = v.toObject();
            for (const auto& i : o.value(QStringLiteral("incidents")).toArray())
                QVERIFY2(seen.contains(i.toInteger()),
                    qPrintable(QStringLiteral("incident %1 in inventory %2")
                                   .arg(i.toInteger())
                                   .arg(o.value(QStringLiteral("id")).toInteger())));
            for (const char* list : { "present", "missing", "unexpected" })
                QVERIFY(o.value(QLatin1String(list)).toArray().isEmpty());
        }
    }

    // While an inventory is open, its sightings of copies out of a reader's view (and of numbers that exist nowhere)
    // are not shown to them.
    void testR_ACC_3_openInventoryShowsOnlyCopiesInView()
    {
        CLI_EXPECT(m_h.officer(w("inventory start")), 0);
        for (const QString& c :
            { copy(m_nuc, 2), copy(m_crypto, 1), copy(m_iris, 1), copy(m_tulip, 1), s("TS-NUC-2026-999999/1") })
            CLI_EXPECT(m_h.officer(QStringList { s("inventory"), s("sight"), c }), 0);
        // The custodian scans a number of no item: he sees his own scan, nobody else who may not see everything does.
        CLI_EXPECT(as(s("lowcust"), w("inventory sight C-2026-888888/1")), 0);
        for (const QString& login : kReaders) {
            for (const bool json : { false, true }) {
                const CliRun r = as(login, json ? w("--json inventory status") : w("inventory status"));
                CLI_EXPECT(r, 0);
                expectClean(r, hiddenFrom(login), login + QStringLiteral(": inventory status"));
                QVERIFY2(!r.out.contains("999999"), r.out.constData());
                QCOMPARE(r.out.contains("C-2026-888888/1"), login == QLatin1String("lowcust"));
                if (json) {
                    QStringList present;
                    for (const auto& v : r.json()
                                             .object()
                                             .value(QStringLiteral("open"))
                                             .toObject()
                                             .value(QStringLiteral("present"))
                                             .toArray())
                        if (!v.toString().contains(QLatin1String("888888")))
                            present << v.toString().section(QLatin1Char('/'), 0, 0);
                    present.removeDuplicates();
                    present.sort();
                    QCOMPARE(present, visibleTo(login));
                }
            }
        }
        // Closed again without touching the holdings: a whole-register inventory would report every unsighted
        // copy lost, so the test's inventory is abandoned by sighting everything active in view.
        const CliRun all = m_h.officer(w("--json item list"));
        for (const auto& v : all.json().array())
            for (const auto& c : v.toObject().value(QStringLiteral("copies")).toArray()) {
                const QJsonObject o = c.toObject();
                if (o.value(QStringLiteral("status")).toString() == QLatin1String("active"))
                    CLI_EXPECT(m_h.officer(QStringList {
                                   s("inventory"), s("sight"), o.value(QStringLiteral("id")).toString() }),
                        0);
            }
        const CliRun fin = m_h.officer(w("--json inventory finish"));
        CLI_EXPECT(fin, 0);
        QVERIFY2(fin.json().object().value(QStringLiteral("missing")).toArray().isEmpty(), fin.out.constData());
        // The officer sees every item in full: both numbers of no item are unexpected finds, whoever scanned them.
        QCOMPARE(fin.json().object().value(QStringLiteral("unexpected")).toArray(),
            (QJsonArray { s("C-2026-888888/1"), s("TS-NUC-2026-999999/1") }));
    }

    // Exports made by the officer for each reader (--for): nothing in any CSV file or in the PDF's text that the
    // reader may not see; the officer's own export has it all (so the scan would find a leak).
    void testR_ACC_3_exportsForAReaderHoldNothingHidden_data()
    {
        QTest::addColumn<QString>("login");
        for (const QString& login : kReaders)
            QTest::newRow(qPrintable(login)) << login;
        QTest::newRow("officer (control)") << s("officer");
    }

    void testR_ACC_3_exportsForAReaderHoldNothingHidden()
    {
        QFETCH(QString, login);
        const bool control = login == QLatin1String("officer");
        const Hidden hidden = control
            ? Hidden { { m_nuc, m_crypto, m_iris }, kNucDetails + kCryptoMarkers + kIrisMarkers }
            : hiddenFrom(login);
        const QString dir = path(QStringLiteral("csv-") + login);
        const CliRun csv = m_h.officer(QStringList {
            s("--json"), s("audit"), s("export"), s("--format"), s("csv"), s("--out"), dir, s("--for"), login });
        CLI_EXPECT(csv, 0);
        QString all;
        QDirIterator it(dir, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString f = it.next();
            ++files;
            QCOMPARE(modeOf(f), 0600);
            const QString text = QString::fromUtf8(readFile(f));
            all += text;
            if (!control) {
                const QString leak = leakIn(text, hidden);
                QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 shows %2").arg(f, leak)));
            }
        }
        QVERIFY(files >= 7);
        for (const QString& c : visibleTo(login))
            QVERIFY2(all.contains(c), qPrintable(c));
        if (control)
            QVERIFY(!leakIn(all, hidden).isEmpty());

        const QString pdf = path(login + QStringLiteral(".pdf"));
        const CliRun report = m_h.officer(
            QStringList { s("audit"), s("export"), s("--format"), s("pdf"), s("--out"), pdf, s("--for"), login });
        if (report.code == 7 && report.err.contains("without PDF"))
            QSKIP("kanribo-cli was built without PDF reports");
        CLI_EXPECT(report, 0);
        QCOMPARE(modeOf(pdf), 0600);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        if (control) {
            QVERIFY(text.contains(m_nuc));
        } else {
            const QString leak = leakIn(text, hidden);
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 shows %2").arg(pdf, leak)));
            // Text that wraps in a table cell could hide a marker from a plain search: the same without white space.
            QString joined = text;
            joined.remove(QRegularExpression(QStringLiteral("\\s")));
            for (const auto& m : hidden.markers)
                QVERIFY2(!joined.contains(m, Qt::CaseInsensitive), qPrintable(m));
            for (const auto& c : hidden.controls)
                QVERIFY2(!joined.contains(c), qPrintable(c));
        }
    }

    // A bundle cannot be redacted (its events are signed as they are): for a reader who may not see every event
    // whole it is refused, and no file is written. For one who sees every item in full it is made, even over an
    // inventory in which a number of no item was sighted (nothing hidden that it could be taken for).
    void testR_ACC_3_bundleForARestrictedReaderIsRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("code");
        for (const QString& login : kReaders)
            QTest::newRow(qPrintable(login)) << login << 3;
        QTest::newRow("officer (sees everything)") << s("officer") << 0;
    }

    void testR_ACC_3_bundleForARestrictedReaderIsRefused()
    {
        QFETCH(QString, login);
        QFETCH(int, code);
        const QString out = path(login + QStringLiteral(".kbundle"));
        for (const bool json : { false, true }) {
            QFile::remove(out);
            const CliRun r = m_h.officer((json ? w("--json") : QStringList())
                + QStringList {
                    s("audit"), s("export"), s("--format"), s("bundle"), s("--out"), out, s("--for"), login });
            CLI_EXPECT(r, code);
            QCOMPARE(QFile::exists(out), code == 0);
        }
        if (code == 0) {
            const CliRun check = CliHarness::exec({ s("audit"), s("verify-export"), out });
            CLI_EXPECT(check, 0);
            // The officer's own log shows the sighting of a number of no item.
            QVERIFY(m_h.officer(w("audit log")).out.contains("TS-NUC-2026-999999/1"));
        }
    }

    // The whole trail's figures are for those who keep or inspect the accounts: a staff user is denied, and the
    // denial gives no count that moves with hidden activity.
    void testR_ACC_3_auditVerifyGivesStaffNoCount()
    {
        const CliRun officer = m_h.officer(w("--json audit verify"));
        CLI_EXPECT(officer, 0);
        const QByteArray events
            = QByteArray::number(officer.json().object().value(QStringLiteral("events")).toInteger());
        for (const char* login : { "sato", "usliaison" }) {
            for (const bool json : { false, true }) {
                const CliRun r = as(s(login), json ? w("--json audit verify") : w("audit verify"));
                CLI_EXPECT(r, 3);
                QVERIFY2(r.out.isEmpty(), r.describe().constData());
                QVERIFY2(!r.err.contains(events), r.describe().constData());
            }
        }
        for (const char* login : { "lowcust", "lowaud" })
            CLI_EXPECT(as(s(login), w("audit verify")), 0);
    }

    // The low-cleared auditor's audit log: the events about items they may see, none about the others.
    void testR_ACC_3_auditLogOfALowClearedAuditor()
    {
        const Hidden hidden = hiddenFrom(s("lowaud"));
        const CliRun log = as(s("lowaud"), w("--json audit log"));
        CLI_EXPECT(log, 0);
        expectClean(log, hidden, s("audit log"));
        bool seesIris = false;
        for (const auto& v : log.json().array()) {
            const QString subject = v.toObject().value(QStringLiteral("subject")).toString();
            seesIris = seesIris || subject.contains(m_iris);
        }
        QVERIFY(seesIris);
        const CliRun own = as(s("lowaud"), QStringList { s("--json"), s("audit"), s("log"), s("--item"), m_iris });
        CLI_EXPECT(own, 0);
        QVERIFY(!own.json().array().isEmpty());
    }

    // R-ACC-3's accountability view: ofc2, a Top Secret officer outside NUC, sees the NUC item's accountability
    // record — control number, marking, copies, holders, containers, events — with the title and every detail
    // withheld, and may not read its content.
    void testR_ACC_3_accountabilityViewWithholdsDetails()
    {
        const Hidden details { {}, kNucDetails };
        const CliRun list = as(s("ofc2"), w("--json item list"));
        CLI_EXPECT(list, 0);
        QJsonObject nuc;
        for (const auto& v : list.json().array())
            if (v.toObject().value(QStringLiteral("control")).toString() == m_nuc)
                nuc = v.toObject();
        QVERIFY2(!nuc.isEmpty(), list.out.constData());
        QVERIFY(nuc.value(QStringLiteral("title")).isNull());
        QCOMPARE(nuc.value(QStringLiteral("withheld")).toArray(), QJsonArray { s("NUC") });
        QVERIFY(!nuc.value(QStringLiteral("copies")).toArray().isEmpty());
        expectClean(list, details, s("ofc2: item list --json"));

        const CliRun show = as(s("ofc2"), QStringList { s("--json"), s("item"), s("show"), m_nuc });
        CLI_EXPECT(show, 0);
        const QJsonObject o = show.json().object();
        QVERIFY(o.value(QStringLiteral("title")).isNull());
        QCOMPARE(o.value(QStringLiteral("withheld")).toArray(), QJsonArray { s("NUC") });
        QCOMPARE(o.value(QStringLiteral("copies")).toArray().size(), 6);
        expectClean(show, details, s("ofc2: item show --json"));

        for (const QStringList& args : { w("item list"), QStringList { s("item"), s("show"), m_nuc } }) {
            const CliRun human = as(s("ofc2"), args);
            CLI_EXPECT(human, 0);
            QVERIFY2(human.out.contains("withheld"), human.out.constData());
            expectClean(human, details, s("ofc2: ") + args.join(QLatin1Char(' ')));
        }
        // The other doors: custody facts yes, details no.
        for (const QStringList& args :
            { QStringList { s("copy"), s("history"), copy(m_nuc, 1) }, w("copy dispatches"), w("incident list"),
                w("reproduction list"), w("destruction list"), w("inventory list"), w("inventory due"),
                w("item purpose-ended"), w("audit log"), QStringList { s("audit"), s("log"), s("--item"), m_nuc } }) {
            for (const bool json : { false, true }) {
                const CliRun r = as(s("ofc2"), json ? QStringList { s("--json") } + args : args);
                CLI_EXPECT(r, 0);
                expectClean(r, details, s("ofc2: ") + args.join(QLatin1Char(' ')));
            }
        }
        const CliRun incidents = as(s("ofc2"), w("--json incident list"));
        bool withheldIncident = false;
        for (const auto& v : incidents.json().array())
            withheldIncident = withheldIncident || v.toObject().value(QStringLiteral("withheld")).toBool();
        QVERIFY(withheldIncident);
        // A search cannot tell what a withheld title says.
        for (const char* word : { "Orchidaceae", "RCPT-SECRET-77", "SENDER-HIDDEN" }) {
            const CliRun found = as(s("ofc2"), w("--json item list --search") + s(word));
            CLI_EXPECT(found, 0);
            QVERIFY2(found.json().array().isEmpty(), found.out.constData());
        }
        // The content needs R-ACC-1 in full: denied (he knows the item exists), no file.
        const QString out = path(s("ofc2-content.bin"));
        const CliRun content = as(s("ofc2"), QStringList { s("item"), s("content"), m_nuc, s("--out"), out });
        CLI_EXPECT(content, 3);
        expectClean(content, details, s("ofc2: item content"));
        QVERIFY(!QFile::exists(out));
        CLI_EXPECT(
            as(s("ofc2"), QStringList { s("reproduce"), m_nuc } + w("--copies 1 --reason x --consent-ref y")), 3);
    }

    // ... and does the custody work: issues a stored copy to a member, moves one between safes, and inventories a
    // safe holding it, all without reading a word of it.
    void testR_ACC_3_accountabilityViewKeepsTheCustody()
    {
        const Hidden details { {}, kNucDetails };
        const CliRun issue = as(
            s("ofc2"), QStringList { s("--json"), s("copy"), s("issue"), copy(m_nuc, 2) } + w("--to nucmember"), pw());
        CLI_EXPECT(issue, 0);
        QCOMPARE(issue.json().object().value(QStringLiteral("holder")).toString(), s("nucmember"));
        expectClean(issue, details, s("ofc2: copy issue"));
        CLI_EXPECT(
            as(s("nucmember"), QStringList { s("copy"), s("store"), copy(m_nuc, 2) } + w("--container SAFE-TS")), 0);
        const CliRun move = as(
            s("ofc2"), QStringList { s("--json"), s("copy"), s("store"), copy(m_nuc, 3) } + w("--container SAFE-TS2"));
        CLI_EXPECT(move, 0);
        QCOMPARE(move.json().object().value(QStringLiteral("container")).toString(), s("SAFE-TS2"));
        expectClean(move, details, s("ofc2: copy store"));

        const CliRun start = as(s("ofc2"), w("--json inventory start --container SAFE-TS2"));
        CLI_EXPECT(start, 0);
        CLI_EXPECT(as(s("ofc2"), QStringList { s("inventory"), s("sight"), copy(m_nuc, 3) }), 0);
        const CliRun status = as(s("ofc2"), w("inventory status"));
        CLI_EXPECT(status, 0);
        expectClean(status, details, s("ofc2: inventory status"));
        const CliRun fin = as(s("ofc2"), w("--json inventory finish"));
        CLI_EXPECT(fin, 0);
        expectClean(fin, details, s("ofc2: inventory finish"));
        QCOMPARE(fin.json().object().value(QStringLiteral("present")).toArray(), QJsonArray { copy(m_nuc, 3) });
        QVERIFY(fin.json().object().value(QStringLiteral("missing")).toArray().isEmpty());
        const CliRun table = as(s("ofc2"), w("inventory list"));
        CLI_EXPECT(table, 0);
        expectClean(table, details, s("ofc2: inventory list"));
        const CliRun history = as(s("ofc2"), QStringList { s("--json"), s("copy"), s("history"), copy(m_nuc, 3) });
        CLI_EXPECT(history, 0);
        QVERIFY(history.out.contains("SAFE-TS2"));
        expectClean(history, details, s("ofc2: copy history"));
    }

    // R-ACC-5: material the facility's own nationals may not receive (US NOFORN in a Japanese facility) cannot be
    // registered at all.
    void testR_ACC_5_noforeignMaterialIsNotRegistered()
    {
        const CliRun before = m_h.officer(w("--json item list"));
        const CliRun r = m_h.officer(QStringList { s("item"), s("register"), s("--title"), s("(U) US only") }
            + w("--level secret --origin USA --caveat NOFORN --container SAFE-S"));
        CLI_EXPECT(r, 3);
        QCOMPARE(m_h.officer(w("--json item list")).out, before.out);
        // US NOFORN with a Japanese originator would be Japanese material: it is the caveat against the facility.
        CLI_EXPECT(m_h.officer(QStringList { s("item"), s("register"), s("--title"), s("(U) Japanese only") }
                       + w("--level confidential --origin JPN --caveat NOFORN --container SAFE-C")),
            0);
    }

    // R-TRU-7: the register, its key ring, exports and decrypted content are the owner's alone.
    void testR_TRU_7_filesAreOwnerOnly()
    {
        QCOMPARE(modeOf(m_h.path()), 0600);
        QCOMPARE(modeOf(m_h.keysPath()), 0600);
        for (const char* suffix : { "-wal", "-shm" })
            if (QFile::exists(m_h.path() + s(suffix)))
                QCOMPARE(modeOf(m_h.path() + s(suffix)), 0600);
        const QString content = path(s("content.bin"));
        CLI_EXPECT(m_h.officer(QStringList { s("item"), s("content"), m_nuc, s("--out"), content }), 0);
        QCOMPARE(modeOf(content), 0600);
        QVERIFY(readFile(content).startsWith("CONTENT-ORCHID"));
        const QString bundle = path(s("all.kbundle"));
        CLI_EXPECT(m_h.officer(QStringList { s("audit"), s("export"), s("--out"), bundle }), 0);
        QCOMPARE(modeOf(bundle), 0600);
        const QString csv = path(s("tables.csv"));
        CLI_EXPECT(m_h.officer(QStringList { s("audit"), s("export"), s("--format"), s("csv"), s("--out"), csv }), 0);
        QCOMPARE(modeOf(path(s("tables-items.csv"))), 0600);
        QCOMPARE(modeOf(path(s("tables-events.csv"))), 0600);
        // Even under a permissive umask.
        const QString loose = path(s("loose.bin"));
        const CliRun r = CliHarness::exec(QStringList { s("--register"), m_h.path(), s("--as"), s("officer"), s("item"),
                                              s("content"), m_nuc, s("--out"), loose },
            kOfficerPassword + '\n', CliHarness::baseEnvironment(), [] { ::umask(0); });
        CLI_EXPECT(r, 0);
        QCOMPARE(modeOf(loose), 0600);
    }

    // R-TRU-7: classified free text comes from standard input (after the passwords) or a file, never from the
    // command line: it is not in the process's argv, and it is recorded whole.
    void testR_TRU_7_freeTextFromStandardInputIsNotInArgv()
    {
        const QByteArray summary = "SUMMARY-FROM-STDIN: 書類の表紙が外れていた";
        const QStringList args { s("--register"), m_h.path(), s("--as"), s("sato"), s("--json"), s("incident"),
            s("report"), copy(m_tulip, 1), s("--kind"), s("possible-compromise"), s("--summary-file"), s("-") };
        // Standard input stays open until the command line is read: the process waits for its password meanwhile.
        QProcess p;
        p.setProcessEnvironment(CliHarness::baseEnvironment());
        p.start(CliHarness::binary(), args);
        QVERIFY(p.waitForStarted(30000));
        // The kernel shows the new argv once the child has executed the binary: on a loaded machine that can come a
        // moment after waitForStarted, so read it until it does (or the process is gone).
        QByteArray argv;
        QElapsedTimer waited;
        waited.start();
        while (!argv.contains("--summary-file") && p.state() == QProcess::Running && waited.elapsed() < 20000) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(p.processId()));
            argv = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
            if (!argv.contains("--summary-file"))
                QTest::qWait(20);
        }
        QVERIFY2(argv.contains("--summary-file"), argv.constData());
        QVERIFY(!argv.contains("SUMMARY-FROM-STDIN"));
        p.write(pw() + summary + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        CliRun r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        CLI_EXPECT(r, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("summary")).toString(), QString::fromUtf8(summary));
        QVERIFY(!args.join(QLatin1Char(' ')).contains(s("SUMMARY")));
        // From a file too.
        const QString file = path(s("findings.txt"));
        writeFile(file, "FINDINGS-FROM-FILE\n");
        const qint64 id = r.json().object().value(QStringLiteral("id")).toInteger();
        const CliRun up = m_h.officer(
            QStringList { s("--json"), s("incident"), s("update"), QString::number(id), s("--findings-file"), file });
        CLI_EXPECT(up, 0);
        QCOMPARE(up.json().object().value(QStringLiteral("findings")).toString(), s("FINDINGS-FROM-FILE"));
        // Those who may not see the item see neither text.
        for (const char* login : { "lowcust", "lowaud" }) {
            const CliRun list = as(s(login), w("incident list"));
            QVERIFY(!list.out.contains("SUMMARY-FROM-STDIN") && !list.out.contains("FINDINGS-FROM-FILE"));
        }
    }

    void auditStillVerifies() { CLI_EXPECT(m_h.officer(w("audit verify")), 0); }
};

QTEST_GUILESS_MAIN(TestCliVisibility)
#include "TestCliVisibility.moc"
