// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RecordTables.h"

#include "model/Level.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Register)
};

struct Recorded {
    QString ts;
    QString actor;
    QJsonObject payload;
    QString text(const char* key) const { return payload.value(QLatin1String(key)).toString(); }
    QString rankOf(const char* key) const
    {
        const auto l = levelFromName(text(key));
        return l ? QString::number(rank(*l)) : QString();
    }
};

// One record table: the row's columns (as text, in SQL) and what its event says they are, in the same order.
struct Spec {
    const char* table;
    const char* kind;
    const char* key; // SQL naming the row
    QList<const char*> columns;
    std::function<QStringList(const Recorded&)> expected;
};

QString lines(const QJsonArray& a)
{
    QStringList out;
    for (const auto& v : a)
        out << v.toString();
    return out.join(QLatin1Char('\n'));
}

QList<Spec> specs()
{
    using L = QStringList;
    using C = QList<const char*>;
    return {
        { "disclosures", "item.disclosed", "id", C { "control", "login", "action", "at" },
            [](const Recorded& e) {
                return L { e.text("control"), e.text("login"), e.text("action"), e.ts };
            } },
        { "dispatches", "copy.dispatched", "id",
            C { "copy_id", "to_org", "channel", "coalesce(receipt_due, '')", "dispatched_at", "dispatched_by" },
            [](const Recorded& e) {
                return L { e.text("copy"), e.text("to_org"), e.text("channel"), e.text("receipt_due"), e.ts, e.actor };
            } },
        { "item_releases", "item.release_approved", "control || ' ' || nationality",
            C { "control", "nationality", "reference", "approved_on" },
            [](const Recorded& e) {
                return L { e.text("control"), e.text("nationality"), e.text("reference"), e.text("approved_on") };
            } },
        { "reclassifications", "item.reclassified", "id",
            C { "control", "kind", "old_level", "new_level", "notice_by", "notice_date", "reference", "reason",
                "recorded_at", "recorded_by" },
            [](const Recorded& e) {
                return L { e.text("control"), e.text("kind"), e.rankOf("old_level"), e.rankOf("new_level"),
                    e.text("notice_by"), e.text("notice_date"), e.text("reference"), e.text("reason"), e.ts, e.actor };
            } },
        { "reproductions", "item.reproduced", "id",
            C { "control", "copies", "reason", "consent_ref", "approver", "kind", "notation", "at", "by" },
            [](const Recorded& e) {
                return L { e.text("control"), lines(e.payload.value(QStringLiteral("copies")).toArray()),
                    e.text("reason"), e.text("consent_ref"), e.text("approver"), e.text("kind"), e.text("notation"),
                    e.ts, e.actor };
            } },
        { "destructions", "copy.destroyed", "copy_id",
            C { "copy_id", "control", "level", "method", "at", "official", "witness" },
            [](const Recorded& e) {
                return L { e.text("copy"), e.text("control"), e.rankOf("level"), e.text("method"), e.ts, e.actor,
                    e.text("witness") };
            } },
    };
}

QString columnList(const Spec& spec)
{
    QStringList out;
    for (const char* c : spec.columns)
        out << QString::fromLatin1(c);
    return out.join(QStringLiteral(", "));
}

// "coalesce(receipt_due, '')" -> "receipt_due"
QString columnName(const char* sql)
{
    return QString::fromLatin1(sql).section(QLatin1Char('('), -1).section(QLatin1Char(','), 0, 0);
}

VerifyReport differs(qint64 seq, const QString& table, const QString& key, const QString& what)
{
    VerifyReport rep;
    rep.ok = false;
    rep.firstBad = seq;
    rep.reason = Tr::tr("table %1, row %2: %3 is not what the ledger says").arg(table, key, what);
    return rep;
}

Result<std::optional<Recorded>> eventAt(Statement& st, qint64 seq, const QString& kind)
{
    st.reset();
    st.bind(1, seq);
    auto r = st.next();
    if (!r)
        return r.error();
    if (!*r || st.text(2) != kind)
        return std::optional<Recorded>();
    return std::optional<Recorded>(Recorded { st.text(0), st.text(1), QJsonDocument::fromJson(st.blob(3)).object() });
}

