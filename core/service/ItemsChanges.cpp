// SPDX-License-Identifier: GPL-3.0-or-later
// Items: changes to a registered item — reclassification (R-MRK-7), release approval (R-ACC-5), designation expiry —
// and the records read back (reclassifications, the disclosure record), the items whose purpose has ended (R-DST-5),
// and the item's status kept from its copies.
#include "service/Items.h"

#include "service/Compartments.h"

#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonArray>

namespace kanribo
{

using namespace itemrows;

Result<Reclassification> Items::reclassify(const ReclassifyRequest& rq)
{
    const PolicyPack& pack = m_s.policy();
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer }, QStringLiteral("item.reclassify"), QStringLiteral("item:") + rq.control));
    auto it = seen(rq.control, QStringLiteral("item.reclassify"));
    if (!it)
        return it.error();
    if (rq.noticeBy.trimmed().isEmpty() || rq.reference.trimmed().isEmpty() || !rq.noticeDate.isValid())
        return makeError(ErrorCode::Usage,
            Tr::tr("Reclassification needs the originator's notice: who, date and "
                   "reference."));
    if (rq.newLevel == it->level)
        return makeError(ErrorCode::Conflict, Tr::tr("%1 is already %2.").arg(rq.control, pack.bannerText(it->level)));
    const Decision d = decide(m_s.me, *it, Action::View);
    if (!d || rank(m_s.me.clearance) < rank(rq.newLevel))
        return m_s.deny(QStringLiteral("item.reclassify"), QStringLiteral("item:") + rq.control,
            d.allowed ? QList<Reason> { Reason::of(
                QStringLiteral("below-new-level"), { { QStringLiteral("level"), levelName(rq.newLevel) } }) }
                      : d.reasons);
    const QString kind = rq.newLevel == Level::Unclassified
        ? QStringLiteral("declassify")
        : (rank(rq.newLevel) > rank(it->level) ? QStringLiteral("upgrade") : QStringLiteral("downgrade"));
    if (!it->regime.isEmpty() && rq.newLevel != Level::Unclassified) {
        const RegimeSpec* r = pack.regime(it->regime);
        if (r && !r->levels.contains(rq.newLevel))
            return makeError(ErrorCode::Conflict,
                Tr::tr("The regime of %1 does not allow the level %2.").arg(rq.control, pack.bannerText(rq.newLevel)));
    }
    // An upgrade must not leave a copy in a container approved below the new level (R-CUS-4).
    if (kind == QLatin1String("upgrade")) {
        People people(m_s);
        QStringList blocked;
        for (const auto& c : it->copies) {
            if (c.status != CopyStatus::Active || c.container.isEmpty())
                continue;
            auto cont = people.container(c.container);
            if (cont && rank(cont->level) < rank(rq.newLevel))
                blocked << c.id + QStringLiteral(" (") + c.container + QLatin1Char(')');
        }
        if (!blocked.isEmpty())
            return makeError(ErrorCode::Conflict,
                Tr::tr("Move these copies to a container approved for the new level first: %1")
                    .arg(blocked.join(QStringLiteral(", "))));
    }
    Reclassification rc { rq.control, kind, it->level, rq.newLevel, rq.noticeBy.trimmed(), rq.noticeDate,
        rq.reference.trimmed(), rq.reason, m_s.now(), m_s.me.login };
    // R-TRU-5: the item key split again over the new level's compartment, when the officer can put it together (an
    // officer outside one of its groups cannot: a member's `item rekey` does it then).
    auto itemKey = Compartments(m_s).itemKey(rq.control);
    if (!itemKey && itemKey.error().code != ErrorCode::Denied)
        return itemKey.error();
    KANRIBO_ASSIGN(const Item full, load(rq.control));
    KANRIBO_TRY(m_s.write([&]() -> Status {
        QJsonObject payload { { QStringLiteral("control"), rq.control }, { QStringLiteral("kind"), kind },
            { QStringLiteral("old_level"), levelName(rc.oldLevel) },
            { QStringLiteral("new_level"), levelName(rc.newLevel) },
            { QStringLiteral("old_marking"), pack.bannerText(rc.oldLevel) },
            { QStringLiteral("new_marking"), pack.bannerText(rc.newLevel) },
            { QStringLiteral("notice_by"), rc.noticeBy }, { QStringLiteral("notice_date"), formatDate(rc.noticeDate) },
            { QStringLiteral("reference"), rc.reference }, { QStringLiteral("reason"), rc.reason } };
        if (itemKey && *itemKey) {
            KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM item_keys WHERE control = ?"), rq.control));
            KANRIBO_ASSIGN(
                const QJsonArray shares, Compartments(m_s).wrap(rq.control, rq.newLevel, full.groups, **itemKey));
            payload.insert(QStringLiteral("keys"), shares);
            payload.insert(QStringLiteral("groups"), QJsonArray::fromStringList(full.groups));
        }
        auto ev = m_s.record({ QStringLiteral("item.reclassified"), QStringLiteral("item:") + rq.control, payload });
        if (!ev)
            return ev.error();
        KANRIBO_TRY(
            m_s.db->run(QStringLiteral("UPDATE items SET level = ?, us_marking = ?, jp_marking = ? WHERE control = ?"),
                rank(rq.newLevel), pack.level(rq.newLevel).us, pack.level(rq.newLevel).jp, rq.control));
        const QString title = titleAfterReclassification(it->title, rq.newLevel);
        if (title != it->title) {
            KANRIBO_TRY(m_s.db->run(QStringLiteral("UPDATE items SET title = ? WHERE control = ?"), title, rq.control));
        }
        rc.recordedAt = ev->time; // the row says what the event says (compared on verify, R-TRU-1)
        return m_s.db->run(
            QStringLiteral(
                "INSERT INTO reclassifications(control, kind, old_level, new_level, notice_by, notice_date, reference, "
                "reason, recorded_at, recorded_by, event_seq) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
            rq.control, kind, rank(rc.oldLevel), rank(rc.newLevel), rc.noticeBy, formatDate(rc.noticeDate),
            rc.reference, rc.reason, formatTimestamp(rc.recordedAt), rc.recordedBy, ev->seq);
    }));
    return rc;
}

