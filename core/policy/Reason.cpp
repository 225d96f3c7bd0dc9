// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/Reason.h"

#include "i18n/Language.h"
#include "model/Level.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Reason)
};

// The codes, in the order of docs/formats.md. Adding one: a line here, a case in describe(), a row in formats.md.
const QStringList kCodes { QStringLiteral("account-disabled"), QStringLiteral("clearance-below-level"),
    QStringLiteral("clearance-expired"), QStringLiteral("not-briefed"), QStringLiteral("not-in-group"),
    QStringLiteral("third-country"), QStringLiteral("not-releasable"), QStringLiteral("unreleasable-to-facility"),
    QStringLiteral("below-new-level"), QStringLiteral("charge-to-self"), QStringLiteral("container-level"),
    QStringLiteral("container-above-clearance"), QStringLiteral("role"), QStringLiteral("no-content-key"),
    QStringLiteral("receiver-may-not-hold"), QStringLiteral("receipt-needs-receiver"),
    QStringLiteral("reproduction-needs-consent"), QStringLiteral("two-person-approver"),
    QStringLiteral("approver-not-officer"), QStringLiteral("approver-no-access"), QStringLiteral("two-person-witness"),
    QStringLiteral("witness-not-cleared"), QStringLiteral("two-person-same-person"),
    QStringLiteral("break-glass-second-person"), QStringLiteral("incident-outside-need-to-know"),
    QStringLiteral("holdings-of-others"), QStringLiteral("bundle-not-whole"), QStringLiteral("bundle-reader-clearance"),
    QStringLiteral("not-sighted-at-inventory"), QStringLiteral("not-combination-custodian"),
    QStringLiteral("container-reserved") };

// A level's stable name in words; a name this build does not know is shown as it is.
QString levelText(const QString& name)
{
    const auto l = levelFromName(name);
    return l ? levelLabel(*l) : name;
}

QString dateText(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? displayDate(d) : iso;
}

// A JSON value that is not a string, as its compact JSON text.
QString jsonText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString fallback(const Reason& r)
{
    QStringList args;
    for (auto it = r.args.cbegin(); it != r.args.cend(); ++it)
        args << it.key() + QLatin1Char('=') + it.value();
    return args.isEmpty() ? r.code : r.code + QStringLiteral(" (") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
}
} // namespace

Reason Reason::of(const QString& code, const QMap<QString, QString>& args)
{
    Q_ASSERT_X(kCodes.contains(code), "Reason::of", qPrintable(code));
    return Reason { code, args, {} };
}

QStringList Reason::knownCodes()
{
    return kCodes;
}

QJsonValue Reason::toJson() const
{
    if (code.isEmpty())
        return text;
    QJsonObject a;
    for (auto it = args.cbegin(); it != args.cend(); ++it)
        a.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("args"), a } };
}

Reason Reason::fromJson(const QJsonValue& value)
{
    Reason r;
    const QJsonObject o = value.toObject();
    if (value.isObject() && o.value(QStringLiteral("code")).isString()
        && !o.value(QStringLiteral("code")).toString().isEmpty()) {
        r.code = o.value(QStringLiteral("code")).toString();
        const QJsonObject a = o.value(QStringLiteral("args")).toObject();
        for (auto it = a.constBegin(); it != a.constEnd(); ++it)
            r.args.insert(it.key(), it->isString() ? it->toString() : jsonText(*it));
    } else if (value.isString()) {
        r.text = value.toString();
    } else {
        r.text = jsonText(value);
    }
    return r;
}

