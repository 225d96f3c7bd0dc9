// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/EventSight.h"

#include "policy/Visibility.h"
#include "service/Session.h"

#include <QJsonArray>

#include <algorithm>

namespace kanribo
{

namespace
{

QString controlOfCopy(const QString& copyId)
{
    return copyId.section(QLatin1Char('/'), 0, -2);
}

// The fields of each kind that need-to-know protects (the accountability view withholds them).
QStringList detailFields(const QString& kind)
{
    if (kind == QLatin1String("item.registered"))
        return { QStringLiteral("title"), QStringLiteral("classified_by"), QStringLiteral("derived_from"),
            QStringLiteral("declassify_on"), QStringLiteral("received_from"), QStringLiteral("receipt_no"),
            QStringLiteral("channel"), QStringLiteral("received_on"), QStringLiteral("content") };
    if (kind == QLatin1String("incident.reported"))
        return { QStringLiteral("summary") };
    if (kind == QLatin1String("incident.updated"))
        return { QStringLiteral("findings"), QStringLiteral("measures") };
    if (kind == QLatin1String("item.reproduced"))
        return { QStringLiteral("reason"), QStringLiteral("consent_ref") };
    if (kind == QLatin1String("copy.recovered"))
        return { QStringLiteral("reason") };
    if (kind == QLatin1String("item.reclassified"))
        return { QStringLiteral("reason"), QStringLiteral("notice_by"), QStringLiteral("reference") };
    if (kind == QLatin1String("access.denied"))
        return { QStringLiteral("reasons") };
    return {};
}

// A person's record in user events, for officers and auditors only.
const QStringList kPersonFields { QStringLiteral("clearance"), QStringLiteral("clearance_granted"),
    QStringLiteral("clearance_expires"), QStringLiteral("nationality"), QStringLiteral("briefed"),
    QStringLiteral("groups"), QStringLiteral("group") };
} // namespace

Status EventSight::readItems(Session& s, const User& u, bool intersect)
{
    const SightSql sight = sightSql(u, s.today());
    auto st
        = s.db->prepare(QStringLiteral("SELECT i.control, %1, (SELECT group_concat(grp, char(10)) FROM item_groups g "
                                       "WHERE g.control = i.control) FROM items i WHERE %2")
                            .arg(sight.full, sight.visible));
    if (!st)
        return st.error();
    QHash<QString, bool> items;
    QHash<QString, QStringList> groups;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const QString control = st->text(0);
        const bool full = st->integer(1) != 0;
        if (intersect && !m_items.contains(control))
            continue;
        items.insert(control, full && (!intersect || m_items.value(control)));
        if (!full) {
            Item it;
            it.groups = st->text(2).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            groups.insert(control, missingGroups(u, it));
        }
        if (intersect && m_groups.contains(control)) {
            QStringList both = groups.value(control) + m_groups.value(control);
            both.removeDuplicates();
            both.sort();
            groups.insert(control, both);
        }
    }
    m_items = std::move(items);
    m_groups = std::move(groups);
    // Whether every item of the register is seen in full: then a number of no item (a mistyped inventory sighting)
    // cannot be taken for a hidden one, and is shown as it is.
    auto total = s.db->prepare(QStringLiteral("SELECT count(*) FROM items"));
    if (!total)
        return total.error();
    auto r = total->next();
    if (!r)
        return r.error();
    m_seesAll = *r && std::count(m_items.cbegin(), m_items.cend(), true) == total->integer(0);
    return {};
}

