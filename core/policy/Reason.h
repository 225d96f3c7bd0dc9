// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kanribo
{

// Why something was refused (or another message Kanribo writes into the record), in no language (issue 15): a
// stable code with named string arguments, recorded as
// {"code", "args": {…}} in an event's payload and put into words only when shown, by describe() in the current UI
// language. A signed record therefore reads the same in English and Japanese, and nothing that verifies or replays
// the ledger depends on the words. The codes and their arguments are listed in docs/formats.md.
struct Reason {
    QString code; // e.g. "not-in-group"; empty for a reason an older register recorded as text
    QMap<QString, QString> args; // e.g. {"group": "ALPHA"}; levels by their stable name ("top-secret")
    QString text; // only a reason recorded as text by an older register: shown as it is

    // A reason with a known code (asserted in debug builds: every code is in knownCodes() and formats.md).
    static Reason of(const QString& code, const QMap<QString, QString>& args = {});
    // The recorded form: {"code", "args"}; an older register's text stays a string.
    QJsonValue toJson() const;
    // Never fails: a string is an older register's text, anything else unreadable is kept as its JSON text.
    static Reason fromJson(const QJsonValue& value);
    // The reason in words, in the current UI language (tr()); an unknown code (a newer register) is shown as the
    // code and its arguments, never an error.
    QString describe() const;

    // A message Kanribo writes into a text column (an incident's summary): the compact JSON of toJson(); and back —
    // a stored text that is such a JSON of a known code is put into words, any other text is returned as it is.
    QString toStoredText() const;
    static QString describeStored(const QString& stored);

    // Every code this build records and describes.
    static QStringList knownCodes();

    bool operator==(const Reason&) const = default;
};

QStringList describe(const QList<Reason>& reasons);
QJsonArray reasonsToJson(const QList<Reason>& reasons);
QList<Reason> reasonsFromJson(const QJsonValue& value);

// A payload as shown to a person (audit log, exports, the GUI's audit trail): an access.denied's recorded `reasons`
// and an incident.reported's coded `summary` put into words by describe(); everything else as it is (a withheld
// field stays the withheld text).
QJsonObject displayPayload(const QString& kind, const QJsonObject& payload);
// The same as one line of compact JSON, from the recorded bytes (unchanged when there is nothing to put into words).
QString displayPayloadText(const QString& kind, const QByteArray& payload);

} // namespace kanribo
