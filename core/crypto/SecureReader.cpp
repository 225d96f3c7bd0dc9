// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureReader.h"

#include <algorithm>
#include <cstring>

namespace kanribo
{

SecureReader::SecureReader(const SecureBuffer& buffer)
    : m_buffer(buffer)
{
    setOpenMode(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 SecureReader::bytesAvailable() const
{
    return static_cast<qint64>(m_buffer.size() - m_at) + QIODevice::bytesAvailable();
}

qint64 SecureReader::readData(char* data, qint64 maxSize)
{
    const std::size_t n = std::min(static_cast<std::size_t>(std::max<qint64>(maxSize, 0)), m_buffer.size() - m_at);
    if (n > 0)
        std::memcpy(data, m_buffer.data() + m_at, n);
    m_at += n;
    return static_cast<qint64>(n);
}

} // namespace kanribo
