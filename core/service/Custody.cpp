// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Custody.h"

#include "service/CopyStateMachine.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Custody)
};

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

// R-TRU-1: a record's time is its event's (the verifier compares them); a row inserted before its event (which names
// the row's id) takes the time once the event is recorded.
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
} // namespace

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

// ---- helpers shared by the custody steps -------------------------------------------------------------------------

namespace
{
struct Loaded {
    Copy copy;
    Item item;
};

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

// The state machine's verdict; a refusal for the actor's role is a denial and is recorded (R-ACC-4).
Status checkTransition(Session& s, const Copy& copy, CopyAction action, const QString& target = {})
{
    const Status st = CopyStateMachine::check(copy, action, s.me.login, mayManageStorage(s.me), target);
    if (!st && st.error().code == ErrorCode::Denied)
        return s.deny(
            QStringLiteral("copy.") + copyActionName(action), QStringLiteral("copy:") + copy.id, st.error().reasons);
    return st;
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

Status Custody::store(const QString& copyId, const QString& containerId)
{
    KANRIBO_TRY(m_s.requireOpen());
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.store"));
    if (!l)
        return l.error();
    People people(m_s);
    auto container = people.container(containerId);
    if (!container)
        return container.error();
    KANRIBO_TRY(checkTransition(m_s, l->copy, CopyAction::Store, containerId));
    if (rank(container->level) < rank(l->item.level))
        return m_s.deny(QStringLiteral("copy.store"), QStringLiteral("copy:") + copyId,
            { Reason::of(QStringLiteral("container-level"),
                { { QStringLiteral("container"), containerId },
                    { QStringLiteral("level"), levelName(container->level) } }) });
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

Status Custody::issue(const QString& copyId, const SecondPerson& receiver)
{
    KANRIBO_TRY(m_s.requireOpen());
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
        auto ev = m_s.record(
            { QStringLiteral("copy.issued"), QStringLiteral("copy:") + copyId,
                QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("from_container"), copy->container },
                    { QStringLiteral("to"), receiver.login }, { QStringLiteral("receipt_signed"), bool(*sig) } } },
            cos);
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

// ---- reproduction --------------------------------------------------------------------------------------------------

Result<Reproduction> Custody::reproduce(const QString& control, int copies, const QString& reason,
    const QString& consentRef, const SecondPerson& approver, bool translation, const QString& notation)
{
    KANRIBO_TRY(m_s.requireOpen());
    const PolicyPack& pack = m_s.policy();
    if (copies < 1 || copies > 99)
        return makeError(ErrorCode::Usage, Tr::tr("The number of copies must be between 1 and 99."));
    KANRIBO_TRY(requireText(reason, Tr::tr("The reason (official need)")));
    auto item = m_items.seen(control, QStringLiteral("item.reproduce"));
    if (!item)
        return item.error();
    const QString subject = QStringLiteral("item:") + control;
    KANRIBO_TRY(m_items.requireNeedToKnow(*item, QStringLiteral("item.reproduce")));
    KANRIBO_TRY(m_s.requireRole({ Role::Officer, Role::Custodian }, QStringLiteral("item.reproduce"), subject));
    if (item->status != QLatin1String("active"))
        return makeError(ErrorCode::Conflict, Tr::tr("%1 has no copy left in the holdings.").arg(control));
    const LevelRules& rules = pack.rules(item->level);
    if (rules.reproductionConsent && consentRef.trimmed().isEmpty())
        return m_s.deny(QStringLiteral("item.reproduce"), subject,
            { Reason::of(QStringLiteral("reproduction-needs-consent"),
                { { QStringLiteral("level"), levelName(item->level) } }) });
    std::optional<Signer> approverSig;
    if (rules.reproductionApprover && approver.isEmpty())
        return m_s.deny(
            QStringLiteral("item.reproduce"), subject, { Reason::of(QStringLiteral("two-person-approver")) });
    if (!approver.isEmpty()) {
        auto u = loadUser(*m_s.db, approver.login);
        if (!u)
            return u.error();
        if (u->role != Role::Officer)
            return m_s.deny(QStringLiteral("item.reproduce"), subject,
                { Reason::of(
                    QStringLiteral("approver-not-officer"), { { QStringLiteral("login"), approver.login } }) });
        const Decision d = m_items.decide(*u, *item, Action::View);
        if (!d)
            return m_s.deny(QStringLiteral("item.reproduce"), subject,
                QList<Reason> {
                    Reason::of(QStringLiteral("approver-no-access"), { { QStringLiteral("login"), approver.login } }) }
                    + d.reasons);
        auto sig = m_s.authenticateSecondPerson(approver.login, approver.password);
        if (!sig)
            return sig.error();
        approverSig = std::move(sig).value();
    }
    Reproduction rep;
    rep.control = control;
    rep.reason = reason.trimmed();
    rep.consentRef = consentRef.trimmed();
    rep.approver = approver.login;
    rep.kind = translation ? QStringLiteral("translation") : QStringLiteral("reproduction");
    if (translation)
        rep.notation = notation.trimmed().isEmpty()
            ? Tr::tr("Translation of %1. Contains classified information of the Government of %2.")
                  .arg(control, item->origin)
            : notation.trimmed();
    rep.at = m_s.now();
    rep.by = m_s.me.login;
    for (int i = 1; i <= copies; ++i)
        rep.copies << copyId(control, item->copiesTotal + i);
    KANRIBO_TRY(m_s.write([&]() -> Status {
        for (int i = 1; i <= copies; ++i) {
            KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO copies(id, control, number, status, holder, kind, "
                                                   "notation) VALUES(?,?,?,'active',?,?,?)"),
                rep.copies.at(i - 1), control, item->copiesTotal + i, m_s.me.login, rep.kind, rep.notation));
        }
        KANRIBO_TRY(m_s.db->run(QStringLiteral("UPDATE items SET copies_total = ? WHERE control = ?"),
            item->copiesTotal + copies, control));
        QList<const Signer*> cos;
        if (approverSig)
            cos << &*approverSig;
        auto ev = m_s.record(
            { QStringLiteral("item.reproduced"), subject,
                QJsonObject { { QStringLiteral("control"), control },
                    { QStringLiteral("copies"), QJsonArray::fromStringList(rep.copies) },
                    { QStringLiteral("holder"), m_s.me.login }, { QStringLiteral("reason"), rep.reason },
                    { QStringLiteral("consent_ref"), rep.consentRef }, { QStringLiteral("approver"), rep.approver },
                    { QStringLiteral("kind"), rep.kind }, { QStringLiteral("notation"), rep.notation },
                    { QStringLiteral("markings"), pack.bannerText(item->level) },
                    { QStringLiteral("article"),
                        pack.article(translation ? QStringLiteral("translation") : QStringLiteral("reproduction"))
                            .ref } } },
            cos);
        if (!ev)
            return ev.error();
        KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO reproductions(control, copies, reason, consent_ref, "
                                               "approver, kind, notation, at, by, event_seq) "
                                               "VALUES(?,?,?,?,?,?,?,?,?,?)"),
            control, joinLines(rep.copies), rep.reason, rep.consentRef, rep.approver, rep.kind, rep.notation,
            formatTimestamp(ev->time), rep.by, ev->seq));
        rep.id = m_s.db->lastInsertId();
        return {};
    }));
    return rep;
}

