// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AuditExport.h"

#include "policy/Reason.h"
#include "policy/Visibility.h"
#include "report/CsvWriter.h"
#include "service/CoreSession.h"
#include "service/EventSight.h"
#include "service/People.h"
#include "service/Register.h"
#include "store/Database.h"
#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

QDateTime startOfDayUtc(const QDate& d)
{
    return d.isValid() ? QDateTime(d, QTime(0, 0)).toUTC() : QDateTime();
}

bool inRange(const QDateTime& t, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    return (!fromUtc.isValid() || t >= fromUtc) && (!toUtc.isValid() || t < toUtc);
}

QString ts(const QDateTime& t)
{
    return t.isValid() ? formatTimestamp(t) : QString();
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? Tr::tr("yes") : Tr::tr("no");
}

} // namespace

namespace
{
// An item as the reader (and the exporter) see it: absent, withheld (accountability view) or whole.
std::optional<Item> seenItem(Item item, const EventSight& sight)
{
    const auto full = sight.item(item.control);
    if (!full)
        return std::nullopt;
    if (*full)
        return item;
    Item out = withheld(std::move(item), sight.reader());
    out.withheldGroups = sight.withheldGroups(out.control);
    return out;
}

QString copyControl(const QString& copyId)
{
    return copyId.section(QLatin1Char('/'), 0, -2);
}

QStringList itemsCsvHeader()
{
    return { Tr::tr("Control number"), Tr::tr("Title"), Tr::tr("Level"), Tr::tr("US marking"),
        Tr::tr("Japanese marking"), Tr::tr("Originator"), Tr::tr("Regime"), Tr::tr("Caveats"),
        Tr::tr("Need-to-know groups"), Tr::tr("Media"), Tr::tr("Status"), Tr::tr("Copies"), Tr::tr("Copies held"),
        Tr::tr("Registered"), Tr::tr("Registered by"), Tr::tr("Classified by"), Tr::tr("Derived from"),
        Tr::tr("Declassify on"), Tr::tr("Title withheld") };
}

QStringList copiesCsvHeader()
{
    return { Tr::tr("Copy"), Tr::tr("Control number"), Tr::tr("Copy number"), Tr::tr("Level"), Tr::tr("Status"),
        Tr::tr("Holder"), Tr::tr("Container"), Tr::tr("Kind"), Tr::tr("Notation") };
}

QStringList itemCsvRow(const Item& it, bool withheld)
{
    return { it.control, shownTitle(it), levelName(it.level), it.usMarking, it.jpMarking, it.origin, it.regime,
        it.caveats.join(QStringLiteral("; ")), it.groups.join(QStringLiteral("; ")), it.media, it.status,
        QString::number(it.copiesTotal), QString::number(it.copiesHeld), ts(it.registeredAt), it.registeredBy,
        it.authority.classifiedBy, it.authority.derivedFrom, it.authority.declassifyOn, yesNo(withheld) };
}

QStringList copyCsvRow(const Copy& c, const Item& it)
{
    return { c.id, c.control, QString::number(c.number), levelName(it.level), copyStatusName(c.status), c.holder,
        c.container, c.kind, c.notation };
}

// Feeds CSV records to a sink a megabyte at a time.
class CsvStream
{
public:
    CsvStream(const ByteSink& sink, const QStringList& header)
        : m_sink(sink)
        , m_buf(CsvWriter(header).bytes())
    {
    }
    bool add(const QStringList& fields)
    {
        m_buf += CsvWriter::record(fields);
        return m_buf.size() < 1024 * 1024 || flush();
    }
    bool flush()
    {
        m_ok = m_ok && m_sink(m_buf.constData(), m_buf.size());
        m_buf.clear();
        return m_ok;
    }
    Status finish()
    {
        if (!flush())
            return makeError(ErrorCode::Io, Tr::tr("The export could not be written."));
        return {};
    }

private:
    const ByteSink& m_sink;
    QByteArray m_buf;
    bool m_ok = true;
};

QStringList eventsCsvHeader()
{
    return { Tr::tr("No."), Tr::tr("Time (UTC)"), Tr::tr("Actor"), Tr::tr("Event"), Tr::tr("Subject"),
        Tr::tr("Co-signers"), Tr::tr("Details"), Tr::tr("Hash") };
}

QStringList eventCsvRow(const Event& e)
{
    return { QString::number(e.seq), ts(e.time), e.actor, e.kind, e.subject, e.cosigners.join(QStringLiteral("; ")),
        displayPayloadText(e.kind, e.payload), QString::fromLatin1(e.hash.toHex()) };
}
} // namespace

