// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace kanribo
{

SecureBuffer::SecureBuffer(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer b(size);
    if (size)
        randombytes_buf(b.m_data, size);
    return b;
}

SecureBuffer SecureBuffer::copyOf(const unsigned char* data, std::size_t size)
{
    SecureBuffer b(size);
    if (size)
        std::memcpy(b.m_data, data, size);
    return b;
}

SecureBuffer SecureBuffer::slice(std::size_t offset, std::size_t length) const
{
    if (offset + length > m_size)
        return {};
    return copyOf(m_data + offset, length);
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::wipe()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::isWiped() const
{
    return m_data == nullptr || sodium_is_zero(m_data, m_size);
}

} // namespace kanribo