Result<QList<Reproduction>> Custody::reproductions() const
{
    KANRIBO_TRY(m_s.requireOpen());
    // R-ACC-3: of items the user sees; the reason and consent reference only where they see the item in full.
    auto st = m_s.db->prepare(QStringLiteral("SELECT id, control, copies, reason, consent_ref, approver, kind, "
                                             "notation, at, by, control IN (%1) FROM reproductions "
                                             "WHERE control IN (%2) ORDER BY id")
                                  .arg(m_items.fullControls(), m_items.visibleControls()));
    if (!st)
        return st.error();
    return st->collect<Reproduction>([&](const Statement& row) {
        const bool full = row.integer(10) != 0;
        return Reproduction { row.integer(0), row.text(1), splitLines(row.text(2)), full ? row.text(3) : QString(),
            full ? row.text(4) : QString(), row.text(5), row.text(6), row.text(7),
            QDateTime::fromString(row.text(8), Qt::ISODateWithMs), row.text(9), !full };
    });
}

// ---- destruction ---------------------------------------------------------------------------------------------------

Result<DestructionRecord> Custody::destroy(const QString& copyId, const QString& method, const SecondPerson& witness)
{
    KANRIBO_TRY(m_s.requireOpen());
    const PolicyPack& pack = m_s.policy();
    if (!pack.destructionMethods().contains(method))
        return makeError(ErrorCode::Usage,
            Tr::tr("Unknown destruction method '%1' (allowed: %2).")
                .arg(method, pack.destructionMethods().join(QStringLiteral(", "))));
    auto l = loadForAction(m_s, m_items, copyId, QStringLiteral("copy.destroy"));
    if (!l)
        return l.error();
    KANRIBO_TRY(checkTransition(m_s, l->copy, CopyAction::Destroy));
    const QString subject = QStringLiteral("copy:") + copyId;
    std::optional<Signer> witnessSig;
    if (pack.rules(l->item.level).witnessRequired && witness.isEmpty())
        return m_s.deny(QStringLiteral("copy.destroy"), subject,
            { Reason::of(
                QStringLiteral("two-person-witness"), { { QStringLiteral("level"), levelName(l->item.level) } }) });
    if (!witness.isEmpty()) {
        auto u = loadUser(*m_s.db, witness.login);
        if (!u)
            return u.error();
        const Decision d = m_items.decide(*u, l->item, Action::View);
        if (!d)
            return m_s.deny(QStringLiteral("copy.destroy"), subject,
                QList<Reason> {
                    Reason::of(QStringLiteral("witness-not-cleared"), { { QStringLiteral("login"), witness.login } }) }
                    + d.reasons);
        auto sig = m_s.authenticateSecondPerson(witness.login, witness.password);
        if (!sig)
            return sig.error();
        witnessSig = std::move(sig).value();
    }
    DestructionRecord rec;
    rec.copyId = copyId;
    rec.control = l->copy.control;
    rec.level = l->item.level;
    rec.method = method;
    rec.official = m_s.me.login;
    rec.witness = witness.login;
    const Copy next = CopyStateMachine::apply(l->copy, CopyAction::Destroy);
    KANRIBO_TRY(m_s.write([&]() -> Status {
        KANRIBO_TRY(setCopyState(*m_s.db, next));
        KANRIBO_TRY(m_items.refreshStatus(rec.control));
        QList<const Signer*> cos;
        if (witnessSig)
            cos << &*witnessSig;
        auto ev = m_s.record(
            { QStringLiteral("copy.destroyed"), subject,
                QJsonObject { { QStringLiteral("copy"), copyId }, { QStringLiteral("control"), rec.control },
                    { QStringLiteral("level"), levelName(rec.level) }, { QStringLiteral("method"), method },
                    { QStringLiteral("witness"), rec.witness }, { QStringLiteral("from_holder"), l->copy.holder },
                    { QStringLiteral("from_container"), l->copy.container },
                    { QStringLiteral("article"), pack.article(QStringLiteral("destruction")).ref } } },
            cos);
        if (!ev)
            return ev.error();
        rec.at = ev->time;
        rec.eventSeq = ev->seq;
        KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO destructions(copy_id, control, level, method, at, "
                                               "official, witness, event_seq) VALUES(?,?,?,?,?,?,?,?)"),
            copyId, rec.control, rank(rec.level), method, formatTimestamp(rec.at), rec.official, rec.witness,
            rec.eventSeq));
        rec.id = m_s.db->lastInsertId();
        return {};
    }));
    return rec;
}

