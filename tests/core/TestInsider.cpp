// SPDX-License-Identifier: GPL-3.0-or-later
// The insider (R-TRU-2, R-TRU-3, R-TRU-4, R-TRU-6; issue 15): a Secret-cleared staff user opens his own key slot with
// his own password, gets the register key and his signing key, and writes to the SQLCipher file directly — appending
// events he signs himself, chained and hashed as the program would. `audit verify` must fail, naming the first bad
// event.
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "crypto/KeyRing.h"
#include "ledger/Ledger.h"
#include "ledger/Seal.h"
#include "policy/PolicyPack.h"
#include "report/ExportBundle.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{

// What sato can do with the files and his own password.
struct Insider {
    std::unique_ptr<Database> db;
    Signer signer;
    QByteArray registerId;

    static Insider open(const TempRegister& t, const QString& login, const QByteArray& password)
    {
        auto ring = KeyRing::load(t.keysPath());
        if (!ring)
            qFatal("key ring");
        auto secrets = ring->open(login, password);
        if (!secrets)
            qFatal("slot: %s", qPrintable(secrets.error().message));
        Insider in;
        auto db = Database::open(t.path(), &secrets->registerKey, false);
        if (!db)
            qFatal("raw open failed");
        in.db = std::move(db).value();
        in.signer = Signer(login, std::move(secrets->signSecret));
        in.registerId = ring->registerId();
        return in;
    }
    // Appends an event signed by `as` (his own key, or any key he made up) and runs `sql` in the same transaction.
    qint64 append(const Signer& as, const QString& kind, const QString& subject, const QJsonObject& payload,
        const QString& sql = {}, const Clock& clock = Clock::system(), const QList<const Signer*>& cosigners = {})
    {
        Transaction tx(*db);
        if (!tx.begin())
            qFatal("begin");
        if (!sql.isEmpty() && !db->exec(sql))
            qFatal("sql: %s", qPrintable(sql));
        Ledger ledger(*db, clock, registerId);
        auto e = ledger.append(as, { kind, subject, payload }, cosigners);
        if (!e || !tx.commit())
            qFatal("append");
        return e->seq;
    }
    qint64 append(const QString& kind, const QString& subject, const QJsonObject& payload, const QString& sql = {})
    {
        return append(signer, kind, subject, payload, sql);
    }
    // Writes a meta row (no event), or removes it when value is null.
    void setMeta(const QString& key, const QString& value)
    {
        auto st
            = db->prepare(value.isNull() ? QStringLiteral("DELETE FROM meta WHERE key = ?1")
                                         : QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)"));
        if (!st)
            qFatal("prepare meta");
        st->bind(1, key);
        if (!value.isNull())
            st->bind(2, value);
        if (!st->run())
            qFatal("meta");
    }
};

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

// The recovery key, signing as an insider who has the code can (R-TRU-6).
Signer recoverySigner(const TempRegister& t)
{
    auto ring = KeyRing::load(t.keysPath());
    if (!ring)
        qFatal("key ring");
    auto secrets = ring->open(KeyRing::recoveryLogin(), normaliseRecoveryCode(t.recoveryCode()));
    if (!secrets)
        qFatal("recovery slot: %s", qPrintable(secrets.error().message));
    return Signer(KeyRing::recoveryLogin(), std::move(secrets->signSecret));
}

// A reset of login's keys as the program records it (new keys in the payload, users updated in the same write).
struct Reset {
    Signer sign;
    QJsonObject payload;
    QString sql;
    explicit Reset(const QString& login)
        : sign(Signer::generate(login))
    {
        const QByteArray box(32, '\x03');
        payload = { { QStringLiteral("login"), login }, { QStringLiteral("sign_pk"), hex(sign.publicKey()) },
            { QStringLiteral("box_pk"), hex(box) } };
        sql = QStringLiteral("UPDATE users SET sign_pk = X'%1', box_pk = X'%2' WHERE login = '%3'")
                  .arg(hex(sign.publicKey()), hex(box), login);
    }
};

