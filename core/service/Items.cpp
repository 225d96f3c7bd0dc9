// SPDX-License-Identifier: GPL-3.0-or-later
// Items: the helpers the item services share (ItemRows.h), copy names and ids, titles and search text, control
// numbers and registration. Visibility and queries are in ItemsQuery.cpp, stored content in ItemsContent.cpp,
// reclassification, release, expiry and status in ItemsChanges.cpp, the verifier's replay in ItemsReplay.cpp.
#include "service/Items.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "service/Compartments.h"
#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace kanribo
{

namespace itemrows
{

const char kItemColumns[]
    = "SELECT i.control, i.title, i.level, i.origin, i.recipient, i.us_marking, i.jp_marking, i.regime, i.caveats, "
      "i.tlp, i.media, i.classified_by, i.derived_from, i.declassify_on, i.received_from, i.receipt_no, "
      "i.received_channel, i.received_on, i.tamper_checked, i.valid_until, i.designation_expired, i.purpose_ends, "
      "i.status, i.copies_total, i.registered_at, i.registered_by, "
      "(SELECT count(*) FROM copies c WHERE c.control = i.control AND c.status = 'active'), "
      "EXISTS(SELECT 1 FROM contents k WHERE k.control = i.control), "
      "(SELECT group_concat(grp, char(10)) FROM item_groups g WHERE g.control = i.control) "
      "FROM items i";

Item readItem(const Statement& st)
{
    Item it;
    it.control = st.text(0);
    it.title = st.text(1);
    it.level = levelFromRank(st.integer(2)).value_or(Level::TopSecret);
    it.origin = st.text(3);
    it.recipient = st.text(4);
    it.usMarking = st.text(5);
    it.jpMarking = st.text(6);
    it.regime = st.text(7);
    const QString cav = st.text(8);
    if (!cav.isEmpty())
        it.caveats = cav.split(QLatin1Char('\n'));
    it.tlp = st.text(9);
    it.media = st.text(10);
    it.authority = { st.text(11), st.text(12), st.text(13) };
    it.receipt
        = { st.text(14), st.text(15), st.text(16), QDate::fromString(st.text(17), Qt::ISODate), st.integer(18) != 0 };
    it.validUntil = QDate::fromString(st.text(19), Qt::ISODate);
    it.designationExpired = st.integer(20) != 0;
    it.purposeEnds = QDate::fromString(st.text(21), Qt::ISODate);
    it.status = st.text(22);
    it.copiesTotal = static_cast<int>(st.integer(23));
    it.registeredAt = QDateTime::fromString(st.text(24), Qt::ISODateWithMs);
    it.registeredBy = st.text(25);
    it.copiesHeld = static_cast<int>(st.integer(26));
    it.hasContent = st.integer(27) != 0;
    const QString groups = st.text(28);
    if (!groups.isEmpty()) {
        it.groups = groups.split(QLatin1Char('\n'));
        it.groups.sort();
    }
    return it;
}

// The item columns with one more: 1 when the acting user sees the item in full (R-ACC-3), else 0.
QString itemColumns(const SightSql& sight)
{
    QString cols = QString::fromLatin1(kItemColumns);
    cols.replace(QStringLiteral(" FROM items i"), QStringLiteral(", %1 FROM items i").arg(sight.full));
    return cols;
}

Disclosure readDisclosure(const Statement& st)
{
    return Disclosure { st.text(0), st.text(1), st.text(2), QDateTime::fromString(st.text(3), Qt::ISODateWithMs),
        st.integer(4) };
}

Copy readCopy(const Statement& st)
{
    Copy c;
    c.id = st.text(0);
    c.control = st.text(1);
    c.number = static_cast<int>(st.integer(2));
    c.status = copyStatusFromName(st.text(3)).value_or(CopyStatus::Active);
    c.holder = st.text(4);
    c.container = st.text(5);
    c.kind = st.text(6);
    c.notation = st.text(7);
    return c;
}

const char kCopyColumns[] = "SELECT id, control, number, status, holder, container, kind, notation FROM copies";

QString statusFromCopies(const QString& control)
{
    return QStringLiteral("CASE "
                          "WHEN EXISTS(SELECT 1 FROM copies WHERE control = %1 AND status = 'active') THEN 'active' "
                          "WHEN EXISTS(SELECT 1 FROM copies WHERE control = %1 AND status = 'dispatched') "
                          "THEN 'dispatched' "
                          "WHEN EXISTS(SELECT 1 FROM copies WHERE control = %1 AND status = 'lost') THEN 'lost' "
                          "ELSE 'destroyed' END")
        .arg(control);
}

QString relString(const QStringList& nations)
{
    return QLatin1Char(',') + nations.join(QLatin1Char(',')) + QLatin1Char(',');
}

bool isCjk(QChar c)
{
    const auto s = c.script();
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
        || s == QChar::Script_Hangul || (c.unicode() >= 0x3000 && c.unicode() <= 0x30FF)
        || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

Error notFoundItem(const QString& control)
{
    return makeError(ErrorCode::NotFound, Tr::tr("No item '%1'.").arg(control));
}

QJsonObject itemJson(const Item& it)
{
    return QJsonObject { { QStringLiteral("control"), it.control }, { QStringLiteral("title"), it.title },
        { QStringLiteral("level"), levelName(it.level) }, { QStringLiteral("origin"), it.origin },
        { QStringLiteral("recipient"), it.recipient }, { QStringLiteral("us_marking"), it.usMarking },
        { QStringLiteral("jp_marking"), it.jpMarking }, { QStringLiteral("regime"), it.regime },
        { QStringLiteral("caveats"), QJsonArray::fromStringList(it.caveats) }, { QStringLiteral("tlp"), it.tlp },
        { QStringLiteral("groups"), QJsonArray::fromStringList(it.groups) }, { QStringLiteral("media"), it.media },
        { QStringLiteral("classified_by"), it.authority.classifiedBy },
        { QStringLiteral("derived_from"), it.authority.derivedFrom },
        { QStringLiteral("declassify_on"), it.authority.declassifyOn },
        { QStringLiteral("received_from"), it.receipt.receivedFrom },
        { QStringLiteral("receipt_no"), it.receipt.receiptNo }, { QStringLiteral("channel"), it.receipt.channel },
        { QStringLiteral("received_on"), formatDate(it.receipt.receivedOn) },
        { QStringLiteral("tamper_checked"), it.receipt.tamperChecked },
        { QStringLiteral("valid_until"), formatDate(it.validUntil) },
        { QStringLiteral("purpose_ends"), formatDate(it.purposeEnds) } };
}

Item itemFromJson(const QJsonObject& p)
{
    const auto text = [&](const char* key) { return p.value(QLatin1String(key)).toString(); };
    const auto list = [&](const char* key) {
        QStringList out;
        for (const auto& v : p.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    const auto date = [&](const char* key) { return QDate::fromString(text(key), Qt::ISODate); };
    Item it;
    it.control = text("control");
    it.title = text("title");
    it.level = levelFromName(text("level")).value_or(Level::TopSecret);
    it.origin = text("origin");
    it.recipient = text("recipient");
    it.usMarking = text("us_marking");
    it.jpMarking = text("jp_marking");
    it.regime = text("regime");
    it.caveats = list("caveats");
    it.tlp = text("tlp");
    it.groups = list("groups");
    it.groups.sort();
    it.media = text("media");
    it.authority = { text("classified_by"), text("derived_from"), text("declassify_on") };
    it.receipt = { text("received_from"), text("receipt_no"), text("channel"), date("received_on"),
        p.value(QStringLiteral("tamper_checked")).toBool() };
    it.validUntil = date("valid_until");
    it.purposeEnds = date("purpose_ends");
    it.copiesTotal = static_cast<int>(p.value(QStringLiteral("copies")).toArray().size());
    it.hasContent = p.contains(QStringLiteral("content"));
    return it;
}
} // namespace itemrows

using namespace itemrows;

QString copyStatusName(CopyStatus s)
{
    switch (s) {
    case CopyStatus::Active:
        return QStringLiteral("active");
    case CopyStatus::Destroyed:
        return QStringLiteral("destroyed");
    case CopyStatus::Lost:
        return QStringLiteral("lost");
    case CopyStatus::Dispatched:
        return QStringLiteral("dispatched");
    }
    return {};
}

std::optional<CopyStatus> copyStatusFromName(const QString& name)
{
    for (auto s : { CopyStatus::Active, CopyStatus::Destroyed, CopyStatus::Lost, CopyStatus::Dispatched })
        if (copyStatusName(s) == name)
            return s;
    return std::nullopt;
}

QString copyId(const QString& control, int number)
{
    return control + QLatin1Char('/') + QString::number(number);
}

QString Items::titleAfterReclassification(const QString& title, Level newLevel) const
{
    // The title's portion mark may not stay above the new level.
    auto t = normaliseTitle(title, Level::TopSecret);
    if (!t || rank(t->second) <= rank(newLevel))
        return title;
    const QString plain = t->first.mid(t->first.indexOf(QLatin1Char(')')) + 2);
    return QStringLiteral("(%1) %2").arg(m_s.policy().level(newLevel).portion, plain);
}

QString Items::searchText(const QString& text)
{
    QString out;
    out.reserve(text.size() * 2);
    for (const QChar c : text.toLower()) {
        if (isCjk(c)) {
            out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else if (c.isLetterOrNumber()) {
            out += c;
        } else {
            out += QLatin1Char(' ');
        }
    }
    return out.simplified();
}

Result<std::pair<QString, Level>> Items::normaliseTitle(const QString& title, Level itemLevel) const
{
    static const QRegularExpression mark(QStringLiteral("^\\(([A-Za-z]{1,4})(//[^)]*)?\\)\\s*(.*)$"));
    QString t = title.trimmed();
    Level portion = Level::Unclassified;
    const auto m = mark.match(t);
    QString rest = t;
    QString suffix;
    if (m.hasMatch()) {
        const auto l = m_s.policy().levelFromPortion(m.captured(1));
        if (!l)
            return makeError(ErrorCode::Usage, Tr::tr("Unknown portion mark '(%1)' in the title.").arg(m.captured(1)));
        portion = *l;
        suffix = m.captured(2);
        rest = m.captured(3).trimmed();
    }
    if (rest.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("The title is empty."));
    if (rest.size() > 500)
        return makeError(ErrorCode::Usage, Tr::tr("The title is too long (500 characters at most)."));
    if (rank(portion) > rank(itemLevel))
        return makeError(ErrorCode::Usage,
            Tr::tr("The title is marked %1, above the item's level.").arg(m_s.policy().portionMark(portion)));
    const QString marked = QStringLiteral("(%1%2) %3").arg(m_s.policy().level(portion).portion, suffix, rest);
    return std::make_pair(marked, portion);
}

// R-ACC-3: control numbers run in series of items that exactly the same people may see — the level, the need-to-know
// groups and the nationalities besides the facility's own that the item is releasable to — so that no one learns from
// a gap in the numbers they see that an item they may not see exists (docs/adr/0003). The series shows in the number
// after the level letters ("TS-NUC-2026-000001", "S-USA-2026-000001"); the facility's own material without groups
// keeps the plain form ("S-2026-000001").
Result<QString> Items::nextControlNumber(const Item& item)
{
    QStringList tag = item.groups;
    QStringList foreign = releasableNationalities(m_s.policy(), item);
    foreign.removeAll(item.recipient);
    foreign.sort();
    tag += foreign;
    const QString series = tag.join(QLatin1Char('-'));
    const int year = m_s.today().year();
    // One counter per year, level and series (registers before this kept one counter per year for all levels; their
    // numbers stay, and a number already taken is skipped).
    const QString key = QStringLiteral("control_seq_%1_%2_%3").arg(year).arg(rank(item.level)).arg(series);
    auto st = m_s.db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st)
        return st.error();
    st->bind(1, key);
    auto r = st->next();
    if (!r)
        return r.error();
    qint64 next = (*r ? st->text(0).toLongLong() : 0) + 1;
    QString control;
    for (;; ++next) { // a number taken already (two series spelt alike) is skipped
        control = m_s.policy().controlNumber(item.level, year, next, series);
        auto taken = m_s.db->prepare(QStringLiteral("SELECT 1 FROM items WHERE control = ?"));
        if (!taken)
            return taken.error();
        taken->bind(1, control);
        auto t = taken->next();
        if (!t)
            return t.error();
        if (!*t)
            break;
    }
    KANRIBO_TRY(m_s.db->run(
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"), key, QString::number(next)));
    return control;
}

Status Items::indexItem(const Item& it)
{
    auto rid = m_s.db->prepare(QStringLiteral("SELECT rowid FROM items WHERE control = ?"));
    if (!rid)
        return rid.error();
    rid->bind(1, it.control);
    auto r = rid->next();
    if (!r)
        return r.error();
    if (!*r)
        return notFoundItem(it.control);
    const qint64 rowid = rid->integer(0);
    const QString body = searchText(it.control + QLatin1Char(' ') + it.title + QLatin1Char(' ') + it.receipt.receiptNo
        + QLatin1Char(' ') + it.receipt.receivedFrom + QLatin1Char(' ') + it.authority.derivedFrom);
    KANRIBO_TRY(m_s.db->run(QStringLiteral("DELETE FROM items_fts WHERE docid = ?"), rowid));
    return m_s.db->run(QStringLiteral("INSERT INTO items_fts(docid, body) VALUES(?, ?)"), rowid, body);
}

Result<RegisteredItem> Items::registerItem(const NewItem& ni)
{
    const PolicyPack& pack = m_s.policy();
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("item.register"), QStringLiteral("register")));
    // Validation first: nothing is written for bad input.
    auto title = normaliseTitle(ni.title, ni.level);
    if (!title)
        return title.error();
    if (!isValidNationality(ni.origin))
        return makeError(ErrorCode::Usage,
            Tr::tr("'%1' is not a nationality: use an ISO 3166 alpha-3 code such as "
                   "USA or JPN.")
                .arg(ni.origin));
    if (ni.copies < 1 || ni.copies > 999)
        return makeError(ErrorCode::Usage, Tr::tr("The number of copies must be between 1 and 999."));
    static const QStringList media { QStringLiteral("paper"), QStringLiteral("electronic"), QStringLiteral("removable"),
        QStringLiteral("equipment") };
    if (!media.contains(ni.media))
        return makeError(ErrorCode::Usage,
            Tr::tr("Unknown media type '%1': use paper, electronic, removable or "
                   "equipment.")
                .arg(ni.media));
    const RegimeSpec* regime = nullptr;
    if (!ni.regime.isEmpty()) {
        regime = pack.regime(ni.regime);
        if (!regime) {
            QStringList ids;
            for (const auto& r : pack.regimes())
                ids << r.id;
            return makeError(ErrorCode::Usage,
                Tr::tr("Unknown regime '%1' (known: %2).").arg(ni.regime, ids.join(QStringLiteral(", "))));
        }
        if (!regime->levels.contains(ni.level))
            return makeError(ErrorCode::Usage,
                Tr::tr("The regime %1 does not allow the level %2.")
                    .arg(regime->name.text(QStringLiteral("en")), pack.bannerText(ni.level)));
    }
    QStringList caveats;
    for (const auto& c : ni.caveats) {
        const auto parsed = pack.parseCaveat(c);
        if (!parsed)
            return makeError(ErrorCode::Usage, Tr::tr("Unknown caveat '%1'.").arg(c));
        caveats << (parsed->second.isEmpty()
                ? parsed->first->id
                : parsed->first->id + QLatin1Char(' ') + parsed->second.join(QStringLiteral(", ")));
    }
    if (!ni.tlp.isEmpty() && !pack.tlpLabels().contains(ni.tlp))
        return makeError(ErrorCode::Usage, Tr::tr("Unknown TLP label '%1'.").arg(ni.tlp));
    QStringList groups = ni.groups;
    groups.sort();
    groups.removeDuplicates();
    People people(m_s);
    auto knownGroups = people.groups();
    if (!knownGroups)
        return knownGroups.error();
    for (const auto& g : groups) {
        bool found = false;
        for (const auto& k : *knownGroups)
            found = found || k.name == g;
        if (!found)
            return makeError(ErrorCode::NotFound, Tr::tr("No need-to-know group '%1'.").arg(g));
    }
    for (const QString* f : { &ni.authority.classifiedBy, &ni.authority.derivedFrom, &ni.authority.declassifyOn,
             &ni.receipt.receivedFrom, &ni.receipt.receiptNo, &ni.receipt.channel })
        if (f->size() > 500)
            return makeError(ErrorCode::Usage, Tr::tr("A field is too long (500 characters at most)."));

    Item it;
    it.title = title->first;
    it.level = ni.level;
    it.origin = ni.origin;
    it.recipient = m_s.facilityNationality.isEmpty() ? m_s.me.nationality : m_s.facilityNationality;
    it.usMarking = pack.level(ni.level).us;
    it.jpMarking = pack.level(ni.level).jp;
    it.regime = ni.regime;
    it.caveats = caveats;
    it.tlp = ni.tlp;
    it.groups = groups;
    it.media = ni.media;
    it.authority = ni.authority;
    it.receipt = ni.receipt;
    it.validUntil = ni.validUntil;
    if (regime && regime->validityYears > 0 && !it.validUntil.isValid())
        it.validUntil = m_s.today().addYears(regime->validityYears);
    it.purposeEnds = ni.purposeEnds;
    it.status = QStringLiteral("active");
    it.copiesTotal = ni.copies;
    it.registeredAt = m_s.now();
    it.registeredBy = m_s.me.login;

    // R-ACC-5: material the facility's own nationality may not receive (e.g. US NOFORN in a Japanese facility) is
    // not registered: it should not be here.
    if (!releasableNationalities(pack, it).contains(it.recipient))
        return m_s.deny(QStringLiteral("item.register"), QStringLiteral("register"),
            { Reason::of(
                QStringLiteral("unreleasable-to-facility"), { { QStringLiteral("nationality"), it.recipient } }) });
    // The officer must hold the clearance for what they register (R-ACC-2: no access by role alone).
    if (rank(m_s.me.clearance) < rank(ni.level))
        return m_s.deny(QStringLiteral("item.register"), QStringLiteral("register"),
            { Reason::of(QStringLiteral("clearance-below-level"),
                { { QStringLiteral("clearance"), levelName(m_s.me.clearance) },
                    { QStringLiteral("level"), levelName(ni.level) } }) });
    if (!ni.container.isEmpty()) {
        // R-CUS-4, R-CON-3
        KANRIBO_ASSIGN(
            const auto refusal, people.containerRefusal(ni.container, ni.level, ni.origin, ni.regime, ni.groups));
        if (refusal)
            return m_s.deny(QStringLiteral("item.register"), QStringLiteral("container:") + ni.container, { *refusal });
    } else {
        // Charged to the officer: they must be an authorised holder (R-CUS-4).
        const Decision d = decide(m_s.me, it, Action::Hold);
        if (!d)
            return m_s.deny(QStringLiteral("item.register"), QStringLiteral("register"),
                QList<Reason> { Reason::of(QStringLiteral("charge-to-self")) } + d.reasons);
    }
    std::unique_ptr<QFile> content;
    if (!ni.contentPath.isEmpty()) {
        content = std::make_unique<QFile>(ni.contentPath);
        if (!content->open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                Tr::tr("Cannot read the content file %1: %2").arg(ni.contentPath, content->errorString()));
    }

    RegisteredItem out;
    if (rank(title->second) > rank(Level::Unclassified))
        out.warnings
            << Tr::tr("The title is marked %1; a title should be unclassified.").arg(pack.portionMark(title->second));
    const Status written = m_s.write([&]() -> Status {
        auto control = nextControlNumber(it);
        if (!control)
            return control.error();
        it.control = *control;
        auto ins = m_s.db->prepare(QStringLiteral(
            "INSERT INTO items(control, title, level, origin, recipient, us_marking, jp_marking, regime, caveats, "
            "rel_nations, tlp, media, classified_by, derived_from, declassify_on, received_from, receipt_no, "
            "received_channel, received_on, tamper_checked, valid_until, purpose_ends, status, copies_total, "
            "registered_at, registered_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'active',?,?,?)"));
        if (!ins)
            return ins.error();
        ins->bind(1, it.control)
            .bind(2, it.title)
            .bind(3, rank(it.level))
            .bind(4, it.origin)
            .bind(5, it.recipient)
            .bind(6, it.usMarking)
            .bind(7, it.jpMarking)
            .bind(8, it.regime)
            .bind(9, it.caveats.join(QLatin1Char('\n')))
            .bind(10, relString(releasableNationalities(pack, it)))
            .bind(11, it.tlp)
            .bind(12, it.media)
            .bind(13, it.authority.classifiedBy)
            .bind(14, it.authority.derivedFrom)
            .bind(15, it.authority.declassifyOn)
            .bind(16, it.receipt.receivedFrom)
            .bind(17, it.receipt.receiptNo)
            .bind(18, it.receipt.channel)
            .bindOptional(19, formatDate(it.receipt.receivedOn))
            .bind(20, it.receipt.tamperChecked ? 1 : 0)
            .bindOptional(21, formatDate(it.validUntil))
            .bindOptional(22, formatDate(it.purposeEnds))
            .bind(23, it.copiesTotal)
            .bind(24, formatTimestamp(it.registeredAt))
            .bind(25, it.registeredBy);
        KANRIBO_TRY(ins->run());
        for (const auto& g : it.groups) {
            KANRIBO_TRY(
                m_s.db->run(QStringLiteral("INSERT INTO item_groups(control, grp) VALUES(?, ?)"), it.control, g));
        }
        QJsonArray copyList;
        for (int n = 1; n <= ni.copies; ++n) {
            const QString id = copyId(it.control, n);
            auto ci = m_s.db->prepare(QStringLiteral("INSERT INTO copies(id, control, number, status, holder, "
                                                     "container, kind) VALUES(?,?,?,'active',?,?,'original')"));
            if (!ci)
                return ci.error();
            ci->bind(1, id).bind(2, it.control).bind(3, n);
            if (ni.container.isEmpty())
                ci->bind(4, m_s.me.login).bindNull(5);
            else
                ci->bindNull(4).bind(5, ni.container);
            KANRIBO_TRY(ci->run());
            out.copies << id;
            copyList.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("holder"), ni.container.isEmpty() ? QJsonValue(m_s.me.login) : QJsonValue() },
                { QStringLiteral("container"), ni.container.isEmpty() ? QJsonValue() : QJsonValue(ni.container) } });
        }
        KANRIBO_TRY(indexItem(it));
        QJsonObject payload = itemJson(it);
        payload.insert(QStringLiteral("copies"), copyList);
        payload.insert(QStringLiteral("article"), pack.article(QStringLiteral("accountability")).ref);
        // R-TRU-5: the item's own key, split over its compartments; the content key is sealed under it.
        const SecureBuffer itemKey = itemkey::generate();
        KANRIBO_ASSIGN(const QJsonArray keys, Compartments(m_s).wrap(it.control, it.level, it.groups, itemKey));
        payload.insert(QStringLiteral("keys"), keys);
        if (content) {
            const SecureBuffer key = ContentCipher::newKey();
            const QString control = it.control;
            auto enc = ContentCipher::encrypt(*content, key, [&](int idx, const QByteArray& chunk) -> Status {
                auto st
                    = m_s.db->prepare(QStringLiteral("INSERT INTO content_chunks(control, idx, data) VALUES(?,?,?)"));
                if (!st)
                    return st.error();
                st->bind(1, control).bind(2, idx).bind(3, chunk);
                return st->run();
            });
            if (!enc)
                return enc.error();
            const QByteArray sealedKey = itemkey::seal(itemKey, key);
            KANRIBO_TRY(m_s.db->run(QStringLiteral("INSERT INTO contents(control, header, size, chunks, sha, mime, "
                                                   "filename, sealed_key) VALUES(?,?,?,?,?,?,?,?)"),
                control, enc->header, enc->plainSize, enc->chunks, QString::fromLatin1(enc->plainHash.toHex()),
                ni.contentMime, QFileInfo(ni.contentPath).fileName(), sealedKey));
            payload.insert(QStringLiteral("content"),
                QJsonObject { { QStringLiteral("size"), static_cast<double>(enc->plainSize) },
                    { QStringLiteral("sha"), QString::fromLatin1(enc->plainHash.toHex()) },
                    { QStringLiteral("filename"), QFileInfo(ni.contentPath).fileName() },
                    { QStringLiteral("key"), QString::fromLatin1(sealedKey.toBase64()) } });
        }
        auto ev = m_s.record({ QStringLiteral("item.registered"), QStringLiteral("item:") + it.control, payload });
        if (!ev)
            return ev.error();
        // The row says when the event says (compared on verify, R-TRU-1).
        return m_s.db->run(QStringLiteral("UPDATE items SET registered_at = ? WHERE control = ?"),
            formatTimestamp(ev->time), it.control);
    });
    if (!written)
        return written.error();
    out.control = it.control;
    return out;
}

} // namespace kanribo