Result<InspectionData> gatherInspection(Register& reg, const ExportOptions& options, GatherScope scope)
{
    Session& s = coreSession(reg);
    KANRIBO_TRY(
        s.requireRole({ Role::Officer, Role::Auditor }, QStringLiteral("audit.export"), QStringLiteral("register")));
    InspectionData d;
    d.facility = s.facility;
    d.registerId = QString::fromLatin1(s.registerId.toHex());
    d.from = options.from;
    d.to = options.to;
    d.kind = options.kind;
    d.actor = options.actor;
    d.control = options.control;
    d.generatedAt = s.now();
    d.exporter = s.me;
    d.reader = s.me;
    if (!options.reader.isEmpty() && options.reader != s.me.login) {
        auto u = reg.people().user(options.reader);
        if (!u)
            return u.error();
        d.reader = std::move(u).value();
    }
    const QDateTime fromUtc = startOfDayUtc(options.from);
    const QDateTime toUtc = startOfDayUtc(options.to.isValid() ? options.to.addDays(1) : QDate());
    if (fromUtc.isValid() && toUtc.isValid() && toUtc <= fromUtc)
        return makeError(ErrorCode::Usage, Tr::tr("The range ends before it starts."));
    // R-ACC-3, the whole rule for the reader (clearance, groups, nationality, expiry, briefing) and for the exporter
    // who writes the file: what either may not see is absent; what is seen only in the accountability view has its
    // details withheld.
    auto sight = EventSight::forReader(s, d.reader, &s.me);
    if (!sight)
        return sight.error();
    d.sight = std::make_shared<EventSight>(std::move(sight).value());

    // The register: the items seen, withheld where seen only in the accountability view.
    {
        auto levels = reg.items().levels();
        if (!levels)
            return levels.error();
        for (auto it = levels->cbegin(); it != levels->cend(); ++it) {
            const auto full = d.sight->item(it.key());
            if (!full)
                continue;
            d.levels.insert(it.key(), it.value());
            if (!*full)
                d.redacted.insert(it.key());
            if (rank(it.value()) > rank(d.highest))
                d.highest = it.value();
        }
        d.itemCount = d.levels.size();
    }
    if (scope.items) {
        QStringList controls = d.levels.keys();
        controls.sort();
        for (const QString& c : std::as_const(controls)) {
            auto it = reg.items().load(c);
            if (!it)
                return it.error();
            if (auto seen = seenItem(std::move(it).value(), *d.sight))
                d.items << *seen;
        }
    }

    // The audit trail of the range, as the reader sees it.
    Ledger::Filter f;
    f.from = fromUtc;
    f.to = toUtc;
    f.kind = options.kind;
    f.actor = options.actor;
    f.control = options.control;
    if (scope.events) {
        KANRIBO_TRY(reg.ledger().forEach(f, [&](const Event& e) {
            if (auto seen = d.sight->view(e))
                d.events << *seen;
            return true;
        }));
    }
    // The range's figures are the ledger's (its head and count are what an inspector checks an export against).
    {
        auto span = reg.ledger().span(fromUtc, toUtc);
        if (!span)
            return span.error();
        d.eventCount = span->count;
        d.firstSeq = span->firstSeq;
        d.lastSeq = span->lastSeq;
    }
    // A filtered view: its own figures, of the matching events the reader and exporter see (R-ACC-3: a filter on an
    // item they may not see must not count its events) — the events gathered above, else one pass to count them.
    if (options.filtersEvents()) {
        d.eventCount = 0;
        d.firstSeq = 0;
        d.lastSeq = 0;
        const auto tally = [&d](qint64 seq) {
            if (d.firstSeq == 0)
                d.firstSeq = seq;
            d.lastSeq = seq;
            ++d.eventCount;
        };
        if (scope.events) {
            for (const Event& e : std::as_const(d.events))
                tally(e.seq);
        } else {
            KANRIBO_TRY(reg.ledger().forEach(f, [&](const Event& e) {
                if (d.sight->view(e))
                    tally(e.seq);
                return true;
            }));
        }
    }

    // Disclosure records (R-ACC-4), of items seen.
    {
        auto record = reg.items().disclosureRecord();
        if (!record)
            return record.error();
        for (const Disclosure& x : std::as_const(*record))
            if (inRange(x.at, fromUtc, toUtc) && d.sight->item(x.control))
                d.disclosures << x;
    }

    // Custody records.
    const Custody& custody = reg.custody();
    auto destructions = custody.destructions();
    if (!destructions)
        return destructions.error();
    const auto seenControl = [&](const QString& control) { return d.sight->item(control); };
    for (const auto& x : std::as_const(*destructions))
        if (inRange(x.at, fromUtc, toUtc) && seenControl(x.control))
            d.destructions << x;
    auto reproductions = custody.reproductions();
    if (!reproductions)
        return reproductions.error();
    for (auto x : std::as_const(*reproductions)) {
        const auto full = seenControl(x.control);
        if (!inRange(x.at, fromUtc, toUtc) || !full)
            continue;
        if (!*full) {
            x.withheld = true;
            x.reason.clear();
            x.consentRef.clear();
        }
        d.reproductions << x;
    }
    auto incidents = custody.incidents();
    if (!incidents)
        return incidents.error();
    for (auto x : std::as_const(*incidents)) {
        const auto full = x.copies.isEmpty() ? std::nullopt : seenControl(copyControl(x.copies.constFirst()));
        if (!full || !(inRange(x.reportedAt, fromUtc, toUtc) || x.status == QLatin1String("open")))
            continue;
        if (!*full) {
            x.withheld = true;
            x.summary.clear();
            x.findings.clear();
            x.measures.clear();
        }
        d.incidents << x;
    }
    auto inventories = custody.inventories();
    if (!inventories)
        return inventories.error();
    const auto inView = [&](const QStringList& copies) {
        QStringList kept;
        for (const auto& c : copies)
            if (seenControl(copyControl(c)))
                kept << c;
        return kept;
    };
    for (auto x : std::as_const(*inventories)) {
        if (!inRange(x.startedAt, fromUtc, toUtc))
            continue;
        x.present = inView(x.present);
        x.missing = inView(x.missing);
        x.unexpected = inView(x.unexpected);
        d.inventories << x;
    }
    auto overdue = custody.dispatches(true);
    if (!overdue)
        return overdue.error();
    for (const auto& x : std::as_const(*overdue))
        if (seenControl(copyControl(x.copyId)))
            d.overdueDispatches << x;

    // Verification of the whole trail, and the digest of the bundle of the same range.
    if (scope.verification) {
        auto head = reg.ledger().headSeq();
        if (!head)
            return head.error();
        auto report = verifyLedger(reg.ledger(), s.registerId,
            [&options, total = *head](qint64 done) { return options.report(ExportPhase::Verifying, done, total); });
        if (!report)
            return report.error();
        if (report->cancelled)
            return exportCancelled();
        d.verification = *report;
        if (d.eventCount > 0 && d.verification.ok) {
            auto bundle = buildBundleForDigest(reg, options);
            if (!bundle)
                return bundle.error();
            auto digest = bundle->digest();
            if (!digest)
                return digest.error();
            d.bundleDigest = *digest;
        }
    }
    if (d.eventCount > 0) {
        auto last = reg.ledger().event(d.lastSeq);
        if (last && *last)
            d.lastHash = QString::fromLatin1((*last)->hash.toHex());
    }
    return d;
}

