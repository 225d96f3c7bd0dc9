// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

class QLineEdit;

namespace kanribo
{

// A password typed into a field, taken out of it once (the field is cleared) and held as UTF-8 until the last task
// that needs it is done: then the bytes are wiped (R-TRU-5; the CLI's SecretLine does the same for standard input).
// It is never copied: the tasks that run off the UI thread share it through Password, and a QByteArray taken from
// bytes() shares the same buffer, which is wiped in place.
class TypedPassword
{
public:
    explicit TypedPassword(QLineEdit* field);
    ~TypedPassword();
    TypedPassword(const TypedPassword&) = delete;
    TypedPassword& operator=(const TypedPassword&) = delete;
    TypedPassword(TypedPassword&&) = delete;
    TypedPassword& operator=(TypedPassword&&) = delete;

    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

using Password = std::shared_ptr<const TypedPassword>;

} // namespace kanribo
