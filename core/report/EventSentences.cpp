// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/EventSentences.h"

#include "i18n/Language.h"
#include "model/Level.h"
#include "policy/Reason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::EventSentence)
};

QString level(const QJsonValue& v)
{
    const auto l = levelFromName(v.toString());
    return l ? levelLabel(*l) : (v.toString().isEmpty() ? QStringLiteral("—") : v.toString());
}

QString role(const QString& id)
{
    if (id == QLatin1String("officer"))
        return Tr::tr("security officer");
    if (id == QLatin1String("custodian"))
        return Tr::tr("custodian");
    if (id == QLatin1String("auditor"))
        return Tr::tr("auditor");
    if (id == QLatin1String("staff"))
        return Tr::tr("staff");
    return id;
}

// "copy:C/N" -> "C/N", "item:C" -> "C", anything else as it is.
QString subjectName(const QString& subject)
{
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    return colon > 0 ? subject.mid(colon + 1) : subject;
}

QString list(const QJsonValue& v, const std::function<QString(const QString&)>& each = {})
{
    QStringList out;
    for (const auto& x : v.toArray())
        out << (each ? each(x.toString()) : x.toString());
    return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
}

QString receipt(const QJsonObject& p)
{
    return p.value(QStringLiteral("receipt_signed")).toBool() ? Tr::tr("(receipt signed)") : Tr::tr("(no receipt)");
}
} // namespace

void EventNames::learn(const Event& e)
{
    if (e.kind == QLatin1String("user.added")) {
        const QJsonObject p = e.payloadObject();
        const QString login = p.value(QStringLiteral("login")).toString();
        const QString name = p.value(QStringLiteral("name")).toString();
        if (!login.isEmpty() && !name.isEmpty() && !m_names.contains(login))
            m_names.insert(login, name);
    } else if (e.kind == QLatin1String("register.created")) {
        const QJsonObject o = e.payloadObject().value(QStringLiteral("officer")).toObject();
        const QString login = o.value(QStringLiteral("login")).toString();
        if (!login.isEmpty() && !o.value(QStringLiteral("name")).toString().isEmpty())
            m_names.insert(login, o.value(QStringLiteral("name")).toString());
    }
}

QString EventNames::of(const QString& login) const
{
    if (login.isEmpty())
        return QStringLiteral("—");
    if (login == QLatin1String("@recovery"))
        return Tr::tr("the recovery code");
    return m_names.value(login, login);
}

const QStringList& sentencedEventKinds()
{
    static const QStringList kinds {
        QStringLiteral("register.created"),
        QStringLiteral("user.added"),
        QStringLiteral("user.group_granted"),
        QStringLiteral("user.group_revoked"),
        QStringLiteral("user.disabled"),
        QStringLiteral("user.debriefed"),
        QStringLiteral("user.password_changed"),
        QStringLiteral("user.keys_reset"),
        QStringLiteral("compartment.keys"),
        QStringLiteral("register.migrated"),
        QStringLiteral("group.added"),
        QStringLiteral("container.added"),
        QStringLiteral("container.opened"),
        QStringLiteral("container.closed"),
        QStringLiteral("container.checked"),
        QStringLiteral("container.custodians_set"),
        QStringLiteral("container.combination_changed"),
        QStringLiteral("container.reserved"),
        QStringLiteral("access.denied"),
        QStringLiteral("settings.changed"),
        QStringLiteral("policy.adopted"),
        QStringLiteral("auth.failed_logins"),
        QStringLiteral("register.backed_up"),
        QStringLiteral("register.restored"),
        QStringLiteral("item.registered"),
        QStringLiteral("item.disclosed"),
        QStringLiteral("item.content_opened"),
        QStringLiteral("item.content_keys"),
        QStringLiteral("item.rekeyed"),
        QStringLiteral("item.reclassified"),
        QStringLiteral("item.release_approved"),
        QStringLiteral("item.designation_expired"),
        QStringLiteral("copy.transferred"),
        QStringLiteral("copy.stored"),
        QStringLiteral("copy.recovered"),
        QStringLiteral("copy.issued"),
        QStringLiteral("copy.dispatched"),
        QStringLiteral("copy.receipt_recorded"),
        QStringLiteral("copy.destroyed"),
        QStringLiteral("item.reproduced"),
        QStringLiteral("incident.reported"),
        QStringLiteral("incident.updated"),
        QStringLiteral("inventory.started"),
        QStringLiteral("inventory.sighted"),
        QStringLiteral("inventory.finished"),
        QStringLiteral("audit.exported"),
        QStringLiteral("checkpoint.signed"),
    };
    return kinds;
}