QList<std::pair<QString, QByteArray>> csvTables(const InspectionData& d)
{
    const auto levelOf = [&](const QString& control) {
        return d.levels.contains(control) ? levelName(d.levels.value(control)) : QString();
    };
    QList<std::pair<QString, QByteArray>> out;

    CsvWriter items(itemsCsvHeader());
    CsvWriter copies(copiesCsvHeader());
    for (const auto& it : d.items) {
        items.addRow(itemCsvRow(it, it.withheld));
        for (const auto& c : it.copies)
            copies.addRow(copyCsvRow(c, it));
    }
    out.append({ QStringLiteral("items.csv"), items.bytes() });
    out.append({ QStringLiteral("copies.csv"), copies.bytes() });

    CsvWriter events(eventsCsvHeader());
    for (const auto& e : d.events)
        events.addRow(eventCsvRow(e));
    out.append({ QStringLiteral("events.csv"), events.bytes() });

    CsvWriter destructions({ Tr::tr("No."), Tr::tr("Copy"), Tr::tr("Control number"), Tr::tr("Level"), Tr::tr("Method"),
        Tr::tr("Destroyed (UTC)"), Tr::tr("Destroying official"), Tr::tr("Witness"), Tr::tr("Event") });
    for (const auto& x : d.destructions)
        destructions.addRow({ QString::number(x.id), x.copyId, x.control, levelName(x.level), x.method, ts(x.at),
            x.official, x.witness, QString::number(x.eventSeq) });
    out.append({ QStringLiteral("destructions.csv"), destructions.bytes() });

    CsvWriter reproductions({ Tr::tr("No."), Tr::tr("Control number"), Tr::tr("Level"), Tr::tr("Kind"),
        Tr::tr("New copies"), Tr::tr("Reason"), Tr::tr("Consent reference"), Tr::tr("Approver"), Tr::tr("Made by"),
        Tr::tr("Made (UTC)"), Tr::tr("Notation") });
    for (const auto& x : d.reproductions)
        reproductions.addRow(
            { QString::number(x.id), x.control, levelOf(x.control), x.kind, x.copies.join(QStringLiteral("; ")),
                x.withheld ? withheldText({}) : x.reason, x.consentRef, x.approver, x.by, ts(x.at), x.notation });
    out.append({ QStringLiteral("reproductions.csv"), reproductions.bytes() });

    CsvWriter disclosures({ Tr::tr("Control number"), Tr::tr("Level"), Tr::tr("Person"), Tr::tr("Action"),
        Tr::tr("Time (UTC)"), Tr::tr("Event") });
    for (const auto& x : d.disclosures)
        disclosures.addRow({ x.control, levelOf(x.control), x.login, x.action, ts(x.at), QString::number(x.eventSeq) });
    out.append({ QStringLiteral("disclosures.csv"), disclosures.bytes() });

    CsvWriter incidents({ Tr::tr("No."), Tr::tr("Kind"), Tr::tr("Status"), Tr::tr("Copies"), Tr::tr("Summary"),
        Tr::tr("Reported (UTC)"), Tr::tr("Reported by"), Tr::tr("Originator notified"), Tr::tr("Findings"),
        Tr::tr("Measures"), Tr::tr("Closed (UTC)") });
    for (const auto& x : d.incidents)
        incidents.addRow({ QString::number(x.id), incidentKindName(x.kind), x.status,
            x.copies.join(QStringLiteral("; ")), x.withheld ? withheldText({}) : x.summary, ts(x.reportedAt),
            x.reportedBy, day(x.originatorNotified), x.findings, x.measures, ts(x.closedAt) });
    out.append({ QStringLiteral("incidents.csv"), incidents.bytes() });
    return out;
}