// What the incident and inventory events say their rows are (R-TRU-1): read once, in sequence order.
struct IncidentWant {
    qint64 seq = 0; // incident.reported
    qint64 lastSeq = 0; // the last event about it
    QStringList row; // kind, summary, status, reported_at, reported_by, originator_notified, findings, measures,
                     // closed_at
    QStringList copies;
};

struct InventoryWant {
    qint64 seq = 0; // inventory.started
    qint64 lastSeq = 0;
    QStringList row; // container, started_at, started_by, finished_at, present, missing, unexpected, incidents
    QHash<QString, std::pair<qint64, QStringList>> sightings; // copy -> (seq, {at, by})
};

// A text the table keeps as it is, or a coded one (a Reason, e.g. an inventory's loss summary) as its compact JSON.
QString storedText(const QJsonValue& v)
{
    return v.isObject() ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)) : v.toString();
}

const QList<const char*> kIncidentColumns { "kind", "summary", "status", "reported_at", "reported_by",
    "originator_notified", "findings", "measures", "closed_at" };
const QList<const char*> kInventoryColumns { "container", "started_at", "started_by", "finished_at", "present",
    "missing", "unexpected", "incidents" };

// Rows keyed by id (the first column) against what the events say the other columns are (wants: id -> an
// IncidentWant or InventoryWant, whose row lists them in the columns' order); then every wanted row must be there.
template <typename Wants>
Result<VerifyReport> compareRows(
    Database& db, const QString& table, const QList<const char*>& columns, const QString& select, const Wants& wants)
{
    KANRIBO_ASSIGN(auto rows, db.prepare(select));
    std::optional<VerifyReport> bad;
    QSet<qint64> seen;
    const Status read = rows.each([&](const Statement& row) {
        const qint64 id = row.integer(0);
        seen.insert(id);
        const auto want = wants.constFind(id);
        if (want == wants.constEnd())
            bad = differs(0, table, QString::number(id), Tr::tr("the whole row (no event recorded it)"));
        else
            for (qsizetype i = 0; i < columns.size() && !bad; ++i)
                if (row.text(static_cast<int>(i) + 1) != want->row.at(i))
                    bad = differs(want->lastSeq, table, QString::number(id), QString::fromLatin1(columns.at(i)));
        return bad ? makeError(ErrorCode::Integrity, bad->reason) : Status {}; // stops at the first difference
    });
    if (bad)
        return *bad;
    KANRIBO_TRY(read);
    for (auto it = wants.cbegin(); it != wants.cend(); ++it)
        if (!seen.contains(it.key()))
            return differs(it->seq, table, QString::number(it.key()), Tr::tr("the whole row (recorded, now missing)"));
    return VerifyReport {};
}