Result<QList<DestructionRecord>> Custody::destructions() const
{
    KANRIBO_TRY(m_s.requireOpen());
    // R-ACC-3: destruction records of items the user sees (custody facts: shown in the accountability view too).
    auto st = m_s.db->prepare(QStringLiteral("SELECT id, copy_id, control, level, method, at, official, witness, "
                                             "event_seq FROM destructions WHERE control IN (%1) ORDER BY id")
                                  .arg(m_items.visibleControls()));
    if (!st)
        return st.error();
    return st->collect<DestructionRecord>([&](const Statement& row) {
        return DestructionRecord { row.integer(0), row.text(1), row.text(2),
            levelFromRank(row.integer(3)).value_or(Level::TopSecret), row.text(4),
            QDateTime::fromString(row.text(5), Qt::ISODateWithMs), row.text(6), row.text(7), row.integer(8) };
    });
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
                       "the findings and the corrective measures (R-INC-2)."));
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
        else if (e.kind == QLatin1String("copy.stored"))
            c.summary = p.value(QStringLiteral("container")).toString();
        else if (e.kind == QLatin1String("copy.dispatched"))
            c.summary = p.value(QStringLiteral("to_org")).toString();
        else if (e.kind == QLatin1String("copy.destroyed"))
            c.summary = p.value(QStringLiteral("method")).toString();
        else if (e.kind == QLatin1String("incident.reported"))
            c.summary = p.value(QStringLiteral("kind")).toString();
        out << c;
    };
    KANRIBO_TRY(m_s.ledger->forEach(
        { QDateTime(), QDateTime(), QStringLiteral("item:") + copy->control, 1, -1 }, [&](const Event& e) {
            if (e.kind == QLatin1String("item.registered") || eventNamesCopy(e.payloadObject(), copyId))
                add(e);
            return true;
        }));
    KANRIBO_TRY(
        m_s.ledger->forEach({ QDateTime(), QDateTime(), QStringLiteral("copy:") + copyId, 1, -1 }, [&](const Event& e) {
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
        } else if (k == QLatin1String("copy.stored")) {
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
