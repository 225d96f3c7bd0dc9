// SPDX-License-Identifier: GPL-3.0-or-later
// Items: what the acting user sees (R-ACC-3) — visibility as SQL, listing, counting and searching, loading items and
// copies, seen and seenCopy, the disclosure record's writing (R-ACC-4), show and the access decisions.
#include "service/Items.h"

#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace kanribo
{

using namespace itemrows;

QString Items::visibleControls() const
{
    return QStringLiteral("SELECT i.control FROM items i WHERE ") + sightSql().visible;
}

QString Items::fullControls() const
{
    return QStringLiteral("SELECT i.control FROM items i WHERE ") + sightSql().full;
}

Item Items::readSeenItem(const Statement& row) const
{
    Item it = readItem(row);
    return row.integer(29) != 0 ? it : withheld(std::move(it), m_s.me);
}

Decision Items::decide(const User& user, const Item& item, Action action) const
{
    return kanribo::decide(m_s.policy(), user, item, action, m_s.today());
}

SightSql Items::sightSql() const
{
    return kanribo::sightSql(m_s.me, m_s.today());
}

QString Items::filterClause(const ItemFilter& f, QList<QVariant>& binds) const
{
    // R-ACC-3: what the user sees at all (the accountability view included); Policy: Visibility.h.
    const SightSql sight = sightSql();
    QString sql = sight.visible;
    if (f.level) {
        sql += QStringLiteral(" AND i.level = ?");
        binds << rank(*f.level);
    }
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND i.status = ?");
        binds << f.status;
    }
    if (!f.holder.isEmpty()) {
        // IN rather than a correlated EXISTS: SQLite starts from the holder's copies (copies_holder index) instead of
        // probing every item (issue 7: 88 ms for 10,000 items before).
        sql += QStringLiteral(
            " AND i.control IN (SELECT c.control FROM copies c WHERE c.holder = ? AND c.status = 'active')");
        binds << f.holder;
    }
    if (!f.container.isEmpty()) {
        sql += QStringLiteral(
            " AND i.control IN (SELECT c.control FROM copies c WHERE c.container = ? AND c.status = 'active')");
        binds << f.container;
    }
    if (!f.text.trimmed().isEmpty()) {
        // Each word must match; CJK runs become phrases of single characters, Latin words match as prefixes.
        QStringList terms;
        for (const auto& word : f.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            const QString norm = searchText(word);
            if (norm.isEmpty())
                continue;
            const bool cjk = isCjk(word.at(0));
            terms << (cjk ? QStringLiteral("\"%1\"").arg(norm) : QStringLiteral("\"%1*\"").arg(norm));
        }
        if (!terms.isEmpty()) {
            // Titles and references are searched only where the user sees them in full; in the accountability view
            // only the control number matches, so a search cannot tell what a withheld title says.
            sql += QStringLiteral(" AND ((%1 AND i.rowid IN (SELECT docid FROM items_fts WHERE items_fts MATCH ?)) "
                                  "OR i.control LIKE ? ESCAPE '\\')")
                       .arg(sight.full);
            binds << terms.join(QLatin1Char(' '));
            QString prefix = f.text.trimmed().toUpper();
            prefix.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
                .replace(QStringLiteral("%"), QStringLiteral("\\%"))
                .replace(QStringLiteral("_"), QStringLiteral("\\_"));
            binds << QString(prefix + QLatin1Char('%'));
        }
    }
    return sql;
}

Result<QList<Item>> Items::list(const ItemFilter& f) const
{
    KANRIBO_TRY(m_s.requireOpen());
    QList<QVariant> binds;
    const SightSql sight = sightSql();
    QString sql = itemColumns(sight) + QStringLiteral(" WHERE ") + filterClause(f, binds);
    switch (f.sort) {
    case ItemFilter::Sort::Control:
        sql += QStringLiteral(" ORDER BY i.control");
        break;
    case ItemFilter::Sort::Title:
        // A withheld title sorts as an empty one: the order must not tell what it says.
        sql += QStringLiteral(" ORDER BY CASE WHEN %1 THEN i.title ELSE '' END").arg(sight.full);
        break;
    case ItemFilter::Sort::Level:
        sql += QStringLiteral(" ORDER BY i.level");
        break;
    case ItemFilter::Sort::Registered:
        sql += QStringLiteral(" ORDER BY i.registered_at");
        break;
    }
    if (f.descending)
        sql += QStringLiteral(" DESC");
    if (f.sort != ItemFilter::Sort::Control)
        sql += f.descending ? QStringLiteral(", i.control DESC") : QStringLiteral(", i.control");
    sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(f.limit < 0 ? -1 : f.limit).arg(qMax(0, f.offset));
    auto st = m_s.db->prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bindValue(i + 1, binds.at(i));
    return st->collect<Item>([this](const Statement& row) { return readSeenItem(row); });
}

Result<qint64> Items::count(const ItemFilter& f) const
{
    // The same WHERE clause as list() (one definition of visibility), counted by SQLite without loading rows.
    KANRIBO_TRY(m_s.requireOpen());
    QList<QVariant> binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM items i WHERE ") + filterClause(f, binds);
    auto st = m_s.db->prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bindValue(i + 1, binds.at(i));
    auto r = st->next();
    if (!r)
        return r.error();
    return *r ? st->integer(0) : qint64(0);
}

