// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanribo
{

// CSV for Japanese Excel and for scripts: UTF-8 with a byte-order mark, RFC 4180 quoting (a field holding a comma,
// a double quote, CR or LF is quoted and its quotes doubled), CRLF at the end of every record.
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header = {});

    void addRow(const QStringList& fields);
    qsizetype rowCount() const { return m_rows; }
    // The whole file: BOM, then one CRLF-terminated record per row (the header first, when given).
    QByteArray bytes() const;
    // Writes bytes() atomically (QSaveFile); Io error when the file cannot be written.
    Status save(const QString& path) const;

    static QString escape(const QString& field);
    static QByteArray record(const QStringList& fields); // one record with its CRLF, UTF-8

    // Reads CSV back (BOM optional; CRLF or LF record ends). Nullopt when a quoted field is not closed or a quote
    // stands inside an unquoted field.
    static std::optional<QList<QStringList>> parse(const QByteArray& data);

private:
    QByteArray m_body;
    qsizetype m_rows = 0;
};

} // namespace kanribo
