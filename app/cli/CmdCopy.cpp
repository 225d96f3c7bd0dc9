// SPDX-License-Identifier: GPL-3.0-or-later
// copy transfer | store | issue | dispatch | receipt | dispatches | history | holdings — custody of one copy
// (R-CUS-3..5). The core's custody service decides every step; this file parses and prints.
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"
#include "CustodyCli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

const QString kCopy = QStringLiteral("COPY");

QJsonObject placeJson(const QString& copy, const QString& holder, const QString& container)
{
    return QJsonObject { { QStringLiteral("id"), copy }, { QStringLiteral("holder"), CliContext::jsonText(holder) },
        { QStringLiteral("container"), CliContext::jsonText(container) } };
}

QJsonObject dispatchJson(const Dispatch& d)
{
    return QJsonObject { { QStringLiteral("id"), d.id }, { QStringLiteral("copy"), d.copyId },
        { QStringLiteral("to_org"), d.toOrg }, { QStringLiteral("channel"), d.channel },
        { QStringLiteral("receipt_due"), CliContext::jsonDate(d.receiptDue) },
        { QStringLiteral("dispatched_at"), jsonTime(d.dispatchedAt) },
        { QStringLiteral("dispatched_by"), d.dispatchedBy },
        { QStringLiteral("receipt_no"), CliContext::jsonText(d.receiptNo) },
        { QStringLiteral("receipt_at"), jsonTime(d.receiptAt) }, { QStringLiteral("overdue"), d.overdue } };
}

// copy transfer COPY --to LOGIN | copy issue COPY --to LOGIN [--due DATE]: the receiver signs with their own password.
Status handOver(CliContext& ctx, const QStringList& argv, bool issue)
{
    QList<OptionSpec> options { { QStringLiteral("to"), OptionSpec::Value, true } };
    if (issue)
        options.append({ QStringLiteral("due"), OptionSpec::Value, false });
    auto a = CommandArgs::parse(argv, options, { kCopy });
    if (!a)
        return a.error();
    auto due = a->date(QStringLiteral("due"));
    if (!due)
        return due.error();
    const QString copy = a->positional(0);
    const QString to = a->value(QStringLiteral("to"));
    auto in = loginWithSecondPerson(ctx, to);
    if (!in)
        return in.error();
    Custody& custody = custodyOf(*in->reg);
    KANRIBO_TRY(withSecondPerson(to, in->secondPassword, [&](const SecondPerson& receiver) {
        return issue ? custody.issue(copy, receiver, *due) : custody.transfer(copy, receiver);
    }));
    if (ctx.json)
        ctx.printJson(placeJson(copy, to, QString()));
    else
        ctx.print(issue ? Tr::tr("%1 is issued to %2, who signed for it.").arg(copy, to)
                        : Tr::tr("%1 is handed to %2; both signed the receipt.").arg(copy, to));
    return {};
}

Status copyTransfer(CliContext& ctx, const QStringList& argv)
{
    return handOver(ctx, argv, false);
}

Status copyIssue(CliContext& ctx, const QStringList& argv)
{
    return handOver(ctx, argv, true);
}

