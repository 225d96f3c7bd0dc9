// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ContentCipher.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sodium.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::ContentCipher)
};

Error damaged()
{
    return makeError(ErrorCode::Integrity, Tr::tr("The stored document content is damaged or was altered."));
}
} // namespace

SecureBuffer ContentCipher::newKey()
{
    SecureBuffer k(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(k.data());
    return k;
}

Result<ContentCipher::Encrypted> ContentCipher::encrypt(
    QIODevice& in, const SecureBuffer& key, const std::function<Status(int, const QByteArray&)>& sink)
{
    Encrypted out;
    crypto_secretstream_xchacha20poly1305_state state;
    out.header.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char*>(out.header.data()), key.data());
    crypto_generichash_state hs;
    crypto_generichash_init(&hs, nullptr, 0, 32);
    SecureBuffer plain(static_cast<size_t>(kChunkSize));
    QByteArray cipher(kChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    // Read one chunk ahead so that the last chunk carries the FINAL tag (truncation is detected).
    qint64 got = in.read(reinterpret_cast<char*>(plain.data()), kChunkSize);
    if (got < 0)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the document: %1").arg(in.errorString()));
    SecureBuffer nextBuf(static_cast<size_t>(kChunkSize));
    for (;;) {
        qint64 nextGot = 0;
        if (got == kChunkSize) {
            nextGot = in.read(reinterpret_cast<char*>(nextBuf.data()), kChunkSize);
            if (nextGot < 0)
                return makeError(ErrorCode::Io, Tr::tr("Cannot read the document: %1").arg(in.errorString()));
        }
        const bool last = nextGot == 0;
        crypto_generichash_update(&hs, plain.data(), static_cast<unsigned long long>(got));
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), &clen,
            plain.data(), static_cast<unsigned long long>(got), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        KANRIBO_TRY(sink(out.chunks, cipher.left(static_cast<qsizetype>(clen))));
        out.plainSize += got;
        ++out.chunks;
        if (last)
            break;
        std::swap(plain, nextBuf);
        got = nextGot;
    }
    out.plainHash.resize(32);
    crypto_generichash_final(&hs, reinterpret_cast<unsigned char*>(out.plainHash.data()), 32);
    sodium_memzero(&state, sizeof state);
    return out;
}

Status ContentCipher::decrypt(const QByteArray& header, const SecureBuffer& key,
    const std::function<Result<std::optional<QByteArray>>()>& source,
    const std::function<Status(const unsigned char*, size_t)>& sink, const QByteArray& expectedPlainHash)
{
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES || key.size() != 32)
        return damaged();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header.constData()), key.data())
        != 0)
        return damaged();
    SecureBuffer plain(static_cast<size_t>(kChunkSize));
    crypto_generichash_state hs;
    crypto_generichash_init(&hs, nullptr, 0, 32);
    bool finished = false;
    for (;;) {
        auto next = source();
        if (!next)
            return next.error();
        if (!next->has_value())
            break;
        const QByteArray& c = **next;
        if (finished || c.size() < crypto_secretstream_xchacha20poly1305_ABYTES
            || c.size() > kChunkSize + crypto_secretstream_xchacha20poly1305_ABYTES)
            return damaged();
        unsigned long long plen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plen, &tag,
                reinterpret_cast<const unsigned char*>(c.constData()), static_cast<unsigned long long>(c.size()),
                nullptr, 0)
            != 0)
            return damaged();
        crypto_generichash_update(&hs, plain.data(), plen);
        KANRIBO_TRY(sink(plain.data(), static_cast<size_t>(plen)));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            finished = true;
    }
    sodium_memzero(&state, sizeof state);
    if (!finished)
        return damaged();
    QByteArray hash(32, Qt::Uninitialized);
    crypto_generichash_final(&hs, reinterpret_cast<unsigned char*>(hash.data()), 32);
    if (!expectedPlainHash.isEmpty() && hash != expectedPlainHash)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The stored document content is not the content registered: its hash differs from the one the "
                   "ledger recorded. It was replaced."));
    return {};
}

QByteArray ContentCipher::sealKey(const SecureBuffer& key, const QByteArray& recipientBoxPublicKey)
{
    if (recipientBoxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(static_cast<qsizetype>(key.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(recipientBoxPublicKey.constData()));
    return sealed;
}

Result<SecureBuffer> ContentCipher::openSealed(
    const QByteArray& sealed, const QByteArray& boxPublicKey, const SecureBuffer& boxSecretKey)
{
    if (sealed.size() <= crypto_box_SEALBYTES || boxPublicKey.size() != crypto_box_PUBLICKEYBYTES
        || boxSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return damaged();
    SecureBuffer plain(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()),
            reinterpret_cast<const unsigned char*>(boxPublicKey.constData()), boxSecretKey.data())
        != 0)
        return damaged();
    return plain;
}

Result<SecureBuffer> ContentCipher::openSealedKey(
    const QByteArray& sealed, const QByteArray& boxPublicKey, const SecureBuffer& boxSecretKey)
{
    if (sealed.size() != 32 + crypto_box_SEALBYTES)
        return damaged();
    return openSealed(sealed, boxPublicKey, boxSecretKey);
}

} // namespace kanribo
