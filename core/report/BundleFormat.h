// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/report, not installed: the parts of the export bundle's binary format (docs/formats.md) that
// ExportBundle.cpp (the format), BundleVerify.cpp (the offline check) and BundleBuild.cpp (a bundle from a register)
// share — the hashes fed as the bytes pass, the encoder and decoder, and the encoding and decoding of the body's parts.
#pragma once

#include "Result.h"
#include "ledger/Event.h"
#include "report/ExportBundle.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QtEndian>

#include <sodium.h>

#include <limits>

namespace kanribo::bundle
{

// BLAKE2b-512 of the body (what the exporter signs) and BLAKE2b-256 of the whole file (the digest), fed as the
// bytes are written or read.
class BundleHashes
{
public:
    BundleHashes() { crypto_generichash_init(&m_body, nullptr, 0, 64); }
    void add(const char* p, qsizetype n)
    {
        if (m_inBody)
            crypto_generichash_update(
                &m_body, reinterpret_cast<const unsigned char*>(p), static_cast<unsigned long long>(n));
        m_file.add(p, n);
    }
    // The body ends before the signature field.
    QByteArray endBody()
    {
        QByteArray h(64, Qt::Uninitialized);
        crypto_generichash_final(&m_body, reinterpret_cast<unsigned char*>(h.data()), 64);
        m_inBody = false;
        return h;
    }
    StreamDigest& file() { return m_file; }

private:
    crypto_generichash_state m_body {};
    StreamDigest m_file;
    bool m_inBody = true;
};

// Writes the fields of a bundle (big-endian integers, length-prefixed fields) to a sink, hashing them.
class Encoder
{
public:
    explicit Encoder(ByteSink sink)
        : m_sink(std::move(sink))
    {
    }
    void put(const char* p, qsizetype n)
    {
        if (!m_ok)
            return;
        m_hashes.add(p, n);
        m_ok = m_sink(p, n);
    }
    void u8(quint8 v)
    {
        const char c = static_cast<char>(v);
        put(&c, 1);
    }
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        put(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToBigEndian(v, b);
        put(b, 8);
    }
    void field(const QByteArray& f)
    {
        u32(static_cast<quint32>(f.size()));
        put(f.constData(), f.size());
    }
    bool ok() const { return m_ok; }
    BundleHashes& hashes() { return m_hashes; }

private:
    ByteSink m_sink;
    BundleHashes m_hashes;
    bool m_ok = true;
};

// The parts of the body, in file order (docs/formats.md); ExportBundle.cpp defines them.
void encodeHead(Encoder& out, const QJsonObject& header, const QByteArray& linkHash, const QByteArray& genesis,
    const QList<BundleKey>& keys, quint64 events);
void encodeEvent(Encoder& out, const Event& e);
void encodeExporter(Encoder& out, const QString& exporter, const QByteArray& exporterKey);

// A sink that appends to buffer.
ByteSink appendTo(QByteArray& buffer);

// Reads big-endian integers and length-prefixed fields from a device, hashing what it reads; every read is
// bounded by what is left of the device, so a declared length never allocates more than the file holds.
class Decoder
{
public:
    explicit Decoder(QIODevice& in)
        : m_in(in)
    {
    }
    bool raw(qsizetype n, QByteArray& f)
    {
        if (n < 0 || left() < n)
            return false;
        if (!m_in.isSequential()) {
            f = m_in.read(n);
        } else {
            // A pipe (verify-export reading standard input): what is left is unknown, so a declared length is read
            // a chunk at a time and memory grows only with the bytes that really arrive.
            f.clear();
            while (f.size() < n) {
                const QByteArray chunk = m_in.read(qMin<qint64>(n - f.size(), 1024 * 1024));
                if (chunk.isEmpty() && !m_in.waitForReadyRead(-1) && m_in.bytesAvailable() == 0)
                    break;
                f += chunk;
            }
        }
        if (f.size() != n)
            return false;
        m_hashes.add(f.constData(), n);
        return true;
    }
    bool u8(quint8& v)
    {
        QByteArray b;
        if (!raw(1, b))
            return false;
        v = static_cast<quint8>(b.at(0));
        return true;
    }
    bool u32(quint32& v)
    {
        QByteArray b;
        if (!raw(4, b))
            return false;
        v = qFromBigEndian<quint32>(b.constData());
        return true;
    }
    bool u64(quint64& v)
    {
        QByteArray b;
        if (!raw(8, b))
            return false;
        v = qFromBigEndian<quint64>(b.constData());
        return true;
    }
    // A field of at most max bytes (or exactly `exact` bytes when exact >= 0).
    bool field(QByteArray& f, qsizetype max, qsizetype exact = -1)
    {
        quint32 n = 0;
        if (!u32(n))
            return false;
        const qsizetype len = static_cast<qsizetype>(n);
        if (len > max || (exact >= 0 && len != exact))
            return false;
        return raw(len, f);
    }
    // What is left to read; unknown (unbounded) on a pipe, where reads fail at the end of the input instead.
    qint64 left() const { return m_in.isSequential() ? std::numeric_limits<qint64>::max() : m_in.bytesAvailable(); }
    // True when nothing follows (on a pipe, by trying to read one more byte: it is hashed if it is there).
    bool atEnd()
    {
        if (!m_in.isSequential())
            return m_in.bytesAvailable() == 0;
        QByteArray one;
        return !raw(1, one);
    }
    BundleHashes& hashes() { return m_hashes; }
    // Hashes the rest of the device, so that the digest of a file that fails is still the digest of the file.
    void drain()
    {
        for (;;) {
            const QByteArray chunk = m_in.read(64 * 1024);
            if (chunk.isEmpty())
                return;
            m_hashes.add(chunk.constData(), chunk.size());
        }
    }

private:
    QIODevice& m_in;
    BundleHashes m_hashes;
};

// Magic, version, header, chain link, genesis, key table and the number of events.
Status decodeHead(Decoder& r, Bundle& b, quint64& nEvents);
// Event record `i` (0-based), each field the one encoding of its contents.
Result<Event> decodeEvent(Decoder& r, quint64 i);
// The exporter, the exporter's key, then the signature over the BLAKE2b-512 of everything before it (bodyHash).
Status decodeTail(Decoder& r, Bundle& b, QByteArray& bodyHash);

// Lower-case hex, ungrouped.
QString hex(const QByteArray& b);

} // namespace kanribo::bundle
