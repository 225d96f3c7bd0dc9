// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Items.h"

#include "crypto/ContentCipher.h"
#include "crypto/ItemKey.h"
#include "service/Compartments.h"
#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"
#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Items)
};
} // namespace

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
        auto c = people.container(ni.container);
        if (!c)
            return c.error();
        if (rank(c->level) < rank(ni.level))
            return m_s.deny(QStringLiteral("item.register"), QStringLiteral("container:") + ni.container,
                { Reason::of(QStringLiteral("container-level"),
                    { { QStringLiteral("container"), ni.container },
                        { QStringLiteral("level"), levelName(c->level) } }) });
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
        out.warnings << Tr::tr("R-MRK-4: the title is marked %1; a title should be unclassified.")
                            .arg(pack.portionMark(title->second));
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

Status Items::sealFor(const QString& control, const SecureBuffer& key, const QString& login, const QByteArray& boxPk)
{
    const QByteArray sealed = ContentCipher::sealKey(key, boxPk);
    if (sealed.isEmpty())
        return makeError(ErrorCode::Integrity, Tr::tr("The public key of %1 is malformed.").arg(login));
    auto st
        = m_s.db->prepare(QStringLiteral("INSERT OR REPLACE INTO content_keys(control, login, sealed) VALUES(?,?,?)"));
    if (!st)
        return st.error();
    st->bind(1, control).bind(2, login).bind(3, sealed);
    return st->run();
}

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

Result<SecureBuffer> Items::myContentKey(const QString& control) const
{
    KANRIBO_ASSIGN(auto itemKey, Compartments(m_s).itemKey(control));
    if (itemKey) {
        KANRIBO_ASSIGN(
            auto sk, m_s.db->query(QStringLiteral("SELECT sealed_key FROM contents WHERE control = ?"), control));
        KANRIBO_ASSIGN(const QByteArray sealed,
            sk.one<QByteArray>([](const Statement& row) { return row.blob(0); },
                makeError(ErrorCode::NotFound, Tr::tr("The item %1 has no stored content.").arg(control))));
        return itemkey::open(*itemKey, sealed);
    }
    // Items registered before compartment keys: the content key sealed to each reader.
    auto st = m_s.db->prepare(QStringLiteral("SELECT sealed FROM content_keys WHERE control = ? AND login = ?"));
    if (!st)
        return st.error();
    st->bind(1, control).bind(2, m_s.me.login);
    auto r = st->next();
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::Denied,
            Tr::tr("The content key of %1 has not been sealed to you yet.").arg(control),
            { Reason::of(QStringLiteral("no-content-key")) });
    return ContentCipher::openSealedKey(st->blob(0), m_s.me.boxPublicKey, m_s.boxSecret);
}

