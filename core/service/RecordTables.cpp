// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RecordTables.h"

#include "model/Level.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

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
    return VerifyReport {};
}

} // namespace kanribo