namespace
{
// items.csv (copies = false) or copies.csv (copies = true), item by item from the register, redacted as gathered.
StreamWriter registerTableWriter(Register& reg, std::shared_ptr<const EventSight> sight, bool copies)
{
    return [&reg, sight, copies](const ByteSink& sink) -> Status {
        auto levels = reg.items().levels();
        if (!levels)
            return levels.error();
        CsvStream out(sink, copies ? copiesCsvHeader() : itemsCsvHeader());
        for (const QString& c : levels->keys()) {
            if (!sight->item(c))
                continue;
            auto loaded = reg.items().load(c);
            if (!loaded)
                return loaded.error();
            const auto seen = seenItem(std::move(loaded).value(), *sight);
            if (!seen)
                continue;
            const Item& it = *seen;
            bool ok = true;
            if (!copies)
                ok = out.add(itemCsvRow(it, it.withheld));
            for (qsizetype i = 0; copies && ok && i < it.copies.size(); ++i)
                ok = out.add(copyCsvRow(it.copies.at(i), it));
            if (!ok)
                break;
        }
        return out.finish();
    };
}
} // namespace

QList<std::pair<QString, StreamWriter>> csvFiles(Register& reg, const InspectionData& d, const ExportProgress& progress)
{
    QList<std::pair<QString, StreamWriter>> out;
    const bool streamItems = d.items.isEmpty() && d.itemCount > 0;
    for (auto& [name, bytes] : csvTables(d)) {
        if (name == QLatin1String("events.csv") && d.events.isEmpty() && d.eventCount > 0) {
            const QDateTime fromUtc = startOfDayUtc(d.from);
            const QDateTime toUtc = startOfDayUtc(d.to.isValid() ? d.to.addDays(1) : QDate());
            out.append({ name,
                [&reg, fromUtc, toUtc, kind = d.kind, actor = d.actor, control = d.control, sight = d.sight, progress,
                    total = d.eventCount](const ByteSink& sink) -> Status {
                    CsvStream csv(sink, eventsCsvHeader());
                    Ledger::Filter f;
                    f.from = fromUtc;
                    f.to = toUtc;
                    f.kind = kind;
                    f.actor = actor;
                    f.control = control;
                    qint64 done = 0;
                    bool stopped = false;
                    KANRIBO_TRY(reg.ledger().forEach(f, [&](const Event& e) {
                        if (progress && ++done % 1024 == 0 && !progress(ExportPhase::Writing, done, total)) {
                            stopped = true;
                            return false;
                        }
                        const auto seen = sight->view(e);
                        return !seen || csv.add(eventCsvRow(*seen));
                    }));
                    if (stopped)
                        return exportCancelled();
                    return csv.finish();
                } });
        } else if (streamItems && (name == QLatin1String("items.csv") || name == QLatin1String("copies.csv"))) {
            out.append({ name, registerTableWriter(reg, d.sight, name == QLatin1String("copies.csv")) });
        } else {
            out.append({ name, [bytes = std::move(bytes)](const ByteSink& sink) -> Status {
                            if (!sink(bytes.constData(), bytes.size()))
                                return makeError(ErrorCode::Io, Tr::tr("The export could not be written."));
                            return {};
                        } });
        }
    }
    return out;
}

