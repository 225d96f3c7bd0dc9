// SPDX-License-Identifier: GPL-3.0-or-later
// Custody: incidents (R-INC-*): reporting a loss or compromise, updating and closing it, and reading them back.
#include "service/Custody.h"

#include "service/CopyStateMachine.h"
#include "service/CustodySteps.h"
#include "service/Items.h"
#include "service/Session.h"

#include <QJsonArray>

namespace kanribo
{

using namespace custody;

QString incidentKindName(IncidentKind k)
{
    switch (k) {
    case IncidentKind::Loss:
        return QStringLiteral("loss");
    case IncidentKind::Compromise:
        return QStringLiteral("compromise");
    case IncidentKind::PossibleCompromise:
        return QStringLiteral("possible-compromise");
    }
    return {};
}

std::optional<IncidentKind> incidentKindFromName(const QString& name)
{
    for (auto k : { IncidentKind::Loss, IncidentKind::Compromise, IncidentKind::PossibleCompromise })
        if (incidentKindName(k) == name)
            return k;
    return std::nullopt;
}

// ---- incidents -----------------------------------------------------------------------------------------------------

Result<Incident> Custody::reportIncident(const QString& target, IncidentKind kind, const QString& summary)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_TRY(requireText(summary, Tr::tr("The summary")));
    return fileIncident(target, kind, summary.trimmed());
}

Result<Incident> Custody::fileIncident(
    const QString& target, IncidentKind kind, const std::variant<QString, Reason>& summary)
{
    const Reason* coded = std::get_if<Reason>(&summary);
    // The table keeps the coded form too (Incident::summary is put into words when read, see incidents()).
    const QString stored = coded ? coded->toStoredText() : std::get<QString>(summary);
    const QJsonValue recorded = coded ? coded->toJson() : QJsonValue(stored);
    const bool isCopy = target.contains(QLatin1Char('/'));
    // Anyone who sees the item reports at once (R-INC-1), the accountability view included (R-ACC-3).
    QList<Copy> affected;
    QString control;
    if (isCopy) {
        auto seen = m_items.seenCopy(target, QStringLiteral("incident.report"));
        if (!seen)
            return seen.error();
        control = seen->second.control;
        affected << seen->first;
    } else {
        auto item = m_items.seen(target, QStringLiteral("incident.report"));
        if (!item)
            return item.error();
        control = item->control;
        for (const auto& c : item->copies)
            if (c.status == CopyStatus::Active)
                affected << c;
    }
    if (kind == IncidentKind::Loss) {
        for (const auto& c : affected)
            KANRIBO_TRY(CopyStateMachine::check(c, CopyAction::MarkLost, m_s.me.login, mayManageStorage(m_s.me)));
    }
    if (affected.isEmpty())
        return makeError(ErrorCode::Conflict, Tr::tr("%1 has no copy in the holdings to report on.").arg(target));
    Incident inc;
    inc.kind = kind;
    inc.summary = coded ? coded->describe() : stored;
    inc.status = QStringLiteral("open");
    inc.reportedAt = m_s.now();
    inc.reportedBy = m_s.me.login;
    for (const auto& c : affected)
        inc.copies << c.id;
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(m_s.db->run(
            QStringLiteral(
                "INSERT INTO incidents(kind, summary, status, reported_at, reported_by) VALUES(?,?,'open',?,?)"),
            incidentKindName(kind), stored, formatTimestamp(inc.reportedAt), inc.reportedBy));
        inc.id = m_s.db->lastInsertId();
        for (const auto& c : affected) {
            KANRIBO_TRY(m_s.db->run(
                QStringLiteral("INSERT INTO incident_copies(incident_id, copy_id) VALUES(?,?)"), inc.id, c.id));
            if (kind == IncidentKind::Loss) {
                KANRIBO_TRY(setCopyState(*m_s.db, CopyStateMachine::apply(c, CopyAction::MarkLost)));
            }
            KANRIBO_TRY(m_s.db->run(QStringLiteral("UPDATE copies SET incident = ? WHERE id = ?"), inc.id, c.id));
        }
        KANRIBO_TRY(m_items.refreshStatus(control));
        auto ev = m_s.record({ QStringLiteral("incident.reported"),
            isCopy ? QStringLiteral("copy:") + target : QStringLiteral("item:") + control,
            QJsonObject { { QStringLiteral("incident"), inc.id }, { QStringLiteral("kind"), incidentKindName(kind) },
                { QStringLiteral("summary"), recorded },
                { QStringLiteral("copies"), QJsonArray::fromStringList(inc.copies) },
                { QStringLiteral("article"), m_s.policy().article(QStringLiteral("loss")).ref } } });
        if (!ev)
            return ev.error();
        inc.reportedAt = ev->time; // R-TRU-1: the record's time is its event's
        return stampEventTime(*m_s.db, QStringLiteral("incidents"), QStringLiteral("reported_at"), inc.id, ev->time);
    }));
    return inc;
}

