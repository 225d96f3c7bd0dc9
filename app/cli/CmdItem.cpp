// SPDX-License-Identifier: GPL-3.0-or-later
// item register | list | show | content | reclassify | release | rekey | expire | purpose-ended — the register of items
// and copies (R-CUS-1, R-MRK-*, R-ACC-*). Every decision is the core's (Items); this file parses and prints.
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>

#include <cstdio>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

const QString kControl = QStringLiteral("CONTROL");

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString joinedOrDash(const QStringList& list)
{
    return list.isEmpty() ? QStringLiteral("—") : list.join(QStringLiteral(", "));
}

Result<int> positiveInt(const CommandArgs& a, const QString& name, int fallback)
{
    if (!a.has(name))
        return fallback;
    bool ok = false;
    const int n = a.value(name).toInt(&ok);
    if (!ok)
        return makeError(
            ErrorCode::Usage, Tr::tr("The option --%1 needs a whole number, not '%2'.").arg(name, a.value(name)));
    return n;
}

QJsonObject copyJson(const Copy& c)
{
    return QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("number"), c.number },
        { QStringLiteral("status"), copyStatusName(c.status) },
        { QStringLiteral("holder"), CliContext::jsonText(c.holder) },
        { QStringLiteral("container"), CliContext::jsonText(c.container) },
        { QStringLiteral("kind"), CliContext::jsonText(c.kind) },
        { QStringLiteral("notation"), CliContext::jsonText(c.notation) } };
}

QJsonObject itemJson(const Item& it, bool withCopies)
{
    QJsonArray releases;
    for (const auto& r : it.releases)
        releases.append(QJsonObject { { QStringLiteral("nationality"), r.nationality },
            { QStringLiteral("reference"), r.reference },
            { QStringLiteral("approved_on"), CliContext::jsonDate(r.approvedOn) } });
    QJsonObject o { { QStringLiteral("control"), it.control },
        { QStringLiteral("title"), it.withheld ? QJsonValue(QJsonValue::Null) : QJsonValue(it.title) },
        { QStringLiteral("level"), levelName(it.level) }, { QStringLiteral("origin"), it.origin },
        { QStringLiteral("recipient"), CliContext::jsonText(it.recipient) },
        { QStringLiteral("us_marking"), it.usMarking }, { QStringLiteral("jp_marking"), it.jpMarking },
        { QStringLiteral("regime"), CliContext::jsonText(it.regime) },
        { QStringLiteral("groups"), QJsonArray::fromStringList(it.groups) },
        { QStringLiteral("caveats"), QJsonArray::fromStringList(it.caveats) },
        { QStringLiteral("tlp"), CliContext::jsonText(it.tlp) }, { QStringLiteral("media"), it.media },
        { QStringLiteral("status"), it.status }, { QStringLiteral("copies_total"), it.copiesTotal },
        { QStringLiteral("copies_held"), it.copiesHeld }, { QStringLiteral("has_content"), it.hasContent },
        { QStringLiteral("authority"),
            QJsonObject { { QStringLiteral("classified_by"), CliContext::jsonText(it.authority.classifiedBy) },
                { QStringLiteral("derived_from"), CliContext::jsonText(it.authority.derivedFrom) },
                { QStringLiteral("declassify_on"), CliContext::jsonText(it.authority.declassifyOn) } } },
        { QStringLiteral("receipt"),
            QJsonObject { { QStringLiteral("received_from"), CliContext::jsonText(it.receipt.receivedFrom) },
                { QStringLiteral("receipt_no"), CliContext::jsonText(it.receipt.receiptNo) },
                { QStringLiteral("channel"), CliContext::jsonText(it.receipt.channel) },
                { QStringLiteral("received_on"), CliContext::jsonDate(it.receipt.receivedOn) },
                { QStringLiteral("tamper_checked"), it.receipt.tamperChecked } } },
        { QStringLiteral("releases"), releases },
        { QStringLiteral("valid_until"), CliContext::jsonDate(it.validUntil) },
        { QStringLiteral("designation_expired"), it.designationExpired },
        { QStringLiteral("purpose_ends"), CliContext::jsonDate(it.purposeEnds) },
        { QStringLiteral("registered_at"),
            it.registeredAt.isValid() ? QJsonValue(formatTimestamp(it.registeredAt)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("registered_by"), CliContext::jsonText(it.registeredBy) } };
    if (withCopies) {
        QJsonArray copies;
        for (const auto& c : it.copies)
            copies.append(copyJson(c));
        o.insert(QStringLiteral("copies"), copies);
    }
    if (it.withheld) // R-ACC-3 accountability view: the groups the details are withheld for
        o.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(it.withheldGroups));
    return o;
}

