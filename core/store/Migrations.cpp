// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <vector>

namespace kanribo {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Migrations)
};

// Append new steps at the end; never edit a step that has shipped.
const std::vector<const char*>& steps()
{
    static const std::vector<const char*> s = {
        // 1: people, groups, containers, the ledger
        R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users(
    login TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK(role IN ('officer','custodian','staff','auditor')),
    clearance INTEGER NOT NULL CHECK(clearance BETWEEN 0 AND 3),
    clearance_granted TEXT,
    clearance_expires TEXT,
    nationality TEXT NOT NULL,
    briefed TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    sign_pk BLOB NOT NULL,
    box_pk BLOB NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE ntk_groups(name TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '');
CREATE TABLE user_groups(
    login TEXT NOT NULL REFERENCES users(login),
    grp TEXT NOT NULL REFERENCES ntk_groups(name),
    PRIMARY KEY(login, grp));
CREATE TABLE containers(
    id TEXT PRIMARY KEY,
    level INTEGER NOT NULL CHECK(level BETWEEN 0 AND 3),
    location TEXT NOT NULL DEFAULT '');
CREATE TABLE events(
    seq INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload BLOB NOT NULL,
    cosigners TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    sig BLOB NOT NULL,
    cosigs BLOB NOT NULL DEFAULT x'');
CREATE INDEX events_subject ON events(subject);
CREATE INDEX events_ts ON events(ts);
CREATE INDEX events_kind ON events(kind);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TABLE checkpoints(
    seq INTEGER PRIMARY KEY,
    hash BLOB NOT NULL,
    signer TEXT NOT NULL,
    sig BLOB NOT NULL,
    created_at TEXT NOT NULL);
)SQL",
    };
    return s;
}
} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

Status Migrations::migrate(Database& db)
{
    const int current = db.userVersion();
    if (current < 0)
        return makeError(ErrorCode::Integrity, Tr::tr("The register's schema version cannot be read."));
    if (current > latestVersion())
        return makeError(ErrorCode::Integrity,
                         Tr::tr("The register was written by a newer Kanribo (schema %1; this version reads up to %2). "
                                "Use a newer Kanribo.")
                             .arg(current)
                             .arg(latestVersion()));
    for (int v = current; v < latestVersion(); ++v) {
        KANRIBO_TRY(db.exec(QString::fromUtf8(steps()[static_cast<size_t>(v)])));
        KANRIBO_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)));
    }
    return {};
}

} // namespace kanribo
