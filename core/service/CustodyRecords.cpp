// SPDX-License-Identifier: GPL-3.0-or-later
// Custody: reproduction and translation (R-REP-*) and destruction (R-DST-*), each with its record table.
#include "service/Custody.h"

#include "service/CopyStateMachine.h"
#include "service/CustodySteps.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonArray>

namespace kanribo
{

using namespace custody;

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

} // namespace kanribo
