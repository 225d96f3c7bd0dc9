// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"

#include <QIODevice>

namespace kanribo
{

// Reads a SecureBuffer as a sequential device without copying it anywhere else (re-encrypting decrypted content,
// R-TRU-5 `item rekey`): the bytes stay in sodium_malloc memory, the reader only hands out slices of them.
class SecureReader : public QIODevice
{
public:
    explicit SecureReader(const SecureBuffer& buffer);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const SecureBuffer& m_buffer;
    std::size_t m_at = 0;
};

} // namespace kanribo
