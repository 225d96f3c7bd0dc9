// SPDX-License-Identifier: GPL-3.0-or-later
// policy adopt | show — the policy pack in force, which the officer adopts with a signed event (R-TRU-4).
#include "CliContext.h"
#include "CommandArgs.h"
#include "CommandRegistry.h"

#include "policy/PolicyPack.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};

QJsonObject policyJson(const PolicyInForce& p)
{
    return QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("version"), CliContext::jsonText(p.version) },
        { QStringLiteral("sha"), p.sha }, { QStringLiteral("builtin"), p.builtin },
        { QStringLiteral("event"), p.seq > 0 ? QJsonValue(p.seq) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("adopted_at"),
            p.at.isValid() ? QJsonValue(formatTimestamp(p.at)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("adopted_by"), CliContext::jsonText(p.by) } };
}

Status policyShow(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {});
    if (!a)
        return a.error();
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto p = (*reg)->policyInForce();
    if (!p)
        return p.error();
    if (ctx.json) {
        ctx.printJson(policyJson(*p));
        return {};
    }
    QString adopted;
    if (p->builtin)
        adopted = Tr::tr("built-in pack (no event adopts it)");
    else if (p->seq > 0)
        adopted = Tr::tr("event %1, %2, by %3").arg(p->seq).arg(ctx.dateTime(p->at), p->by);
    else
        adopted = Tr::tr("%1, by %2").arg(ctx.dateTime(p->at), p->by);
    ctx.printFields({ { Tr::tr("Policy pack"), p->id }, { Tr::tr("Version"), p->version },
        { Tr::tr("Hash (BLAKE2b-256)"), p->sha }, { Tr::tr("Adopted"), adopted } });
    return {};
}

Status policyAdopt(CliContext& ctx, const QStringList& argv)
{
    auto a = CommandArgs::parse(argv, {}, { QStringLiteral("FILE") });
    if (!a)
        return a.error();
    const QString path = a->positional(0);
    QFile f(path);
    KANRIBO_TRY(CliContext::openInput(f));
    const QByteArray pack = f.read(PolicyPack::kMaxBytes + 1); // the core refuses a larger one
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    auto reg = ctx.login();
    if (!reg)
        return reg.error();
    auto p = (*reg)->adoptPolicy(pack);
    if (!p)
        return p.error();
    if (ctx.json)
        ctx.printJson(policyJson(*p));
    else
        ctx.print(
            Tr::tr("Adopted the policy pack %1 %2 (sha %3), event %4.").arg(p->id, p->version, p->sha).arg(p->seq));
    return {};
}

const CommandRegistrar registrar {
    { QStringLiteral("policy show"), QStringLiteral("policy show"),
        QT_TRANSLATE_NOOP(
            "kanribo::Cli", "Shows the policy pack in force: its id, version and hash, and the event that adopted it."),
        policyShow },
    { QStringLiteral("policy adopt"), QStringLiteral("policy adopt FILE"),
        QT_TRANSLATE_NOOP(
            "kanribo::Cli", "Adopts a policy pack for the register, recorded as a signed event (officer)."),
        policyAdopt },
};

} // namespace

} // namespace kanribo