Result<EventSight> EventSight::forReader(Session& s, const User& reader, const User* alsoSeenBy)
{
    KANRIBO_TRY(s.requireOpen());
    EventSight out;
    out.m_reader = reader;
    KANRIBO_TRY(out.readItems(s, reader, false));
    if (alsoSeenBy && alsoSeenBy->login != reader.login)
        KANRIBO_TRY(out.readItems(s, *alsoSeenBy, true));
    auto inc = s.db->prepare(QStringLiteral(
        "SELECT ic.incident_id, min(c.control) FROM incident_copies ic JOIN copies c ON c.id = ic.copy_id "
        "GROUP BY ic.incident_id"));
    if (!inc)
        return inc.error();
    for (;;) {
        auto r = inc->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        out.m_incidentItem.insert(inc->integer(0), inc->text(1));
    }
    return out;
}

std::optional<bool> EventSight::item(const QString& control) const
{
    const auto it = m_items.constFind(control);
    return it == m_items.constEnd() ? std::nullopt : std::optional<bool>(*it);
}

bool EventSight::seesWhole(const Event& e) const
{
    const auto seen = view(e);
    return seen && seen->payload == e.payload;
}

EventSight::Seen EventSight::seenControl(const QString& control) const
{
    const auto it = m_items.constFind(control);
    if (it == m_items.constEnd())
        return m_seesAll ? Seen::Full : Seen::None; // no such item: hidden like one out of view, unless none is
    return *it ? Seen::Full : Seen::Accountability;
}

EventSight::Seen EventSight::seenCopy(const QString& copyId) const
{
    return seenControl(controlOfCopy(copyId));
}

std::optional<Event> EventSight::view(const Event& e) const
{
    const QString type = e.subject.section(QLatin1Char(':'), 0, 0);
    const QString id = e.subject.section(QLatin1Char(':'), 1);
    QString control;
    if (type == QLatin1String("item"))
        control = id;
    else if (type == QLatin1String("copy"))
        control = controlOfCopy(id);
    else if (type == QLatin1String("incident"))
        control = m_incidentItem.value(id.toLongLong());

    QJsonObject p = e.payloadObject();
    bool changed = false;
    if (!control.isEmpty() || type == QLatin1String("incident")) {
        const Seen seen = seenControl(control);
        if (seen == Seen::None)
            return std::nullopt;
        if (seen == Seen::Accountability) {
            const QString text = withheldText(m_groups.value(control));
            for (const QString& f : detailFields(e.kind)) {
                if (p.contains(f)) {
                    p.insert(f, text);
                    changed = true;
                }
            }
        }
    } else if (type == QLatin1String("inventory")) {
        // A sighting of a copy out of view (or of a number that does not exist) is left out; lists keep what is
        // in view.
        if (p.contains(QStringLiteral("copy")) && seenCopy(p.value(QStringLiteral("copy")).toString()) == Seen::None)
            return std::nullopt;
        for (const QString& list :
            { QStringLiteral("present"), QStringLiteral("missing"), QStringLiteral("unexpected") }) {
            if (!p.contains(list))
                continue;
            QJsonArray kept;
            for (const auto& v : p.value(list).toArray())
                if (seenCopy(v.toString()) != Seen::None)
                    kept.append(v);
            if (kept.size() != p.value(list).toArray().size()) {
                p.insert(list, kept);
                changed = true;
            }
        }
        if (p.contains(QStringLiteral("incidents"))) {
            QJsonArray kept;
            for (const auto& v : p.value(QStringLiteral("incidents")).toArray())
                if (seenControl(m_incidentItem.value(v.toString().toLongLong())) != Seen::None)
                    kept.append(v);
            if (kept.size() != p.value(QStringLiteral("incidents")).toArray().size()) {
                p.insert(QStringLiteral("incidents"), kept);
                changed = true;
            }
        }
    } else if (type == QLatin1String("user") && m_reader.role != Role::Officer && m_reader.role != Role::Auditor
        && id != m_reader.login) {
        for (const QString& f : kPersonFields) {
            if (p.contains(f)) {
                p.insert(f, withheldText({}));
                changed = true;
            }
        }
    }
    if (!changed)
        return e;
    Event out = e;
    out.payload = canonicalJson(p);
    return out;
}

} // namespace kanribo