QJsonObject reclassificationJson(const Reclassification& r)
{
    return QJsonObject { { QStringLiteral("control"), r.control }, { QStringLiteral("kind"), r.kind },
        { QStringLiteral("old_level"), levelName(r.oldLevel) }, { QStringLiteral("new_level"), levelName(r.newLevel) },
        { QStringLiteral("notice_by"), r.noticeBy },
        { QStringLiteral("notice_date"), CliContext::jsonDate(r.noticeDate) },
        { QStringLiteral("reference"), r.reference }, { QStringLiteral("reason"), CliContext::jsonText(r.reason) },
        { QStringLiteral("recorded_at"),
            r.recordedAt.isValid() ? QJsonValue(formatTimestamp(r.recordedAt)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("recorded_by"), r.recordedBy } };
}

QString copyStatusLabel(CopyStatus s)
{
    switch (s) {
    case CopyStatus::Active:
        return Tr::tr("active");
    case CopyStatus::Destroyed:
        return Tr::tr("destroyed");
    case CopyStatus::Lost:
        return Tr::tr("lost");
    case CopyStatus::Dispatched:
        return Tr::tr("dispatched");
    }
    return copyStatusName(s);
}

QString itemStatusLabel(const QString& status)
{
    const auto s = copyStatusFromName(status);
    return s ? copyStatusLabel(*s) : status;
}

QString marking(const Item& it)
{
    return it.jpMarking.isEmpty() ? it.usMarking : it.usMarking + QStringLiteral(" / ") + it.jpMarking;
}

// --- item register -------------------------------------------------------------------------------------------------

Status itemRegister(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        CommandArgs::freeTextOptions(QStringLiteral("title"))
            + QList<OptionSpec> { { QStringLiteral("level"), OptionSpec::Value, true },
                { QStringLiteral("origin"), OptionSpec::Value, true },
                { QStringLiteral("regime"), OptionSpec::Value, false },
                { QStringLiteral("group"), OptionSpec::Multi, false },
                { QStringLiteral("caveat"), OptionSpec::Multi, false },
                { QStringLiteral("copies"), OptionSpec::Value, false },
                { QStringLiteral("container"), OptionSpec::Value, false },
                { QStringLiteral("received-from"), OptionSpec::Value, false },
                { QStringLiteral("receipt-no"), OptionSpec::Value, false },
                { QStringLiteral("channel"), OptionSpec::Value, false },
                { QStringLiteral("received-on"), OptionSpec::Value, false },
                { QStringLiteral("tamper-checked"), OptionSpec::Flag, false },
                { QStringLiteral("media"), OptionSpec::Value, false },
                { QStringLiteral("classified-by"), OptionSpec::Value, false },
                { QStringLiteral("derived-from"), OptionSpec::Value, false },
                { QStringLiteral("declassify-on"), OptionSpec::Value, false },
                { QStringLiteral("tlp"), OptionSpec::Value, false },
                { QStringLiteral("valid-until"), OptionSpec::Value, false },
                { QStringLiteral("purpose-ends"), OptionSpec::Value, false },
                { QStringLiteral("content"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    if (!a->has(QStringLiteral("title")) && !a->has(QStringLiteral("title-file")))
        return makeError(ErrorCode::Usage, Tr::tr("The option --title (or --title-file) is required."));
    auto level = a->level(QStringLiteral("level"));
    if (!level)
        return level.error();
    auto copies = positiveInt(*a, QStringLiteral("copies"), 1);
    if (!copies)
        return copies.error();
    auto receivedOn = a->date(QStringLiteral("received-on"));
    if (!receivedOn)
        return receivedOn.error();
    auto validUntil = a->date(QStringLiteral("valid-until"));
    if (!validUntil)
        return validUntil.error();
    auto purposeEnds = a->date(QStringLiteral("purpose-ends"));
    if (!purposeEnds)
        return purposeEnds.error();

    NewItem ni;
    ni.level = **level;
    ni.origin = a->value(QStringLiteral("origin"));
    ni.regime = a->value(QStringLiteral("regime"));
    ni.groups = a->values(QStringLiteral("group"));
    ni.caveats = a->values(QStringLiteral("caveat"));
    ni.tlp = a->value(QStringLiteral("tlp"));
    ni.copies = *copies;
    ni.container = a->value(QStringLiteral("container"));
    if (a->has(QStringLiteral("media")))
        ni.media = a->value(QStringLiteral("media"));
    ni.authority.classifiedBy = a->value(QStringLiteral("classified-by"));
    ni.authority.derivedFrom = a->value(QStringLiteral("derived-from"));
    ni.authority.declassifyOn = a->value(QStringLiteral("declassify-on"));
    ni.receipt.receivedFrom = a->value(QStringLiteral("received-from"));
    ni.receipt.receiptNo = a->value(QStringLiteral("receipt-no"));
    ni.receipt.channel = a->value(QStringLiteral("channel"));
    ni.receipt.receivedOn = *receivedOn;
    ni.receipt.tamperChecked = a->has(QStringLiteral("tamper-checked"));
    ni.validUntil = *validUntil;
    ni.purposeEnds = *purposeEnds;
    ni.contentPath = a->value(QStringLiteral("content"));
    if (!ni.contentPath.isEmpty())
        ni.contentMime = QMimeDatabase().mimeTypeForFile(ni.contentPath).name();

    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto title = a->freeText(QStringLiteral("title"), true);
    if (!title)
        return title.error();
    ni.title = **title;
    auto registered = (*reg)->items().registerItem(ni);
    if (!registered)
        return registered.error();
    for (const auto& w : registered->warnings)
        CliContext::printWarning(w);
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("control"), registered->control },
            { QStringLiteral("copies"), QJsonArray::fromStringList(registered->copies) } });
    else
        ctx.print(registered->control);
    return {};
}

// --- item list ------------------------------------------------------------------------------------------------------

void printItemTable(const CliContext& ctx, const QList<Item>& items)
{
    QList<QStringList> rows;
    for (const auto& it : items)
        rows << QStringList { it.control, marking(it), it.origin, itemStatusLabel(it.status),
            QStringLiteral("%1/%2").arg(it.copiesHeld).arg(it.copiesTotal), shownTitle(it) };
    ctx.printTable({ Tr::tr("Control No."), Tr::tr("Marking"), Tr::tr("Origin"), Tr::tr("Status"), Tr::tr("Copies"),
                       Tr::tr("Title") },
        rows);
}

Status printItemList(const CliContext& ctx, Register& reg, QList<Item> items)
{
    if (!ctx.json) {
        printItemTable(ctx, items);
        return {};
    }
    QJsonArray list;
    for (auto& it : items) {
        auto copies = reg.items().copiesOf(it.control);
        if (!copies)
            return copies.error();
        it.copies = *copies;
        list.append(itemJson(it, true));
    }
    ctx.printJson(list);
    return {};
}

Status itemList(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("level"), OptionSpec::Value, false }, { QStringLiteral("status"), OptionSpec::Value, false },
            { QStringLiteral("holder"), OptionSpec::Value, false },
            { QStringLiteral("container"), OptionSpec::Value, false },
            { QStringLiteral("search"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    auto level = a->level(QStringLiteral("level"));
    if (!level)
        return level.error();
    ItemFilter filter;
    filter.level = *level;
    if (a->has(QStringLiteral("status"))) {
        const auto status = copyStatusFromName(a->value(QStringLiteral("status")));
        if (!status)
            return makeError(ErrorCode::Usage,
                Tr::tr("'%1' is not a status: use active, destroyed, lost or dispatched.")
                    .arg(a->value(QStringLiteral("status"))));
        filter.status = copyStatusName(*status);
    }
    filter.holder = a->value(QStringLiteral("holder"));
    filter.container = a->value(QStringLiteral("container"));
    filter.text = a->value(QStringLiteral("search"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto items = (*reg)->items().list(filter);
    if (!items)
        return items.error();
    return printItemList(ctx, **reg, std::move(*items));
}

// --- item show ------------------------------------------------------------------------------------------------------

Status itemShow(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { kControl });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    Items& items = (*reg)->items();
    auto it = items.show(a->positional(0));
    if (!it)
        return it.error();
    auto history = items.reclassifications(it->control);
    if (!history)
        return history.error();
    // The disclosure record is for those who oversee access (R-ACC-4).
    const Role role = (*reg)->me().role;
    const bool overseer = role == Role::Officer || role == Role::Auditor;
    QList<Disclosure> disclosures;
    if (overseer) {
        auto d = items.disclosures(it->control);
        if (!d)
            return d.error();
        disclosures = *d;
    }

    if (ctx.json) {
        QJsonObject o = itemJson(*it, true);
        QJsonArray rc;
        for (const auto& r : *history)
            rc.append(reclassificationJson(r));
        o.insert(QStringLiteral("reclassifications"), rc);
        if (overseer) {
            QJsonArray dl;
            for (const auto& d : disclosures)
                dl.append(QJsonObject { { QStringLiteral("login"), d.login }, { QStringLiteral("action"), d.action },
                    { QStringLiteral("at"), formatTimestamp(d.at) }, { QStringLiteral("event"), d.eventSeq } });
            o.insert(QStringLiteral("disclosures"), dl);
        }
        ctx.printJson(o);
        return {};
    }

    const Item& i = *it;
    QList<std::pair<QString, QString>> fields { { Tr::tr("Control No."), i.control },
        { Tr::tr("Title"), shownTitle(i) }, { Tr::tr("Level"), CliContext::levelLabel(i.level) },
        { Tr::tr("Marking"), marking(i) }, { Tr::tr("Origin"), i.origin }, { Tr::tr("Recipient"), orDash(i.recipient) },
        { Tr::tr("Regime"), orDash(i.regime) }, { Tr::tr("Caveats"), joinedOrDash(i.caveats) },
        { Tr::tr("TLP"), orDash(i.tlp) }, { Tr::tr("Need-to-know groups"), joinedOrDash(i.groups) },
        { Tr::tr("Media"), i.media }, { Tr::tr("Status"), itemStatusLabel(i.status) },
        { Tr::tr("Copies held"), QStringLiteral("%1/%2").arg(i.copiesHeld).arg(i.copiesTotal) },
        { Tr::tr("Stored content"), CliContext::yesNo(i.hasContent) },
        { Tr::tr("Classified by"), orDash(i.authority.classifiedBy) },
        { Tr::tr("Derived from"), orDash(i.authority.derivedFrom) },
        { Tr::tr("Declassify on"), orDash(i.authority.declassifyOn) },
        { Tr::tr("Received from"), orDash(i.receipt.receivedFrom) },
        { Tr::tr("Receipt No."), orDash(i.receipt.receiptNo) }, { Tr::tr("Channel"), orDash(i.receipt.channel) },
        { Tr::tr("Received on"), ctx.date(i.receipt.receivedOn) },
        { Tr::tr("Checked for tampering"), CliContext::yesNo(i.receipt.tamperChecked) },
        { Tr::tr("Valid until"), ctx.date(i.validUntil) },
        { Tr::tr("Designation expired"), CliContext::yesNo(i.designationExpired) },
        { Tr::tr("Purpose ends"), ctx.date(i.purposeEnds) },
        { Tr::tr("Registered"),
            (i.registeredAt.isValid() ? ctx.dateTime(i.registeredAt) : QStringLiteral("—")) + QStringLiteral(" (")
                + i.registeredBy + QLatin1Char(')') } };
    ctx.printFields(fields);

    ctx.print();
    QList<QStringList> rows;
    for (const auto& c : i.copies)
        rows << QStringList { c.id, copyStatusLabel(c.status), orDash(c.holder), orDash(c.container), orDash(c.kind),
            c.notation };
    ctx.printTable(
        { Tr::tr("Copy"), Tr::tr("Status"), Tr::tr("Holder"), Tr::tr("Container"), Tr::tr("Kind"), Tr::tr("Notation") },
        rows);
    if (!i.releases.isEmpty()) {
        ctx.print();
        QList<QStringList> rel;
        for (const auto& r : i.releases)
            rel << QStringList { r.nationality, r.reference, ctx.date(r.approvedOn) };
        ctx.printTable({ Tr::tr("Released to"), Tr::tr("Approval reference"), Tr::tr("Approved on") }, rel);
    }
    if (!history->isEmpty()) {
        ctx.print();
        QList<QStringList> rc;
        for (const auto& r : *history)
            rc << QStringList { ctx.dateTime(r.recordedAt), r.kind, CliContext::levelLabel(r.oldLevel),
                CliContext::levelLabel(r.newLevel), r.noticeBy, ctx.date(r.noticeDate), r.reference, r.reason };
        ctx.printTable({ Tr::tr("Reclassified"), Tr::tr("Kind"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Notice by"),
                           Tr::tr("Notice date"), Tr::tr("Reference"), Tr::tr("Reason") },
            rc);
    }
    if (!disclosures.isEmpty()) {
        ctx.print();
        QList<QStringList> dl;
        for (const auto& d : disclosures)
            dl << QStringList { ctx.dateTime(d.at), d.login, d.action, QString::number(d.eventSeq) };
        ctx.printTable({ Tr::tr("Disclosed"), Tr::tr("To"), Tr::tr("Action"), Tr::tr("Event") }, dl);
    }
    return {};
}

// --- item content ---------------------------------------------------------------------------------------------------

Status itemContent(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("out"), OptionSpec::Value, true } }, { kControl });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString control = a->positional(0);
    const QString out = a->value(QStringLiteral("out"));
    KANRIBO_TRY((*reg)->items().writeContentToFile(control, out));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("control"), control }, { QStringLiteral("out"), out } });
    else
        ctx.print(Tr::tr("Wrote the content of %1 to %2.").arg(control, out));
    return {};
}

