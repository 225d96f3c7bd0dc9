// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/OwnerOnly.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Database)
};
bool g_plainForBenchmarks = false;
} // namespace

void Database::setEncryptionDisabledForBenchmarks(bool disabled)
{
    g_plainForBenchmarks = disabled;
}

Statement::Statement(Database* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_bindError(std::move(other.m_bindError))
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindError = std::move(other.m_bindError);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray u = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_bindError = m_db->lastError(QStringLiteral("bind"));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindError = m_db->lastError(QStringLiteral("bind"));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        m_bindError = m_db->lastError(QStringLiteral("bind"));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bindValue(int index, const QVariant& value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::next()
{
    if (!m_bindError.ok())
        return m_bindError.error();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(QStringLiteral("step"));
}

Status Statement::run()
{
    for (;;) {
        auto r = next();
        if (!r)
            return r.error();
        if (!*r)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = {};
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBuffer* key, bool create)
{
    if (!create && !QFile::exists(path))
        return makeError(ErrorCode::NotFound, Tr::tr("The register %1 does not exist.").arg(path));
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Io,
            Tr::tr("Cannot open the register %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db->m_db))));
    // Owner only (R-TRU-7): SQLite gives the WAL and its index the database file's mode, so they follow.
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        makeOwnerOnly(path + suffix);
    sqlite3_busy_timeout(db->m_db, 10000);
    if (g_plainForBenchmarks)
        key = nullptr;
    if (key) {
        // Raw key: x'<64 hex digits>' so SQLCipher's own PBKDF2 is not used. Built in secure memory.
        if (key->size() != 32)
            return makeError(ErrorCode::Integrity, Tr::tr("The register key has the wrong size."));
        SecureBuffer raw(3 + 64);
        raw.data()[0] = 'x';
        raw.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char*>(raw.data() + 2), 65, key->data(), 32);
        raw.data()[66] = '\'';
        if (sqlite3_key(db->m_db, raw.data(), static_cast<int>(raw.size())) != SQLITE_OK)
            return db->lastError(QStringLiteral("key"));
        KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
    } else {
        KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA page_size = 4096")));
    }
    // The first read proves the key: a wrong key or a foreign file fails here with SQLITE_NOTADB. Any other failure
    // (a full disk, a read-only folder for the WAL index) is an I/O error, not damage.
    {
        Status first;
        auto st = db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!st)
            first = st.error();
        else if (auto r = st->next(); !r)
            first = r.error();
        if (!first && db->writeFailed())
            return first.error(); // a full disk: the same message as for any other write that cannot complete
        if (!first && first.error().code != ErrorCode::Integrity)
            return makeError(ErrorCode::Io, Tr::tr("Cannot open the register %1: %2").arg(path, first.error().message));
        if (!first)
            return makeError(ErrorCode::Integrity,
                Tr::tr("The register %1 cannot be decrypted: it is damaged, not a Kanribo register, "
                       "or does not belong to this key ring.")
                    .arg(path));
    }
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA secure_delete = ON")));
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA cache_size = -32768")));
    KANRIBO_TRY(db->exec(QStringLiteral("PRAGMA temp_store = MEMORY")));
    return db;
}

Status Database::exec(const QString& sql)
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        Error e = lastError(sql.left(60));
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray u = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, u.constData(), static_cast<int>(u.size()), &stmt, nullptr) != SQLITE_OK) {
        if (stmt)
            sqlite3_finalize(stmt);
        return lastError(sql.left(60));
    }
    return Statement(this, stmt);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Status Database::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    auto st = prepare(QStringLiteral("PRAGMA user_version"));
    if (!st)
        return -1;
    auto r = st->next();
    return (r && *r) ? static_cast<int>(st->integer(0)) : -1;
}

bool Database::writeFailed() const
{
    const int rc = sqlite3_extended_errcode(m_db);
    if ((rc & 0xff) == SQLITE_FULL)
        return true;
    // Any I/O error but a failed read: a write, sync, truncate or the growth of the WAL index (EFBIG, ENOSPC).
    return (rc & 0xff) == SQLITE_IOERR && rc != SQLITE_IOERR_READ && rc != SQLITE_IOERR_SHORT_READ;
}

Error Database::lastError(const QString& context) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Io;
    if (writeFailed())
        return makeError(ErrorCode::Io,
            Tr::tr("Cannot write the register %1: the disk is full or the file cannot grow "
                   "any more. Nothing was changed.")
                .arg(m_path));
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        code = ErrorCode::Integrity;
    else if (primary == SQLITE_CONSTRAINT)
        code = ErrorCode::Conflict;
    return makeError(code, Tr::tr("Database error (%1): %2").arg(context, msg));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::begin()
{
    KANRIBO_TRY(m_db.begin());
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    KANRIBO_TRY(m_db.commit());
    m_open = false;
    return {};
}

} // namespace kanribo