Result<QList<Reclassification>> Items::reclassifications(const QString& control) const
{
    auto item = seen(control, QStringLiteral("item.reclassifications"));
    if (!item)
        return item.error();
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT control, kind, old_level, new_level, notice_by, notice_date, reference, reason, recorded_at, "
        "recorded_by FROM reclassifications WHERE control = ? ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, control);
    const bool full = !item->withheld; // the notice's who, reference and reason are details (R-ACC-3)
    return st->collect<Reclassification>([full](const Statement& row) {
        return Reclassification { row.text(0), row.text(1), levelFromRank(row.integer(2)).value_or(Level::TopSecret),
            levelFromRank(row.integer(3)).value_or(Level::TopSecret), full ? row.text(4) : QString(),
            QDate::fromString(row.text(5), Qt::ISODate), full ? row.text(6) : QString(), full ? row.text(7) : QString(),
            QDateTime::fromString(row.text(8), Qt::ISODateWithMs), row.text(9) };
    });
}

Status Items::approveRelease(
    const QString& control, const QString& nationality, const QString& reference, const QDate& approvedOn)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("item.release"), QStringLiteral("item:") + control));
    if (!isValidNationality(nationality))
        return makeError(ErrorCode::Usage, Tr::tr("'%1' is not a nationality.").arg(nationality));
    if (reference.trimmed().isEmpty() || !approvedOn.isValid())
        return makeError(ErrorCode::Usage,
            Tr::tr("A release needs the reference and date of the originating "
                   "government's written approval."));
    auto it = seen(control, QStringLiteral("item.release"));
    if (!it)
        return it.error();
    for (const auto& c : it->caveats) {
        const auto p = m_s.policy().parseCaveat(c);
        if (p && p->first->releasability == Releasability::OriginatorOnly)
            return makeError(ErrorCode::Conflict,
                Tr::tr("%1 is marked %2: it cannot be released to another country.").arg(control, p->first->id));
    }
    for (const auto& r : it->releases)
        if (r.nationality == nationality)
            return makeError(
                ErrorCode::Conflict, Tr::tr("A release of %1 to %2 is already recorded.").arg(control, nationality));
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("item.release_approved"), QStringLiteral("item:") + control,
            QJsonObject { { QStringLiteral("control"), control }, { QStringLiteral("nationality"), nationality },
                { QStringLiteral("reference"), reference.trimmed() },
                { QStringLiteral("approved_on"), formatDate(approvedOn) } } });
        if (!ev)
            return ev.error();
        KANRIBO_TRY(m_s.db->run(
            QStringLiteral(
                "INSERT INTO item_releases(control, nationality, reference, approved_on, event_seq) VALUES(?,?,?,?,?)"),
            control, nationality, reference.trimmed(), formatDate(approvedOn), ev->seq));
        it->releases << ReleaseApproval { nationality, reference, approvedOn };
        auto up = m_s.db->prepare(QStringLiteral("UPDATE items SET rel_nations = ? WHERE control = ?"));
        if (!up)
            return up.error();
        up->bind(1, relString(releasableNationalities(m_s.policy(), *it))).bind(2, control);
        return up->run();
    });
}