Result<Item> Items::load(const QString& control) const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto st = m_s.db->prepare(QString::fromLatin1(kItemColumns) + QStringLiteral(" WHERE i.control = ?"));
    if (!st)
        return st.error();
    st->bind(1, control);
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return notFoundItem(control);
    Item it = readItem(*st);
    auto rel = m_s.db->prepare(QStringLiteral(
        "SELECT nationality, reference, approved_on FROM item_releases WHERE control = ? ORDER BY nationality"));
    if (!rel)
        return rel.error();
    rel->bind(1, control);
    for (;;) {
        auto rr = rel->next();
        if (!rr)
            return rr.error();
        if (!*rr)
            break;
        it.releases << ReleaseApproval { rel->text(0), rel->text(1), QDate::fromString(rel->text(2), Qt::ISODate) };
    }
    auto copies = copiesOf(control);
    if (!copies)
        return copies.error();
    it.copies = *copies;
    return it;
}

Result<QList<Copy>> Items::copiesOf(const QString& control) const
{
    auto st = m_s.db->prepare(QString::fromLatin1(kCopyColumns) + QStringLiteral(" WHERE control = ? ORDER BY number"));
    if (!st)
        return st.error();
    st->bind(1, control);
    return st->collect<Copy>([](const Statement& row) { return readCopy(row); });
}

Result<QMap<QString, Level>> Items::levels() const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st, m_s.db->query(QStringLiteral("SELECT control, level FROM items")));
    QMap<QString, Level> out;
    KANRIBO_TRY(st.each([&out](const Statement& row) -> Status {
        const auto level = levelFromRank(row.integer(1));
        if (!level)
            return makeError(ErrorCode::Integrity, Tr::tr("Item %1 has no valid level.").arg(row.text(0)));
        out.insert(row.text(0), *level);
        return {};
    }));
    return out;
}

Result<Copy> Items::loadCopy(const QString& id) const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto st = m_s.db->prepare(QString::fromLatin1(kCopyColumns) + QStringLiteral(" WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::NotFound, Tr::tr("No copy '%1'.").arg(id));
    return readCopy(*st);
}

Status Items::recordDisclosure(const Item& item, const QString& action)
{
    auto ev = m_s.record({ QStringLiteral("item.disclosed"), QStringLiteral("item:") + item.control,
        QJsonObject { { QStringLiteral("control"), item.control }, { QStringLiteral("login"), m_s.me.login },
            { QStringLiteral("action"), action }, { QStringLiteral("level"), levelName(item.level) } } });
    if (!ev)
        return ev.error();
    return m_s.db->run(
        QStringLiteral("INSERT INTO disclosures(control, login, action, at, event_seq) VALUES(?,?,?,?,?)"),
        item.control, m_s.me.login, action, formatTimestamp(ev->time), ev->seq);
}

Result<Item> Items::seen(const QString& control, const QString& action) const
{
    KANRIBO_TRY(m_s.requireOpen());
    auto it = load(control);
    if (!it && it.error().code != ErrorCode::NotFound)
        return it.error();
    const Sight s = it ? sight(m_s.policy(), m_s.me, *it, m_s.today()) : Sight::None;
    if (s == Sight::None) {
        return m_s.lookupMiss(action, control, notFoundItem(control).message);
    }
    return s == Sight::Full ? std::move(it).value() : withheld(std::move(it).value(), m_s.me);
}

Result<std::pair<Copy, Item>> Items::seenCopy(const QString& copyId, const QString& action) const
{
    KANRIBO_TRY(m_s.requireOpen());
    const QString message = Tr::tr("No copy '%1'.").arg(copyId);
    auto copy = loadCopy(copyId);
    if (!copy && copy.error().code != ErrorCode::NotFound)
        return copy.error();
    std::optional<Item> item;
    if (copy) {
        auto it = load(copy->control);
        if (!it)
            return it.error();
        item = std::move(it).value();
    }
    const Sight s = item ? sight(m_s.policy(), m_s.me, *item, m_s.today()) : Sight::None;
    if (s == Sight::None) {
        return m_s.lookupMiss(action, copyId, message);
    }
    return std::make_pair(std::move(copy).value(), s == Sight::Full ? *item : withheld(*item, m_s.me));
}

Status Items::requireNeedToKnow(const Item& item, const QString& action) const
{
    if (!item.withheld)
        return {};
    QList<Reason> reasons;
    for (const auto& g : item.withheldGroups)
        reasons << Reason::of(QStringLiteral("not-in-group"), { { QStringLiteral("group"), g } });
    return m_s.deny(action, QStringLiteral("item:") + item.control, reasons);
}

Result<Item> Items::show(const QString& control)
{
    auto it = seen(control, QStringLiteral("item.show"));
    if (!it)
        return it.error();
    // The disclosure record (R-ACC-4) is of who saw the item's details; the accountability view withholds them.
    if (!it->withheld && m_s.policy().rules(it->level).disclosureRecord)
        KANRIBO_TRY(m_s.write([&] { return recordDisclosure(*it, QStringLiteral("show")); }));
    return it;
}

Result<Decision> Items::decideFor(const QString& login, const QString& control, Action action) const
{
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    auto it = load(control);
    if (!it)
        return it.error();
    return decide(*u, *it, action);
}

Status Items::requireVisible(const QString& control, const QString& action) const
{
    auto it = seen(control, action);
    return it ? Status {} : Status { it.error() };
}

} // namespace kanribo