QString Reason::describe() const
{
    if (code.isEmpty())
        return text;
    const auto a = [this](const char* name) { return args.value(QString::fromLatin1(name)); };
    const auto level = [&](const char* name) { return levelText(a(name)); };
    if (code == QLatin1String("account-disabled"))
        return Tr::tr("the account is disabled");
    if (code == QLatin1String("clearance-below-level"))
        return Tr::tr("clearance %1 is below the level %2").arg(level("clearance"), level("level"));
    if (code == QLatin1String("clearance-expired"))
        return Tr::tr("the clearance expired on %1").arg(dateText(a("date")));
    if (code == QLatin1String("not-briefed"))
        return Tr::tr("no briefing on handling responsibilities is recorded");
    if (code == QLatin1String("not-in-group"))
        return Tr::tr("not in the need-to-know group %1").arg(a("group"));
    if (code == QLatin1String("third-country"))
        return Tr::tr("nationality %1 is a third country: release needs the originating government's written "
                      "approval")
            .arg(a("nationality"));
    if (code == QLatin1String("not-releasable"))
        return Tr::tr("nationality %1 is not releasable under the item's caveats").arg(a("nationality"));
    if (code == QLatin1String("unreleasable-to-facility"))
        return Tr::tr("the caveats make the item unreleasable to %1, the facility's nationality: it cannot be held "
                      "here")
            .arg(a("nationality"));
    if (code == QLatin1String("below-new-level"))
        return Tr::tr("your clearance is below the new level %1").arg(level("level"));
    if (code == QLatin1String("charge-to-self"))
        return Tr::tr("the copies would be charged to you, but you may not hold them");
    if (code == QLatin1String("container-level"))
        return Tr::tr("the container %1 is approved only up to %2").arg(a("container"), level("level"));
    if (code == QLatin1String("container-above-clearance"))
        return Tr::tr("the container %1 is approved for %2, above your clearance").arg(a("container"), level("level"));
    if (code == QLatin1String("role"))
        return Tr::tr("this needs the role %1")
            .arg(a("roles").split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(" / ")));
    if (code == QLatin1String("no-content-key"))
        return Tr::tr("no content key is sealed to you; a holder of the key must log in to extend access");
    if (code == QLatin1String("receiver-may-not-hold"))
        return Tr::tr("%1 may not hold this item").arg(a("login"));
    if (code == QLatin1String("receipt-needs-receiver"))
        return Tr::tr("a signed hand receipt is required: the receiver must enter their own password");
    if (code == QLatin1String("reproduction-needs-consent"))
        return Tr::tr("reproduction of %1 needs the originator's written consent").arg(level("level"));
    if (code == QLatin1String("two-person-approver"))
        return Tr::tr("two-person rule: an approving officer must co-sign this reproduction");
    if (code == QLatin1String("approver-not-officer"))
        return Tr::tr("the approver %1 is not a security officer").arg(a("login"));
    if (code == QLatin1String("approver-no-access"))
        return Tr::tr("the approver %1 may not access this item").arg(a("login"));
    if (code == QLatin1String("two-person-witness"))
        return Tr::tr("two-person rule: destruction of %1 needs a witness who signs at the time").arg(level("level"));
    if (code == QLatin1String("witness-not-cleared"))
        return Tr::tr("the witness %1 is not cleared for this item").arg(a("login"));
    if (code == QLatin1String("two-person-same-person"))
        return Tr::tr("two-person rule: the second person must be someone else");
    if (code == QLatin1String("break-glass-second-person"))
        return Tr::tr("break-glass needs a second person");
    if (code == QLatin1String("incident-outside-need-to-know"))
        return Tr::tr("the incident concerns material outside your need-to-know groups");
    if (code == QLatin1String("holdings-of-others"))
        return Tr::tr("only officers, custodians and auditors see another person's holdings");
    if (code == QLatin1String("bundle-not-whole")) {
        bool ok = false;
        const int n = a("count").toInt(&ok);
        if (ok)
            return Tr::tr("%n event(s) in the range are about material that %1 or you may not see in full (need-to-"
                          "know, releasability or clearance); a bundle cannot be redacted — export CSV or PDF for "
                          "this reader, or a narrower range",
                nullptr, n)
                .arg(a("reader"));
    }
    if (code == QLatin1String("bundle-reader-clearance"))
        return Tr::tr("%1 is cleared to %2, below the highest level in the range (%3); a bundle cannot be "
                      "redacted — export CSV or PDF for this reader, or a narrower range")
            .arg(a("reader"), level("clearance"), level("level"));
    if (code == QLatin1String("container-reserved"))
        return Tr::tr("the container %1 is reserved for other material (%2)").arg(a("container"), a("reserved"));
    if (code == QLatin1String("not-combination-custodian"))
        return Tr::tr("you are not recorded as knowing the combination of the container %1").arg(a("container"));
    if (code == QLatin1String("not-sighted-at-inventory"))
        return Tr::tr("Not sighted at inventory %1 (%2).")
            .arg(a("inventory"), a("container").isEmpty() ? Tr::tr("whole register") : a("container"));
    return fallback(*this);
}

QString Reason::toStoredText() const
{
    const QJsonValue v = toJson();
    return v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString Reason::describeStored(const QString& stored)
{
    if (!stored.startsWith(QLatin1Char('{')))
        return stored;
    const QJsonDocument d = QJsonDocument::fromJson(stored.toUtf8());
    const Reason r = fromJson(d.object());
    return d.isObject() && kCodes.contains(r.code) ? r.describe() : stored;
}

QStringList describe(const QList<Reason>& reasons)
{
    QStringList out;
    for (const Reason& r : reasons)
        out << r.describe();
    return out;
}

QJsonArray reasonsToJson(const QList<Reason>& reasons)
{
    QJsonArray out;
    for (const Reason& r : reasons)
        out.append(r.toJson());
    return out;
}

QList<Reason> reasonsFromJson(const QJsonValue& value)
{
    QList<Reason> out;
    if (value.isArray()) {
        for (const auto& v : value.toArray())
            out << Reason::fromJson(v);
    } else if (!value.isUndefined() && !value.isNull()) {
        out << Reason::fromJson(value);
    }
    return out;
}

QJsonObject displayPayload(const QString& kind, const QJsonObject& payload)
{
    QJsonObject p = payload;
    if (kind == QLatin1String("access.denied") && payload.value(QStringLiteral("reasons")).isArray())
        p.insert(QStringLiteral("reasons"),
            QJsonArray::fromStringList(describe(reasonsFromJson(payload.value(QStringLiteral("reasons"))))));
    else if (kind == QLatin1String("incident.reported") && payload.value(QStringLiteral("summary")).isObject())
        p.insert(QStringLiteral("summary"), Reason::fromJson(payload.value(QStringLiteral("summary"))).describe());
    return p;
}

QString displayPayloadText(const QString& kind, const QByteArray& payload)
{
    if (kind != QLatin1String("access.denied") && kind != QLatin1String("incident.reported"))
        return QString::fromUtf8(payload);
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    const QJsonObject shown = displayPayload(kind, o);
    return shown == o ? QString::fromUtf8(payload)
                      : QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
}

} // namespace kanribo