namespace
{
const char kDisclosureColumns[] = "SELECT control, login, action, at, event_seq FROM disclosures"; // readDisclosure
} // namespace

// The disclosure record is an officer's and an inspector's record (R-ACC-4).
Status Items::requireDisclosureReader() const
{
    if (m_s.me.role != Role::Officer && m_s.me.role != Role::Auditor)
        return makeError(ErrorCode::Denied, Tr::tr("Only officers and auditors read the disclosure record."),
            { Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer,auditor") } }) });
    return {};
}

Result<QList<Disclosure>> Items::disclosures(const QString& control) const
{
    // Of items they may see (R-ACC-3).
    KANRIBO_TRY(requireVisible(control, QStringLiteral("item.disclosures")));
    KANRIBO_TRY(requireDisclosureReader());
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(
            QString::fromLatin1(kDisclosureColumns) + QStringLiteral(" WHERE control = ? ORDER BY id"), control));
    return st.collect<Disclosure>([](const Statement& row) { return readDisclosure(row); });
}

Result<QList<Disclosure>> Items::disclosureRecord() const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_TRY(requireDisclosureReader());
    KANRIBO_ASSIGN(auto st, m_s.db->query(QString::fromLatin1(kDisclosureColumns) + QStringLiteral(" ORDER BY id")));
    return st.collect<Disclosure>([](const Statement& row) { return readDisclosure(row); });
}

Result<QStringList> Items::applyDesignationExpiries()
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("item.expire"), QStringLiteral("register")));
    QStringList due;
    {
        auto st = m_s.db->prepare(QStringLiteral(
            "SELECT control FROM items WHERE valid_until IS NOT NULL AND valid_until < ? AND designation_expired = 0"));
        if (!st)
            return st.error();
        st->bind(1, formatDate(m_s.today()));
        for (;;) {
            auto r = st->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            due << st->text(0);
        }
    }
    KANRIBO_TRY(m_s.write([&]() -> Status {
        for (const auto& control : due) {
            auto it = load(control);
            if (!it)
                return it.error();
            const RegimeSpec* r = m_s.policy().regime(it->regime);
            const LocalText mark = r
                ? r->expiryMark
                : LocalText { QStringLiteral("DESIGNATION EXPIRED"), QStringLiteral("指定有効期間満了") };
            QStringList holders;
            for (const auto& c : it->copies)
                if (c.status == CopyStatus::Active && !c.holder.isEmpty() && !holders.contains(c.holder))
                    holders << c.holder;
            auto ev = m_s.record({ QStringLiteral("item.designation_expired"), QStringLiteral("item:") + control,
                QJsonObject { { QStringLiteral("control"), control },
                    { QStringLiteral("valid_until"), formatDate(it->validUntil) },
                    { QStringLiteral("expiry_mark_en"), mark.en }, { QStringLiteral("expiry_mark_ja"), mark.ja },
                    { QStringLiteral("notify"), QJsonArray::fromStringList(holders) } } });
            if (!ev)
                return ev.error();
            KANRIBO_TRY(m_s.db->run(
                QStringLiteral("UPDATE items SET designation_expired = 1, jp_marking = ? WHERE control = ?"),
                mark.ja.isEmpty() ? mark.en : mark.ja, control));
        }
        return {};
    }));
    return due;
}

Result<QList<Item>> Items::purposeEnded() const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto st = m_s.db->prepare(QString::fromLatin1(kItemColumns)
        + QStringLiteral(" WHERE i.purpose_ends IS NOT NULL AND i.purpose_ends <= ? AND "
                         "i.status = 'active' ORDER BY i.purpose_ends, i.control"));
    if (!st)
        return st.error();
    st->bind(1, formatDate(m_s.today()));
    QStringList controls;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        controls << st->text(0);
    }
    // Only what the acting user may see (R-ACC-3).
    QList<Item> out;
    for (const auto& control : controls) {
        auto it = load(control);
        if (!it)
            return it.error();
        const Sight s = sight(m_s.policy(), m_s.me, *it, m_s.today());
        if (s != Sight::None)
            out << (s == Sight::Full ? *it : withheld(*it, m_s.me));
    }
    return out;
}

Status Items::refreshStatus(const QString& control)
{
    return m_s.db->run(
        QStringLiteral("UPDATE items SET status = %1 WHERE control = ?1").arg(statusFromCopies(QStringLiteral("?1"))),
        control);
}

} // namespace kanribo