Status Items::readContent(const QString& control, const std::function<Status(const unsigned char*, size_t)>& sink)
{
    auto it = seen(control, QStringLiteral("item.content"));
    if (!it)
        return it.error();
    KANRIBO_TRY(requireNeedToKnow(*it, QStringLiteral("item.content")));
    if (!it->hasContent)
        return makeError(ErrorCode::NotFound, Tr::tr("The item %1 has no stored content.").arg(control));
    auto key = myContentKey(control);
    if (!key) {
        if (key.error().code == ErrorCode::Denied)
            return m_s.deny(QStringLiteral("item.content"), QStringLiteral("item:") + control, key.error().reasons);
        return key.error();
    }
    KANRIBO_TRY(decryptStored(control, *key, sink));
    // Every opening is recorded; for Top Secret it is the disclosure record (R-ACC-4).
    return m_s.write([&]() -> Status {
        if (m_s.policy().rules(it->level).disclosureRecord)
            return recordDisclosure(*it, QStringLiteral("content"));
        auto ev = m_s.record({ QStringLiteral("item.content_opened"), QStringLiteral("item:") + control,
            QJsonObject { { QStringLiteral("control"), control }, { QStringLiteral("login"), m_s.me.login } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status Items::decryptStored(const QString& control, const SecureBuffer& key,
    const std::function<Status(const unsigned char*, size_t)>& sink) const
{
    auto hdr = m_s.db->prepare(QStringLiteral("SELECT header FROM contents WHERE control = ?"));
    if (!hdr)
        return hdr.error();
    hdr->bind(1, control);
    auto hr = hdr->next();
    if (!hr)
        return hr.error();
    if (!*hr)
        return makeError(ErrorCode::Integrity, Tr::tr("The content record of %1 is missing.").arg(control));
    const QByteArray header = hdr->blob(0);
    auto registered = registeredContentHash(control);
    if (!registered)
        return registered.error();
    auto chunks = m_s.db->prepare(QStringLiteral("SELECT data FROM content_chunks WHERE control = ? ORDER BY idx"));
    if (!chunks)
        return chunks.error();
    chunks->bind(1, control);
    Statement& cs = *chunks;
    return ContentCipher::decrypt(
        header, key,
        [&]() -> Result<std::optional<QByteArray>> {
            auto r = cs.next();
            if (!r)
                return r.error();
            return *r ? std::optional<QByteArray>(cs.blob(0)) : std::nullopt;
        },
        sink, *registered);
}

Result<QByteArray> Items::registeredContentHash(const QString& control) const
{
    // The hash the officer signed at registration, not the contents row (which the register key alone can rewrite).
    auto st = m_s.db->prepare(QStringLiteral(
        "SELECT payload FROM events WHERE subject = ? AND kind = 'item.registered' ORDER BY seq LIMIT 1"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("item:") + control);
    auto r = st->next();
    if (!r)
        return r.error();
    const QString sha = *r ? QJsonDocument::fromJson(st->blob(0))
                                 .object()
                                 .value(QStringLiteral("content"))
                                 .toObject()
                                 .value(QStringLiteral("sha"))
                                 .toString()
                           : QString();
    const QByteArray hash = QByteArray::fromHex(sha.toLatin1());
    if (hash.size() != 32)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The content of %1 was not recorded when the item was registered: it was added outside Kanribo.")
                .arg(control));
    return hash;
}

Result<ContentCheck> Items::verifyContents()
{
    KANRIBO_TRY(m_s.requireRole(
        { Role::Officer, Role::Custodian, Role::Auditor }, QStringLiteral("audit.verify"), QStringLiteral("register")));
    QStringList controls;
    {
        auto st = m_s.db->prepare(QStringLiteral("SELECT control FROM contents ORDER BY control"));
        if (!st)
            return st.error();
        auto all = st->collect<QString>([](const Statement& row) { return row.text(0); });
        if (!all)
            return all.error();
        controls = *all;
    }
    ContentCheck out;
    for (const QString& control : controls) {
        auto key = myContentKey(control);
        if (!key && key.error().code == ErrorCode::Denied) {
            ++out.notSealed; // sealed only to those who may open it: another officer or auditor checks it
            continue;
        }
        const Status read = key ? decryptStored(control, *key, [](const unsigned char*, size_t) { return Status {}; })
                                : Status { key.error() }; // a key that does not open is as bad as the content
        if (!read && read.error().code != ErrorCode::Integrity)
            return read.error();
        if (!read) {
            out.bad = control;
            out.reason = read.error().message;
            return out;
        }
        ++out.checked;
    }
    return out;
}

Result<SecureBuffer> Items::contentBytes(const QString& control)
{
    auto size = m_s.db->prepare(QStringLiteral("SELECT size FROM contents WHERE control = ?"));
    if (!size)
        return size.error();
    size->bind(1, control);
    auto r = size->next();
    if (!r)
        return r.error();
    const qint64 total = *r ? size->integer(0) : 0;
    if (total > 512LL * 1024 * 1024)
        return makeError(ErrorCode::Io, Tr::tr("The content is too large to show in memory; export it instead."));
    SecureBuffer out(static_cast<size_t>(total));
    size_t at = 0;
    KANRIBO_TRY(readContent(control, [&](const unsigned char* d, size_t n) -> Status {
        if (at + n > out.size())
            return makeError(ErrorCode::Integrity, Tr::tr("The stored document content is damaged or was altered."));
        std::memcpy(out.data() + at, d, n);
        at += n;
        return {};
    }));
    return out;
}

Status Items::writeContentToFile(const QString& control, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !makeOwnerOnly(f))
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    KANRIBO_TRY(readContent(control, [&](const unsigned char* d, size_t n) -> Status {
        if (f.write(reinterpret_cast<const char*>(d), static_cast<qint64>(n)) != static_cast<qint64>(n))
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
        return {};
    }));
    if (!f.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<int> Items::refreshContentKeys()
{
    KANRIBO_TRY(m_s.requireOpen());
    auto users = loadUsers(*m_s.db);
    if (!users)
        return users.error();
    QStringList controls;
    {
        auto st = m_s.db->prepare(QStringLiteral("SELECT control FROM contents ORDER BY control"));
        if (!st)
            return st.error();
        for (;;) {
            auto r = st->next();
            if (!r)
                return r.error();
            if (!*r)
                break;
            controls << st->text(0);
        }
    }
    int sealed = 0;
    KANRIBO_TRY(m_s.write([&]() -> Status {
        for (const auto& control : controls) {
            auto it = load(control);
            if (!it)
                return it.error();
            QStringList holders;
            auto ks = m_s.db->prepare(QStringLiteral("SELECT login FROM content_keys WHERE control = ?"));
            if (!ks)
                return ks.error();
            ks->bind(1, control);
            for (;;) {
                auto r = ks->next();
                if (!r)
                    return r.error();
                if (!*r)
                    break;
                holders << ks->text(0);
            }
            std::optional<SecureBuffer> key;
            QStringList added, removed;
            for (const auto& u : *users) {
                const bool may = decide(u, *it, Action::Open).allowed;
                const bool has = holders.contains(u.login);
                if (has && !may) {
                    auto del
                        = m_s.db->prepare(QStringLiteral("DELETE FROM content_keys WHERE control = ? AND login = ?"));
                    if (!del)
                        return del.error();
                    del->bind(1, control).bind(2, u.login);
                    KANRIBO_TRY(del->run());
                    removed << u.login;
                } else if (!has && may) {
                    if (!key) {
                        if (!holders.contains(m_s.me.login))
                            continue; // only a holder of the key can extend access; removals still go on
                        auto k = myContentKey(control);
                        if (!k)
                            return k.error();
                        key = std::move(k).value();
                    }
                    KANRIBO_TRY(sealFor(control, *key, u.login, u.boxPublicKey));
                    added << u.login;
                    ++sealed;
                }
            }
            if (!added.isEmpty() || !removed.isEmpty()) {
                auto ev = m_s.record({ QStringLiteral("item.content_keys"), QStringLiteral("item:") + control,
                    QJsonObject { { QStringLiteral("sealed_to"), QJsonArray::fromStringList(added) },
                        { QStringLiteral("removed"), QJsonArray::fromStringList(removed) } } });
                if (!ev)
                    return ev.error();
            }
        }
        return {};
    }));
    return sealed;
}

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
                   "reference (R-MRK-7)."));
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
    KANRIBO_TRY(m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("item.reclassified"), QStringLiteral("item:") + rq.control,
            QJsonObject { { QStringLiteral("control"), rq.control }, { QStringLiteral("kind"), kind },
                { QStringLiteral("old_level"), levelName(rc.oldLevel) },
                { QStringLiteral("new_level"), levelName(rc.newLevel) },
                { QStringLiteral("old_marking"), pack.bannerText(rc.oldLevel) },
                { QStringLiteral("new_marking"), pack.bannerText(rc.newLevel) },
                { QStringLiteral("notice_by"), rc.noticeBy },
                { QStringLiteral("notice_date"), formatDate(rc.noticeDate) },
                { QStringLiteral("reference"), rc.reference }, { QStringLiteral("reason"), rc.reason } } });
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
                   "government's written approval (R-ACC-5)."));
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

Result<QList<Disclosure>> Items::disclosures(const QString& control) const
{
    // The disclosure record is an officer's and an inspector's record (R-ACC-4), of items they may see (R-ACC-3).
    KANRIBO_TRY(requireVisible(control, QStringLiteral("item.disclosures")));
    if (m_s.me.role != Role::Officer && m_s.me.role != Role::Auditor)
        return makeError(ErrorCode::Denied, Tr::tr("Only officers and auditors read the disclosure record."),
            { Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer,auditor") } }) });
    auto st = m_s.db->prepare(
        QStringLiteral("SELECT control, login, action, at, event_seq FROM disclosures WHERE control = ? ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, control);
    return st->collect<Disclosure>([](const Statement& row) {
        return Disclosure { row.text(0), row.text(1), row.text(2),
            QDateTime::fromString(row.text(3), Qt::ISODateWithMs), row.integer(4) };
    });
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

Status Items::requireVisible(const QString& control, const QString& action) const
{
    auto it = seen(control, action);
    return it ? Status {} : Status { it.error() };
}

Status Items::refreshStatus(const QString& control)
{
    return m_s.db->run(
        QStringLiteral("UPDATE items SET status = %1 WHERE control = ?1").arg(statusFromCopies(QStringLiteral("?1"))),
        control);
}

} // namespace kanribo
