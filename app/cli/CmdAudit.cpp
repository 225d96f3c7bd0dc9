// SPDX-License-Identifier: GPL-3.0-or-later
// audit verify | log — the signed, hash-chained audit trail.
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto report = (*reg)->verify();
    if (!report)
        return report.error();
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("ok"), report->ok }, { QStringLiteral("events"), report->events },
            { QStringLiteral("first_bad"), report->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(report->firstBad) },
            { QStringLiteral("reason"), report->ok ? QJsonValue(QJsonValue::Null) : QJsonValue(report->reason) } });
    if (!report->ok)
        return makeError(ErrorCode::Integrity,
            Tr::tr("The audit trail does not verify: event %1 fails: %2").arg(report->firstBad).arg(report->reason));
    if (!ctx.json)
        ctx.print(Tr::tr("The audit trail verifies: %n event(s), chain and signatures intact.", nullptr,
            static_cast<int>(report->events)));
    return {};
}

QJsonObject eventJson(const Event& e)
{
    return QJsonObject { { QStringLiteral("seq"), e.seq }, { QStringLiteral("time"), formatTimestamp(e.time) },
        { QStringLiteral("actor"), e.actor }, { QStringLiteral("kind"), e.kind },
        { QStringLiteral("subject"), e.subject }, { QStringLiteral("payload"), e.payloadObject() },
        { QStringLiteral("cosigners"), QJsonArray::fromStringList(e.cosigners) },
        { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) } };
}

// The payload on one table line, cut short; --json gives it whole. A sealed look-up (R-ACC-3) shows what was
// asked for, opened with the reader's key.
QString shortDetails(const Event& e, const std::optional<QJsonObject>& lookup)
{
    constexpr qsizetype kMax = 72;
    const QString text = lookup ? Tr::tr("looked up %1").arg(lookup->value(QStringLiteral("probe")).toString())
                                : QString::fromUtf8(e.payload);
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
    { QStringLiteral("audit verify"), QStringLiteral("audit verify"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Verifies the whole audit trail (chain and signatures); exit 4 names the "
            "first event that fails."),
        auditVerify },
    { QStringLiteral("audit log"), QStringLiteral("audit log [--from DATE] [--to DATE] [--item CONTROL]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows the audit trail (officer or auditor)."), auditLog },
};
} // namespace

} // namespace kanribo
