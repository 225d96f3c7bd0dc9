// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/CsvWriter.h"

#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

const char kBom[] = "\xEF\xBB\xBF";
} // namespace

CsvWriter::CsvWriter(const QStringList& header)
{
    if (!header.isEmpty())
        addRow(header);
}

void CsvWriter::addRow(const QStringList& fields)
{
    m_body += record(fields);
    ++m_rows;
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray(kBom) + m_body;
}

Status CsvWriter::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !makeOwnerOnly(f))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    const QByteArray b = bytes();
    if (f.write(b) != b.size() || !f.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

QString CsvWriter::escape(const QString& field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray CsvWriter::record(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escape(fields.at(i));
    }
    return line.toUtf8() + "\r\n";
}

std::optional<QList<QStringList>> CsvWriter::parse(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith(kBom))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool wasQuoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return std::nullopt; // a quote inside an unquoted field, or after a closing quote
            inQuotes = true;
            wasQuoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            wasQuoted = fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            wasQuoted = fieldStarted = false;
        } else {
            if (wasQuoted)
                return std::nullopt; // text after a closing quote
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return std::nullopt;
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace kanribo