Status copyStore(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("container"), OptionSpec::Value, true } }, { kCopy });
    if (!a)
        return a.error();
    const QString copy = a->positional(0);
    const QString container = a->value(QStringLiteral("container"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY(custodyOf(**reg).store(copy, container));
    if (ctx.json)
        ctx.printJson(placeJson(copy, QString(), container));
    else
        ctx.print(Tr::tr("%1 is stored in the container %2.").arg(copy, container));
    return {};
}

Status copyRecover(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("container"), OptionSpec::Value, true },
            { QStringLiteral("reason"), OptionSpec::Value, true } },
        { kCopy });
    if (!a)
        return a.error();
    const QString copy = a->positional(0);
    const QString container = a->value(QStringLiteral("container"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY(custodyOf(**reg).recover(copy, container, a->value(QStringLiteral("reason"))));
    if (ctx.json)
        ctx.printJson(placeJson(copy, QString(), container));
    else
        ctx.print(Tr::tr("%1 recovered into the container %2.").arg(copy, container));
    return {};
}

Status copyDispatch(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv,
        { { QStringLiteral("to-org"), OptionSpec::Value, true }, { QStringLiteral("channel"), OptionSpec::Value, true },
            { QStringLiteral("receipt-due"), OptionSpec::Value, false } },
        { kCopy });
    if (!a)
        return a.error();
    auto due = a->date(QStringLiteral("receipt-due"));
    if (!due)
        return due.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto d = custodyOf(**reg).dispatch(
        a->positional(0), a->value(QStringLiteral("to-org")), a->value(QStringLiteral("channel")), *due);
    if (!d)
        return d.error();
    if (ctx.json)
        ctx.printJson(dispatchJson(*d));
    else
        ctx.print(Tr::tr("%1 is dispatched to %2 by %3; receipt due %4.")
                      .arg(d->copyId, d->toOrg, d->channel, ctx.date(d->receiptDue)));
    return {};
}

Status copyReceipt(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("receipt-no"), OptionSpec::Value, true } }, { kCopy });
    if (!a)
        return a.error();
    const QString copy = a->positional(0);
    const QString receiptNo = a->value(QStringLiteral("receipt-no"));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_TRY(custodyOf(**reg).recordReceipt(copy, receiptNo));
    if (ctx.json)
        ctx.printJson(QJsonObject { { QStringLiteral("copy"), copy }, { QStringLiteral("receipt_no"), receiptNo } });
    else
        ctx.print(Tr::tr("The returned receipt %1 for %2 is recorded.").arg(receiptNo, copy));
    return {};
}

Status copyDispatches(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("overdue"), OptionSpec::Flag, false } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto list = custodyOf(**reg).dispatches(a->has(QStringLiteral("overdue")));
    if (!list)
        return list.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& d : *list)
            out.append(dispatchJson(d));
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& d : *list)
        rows << QStringList { QString::number(d.id), d.copyId, d.toOrg, d.channel, timeOrDash(ctx, d.dispatchedAt),
            ctx.date(d.receiptDue), orDash(d.receiptNo), d.overdue ? Tr::tr("OVERDUE") : QString() };
    ctx.printTable({ Tr::tr("No."), Tr::tr("Copy"), Tr::tr("To"), Tr::tr("Channel"), Tr::tr("Dispatched"),
                       Tr::tr("Receipt due"), Tr::tr("Receipt No."), QString() },
        rows);
    return {};
}

Status copyLoans(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("overdue"), OptionSpec::Flag, false } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    KANRIBO_ASSIGN(const QList<Loan> list, custodyOf(**reg).loans(a->has(QStringLiteral("overdue"))));
    if (ctx.json) {
        QJsonArray out;
        for (const Loan& l : list)
            out.append(QJsonObject { { QStringLiteral("copy"), l.copyId }, { QStringLiteral("holder"), l.holder },
                { QStringLiteral("issued_at"), jsonTime(l.issuedAt) }, { QStringLiteral("issued_by"), l.issuedBy },
                { QStringLiteral("due"), CliContext::jsonDate(l.due) }, { QStringLiteral("overdue"), l.overdue } });
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const Loan& l : list)
        rows << QStringList { l.copyId, l.holder, timeOrDash(ctx, l.issuedAt), l.issuedBy, ctx.date(l.due),
            l.overdue ? Tr::tr("OVERDUE") : QString() };
    ctx.printTable(
        { Tr::tr("Copy"), Tr::tr("Holder"), Tr::tr("Issued"), Tr::tr("Issued by"), Tr::tr("Due back"), QString() },
        rows);
    return {};
}

