// SPDX-License-Identifier: GPL-3.0-or-later
// Custody: the helpers the custody steps share (CustodySteps.h), hand receipts and storage, dispatch. Reproduction
// and destruction are in CustodyRecords.cpp, incidents in CustodyIncidents.cpp, inventory in CustodyInventory.cpp,
// history, holdings and verification in CustodyHistory.cpp.
#include "service/Custody.h"

#include "service/CopyStateMachine.h"
#include "service/CustodySteps.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kanribo
{

namespace custody
{

QString joinLines(const QStringList& l)
{
    return l.join(QLatin1Char('\n'));
}

QStringList splitLines(const QString& s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'));
}

Status setCopyState(Database& db, const Copy& c)
{
    auto st = db.prepare(QStringLiteral("UPDATE copies SET status = ?, holder = ?, container = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, copyStatusName(c.status)).bindOptional(2, c.holder).bindOptional(3, c.container).bind(4, c.id);
    return st->run();
}

Status stampEventTime(Database& db, const QString& table, const QString& column, qint64 id, const QDateTime& time)
{
    return db.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), formatTimestamp(time), id);
}

bool mayManageStorage(const User& u)
{
    return u.role == Role::Officer || u.role == Role::Custodian;
}

Status requireText(const QString& value, const QString& what)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("%1 is required.").arg(what));
    if (value.size() > 2000)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is too long.").arg(what));
    return {};
}

Result<Loaded> loadForAction(Session& s, Items& items, const QString& copyId, const QString& action)
{
    Q_UNUSED(s)
    // The actor must see the copy at least in the accountability view (R-ACC-3): an officer or custodian outside
    // the item's need-to-know groups issues, stores and dispatches it by control number, title withheld.
    auto seen = items.seenCopy(copyId, action);
    if (!seen)
        return seen.error();
    return Loaded { std::move(seen->first), std::move(seen->second) };
}

Status checkTransition(Session& s, const Copy& copy, CopyAction action, const QString& target)
{
    const Status st = CopyStateMachine::check(copy, action, s.me.login, mayManageStorage(s.me), target);
    if (!st && st.error().code == ErrorCode::Denied)
        return s.deny(
            QStringLiteral("copy.") + copyActionName(action), QStringLiteral("copy:") + copy.id, st.error().reasons);
    return st;
}

} // namespace custody

using namespace custody;

namespace
{
// Authenticates the receiver and checks they may hold the item (R-CUS-3, R-CUS-4).
Result<std::optional<Signer>> receiverSignature(Session& s, Items& items, const Item& item,
    const SecondPerson& receiver, const QString& action, const QString& subject)
{
    auto user = loadUser(*s.db, receiver.login);
    if (!user)
        return user.error();
    const Decision d = items.decide(*user, item, Action::Hold);
    if (!d)
        return s.deny(action, subject,
            QList<Reason> {
                Reason::of(QStringLiteral("receiver-may-not-hold"), { { QStringLiteral("login"), receiver.login } }) }
                + d.reasons);
    const bool required = s.policy().rules(item.level).receiptsRequired;
    if (receiver.password.isEmpty()) {
        if (required)
            return s.deny(action, subject, { Reason::of(QStringLiteral("receipt-needs-receiver")) });
        return std::optional<Signer>();
    }
    auto signer = s.authenticateSecondPerson(receiver.login, receiver.password);
    if (!signer)
        return signer.error();
    return std::optional<Signer>(std::move(signer).value());
}
} // namespace

// ---- hand receipts and storage -----------------------------------------------------------------------------------

