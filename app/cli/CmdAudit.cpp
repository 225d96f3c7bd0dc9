// SPDX-License-Identifier: GPL-3.0-or-later
// audit verify | log — the signed, hash-chained audit trail.
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include "policy/Reason.h"
#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

Status auditVerify(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(
        argv, { { QStringLiteral("since"), OptionSpec::Value }, { QStringLiteral("content"), OptionSpec::Flag } });
    if (!a)
        return a.error();
    // Opened before the login: a missing file changes nothing (and records nothing).
    QFile anchor(a->value(QStringLiteral("since")));
    if (a->has(QStringLiteral("since")))
        KANRIBO_TRY(CliContext::openInput(anchor));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto report = a->has(QStringLiteral("since")) ? (*reg)->verifySince(anchor) : (*reg)->verify();
    if (anchor.isOpen() && anchor.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(anchor.fileName(), anchor.errorString()));
    if (!report)
        return report.error();
    std::optional<ContentCheck> content;
    if (report->ok && a->has(QStringLiteral("content"))) {
        auto c = (*reg)->items().verifyContents();
        if (!c)
            return c.error();
        content = *c;
    }
    const bool ok = report->ok && (!content || content->bad.isEmpty());
    if (ctx.json) {
        QJsonObject o { { QStringLiteral("ok"), ok }, { QStringLiteral("events"), report->events },
            { QStringLiteral("first_bad"), report->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(report->firstBad) },
            { QStringLiteral("reason"), report->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(report->reason) },
            { QStringLiteral("head"),
                report->ok ? QJsonValue(QJsonObject { { QStringLiteral("seq"), report->events },
                    { QStringLiteral("hash"), QString::fromLatin1(report->head.toHex()) } })
                           : QJsonValue(QJsonValue::Null) } };
        if (content)
            o.insert(QStringLiteral("content"),
                QJsonObject { { QStringLiteral("checked"), content->checked },
                    { QStringLiteral("not_sealed_to_you"), content->notSealed },
                    { QStringLiteral("bad"),
                        content->bad.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(content->bad) } });
        ctx.printJson(o);
    }
    if (!report->ok)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The audit trail does not verify: event %1 fails: %2").arg(report->firstBad).arg(report->reason));
    if (content && !content->bad.isEmpty())
        return makeError(ErrorCode::Integrity,
            Tr::tr("The content of %1 is not what was registered: %2").arg(content->bad, content->reason));
    if (!ctx.json) {
        ctx.print(Tr::tr("The audit trail verifies: %n event(s), chain and signatures intact.", nullptr,
            static_cast<int>(report->events)));
        if (a->has(QStringLiteral("since")))
            ctx.print(Tr::tr("Every event of %1 is still there, unchanged.").arg(a->value(QStringLiteral("since"))));
        if (content)
            ctx.print(Tr::tr("Content: %1 checked against the registered hash; %2 not sealed to you (another "
                             "officer or auditor who holds their keys can check them).")
                          .arg(content->checked)
                          .arg(content->notSealed));
        ctx.print(Tr::tr("Head: event %1, hash %2").arg(report->events).arg(QString::fromLatin1(report->head.toHex())));
    }
    return {};
}

Status auditSeal(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("out"), OptionSpec::Value, true } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto seal = (*reg)->seal();
    if (!seal)
        return seal.error();
    QSaveFile f(a->value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly) || !makeOwnerOnly(f) || f.write(seal->toJson()) < 0 || !f.commit())
        return makeError(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("seq"), seal->seq },
            { QStringLiteral("hash"), QString::fromLatin1(seal->hash.toHex()) },
            { QStringLiteral("file"), f.fileName() } });
    else
        ctx.print(Tr::tr("Sealed the verified trail at event %1 (hash %2) into %3. Keep it outside the register, in "
                         "a container; `audit verify --since %3` proves later that none of these events was removed "
                         "or changed.")
                      .arg(seal->seq)
                      .arg(QString::fromLatin1(seal->hash.toHex()), f.fileName()));
    return {};
}