Result<VerifyReport> compareIncidentsAndInventories(Database& db)
{
    QMap<qint64, IncidentWant> incidents;
    QMap<qint64, InventoryWant> inventories;
    auto ev = db.prepare(QStringLiteral(
        "SELECT seq, ts, actor, kind, payload FROM events WHERE kind IN ('incident.reported', 'incident.updated', "
        "'inventory.started', 'inventory.sighted', 'inventory.finished') ORDER BY seq"));
    if (!ev)
        return ev.error();
    std::optional<VerifyReport> unknown;
    KANRIBO_TRY(ev->each([&](const Statement& row) {
        const qint64 seq = row.integer(0);
        const Recorded e { row.text(1), row.text(2), QJsonDocument::fromJson(row.blob(4)).object() };
        const QString kind = row.text(3);
        if (kind.startsWith(QLatin1String("incident."))) {
            const qint64 id = e.payload.value(QStringLiteral("incident")).toInteger();
            if (kind == QLatin1String("incident.reported")) {
                QStringList copies;
                for (const auto& c : e.payload.value(QStringLiteral("copies")).toArray())
                    copies << c.toString();
                copies.sort();
                incidents.insert(id,
                    { seq, seq,
                        { e.text("kind"), storedText(e.payload.value(QStringLiteral("summary"))),
                            QStringLiteral("open"), e.ts, e.actor, {}, {}, {}, {} },
                        copies });
            } else if (auto it = incidents.find(id); it != incidents.end()) {
                it->lastSeq = seq;
                QStringList& r = it->row;
                r[5] = e.text("originator_notified");
                r[6] = e.text("findings");
                r[7] = e.text("measures");
                r[2] = e.text("status");
                if (r[2] == QLatin1String("closed") && r[8].isEmpty())
                    r[8] = e.ts;
            } else if (!unknown) {
                unknown = differs(seq, QStringLiteral("incidents"), QString::number(id),
                    Tr::tr("the whole row (updated, never reported)"));
            }
            return Status {};
        }
        const qint64 id = e.payload.value(QStringLiteral("inventory")).toInteger();
        if (kind == QLatin1String("inventory.started")) {
            inventories.insert(id, { seq, seq, { e.text("container"), e.ts, e.actor, {}, {}, {}, {}, {} }, {} });
        } else if (auto it = inventories.find(id); it != inventories.end()) {
            it->lastSeq = seq;
            if (kind == QLatin1String("inventory.sighted")) {
                it->sightings.insert(e.text("copy"), { seq, { e.ts, e.actor } });
            } else {
                it->row[3] = e.ts;
                it->row[4] = lines(e.payload.value(QStringLiteral("present")).toArray());
                it->row[5] = lines(e.payload.value(QStringLiteral("missing")).toArray());
                it->row[6] = lines(e.payload.value(QStringLiteral("unexpected")).toArray());
                it->row[7] = lines(e.payload.value(QStringLiteral("incidents")).toArray());
            }
        } else if (!unknown) {
            unknown = differs(
                seq, QStringLiteral("inventories"), QString::number(id), Tr::tr("the whole row (used, never started)"));
        }
        return Status {};
    }));
    if (unknown)
        return *unknown;

    auto inc = compareRows(db, QStringLiteral("incidents"), kIncidentColumns,
        QStringLiteral("SELECT id, kind, summary, status, reported_at, reported_by, coalesce(originator_notified, ''), "
                       "findings, measures, coalesce(closed_at, '') FROM incidents ORDER BY id"),
        incidents);
    if (!inc || !inc->ok)
        return inc;
    auto inv = compareRows(db, QStringLiteral("inventories"), kInventoryColumns,
        QStringLiteral("SELECT id, container, started_at, started_by, coalesce(finished_at, ''), present, missing, "
                       "unexpected, incidents FROM inventories ORDER BY id"),
        inventories);
    if (!inv || !inv->ok)
        return inv;

    // The rows under them are the events'.
    QHash<qint64, QStringList> copies;
    auto ic = db.prepare(QStringLiteral("SELECT incident_id, copy_id FROM incident_copies ORDER BY copy_id"));
    if (!ic)
        return ic.error();
    KANRIBO_TRY(ic->each([&](const Statement& row) {
        copies[row.integer(0)] << row.text(1);
        return Status {};
    }));
    QHash<qint64, QHash<QString, QStringList>> sightings;
    auto sg = db.prepare(QStringLiteral("SELECT inventory_id, copy_id, at, \"by\" FROM inventory_sightings"));
    if (!sg)
        return sg.error();
    KANRIBO_TRY(sg->each([&](const Statement& row) {
        sightings[row.integer(0)].insert(row.text(1), { row.text(2), row.text(3) });
        return Status {};
    }));
    for (auto it = incidents.cbegin(); it != incidents.cend(); ++it) {
        if (copies.take(it.key()) != it->copies)
            return differs(it->seq, QStringLiteral("incident_copies"), QString::number(it.key()), Tr::tr("the copies"));
    }
    if (!copies.isEmpty())
        return differs(
            0, QStringLiteral("incident_copies"), QString::number(copies.cbegin().key()), Tr::tr("the copies"));
    for (auto it = inventories.cbegin(); it != inventories.cend(); ++it) {
        const QHash<QString, QStringList> seen = sightings.take(it.key());
        for (auto s = it->sightings.cbegin(); s != it->sightings.cend(); ++s)
            if (seen.value(s.key()) != s->second)
                return differs(s->first, QStringLiteral("inventory_sightings"),
                    QString::number(it.key()) + QLatin1Char(' ') + s.key(), Tr::tr("the sighting"));
        for (auto s = seen.cbegin(); s != seen.cend(); ++s)
            if (!it->sightings.contains(s.key()))
                return differs(it->lastSeq, QStringLiteral("inventory_sightings"),
                    QString::number(it.key()) + QLatin1Char(' ') + s.key(),
                    Tr::tr("the whole row (no event recorded it)"));
    }
    if (!sightings.isEmpty())
        return differs(0, QStringLiteral("inventory_sightings"), QString::number(sightings.cbegin().key()),
            Tr::tr("the whole row (no event recorded it)"));
    return VerifyReport {};
}

} // namespace