// --- item reclassify | release | expire | purpose-ended -------------------------------------------------------------

Status itemReclassify(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("level"), OptionSpec::Value, true },
            { QStringLiteral("notice-by"), OptionSpec::Value, true },
            { QStringLiteral("notice-date"), OptionSpec::Value, true },
            { QStringLiteral("reference"), OptionSpec::Value, true },
            { QStringLiteral("reason"), OptionSpec::Value, false } },
        { kControl });
    if (!a)
        return a.error();
    auto level = a->level(QStringLiteral("level"));
    if (!level)
        return level.error();
    auto noticeDate = a->date(QStringLiteral("notice-date"));
    if (!noticeDate)
        return noticeDate.error();
    ReclassifyRequest rq;
    rq.control = a->positional(0);
    rq.newLevel = **level;
    rq.noticeBy = a->value(QStringLiteral("notice-by"));
    rq.noticeDate = *noticeDate;
    rq.reference = a->value(QStringLiteral("reference"));
    rq.reason = a->value(QStringLiteral("reason"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto rc = (*reg)->items().reclassify(rq);
    if (!rc)
        return rc.error();
    if (ctx.json)
        ctx.printJson(reclassificationJson(*rc));
    else
        ctx.print(Tr::tr("%1 is reclassified from %2 to %3.")
                      .arg(rc->control, CliContext::levelLabel(rc->oldLevel), CliContext::levelLabel(rc->newLevel)));
    return {};
}

Status itemRelease(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("nationality"), OptionSpec::Value, true },
            { QStringLiteral("reference"), OptionSpec::Value, true },
            { QStringLiteral("approved-on"), OptionSpec::Value, true } },
        { kControl });
    if (!a)
        return a.error();
    auto approvedOn = a->date(QStringLiteral("approved-on"));
    if (!approvedOn)
        return approvedOn.error();
    const QString control = a->positional(0);
    const QString nationality = a->value(QStringLiteral("nationality"));
    const QString reference = a->value(QStringLiteral("reference"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY((*reg)->items().approveRelease(control, nationality, reference, *approvedOn));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("control"), control },
            { QStringLiteral("nationality"), nationality }, { QStringLiteral("reference"), reference },
            { QStringLiteral("approved_on"), CliContext::jsonDate(*approvedOn) } });
    else
        ctx.print(Tr::tr("The release of %1 to %2 is recorded.").arg(control, nationality));
    return {};
}