QString eventSentence(const Event& e, const EventNames& names)
{
    const QJsonObject p = e.payloadObject();
    const auto s = [&p](const char* key) {
        const QString v = p.value(QLatin1String(key)).toVariant().toString();
        return v.isEmpty() ? QStringLiteral("—") : v;
    };
    const auto who = [&](const char* key) { return names.of(p.value(QLatin1String(key)).toString()); };
    const QString actor = names.of(e.actor);
    const QString subject = subjectName(e.subject);
    const QString k = e.kind;
    const auto is = [&k](const char* kind) { return k == QLatin1String(kind); };

    if (is("register.created"))
        return Tr::tr("%1 created the register of %2.").arg(actor, s("facility"));
    if (is("user.added"))
        return Tr::tr("%1 added %2 as %3, cleared to %4.")
            .arg(actor, who("login"), role(p.value(QStringLiteral("role")).toString()),
                level(p.value(QLatin1String("clearance"))));
    if (is("user.group_granted"))
        return Tr::tr("%1 put %2 in the need-to-know group %3.").arg(actor, who("login"), s("group"));
    if (is("user.group_revoked"))
        return Tr::tr("%1 removed %2 from the need-to-know group %3.").arg(actor, who("login"), s("group"));
    if (is("user.disabled"))
        return Tr::tr("%1 disabled the account of %2.").arg(actor, who("login"));
    if (is("user.debriefed"))
        return Tr::tr("%1 recorded the debriefing of %2 on %3.").arg(actor, who("login"), s("date"));
    if (is("user.password_changed"))
        return Tr::tr("%1 changed their password.").arg(actor);
    if (is("user.keys_reset"))
        return Tr::tr("%1 reset the keys of %2 (break-glass recovery).").arg(actor, who("login"));
    if (is("compartment.keys"))
        return Tr::tr("%1 sealed compartment keys: %2 new key(s), %3 given to people entitled.")
            .arg(actor)
            .arg(p.value(QStringLiteral("created")).toArray().size())
            .arg(p.value(QStringLiteral("sealed")).toArray().size());
    if (is("register.migrated"))
        return Tr::tr("%1 moved the register to ledger rules %2 (from %3).")
            .arg(actor, s("ledger_rules"), s("from_rules"));
    if (is("group.added"))
        return Tr::tr("%1 added the need-to-know group %2.").arg(actor, s("name"));
    if (is("container.opened"))
        return Tr::tr("%1 opened the container %2.").arg(actor, s("id"));
    if (is("container.closed"))
        return Tr::tr("%1 closed the container %2.").arg(actor, s("id"));
    if (is("container.checked"))
        return Tr::tr("%1 checked that the container %2 is secured.").arg(actor, s("id"));
    if (is("container.custodians_set") || is("container.combination_changed")) {
        QStringList people;
        for (const auto& v : p.value(QStringLiteral("custodians")).toArray())
            people << names.of(v.toString());
        const QString list = people.isEmpty() ? QStringLiteral("—") : people.join(QStringLiteral(", "));
        if (is("container.custodians_set"))
            return Tr::tr("%1 recorded who knows the combination of %2: %3.").arg(actor, s("id"), list);
        return Tr::tr("%1 recorded a change of the combination of %2, known to %3.").arg(actor, s("id"), list);
    }
    if (is("container.reserved")) {
        QStringList parts;
        for (const char* key : { "origins", "regimes", "groups" }) {
            QStringList values;
            for (const auto& v : p.value(QLatin1String(key)).toArray())
                values << v.toString();
            if (!values.isEmpty())
                parts << values.join(QStringLiteral(", "));
        }
        if (parts.isEmpty())
            return Tr::tr("%1 lifted the reservation of the container %2.").arg(actor, s("id"));
        return Tr::tr("%1 reserved the container %2 for %3.").arg(actor, s("id"), parts.join(QStringLiteral("; ")));
    }
    if (is("container.added"))
        return Tr::tr("%1 added the container %2 (%3, %4).")
            .arg(actor, s("id"), level(p.value(QLatin1String("level"))), s("location"));
    if (is("access.denied")) {
        const QStringList reasons = describe(reasonsFromJson(p.value(QStringLiteral("reasons"))));
        return Tr::tr("%1 was refused %2 on %3: %4.")
            .arg(actor, s("action"), subject,
                reasons.isEmpty() ? QStringLiteral("—") : reasons.join(QStringLiteral("; ")));
    }
    if (is("settings.changed"))
        return Tr::tr("%1 set %2 to %3.").arg(actor, s("key"), s("value"));
    if (is("policy.adopted"))
        return Tr::tr("%1 adopted the policy pack %2 %3.").arg(actor, s("id"), s("version"));
    if (is("auth.failed_logins"))
        return Tr::tr("%1 logged in after %2 failed login(s): %3.")
            .arg(actor)
            .arg(p.value(QStringLiteral("failures")).toArray().size())
            .arg([&]() {
                QStringList logins;
                for (const auto& f : p.value(QStringLiteral("failures")).toArray())
                    logins << f.toObject().value(QStringLiteral("login")).toString();
                logins.removeDuplicates();
                return logins.join(QStringLiteral(", "));
            }());
    if (is("register.backed_up"))
        return Tr::tr("%1 backed up the register to %2 (head: event %3).").arg(actor, s("to"), s("head_seq"));
    if (is("register.restored"))
        return Tr::tr("%1 restored the register from %2 (head: event %3).").arg(actor, s("from"), s("head_seq"));
    if (is("item.registered"))
        return Tr::tr("%1 registered %2 at %3 with %4 copy(ies).")
            .arg(actor, subject, level(p.value(QLatin1String("level"))))
            .arg(p.value(QStringLiteral("copies")).toArray().size());
    if (is("item.disclosed"))
        return p.value(QStringLiteral("action")).toString() == QLatin1String("content")
            ? Tr::tr("%1 opened the content of %2 (disclosure record).").arg(who("login"), subject)
            : Tr::tr("%1 was shown %2 (disclosure record).").arg(who("login"), subject);
    if (is("item.content_opened"))
        return Tr::tr("%1 opened the content of %2.").arg(who("login"), subject);
    if (is("item.content_keys"))
        return Tr::tr("%1 sealed the content key of %2 to %3.")
            .arg(actor, subject,
                list(p.value(QStringLiteral("sealed_to")), [&names](const QString& l) { return names.of(l); }));
    if (is("item.rekeyed"))
        return Tr::tr("%1 re-encrypted %2 under fresh keys.").arg(actor, subject);
    if (is("item.reclassified")) {
        const QString kind = p.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("upgrade"))
            return Tr::tr("%1 upgraded %2 from %3 to %4.")
                .arg(actor, subject, level(p.value(QLatin1String("old_level"))),
                    level(p.value(QLatin1String("new_level"))));
        if (kind == QLatin1String("declassify"))
            return Tr::tr("%1 declassified %2 (was %3).")
                .arg(actor, subject, level(p.value(QLatin1String("old_level"))));
        return Tr::tr("%1 downgraded %2 from %3 to %4.")
            .arg(
                actor, subject, level(p.value(QLatin1String("old_level"))), level(p.value(QLatin1String("new_level"))));
    }
    if (is("item.release_approved"))
        return Tr::tr("%1 recorded the approval to release %2 to %3 (reference %4).")
            .arg(actor, subject, s("nationality"), s("reference"));
    if (is("item.designation_expired"))
        return Tr::tr("%1 recorded that the designation of %2 expired on %3.").arg(actor, subject, s("valid_until"));
    if (is("copy.transferred"))
        return Tr::tr("%1 handed %2 to %3 %4.").arg(who("from"), subject, who("to"), receipt(p));
    if (is("copy.stored"))
        return Tr::tr("%1 stored %2 in %3.").arg(actor, subject, s("container"));
    if (is("copy.recovered"))
        return Tr::tr("%1 recovered %2 from %3 into %4 (%5).")
            .arg(actor, subject, who("from"), s("container"), s("reason"));
    if (is("copy.issued")) {
        if (p.contains(QStringLiteral("due")))
            return Tr::tr("%1 issued %2 to %3 %4, due back %5.").arg(actor, subject, who("to"), receipt(p), s("due"));
        return Tr::tr("%1 issued %2 to %3 %4.").arg(actor, subject, who("to"), receipt(p));
    }
    if (is("copy.dispatched"))
        return Tr::tr("%1 dispatched %2 to %3 by %4 (receipt due %5).")
            .arg(actor, subject, s("to_org"), s("channel"), s("receipt_due"));
    if (is("copy.receipt_recorded"))
        return Tr::tr("%1 recorded receipt %2 for %3.").arg(actor, s("receipt_no"), subject);
    if (is("copy.destroyed")) {
        const QString witness = p.value(QStringLiteral("witness")).toString();
        return witness.isEmpty()
            ? Tr::tr("%1 destroyed %2 by %3 (no witness).").arg(actor, subject, s("method"))
            : Tr::tr("%1 destroyed %2 by %3, witnessed by %4.").arg(actor, subject, s("method"), names.of(witness));
    }
    if (is("item.reproduced"))
        return Tr::tr("%1 reproduced %2: new copies %3.").arg(actor, subject, list(p.value(QStringLiteral("copies"))));
    if (is("incident.reported")) {
        const QString kind = p.value(QStringLiteral("kind")).toString();
        const QString what = kind == QLatin1String("loss") ? Tr::tr("the loss")
            : kind == QLatin1String("compromise")          ? Tr::tr("the compromise")
                                                           : Tr::tr("a possible compromise");
        return Tr::tr("%1 reported %2 of %3 (incident %4).").arg(actor, what, subject, s("incident"));
    }
    if (is("incident.updated"))
        return Tr::tr("%1 updated incident %2: %3.")
            .arg(actor, s("incident"),
                p.value(QStringLiteral("status")).toString() == QLatin1String("closed") ? Tr::tr("closed")
                                                                                        : Tr::tr("open"));
    if (is("inventory.started")) {
        const QString c = p.value(QStringLiteral("container")).toString();
        return Tr::tr("%1 started inventory %2 of %3.")
            .arg(actor, s("inventory"), c.isEmpty() ? Tr::tr("the whole register") : c);
    }
    if (is("inventory.sighted"))
        return Tr::tr("%1 sighted %2 at inventory %3.").arg(actor, s("copy"), s("inventory"));
    if (is("inventory.finished"))
        return Tr::tr("%1 finished inventory %2: %3 present, %4 missing, %5 unexpected.")
            .arg(actor, s("inventory"))
            .arg(p.value(QStringLiteral("present")).toArray().size())
            .arg(p.value(QStringLiteral("missing")).toArray().size())
            .arg(p.value(QStringLiteral("unexpected")).toArray().size());
    if (is("audit.exported"))
        return Tr::tr("%1 exported the audit trail (%2) for %3.").arg(actor, s("format"), who("reader"));
    if (is("checkpoint.signed"))
        return Tr::tr("%1 signed a checkpoint after event %2.").arg(actor, s("seq"));
    return Tr::tr("%1: %2 %3").arg(actor, e.kind, displayPayloadText(e.kind, e.payload));
}

} // namespace kanribo