// A facility's own pack: the built-in one under another id, with the Top Secret witness turned off — what attack 5
// is after.
QByteArray packWithoutTopSecretWitness(const QString& id = QStringLiteral("facility"))
{
    QJsonObject o = QJsonDocument::fromJson(PolicyPack::builtin().source()).object();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("pack_version"), QStringLiteral("2027.1"));
    QJsonObject rules = o.value(QStringLiteral("rules")).toObject();
    QJsonObject ts = rules.value(QStringLiteral("top-secret")).toObject();
    ts.insert(QStringLiteral("witness_required"), false);
    rules.insert(QStringLiteral("top-secret"), ts);
    o.insert(QStringLiteral("rules"), rules);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestInsider : public QObject
{
    Q_OBJECT

private:
    // A register with the officer, sato (staff, Secret, no groups) and the group NUC.
    std::unique_ptr<TempRegister> make()
    {
        auto t = std::make_unique<TempRegister>();
        if (!t->reg().people().addGroup(QStringLiteral("NUC"), {}).ok())
            qFatal("group");
        t->addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        return t;
    }
    // The officer's records: a Top Secret item with content that he has read (a disclosure record), a Secret item in
    // NUC reclassified down to Confidential, and a Confidential item dispatched (with its receipt), destroyed,
    // reproduced and released to GBR.
    std::unique_ptr<TempRegister> makeRecords()
    {
        auto t = make();
        Register& r = t->reg();
        if (!r.people().grantGroup(QStringLiteral("officer"), QStringLiteral("NUC")).ok())
            qFatal("grant");
        const QString content = t->path() + QStringLiteral(".txt");
        QFile f(content);
        if (!f.open(QIODevice::WriteOnly) || f.write("top secret content") < 0)
            qFatal("content");
        f.close();
        const auto item = [&](Level level, const QStringList& groups, int copies, const QString& path) {
            NewItem ni;
            ni.title = QStringLiteral("(U) Item");
            ni.level = level;
            ni.origin = QStringLiteral("JPN");
            ni.groups = groups;
            ni.copies = copies;
            ni.contentPath = path;
            auto reg = r.items().registerItem(ni);
            if (!reg)
                qFatal("register: %s", qPrintable(reg.error().message));
            return reg->control;
        };
        const QString ts = item(Level::TopSecret, {}, 1, content);
        const QString nuc = item(Level::Secret, { QStringLiteral("NUC") }, 1, {});
        const QString conf = item(Level::Confidential, {}, 3, {});
        if (!r.items().show(ts).ok())
            qFatal("show");
        if (!r.items()
                 .reclassify({ nuc, Level::Confidential, QStringLiteral("MOD"), QDate(2026, 11, 1),
                     QStringLiteral("N-1"), QStringLiteral("review") })
                 .ok())
            qFatal("reclassify");
        if (!r.custody()
                 .dispatch(conf + QStringLiteral("/1"), QStringLiteral("MOD"), QStringLiteral("courier"), {})
                 .ok()
            || !r.custody().recordReceipt(conf + QStringLiteral("/1"), QStringLiteral("RC-1")).ok())
            qFatal("dispatch");
        auto destroyed = r.custody().destroy(conf + QStringLiteral("/2"), QStringLiteral("shredding"), {});
        if (!destroyed)
            qFatal("destroy: %s", qPrintable(destroyed.error().message));
        auto rep = r.custody().reproduce(conf, 1, QStringLiteral("briefing"), {}, {});
        if (!rep)
            qFatal("reproduce: %s", qPrintable(rep.error().message));
        if (!r.items()
                 .approveRelease(conf, QStringLiteral("GBR"), QStringLiteral("MOD-REL-1"), QDate(2026, 11, 2))
                 .ok())
            qFatal("release");
        // An incident, investigated and closed; an inventory that sights every copy on hand but the NUC item's (its
        // loss incident's summary is recorded as a code, R-TRU-1 compares it all the same).
        auto inc = r.custody().reportIncident(
            conf + QStringLiteral("/3"), IncidentKind::PossibleCompromise, QStringLiteral("left unattended"));
        if (!inc)
            qFatal("incident: %s", qPrintable(inc.error().message));
        if (!r.custody()
                 .updateIncident(
                     inc->id, { QDate(2026, 11, 3), QStringLiteral("no compromise"), QStringLiteral("briefing"), true })
                 .ok())
            qFatal("incident update");
        if (!r.custody().startInventory().ok())
            qFatal("inventory");
        auto onHand = coreSession(r).db->prepare(QStringLiteral("SELECT id FROM copies WHERE status = 'active'"));
        const auto ids = onHand->collect<QString>([](const Statement& row) { return row.text(0); });
        for (const QString& id : *ids)
            if (id != nuc + QStringLiteral("/1") && !r.custody().sight(id).ok())
                qFatal("sight %s", qPrintable(id));
        auto finished = r.custody().finishInventory();
        if (!finished || finished->missing != QStringList { nuc + QStringLiteral("/1") })
            qFatal("inventory finish");
        return t;
    }

    // A register begun before ledger rules 2 (its genesis names none), as an earlier build wrote it: the chain
    // rewritten, every event re-signed by the officer who signed it, with the genesis saying nothing of the rules.
    std::unique_ptr<TempRegister> makeRulesOne()
    {
        auto t = make();
        auto count = t->reg().ledger().headSeq();
        if (!count)
            qFatal("count");
        QList<Event> events;
        for (qint64 seq = 1; seq <= *count; ++seq) {
            auto e = t->reg().ledger().event(seq);
            if (!e || !*e || (**e).actor != QLatin1String("officer") || !(**e).cosigners.isEmpty())
                qFatal("event %lld is not the officer's alone", static_cast<long long>(seq));
            events.append(**e);
        }
        t->close();
        Insider officer = Insider::open(*t, QStringLiteral("officer"), kOfficerPassword);
        if (!officer.db->exec(QStringLiteral("DROP TRIGGER events_no_delete"))
            || !officer.db->exec(QStringLiteral("DELETE FROM events"))
            || !officer.db->exec(QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT "
                                                "RAISE(ABORT, 'events are append-only'); END")))
            qFatal("rewrite");
        for (const Event& e : events) {
            QJsonObject payload = e.payloadObject();
            if (e.seq == 1)
                payload.remove(QStringLiteral("ledger_rules"));
            FakeClock at;
            at.set(e.time);
            officer.append(officer.signer, e.kind, e.subject, payload, {}, at);
        }
        return t;
    }

    static void expectBad(TempRegister& t, qint64 seq, const QString& why)
    {
        auto v = t.reg().verify();
        QVERIFY(v.ok());
        QVERIFY2(!v->ok, "the forgery verified");
        QCOMPARE(v->firstBad, seq);
        QVERIFY2(v->reason.contains(why), qPrintable(v->reason));
    }
    // R-TRU-4: verification names the meta row, and logging in is refused with an integrity error saying why.
    static void expectPolicyRefused(TempRegister& t, const QString& why)
    {
        auto v = t.reg().verify();
        QVERIFY(v.ok());
        QVERIFY2(!v->ok, "the pack verified");
        QVERIFY2(v->reason.contains(QLatin1String("table meta, row policy_pack")), qPrintable(v->reason));
        for (const auto& [login, password] : { std::pair { QStringLiteral("officer"), kOfficerPassword },
                 std::pair { QStringLiteral("sato"), kUserPassword } }) {
            auto r = t.login(login, password);
            QVERIFY2(!r, "the register opened");
            QCOMPARE(r.error().code, ErrorCode::Integrity);
            QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
        }
    }
    static bool hasAdoption(Register& reg)
    {
        auto e = reg.ledger().lastOfKind(QStringLiteral("policy.adopted"));
        return !e || e->has_value();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    // Attack 1: state edits without events — his own clearance, a group membership, a container's level, a setting.
    void testR_TRU_1_stateEditsWithoutEventsFail_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("clearance") << "UPDATE users SET clearance = 3 WHERE login = 'sato'"
                                   << "table users, row sato: clearance";
        QTest::newRow("membership") << "INSERT INTO user_groups(login, grp) VALUES('sato', 'NUC')"
                                    << "table user_groups, row sato";
        QTest::newRow("re-enabled") << "UPDATE users SET active = 1, role = 'officer' WHERE login = 'sato'"
                                    << "table users, row sato: role";
        QTest::newRow("new user")
            << "INSERT INTO users(login, name, role, clearance, nationality, active, sign_pk, "
               "box_pk, created_at) VALUES('ghost', 'G', 'officer', 3, 'JPN', 1, x'00', x'00', '')"
            << "table users, row ghost";
        QTest::newRow("group") << "INSERT INTO ntk_groups(name) VALUES('SHADOW')"
                               << "ntk_groups";
        QTest::newRow("container") << "INSERT INTO containers(id, level, location) VALUES('BOX', 3, '')"
                                   << "containers";
        QTest::newRow("setting") << "INSERT INTO meta(key, value) VALUES('setting.idle_lock_minutes', '1440')"
                                 << "setting";
        QTest::newRow("debriefing invented") << "UPDATE users SET debriefed = '2026-01-05' WHERE login = 'sato'"
                                             << "table users, row sato: debriefed";
    }

    void testR_TRU_1_stateEditsWithoutEventsFail()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        auto t = make();
        QCOMPARE(verifyProblem(t->reg()), QString());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        QVERIFY2(sato.db->exec(sql).ok(), qPrintable(sql));
        auto v = t->reg().verify();
        QVERIFY(v.ok());
        QVERIFY2(!v->ok, "the edit verified");
        QVERIFY2(v->reason.contains(named), qPrintable(v->reason));
    }

    // Attack 7 and its kin: the records kept one row per event — and the items themselves — edited without events.
    void testR_TRU_1_recordEditsWithoutEventsFail_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("disclosure deleted") << "DELETE FROM disclosures"
                                            << "table disclosures, row of event";
        QTest::newRow("group taken off an item") << "DELETE FROM item_groups WHERE grp = 'NUC'"
                                                 << "groups";
        QTest::newRow("level lowered") << "UPDATE items SET level = 1 WHERE level = 3"
                                       << ": level";
        QTest::newRow("title edited") << "UPDATE items SET title = '(U) Other' WHERE level = 3"
                                      << ": title";
        QTest::newRow("nationality added") << "UPDATE items SET rel_nations = rel_nations || 'USA,' WHERE level = 3"
                                           << "rel_nations";
        QTest::newRow("content hash replaced") << "UPDATE contents SET sha = '00'"
                                               << "contents.sha";
        QTest::newRow("item invented")
            << "INSERT INTO items(control, title, level, origin, recipient, us_marking, jp_marking, rel_nations, "
               "media, registered_at, registered_by) VALUES('S-2026-999999', '(U) X', 2, 'JPN', 'JPN', 'SECRET', "
               "'極秘', ',JPN,', 'paper', '2026-11-21T09:00:00.000Z', 'officer')"
            << "no event registered it";
        QTest::newRow("dispatch channel edited") << "UPDATE dispatches SET channel = 'registered mail'"
                                                 << "table dispatches, row 1: channel";
        QTest::newRow("receipt removed") << "UPDATE dispatches SET receipt_no = '', receipt_at = NULL"
                                         << "receipt_no";
        QTest::newRow("reproduction deleted") << "DELETE FROM reproductions"
                                              << "table reproductions";
        QTest::newRow("destruction deleted") << "DROP TRIGGER destructions_no_delete; DELETE FROM destructions"
                                             << "table destructions";
        QTest::newRow("release invented")
            << "INSERT INTO item_releases(control, nationality, reference, approved_on, event_seq) "
               "SELECT control, 'CHN', 'X', '2026-11-01', 1 FROM items LIMIT 1"
            << "no item.release_approved event";
        QTest::newRow("reclassification edited") << "UPDATE reclassifications SET reference = 'N-2'"
                                                 << "reference";
        QTest::newRow("incident summary edited") << "UPDATE incidents SET summary = 'nothing happened'"
                                                 << "table incidents, row 1: summary";
        QTest::newRow("incident back-dated") << "UPDATE incidents SET reported_at = '2026-01-05T09:00:00.000Z'"
                                             << "reported_at";
        QTest::newRow("incident findings edited") << "UPDATE incidents SET findings = 'compromised'"
                                                  << "findings";
        QTest::newRow("incident reopened") << "UPDATE incidents SET status = 'open', closed_at = NULL"
                                           << "status";
        QTest::newRow("incident copy removed") << "DELETE FROM incident_copies"
                                               << "incident_copies";
        QTest::newRow("inventory result edited") << "UPDATE inventories SET missing = 'S-2026-000001/1'"
                                                 << "table inventories, row 1: missing";
        QTest::newRow("inventory sighting invented")
            << "INSERT INTO inventory_sightings(inventory_id, copy_id, at, by) VALUES(1, 'C-2026-999999/1', "
               "'2026-11-21T09:00:00.000Z', 'sato')"
            << "inventory_sightings";
        QTest::newRow("inventory deleted") << "DELETE FROM inventory_sightings; DELETE FROM inventories"
                                           << "recorded, now missing";
        // R-TRU-5: the keys are a projection of their events too.
        QTest::newRow("item key share replaced") << "UPDATE item_keys SET share = zeroblob(80) WHERE idx = 0"
                                                 << "keys (item_keys";
        QTest::newRow("sealed content key replaced") << "UPDATE contents SET sealed_key = zeroblob(72)"
                                                     << "keys (item_keys";
        QTest::newRow("compartment key dropped")
            << "DELETE FROM compartment_keys WHERE login = 'officer' AND compartment = 'level:secret'"
            << "compartment_keys";
        QTest::newRow("compartment key sealed to him")
            << "INSERT INTO compartment_keys(compartment, epoch, login, sealed) SELECT compartment, epoch, 'sato', "
               "sealed FROM compartment_keys WHERE compartment = 'level:top-secret' AND login = 'officer'"
            << "compartment_keys";
        QTest::newRow("epoch invented")
            << "INSERT INTO compartments(compartment, epoch, public_key) VALUES('level:top-secret', 9, zeroblob(32))"
            << "table compartments, row level:top-secret#9";
    }

    void testR_TRU_1_recordEditsWithoutEventsFail()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        auto t = makeRecords();
        QCOMPARE(verifyProblem(t->reg()), QString());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        for (const QString& one : sql.split(QStringLiteral("; ")))
            QVERIFY2(sato.db->exec(one).ok(), qPrintable(one));
        const QString problem = verifyProblem(t->reg());
        QVERIFY2(problem.contains(named), qPrintable(problem));
    }

    // Attack 6: the content of the Top Secret item replaced — new chunks under a new key, sealed to the officer (whose
    // public box key is in the file), and the contents row's hash rewritten to match. The officer's key opens it;
    // the plaintext is then not what the registration signed.
    void testR_TRU_1_contentSwapIsRefusedOnReadAndByVerifyContent()
    {
        auto t = makeRecords();
        auto before = t->reg().items().verifyContents();
        QVERIFY(before.ok());
        QCOMPARE(before->checked, 1);
        QVERIFY(before->bad.isEmpty());
        QVERIFY(t->reg().items().contentBytes(QStringLiteral("TS-2026-000001")).ok());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        QBuffer forged;
        forged.setData("forged orders");
        QVERIFY(forged.open(QIODevice::ReadOnly));
        const SecureBuffer key = ContentCipher::newKey();
        QList<QByteArray> chunks;
        auto enc = ContentCipher::encrypt(forged, key, [&](int, const QByteArray& c) -> Status {
            chunks << c;
            return {};
        });
        QVERIFY(enc.ok());
        QVERIFY(sato.db->exec(QStringLiteral("DELETE FROM content_chunks")).ok());
        for (int i = 0; i < chunks.size(); ++i) {
            auto ins = sato.db->prepare(QStringLiteral("INSERT INTO content_chunks(control, idx, data) VALUES(?,?,?)"));
            QVERIFY(ins.ok());
            ins->bind(1, QStringLiteral("TS-2026-000001")).bind(2, i).bind(3, chunks.at(i));
            QVERIFY(ins->run().ok());
        }
        // A whole new item key, split over the item's compartments with their public keys (in the file, R-TRU-5):
        // every holder of those compartments, the officer included, puts it together and opens the forged content.
        const SecureBuffer itemKey = itemkey::generate();
        auto pks = sato.db->prepare(QStringLiteral("SELECT c.public_key FROM item_keys k JOIN compartments c ON "
                                                   "c.compartment = k.compartment AND c.epoch = k.epoch WHERE "
                                                   "k.control = 'TS-2026-000001' ORDER BY k.idx"));
        QVERIFY(pks.ok());
        auto publicKeys = pks->collect<QByteArray>([](const Statement& row) { return row.blob(0); });
        QVERIFY(publicKeys.ok() && !publicKeys->isEmpty());
        const QList<QByteArray> shares = itemkey::split(itemKey, *publicKeys);
        for (qsizetype i = 0; i < shares.size(); ++i) {
            auto sh = sato.db->prepare(
                QStringLiteral("UPDATE item_keys SET share = ? WHERE control = 'TS-2026-000001' AND idx = ?"));
            QVERIFY(sh.ok());
            sh->bind(1, shares.at(i)).bind(2, static_cast<qint64>(i));
            QVERIFY(sh->run().ok());
        }
        auto up = sato.db->prepare(
            QStringLiteral("UPDATE contents SET header = ?, sha = ?, size = ?, chunks = ?, sealed_key = ?"));
        QVERIFY(up.ok());
        up->bind(1, enc->header)
            .bind(2, QString::fromLatin1(enc->plainHash.toHex()))
            .bind(3, enc->plainSize)
            .bind(4, enc->chunks)
            .bind(5, itemkey::seal(itemKey, key));
        QVERIFY(up->run().ok());

        t->close();
        auto officer = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(officer.ok());
        auto read = (*officer)->items().contentBytes(QStringLiteral("TS-2026-000001"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::Integrity);
        auto check = (*officer)->items().verifyContents();
        QVERIFY(check.ok());
        QCOMPARE(check->bad, QStringLiteral("TS-2026-000001"));
        QCOMPARE(check->checked, 0);
        // The rewritten contents row no longer matches the signed registration either.
        QVERIFY(verifyProblem(**officer).contains(QStringLiteral("contents.sha")));
    }

    // Attack 2: sato grants himself the group NUC with an event he signs with his own key.
    // R-TRU-5: sato mints a new Top Secret epoch sealed to himself (and the recovery key), signed with his own key,
    // so that the officer's next Top Secret item would be wrapped for him. The epoch is not sealed to exactly those
    // entitled, and verification says so at that event.
    void testR_TRU_5_aSelfSealedEpochFails()
    {
        auto t = makeRecords(); // level:top-secret has its first epoch (the Top Secret item)
        QCOMPARE(verifyProblem(t->reg()), QString());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        auto boxes = sato.db->prepare(QStringLiteral("SELECT (SELECT box_pk FROM users WHERE login = 'sato'), "
                                                     "(SELECT value FROM meta WHERE key = 'recovery_box_pk')"));
        QVERIFY(boxes.ok() && *boxes->next());
        BoxKeyPair pair = BoxKeyPair::generate();
        const QByteArray toSato = ContentCipher::sealKey(pair.secretKey, boxes->blob(0));
        const QByteArray toRecovery
            = ContentCipher::sealKey(pair.secretKey, QByteArray::fromHex(boxes->text(1).toLatin1()));
        const QJsonObject created { { QStringLiteral("compartment"), QStringLiteral("level:top-secret") },
            { QStringLiteral("epoch"), 2 }, { QStringLiteral("public_key"), hex(pair.publicKey) },
            { QStringLiteral("sealed"),
                QJsonObject { { QStringLiteral("sato"), QString::fromLatin1(toSato.toBase64()) },
                    { QStringLiteral("@recovery"), QString::fromLatin1(toRecovery.toBase64()) } } } };
        const QString sql = QStringLiteral(
            "INSERT INTO compartments(compartment, epoch, public_key) VALUES('level:top-secret', 2, X'%1'); "
            "INSERT INTO compartment_keys(compartment, epoch, login, sealed) VALUES('level:top-secret', 2, 'sato', "
            "X'%2')")
                                .arg(hex(pair.publicKey), hex(toSato));
        const qint64 seq = sato.append(QStringLiteral("compartment.keys"), QStringLiteral("register"),
            QJsonObject {
                { QStringLiteral("created"), QJsonArray { created } }, { QStringLiteral("sealed"), QJsonArray {} } },
            sql.split(QStringLiteral("; ")).first());
        expectBad(*t, seq, QStringLiteral("not sealed to exactly those entitled"));
    }

    // Issue 18 (R-PER-5): taking a copy out of its holder's charge without a hand receipt, and recording a
    // debriefing, are an officer's; the same events signed by sato fail at the event.
    void testR_PER_5_recoveryAndDebriefingByStaffFail()
    {
        {
            auto t = make();
            auto reg = t->reg().items().registerItem(testItem(QStringLiteral("(U) Item"), Level::Confidential));
            QVERIFY(reg.ok());
            QVERIFY(t->reg().people().addContainer({ QStringLiteral("BOX"), Level::Secret, {} }).ok());
            const QString copy = reg->copies.first();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const qint64 seq = sato.append(QStringLiteral("copy.recovered"), QStringLiteral("copy:") + copy,
                { { QStringLiteral("copy"), copy }, { QStringLiteral("from"), QStringLiteral("officer") },
                    { QStringLiteral("container"), QStringLiteral("BOX") },
                    { QStringLiteral("reason"), QStringLiteral("audit") } },
                QStringLiteral("UPDATE copies SET holder = NULL, container = 'BOX' WHERE id = '%1'").arg(copy));
            expectBad(*t, seq, QStringLiteral("not a security officer"));
        }
        {
            auto t = make();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const qint64 seq = sato.append(QStringLiteral("user.debriefed"), QStringLiteral("user:officer"),
                { { QStringLiteral("login"), QStringLiteral("officer") },
                    { QStringLiteral("date"), QStringLiteral("2026-01-05") } },
                QStringLiteral("UPDATE users SET debriefed = '2026-01-05' WHERE login = 'officer'"));
            expectBad(*t, seq, QStringLiteral("not a security officer"));
        }
    }

    // R-CON-2: sato (Secret) records opening a Top Secret container, or closing one nobody opened: both fail.
    void testR_CON_2_containerStepsNeedClearanceAndOrder()
    {
        auto t = make();
        QVERIFY(t->reg().people().addContainer({ QStringLiteral("VAULT"), Level::TopSecret, {} }).ok());
        QVERIFY(t->reg().people().addContainer({ QStringLiteral("CAB"), Level::Secret, {} }).ok());
        {
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const qint64 seq = sato.append(QStringLiteral("container.opened"), QStringLiteral("container:VAULT"),
                { { QStringLiteral("id"), QStringLiteral("VAULT") } });
            expectBad(*t, seq, QStringLiteral("not cleared for the container VAULT"));
        }
        auto u = make();
        QVERIFY(u->reg().people().addContainer({ QStringLiteral("CAB"), Level::Secret, {} }).ok());
        Insider sato = Insider::open(*u, QStringLiteral("sato"), kUserPassword);
        const qint64 seq = sato.append(QStringLiteral("container.closed"), QStringLiteral("container:CAB"),
            { { QStringLiteral("id"), QStringLiteral("CAB") } });
        expectBad(*u, seq, QStringLiteral("not in the state this step needs"));
    }

    // R-CON-1: sato names himself as knowing a combination; or opens a container whose combination others know.
    void testR_CON_1_combinationCustodiansAreTheOfficers()
    {
        {
            auto t = make();
            QVERIFY(t->reg().people().addContainer({ QStringLiteral("CAB"), Level::Secret, {} }).ok());
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const qint64 seq = sato.append(QStringLiteral("container.custodians_set"), QStringLiteral("container:CAB"),
                { { QStringLiteral("id"), QStringLiteral("CAB") },
                    { QStringLiteral("custodians"), QJsonArray { QStringLiteral("sato") } } });
            expectBad(*t, seq, QStringLiteral("not a security officer"));
        }
        auto t = make();
        QVERIFY(t->reg().people().addContainer({ QStringLiteral("CAB"), Level::Secret, {} }).ok());
        QVERIFY(t->reg().people().setCombinationCustodians(QStringLiteral("CAB"), { QStringLiteral("officer") }).ok());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        const qint64 seq = sato.append(QStringLiteral("container.opened"), QStringLiteral("container:CAB"),
            { { QStringLiteral("id"), QStringLiteral("CAB") } });
        expectBad(*t, seq, QStringLiteral("not recorded as knowing the combination of CAB"));
    }

    // R-CON-3: sato lifts a container's reservation with his own signature: it fails at the event.
    void testR_CON_3_reservationIsTheOfficers()
    {
        auto t = make();
        QVERIFY(t->reg().people().addContainer({ QStringLiteral("CAB"), Level::Secret, {} }).ok());
        QVERIFY(t->reg().people().reserveContainer(QStringLiteral("CAB"), { { QStringLiteral("USA") }, {}, {} }).ok());
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        const qint64 seq = sato.append(QStringLiteral("container.reserved"), QStringLiteral("container:CAB"),
            { { QStringLiteral("id"), QStringLiteral("CAB") }, { QStringLiteral("origins"), QJsonArray {} },
                { QStringLiteral("regimes"), QJsonArray {} }, { QStringLiteral("groups"), QJsonArray {} } });
        expectBad(*t, seq, QStringLiteral("not a security officer"));
    }

    void testR_TRU_2_selfSignedGroupGrantFails()
    {
        auto t = make();
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        const qint64 seq = sato.append(QStringLiteral("user.group_granted"), QStringLiteral("user:sato"),
            { { QStringLiteral("login"), QStringLiteral("sato") }, { QStringLiteral("group"), QStringLiteral("NUC") } },
            QStringLiteral("INSERT INTO user_groups(login, grp) VALUES('sato','NUC')"));
        expectBad(*t, seq, QStringLiteral("not a security officer"));
    }

    // Attack 3: a key reset for @recovery (then anything "signed by the officer") signed by sato's key; and a new
    // officer account minted with a self-signed user.added.
    void testR_TRU_2_keysComeOnlyFromAuthorisedEvents()
    {
        {
            auto t = make();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Signer fake = Signer::generate(QStringLiteral("@recovery"));
            const qint64 seq = sato.append(QStringLiteral("user.keys_reset"), QStringLiteral("user:@recovery"),
                { { QStringLiteral("login"), QStringLiteral("@recovery") },
                    { QStringLiteral("sign_pk"), hex(fake.publicKey()) },
                    { QStringLiteral("box_pk"), hex(QByteArray(32, '\x02')) } });
            expectBad(*t, seq, QStringLiteral("names no user"));
        }
        {
            auto t = make();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Signer mallory = Signer::generate(QStringLiteral("mallory"));
            const qint64 seq = sato.append(mallory, QStringLiteral("user.added"), QStringLiteral("user:mallory"),
                { { QStringLiteral("login"), QStringLiteral("mallory") },
                    { QStringLiteral("role"), QStringLiteral("officer") },
                    { QStringLiteral("clearance"), QStringLiteral("top-secret") },
                    { QStringLiteral("sign_pk"), hex(mallory.publicKey()) },
                    { QStringLiteral("box_pk"), hex(QByteArray(32, '\x02')) } });
            expectBad(*t, seq, QStringLiteral("not an active user"));
        }
        {
            // ... or signed by sato, who is no officer.
            auto t = make();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Signer mallory = Signer::generate(QStringLiteral("mallory"));
            const qint64 seq = sato.append(QStringLiteral("user.added"), QStringLiteral("user:mallory"),
                { { QStringLiteral("login"), QStringLiteral("mallory") },
                    { QStringLiteral("role"), QStringLiteral("officer") },
                    { QStringLiteral("clearance"), QStringLiteral("top-secret") },
                    { QStringLiteral("sign_pk"), hex(mallory.publicKey()) },
                    { QStringLiteral("box_pk"), hex(QByteArray(32, '\x02')) } });
            expectBad(*t, seq, QStringLiteral("not a security officer"));
        }
    }

    // Attack 9's first case: a second register.created in mid-chain, self-signed, naming a new officer and recovery
    // key.
    void testR_TRU_2_onlyTheFirstEventCreatesTheRegister()
    {
        auto t = make();
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        const Signer mallory = Signer::generate(QStringLiteral("mallory"));
        const QJsonObject keys { { QStringLiteral("login"), QStringLiteral("mallory") },
            { QStringLiteral("sign_pk"), hex(mallory.publicKey()) },
            { QStringLiteral("box_pk"), hex(QByteArray(32, '\x02')) } };
        QJsonObject recovery = keys;
        recovery.insert(QStringLiteral("login"), QStringLiteral("@recovery"));
        const qint64 seq = sato.append(mallory, QStringLiteral("register.created"), QStringLiteral("register"),
            { { QStringLiteral("officer"), keys }, { QStringLiteral("recovery"), recovery } });
        expectBad(*t, seq, QStringLiteral("only the first event"));
    }

    // Attack 4 (deletion): sato drops the trigger and deletes the last events (his own failed attempts). The chain
    // that is left verifies on its own; the officer's seal, or the auditor's last bundle, kept outside the register,
    // proves events are missing. Rewriting them instead of deleting is caught the same way.
    void testR_TRU_3_deletedOrRewrittenEventsFailAgainstASealOrBundle_data()
    {
        QTest::addColumn<bool>("bundle");
        QTest::addColumn<bool>("rewrite");
        QTest::newRow("seal, deleted") << false << false;
        QTest::newRow("seal, rewritten") << false << true;
        QTest::newRow("bundle, deleted") << true << false;
        QTest::newRow("bundle, rewritten") << true << true;
    }

    void testR_TRU_3_deletedOrRewrittenEventsFailAgainstASealOrBundle()
    {
        QFETCH(bool, bundle);
        QFETCH(bool, rewrite);
        auto t = make();
        t->addUser(QStringLiteral("kimura"), Role::Custodian, Level::TopSecret);
        QByteArray anchor;
        qint64 head = 0; // kimura's user.added (a seal is followed by its checkpoint)
        if (bundle) {
            auto b = buildBundle(t->reg(), {});
            QVERIFY(b.ok());
            anchor = *b->bytes();
            head = b->lastSeq;
        } else {
            auto seal = t->reg().seal();
            QVERIFY(seal.ok());
            anchor = seal->toJson();
            head = seal->seq;
        }
        QCOMPARE(verifyProblem(t->reg()), QString());
        auto fine = t->reg().verifySince(anchor);
        QVERIFY(fine.ok() && fine->ok);
        t->addUser(QStringLiteral("suzuki"), Role::Staff, Level::Confidential);
        auto later = t->reg().verifySince(anchor); // more events since: still fine
        QVERIFY(later.ok() && later->ok);

        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        QVERIFY(sato.db->exec(QStringLiteral("DROP TRIGGER events_no_delete")).ok());
        QVERIFY(sato.db->exec(QStringLiteral("DELETE FROM events WHERE seq >= %1").arg(head)).ok());
        QVERIFY(sato.db->exec(QStringLiteral("DELETE FROM users WHERE login IN ('kimura', 'suzuki')")).ok());
        if (rewrite) // and puts an event of his own where the last sealed one was
            sato.append(QStringLiteral("access.denied"), QStringLiteral("register"),
                { { QStringLiteral("action"), QStringLiteral("audit.verify") } });
        // The shortened trail verifies on its own ...
        QCOMPARE(verifyProblem(t->reg()), QString());
        // ... but not against what was sealed or exported.
        auto v = t->reg().verifySince(anchor);
        QVERIFY(v.ok());
        QVERIFY2(!v->ok, "the cut-back trail verified against the seal");
        QCOMPARE(v->firstBad, head);
        QVERIFY2(v->reason.contains(rewrite ? QStringLiteral("is not the one") : QStringLiteral("were removed")),
            qPrintable(v->reason));
    }

    // The seal itself: altered, or of another register, it is refused as a file, and nothing is claimed.
    void testR_TRU_3_aSealThatIsNotValidIsRefused()
    {
        auto t = make();
        auto seal = t->reg().seal();
        QVERIFY(seal.ok());
        QCOMPARE(seal->signer, QStringLiteral("officer"));
        QByteArray json = seal->toJson();
        QVERIFY(Seal::parse(json).ok());
        Seal moved = *seal;
        moved.seq -= 1; // claims less than was sealed, keeping the signature
        auto bad = t->reg().verifySince(moved.toJson());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Integrity);
        TempRegister other;
        auto foreign = other.reg().verifySince(json);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, ErrorCode::Integrity);
        QCOMPARE(t->reg().verifySince("{not json").error().code, ErrorCode::Integrity);
        // Staff may not seal (the figures are the whole trail's, R-ACC-3).
        auto staff = t->login(QStringLiteral("sato"));
        QVERIFY(staff.ok());
        QCOMPARE((*staff)->seal().error().code, ErrorCode::Denied);
    }

    // Attack 4 (back-dating): an event dated months before the one it follows.
    void testR_TRU_3_eventTimesNeverGoBackwards()
    {
        auto t = make();
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        FakeClock past;
        past.set(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const qint64 seq = sato.append(sato.signer, QStringLiteral("access.denied"), QStringLiteral("register"),
            { { QStringLiteral("action"), QStringLiteral("item.show") } }, {}, past);
        expectBad(*t, seq, QStringLiteral("earlier than the event before"));
    }

    // R-TRU-3: checkpoints — at every seal, and at the first login of an officer, custodian or auditor after a day
    // without one — each vouching for the event right before it.
    void testR_TRU_3_checkpointsAtSealsAndDailyLogins()
    {
        FakeClock clock;
        TempRegister t(clock);
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        t.addUser(QStringLiteral("ito"), Role::Auditor, Level::TopSecret);
        const auto checkpoints = [&](Register& reg) {
            qint64 n = 0;
            (void)reg.ledger().forEach({}, [&](const Event& e) {
                if (e.kind == QLatin1String("checkpoint.signed")) {
                    ++n;
                    auto before = reg.ledger().event(e.seq - 1);
                    const QJsonObject p = e.payloadObject();
                    if (!before || !*before || p.value(QStringLiteral("seq")).toInteger() != e.seq - 1
                        || p.value(QStringLiteral("hash")).toString() != hex((*before)->hash))
                        n = -1000;
                }
                return true;
            });
            return n;
        };
        QCOMPARE(checkpoints(t.reg()), 0);
        auto seal = t.reg().seal();
        QVERIFY(seal.ok());
        QCOMPARE(checkpoints(t.reg()), 1);
        auto last = t.reg().ledger().lastOfKind(QStringLiteral("checkpoint.signed"));
        QCOMPARE((*last)->payloadObject().value(QStringLiteral("seq")).toInteger(), seal->seq);
        // The same day: logins add none. A day later: staff logins add none, the auditor's first login one.
        clock.advance(3600);
        QVERIFY(t.login(QStringLiteral("ito")).ok());
        clock.advance(25 * 3600);
        QVERIFY(t.login(QStringLiteral("sato")).ok());
        QCOMPARE(checkpoints(t.reg()), 1);
        auto auditor = t.login(QStringLiteral("ito"));
        QVERIFY(auditor.ok());
        QCOMPARE(checkpoints(**auditor), 2);
        QCOMPARE(
            (*auditor)->ledger().lastOfKind(QStringLiteral("checkpoint.signed"))->value().actor, QStringLiteral("ito"));
        QVERIFY(t.login(QStringLiteral("officer"), kOfficerPassword).ok());
        QCOMPARE(checkpoints(**auditor), 2);
        QCOMPARE(verifyProblem(**auditor), QString());
    }

    // R-TRU-3: a checkpoint signed by staff, or naming another event than the one before it, fails.
    void testR_TRU_3_forgedCheckpointsFail()
    {
        {
            auto t = make();
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            auto head = t->reg().ledger().event(*t->reg().ledger().headSeq());
            const qint64 seq = sato.append(QStringLiteral("checkpoint.signed"), QStringLiteral("register"),
                { { QStringLiteral("seq"), (*head)->seq }, { QStringLiteral("hash"), hex((*head)->hash) } });
            expectBad(*t, seq, QStringLiteral("not an officer, custodian or auditor"));
        }
        {
            auto t = make();
            Insider officer = Insider::open(*t, QStringLiteral("officer"), kOfficerPassword);
            auto first = t->reg().ledger().event(1);
            const qint64 seq = officer.append(QStringLiteral("checkpoint.signed"), QStringLiteral("register"),
                { { QStringLiteral("seq"), 1 }, { QStringLiteral("hash"), hex((*first)->hash) } });
            expectBad(*t, seq, QStringLiteral("does not name the event right before it"));
        }
    }

    // Attack 8: the recovery code is not a login; and the recovery key signs nothing but a user's new keys.
    void testR_TRU_6_recoveryIsNeverALoginNorAnActor()
    {
        auto t = make();
        auto asRecovery = Register::open(t->path(), QStringLiteral("@recovery"), t->recoveryCode().toUtf8());
        QVERIFY(!asRecovery);
        QCOMPARE(asRecovery.error().code, ErrorCode::Auth);
        // With the code in hand an insider can still sign with the recovery key: it proves nothing but a reset.
        auto ring = KeyRing::load(t->keysPath());
        QVERIFY(ring);
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        auto recoverySecrets = ring->open(KeyRing::recoveryLogin(), normaliseRecoveryCode(t->recoveryCode()));
        QVERIFY2(recoverySecrets, recoverySecrets ? "" : qPrintable(recoverySecrets.error().message));
        const Signer recovery(KeyRing::recoveryLogin(), std::move(recoverySecrets->signSecret));
        const qint64 seq = sato.append(recovery, QStringLiteral("group.added"), QStringLiteral("group:X"),
            { { QStringLiteral("name"), QStringLiteral("X") } },
            QStringLiteral("INSERT INTO ntk_groups(name) VALUES('X')"));
        expectBad(*t, seq, QStringLiteral("recovery key signs nothing"));
    }

    // R-TRU-6, break-glass: the recovery code alone resets nobody's keys; an officer other than the user is present
    // and signs with their own password. Refused requests change nothing.
    void testR_TRU_6_recoveryCodeAloneResetsNobody()
    {
        auto t = make();
        t->addUser(QStringLiteral("kimura"), Role::Officer, Level::TopSecret);
        const QString code = t->recoveryCode();
        const QByteArray fresh = "fresh-password-1-Kx9";
        const auto refused = [&](const QString& login, const QString& officer, const QByteArray& password) {
            return Register::recoverAccess(t->path(), code, login, fresh, officer, password).error().code;
        };
        QCOMPARE(refused(QStringLiteral("sato"), {}, {}), ErrorCode::Denied); // nobody present
        QCOMPARE(refused(QStringLiteral("sato"), QStringLiteral("sato"), kUserPassword), ErrorCode::Denied);
        QCOMPARE(refused(QStringLiteral("sato"), QStringLiteral("officer"), "wrong-password"), ErrorCode::Auth);
        QCOMPARE(refused(QStringLiteral("officer"), {}, {}), ErrorCode::Denied); // kimura, another officer, could sign
        t->addUser(QStringLiteral("suzuki"), Role::Staff, Level::Secret);
        QCOMPARE(refused(QStringLiteral("suzuki"), QStringLiteral("sato"), kUserPassword), ErrorCode::Denied); // staff
        QVERIFY(t->login(QStringLiteral("sato")).ok()); // his old password still opens it
        // No reset was recorded (the officer's wrong password was, as a failed login).
        auto noReset = t->reg().ledger().lastOfKind(QStringLiteral("user.keys_reset"));
        QVERIFY(noReset.ok() && !noReset->has_value());
        // With kimura present it goes through, signed by kimura and co-signed by the recovery key.
        QVERIFY(Register::recoverAccess(
            t->path(), code, QStringLiteral("officer"), fresh, QStringLiteral("kimura"), kUserPassword)
                    .ok());
        auto reset = t->reg().ledger().lastOfKind(QStringLiteral("user.keys_reset"));
        QVERIFY(reset.ok() && reset->has_value());
        QCOMPARE((*reset)->actor, QStringLiteral("kimura"));
        QCOMPARE((*reset)->cosigners, QStringList { QStringLiteral("@recovery") });
        QCOMPARE(verifyProblem(t->reg()), QString());
        QVERIFY(t->login(QStringLiteral("officer"), fresh).ok());
    }

    // R-TRU-6 in the ledger: a reset needs both the recovery key's co-signature and an officer's signature; an
    // officer resets their own keys only when no other officer could sign.
    void testR_TRU_6_resetsNeedTheRecoveryKeyAndAnOfficer()
    {
        {
            // The officer alone, without the code.
            auto t = make();
            Insider officer = Insider::open(*t, QStringLiteral("officer"), kOfficerPassword);
            const Reset r(QStringLiteral("sato"));
            const qint64 seq
                = officer.append(QStringLiteral("user.keys_reset"), QStringLiteral("user:sato"), r.payload, r.sql);
            expectBad(*t, seq, QStringLiteral("needs the recovery key and an officer"));
        }
        {
            // sato, with the code, resetting his own keys: no officer signs.
            auto t = make();
            const Signer recovery = recoverySigner(*t);
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Reset r(QStringLiteral("sato"));
            const qint64 seq = sato.append(r.sign, QStringLiteral("user.keys_reset"), QStringLiteral("user:sato"),
                r.payload, r.sql, Clock::system(), { &recovery });
            expectBad(*t, seq, QStringLiteral("needs the recovery key and an officer"));
        }
        {
            // The officer's own reset, signed with the new key, while kimura, another officer, could have signed.
            auto t = make();
            t->addUser(QStringLiteral("kimura"), Role::Officer, Level::TopSecret);
            const Signer recovery = recoverySigner(*t);
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Reset r(QStringLiteral("officer"));
            const qint64 seq = sato.append(r.sign, QStringLiteral("user.keys_reset"), QStringLiteral("user:officer"),
                r.payload, r.sql, Clock::system(), { &recovery });
            expectBad(*t, seq, QStringLiteral("another officer, could sign"));
        }
        {
            // The form before ledger rules 2, a reset signed by the recovery key alone, on a current register.
            auto t = make();
            const Signer recovery = recoverySigner(*t);
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Reset r(QStringLiteral("sato"));
            const qint64 seq = sato.append(
                recovery, QStringLiteral("user.keys_reset"), QStringLiteral("user:sato"), r.payload, r.sql);
            expectBad(*t, seq, QStringLiteral("recovery key signs nothing"));
        }
    }

    // A register begun under ledger rules 1 keeps its old resets (signed by the recovery key alone) valid; the first
    // officer login records register.migrated, and from then on that form is refused.
    void testR_TRU_6_olderRegisterMovesToTheCurrentRules()
    {
        auto t = makeRulesOne();
        const Signer recovery = recoverySigner(*t);
        {
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            const Reset r(QStringLiteral("sato"));
            sato.append(recovery, QStringLiteral("user.keys_reset"), QStringLiteral("user:sato"), r.payload, r.sql);
        }
        auto staff = t->login(QStringLiteral("sato"), kUserPassword);
        QVERIFY(!staff); // his slot holds the keys the reset replaced
        auto officer = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY2(officer, officer ? "" : qPrintable(officer.error().message));
        auto migrated = (*officer)->ledger().lastOfKind(QStringLiteral("register.migrated"));
        QVERIFY(migrated.ok() && migrated->has_value());
        QCOMPARE((*migrated)->actor, QStringLiteral("officer"));
        QCOMPARE((*migrated)->payloadObject().value(QStringLiteral("from_rules")).toInt(), 1);
        QCOMPARE(
            (*migrated)->payloadObject().value(QStringLiteral("ledger_rules")).toInt(), LedgerState::kCurrentRules);
        QCOMPARE(verifyProblem(**officer), QString()); // the old reset stands
        const qint64 seq = [&] {
            Insider holder = Insider::open(*t, QStringLiteral("officer"), kOfficerPassword);
            const Reset r(QStringLiteral("sato"));
            return holder.append(
                recovery, QStringLiteral("user.keys_reset"), QStringLiteral("user:sato"), r.payload, r.sql);
        }();
        auto v = (*officer)->verify();
        QVERIFY(v.ok());
        QVERIFY2(!v->ok, "the old form verified after the migration");
        QCOMPARE(v->firstBad, seq);
        QVERIFY2(v->reason.contains(QLatin1String("recovery key signs nothing")), qPrintable(v->reason));
    }

    // Attack 5 (R-TRU-4): sato writes his own pack, without the Top Secret witness, into meta.policy_pack.
    void testR_TRU_4_packWrittenWithoutAnEventIsRefused()
    {
        auto t = make();
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        sato.setMeta(QStringLiteral("policy_pack"), QString::fromUtf8(packWithoutTopSecretWitness()));
        expectPolicyRefused(*t, QStringLiteral("not adopted by a signed event"));
    }

    // R-TRU-4: the officer's adoption is a signed event with the pack's hash, and the pack is in force from then on,
    // at every login; the record verifies.
    void testR_TRU_4_adoptedPackIsInForce()
    {
        auto t = make();
        const QString copy = t->reg().items().registerItem(testItem(QStringLiteral("Plan"), Level::TopSecret))->control
            + QStringLiteral("/1");
        QCOMPARE(t->reg().custody().destroy(copy, QStringLiteral("shredding"), {}).error().code, ErrorCode::Denied);
        const QByteArray pack = packWithoutTopSecretWitness();
        auto adopted = t->reg().adoptPolicy(pack);
        QVERIFY2(adopted, adopted ? "" : qPrintable(adopted.error().message));
        QCOMPARE(adopted->sha, PolicyPack::hashOf(pack));
        QCOMPARE(adopted->sha.size(), 64);
        auto e = t->reg().ledger().event(adopted->seq);
        QVERIFY(e && e->has_value());
        QCOMPARE((*e)->kind, QStringLiteral("policy.adopted"));
        QCOMPARE((*e)->actor, QStringLiteral("officer"));
        QCOMPARE((*e)->payloadObject(),
            (QJsonObject { { QStringLiteral("sha"), adopted->sha },
                { QStringLiteral("id"), QStringLiteral("facility") },
                { QStringLiteral("version"), QStringLiteral("2027.1") } }));
        QCOMPARE(t->reg().policy().id(), QStringLiteral("facility")); // in force in this session already
        t->close();
        auto reg = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY2(reg, reg ? "" : qPrintable(reg.error().message));
        t->ptr() = std::move(reg).value();
        QCOMPARE(t->reg().policy().id(), QStringLiteral("facility"));
        QVERIFY(!t->reg().policy().rules(Level::TopSecret).witnessRequired);
        QVERIFY(t->reg().custody().destroy(copy, QStringLiteral("shredding"), {}).ok());
        auto inForce = t->reg().policyInForce();
        QVERIFY(inForce);
        QVERIFY(!inForce->builtin);
        QCOMPARE(inForce->seq, adopted->seq);
        QCOMPARE(inForce->sha, adopted->sha);
        auto v = t->reg().verify();
        QVERIFY2(v && v->ok, v ? qPrintable(v->reason) : "");
        // A staff user is told the pack, not the event's number (R-ACC-3).
        auto sato = t->login(QStringLiteral("sato"));
        QVERIFY(sato);
        QCOMPARE((*sato)->policyInForce()->seq, qint64(0));
        QCOMPARE((*sato)->policyInForce()->id, QStringLiteral("facility"));
    }

    // R-TRU-4: only an officer adopts a pack; the denial is recorded and nothing else changes.
    void testR_TRU_4_onlyAnOfficerAdoptsAPack()
    {
        auto t = make();
        auto sato = t->login(QStringLiteral("sato"));
        QVERIFY(sato);
        const qint64 head = t->reg().ledger().headSeq().value();
        auto r = (*sato)->adoptPolicy(packWithoutTopSecretWitness());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Denied);
        QCOMPARE(t->reg().ledger().headSeq().value(), head + 1);
        QCOMPARE(t->reg().ledger().event(head + 1)->value().kind, QStringLiteral("access.denied"));
        QVERIFY(!hasAdoption(t->reg()));
        QVERIFY((*sato)->policyInForce()->builtin);
        t->close();
        auto reg = t->login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(reg);
        QCOMPARE((*reg)->policy().id(), PolicyPack::builtin().id());
        QVERIFY((*reg)->verify()->ok);
    }

    // R-TRU-4: a pack that is not JSON or not a valid pack is refused with the field named, and nothing changes.
    void testR_TRU_4_badPackChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("pack");
        QTest::addColumn<QString>("named");
        QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "Policy pack: JSON";
        QByteArray noId = packWithoutTopSecretWitness();
        noId.replace("\"id\":\"facility\"", "\"id\":\"\"");
        QTest::newRow("no id") << noId << "Policy pack: id";
        QTest::newRow("not UTF-8") << QByteArray("{\"id\": \"\xff\"}") << "UTF-8";
    }

    void testR_TRU_4_badPackChangesNothing()
    {
        QFETCH(QByteArray, pack);
        QFETCH(QString, named);
        auto t = make();
        const qint64 head = t->reg().ledger().headSeq().value();
        auto r = t->reg().adoptPolicy(pack);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY2(r.error().message.contains(named), qPrintable(r.error().message));
        QCOMPARE(t->reg().ledger().headSeq().value(), head);
        QVERIFY(t->reg().policyInForce()->builtin);
        QVERIFY(t->login(QStringLiteral("sato")).ok());
        QVERIFY(t->reg().verify()->ok);
    }

    // R-TRU-4: after a genuine adoption, sato replaces the pack, or removes it, or puts back an older one.
    void testR_TRU_4_packReplacedAfterAdoptionIsRefused()
    {
        const QByteArray first = packWithoutTopSecretWitness(QStringLiteral("first"));
        const QByteArray second = packWithoutTopSecretWitness(QStringLiteral("second"));
        {
            auto t = make();
            QVERIFY(t->reg().adoptPolicy(second).ok());
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            sato.setMeta(QStringLiteral("policy_pack"), QString::fromUtf8(packWithoutTopSecretWitness()));
            expectPolicyRefused(*t, QStringLiteral("not adopted by a signed event"));
        }
        {
            auto t = make();
            QVERIFY(t->reg().adoptPolicy(first).ok());
            QVERIFY(t->reg().adoptPolicy(second).ok());
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            sato.setMeta(QStringLiteral("policy_pack"), QString::fromUtf8(first)); // adopted once, not the last
            expectPolicyRefused(*t, QStringLiteral("not adopted by a signed event"));
        }
        {
            auto t = make();
            QVERIFY(t->reg().adoptPolicy(second).ok());
            Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
            sato.setMeta(QStringLiteral("policy_pack"), QString());
            expectPolicyRefused(*t, QStringLiteral("has been removed"));
        }
    }

    // R-TRU-4 with R-TRU-2: an adoption sato signs himself matches the pack he wrote, so a login opens it; the
    // verifier's replay refuses it, as he is no officer.
    void testR_TRU_4_selfSignedAdoptionFails()
    {
        auto t = make();
        Insider sato = Insider::open(*t, QStringLiteral("sato"), kUserPassword);
        const QByteArray pack = packWithoutTopSecretWitness();
        sato.setMeta(QStringLiteral("policy_pack"), QString::fromUtf8(pack));
        const qint64 seq = sato.append(QStringLiteral("policy.adopted"), QStringLiteral("register"),
            { { QStringLiteral("sha"), PolicyPack::hashOf(pack) }, { QStringLiteral("id"), QStringLiteral("facility") },
                { QStringLiteral("version"), QStringLiteral("2027.1") } });
        expectBad(*t, seq, QStringLiteral("not a security officer"));
    }

    // The genuine record still verifies: the rules accept what the program writes.
    void genuineLedgerVerifies()
    {
        auto t = make();
        QVERIFY(t->reg().people().grantGroup(QStringLiteral("sato"), QStringLiteral("NUC")).ok());
        QVERIFY(t->reg().setIdleLockMinutes(5).ok());
        QVERIFY(t->reg().adoptPolicy(packWithoutTopSecretWitness()).ok());
        QVERIFY(Register::recoverAccess(t->path(), t->recoveryCode(), QStringLiteral("sato"), "fresh-password-1-Kx9",
            QStringLiteral("officer"), kOfficerPassword)
                    .ok());
        // The only officer recovers their own access: signed with the new key, co-signed by the recovery key.
        QVERIFY(Register::recoverAccess(
            t->path(), t->recoveryCode(), QStringLiteral("officer"), "fresh-password-2-Kx9", {}, {})
                    .ok());
        auto v = t->reg().verify();
        QVERIFY2(v->ok, qPrintable(v->reason));
    }
};

QTEST_GUILESS_MAIN(TestInsider)
#include "TestInsider.moc"