Result<VerifyReport> compareRecordTables(Database& db)
{
    auto byseq = db.prepare(QStringLiteral("SELECT ts, actor, kind, payload FROM events WHERE seq = ?"));
    if (!byseq)
        return byseq.error();
    for (const Spec& spec : specs()) {
        const QString table = QString::fromLatin1(spec.table);
        const QString kind = QString::fromLatin1(spec.kind);
        auto rows = db.prepare(QStringLiteral("SELECT %1, event_seq, %2 FROM %3 ORDER BY event_seq")
                                   .arg(QString::fromLatin1(spec.key), columnList(spec), table));
        if (!rows)
            return rows.error();
        QSet<qint64> seqs;
        for (;;) {
            auto r = rows->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            const QString key = rows->text(0);
            const qint64 seq = rows->integer(1);
            if (seqs.contains(seq))
                return differs(seq, table, key, Tr::tr("a second row for event %1").arg(seq));
            seqs.insert(seq);
            auto e = eventAt(*byseq, seq, kind);
            if (!e)
                return e.error();
            if (!*e)
                return differs(seq, table, key, Tr::tr("the whole row (no %1 event recorded it)").arg(kind));
            const QStringList want = spec.expected(**e);
            for (qsizetype i = 0; i < spec.columns.size(); ++i)
                if (rows->text(static_cast<int>(i) + 2) != want.at(i))
                    return differs(seq, table, key, columnName(spec.columns.at(i)));
        }
        // Every event of the kind kept its row.
        auto events = db.prepare(QStringLiteral("SELECT seq FROM events WHERE kind = ? ORDER BY seq"));
        if (!events)
            return events.error();
        events->bind(1, kind);
        for (;;) {
            auto r = events->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            const qint64 seq = events->integer(0);
            if (!seqs.contains(seq))
                return differs(
                    seq, table, Tr::tr("of event %1").arg(seq), Tr::tr("the whole row (recorded, now missing)"));
        }
    }
    // A dispatch's receipt is what its copy.receipt_recorded event says, or absent.
    QHash<qint64, Recorded> receipts;
    auto rec = db.prepare(
        QStringLiteral("SELECT ts, actor, payload FROM events WHERE kind = 'copy.receipt_recorded' ORDER BY seq"));
    if (!rec)
        return rec.error();
    KANRIBO_TRY(rec->each([&](const Statement& row) {
        Recorded e { row.text(0), row.text(1), QJsonDocument::fromJson(row.blob(2)).object() };
        receipts.insert(e.payload.value(QStringLiteral("dispatch")).toInteger(), e);
        return Status {};
    }));
    auto disp = db.prepare(QStringLiteral(
        "SELECT id, event_seq, receipt_no, coalesce(receipt_at, '') FROM dispatches ORDER BY event_seq"));
    if (!disp)
        return disp.error();
    for (;;) {
        auto r = disp->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const auto found = receipts.constFind(disp->integer(0));
        const QString no = found == receipts.constEnd() ? QString() : found->text("receipt_no");
        const QString at = found == receipts.constEnd() ? QString() : found->ts;
        if (disp->text(2) != no || disp->text(3) != at)
            return differs(disp->integer(1), QStringLiteral("dispatches"), disp->text(0),
                disp->text(2) != no ? QStringLiteral("receipt_no") : QStringLiteral("receipt_at"));
    }
    return compareIncidentsAndInventories(db);
}

} // namespace kanribo
