// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the custody commands share: the second person (receiver, witness, approver) who types their own password,
// and the custody service of an open register.

#include "CliContext.h"
#include "SecretLine.h"
#include "service/Custody.h"
#include "service/Register.h"

#include <QDateTime>
#include <QJsonValue>

#include <memory>
#include <utility>

namespace kanribo
{

// An open register and, when the command names one, the second person's password.
struct TwoPersonLogin {
    std::unique_ptr<Register> reg;
    SecretLine secondPassword;
};

// docs/cli.md: the acting user's password first, then the second person's (when secondLogin is not empty); then
// logs in.
Result<TwoPersonLogin> loginWithSecondPerson(const CliContext& ctx, const QString& secondLogin);

// Calls fn with the second person (empty when login is empty); the password is shared with the SecretLine, which
// wipes it, and the SecondPerson lets go of it before that.
template <typename F> auto withSecondPerson(const QString& login, const SecretLine& password, F&& fn)
{
    SecondPerson person { login, login.isEmpty() ? QByteArray() : password.bytes() };
    auto result = std::forward<F>(fn)(static_cast<const SecondPerson&>(person));
    person.password = QByteArray();
    return result;
}

inline Custody& custodyOf(Register& reg)
{
    return reg.custody();
}

// "yyyy-MM-ddTHH:mm:ss.zzzZ" or null.
QJsonValue jsonTime(const QDateTime& utc);
// Local date and time, or a dash.
QString timeOrDash(const CliContext& ctx, const QDateTime& utc);
QString orDash(const QString& s);

} // namespace kanribo