Status itemExpire(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto changed = (*reg)->items().applyDesignationExpiries();
    if (!changed)
        return changed.error();
    if (ctx.json) {
        ctx.printJson(QJsonArray::fromStringList(*changed));
        return {};
    }
    if (changed->isEmpty())
        ctx.print(Tr::tr("No designation has expired."));
    for (const auto& c : *changed)
        ctx.print(Tr::tr("%1: the designation has expired; the expiry mark is applied.").arg(c));
    return {};
}

Status itemRekey(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { kControl });
    if (!a)
        return a.error();
    const QString control = a->positional(0);
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY((*reg)->items().rekey(control));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("control"), control }, { QStringLiteral("rekeyed"), true } });
    else
        ctx.print(Tr::tr("%1 is encrypted under fresh keys: only those entitled to it now can open it.").arg(control));
    return {};
}

Status itemPurposeEnded(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto items = (*reg)->items().purposeEnded();
    if (!items)
        return items.error();
    return printItemList(ctx, **reg, std::move(*items));
}

const CommandRegistrar registrar {
    { QStringLiteral("item register"),
        QStringLiteral("item register --title TEXT --level LEVEL --origin NAT [--regime TEXT] [--group GROUP]... "
                       "[--caveat TEXT]... [--copies N] [--container ID] [--received-from TEXT] [--receipt-no TEXT] "
                       "[--channel TEXT] [--received-on DATE] [--tamper-checked] "
                       "[--media paper|electronic|removable|equipment] [--classified-by TEXT] [--derived-from TEXT] "
                       "[--declassify-on DATE|TEXT] [--tlp LABEL] [--valid-until DATE] [--purpose-ends DATE] "
                       "[--content FILE]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Registers an item and its copies (officer). Prints the control number; copies start in --container, or "
            "charged to you."),
        itemRegister },
    { QStringLiteral("item list"),
        QStringLiteral("item list [--level LEVEL] [--status active|destroyed|lost|dispatched] [--holder LOGIN] "
                       "[--container ID] [--search TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the items you may access."), itemList },
    { QStringLiteral("item show"), QStringLiteral("item show CONTROL"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows one item and its copies (records a disclosure for top secret)."),
        itemShow },
    { QStringLiteral("item content"), QStringLiteral("item content CONTROL --out FILE"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Decrypts an item's stored content into a file (needs access; recorded)."),
        itemContent },
    { QStringLiteral("item reclassify"),
        QStringLiteral("item reclassify CONTROL --level LEVEL --notice-by TEXT --notice-date DATE --reference TEXT "
                       "[--reason TEXT]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records a reclassification on the originator's notice (officer)."),
        itemReclassify },
    { QStringLiteral("item release"),
        QStringLiteral("item release CONTROL --nationality NAT --reference TEXT --approved-on DATE"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Records the originating government's written approval to release an item to a third country "
            "(officer)."),
        itemRelease },
    { QStringLiteral("item rekey"), QStringLiteral("item rekey CONTROL"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Re-encrypts an item under fresh keys for those entitled to it now, so that people who lost access cannot "
            "open it with keys they kept (officer)."),
        itemRekey },
    { QStringLiteral("item expire"), QStringLiteral("item expire"),
        QT_TRANSLATE_NOOP(
            "kanribo::Cli", "Applies the expiry mark to designations whose validity has passed (officer)."),
        itemExpire },
    { QStringLiteral("item purpose-ended"), QStringLiteral("item purpose-ended"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Lists items whose purpose has ended and that still have copies held (to return or destroy)."),
        itemPurposeEnded },
};
} // namespace

} // namespace kanribo
