// SPDX-License-Identifier: GPL-3.0-or-later
// Custody: inventories (R-INV-1): start, sight, finish (missing copies open loss incidents), and which are due.
#include "service/Custody.h"

#include "service/CustodySteps.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonArray>
#include <QSet>

namespace kanribo
{

using namespace custody;

// ---- inventory -----------------------------------------------------------------------------------------------------

Result<std::optional<InventoryResult>> Custody::openInventory() const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT id, container, started_at FROM inventories WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<InventoryResult>();
    InventoryResult inv;
    inv.id = st->integer(0);
    inv.container = st->text(1);
    inv.startedAt = QDateTime::fromString(st->text(2), Qt::ISODateWithMs);
    auto s2 = m_s.db->prepare(
        QStringLiteral("SELECT copy_id, by FROM inventory_sightings WHERE inventory_id = ? ORDER BY at"));
    if (!s2)
        return s2.error();
    s2->bind(1, inv.id);
    QList<std::pair<QString, QString>> sightings; // copy, by whom
    QStringList ids;
    for (;;) {
        auto rr = s2->next();
        if (!rr)
            return rr.error();
        if (!*rr)
            break;
        sightings.append({ s2->text(0), s2->text(1) });
        ids << s2->text(0);
    }
    // Sighted so far (R-ACC-3): copies in the acting user's view, and what they scanned themselves; another
    // person's sighting of a copy out of view (or of a number of no item, which must look the same) is left out,
    // unless the user sees every item in full: then such a number cannot be taken for a hidden one.
    auto all = m_s.db->prepare(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM items WHERE control NOT IN (%1))")
                                   .arg(m_items.fullControls()));
    if (!all)
        return all.error();
    auto ar = all->next();
    if (!ar)
        return ar.error();
    const bool seesAll = *ar && all->integer(0) != 0;
    const QStringList seen = inView(ids);
    for (const auto& [id, by] : std::as_const(sightings))
        if ((by == m_s.me.login || seesAll || seen.contains(id)) && !inv.present.contains(id))
            inv.present << id;
    return std::optional<InventoryResult>(inv);
}

Result<InventoryResult> Custody::startInventory(const QString& containerId)
{
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian }, QStringLiteral("inventory.start"), QStringLiteral("register")));
    auto open = openInventory();
    if (!open)
        return open.error();
    if (*open)
        return makeError(ErrorCode::Conflict, Tr::tr("Inventory %1 is still open: finish it first.").arg((*open)->id));
    if (!containerId.isEmpty()) {
        auto c = People(m_s).container(containerId);
        if (!c)
            return c.error();
        // R-ACC-3: only a container approved at or below the clearance (it may hold anything up to its level).
        if (rank(c->level) > rank(m_s.me.clearance))
            return m_s.deny(QStringLiteral("inventory.start"), QStringLiteral("container:") + containerId,
                { Reason::of(QStringLiteral("container-above-clearance"),
                    { { QStringLiteral("container"), containerId },
                        { QStringLiteral("level"), levelName(c->level) } }) });
    }
    InventoryResult inv;
    inv.container = containerId;
    inv.startedAt = m_s.now();
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(
            m_s.db->run(QStringLiteral("INSERT INTO inventories(container, started_at, started_by) VALUES(?,?,?)"),
                containerId, formatTimestamp(inv.startedAt), m_s.me.login));
        inv.id = m_s.db->lastInsertId();
        auto ev = m_s.record({ QStringLiteral("inventory.started"), QStringLiteral("inventory:%1").arg(inv.id),
            QJsonObject { { QStringLiteral("inventory"), inv.id }, { QStringLiteral("container"), containerId } } });
        if (!ev)
            return ev.error();
        inv.startedAt = ev->time;
        return stampEventTime(*m_s.db, QStringLiteral("inventories"), QStringLiteral("started_at"), inv.id, ev->time);
    }));
    return inv;
}

