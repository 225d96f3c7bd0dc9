// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustodyCli.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Cli)
};
} // namespace

Result<TwoPersonLogin> loginWithSecondPerson(const CliContext& ctx, const QString& secondLogin)
{
    KANRIBO_TRY(ctx.requireActor());
    auto actorPassword = ctx.readActorPassword();
    if (!actorPassword)
        return actorPassword.error();
    TwoPersonLogin out;
    if (!secondLogin.isEmpty()) {
        auto second = SecretLine::read(Tr::tr("Password for %1 (second person): ").arg(secondLogin));
        if (!second)
            return second.error();
        out.secondPassword = std::move(*second);
    }
    auto reg = ctx.login(*actorPassword);
    if (!reg)
        return reg.error();
    out.reg = std::move(*reg);
    return out;
}

QJsonValue jsonTime(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(formatTimestamp(utc)) : QJsonValue(QJsonValue::Null);
}

QString timeOrDash(const CliContext& ctx, const QDateTime& utc)
{
    return utc.isValid() ? ctx.dateTime(utc) : QStringLiteral("—");
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

} // namespace kanribo
