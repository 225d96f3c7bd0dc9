// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "i18n/Language.h"
#include "service/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

void writeOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString& text, int width)
{
    return text + QString(std::max(0, width - CliContext::displayWidth(text)), QLatin1Char(' '));
}
} // namespace

Status CliContext::requireActor() const
{
    if (actor.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("Say who acts with --as LOGIN."));
    return {};
}

Result<SecretLine> CliContext::readActorPassword() const
{
    return SecretLine::read(Tr::tr("Password for %1: ").arg(actor));
}

Result<SecretLine> CliContext::readNewPassword(const QString& login) const
{
    auto first = SecretLine::read(Tr::tr("New password for %1: ").arg(login));
    if (!first || !SecretLine::inputIsTerminal())
        return first;
    auto again = SecretLine::read(Tr::tr("Repeat the new password: "));
    if (!again)
        return again.error();
    if (!first->equals(*again))
        return makeError(ErrorCode::Usage, Tr::tr("The two passwords are not the same."));
    return first;
}

Result<std::unique_ptr<Register>> CliContext::login() const
{
    KANRIBO_TRY(requireActor());
    auto password = readActorPassword();
    if (!password)
        return password.error();
    return login(*password);
}

Result<std::unique_ptr<Register>> CliContext::login(const SecretLine& password) const
{
    KANRIBO_TRY(requireActor());
    return Register::open(registerPath, actor, password.bytes());
}

void CliContext::print(const QString& line) const
{
    writeOut(line + QLatin1Char('\n'));
}

void CliContext::printWarning(const QString& message)
{
    const QByteArray bytes
        = (QStringLiteral("kanribo-cli: ") + Tr::tr("warning: %1").arg(message.simplified()) + QLatin1Char('\n'))
              .toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void CliContext::printJson(const QJsonValue& value) const
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    writeOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliContext::printTable(const QStringList& headers, const QList<QStringList>& rows) const
{
    QList<int> widths;
    for (const auto& h : headers)
        widths << displayWidth(h);
    for (const auto& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    const auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c)
            out += c + 1 == cells.size() ? cells.at(c) : padded(cells.at(c), widths.at(c)) + QStringLiteral("  ");
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        print(out);
    };
    line(headers);
    QStringList rules;
    for (int w : widths)
        rules << QString(w, QLatin1Char('-'));
    line(rules);
    for (const auto& row : rows)
        line(row);
}

void CliContext::printFields(const QList<std::pair<QString, QString>>& fields) const
{
    int width = 0;
    for (const auto& f : fields)
        width = std::max(width, displayWidth(f.first) + 1);
    for (const auto& f : fields)
        print(padded(f.first + QLatin1Char(':'), width) + QStringLiteral("  ") + f.second);
}

QString CliContext::date(const QDate& d) const
{
    return d.isValid() ? displayDate(d, language) : QStringLiteral("—");
}

QString CliContext::dateTime(const QDateTime& utc) const
{
    const QDateTime local = utc.toLocalTime();
    return displayDate(local.date(), language) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString CliContext::levelLabel(Level level)
{
    return kanribo::levelLabel(level);
}

QString CliContext::roleLabel(Role role)
{
    switch (role) {
    case Role::Officer:
        return Tr::tr("Security officer");
    case Role::Custodian:
        return Tr::tr("Custodian");
    case Role::Staff:
        return Tr::tr("Cleared staff");
    case Role::Auditor:
        return Tr::tr("Auditor");
    }
    return roleName(role);
}

QString CliContext::yesNo(bool yes)
{
    return yes ? Tr::tr("yes") : Tr::tr("no");
}

QJsonValue CliContext::jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(formatDate(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue CliContext::jsonText(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

Status CliContext::openInput(QFile& file)
{
    if (file.open(QIODevice::ReadOnly))
        return {};
    return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
        Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
}

int CliContext::displayWidth(const QString& text)
{
    int w = 0;
    for (uint c : text.toUcs4())
        w += isWide(c) ? 2 : 1;
    return w;
}

} // namespace kanribo
