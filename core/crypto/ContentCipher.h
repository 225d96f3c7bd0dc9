// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

#include <functional>
#include <optional>

class QIODevice;

namespace kanribo
{

// Document content encryption (docs/formats.md §4): crypto_secretstream_xchacha20poly1305 in fixed-size chunks, so
// memory stays bounded whatever the file size; the content key is sealed (crypto_box_seal) to each authorised reader.
class ContentCipher
{
public:
    static constexpr qint64 kChunkSize = 64 * 1024;

    static SecureBuffer newKey();

    struct Encrypted {
        QByteArray header;
        qint64 plainSize = 0;
        int chunks = 0;
        QByteArray plainHash; // BLAKE2b-256 of the plaintext, for the ledger
    };
    // Reads `in` to its end, handing each encrypted chunk (index from 0) to sink.
    static Result<Encrypted> encrypt(
        QIODevice& in, const SecureBuffer& key, const std::function<Status(int index, const QByteArray& chunk)>& sink);

    // source returns the next encrypted chunk, or nullopt at the end; sink receives plaintext pieces.
    // Integrity error for any altered, reordered, missing or truncated chunk.
    // With expectedPlainHash (BLAKE2b-256, as Encrypted::plainHash), the plaintext must also hash to it: content
    // re-encrypted under a new key still decrypts, but is then refused as altered (R-TRU-1).
    static Status decrypt(const QByteArray& header, const SecureBuffer& key,
        const std::function<Result<std::optional<QByteArray>>()>& source,
        const std::function<Status(const unsigned char* data, size_t size)>& sink,
        const QByteArray& expectedPlainHash = {});

    static QByteArray sealKey(const SecureBuffer& key, const QByteArray& recipientBoxPublicKey);
    // Any sealed secret (not only a 32-byte key), opened into secure memory.
    static Result<SecureBuffer> openSealed(
        const QByteArray& sealed, const QByteArray& boxPublicKey, const SecureBuffer& boxSecretKey);
    static Result<SecureBuffer> openSealedKey(
        const QByteArray& sealed, const QByteArray& boxPublicKey, const SecureBuffer& boxSecretKey);
};

} // namespace kanribo
