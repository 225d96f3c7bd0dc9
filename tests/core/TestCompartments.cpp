// SPDX-License-Identifier: GPL-3.0-or-later
// R-TRU-5 (issue 16, ADR 0005): what a user may not see, they cannot decrypt. Each test looks at the register as the
// user holding the file would — his own key slot opened with his own password, the SQLCipher file read directly —
// and asks which item keys he can put together from the compartment keys sealed to him.
#include "TestSupport.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "crypto/KeyRing.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace kanribo;
using namespace kanribo::test;

namespace
{

// Everything a user can open with the key ring file at `keysPath` and his password: the compartment secrets sealed to
// his box key, by "compartment#epoch".
struct Holdings {
    std::unique_ptr<Database> db;
    std::map<QString, SecureBuffer> secrets;

    static Holdings of(const TempRegister& t, const QString& login, const QString& keysPath = {})
    {
        auto ring = KeyRing::load(keysPath.isEmpty() ? t.keysPath() : keysPath);
        if (!ring)
            qFatal("key ring");
        auto slot = ring->open(login, kUserPassword);
        if (!slot)
            qFatal("slot: %s", qPrintable(slot.error().message));
        Holdings h;
        auto db = Database::open(t.path(), &slot->registerKey, false);
        if (!db)
            qFatal("raw open");
        h.db = std::move(db).value();
        const QByteArray boxPk = boxPublicKeyOf(slot->boxSecret);
        auto st = h.db->prepare(QStringLiteral("SELECT compartment, epoch, sealed FROM compartment_keys"));
        if (!st)
            qFatal("prepare");
        while (st->next().value()) {
            // Every row, not only his own: whatever opens with his box key is his.
            auto secret = ContentCipher::openSealedKey(st->blob(2), boxPk, slot->boxSecret);
            if (secret)
                h.secrets.insert_or_assign(
                    st->text(0) + QLatin1Char('#') + QString::number(st->integer(1)), std::move(secret).value());
        }
        return h;
    }

    // Whether the item's content key comes out of what he holds.
    bool opens(const QString& control) const
    {
        auto st = db->prepare(QStringLiteral(
            "SELECT k.compartment, k.epoch, k.share, c.public_key FROM item_keys k JOIN compartments c "
            "ON c.compartment = k.compartment AND c.epoch = k.epoch WHERE k.control = ? ORDER BY k.idx"));
        if (!st)
            qFatal("prepare");
        st->bind(1, control);
        QList<QByteArray> shares, pks;
        QList<const SecureBuffer*> keys;
        while (st->next().value()) {
            const auto it = secrets.find(st->text(0) + QLatin1Char('#') + QString::number(st->integer(1)));
            if (it == secrets.end())
                return false;
            shares << st->blob(2);
            pks << st->blob(3);
            keys << &it->second;
        }
        if (shares.isEmpty())
            qFatal("%s has no item key", qPrintable(control));
        auto key = itemkey::join(shares, pks, keys);
        if (!key)
            return false;
        auto sk = db->prepare(QStringLiteral("SELECT sealed_key FROM contents WHERE control = ?"));
        sk->bind(1, control);
        if (!sk->next().value())
            return true; // no content: the item key itself is what he would need
        return itemkey::open(*key, sk->blob(0)).ok();
    }
};

QString registerWithContent(TempRegister& t, Level level, const QStringList& groups = {})
{
    QTemporaryDir dir;
    NewItem ni = testItem(QStringLiteral("(U) Compartment test"), level);
    ni.groups = groups;
    ni.contentPath = dir.filePath(QStringLiteral("doc.txt"));
    writeFile(ni.contentPath, QByteArrayLiteral("the content"));
    auto r = t.reg().items().registerItem(ni);
    if (!r)
        qFatal("register: %s", qPrintable(r.error().message));
    return r->control;
}

} // namespace

