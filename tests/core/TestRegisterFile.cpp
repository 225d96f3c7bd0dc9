// SPDX-License-Identifier: GPL-3.0-or-later
// The register file and its key ring: slots, wrong passwords, tampering, lockout, recovery (issue 2).
#include "TestSupport.h"
#include "service/CoreSession.h"

#include "crypto/KeyRing.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace kanribo;
using namespace kanribo::test;

class TestRegisterFile : public QObject
{
    Q_OBJECT

private:
    static QByteArray digest(const QString& path)
    {
        return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void createsBothFilesAndOpensWithPassword()
    {
        TempRegister t;
        QVERIFY(QFile::exists(t.path()));
        QVERIFY(QFile::exists(t.keysPath()));
        QCOMPARE(t.reg().me().login, QStringLiteral("officer"));
        QCOMPARE(t.reg().me().role, Role::Officer);
        t.close();
        auto again = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE((*again)->facility(), QStringLiteral("Test Facility"));
    }

    void slotRoundTripHoldsRegisterAndUserKeys()
    {
        KeyRing ring(QByteArray(16, 'r'));
        SlotSecrets s { SecureBuffer::random(32), SecureBuffer::random(64), SecureBuffer::random(32) };
        QVERIFY(
            ring.setSlot(QStringLiteral("alice"), "secret-pw-Kx9", s, KdfParams::forProfile(KdfProfile::Fast)).ok());
        auto reparsed = KeyRing::parse(ring.serialize());
        QVERIFY(reparsed.ok());
        auto opened = reparsed->open(QStringLiteral("alice"), "secret-pw-Kx9");
        QVERIFY(opened.ok());
        QVERIFY(opened->registerKey.equals(s.registerKey));
        QVERIFY(opened->signSecret.equals(s.signSecret));
        QVERIFY(opened->boxSecret.equals(s.boxSecret));
        QCOMPARE(reparsed->open(QStringLiteral("alice"), "wrong-pw").error().code, ErrorCode::Auth);
    }

    void slotIsBoundToLoginAndRegister()
    {
        // The associated data (register id + login) stops a slot from being moved to another login or register.
        KeyRing ring(QByteArray(16, 'r'));
        SlotSecrets s { SecureBuffer::random(32), SecureBuffer::random(64), SecureBuffer::random(32) };
        QVERIFY(
            ring.setSlot(QStringLiteral("alice"), "pw-alice-1-Kx9", s, KdfParams::forProfile(KdfProfile::Fast)).ok());
        QByteArray bytes = ring.serialize();
        bytes.replace("\"alice\"", "\"bob\"");
        auto moved = KeyRing::parse(bytes);
        QVERIFY(moved.ok());
        QCOMPARE(moved->open(QStringLiteral("bob"), "pw-alice-1-Kx9").error().code, ErrorCode::Auth);
        QByteArray other = ring.serialize();
        other.replace(QByteArray(16, 'r').toBase64(), QByteArray(16, 's').toBase64());
        auto foreign = KeyRing::parse(other);
        QVERIFY(foreign.ok());
        QCOMPARE(foreign->open(QStringLiteral("alice"), "pw-alice-1-Kx9").error().code, ErrorCode::Auth);
    }

    void wrongPasswordIsRejectedAndRegisterUnchanged()
    {
        TempRegister t;
        t.close();
        const QByteArray before = digest(t.path());
        auto r = t.login(QStringLiteral("officer"), "not-the-password");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QCOMPARE(digest(t.path()), before);
        auto unknown = t.login(QStringLiteral("nobody"), "whatever-pass-Kx9");
        QCOMPARE(unknown.error().code, ErrorCode::Auth);
        QCOMPARE(digest(t.path()), before);
    }

    void tamperedKeyRingIsRejectedWithoutChangingTheRegister()
    {
        TempRegister t;
        t.close();
        const QByteArray before = digest(t.path());
        QByteArray ring = readFile(t.keysPath());
        // Flip one character inside the officer's wrapped slot.
        const qsizetype at = ring.indexOf("\"box\": \"") + 12;
        ring[at] = ring[at] == 'A' ? 'B' : 'A';
        writeFile(t.keysPath(), ring);
        auto r = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QCOMPARE(digest(t.path()), before);

        writeFile(t.keysPath(), "{not json");
        auto garbled = t.login(QStringLiteral("officer"), kOfficerPassword);
        QCOMPARE(garbled.error().code, ErrorCode::Integrity);
        QCOMPARE(digest(t.path()), before);
    }

    void missingKeyRingAndMissingRegister()
    {
        TempRegister t;
        t.close();
        QFile::rename(t.keysPath(), t.keysPath() + QStringLiteral(".away"));
        auto r = t.login(QStringLiteral("officer"), kOfficerPassword);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("key ring")));
        auto none = Register::open(t.path() + QStringLiteral(".nope"), QStringLiteral("officer"), kOfficerPassword);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }

    void newerKeyRingVersionIsRefused()
    {
        TempRegister t;
        t.close();
        QByteArray ring = readFile(t.keysPath());
        ring.replace("\"version\": 1", "\"version\": 99");
        writeFile(t.keysPath(), ring);
        auto r = t.login(QStringLiteral("officer"), kOfficerPassword);
        QCOMPARE(r.error().code, ErrorCode::Integrity);
        QVERIFY(r.error().message.contains(QStringLiteral("newer")));
    }

    void newerSchemaVersionIsRefused()
    {
        TempRegister t;
        QVERIFY(coreSession(t.reg()).db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        t.close();
        auto r = t.login(QStringLiteral("officer"), kOfficerPassword);
        QCOMPARE(r.error().code, ErrorCode::Integrity);
        QVERIFY(r.error().message.contains(QStringLiteral("newer")));
    }

    void foreignOrTruncatedFileIsAnIntegrityError()
    {
        TempRegister t;
        t.close();
        const QByteArray whole = readFile(t.path());
        writeFile(t.path(), QByteArray("SQLite format 3\0 this is not a register", 40));
        QCOMPARE(t.login(QStringLiteral("officer"), kOfficerPassword).error().code, ErrorCode::Integrity);
        writeFile(t.path(), whole.left(5000));
        auto truncated = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, ErrorCode::Integrity);
    }

    void databaseHoldsNoPlaintext()
    {
        const QString marker = QStringLiteral("ZEBRA-MARKER-7731");
        TempRegister t;
        QVERIFY(t.reg().people().addGroup(marker, marker + QStringLiteral(" description")).ok());
        t.close();
        for (const auto& suffix : { QString(), QStringLiteral("-wal") }) {
            const QByteArray bytes = readFile(t.path() + suffix);
            QVERIFY(!bytes.contains(marker.toUtf8()));
            QVERIFY(!bytes.contains("officer"));
            QVERIFY(!bytes.contains("SQLite format 3"));
        }
        QVERIFY(!readFile(t.keysPath()).contains(marker.toUtf8()));
    }

    void lockoutAfterFiveFailuresAndRelease()
    {
        FakeClock clock;
        TempRegister t(clock);
        t.close();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(t.login(QStringLiteral("officer"), "bad-password").error().code, ErrorCode::Auth);
        auto fifth = t.login(QStringLiteral("officer"), "bad-password");
        QCOMPARE(fifth.error().code, ErrorCode::Auth);
        QCOMPARE(fifth.error().retryAfterSeconds, 15 * 60);
        // Locked: even the right password is refused, with the remaining time.
        clock.advance(60);
        auto locked = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, ErrorCode::Auth);
        QCOMPARE(locked.error().retryAfterSeconds, 14 * 60);
        QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
        clock.advance(14 * 60 + 1);
        auto released = t.login(QStringLiteral("officer"), kOfficerPassword);
        QVERIFY(released.ok());
        // The failures went into the ledger at this successful open.
        auto log = (*released)->auditLog({});
        QVERIFY(log.ok());
        int recorded = 0;
        for (const auto& e : *log)
            if (e.kind == QLatin1String("auth.failed_logins"))
                recorded += static_cast<int>(e.payloadObject().value(QStringLiteral("failures")).toArray().size());
        QCOMPARE(recorded, 5);
        QVERIFY(KeyRing::load(t.keysPath())->pendingFailures().isEmpty());
    }

    void lockoutIsConfigurable()
    {
        FakeClock clock;
        RegisterOptions o;
        o.maxFailures = 2;
        o.lockSeconds = 60;
        TempRegister t(clock, o);
        t.close();
        (void)t.login(QStringLiteral("officer"), "bad-password");
        auto second = t.login(QStringLiteral("officer"), "bad-password");
        QCOMPARE(second.error().retryAfterSeconds, 60);
        QVERIFY(!t.login(QStringLiteral("officer"), kOfficerPassword).ok());
        clock.advance(61);
        QVERIFY(t.login(QStringLiteral("officer"), kOfficerPassword).ok());
    }

    void recoveryCodeResetsAPassword()
    {
        TempRegister t;
        const QString code = t.recoveryCode();
        QCOMPARE(code.size(), 29);
        t.close();
        QCOMPARE(Register::recoverAccess(
                     t.path(), QStringLiteral("AAAA-BBBB"), QStringLiteral("officer"), "new-password-9-Kx9", {}, {})
                     .error()
                     .code,
            ErrorCode::Auth);
        // R-TRU-6: the only officer recovers without a second officer, signing with the new key.
        QVERIFY(
            Register::recoverAccess(t.path(), code.toLower(), QStringLiteral("officer"), "new-password-9-Kx9", {}, {})
                .ok());
        QCOMPARE(t.login(QStringLiteral("officer"), kOfficerPassword).error().code, ErrorCode::Auth);
        auto r = t.login(QStringLiteral("officer"), "new-password-9-Kx9");
        QVERIFY(r.ok());
        auto v = (*r)->verify();
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->reason));
    }

    void lockWipesKeysAndUnlockRestores()
    {
        TempRegister t;
        Register& reg = t.reg();
        const unsigned char* keyBytes = coreSession(reg).registerKey.data();
        QVERIFY(keyBytes != nullptr);
        reg.lock();
        QVERIFY(reg.isLocked());
        QVERIFY(coreSession(reg).registerKey.isWiped());
        QVERIFY(coreSession(reg).boxSecret.isWiped());
        QVERIFY(coreSession(reg).signer.secretKey().isWiped());
        QCOMPARE(reg.people().addGroup(QStringLiteral("g1"), {}).error().code, ErrorCode::Auth);
        QCOMPARE(reg.unlock("bad-password").error().code, ErrorCode::Auth);
        QVERIFY(reg.unlock(kOfficerPassword).ok());
        QVERIFY(reg.people().addGroup(QStringLiteral("g1"), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestRegisterFile)
#include "TestRegisterFile.moc"
