// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SecretLine.h"
#include "model/Level.h"
#include "service/Register.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QFile;

namespace kanribo
{

// What every command shares: the global options, reading secrets, logging in, and printing human or JSON output.
class CliContext
{
public:
    QString registerPath;
    QString actor; // --as
    QString language = QStringLiteral("en");
    bool json = false;

    // Usage error unless --as was given.
    Status requireActor() const;
    // The acting user's password (the first line of standard input).
    Result<SecretLine> readActorPassword() const;
    // A new password; on a terminal it is asked twice.
    Result<SecretLine> readNewPassword(const QString& login) const;
    // Reads the acting user's password and logs in (--as required).
    Result<std::unique_ptr<Register>> login() const;
    Result<std::unique_ptr<Register>> login(const SecretLine& password) const;

    // Standard output, UTF-8. print() adds a newline.
    void print(const QString& line = QString()) const;
    void printJson(const QJsonValue& value) const;
    // A warning that does not fail the command: one line "kanribo-cli: warning: …" on standard error.
    static void printWarning(const QString& message);
    // An aligned table with a header row; wide (CJK) characters count as two columns.
    void printTable(const QStringList& headers, const QList<QStringList>& rows) const;
    // "Label:  value" lines with the values aligned.
    void printFields(const QList<std::pair<QString, QString>>& fields) const;

    // Human-readable text in --lang.
    QString date(const QDate& d) const;
    QString dateTime(const QDateTime& utc) const; // local time
    static QString levelLabel(Level level);
    static QString roleLabel(Role role);
    static QString yesNo(bool yes);
    static QJsonValue jsonDate(const QDate& d); // "YYYY-MM-DD" or null
    static QJsonValue jsonText(const QString& s); // the text, or null when empty

    static int displayWidth(const QString& text);
    // Opens a file the command reads (a pack, a seal, a bundle): exit 5 when it does not exist, 7 when it cannot be
    // read.
    static Status openInput(QFile& file);
};

} // namespace kanribo