class TestCompartments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    // A Secret-cleared user with the file and his own password opens Secret content, never Top Secret content.
    void testR_TRU_5_aUserDecryptsNothingAboveTheirClearance()
    {
        TempRegister t;
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        const QString secret = registerWithContent(t, Level::Secret);
        const QString topSecret = registerWithContent(t, Level::TopSecret);
        const Holdings sato = Holdings::of(t, QStringLiteral("sato"));
        QVERIFY(sato.opens(secret));
        QVERIFY(!sato.opens(topSecret));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // An item in a group needs its level's key and the group's: cleared for the level is not enough.
    void testR_TRU_5_aGroupItemNeedsEveryOneOfItsCompartments()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("NUC"), {}).ok());
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("officer"), QStringLiteral("NUC")).ok());
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        t.addUser(
            QStringLiteral("kato"), Role::Staff, Level::Confidential, QStringLiteral("JPN"), { QStringLiteral("NUC") });
        const QString nuc = registerWithContent(t, Level::Secret, { QStringLiteral("NUC") });
        QVERIFY(!Holdings::of(t, QStringLiteral("sato")).opens(nuc)); // the level, not the group
        QVERIFY(!Holdings::of(t, QStringLiteral("kato")).opens(nuc)); // the group, not the level
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("sato"), QStringLiteral("NUC")).ok());
        QVERIFY(Holdings::of(t, QStringLiteral("sato")).opens(nuc)); // at once: the officer, a member, sealed it
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // Revoked from a group, then disabled: with an old copy of the key ring he still opens what he could open before,
    // and nothing registered afterwards.
    void testR_TRU_5_revokedOrDisabledHoldsNothingNew()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("NUC"), {}).ok());
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("officer"), QStringLiteral("NUC")).ok());
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("NUC") });
        const QString before = registerWithContent(t, Level::Secret, { QStringLiteral("NUC") });
        const QString oldRing = t.keysPath() + QStringLiteral(".old");
        QVERIFY(QFile::copy(t.keysPath(), oldRing));
        QVERIFY(Holdings::of(t, QStringLiteral("sato")).opens(before));

        QVERIFY(t.reg().people().revokeGroup(QStringLiteral("sato"), QStringLiteral("NUC")).ok());
        const QString afterRevoke = registerWithContent(t, Level::Secret, { QStringLiteral("NUC") });
        const QString secretAfterRevoke = registerWithContent(t, Level::Secret);
        {
            const Holdings sato = Holdings::of(t, QStringLiteral("sato"), oldRing);
            QVERIFY(sato.opens(before)); // readable before: `item rekey` is for that (not yet built)
            QVERIFY(!sato.opens(afterRevoke));
            QVERIFY(sato.opens(secretAfterRevoke)); // still cleared for Secret
        }
        QVERIFY(t.reg().people().disableUser(QStringLiteral("sato")).ok());
        const QString afterDisable = registerWithContent(t, Level::Secret);
        const Holdings sato = Holdings::of(t, QStringLiteral("sato"), oldRing);
        QVERIFY(!sato.opens(afterDisable));
        QVERIFY(!sato.opens(afterRevoke));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // A clearance that runs out: the next sync (here the officer's next login) starts a new epoch without him.
    void testR_TRU_5_anExpiredClearanceHoldsNothingNew()
    {
        FakeClock clock;
        TempRegister t(clock);
        NewUser nu;
        nu.login = QStringLiteral("sato");
        nu.name = QStringLiteral("Sato");
        nu.clearance = Level::Secret;
        nu.nationality = QStringLiteral("JPN");
        nu.briefed = clock.nowUtc().date();
        nu.clearanceExpires = clock.nowUtc().date().addDays(1);
        QVERIFY(t.reg().people().addUser(nu, kUserPassword).ok());
        const QString before = registerWithContent(t, Level::Secret);
        QVERIFY(Holdings::of(t, QStringLiteral("sato")).opens(before));
        clock.advance(3 * 24 * 3600);
        t.close();
        auto officer = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(officer.ok());
        t.ptr() = std::move(officer).value();
        const QString after = registerWithContent(t, Level::Secret);
        QVERIFY(!Holdings::of(t, QStringLiteral("sato")).opens(after));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // `item rekey`: once the officer has re-encrypted it, the keys he kept open it no more; those entitled still do.
    void testR_TRU_5_rekeyTakesAwayWhatWasReadableBefore()
    {
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(QStringLiteral("NUC"), {}).ok());
        QVERIFY(t.reg().people().grantGroup(QStringLiteral("officer"), QStringLiteral("NUC")).ok());
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("NUC") });
        t.addUser(QStringLiteral("kato"), Role::Staff, Level::Secret, QStringLiteral("JPN"), { QStringLiteral("NUC") });
        const QString item = registerWithContent(t, Level::Secret, { QStringLiteral("NUC") });
        const QString oldRing = t.keysPath() + QStringLiteral(".old");
        QVERIFY(QFile::copy(t.keysPath(), oldRing));
        QVERIFY(t.reg().people().revokeGroup(QStringLiteral("sato"), QStringLiteral("NUC")).ok());
        QVERIFY(Holdings::of(t, QStringLiteral("sato"), oldRing).opens(item));

        auto kato = t.login(QStringLiteral("kato"));
        QVERIFY(kato.ok());
        QCOMPARE((*kato)->items().rekey(item).error().code, ErrorCode::Denied); // officers only
        QVERIFY(t.reg().items().rekey(item).ok());
        QVERIFY(!Holdings::of(t, QStringLiteral("sato"), oldRing).opens(item));
        QVERIFY(Holdings::of(t, QStringLiteral("kato")).opens(item));
        auto bytes = (*kato)->items().contentBytes(item);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size())),
            QByteArrayLiteral("the content"));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // An upgrade splits the item key again over the new level: a Secret-cleared user's keys no longer put it
    // together (he could have kept the item key itself if he opened it before: `item rekey` is for that).
    void testR_TRU_5_anUpgradeTakesTheItemOutOfTheLowerLevel()
    {
        TempRegister t;
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        const QString item = registerWithContent(t, Level::Secret);
        QVERIFY(Holdings::of(t, QStringLiteral("sato")).opens(item));
        ReclassifyRequest rq;
        rq.control = item;
        rq.newLevel = Level::TopSecret;
        rq.noticeBy = QStringLiteral("USN PACFLT N2");
        rq.noticeDate = QDate(2026, 11, 30);
        rq.reference = QStringLiteral("N-1");
        auto rc = t.reg().items().reclassify(rq);
        QVERIFY2(rc.ok(), rc.ok() ? "" : qPrintable(rc.error().message));
        QVERIFY(!Holdings::of(t, QStringLiteral("sato")).opens(item));
        auto bytes = t.reg().items().contentBytes(item); // the officer, Top Secret, still opens it
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
        QCOMPARE(verifyProblem(t.reg()), QString());
    }

    // Break-glass: the recovery gives the user new keys, and the escrow seals the compartment keys again to them.
    void testR_TRU_5_recoveryRestoresTheCompartmentKeys()
    {
        TempRegister t;
        t.addUser(QStringLiteral("sato"), Role::Staff, Level::Secret);
        t.addUser(QStringLiteral("hayashi"), Role::Officer, Level::TopSecret);
        const QString item = registerWithContent(t, Level::Secret);
        t.close();
        QVERIFY(Register::recoverAccess(
            t.path(), t.recoveryCode(), QStringLiteral("sato"), kUserPassword, QStringLiteral("hayashi"), kUserPassword)
                    .ok());
        QVERIFY(Holdings::of(t, QStringLiteral("sato")).opens(item));
        auto officer = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(officer.ok());
        QCOMPARE(verifyProblem(**officer), QString());
    }
};

QTEST_GUILESS_MAIN(TestCompartments)
#include "TestCompartments.moc"
