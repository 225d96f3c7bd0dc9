// SPDX-License-Identifier: GPL-3.0-or-later
// Tamper and damage (issue 8, docs/reliability.md): bytes flipped, zeroed or cut at hundreds of seeded random
// positions of the register file, the key ring and an export bundle. Never a crash, never wrong data: the open fails
// with an integrity or authentication error, or verify() reports the damage, or (damage nothing reads, such as the
// key ring's failure counter) everything read back is exactly what was written.
#include "TestSupport.h"

#include "report/ExportBundle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{

enum class Damage { Flip, Zero, ZeroPage, Truncate };

struct Mutation {
    Damage kind = Damage::Flip;
    qsizetype pos = 0;
    qsizetype len = 1;
    QString describe() const
    {
        static const char* names[] = { "flip", "zero", "zero-page", "truncate" };
        return QStringLiteral("%1 at %2 (len %3)").arg(QLatin1String(names[static_cast<int>(kind)])).arg(pos).arg(len);
    }
};

Mutation randomMutation(QRandomGenerator& rng, qsizetype size, bool pages)
{
    Mutation m;
    const int r = static_cast<int>(rng.bounded(pages ? 10 : 9));
    m.kind = r < 5 ? Damage::Flip : r < 7 ? Damage::Zero : r < 9 ? Damage::Truncate : Damage::ZeroPage;
    // One in five lands in the first 1 KiB: headers, salts, format names.
    m.pos = rng.bounded(5) == 0 ? static_cast<qsizetype>(rng.bounded(static_cast<quint32>(qMin<qsizetype>(size, 1024))))
                                : static_cast<qsizetype>(rng.bounded(static_cast<quint32>(size)));
    if (m.kind == Damage::Zero)
        m.len = 1 + rng.bounded(16);
    if (m.kind == Damage::ZeroPage) {
        m.pos = (m.pos / 4096) * 4096;
        m.len = 4096;
    }
    if (m.kind == Damage::Flip)
        m.len = 1 << rng.bounded(8); // the bit to flip
    return m;
}

QByteArray apply(QByteArray bytes, const Mutation& m)
{
    switch (m.kind) {
    case Damage::Flip:
        bytes[m.pos] = static_cast<char>(bytes.at(m.pos) ^ static_cast<char>(m.len));
        break;
    case Damage::Zero:
    case Damage::ZeroPage:
        for (qsizetype i = m.pos; i < qMin(bytes.size(), m.pos + m.len); ++i)
            bytes[i] = 0;
        break;
    case Damage::Truncate:
        bytes.truncate(m.pos);
        break;
    }
    return bytes;
}

// Everything a reader sees: the ledger, the people, the items and one item's decrypted content. An error is a
// detection, not wrong data.
Result<QByteArray> fingerprint(Register& reg)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    KANRIBO_TRY(reg.ledger().forEach({}, [&](const Event& e) {
        h.addData(QByteArray::number(e.seq));
        h.addData(e.hash);
        h.addData(e.payload);
        h.addData(e.signature);
        return true;
    }));
    auto users = reg.people().users();
    if (!users)
        return users.error();
    for (const auto& u : *users)
        h.addData((u.login + u.name + QString::number(static_cast<int>(u.clearance))).toUtf8());
    auto items = reg.items().list({});
    if (!items)
        return items.error();
    for (const auto& it : *items) {
        h.addData((it.control + it.title).toUtf8());
        if (it.hasContent) {
            auto content = reg.items().contentBytes(it.control);
            if (!content)
                return content.error();
            h.addData(QByteArrayView(
                reinterpret_cast<const char*>(content->data()), static_cast<qsizetype>(content->size())));
        }
    }
    return h.result();
}

