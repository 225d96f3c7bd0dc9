// SPDX-License-Identifier: GPL-3.0-or-later
// The register of items and copies: markings, control numbers, custody at registration, disclosure records,
// encrypted content, reclassification, search (issue 3).
#include "TestSupport.h"

#include "crypto/KeyRing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestItems : public QObject
{
    Q_OBJECT

private:
    static NewItem secretItem()
    {
        NewItem ni;
        ni.title = QStringLiteral("(U) Radar maintenance manual");
        ni.level = Level::Secret;
        ni.origin = QStringLiteral("USA");
        ni.regime = QStringLiteral("gsomia");
        ni.copies = 2;
        ni.authority
            = { QStringLiteral("USN PACFLT N2"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
        ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-4411"), QStringLiteral("courier"),
            QDate(2026, 11, 20), true };
        return ni;
    }

    static QString tempFileWith(QTemporaryDir& dir, const QByteArray& bytes)
    {
        const QString p = dir.filePath(QStringLiteral("doc.bin"));
        writeFile(p, bytes);
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void testR_MRK_1_registrationRecordsBothMarkings()
    {
        TempRegister t;
        auto r = t.reg().items().registerItem(secretItem());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->control, QStringLiteral("S-USA-2026-000001"));
        QCOMPARE(
            r->copies, (QStringList { QStringLiteral("S-USA-2026-000001/1"), QStringLiteral("S-USA-2026-000001/2") }));
        QVERIFY(r->warnings.isEmpty());
        auto it = t.reg().items().show(r->control);
        QVERIFY(it.ok());
        QCOMPARE(it->origin, QStringLiteral("USA"));
        QCOMPARE(it->recipient, QStringLiteral("JPN"));
        QCOMPARE(it->usMarking, QStringLiteral("SECRET"));
        QCOMPARE(it->jpMarking, QStringLiteral("極秘"));
        QCOMPARE(it->copiesTotal, 2);
        QCOMPARE(it->copiesHeld, 2);
        // Copies charged to the registering officer when no container is given (cli.md).
        QCOMPARE(it->copies.at(0).holder, QStringLiteral("officer"));
        QVERIFY(it->copies.at(0).container.isEmpty());
        // The registration is a ledger event.
        Ledger::Filter aboutItem;
        aboutItem.subjectPrefix = QStringLiteral("item:") + r->control;
        auto log = t.reg().auditLog(aboutItem);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().kind, QStringLiteral("item.registered"));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void testR_CUS_1_controlNumbersAndCopyNumbers()
    {
        TempRegister t;
        NewItem a = secretItem();
        a.copies = 1;
        auto first = t.reg().items().registerItem(a);
        a.level = Level::TopSecret;
        a.regime = QString();
        a.copies = 3;
        auto second = t.reg().items().registerItem(a);
        QCOMPARE(first->control, QStringLiteral("S-USA-2026-000001"));
        QCOMPARE(second->control, QStringLiteral("TS-USA-2026-000001"));
        QCOMPARE(second->copies.last(), QStringLiteral("TS-USA-2026-000001/3"));
        auto copy = t.reg().items().loadCopy(QStringLiteral("TS-USA-2026-000001/3"));
        QCOMPARE(copy->number, 3);
        QCOMPARE(copy->kind, QStringLiteral("original"));
    }

    // R-ACC-3: control numbers run in series of items that exactly the same people may see (level, need-to-know
    // groups, foreign releasability), so a gap in the numbers a user sees never stands for an item hidden from them.
    void testR_ACC_3_controlNumberSeriesLeaveNoTellingGaps()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("NUC"), {}).ok());
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("SAFE"), Level::TopSecret, {} }).ok());
        const auto reg
            = [&](Level level, const QString& origin, const QStringList& groups = {}, const QStringList& caveats = {}) {
                  NewItem ni = secretItem();
                  ni.regime.clear();
                  ni.level = level;
                  ni.origin = origin;
                  ni.groups = groups;
                  ni.caveats = caveats;
                  ni.container = QStringLiteral("SAFE");
                  auto r = t.reg().items().registerItem(ni);
                  return r ? r->control : r.error().message;
              };
        QCOMPARE(reg(Level::Secret, QStringLiteral("JPN")), QStringLiteral("S-2026-000001"));
        QCOMPARE(reg(Level::TopSecret, QStringLiteral("JPN")), QStringLiteral("TS-2026-000001"));
        QCOMPARE(
            reg(Level::Secret, QStringLiteral("JPN"), { QStringLiteral("NUC") }), QStringLiteral("S-NUC-2026-000001"));
        QCOMPARE(reg(Level::Secret, QStringLiteral("USA")), QStringLiteral("S-USA-2026-000001"));
        QCOMPARE(reg(Level::Secret, QStringLiteral("USA"), { QStringLiteral("NUC") }),
            QStringLiteral("S-NUC-USA-2026-000001"));
        // Japanese material marked for Japan only, and US material released to Japan only, are seen by Japanese
        // nationals alone: the facility's own series.
        QCOMPARE(reg(Level::Secret, QStringLiteral("USA"), {}, { QStringLiteral("REL TO JPN") }),
            QStringLiteral("S-2026-000002"));
        QCOMPARE(reg(Level::Secret, QStringLiteral("JPN")), QStringLiteral("S-2026-000003"));
        QCOMPARE(reg(Level::TopSecret, QStringLiteral("JPN")), QStringLiteral("TS-2026-000002"));
    }

    void testR_MRK_5_authorityBlockAndR_CUS_2_receipt()
    {
        TempRegister t;
        auto r = t.reg().items().registerItem(secretItem());
        auto it = t.reg().items().load(r->control);
        QCOMPARE(it->authority.classifiedBy, QStringLiteral("USN PACFLT N2"));
        QCOMPARE(it->authority.derivedFrom, QStringLiteral("OPNAVINST 5513.1"));
        QCOMPARE(it->authority.declassifyOn, QStringLiteral("2036-12-31"));
        QCOMPARE(it->receipt.receivedFrom, QStringLiteral("US Embassy Tokyo"));
        QCOMPARE(it->receipt.receiptNo, QStringLiteral("RCPT-4411"));
        QCOMPARE(it->receipt.channel, QStringLiteral("courier"));
        QCOMPARE(it->receipt.receivedOn, QDate(2026, 11, 20));
        QVERIFY(it->receipt.tamperChecked);
    }

    void testR_MRK_4_titlePortionMarks()
    {
        TempRegister t;
        NewItem ni = secretItem();
        ni.title = QStringLiteral("Radar manual");
        auto plain = t.reg().items().registerItem(ni);
        QCOMPARE(t.reg().items().load(plain->control)->title, QStringLiteral("(U) Radar manual"));
        ni.title = QStringLiteral("(C) Radar manual for site X");
        auto marked = t.reg().items().registerItem(ni);
        QVERIFY(marked.ok());
        QCOMPARE(marked->warnings.size(), 1);
        QVERIFY(marked->warnings.first().contains(QStringLiteral("a title should be unclassified")));
        ni.title = QStringLiteral("(TS) Above the item");
        QCOMPARE(t.reg().items().registerItem(ni).error().code, ErrorCode::Usage);
        ni.title = QStringLiteral("(Q) Unknown mark");
        QCOMPARE(t.reg().items().registerItem(ni).error().code, ErrorCode::Usage);
    }

    void testR_CUS_4_containerLevelAtRegistration()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("CAB-C"), Level::Confidential, {} }).ok());
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("SAFE-TS"), Level::TopSecret, {} }).ok());
        NewItem ni = secretItem();
        ni.container = QStringLiteral("CAB-C");
        const qint64 head = t.reg().ledger().headSeq().value();
        auto low = t.reg().items().registerItem(ni);
        QCOMPARE(low.error().code, ErrorCode::Denied);
        QCOMPARE(t.reg().items().list({})->size(), 0);
        // Only the denial was recorded.
        QCOMPARE(t.reg().ledger().headSeq().value(), head + 1);
        QCOMPARE(t.reg().ledger().event(head + 1)->value().kind, QStringLiteral("access.denied"));
        ni.container = QStringLiteral("SAFE-TS");
        auto ok = t.reg().items().registerItem(ni);
        QVERIFY(ok.ok());
        auto copy = t.reg().items().loadCopy(ok->copies.first());
        QCOMPARE(copy->container, QStringLiteral("SAFE-TS"));
        QVERIFY(copy->holder.isEmpty());
        ItemFilter byContainer;
        byContainer.container = QStringLiteral("SAFE-TS");
        QCOMPARE(t.reg().items().list(byContainer)->size(), 1);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("empty title") << "title" << int(ErrorCode::Usage);
        QTest::newRow("long title") << "longtitle" << int(ErrorCode::Usage);
        QTest::newRow("bad origin") << "origin" << int(ErrorCode::Usage);
        QTest::newRow("unknown caveat") << "caveat" << int(ErrorCode::Usage);
        QTest::newRow("unknown group") << "group" << int(ErrorCode::NotFound);
        QTest::newRow("unknown container") << "container" << int(ErrorCode::NotFound);
        QTest::newRow("unknown regime") << "regime" << int(ErrorCode::Usage);
        QTest::newRow("regime level") << "regimelevel" << int(ErrorCode::Usage);
        QTest::newRow("copies") << "copies" << int(ErrorCode::Usage);
        QTest::newRow("media") << "media" << int(ErrorCode::Usage);
        QTest::newRow("content missing") << "content" << int(ErrorCode::Io);
        QTest::newRow("tlp") << "tlp" << int(ErrorCode::Usage);
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(int, code);
        TempRegister t;
        NewItem ni = secretItem();
        if (field == QLatin1String("title"))
            ni.title = QStringLiteral("(U)  ");
        else if (field == QLatin1String("longtitle"))
            ni.title = QString(501, QLatin1Char('x'));
        else if (field == QLatin1String("origin"))
            ni.origin = QStringLiteral("America");
        else if (field == QLatin1String("caveat"))
            ni.caveats = { QStringLiteral("EYES ONLY") };
        else if (field == QLatin1String("group"))
            ni.groups = { QStringLiteral("NOPE") };
        else if (field == QLatin1String("container"))
            ni.container = QStringLiteral("NOPE");
        else if (field == QLatin1String("regime"))
            ni.regime = QStringLiteral("nope");
        else if (field == QLatin1String("regimelevel"))
            ni.regime = QStringLiteral("keizai-anpo"); // Confidential only
        else if (field == QLatin1String("copies"))
            ni.copies = 0;
        else if (field == QLatin1String("media"))
            ni.media = QStringLiteral("floppy");
        else if (field == QLatin1String("content"))
            ni.contentPath = QStringLiteral("/nonexistent/file.pdf");
        else if (field == QLatin1String("tlp"))
            ni.tlp = QStringLiteral("TLP:PURPLE");
        const qint64 head = t.reg().ledger().headSeq().value();
        auto r = t.reg().items().registerItem(ni);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(t.reg().ledger().headSeq().value(), head);
        QCOMPARE(t.reg().items().list({})->size(), 0);
        // The control-number counter did not move either.
        auto next = t.reg().items().registerItem(secretItem());
        QCOMPARE(next->control, QStringLiteral("S-USA-2026-000001"));
    }

    void onlyClearedOfficersRegister()
    {
        TempRegister t;
        t.addUser(QStringLiteral("staff1"), Role::Staff, Level::TopSecret);
        auto staff = t.login(QStringLiteral("staff1"));
        QCOMPARE((*staff)->items().registerItem(secretItem()).error().code, ErrorCode::Denied);
        t.addUser(QStringLiteral("lowofficer"), Role::Officer, Level::Confidential);
        auto low = t.login(QStringLiteral("lowofficer"));
        NewItem ts = secretItem();
        ts.level = Level::TopSecret;
        QCOMPARE((*low)->items().registerItem(ts).error().code, ErrorCode::Denied);
    }

    void testR_ACC_4_topSecretDisclosureRecord()
    {
        TempRegister t;
        NewItem ni = secretItem();
        ni.level = Level::TopSecret;
        auto ts = t.reg().items().registerItem(ni);
        auto s = t.reg().items().registerItem(secretItem());
        QVERIFY(t.reg().items().show(ts->control).ok());
        QVERIFY(t.reg().items().show(ts->control).ok());
        QVERIFY(t.reg().items().show(s->control).ok());
        auto d = t.reg().items().disclosures(ts->control);
        QCOMPARE(d->size(), 2);
        QCOMPARE(d->first().login, QStringLiteral("officer"));
        QCOMPARE(d->first().action, QStringLiteral("show"));
        QVERIFY(d->first().eventSeq > 0);
        QCOMPARE(t.reg().items().disclosures(s->control)->size(), 0);
    }

    // R-ACC-4 and R-ACC-3: a look-up of an item the user may not see is recorded, exactly as a look-up of one that does
    // not exist: the same event (kind, subject, payload size), the same error. What was asked for, and why it was
    // refused, is sealed to the officers and auditors, who read it in the audit log.
    void testR_ACC_4_everyDenialIsRecorded()
    {
        TempRegister t;
        auto r = t.reg().items().registerItem(secretItem());
        t.addUser(QStringLiteral("low"), Role::Staff, Level::Confidential);
        auto low = t.login(QStringLiteral("low"));
        const qint64 before = *t.reg().ledger().headSeq();
        const auto hidden = (*low)->items().show(r->control);
        const auto absent = (*low)->items().show(QStringLiteral("S-2026-999999"));
        QCOMPARE(hidden.error().code, ErrorCode::NotFound);
        QCOMPARE(absent.error().code, ErrorCode::NotFound);
        QCOMPARE(hidden.error().message, QStringLiteral("No item '%1'.").arg(r->control));
        QCOMPARE((*low)
                     ->items()
                     .readContent(r->control, [](const unsigned char*, size_t) { return Status {}; })
                     .error()
                     .code,
            ErrorCode::NotFound);
        QCOMPARE(*t.reg().ledger().headSeq(), before + 3);
        QList<Event> misses;
        for (qint64 seq = before + 1; seq <= before + 3; ++seq)
            misses << *t.reg().ledger().event(seq).value();
        for (const Event& e : misses) {
            QCOMPARE(e.kind, QStringLiteral("access.denied"));
            QCOMPARE(e.actor, QStringLiteral("low"));
            QCOMPARE(e.subject, QStringLiteral("lookup"));
            QVERIFY(!e.payload.contains(r->control.toUtf8()));
            QVERIFY(!e.payload.contains("999999"));
        }
        QCOMPARE(misses.at(1).payload.size(), misses.at(0).payload.size()); // hidden and absent alike
        // The officer opens what was asked for, and why it was refused.
        const auto probe = t.reg().openLookupMiss(misses.at(0));
        QVERIFY(probe.has_value());
        QCOMPARE(probe->value(QStringLiteral("probe")).toString(), r->control);
        QCOMPARE(t.reg().openLookupMiss(misses.at(1))->value(QStringLiteral("probe")).toString(),
            QStringLiteral("S-2026-999999"));
        // ... and the staff user cannot.
        QVERIFY(!(*low)->openLookupMiss(misses.at(0)).has_value());
    }

    // R-ACC-3 against R-ACC-4: a look-up miss's sealed probe names what was asked for and why it was refused. It is
    // sealed to every active officer and auditor, so an auditor cleared below the item opens the control number (and
    // the reasons: the level, the groups) of an item hidden from them. No door shows it (the audit log, CSV and PDF
    // show the sealed boxes), but the register gives it to a key that may not see the item. Known, not fixed: sealing
    // only to those who may see the probed item would tell apart probes of hidden and absent items; the choice of
    // recipients is a design decision (reported with issue 14).
    void testR_ACC_3_lookupProbeIsNotOpenToAnAuditorBelowTheItem()
    {
        TempRegister t;
        NewItem ni = secretItem();
        ni.level = Level::TopSecret;
        auto r = t.reg().items().registerItem(ni);
        QVERIFY(r.ok());
        t.addUser(QStringLiteral("low"), Role::Staff, Level::Secret);
        t.addUser(QStringLiteral("lowaud"), Role::Auditor, Level::Confidential);
        auto low = t.login(QStringLiteral("low"));
        QVERIFY(low.ok());
        const qint64 before = *t.reg().ledger().headSeq();
        QCOMPARE((*low)->items().show(r->control).error().code, ErrorCode::NotFound);
        const Event miss = *t.reg().ledger().event(before + 1).value();
        QCOMPARE(miss.subject, QStringLiteral("lookup"));
        QCOMPARE(t.reg().openLookupMiss(miss)->value(QStringLiteral("probe")).toString(), r->control);
        auto aud = t.login(QStringLiteral("lowaud"));
        QVERIFY(aud.ok());
        QVERIFY((*aud)->items().show(r->control).error().code == ErrorCode::NotFound); // hidden from the auditor
        // The Confidential auditor cannot read what was typed (it may be a hidden item's number); the officer, who
        // sees the whole register, can. Who can read it does not depend on what was typed.
        QVERIFY(!(*aud)->openLookupMiss(miss).has_value());
        QCOMPARE((*low)->items().show(QStringLiteral("TS-2026-999999")).error().code, ErrorCode::NotFound);
        const Event absent = *t.reg().ledger().event(before + 3).value();
        QCOMPARE(absent.subject, QStringLiteral("lookup"));
        QCOMPARE(absent.payload.size(), miss.payload.size());
        QVERIFY(!(*aud)->openLookupMiss(absent).has_value());
        QCOMPARE(t.reg().openLookupMiss(absent)->value(QStringLiteral("probe")).toString(),
            QStringLiteral("TS-2026-999999"));
    }

    void encryptedContentOpensOnlyForAuthorisedUsers()
    {
        TempRegister t;
        QTemporaryDir dir;
        QByteArray doc(300 * 1024, Qt::Uninitialized);
        for (auto& c : doc)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        doc.replace(1000, 20, "CONTENT-MARKER-98765");
        QVERIFY(t.reg().people().addGroup(QStringLiteral("ALPHA"), {}).ok());
        t.addUser(
            QStringLiteral("reader"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("ALPHA") });
        t.addUser(QStringLiteral("outsider"), Role::Staff, Level::Secret);
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("officer"), QStringLiteral("ALPHA")).ok());
        NewItem ni = secretItem();
        ni.groups = { QStringLiteral("ALPHA") };
        ni.contentPath = tempFileWith(dir, doc);
        auto r = t.reg().items().registerItem(ni);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(t.reg().items().load(r->control)->hasContent);
        auto reader = t.login(QStringLiteral("reader"));
        auto bytes = (*reader)->items().contentBytes(r->control);
        QVERIFY(bytes.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size())), doc);
        const QString out = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY((*reader)->items().writeContentToFile(r->control, out).ok());
        QCOMPARE(readFile(out), doc);
        auto outsider = t.login(QStringLiteral("outsider"));
        QCOMPARE((*outsider)->items().contentBytes(r->control).error().code, ErrorCode::NotFound);
        // The register file never holds the plaintext.
        t.close();
        QVERIFY(!readFile(t.path()).contains("CONTENT-MARKER-98765"));
        QVERIFY(!readFile(t.path() + QStringLiteral("-wal")).contains("CONTENT-MARKER-98765"));
    }

    // R-TRU-5: a grant gives the group's keys at once (a new epoch sealed to the new member; the older ones sealed by
    // the officer, a member, in the same write): no recovery and no refresh needed. A revoke takes them away for
    // everything registered afterwards.
    void testR_TRU_5_grantingAGroupGivesItsKeys()
    {
        TempRegister t;
        QTemporaryDir dir;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("ALPHA"), {}).ok());
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("officer"), QStringLiteral("ALPHA")).ok());
        t.addUser(QStringLiteral("late"), Role::Staff, Level::Secret);
        NewItem ni = secretItem();
        ni.groups = { QStringLiteral("ALPHA") };
        ni.contentPath = tempFileWith(dir, QByteArray("hello content"));
        auto r = t.reg().items().registerItem(ni);
        QVERIFY(r.ok());
        auto before = t.login(QStringLiteral("late"));
        QVERIFY(before.ok());
        QCOMPARE((*before)->items().contentBytes(r->control).error().code, ErrorCode::NotFound); // not his to see
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("late"), QStringLiteral("ALPHA")).ok());
        auto late = t.login(QStringLiteral("late"));
        QVERIFY(late.ok());
        auto bytes = (*late)->items().contentBytes(r->control);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size())),
            QByteArray("hello content"));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void recoveryResealsContentForTheUser()
    {
        // A lost password: the recovery code gives new keys, and the recovery key re-seals the content keys.
        TempRegister t;
        QTemporaryDir dir;
        t.addUser(QStringLiteral("reader"), Role::Staff, Level::Secret);
        NewItem ni = secretItem();
        ni.contentPath = tempFileWith(dir, QByteArray("sealed to the old key"));
        auto r = t.reg().items().registerItem(ni);
        QVERIFY(r.ok());
        QVERIFY(Register::recoverAccess(t.path(), t.recoveryCode(), QStringLiteral("reader"), "fresh-password-1-Kx9",
            QStringLiteral("officer"), kOfficerPassword)
                    .ok());
        auto reader = t.login(QStringLiteral("reader"), "fresh-password-1-Kx9");
        QVERIFY(reader.ok());
        auto bytes = (*reader)->items().contentBytes(r->control);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size())),
            QByteArray("sealed to the old key"));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void testR_MRK_7_reclassificationOnRecordedNotice()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addContainer({ QStringLiteral("CAB-S"), Level::Secret, {} }).ok());
        NewItem ni = secretItem();
        ni.container = QStringLiteral("CAB-S");
        auto r = t.reg().items().registerItem(ni);
        ReclassifyRequest rq { r->control, Level::TopSecret, QStringLiteral("USN N2"), QDate(2026, 11, 1),
            QStringLiteral("N2-2026-77"), QStringLiteral("aggregation") };
        ReclassifyRequest noNotice = rq;
        noNotice.reference.clear();
        QCOMPARE(t.reg().items().reclassify(noNotice).error().code, ErrorCode::Usage);
        // The copies sit in a Secret container: move them first.
        QCOMPARE(t.reg().items().reclassify(rq).error().code, ErrorCode::Conflict);
        rq.newLevel = Level::Confidential;
        auto down = t.reg().items().reclassify(rq);
        QVERIFY(down.ok());
        QCOMPARE(down->kind, QStringLiteral("downgrade"));
        auto it = t.reg().items().load(r->control);
        QCOMPARE(it->level, Level::Confidential);
        QCOMPARE(it->jpMarking, QStringLiteral("秘"));
        QCOMPARE(it->usMarking, QStringLiteral("CONFIDENTIAL"));
        rq.newLevel = Level::Unclassified;
        rq.reference = QStringLiteral("N2-2027-01");
        QCOMPARE(t.reg().items().reclassify(rq)->kind, QStringLiteral("declassify"));
        auto history = t.reg().items().reclassifications(r->control);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).oldLevel, Level::Secret);
        QCOMPARE(history->at(0).newLevel, Level::Confidential);
        QCOMPARE(history->at(0).noticeBy, QStringLiteral("USN N2"));
        QCOMPARE(history->at(1).reference, QStringLiteral("N2-2027-01"));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    void testR_MRK_7_designationExpiryMark()
    {
        FakeClock clock;
        TempRegister t(clock);
        NewItem ni = secretItem();
        ni.origin = QStringLiteral("JPN");
        ni.regime = QStringLiteral("tokutei");
        auto r = t.reg().items().registerItem(ni);
        auto it = t.reg().items().load(r->control);
        QCOMPARE(it->validUntil, clock.nowUtc().date().addYears(5));
        QVERIFY(t.reg().items().applyDesignationExpiries()->isEmpty());
        clock.advance(qint64(5 * 366) * 24 * 3600);
        auto expired = t.reg().items().applyDesignationExpiries();
        QCOMPARE(*expired, QStringList { r->control });
        it = t.reg().items().load(r->control);
        QVERIFY(it->designationExpired);
        QCOMPARE(it->jpMarking, QStringLiteral("特定秘密指定有効期間満了"));
        QVERIFY(t.reg().items().applyDesignationExpiries()->isEmpty());
    }

    void fullTextSearchInBothLanguages()
    {
        TempRegister t;
        NewItem a = secretItem();
        a.title = QStringLiteral("Aegis radar maintenance manual");
        auto ra = t.reg().items().registerItem(a);
        NewItem b = secretItem();
        b.title = QStringLiteral("イージス艦 運用計画書");
        b.receipt.receiptNo = QStringLiteral("JMSDF-889");
        auto rb = t.reg().items().registerItem(b);
        const auto find = [&](const QString& text) {
            ItemFilter f;
            f.text = text;
            QStringList out;
            for (const auto& it : *t.reg().items().list(f))
                out << it.control;
            return out;
        };
        QCOMPARE(find(QStringLiteral("radar")), QStringList { ra->control });
        QCOMPARE(find(QStringLiteral("main")), QStringList { ra->control }); // prefix
        QCOMPARE(find(QStringLiteral("運用")), QStringList { rb->control });
        QCOMPARE(find(QStringLiteral("イージス")), QStringList { rb->control });
        QCOMPARE(find(QStringLiteral("JMSDF")), QStringList { rb->control });
        QCOMPARE(find(QStringLiteral("000001")), QStringList { ra->control });
        QVERIFY(find(QStringLiteral("submarine")).isEmpty());
    }

    void listFiltersSortAndPage()
    {
        TempRegister t;
        for (int i = 0; i < 5; ++i) {
            NewItem ni = secretItem();
            ni.level = i % 2 ? Level::Confidential : Level::Secret;
            ni.regime.clear();
            ni.copies = 1;
            QVERIFY(t.reg().items().registerItem(ni).ok());
        }
        ItemFilter f;
        f.level = Level::Confidential;
        QCOMPARE(t.reg().items().list(f)->size(), 2);
        ItemFilter page;
        page.limit = 2;
        page.offset = 2;
        auto p = t.reg().items().list(page);
        QCOMPARE(p->size(), 2);
        // Control numbers sort as text: C-USA-2026-000001, C-USA-2026-000002, S-USA-2026-000001, S-USA-2026-000002,
        // S-USA-2026-000003 (a counter per level and series, docs/adr/0003).
        QCOMPARE(p->first().control, QStringLiteral("S-USA-2026-000001"));
        page.descending = true;
        page.offset = 0;
        QCOMPARE(t.reg().items().list(page)->first().control, QStringLiteral("S-USA-2026-000003"));
        ItemFilter held;
        held.holder = QStringLiteral("officer");
        QCOMPARE(*t.reg().items().count(held), 5);
        ItemFilter status;
        status.status = QStringLiteral("destroyed");
        QCOMPARE(*t.reg().items().count(status), 0);
    }

    void testR_DST_5_purposeEndedList()
    {
        FakeClock clock;
        TempRegister t(clock);
        NewItem ni = secretItem();
        ni.purposeEnds = clock.nowUtc().date().addDays(10);
        auto r = t.reg().items().registerItem(ni);
        QVERIFY(t.reg().items().purposeEnded()->isEmpty());
        clock.advance(11 * 24 * 3600);
        auto due = t.reg().items().purposeEnded();
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().control, r->control);
        // R-ACC-3: the list holds only what the reader may see.
        t.addUser(QStringLiteral("low"), Role::Staff, Level::Confidential);
        auto low = t.login(QStringLiteral("low"));
        QVERIFY((*low)->items().purposeEnded()->isEmpty());
        QCOMPARE((*low)->items().disclosures(r->control).error().code, ErrorCode::NotFound);
        QCOMPARE((*low)->items().reclassifications(r->control).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestItems)
#include "TestItems.moc"