Result<Incident> Custody::updateIncident(qint64 id, const IncidentUpdate& u)
{
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer }, QStringLiteral("incident.update"), QStringLiteral("incident:%1").arg(id)));
    auto all = incidents(false);
    if (!all)
        return all.error();
    std::optional<Incident> cur;
    for (const auto& i : *all)
        if (i.id == id)
            cur = i;
    if (!cur)
        return makeError(ErrorCode::NotFound, Tr::tr("No incident %1.").arg(id));
    if (cur->withheld) // findings and measures are about the material: R-ACC-1 in full
        return m_s.deny(QStringLiteral("incident.update"), QStringLiteral("incident:%1").arg(id),
            { Reason::of(QStringLiteral("incident-outside-need-to-know")) });
    if (cur->status == QLatin1String("closed"))
        return makeError(ErrorCode::Conflict, Tr::tr("Incident %1 is closed.").arg(id));
    Incident next = *cur;
    if (u.originatorNotified)
        next.originatorNotified = *u.originatorNotified;
    if (u.findings)
        next.findings = u.findings->trimmed();
    if (u.measures)
        next.measures = u.measures->trimmed();
    if (u.close) {
        // R-INC-2: the originating government is notified and the findings and measures are recorded before closing.
        if (!next.originatorNotified.isValid() || next.findings.isEmpty() || next.measures.isEmpty())
            return makeError(ErrorCode::Conflict,
                Tr::tr("Before closing, record when the originator was notified, "
                       "the findings and the corrective measures."));
        next.status = QStringLiteral("closed");
        next.closedAt = m_s.now();
    }
    if (!u.originatorNotified && !u.findings && !u.measures && !u.close)
        return makeError(ErrorCode::Usage, Tr::tr("Nothing to update."));
    KANRIBO_TRY(m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("incident.updated"), QStringLiteral("incident:%1").arg(id),
            QJsonObject { { QStringLiteral("incident"), id },
                { QStringLiteral("originator_notified"), formatDate(next.originatorNotified) },
                { QStringLiteral("findings"), next.findings }, { QStringLiteral("measures"), next.measures },
                { QStringLiteral("status"), next.status } } });
        if (!ev)
            return ev.error();
        if (u.close)
            next.closedAt = ev->time; // R-TRU-1: the record's time is its event's
        auto st = m_s.db->prepare(QStringLiteral("UPDATE incidents SET originator_notified = ?, findings = ?, measures "
                                                 "= ?, status = ?, closed_at = ? WHERE id = ?"));
        if (!st)
            return st.error();
        st->bindOptional(1, formatDate(next.originatorNotified))
            .bind(2, next.findings)
            .bind(3, next.measures)
            .bind(4, next.status)
            .bindOptional(5, next.closedAt.isValid() ? formatTimestamp(next.closedAt) : QString())
            .bind(6, id);
        return st->run();
    }));
    return next;
}

Result<QList<Incident>> Custody::incidents(bool openOnly) const
{
    KANRIBO_TRY(m_s.requireOpen());
    // R-ACC-3: incidents about copies the user sees; the free text only where they see every item in full.
    const QString affected = QStringLiteral("SELECT c.control FROM incident_copies ic JOIN copies c ON c.id = "
                                            "ic.copy_id WHERE ic.incident_id = incidents.id");
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT id, kind, summary, status, reported_at, reported_by, originator_notified, findings, measures, "
        "closed_at, "
        "(SELECT group_concat(copy_id, char(10)) FROM incident_copies c WHERE c.incident_id = incidents.id), "
        "NOT EXISTS (%1 AND c.control NOT IN (%2)) "
        "FROM incidents WHERE EXISTS (%1) AND NOT EXISTS (%1 AND c.control NOT IN (%3)) ORDER BY id")
                                  .arg(affected, m_items.fullControls(), m_items.visibleControls()));
    if (!st)
        return st.error();
    QList<Incident> out;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        Incident i;
        i.id = st->integer(0);
        i.kind = incidentKindFromName(st->text(1)).value_or(IncidentKind::Loss);
        i.summary = Reason::describeStored(st->text(2));
        i.status = st->text(3);
        i.reportedAt = QDateTime::fromString(st->text(4), Qt::ISODateWithMs);
        i.reportedBy = st->text(5);
        i.originatorNotified = QDate::fromString(st->text(6), Qt::ISODate);
        i.findings = st->text(7);
        i.measures = st->text(8);
        i.closedAt = QDateTime::fromString(st->text(9), Qt::ISODateWithMs);
        i.copies = splitLines(st->text(10));
        i.copies.sort();
        if (st->integer(11) == 0) {
            i.withheld = true;
            i.summary.clear();
            i.findings.clear();
            i.measures.clear();
        }
        if (!openOnly || i.status == QLatin1String("open"))
            out << i;
    }
}

} // namespace kanribo