Status copyHistory(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { kCopy });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto entries = custodyOf(**reg).history(a->positional(0));
    if (!entries)
        return entries.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& e : *entries)
            out.append(QJsonObject { { QStringLiteral("seq"), e.seq }, { QStringLiteral("at"), jsonTime(e.at) },
                { QStringLiteral("kind"), e.kind }, { QStringLiteral("actor"), e.actor },
                { QStringLiteral("cosigners"), QJsonArray::fromStringList(e.cosigners) },
                { QStringLiteral("summary"), e.summary } });
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& e : *entries)
        rows << QStringList { QString::number(e.seq), timeOrDash(ctx, e.at), e.kind, e.actor,
            e.cosigners.join(QStringLiteral(", ")), e.summary };
    ctx.printTable(
        { Tr::tr("No."), Tr::tr("Time"), Tr::tr("Event"), Tr::tr("Actor"), Tr::tr("Co-signed by"), Tr::tr("Details") },
        rows);
    return {};
}

Status copyHoldings(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, { { QStringLiteral("login"), OptionSpec::Value, false } });
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    const QString login = a->has(QStringLiteral("login")) ? a->value(QStringLiteral("login")) : ctx.actor;
    auto copies = custodyOf(**reg).holdings(login);
    if (!copies)
        return copies.error();
    if (ctx.json) {
        QJsonArray out;
        for (const auto& c : *copies) {
            QJsonObject o = placeJson(c.id, c.holder, c.container);
            o.insert(QStringLiteral("status"), copyStatusName(c.status));
            o.insert(QStringLiteral("kind"), CliContext::jsonText(c.kind));
            out.append(o);
        }
        ctx.printJson(out);
        return {};
    }
    QList<QStringList> rows;
    for (const auto& c : *copies)
        rows << QStringList { c.id, orDash(c.kind), orDash(c.notation) };
    ctx.printTable({ Tr::tr("Copy"), Tr::tr("Kind"), Tr::tr("Notation") }, rows);
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("copy transfer"), QStringLiteral("copy transfer COPY --to LOGIN"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Hand receipt: you give a copy you hold to another person; both sign (standard input: your password, "
            "then the receiver's)."),
        copyTransfer },
    { QStringLiteral("copy store"), QStringLiteral("copy store COPY --container ID"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Returns a copy you hold to a security container."), copyStore },
    { QStringLiteral("copy recover"), QStringLiteral("copy recover COPY --container ID --reason TEXT"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Takes a copy out of another person's charge into a security container, without their signature "
            "(officer)."),
        copyRecover },
    { QStringLiteral("copy issue"), QStringLiteral("copy issue COPY --to LOGIN [--due DATE]"),
        QT_TRANSLATE_NOOP("kanribo::Cli",
            "Issues a stored copy to a person, who signs (officer or custodian; standard input: your password, then "
            "the receiver's)."),
        copyIssue },
    { QStringLiteral("copy dispatch"),
        QStringLiteral("copy dispatch COPY --to-org TEXT --channel TEXT [--receipt-due DATE]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Dispatches a copy outside the facility."), copyDispatch },
    { QStringLiteral("copy receipt"), QStringLiteral("copy receipt COPY --receipt-no TEXT"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Records the returned receipt of a dispatch."), copyReceipt },
    { QStringLiteral("copy dispatches"), QStringLiteral("copy dispatches [--overdue]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists dispatches and their returned receipts."), copyDispatches },
    { QStringLiteral("copy loans"), QStringLiteral("copy loans [--overdue]"),
        QT_TRANSLATE_NOOP(
            "kanribo::Cli", "Lists the copies out on loan (issued to a person) and when each is due back."),
        copyLoans },
    { QStringLiteral("copy history"), QStringLiteral("copy history COPY"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Shows the custody history of one copy."), copyHistory },
    { QStringLiteral("copy holdings"), QStringLiteral("copy holdings [--login LOGIN]"),
        QT_TRANSLATE_NOOP("kanribo::Cli", "Lists the copies charged to a person (default: you)."), copyHoldings },
};
} // namespace

} // namespace kanribo
