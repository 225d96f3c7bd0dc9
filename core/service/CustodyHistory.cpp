// SPDX-License-Identifier: GPL-3.0-or-later
// Custody: a copy's history, holdings and what is charged out, and the replay of copy state from the ledger
// (R-TRU-1).
#include "service/Custody.h"

#include "service/CustodySteps.h"
#include "service/Items.h"
#include "service/Session.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace kanribo
{

using namespace custody;

// ---- history, holdings, verification ------------------------------------------------------------------------------

namespace
{
// Whether an item's event is about this copy: its "copy", or one of its "copies" (ids, or objects with an "id").
// Whole ids only: S-2026-000001/1 is not S-2026-000001/10.
bool eventNamesCopy(const QJsonObject& payload, const QString& copyId)
{
    if (payload.value(QStringLiteral("copy")).toString() == copyId)
        return true;
    const QJsonArray copies = payload.value(QStringLiteral("copies")).toArray();
    return std::any_of(copies.begin(), copies.end(), [&](const QJsonValue& v) {
        return (v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString()) == copyId;
    });
}
} // namespace

Result<QList<CustodyEntry>> Custody::history(const QString& copyId) const
{
    auto seen = m_items.seenCopy(copyId, QStringLiteral("copy.history"));
    if (!seen)
        return seen.error();
    const Copy* copy = &seen->first;
    QList<CustodyEntry> out;
    const auto add = [&](const Event& e) {
        CustodyEntry c { e.seq, e.time, e.kind, e.actor, e.cosigners, QString() };
        const QJsonObject p = e.payloadObject();
        if (e.kind == QLatin1String("copy.transferred") || e.kind == QLatin1String("copy.issued"))
            c.summary = p.value(QStringLiteral("to")).toString();
        else if (e.kind == QLatin1String("copy.stored") || e.kind == QLatin1String("copy.recovered"))
            c.summary = p.value(QStringLiteral("container")).toString();
        else if (e.kind == QLatin1String("copy.dispatched"))
            c.summary = p.value(QStringLiteral("to_org")).toString();
        else if (e.kind == QLatin1String("copy.destroyed"))
            c.summary = p.value(QStringLiteral("method")).toString();
        else if (e.kind == QLatin1String("incident.reported"))
            c.summary = p.value(QStringLiteral("kind")).toString();
        out << c;
    };
    Ledger::Filter aboutItem;
    aboutItem.subjectPrefix = QStringLiteral("item:") + copy->control;
    KANRIBO_TRY(m_s.ledger->forEach(aboutItem, [&](const Event& e) {
        if (e.kind == QLatin1String("item.registered") || eventNamesCopy(e.payloadObject(), copyId))
            add(e);
        return true;
    }));
    Ledger::Filter aboutCopy;
    aboutCopy.subjectPrefix = QStringLiteral("copy:") + copyId;
    KANRIBO_TRY(m_s.ledger->forEach(aboutCopy, [&](const Event& e) {
        add(e);
        return true;
    }));
    std::sort(out.begin(), out.end(), [](const CustodyEntry& a, const CustodyEntry& b) { return a.seq < b.seq; });
    return out;
}

Result<QList<Copy>> Custody::holdings(const QString& login) const
{
    KANRIBO_TRY(m_s.requireOpen());
    // Staff see their own holdings; those who keep the accounts see anyone's. Only copies in view (R-ACC-3).
    if (login != m_s.me.login && !keepsAccounts(m_s.me.role))
        return m_s.deny(QStringLiteral("copy.holdings"), QStringLiteral("user:") + login,
            { Reason::of(QStringLiteral("holdings-of-others")) });
    auto st = m_s.db->prepare(QStringLiteral("SELECT id FROM copies WHERE holder = ? AND status = 'active' AND "
                                             "control IN (%1) ORDER BY id")
                                  .arg(m_items.visibleControls()));
    if (!st)
        return st.error();
    st->bind(1, login);
    QList<Copy> out;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        auto c = m_items.loadCopy(st->text(0));
        if (!c)
            return c.error();
        out << *c;
    }
}

Result<QList<std::pair<QString, int>>> Custody::chargedOut() const
{
    KANRIBO_TRY(m_s.requireOpen());
    QString sql = QStringLiteral("SELECT holder, count(*) FROM copies WHERE status = 'active' AND holder IS NOT NULL "
                                 "AND holder <> '' AND control IN (%1)")
                      .arg(m_items.visibleControls());
    if (!keepsAccounts(m_s.me.role))
        sql += QStringLiteral(" AND holder = ?");
    auto st = m_s.db->prepare(sql + QStringLiteral(" GROUP BY holder ORDER BY holder"));
    if (!st)
        return st.error();
    if (!keepsAccounts(m_s.me.role))
        st->bind(1, m_s.me.login);
    return st->collect<std::pair<QString, int>>(
        [](const Statement& row) { return std::make_pair(row.text(0), static_cast<int>(row.integer(1))); });
}

