// SPDX-License-Identifier: GPL-3.0-or-later
// R-INV-2: the audit trail for a date range in a form inspectors can verify offline — any change fails.
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "report/AuditExport.h"
#include "report/ExportBundle.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

using namespace kanribo;
using namespace kanribo::test;

class TestExportBundle : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_t;
    QByteArray m_whole; // a bundle of the whole ledger
    QByteArray m_range; // a bundle of the second day only

    static NewItem item(Level level, const QString& title)
    {
        NewItem ni;
        ni.title = title;
        ni.level = level;
        ni.origin = QStringLiteral("USA");
        ni.copies = 2;
        ni.authority
            = { QStringLiteral("USN PACFLT N2"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
        ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-4411"), QStringLiteral("courier"),
            QDate(2026, 11, 20), true };
        return ni;
    }

    static QDate localDay(const FakeClock& c) { return c.nowUtc().toLocalTime().date(); }

    BundleCheck check(const QByteArray& b) { return verifyBundle(b); }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TempRegister>(m_clock);
        m_t->addUser(QStringLiteral("alice"), Role::Staff, Level::Secret);
        m_t->addUser(QStringLiteral("inspector"), Role::Auditor, Level::TopSecret);
        m_t->addUser(QStringLiteral("lowaud"), Role::Auditor, Level::Confidential);
        QVERIFY(m_t->reg().items().registerItem(item(Level::Secret, QStringLiteral("(U) Radar maintenance manual"))));
        m_clock.advance(2 * 86400);
        // The second day: a user whose key enters inside the range, and a Top Secret item.
        m_t->addUser(QStringLiteral("bob"), Role::Custodian, Level::TopSecret);
        QVERIFY(m_t->reg().items().registerItem(item(Level::TopSecret, QStringLiteral("(U) 共同訓練計画「機密」"))));
        m_clock.advance(2 * 86400);
        QVERIFY(
            m_t->reg().items().registerItem(item(Level::Confidential, QStringLiteral("(U) Later item, \"quoted\""))));

        auto whole = buildBundle(m_t->reg(), {});
        QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
        m_whole = whole->bytes().value();
        const QDate second = localDay(m_clock).addDays(-2);
        auto range = buildBundle(m_t->reg(), exportOptions(second, second, QString()));
        QVERIFY2(range, range ? "" : qPrintable(range.error().message));
        m_range = range->bytes().value();
        QVERIFY(range->firstSeq > 1);
    }

    void wholeLedgerVerifies()
    {
        const BundleCheck c = check(m_whole);
        QVERIFY2(c.ok, qPrintable(c.reason));
        QCOMPARE(c.firstSeq, 1);
        QCOMPARE(c.events, *m_t->reg().ledger().headSeq()); // buildBundle itself records nothing
        QVERIFY(c.startsAtGenesis);
        QCOMPARE(c.signer, QStringLiteral("officer"));
        QCOMPARE(c.signerFingerprint, m_t->reg().me().fingerprint());
        QCOMPARE(c.facility, QStringLiteral("Test Facility"));
    }

    void rangeVerifiesWithKeysFromBefore()
    {
        const BundleCheck c = check(m_range);
        QVERIFY2(c.ok, qPrintable(c.reason));
        QVERIFY(!c.startsAtGenesis);
        const QDate second = localDay(m_clock).addDays(-2);
        QCOMPARE(c.from, second);
        QCOMPARE(c.to, second);
        auto b = Bundle::parse(m_range);
        QVERIFY(b);
        bool before = false, inRange = false;
        for (const auto& k : b->keys) {
            before = before || k.scope == BundleKey::Scope::BeforeRange;
            inRange = inRange || (k.scope == BundleKey::Scope::InRange && k.login == QLatin1String("bob"));
        }
        QVERIFY(before);
        QVERIFY(inRange);
        QVERIFY(b->genesis.isEmpty());
        QCOMPARE(b->linkHash.size(), 32);
        QVERIFY(b->events.size() >= 2);
    }

    void anyFlippedByteFails_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::newRow("whole") << m_whole;
        QTest::newRow("range") << m_range;
    }
    void anyFlippedByteFails()
    {
        QFETCH(QByteArray, bundle);
        const qsizetype n = bundle.size();
        const qsizetype stride = std::max<qsizetype>(1, n / 1500);
        int tried = 0;
        for (qsizetype i = 0; i < n; i += (i < 64 || i > n - 128) ? 1 : stride) {
            QByteArray bad = bundle;
            bad[i] = static_cast<char>(bad.at(i) ^ (1 << (i % 8)));
            const BundleCheck c = check(bad);
            QVERIFY2(!c.ok, qPrintable(QStringLiteral("a flip at byte %1 of %2 went unnoticed").arg(i).arg(n)));
            ++tried;
        }
        QVERIFY(tried > 100);
    }

    void truncatedOrExtendedFails()
    {
        const qsizetype n = m_whole.size();
        for (qsizetype len = 0; len < n; len += (len > n - 100 || len < 100) ? 1 : 37)
            QVERIFY2(!check(m_whole.left(len)).ok, qPrintable(QString::number(len)));
        QVERIFY(!check(m_whole + '\0').ok);
        QVERIFY(!check(m_whole + m_whole).ok);
    }

    void garbageNeverCrashes()
    {
        QVERIFY(!check({}).ok);
        QVERIFY(!check(QByteArray("KBNDL\r\n\x1a", 8)).ok);
        QVERIFY(!check(QByteArray(100000, '\xff')).ok);
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 300; ++i) {
            QByteArray junk(static_cast<qsizetype>(rng->bounded(2000)), Qt::Uninitialized);
            for (auto& ch : junk)
                ch = static_cast<char>(rng->bounded(256));
            if (i % 2)
                junk = m_whole.left(12 + rng->bounded(200)) + junk; // valid start, garbage after
            QVERIFY(!check(junk).ok);
        }
        // Huge declared lengths after a valid start.
        QByteArray huge = m_whole.left(12);
        huge += QByteArray("\xff\xff\xff\xff", 4);
        QVERIFY(!check(huge).ok);
    }

    // Even someone holding the exporter's key cannot remove, reorder or re-key events.
    // Issue 15, attack 9: a range that starts after event 1 cannot replay roles, but the rules that need no state
    // still hold — no second register.created, a reset only from the recovery key, no user.added for a login that
    // has a key (the exporter's), and never a key that signs the event introducing it.
    void testR_TRU_2_midRangeKeyEventsFollowTheRule_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("signer"); // "officer" or "new": a key the forger made up
        QTest::addColumn<QString>("login"); // the login whose key the event introduces
        QTest::addColumn<QString>("why");
        QTest::newRow("second register.created") << "register.created"
                                                 << "new"
                                                 << "officer"
                                                 << "only the first";
        QTest::newRow("reset signed by the officer") << "user.keys_reset"
                                                     << "officer"
                                                     << "officer"
                                                     << "recovery key";
        QTest::newRow("user.added re-keys the exporter") << "user.added"
                                                         << "officer"
                                                         << "officer"
                                                         << "exists";
        QTest::newRow("self-signed user.added") << "user.added"
                                                << "new"
                                                << "ghost"
                                                << "no key";
    }

    void testR_TRU_2_midRangeKeyEventsFollowTheRule()
    {
        QFETCH(QString, kind);
        QFETCH(QString, signer);
        QFETCH(QString, login);
        QFETCH(QString, why);
        auto b = Bundle::parse(m_range);
        QVERIFY(b);
        const Signer made = Signer::generate(signer == QLatin1String("new") ? login : QStringLiteral("officer"));
        const Signer& as = signer == QLatin1String("new") ? made : coreSession(m_t->reg()).signer;
        const QString pk = QString::fromLatin1(made.publicKey().toHex());
        const QJsonObject keys { { QStringLiteral("login"), login }, { QStringLiteral("sign_pk"), pk },
            { QStringLiteral("box_pk"), pk }, { QStringLiteral("role"), QStringLiteral("officer") },
            { QStringLiteral("clearance"), QStringLiteral("top-secret") } };
        const QJsonObject payload = kind == QLatin1String("register.created")
            ? QJsonObject { { QStringLiteral("officer"), keys },
                  { QStringLiteral("recovery"),
                      QJsonObject { { QStringLiteral("login"), QStringLiteral("@recovery") },
                          { QStringLiteral("sign_pk"), pk } } } }
            : keys;
        const Event& last = b->events.last();
        Event e;
        e.seq = last.seq + 1;
        e.time = last.time.addSecs(1);
        e.actor = as.login();
        e.kind = kind;
        e.subject = QStringLiteral("user:") + login;
        e.payload = canonicalJson(payload);
        e.prevHash = last.hash;
        e.hash = e.computeHash();
        e.signature = as.sign(e.signedMessage());
        b->events << e;
        // The forger lists the key the event introduces, as an honest exporter would, and re-signs the file.
        BundleKey k { login, made.publicKey(), e.seq, BundleKey::Scope::InRange };
        qsizetype at = 0;
        while (at < b->keys.size() && b->keys.at(at).scope != BundleKey::Scope::Exporter)
            ++at;
        b->keys.insert(at, k);
        b->header.insert(QStringLiteral("events"), b->events.size());
        b->header.insert(QStringLiteral("last_seq"), e.seq);
        b->header.insert(QStringLiteral("last_hash"), QString::fromLatin1(e.hash.toHex()));
        b->sign(coreSession(m_t->reg()).signer);
        const BundleCheck c = check(b->serialize());
        QVERIFY2(!c.ok, "the forged key event verified");
        QVERIFY2(c.reason.contains(why), qPrintable(c.reason));
    }

    // Issue 15, attack 9: header fields that contradict the events, re-signed by the exporter, are refused.
    void headerMustMatchTheEvents_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("head_seq below the last event") << "head_seq"
                                                       << "1";
        QTest::newRow("exported_at malformed") << "exported_at"
                                               << "yesterday";
        QTest::newRow("exported_at before the last event") << "exported_at"
                                                           << "2020-01-01T00:00:00.000Z";
        QTest::newRow("highest_level not a level") << "highest_level"
                                                   << "cosmic";
        QTest::newRow("payload not canonical") << "payload"
                                               << "";
    }

    void headerMustMatchTheEvents()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto b = Bundle::parse(m_whole);
        QVERIFY(b);
        if (field == QLatin1String("head_seq")) {
            b->header.insert(field, value.toLongLong());
        } else if (field == QLatin1String("payload")) {
            // The last event re-written with the same payload in another JSON encoding, re-hashed and re-signed.
            Event& e = b->events.last();
            QCOMPARE(e.actor, QStringLiteral("officer"));
            e.payload = QJsonDocument(e.payloadObject()).toJson(QJsonDocument::Indented);
            e.hash = e.computeHash();
            e.signature = coreSession(m_t->reg()).signer.sign(e.signedMessage());
            b->header.insert(QStringLiteral("last_hash"), QString::fromLatin1(e.hash.toHex()));
        } else {
            b->header.insert(field, value);
        }
        b->sign(coreSession(m_t->reg()).signer);
        const BundleCheck c = check(b->serialize());
        QVERIFY2(!c.ok, "the contradicting header verified");
        QVERIFY(!c.reason.isEmpty());
    }

    void removedEventFails()
    {
        auto b = Bundle::parse(m_whole);
        QVERIFY(b);
        b->events.removeAt(b->events.size() / 2);
        b->header.insert(QStringLiteral("events"), b->events.size());
        b->header.insert(QStringLiteral("last_seq"), b->events.size());
        b->sign(coreSession(m_t->reg()).signer);
        const BundleCheck c = check(b->serialize());
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QLatin1String("Event")), qPrintable(c.reason));
        // Dropping the last event (and saying so in the header) breaks the recorded last hash.
        auto t = Bundle::parse(m_whole);
        t->events.removeLast();
        t->header.insert(QStringLiteral("events"), t->events.size());
        t->header.insert(QStringLiteral("last_seq"), t->events.size());
        t->sign(coreSession(m_t->reg()).signer);
        QVERIFY(!check(t->serialize()).ok);
        // Without re-signing, any removal fails on the header or the signature.
        auto u = Bundle::parse(m_whole);
        u->events.removeAt(1);
        QVERIFY(!check(u->serialize()).ok);
    }

    void reorderedEventsFail()
    {
        auto b = Bundle::parse(m_whole);
        QVERIFY(b);
        b->events.swapItemsAt(2, 3);
        b->sign(coreSession(m_t->reg()).signer);
        const BundleCheck c = check(b->serialize());
        QVERIFY(!c.ok);
        QVERIFY2(c.reason.contains(QLatin1String("order")) || c.reason.contains(QLatin1String("missing")),
            qPrintable(c.reason));
    }

    void swappedKeyFails()
    {
        const Signer mallory = Signer::generate(QStringLiteral("officer"));
        // A key introduced in the range, replaced in the table (re-signed by the exporter).
        {
            auto b = Bundle::parse(m_range);
            QVERIFY(b);
            bool swapped = false;
            for (auto& k : b->keys)
                if (k.scope == BundleKey::Scope::InRange && !swapped) {
                    k.publicKey = mallory.publicKey();
                    swapped = true;
                }
            QVERIFY(swapped);
            b->sign(coreSession(m_t->reg()).signer);
            const BundleCheck c = check(b->serialize());
            QVERIFY(!c.ok);
        }
        // A key from before the range replaced: the events its owner signed no longer verify.
        {
            auto b = Bundle::parse(m_range);
            for (auto& k : b->keys)
                if (k.scope == BundleKey::Scope::BeforeRange && k.login == QLatin1String("officer"))
                    k.publicKey = mallory.publicKey();
            b->sign(mallory); // the exporter's key must then be the swapped one too
            const BundleCheck c = check(b->serialize());
            QVERIFY(!c.ok);
            QVERIFY2(c.reason.contains(QLatin1String("signature")), qPrintable(c.reason));
        }
        // The exporter's key swapped alone: not the key the ledger gives the exporter.
        {
            auto b = Bundle::parse(m_whole);
            b->sign(mallory);
            QVERIFY(!check(b->serialize()).ok);
        }
        // An event's own signature replaced by one from another key.
        {
            auto b = Bundle::parse(m_whole);
            b->events[1].signature = mallory.sign(b->events[1].signedMessage());
            b->sign(coreSession(m_t->reg()).signer);
            QVERIFY(!check(b->serialize()).ok);
        }
    }

    void reSignedUnchangedBundleStillVerifies()
    {
        // The tamper tests above fail for the change, not for re-signing.
        auto b = Bundle::parse(m_range);
        QVERIFY(b);
        b->sign(coreSession(m_t->reg()).signer);
        const BundleCheck c = check(b->serialize());
        QVERIFY2(c.ok, qPrintable(c.reason));
    }

    void onlyOfficersAndAuditorsExport()
    {
        auto alice = m_t->login(QStringLiteral("alice"));
        QVERIFY(alice);
        auto denied = buildBundle(**alice, {});
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::Denied);
        auto deniedData = gatherInspection(**alice, {});
        QVERIFY(!deniedData);
        QCOMPARE(deniedData.error().code, ErrorCode::Denied);

        auto inspector = m_t->login(QStringLiteral("inspector"));
        QVERIFY(inspector);
        auto ok = buildBundle(**inspector, {});
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        const BundleCheck c = check(ok->bytes().value());
        QVERIFY2(c.ok, qPrintable(c.reason));
        QCOMPARE(c.signer, QStringLiteral("inspector"));
    }

    // Bundles cannot be redacted: refused for a reader cleared below the highest level in range.
    void bundleForLowReaderRefused()
    {
        auto r = buildBundle(m_t->reg(), exportOptions(QDate(), QDate(), QStringLiteral("lowaud")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Denied);
        auto lowaud = m_t->login(QStringLiteral("lowaud"));
        QVERIFY(lowaud);
        auto own = buildBundle(**lowaud, {});
        QVERIFY(!own);
        QCOMPARE(own.error().code, ErrorCode::Denied);
        auto missing = buildBundle(m_t->reg(), exportOptions(QDate(), QDate(), QStringLiteral("nobody")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        // The last day holds only a Confidential item: that range may go to lowaud.
        const QDate last = localDay(m_clock);
        auto narrow = buildBundle(m_t->reg(), exportOptions(last, last, QStringLiteral("lowaud")));
        QVERIFY2(narrow, narrow ? "" : qPrintable(narrow.error().message));
    }

    // R-ACC-3 (CSV and PDF data): what the reader may not see is absent — items, copies, events, records — not
    // withheld; the figures are the ones the reader may see.
    void inspectionDataLeavesOutWhatTheReaderMayNotSee()
    {
        auto d = gatherInspection(m_t->reg(), exportOptions(QDate(), QDate(), QStringLiteral("lowaud")));
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QVERIFY(d->redacted.isEmpty());
        for (const auto& it : d->items)
            QCOMPARE(it.level, Level::Confidential);
        QCOMPARE(d->itemCount, 1);
        for (const auto& e : d->events) {
            QVERIFY2(!QString::fromUtf8(e.payload).contains(QStringLiteral("共同訓練計画")), qPrintable(e.subject));
            QVERIFY2(!e.subject.contains(QStringLiteral("TS-")) && !e.subject.contains(QStringLiteral("S-2026")),
                qPrintable(e.subject));
        }
        QCOMPARE(d->highest, Level::Confidential);
        QVERIFY(d->verification.ok);
        QVERIFY(!d->bundleDigest.isEmpty());
        const auto tables = csvTables(*d);
        QCOMPARE(tables.size(), 7);
        for (const auto& [name, bytes] : tables) {
            const QString text = QString::fromUtf8(bytes);
            QVERIFY2(!text.contains(QStringLiteral("共同訓練計画")), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("TS-2026")), qPrintable(name));
            QVERIFY2(!text.contains(QStringLiteral("Radar maintenance")), qPrintable(name));
        }

        auto full = gatherInspection(m_t->reg(), {});
        QVERIFY(full);
        QVERIFY(full->redacted.isEmpty());
        QCOMPARE(full->highest, Level::TopSecret);

        // R-ACC-3: an export of the audit view filtered on an item the reader may not see counts none of its events
        // (streamed, as a CSV export counts them, and gathered, as a report does).
        QString ts;
        for (const auto& it : full->items)
            if (it.level == Level::TopSecret)
                ts = it.control;
        QVERIFY(!ts.isEmpty());
        ExportOptions aboutTs = exportOptions(QDate(), QDate(), QString());
        aboutTs.control = ts;
        for (const bool gathered : { false, true }) {
            const GatherScope scope { gathered, false, false };
            aboutTs.reader.clear();
            auto mine = gatherInspection(m_t->reg(), aboutTs, scope);
            QVERIFY(mine && mine->eventCount > 0);
            aboutTs.reader = QStringLiteral("lowaud");
            auto hidden = gatherInspection(m_t->reg(), aboutTs, scope);
            QVERIFY(hidden);
            QCOMPARE(hidden->eventCount, qint64(0));
        }
    }

    // R-INV-2: a CSV export streams the trail from the ledger (GatherScope without events) and writes the very bytes
    // the in-memory tables hold, redaction and range included.
    void streamedCsvEqualsTheTablesInMemory()
    {
        const QDate second = localDay(m_clock).addDays(-2);
        const QList<ExportOptions> ranges { exportOptions(QDate(), QDate(), QStringLiteral("lowaud")),
            exportOptions(second, second, QString()) };
        for (const ExportOptions& o : ranges) {
            for (const bool items : { false, true }) {
                auto held = gatherInspection(m_t->reg(), o);
                QVERIFY(held);
                auto streamed = gatherInspection(m_t->reg(), o, GatherScope { false, false, items });
                QVERIFY(streamed);
                QVERIFY(streamed->events.isEmpty());
                QCOMPARE(streamed->items.isEmpty(), !items);
                QCOMPARE(streamed->itemCount, held->items.size());
                QCOMPARE(streamed->levels, held->levels);
                QCOMPARE(streamed->redacted, held->redacted);
                QCOMPARE(streamed->highest, held->highest);
                QCOMPARE(streamed->eventCount, held->eventCount);
                QCOMPARE(streamed->firstSeq, held->firstSeq);
                QCOMPARE(streamed->lastSeq, held->lastSeq);
                QVERIFY(streamed->bundleDigest.isEmpty());
                const auto tables = csvTables(*held);
                const auto files = csvFiles(m_t->reg(), *streamed);
                QCOMPARE(files.size(), tables.size());
                for (qsizetype i = 0; i < files.size(); ++i) {
                    QCOMPARE(files.at(i).first, tables.at(i).first);
                    QByteArray out;
                    QVERIFY(files.at(i).second([&](const char* p, qsizetype n) {
                        out.append(p, n);
                        return true;
                    }));
                    QCOMPARE(out, tables.at(i).second);
                }
            }
        }
        // A sink that fails stops the writer with an error instead of a short file passed as whole.
        auto streamed = gatherInspection(m_t->reg(), {}, GatherScope { false, false, false });
        for (const auto& [name, writer] : csvFiles(m_t->reg(), *streamed))
            if (name == QLatin1String("events.csv") || name == QLatin1String("items.csv"))
                QCOMPARE(writer([](const char*, qsizetype) { return false; }).error().code, ErrorCode::Io);
    }

    // The inspector's check reads the file as a stream: the same verdict and digest as from memory, and a byte
    // changed anywhere in the file fails.
    void bundleVerifiesFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("whole.kbundle"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_whole);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const BundleCheck fromFile = verifyBundle(f);
        QVERIFY2(fromFile.ok, qPrintable(fromFile.reason));
        const BundleCheck fromMemory = check(m_whole);
        QCOMPARE(fromFile.digest, fromMemory.digest);
        QCOMPARE(fromFile.digest, bundleDigest(m_whole));
        QCOMPARE(fromFile.events, fromMemory.events);
        QCOMPARE(fromFile.lastHash, fromMemory.lastHash);
        // Through a pipe (verify-export reading standard input): the same verdict; a cut or extended stream fails.
        const auto throughPipe = [&](const QByteArray& bytes) {
            const QString p = dir.filePath(QStringLiteral("piped.kbundle"));
            QFile w(p);
            if (!w.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(p));
            w.write(bytes);
            w.close();
            QProcess cat;
            cat.start(QStringLiteral("cat"), { p });
            if (!cat.waitForStarted())
                qFatal("cat does not start");
            const BundleCheck c = verifyBundle(cat);
            cat.waitForFinished();
            return c;
        };
        const BundleCheck piped = throughPipe(m_whole);
        QVERIFY2(piped.ok, qPrintable(piped.reason));
        QCOMPARE(piped.digest, fromMemory.digest);
        QVERIFY(!throughPipe(m_whole.left(m_whole.size() - 1)).ok);
        const BundleCheck longer = throughPipe(m_whole + QByteArray("x"));
        QVERIFY(!longer.ok);
        QVERIFY2(longer.reason.contains(QLatin1String("after the signature")), qPrintable(longer.reason));
        QCOMPARE(longer.digest, bundleDigest(m_whole + QByteArray("x")));
        for (const qsizetype at : { qsizetype(20), m_whole.size() / 2, m_whole.size() - 70, m_whole.size() - 1 }) {
            QByteArray bad = m_whole;
            bad[at] = static_cast<char>(bad[at] ^ 0x40);
            const BundleCheck c = check(bad);
            QVERIFY2(!c.ok, qPrintable(QString::number(at)));
            QCOMPARE(c.digest, bundleDigest(bad)); // the digest names the file examined, even when it fails
        }
    }

    void exportIsRecorded()
    {
        QTemporaryDir dir;
        const qint64 before = *m_t->reg().ledger().headSeq();
        auto b = buildBundle(m_t->reg(), {});
        QVERIFY(b);
        const QString path = dir.filePath(QStringLiteral("x.kbundle"));
        auto digests = commitExportFiles(m_t->reg(), QStringLiteral("bundle"), {}, { { path, b->write } });
        QVERIFY(digests);
        const QByteArray written = readFile(path);
        QCOMPARE(digests->digests.constFirst(), bundleDigest(written));
        const BundleCheck c = check(written);
        QVERIFY2(c.ok, qPrintable(c.reason));
        QCOMPARE(c.digest, digests->digests.constFirst());
        // R-TRU-3: the export's checkpoint (the trail verified), then the export itself; the head it reports is
        // the checkpoint.
        QCOMPARE(*m_t->reg().ledger().headSeq(), before + 2);
        auto cp = m_t->reg().ledger().event(before + 1);
        QCOMPARE((*cp)->kind, QStringLiteral("checkpoint.signed"));
        QCOMPARE(digests->seq, before + 1);
        QCOMPARE(digests->hash, (*cp)->hash);
        QVERIFY(digests->verified);
        auto ev = m_t->reg().ledger().event(before + 2);
        QCOMPARE((*ev)->kind, QStringLiteral("audit.exported"));
        QCOMPARE((*ev)->payloadObject().value(QStringLiteral("head_seq")).toInteger(), before + 1);
        // A file that cannot be written records nothing, not even the checkpoint.
        QVERIFY(!commitExport(
            m_t->reg(), QStringLiteral("bundle"), {}, { { dir.filePath(QStringLiteral("no/such/dir/x")), written } }));
        QCOMPARE(*m_t->reg().ledger().headSeq(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestExportBundle)
#include "TestExportBundle.moc"