Status Custody::transfer(const QString& copyId, const SecondPerson& receiver)
{
    KANRIBO_TRY(m_s.requireOpen());
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.transfer"));
    if (!l)
        return l.error();
    KANRIBO_TRY(checkTransition(m_s, l->copy, CopyAction::Transfer, receiver.login));
    auto sig = receiverSignature(
        m_s, m_items, l->item, receiver, QStringLiteral("copy.transfer"), QStringLiteral("copy:") + copyId);
    if (!sig)
        return sig.error();
    const Copy next = CopyStateMachine::apply(l->copy, CopyAction::Transfer, receiver.login);
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        QList<const Signer*> cos;
        if (*sig)
            cos << &**sig;
        auto ev = m_s.record(
            { QStringLiteral("copy.transferred"), QStringLiteral("copy:") + copyId,
                QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("from"), l->copy.holder },
                    { QStringLiteral("to"), receiver.login }, { QStringLiteral("receipt_signed"), bool(*sig) },
                    { QStringLiteral("article"), m_s.policy().article(QStringLiteral("accountability")).ref } } },
            cos);
        return ev ? Status {} : Status { ev.error() };
    });
}

namespace
{
// The copy and its item for a move into a container approved for its level and not reserved for other material
// (R-CUS-4, R-CON-3).
Result<Loaded> loadForContainer(
    Session& s, Items& items, const QString& copyId, const QString& containerId, CopyAction action)
{
    const QString name = QStringLiteral("copy.") + copyActionName(action);
    auto l = loadForAction(s, items, copyId, name);
    if (!l)
        return l.error();
    KANRIBO_ASSIGN(const auto refusal,
        People(s).containerRefusal(containerId, l->item.level, l->item.origin, l->item.regime, l->item.groups));
    KANRIBO_TRY(checkTransition(s, l->copy, action, containerId));
    if (refusal)
        return s.deny(name, QStringLiteral("copy:") + copyId, { *refusal });
    return l;
}

// R-PER-5: the copy and its item, for an officer to recover into the container (refusals recorded).
Result<Loaded> loadForRecovery(Session& s, Items& items, const QString& copyId, const QString& containerId)
{
    KANRIBO_TRY(s.requireRole({ Role::Officer }, QStringLiteral("copy.recover"), QStringLiteral("copy:") + copyId));
    return loadForContainer(s, items, copyId, containerId, CopyAction::Recover);
}
} // namespace

