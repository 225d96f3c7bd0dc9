// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/Reason.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace kanribo
{

// The error kinds at the core boundary. Their numbers are the CLI's exit codes (docs/cli.md).
enum class ErrorCode {
    Usage = 1, // malformed value, unknown level, empty title ...
    Auth = 2, // unknown login, wrong password, disabled, locked out
    Denied = 3, // policy: clearance, need-to-know, role, two-person rule, container level
    Integrity = 4, // cannot decrypt, corrupt, chain or signature fails, export tampered
    NotFound = 5, // register, item, copy, user, group, container
    Conflict = 6, // state: already destroyed, not the holder, login exists
    Io = 7, // cannot read or write a file
};

struct Error {
    ErrorCode code = ErrorCode::Io;
    QString message; // already translated (core uses tr(); the CLI/GUI load the translator)
    QList<Reason> reasons; // for Denied: every reason, as recorded (codes); describe() puts them into words
    qint64 retryAfterSeconds = 0; // for a locked-out login
};

inline Error makeError(ErrorCode code, QString message, QList<Reason> reasons = {})
{
    return Error { code, std::move(message), std::move(reasons), 0 };
}

// Value or Error. No exception crosses the core boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_v); }
    const T& value() const& { return std::get<T>(m_v); }
    // By value, so that `for (x : *f())` on a temporary Result cannot dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    T* operator->() { return &std::get<T>(m_v); }
    const T* operator->() const { return &std::get<T>(m_v); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_e(std::move(error))
    {
    }
    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_e; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

} // namespace kanribo

// Propagates an error from an expression returning a Result.
#define KANRIBO_TRY(expr)                                                                                              \
    do {                                                                                                               \
        auto kanriboTryResult_ = (expr);                                                                               \
        if (!kanriboTryResult_.ok())                                                                                   \
            return kanriboTryResult_.error();                                                                          \
    } while (false)

#define KANRIBO_CONCAT_INNER_(a, b) a##b
#define KANRIBO_CONCAT_(a, b) KANRIBO_CONCAT_INNER_(a, b)
// Declares (or assigns) lhs from a Result's value, or returns its error: KANRIBO_ASSIGN(auto users, loadUsers(db));
#define KANRIBO_ASSIGN(lhs, ...) KANRIBO_ASSIGN_IMPL_(lhs, (__VA_ARGS__), KANRIBO_CONCAT_(kanriboAssign_, __LINE__))
#define KANRIBO_ASSIGN_IMPL_(lhs, expr, tmp)                                                                           \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.ok())                                                                                                     \
        return tmp.error();                                                                                            \
    lhs = std::move(tmp).value()
