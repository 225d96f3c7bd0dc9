// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedPassword.h"

#include <QLineEdit>

#include <sodium.h>

namespace kanribo
{

TypedPassword::TypedPassword(QLineEdit* field)
{
    QString text = field->text();
    field->clear(); // the field lets go of its text: `text` is now the only holder of that buffer
    m_bytes = text.toUtf8();
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
}

TypedPassword::~TypedPassword()
{
    // In place, whoever else shares the buffer (a QByteArray copy shares it until it is written to).
    if (!m_bytes.isEmpty())
        sodium_memzero(const_cast<char*>(m_bytes.constData()), static_cast<size_t>(m_bytes.size()));
}

} // namespace kanribo
