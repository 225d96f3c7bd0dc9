// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace kanribo
{

// One line read from standard input that holds a secret (password, recovery code). On a terminal the prompt goes
// to standard error and the line is read without echo. The bytes are wiped when the object dies; the buffer is
// reserved up front so that reading never leaves a reallocated copy behind.
class SecretLine
{
public:
    SecretLine() = default;
    SecretLine(SecretLine&& other) noexcept;
    SecretLine& operator=(SecretLine&& other) noexcept;
    SecretLine(const SecretLine&) = delete;
    SecretLine& operator=(const SecretLine&) = delete;
    ~SecretLine();

    const QByteArray& bytes() const { return m_data; }
    bool equals(const SecretLine& other) const;
    void wipe();

    static bool inputIsTerminal();
    static Result<SecretLine> read(const QString& prompt);

private:
    QByteArray m_data;
};

} // namespace kanribo