// The payload's reasons are in words (--lang), as the contract has always had them; the recorded codes are beside
// them in "reason_codes" (docs/cli.md), null for a reason an older register recorded as text.
QJsonObject eventJson(const Event& e)
{
    const QJsonObject payload = e.payloadObject();
    QJsonObject o { { QStringLiteral("seq"), e.seq }, { QStringLiteral("time"), formatTimestamp(e.time) },
        { QStringLiteral("actor"), e.actor }, { QStringLiteral("kind"), e.kind },
        { QStringLiteral("subject"), e.subject }, { QStringLiteral("payload"), displayPayload(e.kind, payload) },
        { QStringLiteral("cosigners"), QJsonArray::fromStringList(e.cosigners) },
        { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) } };
    if (e.kind == QLatin1String("access.denied") && payload.value(QStringLiteral("reasons")).isArray()) {
        QJsonArray codes;
        for (const Reason& r : reasonsFromJson(payload.value(QStringLiteral("reasons"))))
            codes.append(r.code.isEmpty() ? QJsonValue(QJsonValue::Null) : r.toJson());
        o.insert(QStringLiteral("reason_codes"), codes);
    }
    return o;
}

// The payload on one table line, cut short; --json gives it whole. A sealed look-up (R-ACC-3) shows what was
// asked for, opened with the reader's key.
QString shortDetails(const Event& e, const std::optional<QJsonObject>& lookup)
{
    constexpr qsizetype kMax = 72;
    const QString text = lookup ? Tr::tr("looked up %1").arg(lookup->value(QStringLiteral("probe")).toString())
                                : displayPayloadText(e.kind, e.payload);
    return text.size() <= kMax ? text : text.left(kMax - 1) + QStringLiteral("…");
}

// Dates are days in local time; --to is inclusive.
QDateTime startOfDayUtc(const QDate& d)
{
    return d.isValid() ? QDateTime(d, QTime(0, 0)).toUTC() : QDateTime();
}

Status auditLog(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("from"), OptionSpec::Value, false }, { QStringLiteral("to"), OptionSpec::Value, false },
            { QStringLiteral("item"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    auto from = a->date(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = a->date(QStringLiteral("to"));
    if (!to)
        return to.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();

    Ledger::Filter filter;
    filter.from = startOfDayUtc(*from);
    filter.to = startOfDayUtc(to->isValid() ? to->addDays(1) : QDate());
    QList<Event> events;
    if (a->has(QStringLiteral("item"))) {
        // The item's own events, then its copies' ("copy:CONTROL/N" matches the prefix "copy:CONTROL").
        const QString control = a->value(QStringLiteral("item"));
        for (const QString& prefix :
            QStringList { QStringLiteral("item:") + control, QStringLiteral("copy:") + control + QLatin1Char('/') }) {
            filter.subjectPrefix = prefix;
            auto part = (*reg)->auditLog(filter);
            if (!part)
                return part.error();
            events += *part;
        }
        std::sort(events.begin(), events.end(), [](const Event& x, const Event& y) { return x.seq < y.seq; });
    } else {
        auto all = (*reg)->auditLog(filter);
        if (!all)
            return all.error();
        events = std::move(*all);
    }

    if (ctx.json) {
        QJsonArray list;
        for (const auto& e : events) {
            QJsonObject o = eventJson(e);
            if (const auto lookup = (*reg)->openLookupMiss(e))
                o.insert(QStringLiteral("lookup"), *lookup);
            list.append(o);
        }
        ctx.printJson(list);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& e : events)
        rows << QStringList { QString::number(e.seq), ctx.dateTime(e.time), e.actor, e.kind, e.subject,
            shortDetails(e, (*reg)->openLookupMiss(e)) };
    ctx.printTable(
        { Tr::tr("No."), Tr::tr("Time"), Tr::tr("Actor"), Tr::tr("Event"), Tr::tr("Subject"), Tr::tr("Details") },
        rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("audit verify"), QStringLiteral("audit verify [--since SEAL|BUNDLE] [--content]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Verifies the whole audit trail (chain, signatures, authority, every state table against the events); "
            "--since proves every event of an earlier seal or bundle is still there; --content decrypts the "
            "content sealed to you against the registered hash; exit 4 names the first event or row that fails."),
        auditVerify },
    { QStringLiteral("audit seal"), QStringLiteral("audit seal --out FILE"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Verifies the trail and writes its head (last event and hash), signed, into FILE to keep offline."),
        auditSeal },
    { QStringLiteral("audit log"), QStringLiteral("audit log [--from DATE] [--to DATE] [--item CONTROL]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows the audit trail (officer or auditor)."), auditLog },
};
} // namespace

} // namespace kanribo