void removeSidecars(const QString& path)
{
    for (const char* s : { "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(s));
    QFile::remove(Register::keyRingPathFor(path) + QStringLiteral(".lock"));
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_t;
    QByteArray m_register;
    QByteArray m_keys;
    QByteArray m_baseline;
    QByteArray m_bundle;
    QMap<QString, int> m_outcomes;

    // Opens the (possibly damaged) register; returns "detected" outcomes or fails the test on wrong data.
    QString openAndCheck(const QString& what)
    {
        removeSidecars(m_t->path());
        auto reg = Register::open(m_t->path(), QStringLiteral("officer"), kOfficerPassword, m_clock);
        if (!reg) {
            const ErrorCode c = reg.error().code;
            if (c == ErrorCode::Integrity)
                return QStringLiteral("open: integrity error");
            if (c == ErrorCode::Auth)
                return QStringLiteral("open: authentication error");
            return QStringLiteral("UNEXPECTED open error %1: %2 (%3)")
                .arg(static_cast<int>(c))
                .arg(reg.error().message, what);
        }
        auto report = (*reg)->verify();
        if (!report)
            return report.error().code == ErrorCode::Integrity ? QStringLiteral("verify: integrity error")
                                                               : QStringLiteral("UNEXPECTED verify error %1: %2 (%3)")
                                                                     .arg(static_cast<int>(report.error().code))
                                                                     .arg(report.error().message, what);
        if (!report->ok)
            return QStringLiteral("verify: damage reported");
        auto fp = fingerprint(**reg);
        if (!fp)
            return fp.error().code == ErrorCode::Integrity ? QStringLiteral("read: integrity error")
                                                           : QStringLiteral("UNEXPECTED read error %1: %2 (%3)")
                                                                 .arg(static_cast<int>(fp.error().code))
                                                                 .arg(fp.error().message, what);
        if (*fp != m_baseline)
            return QStringLiteral("UNEXPECTED wrong data after %1").arg(what);
        return QStringLiteral("harmless: opened, verified, data identical");
    }

    void restore()
    {
        removeSidecars(m_t->path());
        writeFile(m_t->path(), m_register);
        writeFile(m_t->keysPath(), m_keys);
    }

    void tally(const QString& area, const QString& outcome)
    {
        QVERIFY2(!outcome.startsWith(QLatin1String("UNEXPECTED")), qPrintable(area + QStringLiteral(": ") + outcome));
        m_outcomes[area + QStringLiteral(" / ") + outcome] += 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = std::make_unique<TempRegister>(m_clock);
        m_t->addUser(QStringLiteral("alice"), Role::Staff, Level::Secret);
        const QString content = m_t->path() + QStringLiteral(".content.txt");
        writeFile(content, QByteArray("TAMPER-CONTENT ").repeated(2000));
        for (int i = 0; i < 6; ++i) {
            NewItem ni;
            ni.title = QStringLiteral("(U) Tamper test item %1").arg(i);
            ni.level = i % 2 ? Level::Secret : Level::Confidential;
            ni.origin = QStringLiteral("USA");
            ni.copies = 2;
            ni.authority = { QStringLiteral("USN"), QStringLiteral("OPNAVINST 5513.1"), QStringLiteral("2036-12-31") };
            ni.receipt = { QStringLiteral("US Embassy Tokyo"), QStringLiteral("RCPT-%1").arg(i),
                QStringLiteral("courier"), QDate(2026, 11, 20), true };
            if (i == 0) {
                ni.contentPath = content;
                ni.contentMime = QStringLiteral("text/plain");
            }
            auto r = m_t->reg().items().registerItem(ni);
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            m_clock.advance(3600);
        }
        auto bundle = buildBundle(m_t->reg(), {});
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
        m_bundle = bundle->bytes().value();
        auto fp = fingerprint(m_t->reg());
        QVERIFY(fp);
        m_t->close(); // the last connection checkpoints the WAL into the file
        removeSidecars(m_t->path());
        m_register = readFile(m_t->path());
        m_keys = readFile(m_t->keysPath());
        QVERIFY(m_register.size() > 8192);
        // The fingerprint of the pristine files, read the same way as every damaged copy.
        auto reg = Register::open(m_t->path(), QStringLiteral("officer"), kOfficerPassword, m_clock);
        QVERIFY(reg);
        auto fp2 = fingerprint(**reg);
        QVERIFY(fp2);
        m_baseline = *fp2;
        reg->reset();
        restore();
        QCOMPARE(openAndCheck(QStringLiteral("nothing")), QStringLiteral("harmless: opened, verified, data identical"));
        restore();
    }

    void registerFileDamage()
    {
        const int n = envInt("KANRIBO_TAMPER_COUNT", 300);
        QRandomGenerator rng(envInt("KANRIBO_TAMPER_SEED", 8001));
        for (int i = 0; i < n; ++i) {
            const Mutation m = randomMutation(rng, m_register.size(), true);
            restore();
            writeFile(m_t->path(), apply(m_register, m));
            tally(QStringLiteral("register"), openAndCheck(QStringLiteral("register ") + m.describe()));
        }
        restore();
    }

    void keyRingDamage()
    {
        const int n = envInt("KANRIBO_TAMPER_COUNT", 300);
        QRandomGenerator rng(envInt("KANRIBO_TAMPER_SEED", 8001) + 1);
        for (int i = 0; i < n; ++i) {
            const Mutation m = randomMutation(rng, m_keys.size(), false);
            const QByteArray damaged = apply(m_keys, m);
            restore();
            writeFile(m_t->keysPath(), damaged);
            // The parser alone never crashes either.
            (void)KeyRing::parse(damaged);
            tally(QStringLiteral("key ring"), openAndCheck(QStringLiteral("key ring ") + m.describe()));
        }
        restore();
    }

    // R-INV-2: any change to an export bundle fails the offline verification.
    void exportBundleDamage()
    {
        const int n = envInt("KANRIBO_TAMPER_COUNT", 300);
        QRandomGenerator rng(envInt("KANRIBO_TAMPER_SEED", 8001) + 2);
        QVERIFY(verifyBundle(m_bundle).ok);
        int changed = 0;
        for (int i = 0; i < n; ++i) {
            const Mutation m = randomMutation(rng, m_bundle.size(), false);
            const QByteArray damaged = apply(m_bundle, m);
            if (damaged == m_bundle)
                continue; // zeroing bytes that were zero already
            ++changed;
            const BundleCheck c = verifyBundle(damaged);
            QVERIFY2(!c.ok, qPrintable(QStringLiteral("bundle ") + m.describe() + QStringLiteral(" verifies")));
            QVERIFY(!c.reason.isEmpty());
        }
        m_outcomes[QStringLiteral("export bundle / verification fails")] += changed;
    }

    // Fuzzing finding (FuzzKeyRing): a KDF limit beyond quint64 ("mem": 8e92) was converted from double with
    // undefined behaviour; now it is a corrupt key ring.
    void keyRingHugeKdfLimits_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("mem 8e92") << QByteArray("\"mem\": ") << QByteArray("8e92");
        QTest::newRow("ops 1e300") << QByteArray("\"ops\": ") << QByteArray("1e300");
        QTest::newRow("mem -5") << QByteArray("\"mem\": ") << QByteArray("-5");
    }

    void keyRingHugeKdfLimits()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, value);
        QByteArray keys = m_keys;
        const qsizetype at = keys.indexOf(field);
        QVERIFY(at > 0);
        const qsizetype end = keys.indexOf(',', at);
        keys.replace(at + field.size(), end - at - field.size(), value);
        auto ring = KeyRing::parse(keys);
        QVERIFY(!ring);
        QCOMPARE(ring.error().code, ErrorCode::Integrity);
    }

    // Fuzzing finding (FuzzExportBundle): an event whose strings are not valid UTF-8 decoded (to U+FFFD) and
    // re-encoded differently, so a bundle had two byte forms that verify alike. The decoder accepts one form only.
    void nonCanonicalEventRejected()
    {
        restore();
        auto reg = Register::open(m_t->path(), QStringLiteral("officer"), kOfficerPassword, m_clock);
        QVERIFY(reg);
        auto e = (*reg)->ledger().event(2);
        QVERIFY(e && e->has_value());
        const QByteArray canonical = (*e)->canonical();
        QVERIFY(Event::decodeCanonical(canonical));
        QByteArray bad = canonical;
        const qsizetype at = bad.indexOf("officer");
        QVERIFY(at > 0);
        bad[at] = '\xff';
        QVERIFY(!Event::decodeCanonical(bad));
        const QByteArray crash = readFile(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/fuzz/corpus/FuzzExportBundle/regression-noncanonical-utf8.bin"));
        QVERIFY(!crash.isEmpty());
        QVERIFY(!Bundle::parse(crash));
        QVERIFY(!verifyBundle(crash).ok);
    }

    void cleanupTestCase()
    {
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            qInfo("tamper: %s: %d", qUtf8Printable(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "TestTamper.moc"