Result<VerifyReport> Custody::compareStateWithLedger() const
{
    KANRIBO_TRY(m_s.requireOpen());
    struct State {
        Copy copy;
        qint64 lastSeq = 0;
    };
    QHash<QString, State> rebuilt;
    qint64 events = 0;
    const auto put
        = [&](const QString& id, CopyStatus status, const QString& holder, const QString& container, qint64 seq) {
              State& s = rebuilt[id];
              s.copy.id = id;
              s.copy.status = status;
              s.copy.holder = holder;
              s.copy.container = container;
              s.lastSeq = seq;
          };
    KANRIBO_TRY(m_s.ledger->forEach({}, [&](const Event& e) {
        ++events;
        const QString& k = e.kind;
        if (!k.startsWith(QLatin1String("item.registered")) && !k.startsWith(QLatin1String("item.reproduced"))
            && !k.startsWith(QLatin1String("copy.")) && k != QLatin1String("incident.reported"))
            return true;
        const QJsonObject p = e.payloadObject();
        const QString copy = p.value(QStringLiteral("copy")).toString();
        if (k == QLatin1String("item.registered")) {
            for (const auto& v : p.value(QStringLiteral("copies")).toArray()) {
                const QJsonObject c = v.toObject();
                put(c.value(QStringLiteral("id")).toString(), CopyStatus::Active,
                    c.value(QStringLiteral("holder")).toString(), c.value(QStringLiteral("container")).toString(),
                    e.seq);
            }
        } else if (k == QLatin1String("item.reproduced")) {
            for (const auto& v : p.value(QStringLiteral("copies")).toArray())
                put(v.toString(), CopyStatus::Active, p.value(QStringLiteral("holder")).toString(), QString(), e.seq);
        } else if (k == QLatin1String("copy.transferred") || k == QLatin1String("copy.issued")) {
            put(copy, CopyStatus::Active, p.value(QStringLiteral("to")).toString(), QString(), e.seq);
        } else if (k == QLatin1String("copy.stored") || k == QLatin1String("copy.recovered")) {
            put(copy, CopyStatus::Active, QString(), p.value(QStringLiteral("container")).toString(), e.seq);
        } else if (k == QLatin1String("copy.dispatched")) {
            put(copy, CopyStatus::Dispatched, QString(), QString(), e.seq);
        } else if (k == QLatin1String("copy.destroyed")) {
            put(copy, CopyStatus::Destroyed, QString(), QString(), e.seq);
        } else if (k == QLatin1String("incident.reported")
            && p.value(QStringLiteral("kind")).toString() == QLatin1String("loss")) {
            for (const auto& v : p.value(QStringLiteral("copies")).toArray())
                put(v.toString(), CopyStatus::Lost, QString(), QString(), e.seq);
        }
        return true;
    }));
    VerifyReport rep;
    rep.events = events;
    auto st = m_s.db->prepare(QStringLiteral("SELECT id, status, holder, container FROM copies ORDER BY id"));
    if (!st)
        return st.error();
    QSet<QString> seen;
    const auto fail = [&](qint64 seq, const QString& reason) {
        if (rep.ok || (seq > 0 && seq < rep.firstBad)) {
            rep.ok = false;
            rep.firstBad = seq;
            rep.reason = reason;
        }
    };
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const QString id = st->text(0);
        seen.insert(id);
        const auto it = rebuilt.constFind(id);
        if (it == rebuilt.constEnd()) {
            fail(0, Tr::tr("copy %1 is in the register but no event created it").arg(id));
            continue;
        }
        const Copy& want = it->copy;
        if (st->text(1) != copyStatusName(want.status) || st->text(2) != want.holder || st->text(3) != want.container)
            fail(it->lastSeq,
                Tr::tr("copy %1 differs from the ledger after event %2: stored %3/%4/%5, ledger %6/%7/%8")
                    .arg(id)
                    .arg(it->lastSeq)
                    .arg(st->text(1), st->text(2), st->text(3), copyStatusName(want.status), want.holder,
                        want.container));
    }
    for (auto it = rebuilt.constBegin(); it != rebuilt.constEnd(); ++it)
        if (!seen.contains(it.key()))
            fail(it->lastSeq,
                Tr::tr("copy %1 is in the ledger (event %2) but missing from the register")
                    .arg(it.key())
                    .arg(it->lastSeq));
    return rep;
}

} // namespace kanribo
