// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kanribo
{

class Database;

// A prepared statement (RAII). Binding is 1-based like SQLite; columns are 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(Database* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QByteArray& value); // blob
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const QString& value); // empty -> NULL
    Statement& bindValue(int index, const QVariant& value); // int, string, bytes or null

    // Binds the arguments to ?1, ?2, … in order (QString, const char*, qint64, int, QByteArray).
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    // Steps once: true when a row is available, false when done; Integrity/Io error on failure.
    Result<bool> next();
    // Steps to completion (for statements without rows).
    Status run();
    // Steps through every row, turning each into a T with read(*this).
    template <typename T, typename Read> Result<QList<T>> collect(Read read)
    {
        QList<T> out;
        for (;;) {
            auto r = next();
            if (!r)
                return r.error();
            if (!*r)
                return out;
            out << read(*this);
        }
    }
    // The first row turned into a T with read(*this), or nullopt when there is none.
    template <typename T, typename Read> Result<std::optional<T>> optional(Read read)
    {
        auto r = next();
        if (!r)
            return r.error();
        if (!*r)
            return std::optional<T>();
        return std::optional<T>(read(*this));
    }
    // The first row turned into a T, or `missing` (typically a NotFound error) when there is none.
    template <typename T, typename Read> Result<T> one(Read read, const Error& missing)
    {
        auto r = optional<T>(read);
        if (!r)
            return r.error();
        if (!*r)
            return missing;
        return std::move(**r);
    }
    // Steps through every row, handing each to fn; stops at the first error fn returns (or a step fails).
    template <typename Fn> Status each(Fn fn)
    {
        for (;;) {
            auto r = next();
            if (!r)
                return r.error();
            if (!*r)
                return {};
            if (Status st = fn(static_cast<const Statement&>(*this)); !st)
                return st;
        }
    }
    void reset();

    QString text(int col) const;
    qint64 integer(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_bindError;
};

// One SQLCipher connection. A 32-byte raw key opens an encrypted register; no key opens a plain SQLite file
// (used by the benchmarks to measure what encryption costs).
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBuffer* key, bool create);
    // Benchmarks only: open every register without encryption (plain SQLite through the same SQLCipher library),
    // to measure what encryption costs. Never set by the GUI or the CLI.
    static void setEncryptionDisabledForBenchmarks(bool disabled);

    Status exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    // prepare(sql) with the arguments bound to ?1, ?2, … in order.
    template <typename... Args> Result<Statement> query(const QString& sql, const Args&... args)
    {
        auto st = prepare(sql);
        if (st)
            st->bindAll(args...);
        return st;
    }
    // One statement without rows (INSERT, UPDATE, DELETE), its arguments bound in order, run to completion.
    template <typename... Args> Status run(const QString& sql, const Args&... args)
    {
        auto st = query(sql, args...);
        return st ? st->run() : Status { st.error() };
    }
    qint64 lastInsertId() const;
    int changes() const;
    Status begin(); // BEGIN IMMEDIATE: one writer at a time across processes
    Status commit();
    void rollback();
    bool inTransaction() const;

    int userVersion();
    Error lastError(const QString& context) const;
    // The last failure was a write that could not complete (disk full, file size limit): SQLITE_FULL or an I/O
    // error other than a read.
    bool writeFailed() const;
    sqlite3* handle() const { return m_db; }

private:
    Database() = default;
    sqlite3* m_db = nullptr;
    QString m_path;
};

// Rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database& db)
        : m_db(db)
    {
    }
    ~Transaction();
    Status begin();
    Status commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace kanribo