Status Custody::store(const QString& copyId, const QString& containerId)
{
    KANRIBO_TRY(m_s.requireOpen());
    auto l = loadForContainer(m_s, m_items, copyId, containerId, CopyAction::Store);
    if (!l)
        return l.error();
    const Copy next = CopyStateMachine::apply(l->copy, CopyAction::Store, containerId);
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        auto ev = m_s.record({ QStringLiteral("copy.stored"), QStringLiteral("copy:") + copyId,
            QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("from_holder"), l->copy.holder },
                { QStringLiteral("from_container"), l->copy.container }, { QStringLiteral("container"), containerId },
                { QStringLiteral("article"), m_s.policy().article(QStringLiteral("storage")).ref } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status Custody::checkRecover(const QString& copyId, const QString& containerId)
{
    auto l = loadForRecovery(m_s, m_items, copyId, containerId);
    return l ? Status {} : Status { l.error() };
}

Result<QList<Container>> Custody::containersAdmitting(const QStringList& copyIds) const
{
    KANRIBO_ASSIGN(const QList<ContainerState> states, People(m_s).containerStates());
    QList<Item> items;
    for (const QString& id : copyIds) {
        auto seen = m_items.seenCopy(id, QStringLiteral("copy.recover"));
        if (!seen)
            return seen.error();
        items << seen->second;
    }
    QList<Container> out;
    for (const ContainerState& s : states)
        if (std::none_of(items.begin(), items.end(), [&](const Item& it) {
                return containerRefusal(s.container, s.reservation, it.level, it.origin, it.regime, it.groups)
                    .has_value();
            }))
            out << s.container;
    return out;
}

Status Custody::recover(const QString& copyId, const QString& containerId, const QString& reason)
{
    auto l = loadForRecovery(m_s, m_items, copyId, containerId);
    if (!l)
        return l.error();
    KANRIBO_TRY(requireText(reason, Tr::tr("The reason")));
    const Copy next = CopyStateMachine::apply(l->copy, CopyAction::Recover, containerId);
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        auto ev = m_s.record({ QStringLiteral("copy.recovered"), QStringLiteral("copy:") + copyId,
            QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("from"), l->copy.holder },
                { QStringLiteral("container"), containerId }, { QStringLiteral("reason"), reason.trimmed() },
                { QStringLiteral("article"), m_s.policy().article(QStringLiteral("storage")).ref } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status Custody::issue(const QString& copyId, const SecondPerson& receiver, const QDate& due)
{
    KANRIBO_TRY(m_s.requireOpen());
    if (due.isValid() && due < m_s.today())
        return makeError(ErrorCode::Usage,
            Tr::tr("The due date %1 has passed: a loan is due back today or later.").arg(formatDate(due)));
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.issue"));
    if (!l)
        return l.error();
    const Copy* copy = &l->copy;
    const Item* item = &l->item;
    KANRIBO_TRY(checkTransition(m_s, *copy, CopyAction::Issue, receiver.login));
    auto sig = receiverSignature(
        m_s, m_items, *item, receiver, QStringLiteral("copy.issue"), QStringLiteral("copy:") + copyId);
    if (!sig)
        return sig.error();
    const Copy next = CopyStateMachine::apply(*copy, CopyAction::Issue, receiver.login);
    return m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        QList<const Signer*> cos;
        if (*sig)
            cos << &**sig;
        QJsonObject payload { { QStringLiteral("copy"), copyId }, { QStringLiteral("from_container"), copy->container },
            { QStringLiteral("to"), receiver.login }, { QStringLiteral("receipt_signed"), bool(*sig) } };
        if (due.isValid())
            payload.insert(QStringLiteral("due"), formatDate(due));
        auto ev = m_s.record({ QStringLiteral("copy.issued"), QStringLiteral("copy:") + copyId, payload }, cos);
        return ev ? Status {} : Status { ev.error() };
    });
}

// ---- dispatch ------------------------------------------------------------------------------------------------------

Result<Dispatch> Custody::dispatch(
    const QString& copyId, const QString& toOrg, const QString& channel, const QDate& receiptDue)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_TRY(requireText(toOrg, Tr::tr("The receiving organisation")));
    KANRIBO_TRY(requireText(channel, Tr::tr("The channel")));
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.dispatch"));
    if (!l)
        return l.error();
    KANRIBO_TRY(checkTransition(m_s, l->copy, CopyAction::Dispatch));
    Dispatch d;
    d.copyId = copyId;
    d.toOrg = toOrg.trimmed();
    d.channel = channel.trimmed();
    d.receiptDue = receiptDue;
    d.dispatchedAt = m_s.now();
    d.dispatchedBy = m_s.me.login;
    const Copy next = CopyStateMachine::apply(l->copy, CopyAction::Dispatch);
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        KANRIBO_TRY(m_items.refreshStatus(l->copy.control));
        auto ev = m_s.record({ QStringLiteral("copy.dispatched"), QStringLiteral("copy:") + copyId,
            QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("to_org"), d.toOrg },
                { QStringLiteral("channel"), d.channel }, { QStringLiteral("receipt_due"), formatDate(receiptDue) },
                { QStringLiteral("from_holder"), l->copy.holder },
                { QStringLiteral("from_container"), l->copy.container },
                { QStringLiteral("article"), m_s.policy().article(QStringLiteral("transmission")).ref } } });
        if (!ev)
            return ev.error();
        d.dispatchedAt = ev->time; // the row says what the event says (compared on verify, R-TRU-1)
        auto st = m_s.db->prepare(QStringLiteral(
            "INSERT INTO dispatches(copy_id, to_org, channel, receipt_due, dispatched_at, dispatched_by, event_seq) "
            "VALUES(?,?,?,?,?,?,?)"));
        if (!st)
            return st.error();
        st->bind(1, copyId)
            .bind(2, d.toOrg)
            .bind(3, d.channel)
            .bindOptional(4, formatDate(receiptDue))
            .bind(5, formatTimestamp(d.dispatchedAt))
            .bind(6, d.dispatchedBy)
            .bind(7, ev->seq);
        KANRIBO_TRY(st->run());
        d.id = m_s.db->lastInsertId();
        return {};
    }));
    return d;
}

