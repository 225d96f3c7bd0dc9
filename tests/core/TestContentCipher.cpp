// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted document content: chunked secretstream, sealed keys, tamper detection.
#include "TestSupport.h"

#include "crypto/ContentCipher.h"
#include "crypto/Signer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace kanribo;

class TestContentCipher : public QObject
{
    Q_OBJECT

private:
    struct Stored {
        QByteArray header;
        QList<QByteArray> chunks;
    };

    static Stored encrypt(const QByteArray& plain, const SecureBuffer& key)
    {
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        Stored s;
        auto r = ContentCipher::encrypt(in, key, [&](int idx, const QByteArray& c) -> Status {
            if (idx != s.chunks.size())
                return makeError(ErrorCode::Io, QStringLiteral("order"));
            s.chunks << c;
            return {};
        });
        if (!r)
            qFatal("encrypt failed");
        s.header = r->header;
        return s;
    }

    static Result<QByteArray> decrypt(const Stored& s, const SecureBuffer& key)
    {
        int i = 0;
        QByteArray out;
        const Status st = ContentCipher::decrypt(
            s.header, key,
            [&]() -> Result<std::optional<QByteArray>> {
                if (i >= s.chunks.size())
                    return std::optional<QByteArray>();
                return std::optional<QByteArray>(s.chunks.at(i++));
            },
            [&](const unsigned char* d, size_t n) -> Status {
                out.append(reinterpret_cast<const char*>(d), static_cast<qsizetype>(n));
                return {};
            });
        if (!st)
            return st.error();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(cryptoInit()); }

    void roundTripsAcrossChunkBoundaries_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 100;
        QTest::newRow("one chunk exactly") << int(ContentCipher::kChunkSize);
        QTest::newRow("several chunks") << int(ContentCipher::kChunkSize * 3 + 17);
    }

    void roundTripsAcrossChunkBoundaries()
    {
        QFETCH(int, size);
        QByteArray plain(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plain[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
        const SecureBuffer key = ContentCipher::newKey();
        const Stored s = encrypt(plain, key);
        auto back = decrypt(s, key);
        QVERIFY(back.ok());
        QCOMPARE(*back, plain);
        // Ciphertext never holds the plaintext.
        if (size >= 100)
            QVERIFY(!s.chunks.first().contains(plain.left(32)));
    }

    void tamperingIsDetected()
    {
        const QByteArray plain(ContentCipher::kChunkSize * 2 + 5, 'x');
        const SecureBuffer key = ContentCipher::newKey();
        const Stored good = encrypt(plain, key);
        QCOMPARE(good.chunks.size(), 3);
        Stored flipped = good;
        flipped.chunks[1][10] = static_cast<char>(flipped.chunks[1][10] ^ 1);
        QCOMPARE(decrypt(flipped, key).error().code, ErrorCode::Integrity);
        Stored reordered = good;
        reordered.chunks.swapItemsAt(0, 1);
        QCOMPARE(decrypt(reordered, key).error().code, ErrorCode::Integrity);
        Stored truncated = good;
        truncated.chunks.removeLast();
        QCOMPARE(decrypt(truncated, key).error().code, ErrorCode::Integrity);
        QCOMPARE(decrypt(good, ContentCipher::newKey()).error().code, ErrorCode::Integrity);
    }

    void sealedKeyOpensOnlyForItsRecipient()
    {
        const SecureBuffer key = ContentCipher::newKey();
        BoxKeyPair alice = BoxKeyPair::generate();
        BoxKeyPair bob = BoxKeyPair::generate();
        const QByteArray sealed = ContentCipher::sealKey(key, alice.publicKey);
        auto opened = ContentCipher::openSealedKey(sealed, alice.publicKey, alice.secretKey);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(key));
        QCOMPARE(ContentCipher::openSealedKey(sealed, bob.publicKey, bob.secretKey).error().code, ErrorCode::Integrity);
    }
};

QTEST_GUILESS_MAIN(TestContentCipher)
#include "TestContentCipher.moc"
