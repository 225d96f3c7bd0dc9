// SPDX-License-Identifier: GPL-3.0-or-later
// R-TRU-1: the items table is a projection of the item events. The replay starts each item from its item.registered
// payload (itemFromJson, the inverse of what registration signs) and applies what reclassification, designation
// expiry, release approval and reproduction do to it, through the same functions the services use.
#include "service/ItemRows.h"
#include "service/Items.h"
#include "service/Session.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace kanribo
{

using namespace itemrows;

namespace
{
// The shares as the comparison query writes item_keys rows ("compartment#epoch#HEX;..."), and the sealed content key
// in hex, from what item.registered recorded.
QString keysText(const QJsonObject& p)
{
    QStringList shares;
    for (const auto& v : p.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        shares << k.value(QStringLiteral("compartment")).toString() + QLatin1Char('#')
                + QString::number(k.value(QStringLiteral("epoch")).toInteger()) + QLatin1Char('#')
                + QString::fromLatin1(
                    QByteArray::fromBase64(k.value(QStringLiteral("share")).toString().toLatin1()).toHex().toUpper());
    }
    const QString sealed = p.value(QStringLiteral("content")).toObject().value(QStringLiteral("key")).toString();
    return shares.join(QLatin1Char(';')) + QLatin1Char('|')
        + QString::fromLatin1(QByteArray::fromBase64(sealed.toLatin1()).toHex().toUpper());
}

QStringList groupsOf(const QJsonObject& p)
{
    QStringList groups;
    for (const auto& g : p.value(QStringLiteral("groups")).toArray())
        groups << g.toString();
    return groups;
}

struct Replayed {
    Item item;
    QString contentSha; // from the registration, empty when it carried no content
    QString registeredAt; // the event's time, as stored
    QString keys; // R-TRU-5: the item key's shares and the sealed content key, as keysText() writes them
    qint64 seq = 0; // of the registration
};
} // namespace

Result<VerifyReport> Items::compareWithLedger() const
{
    KANRIBO_TRY(m_s.requireOpen());
    const PolicyPack& pack = m_s.policy();
    QHash<QString, Replayed> replayed;
    auto ev = m_s.db->prepare(QStringLiteral(
        "SELECT seq, ts, actor, kind, payload FROM events WHERE kind IN ('item.registered', 'item.reclassified', "
        "'item.designation_expired', 'item.release_approved', 'item.reproduced', 'item.rekeyed') ORDER BY seq"));
    if (!ev)
        return ev.error();
    KANRIBO_TRY(ev->each([&](const Statement& row) -> Status {
        const QString kind = row.text(3);
        const QJsonObject p = QJsonDocument::fromJson(row.blob(4)).object();
        const QString control = p.value(QStringLiteral("control")).toString();
        if (kind == QLatin1String("item.registered")) {
            Replayed& x = replayed[control];
            x.item = itemrows::itemFromJson(p);
            x.item.registeredBy = row.text(2);
            x.registeredAt = row.text(1);
            x.seq = row.integer(0);
            x.contentSha = p.value(QStringLiteral("content")).toObject().value(QStringLiteral("sha")).toString();
            x.keys = keysText(p);
            return {};
        }
        auto it = replayed.find(control);
        if (it == replayed.end())
            return {}; // an event about an item never registered: the comparison below names the row, if any
        Item& item = it->item;
        if (kind == QLatin1String("item.reclassified")) {
            // The item key split again over the new level (its content key, under the same item key, unchanged).
            if (p.contains(QStringLiteral("keys")))
                it->keys = groupsOf(p) == item.groups
                    ? keysText(p).section(QLatin1Char('|'), 0, 0) + QLatin1Char('|')
                        + it->keys.section(QLatin1Char('|'), 1)
                    : QStringLiteral("(keys for other groups at event %1)").arg(row.integer(0));
            const Level to = levelFromName(p.value(QStringLiteral("new_level")).toString()).value_or(item.level);
            item.title = titleAfterReclassification(item.title, to);
            item.level = to;
            item.usMarking = pack.level(to).us;
            item.jpMarking = pack.level(to).jp;
        } else if (kind == QLatin1String("item.designation_expired")) {
            const QString ja = p.value(QStringLiteral("expiry_mark_ja")).toString();
            item.designationExpired = true;
            item.jpMarking = ja.isEmpty() ? p.value(QStringLiteral("expiry_mark_en")).toString() : ja;
        } else if (kind == QLatin1String("item.release_approved")) {
            item.releases << ReleaseApproval { p.value(QStringLiteral("nationality")).toString(),
                p.value(QStringLiteral("reference")).toString(),
                QDate::fromString(p.value(QStringLiteral("approved_on")).toString(), Qt::ISODate) };
        } else if (kind == QLatin1String("item.rekeyed")) {
            // The keys for the item as it stands: a rekey that names another level or groups is not about this item.
            it->keys
                = p.value(QStringLiteral("level")).toString() == levelName(item.level) && groupsOf(p) == item.groups
                ? keysText(p)
                : QStringLiteral("(rekeyed at event %1 for another level or groups)").arg(row.integer(0));
        } else if (kind == QLatin1String("item.reproduced")) {
            item.copiesTotal += static_cast<int>(p.value(QStringLiteral("copies")).toArray().size());
        }
        return {};
    }));

    VerifyReport rep;
    const auto differs = [&](const QString& table, const QString& key, const QString& what) {
        rep.ok = false;
        rep.reason = Tr::tr("table %1, row %2: %3 is not what the ledger says").arg(table, key, what);
        return rep;
    };
    // The stored releasability, status and content hash beside the fields readItem reads.
    QString sql = QString::fromLatin1(itemrows::kItemColumns);
    sql.replace(QStringLiteral(" FROM items i"),
        QStringLiteral(", i.rel_nations, (SELECT sha FROM contents k WHERE k.control = i.control), %1, "
                       "coalesce((SELECT group_concat(x.compartment || '#' || x.epoch || '#' || hex(x.share), ';') "
                       "FROM (SELECT * FROM item_keys x WHERE x.control = i.control ORDER BY x.idx) x), '') || '|' || "
                       "coalesce((SELECT hex(k.sealed_key) FROM contents k WHERE k.control = i.control), '') "
                       "FROM items i ORDER BY i.control")
            .arg(itemrows::statusFromCopies(QStringLiteral("i.control"))));
    auto st = m_s.db->prepare(sql);
    if (!st)
        return st.error();
    QSet<QString> rows;
    for (;;) {
        auto r = st->next();
        if (!r)
            return r.error();
        if (!*r)
            break;
        const Item row = itemrows::readItem(*st);
        rows.insert(row.control);
        const auto found = replayed.constFind(row.control);
        if (found == replayed.constEnd())
            return differs(QStringLiteral("items"), row.control, Tr::tr("the whole row (no event registered it)"));
        const Item& want = found->item;
        const QString relStored = st->text(29);
        const QString shaStored = st->isNull(30) ? QString() : st->text(30);
        const QString statusFromCopies = st->text(31);
        const QList<std::pair<const char*, bool>> fields {
            { "title", row.title != want.title },
            { "level", row.level != want.level },
            { "origin", row.origin != want.origin },
            { "recipient", row.recipient != want.recipient },
            { "us_marking", row.usMarking != want.usMarking },
            { "jp_marking", row.jpMarking != want.jpMarking },
            { "regime", row.regime != want.regime },
            { "caveats", row.caveats != want.caveats },
            { "rel_nations", relStored != itemrows::relString(releasableNationalities(pack, want)) },
            { "tlp", row.tlp != want.tlp },
            { "groups (item_groups)", row.groups != want.groups },
            { "media", row.media != want.media },
            { "classified_by", row.authority.classifiedBy != want.authority.classifiedBy },
            { "derived_from", row.authority.derivedFrom != want.authority.derivedFrom },
            { "declassify_on", row.authority.declassifyOn != want.authority.declassifyOn },
            { "received_from", row.receipt.receivedFrom != want.receipt.receivedFrom },
            { "receipt_no", row.receipt.receiptNo != want.receipt.receiptNo },
            { "received_channel", row.receipt.channel != want.receipt.channel },
            { "received_on", row.receipt.receivedOn != want.receipt.receivedOn },
            { "tamper_checked", row.receipt.tamperChecked != want.receipt.tamperChecked },
            { "valid_until", row.validUntil != want.validUntil },
            { "designation_expired", row.designationExpired != want.designationExpired },
            { "purpose_ends", row.purposeEnds != want.purposeEnds },
            { "status", row.status != statusFromCopies },
            { "copies_total", row.copiesTotal != want.copiesTotal },
            { "registered_at", formatTimestamp(row.registeredAt) != found->registeredAt },
            { "registered_by", row.registeredBy != want.registeredBy },
            { "content (contents.sha)", shaStored != found->contentSha },
            { "keys (item_keys, contents.sealed_key)", st->text(32) != found->keys },
        };
        for (const auto& [name, bad] : fields)
            if (bad) {
                rep.firstBad = found->seq;
                return differs(QStringLiteral("items"), row.control, QString::fromLatin1(name));
            }
    }
    // An item the ledger registered that has no row: the first one by control number.
    QStringList missing;
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it)
        if (!rows.contains(it.key()))
            missing << it.key();
    if (!missing.isEmpty()) {
        missing.sort();
        return differs(
            QStringLiteral("items"), missing.first(), Tr::tr("the whole row (registered by an event, now missing)"));
    }
    return rep;
}

} // namespace kanribo
