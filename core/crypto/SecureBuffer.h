// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace kanribo
{

// Owns secret bytes in sodium_malloc memory (guard pages, mlock'ed, wiped on free).
// Move-only. wipe() zeroes and releases the memory at once (used on lock).
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(const unsigned char* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0 || m_data == nullptr; }
    // A sub-range copy into new secure memory.
    SecureBuffer slice(std::size_t offset, std::size_t length) const;
    bool equals(const SecureBuffer& other) const; // constant time
    void wipe();
    // Only for tests that prove the wipe: true when the bytes are all zero or released.
    bool isWiped() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace kanribo