Status Custody::sight(const QString& copyIdText)
{
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian }, QStringLiteral("inventory.sight"), QStringLiteral("register")));
    const QString id = copyIdText.trimmed().toUpper();
    if (id.isEmpty() || id.size() > 100)
        return makeError(ErrorCode::Usage, Tr::tr("Type or scan a copy number such as S-2026-000001/1."));
    auto open = openInventory();
    if (!open)
        return open.error();
    if (!*open)
        return makeError(ErrorCode::Conflict, Tr::tr("No inventory is open: start one first."));
    if ((*open)->present.contains(id))
        return {}; // a second scan of the same copy changes nothing
    const qint64 invId = (*open)->id;
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("inventory.sighted"), QStringLiteral("inventory:%1").arg(invId),
            QJsonObject { { QStringLiteral("inventory"), invId }, { QStringLiteral("copy"), id } } });
        if (!ev)
            return ev.error();
        return m_s.db->run(
            QStringLiteral("INSERT INTO inventory_sightings(inventory_id, copy_id, at, by) VALUES(?,?,?,?)"), invId, id,
            formatTimestamp(ev->time), m_s.me.login);
    });
}

Result<InventoryResult> Custody::finishInventory()
{
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian }, QStringLiteral("inventory.finish"), QStringLiteral("register")));
    auto open = openInventory();
    if (!open)
        return open.error();
    if (!*open)
        return makeError(ErrorCode::Conflict, Tr::tr("No inventory is open."));
    InventoryResult inv = **open;
    const QSet<QString> sighted(inv.present.begin(), inv.present.end());
    inv.present.clear();
    // The scope is exactly the active copies (of the container) in the actor's accountability view (R-ACC-3):
    // nothing they may not see is counted, listed or reported.
    QStringList scope;
    {
        QString sql = QStringLiteral("SELECT id FROM copies WHERE status = 'active' AND control IN (%1)")
                          .arg(m_items.visibleControls());
        if (!inv.container.isEmpty())
            sql += QStringLiteral(" AND container = ?");
        sql += QStringLiteral(" ORDER BY id");
        auto st = m_s.db->prepare(sql);
        if (!st)
            return st.error();
        if (!inv.container.isEmpty())
            st->bind(1, inv.container);
        auto ids = st->collect<QString>([](const Statement& row) { return row.text(0); });
        if (!ids)
            return ids.error();
        scope = *ids;
    }
    for (const auto& id : scope)
        (sighted.contains(id) ? inv.present : inv.missing) << id;
    for (const auto& id : sighted)
        if (!scope.contains(id))
            inv.unexpected << id;
    inv.unexpected.sort();
    inv.finishedAt = m_s.now();
    // One transaction: each missing copy opens a loss incident (R-INV-1) and the inventory closes, or nothing at all
    // is written (a failed finish changes nothing).
    KANRIBO_TRY(m_s.writeBatch([&]() -> Status {
        for (const auto& id : inv.missing) {
            auto inc = fileIncident(id, IncidentKind::Loss,
                Reason::of(QStringLiteral("not-sighted-at-inventory"),
                    { { QStringLiteral("inventory"), QString::number(inv.id) },
                        { QStringLiteral("container"), inv.container } }));
            if (!inc)
                return inc.error();
            inv.incidents << inc->id;
        }
        QStringList incidentIds;
        for (qint64 i : inv.incidents)
            incidentIds << QString::number(i);
        return m_s.write([&]() -> Status {
            auto ev = m_s.record({ QStringLiteral("inventory.finished"), QStringLiteral("inventory:%1").arg(inv.id),
                QJsonObject { { QStringLiteral("inventory"), inv.id }, { QStringLiteral("container"), inv.container },
                    { QStringLiteral("present"), QJsonArray::fromStringList(inv.present) },
                    { QStringLiteral("missing"), QJsonArray::fromStringList(inv.missing) },
                    { QStringLiteral("unexpected"), QJsonArray::fromStringList(inv.unexpected) },
                    { QStringLiteral("incidents"), QJsonArray::fromStringList(incidentIds) } } });
            if (!ev)
                return ev.error();
            inv.finishedAt = ev->time; // R-TRU-1: the record's time is its event's
            return m_s.db->run(QStringLiteral("UPDATE inventories SET finished_at = ?, present = ?, "
                                              "missing = ?, unexpected = ?, incidents = ? WHERE id = ?"),
                formatTimestamp(inv.finishedAt), joinLines(inv.present), joinLines(inv.missing),
                joinLines(inv.unexpected), joinLines(incidentIds), inv.id);
        });
    }));
    return inv;
}