Result<ExportHead> commitExport(Register& reg, const QString& format, const ExportOptions& options,
    const QList<std::pair<QString, QByteArray>>& files, const std::optional<VerifyReport>& verified)
{
    QList<std::pair<QString, StreamWriter>> streams;
    for (const auto& file : files)
        streams.append({ file.first, [&bytes = file.second](const ByteSink& sink) -> Status {
                            if (!sink(bytes.constData(), bytes.size()))
                                return makeError(ErrorCode::Io, Tr::tr("The export could not be written."));
                            return {};
                        } });
    return commitExportFiles(reg, format, options, streams, verified);
}

Result<ExportHead> commitExportFiles(Register& reg, const QString& format, const ExportOptions& options,
    const QList<std::pair<QString, StreamWriter>>& files, const std::optional<VerifyReport>& verified)
{
    Session& s = coreSession(reg);
    // R-TRU-3: the export is a checkpoint of the trail it was made from (when the trail verifies).
    std::optional<VerifyReport> check = verified;
    auto headNow = s.ledger->headSeq();
    if (!headNow)
        return headNow.error();
    if (!check || check->events != *headNow) { // none, or of a range that ends before the head
        auto v = reg.verify(
            [&options, total = *headNow](qint64 done) { return options.report(ExportPhase::Verifying, done, total); });
        if (!v)
            return v.error();
        if (v->cancelled)
            return exportCancelled();
        check = std::move(v).value();
    }
    std::vector<std::unique_ptr<QSaveFile>> open;
    QJsonArray written;
    QStringList digests;
    for (const auto& [path, writer] : files) {
        auto f = std::make_unique<QSaveFile>(path);
        if (!f->open(QIODevice::WriteOnly) || !makeOwnerOnly(*f))
            return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f->errorString()));
        StreamDigest digest;
        const Status st = writer([&](const char* p, qsizetype n) {
            digest.add(p, n);
            return f->write(p, n) == n;
        });
        if (!st) {
            if (st.error().code == ErrorCode::Io)
                return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(path, f->errorString()));
            return st.error();
        }
        digests << digest.grouped();
        written.append(QJsonObject { { QStringLiteral("file"), QFileInfo(path).fileName() },
            { QStringLiteral("blake2b"), digests.constLast() } });
        open.push_back(std::move(f));
    }
    QStringList committed;
    ExportHead head;
    const Status st = s.write([&]() -> Status {
        KANRIBO_TRY(reg.appendCheckpoint(*check));
        auto headSeq = s.ledger->headSeq();
        if (!headSeq)
            return headSeq.error();
        auto last = s.ledger->event(*headSeq);
        if (!last)
            return last.error();
        head.seq = *headSeq;
        head.hash = *last ? (*last)->hash : QByteArray();
        head.verified = check->ok && (*last) && (*last)->kind == QLatin1String("checkpoint.signed");
        QJsonObject payload { { QStringLiteral("format"), format }, { QStringLiteral("from"), day(options.from) },
            { QStringLiteral("to"), day(options.to) },
            { QStringLiteral("reader"), options.reader.isEmpty() ? s.me.login : options.reader },
            { QStringLiteral("files"), written }, { QStringLiteral("head_seq"), head.seq },
            { QStringLiteral("head_hash"), QString::fromLatin1(head.hash.toHex()) } };
        if (options.filtersEvents()) // the audit view's filter, when the export is of a filtered view
            payload.insert(QStringLiteral("filter"),
                QJsonObject { { QStringLiteral("kind"), options.kind }, { QStringLiteral("actor"), options.actor },
                    { QStringLiteral("control"), options.control } });
        auto ev = s.record({ QStringLiteral("audit.exported"), QStringLiteral("register"), payload });
        if (!ev)
            return ev.error();
        for (auto& f : open) {
            if (!f->commit())
                return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(f->fileName(), f->errorString()));
            committed << f->fileName();
        }
        return {};
    });
    if (!st) {
        for (const auto& path : std::as_const(committed))
            QFile::remove(path);
        return st.error();
    }
    head.digests = digests;
    return head;
}

} // namespace kanribo
