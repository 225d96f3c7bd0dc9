// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDetailView.h"

#include "Labels.h"

#include "policy/Reason.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanribo
{

namespace
{
QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}

// A payload value as one line, or indented lines for objects and arrays.
void appendValue(QStringList& lines, const QString& indent, const QString& key, const QJsonValue& v)
{
    const QString head = indent + key + QStringLiteral(": ");
    if (v.isObject()) {
        lines << indent + key + QLatin1Char(':');
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            appendValue(lines, indent + QStringLiteral("  "), it.key(), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        lines << indent + key + QStringLiteral(": [%1]").arg(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            appendValue(lines, indent + QStringLiteral("  "), QString::number(i + 1), a.at(i));
    } else if (v.isString()) {
        lines << head + v.toString();
    } else if (v.isBool()) {
        lines << head + (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (v.isNull()) {
        lines << head + QStringLiteral("null");
    } else {
        lines << head + v.toVariant().toString();
    }
}
} // namespace

EventDetailView::EventDetailView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("eventDetail"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void EventDetailView::showEvent(const Event& e, Check check)
{
    m_event = e;
    m_check = check;
    setPlainText(describe(e, check, m_names ? *m_names : EventNames()));
}

void EventDetailView::clearEvent()
{
    m_event.reset();
    clear();
}

void EventDetailView::retranslate()
{
    if (m_event)
        setPlainText(describe(*m_event, m_check, m_names ? *m_names : EventNames()));
}

QString EventDetailView::describe(const Event& e, Check check, const EventNames& names)
{
    QStringList lines;
    lines << tr("Event %1: %2").arg(e.seq).arg(e.kind);
    lines << eventSentence(e, names);
    lines << tr("Time: %1 (%2 UTC)").arg(Labels::dateTime(e.time), formatTimestamp(e.time));
    const auto person = [&names](const QString& login) {
        const QString name = names.of(login);
        return name == login ? login : QStringLiteral("%1 (%2)").arg(name, login);
    };
    lines << tr("Signed by: %1").arg(person(e.actor));
    if (!e.cosigners.isEmpty()) {
        QStringList cosigners;
        for (const QString& c : e.cosigners)
            cosigners << person(c);
        lines << tr("Co-signed by: %1").arg(cosigners.join(QStringLiteral(", ")));
    }
    lines << tr("Subject: %1").arg(e.subject);
    switch (check) {
    case Check::Unchecked:
        lines << tr("Verification: not yet checked here (Verify checks the whole trail).");
        break;
    case Check::Verified:
        lines << tr("Verification: hash, chain link and every signature verified.");
        break;
    case Check::Fails:
        lines << tr("Verification: FAILS — the first event that does not verify.");
        break;
    case Check::NotReached:
        lines << tr("Verification: after the first failure; nothing from here on can be trusted.");
        break;
    }
    lines << tr("Hash: %1").arg(hex(e.hash));
    lines << tr("Previous hash: %1").arg(hex(e.prevHash));
    lines << tr("Payload:");
    const QJsonObject payload = e.payloadObject();
    if (payload.isEmpty())
        lines << QStringLiteral("  ") + QString::fromUtf8(e.payload);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it)
        appendValue(lines, QStringLiteral("  "), it.key(), it.value());
    return lines.join(QLatin1Char('\n'));
}

} // namespace kanribo