QStringList Custody::inView(const QStringList& copyIds) const
{
    if (copyIds.isEmpty())
        return {};
    auto st
        = m_s.db->prepare(QStringLiteral("SELECT id FROM copies WHERE control IN (%1)").arg(m_items.visibleControls()));
    if (!st)
        return {};
    auto visible = st->collect<QString>([](const Statement& row) { return row.text(0); });
    if (!visible)
        return {};
    const QSet<QString> set(visible->begin(), visible->end());
    QStringList out;
    for (const auto& id : copyIds)
        if (set.contains(id))
            out << id;
    return out;
}

Result<QList<InventoryResult>> Custody::inventories() const
{
    KANRIBO_TRY(m_s.requireOpen());
    // R-ACC-3: the incidents an inventory opened are named only where the user sees them.
    auto visibleIncidents = incidents(false);
    if (!visibleIncidents)
        return visibleIncidents.error();
    QSet<qint64> incidentsInView;
    for (const auto& i : std::as_const(*visibleIncidents))
        incidentsInView.insert(i.id);
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT id, container, started_at, finished_at, present, missing, unexpected, incidents FROM inventories "
        "WHERE finished_at IS NOT NULL ORDER BY id"));
    if (!st)
        return st.error();
    QList<InventoryResult> out;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        InventoryResult inv;
        inv.id = st->integer(0);
        inv.container = st->text(1);
        inv.startedAt = QDateTime::fromString(st->text(2), Qt::ISODateWithMs);
        inv.finishedAt = QDateTime::fromString(st->text(3), Qt::ISODateWithMs);
        // R-ACC-3: only copies the user sees; an unexpected sighting of a copy they may not see and of a number that
        // does not exist are both left out.
        inv.present = inView(splitLines(st->text(4)));
        inv.missing = inView(splitLines(st->text(5)));
        inv.unexpected = inView(splitLines(st->text(6)));
        for (const auto& i : splitLines(st->text(7)))
            if (incidentsInView.contains(i.toLongLong()))
                inv.incidents << i.toLongLong();
        out << inv;
    }
}

Result<QList<InventoryDue>> Custody::inventoriesDue() const
{
    KANRIBO_TRY(m_s.requireOpen());
    const int months = m_s.policy().rules(Level::TopSecret).inventoryMonths;
    if (months <= 0)
        return QList<InventoryDue>();
    auto done = inventories();
    if (!done)
        return done.error();
    // Top Secret copies in the holdings, by scope (container, or "" for copies charged to people).
    auto st = m_s.db->prepare(
        QStringLiteral("SELECT coalesce(c.container, ''), count(*), min(i.registered_at) FROM copies c JOIN items i ON "
                       "i.control = c.control "
                       "WHERE c.status = 'active' AND i.level = 3 AND i.control IN (%1) "
                       "GROUP BY coalesce(c.container, '') ORDER BY 1")
            .arg(m_items.visibleControls()));
    if (!st)
        return st.error();
    QList<InventoryDue> out;
    const QDate today = m_s.today();
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        InventoryDue d;
        d.scope = st->text(0);
        d.topSecretCopies = static_cast<int>(st->integer(1));
        const QDate firstRegistered = QDateTime::fromString(st->text(2), Qt::ISODateWithMs).date();
        for (const auto& inv : *done)
            if (inv.container.isEmpty() || inv.container == d.scope)
                if (!d.lastDone.isValid() || inv.finishedAt.date() > d.lastDone)
                    d.lastDone = inv.finishedAt.date();
        d.due = (d.lastDone.isValid() ? d.lastDone : firstRegistered).addMonths(months);
        d.overdue = d.due < today;
        out << d;
    }
}

} // namespace kanribo