Status Custody::recordReceipt(const QString& copyId, const QString& receiptNo)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_TRY(requireText(receiptNo, Tr::tr("The receipt number")));
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.receipt"));
    if (!l)
        return l.error();
    KANRIBO_TRY(checkTransition(m_s, l->copy, CopyAction::RecordReceipt));
    auto open = m_s.db->prepare(
        QStringLiteral("SELECT id FROM dispatches WHERE copy_id = ? AND receipt_no = '' ORDER BY id DESC LIMIT 1"));
    if (!open)
        return open.error();
    open->bind(1, copyId);
    auto r = open->next();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::Conflict, Tr::tr("The receipt for %1 is already recorded.").arg(copyId));
    const qint64 id = open->integer(0);
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("copy.receipt_recorded"), QStringLiteral("copy:") + copyId,
            QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("dispatch"), id },
                { QStringLiteral("receipt_no"), receiptNo.trimmed() } } });
        if (!ev)
            return ev.error();
        return m_s.db->run(QStringLiteral("UPDATE dispatches SET receipt_no = ?, receipt_at = ? WHERE id = ?"),
            receiptNo.trimmed(), formatTimestamp(ev->time), id);
    });
}

Result<QList<Dispatch>> Custody::dispatches(bool overdueOnly) const
{
    KANRIBO_TRY(m_s.requireOpen());
    // R-ACC-3: dispatches of copies the user sees (the accountability view shows custody, so all of it).
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT id, copy_id, to_org, channel, receipt_due, dispatched_at, dispatched_by, receipt_no, receipt_at "
        "FROM dispatches WHERE copy_id IN (SELECT id FROM copies WHERE control IN (%1)) ORDER BY id")
                                  .arg(m_items.visibleControls()));
    if (!st)
        return st.error();
    QList<Dispatch> out;
    const QDate today = m_s.today();
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            return out;
        Dispatch d;
        d.id = st->integer(0);
        d.copyId = st->text(1);
        d.toOrg = st->text(2);
        d.channel = st->text(3);
        d.receiptDue = QDate::fromString(st->text(4), Qt::ISODate);
        d.dispatchedAt = QDateTime::fromString(st->text(5), Qt::ISODateWithMs);
        d.dispatchedBy = st->text(6);
        d.receiptNo = st->text(7);
        d.receiptAt = QDateTime::fromString(st->text(8), Qt::ISODateWithMs);
        d.overdue = d.receiptNo.isEmpty() && d.receiptDue.isValid() && d.receiptDue < today;
        if (!overdueOnly || d.overdue)
            out << d;
    }
}

Result<QList<Loan>> Custody::loans(bool overdueOnly) const
{
    KANRIBO_TRY(m_s.requireOpen());
    // Each copy held by a person, with its last custody event: a loan when that event issued it to that person.
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT c.id, c.holder, e.ts, e.actor, e.payload FROM copies c JOIN events e ON e.seq = ("
        "SELECT max(x.seq) FROM events x WHERE x.subject = 'copy:' || c.id AND x.kind IN ('copy.issued', "
        "'copy.transferred', 'copy.stored', 'copy.recovered', 'copy.dispatched', 'copy.destroyed')) "
        "WHERE c.status = 'active' AND c.holder IS NOT NULL AND e.kind = 'copy.issued' AND c.control IN (%1) "
        "ORDER BY c.id")
                                  .arg(m_items.visibleControls()));
    if (!st)
        return st.error();
    QList<Loan> out;
    const QDate today = m_s.today();
    KANRIBO_TRY(st->each([&](const Statement& row) -> Status {
        const QJsonObject p = QJsonDocument::fromJson(row.blob(4)).object();
        if (p.value(QStringLiteral("to")).toString() != row.text(1))
            return {};
        Loan l { row.text(0), row.text(1), QDateTime::fromString(row.text(2), Qt::ISODateWithMs), row.text(3),
            QDate::fromString(p.value(QStringLiteral("due")).toString(), Qt::ISODate), false };
        l.overdue = l.due.isValid() && l.due < today;
        if (!overdueOnly || l.overdue)
            out << l;
        return {};
    }));
    return out;
}

} // namespace kanribo
