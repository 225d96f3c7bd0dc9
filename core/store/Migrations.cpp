// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Migrations.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <vector>

namespace kanribo
{

namespace
{
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
        // 2: items, copies, markings, need-to-know, releases, reclassification, disclosures, content, search
        R"SQL(
CREATE TABLE items(
    control TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    level INTEGER NOT NULL CHECK(level BETWEEN 0 AND 3),
    origin TEXT NOT NULL,
    recipient TEXT NOT NULL,
    us_marking TEXT NOT NULL,
    jp_marking TEXT NOT NULL,
    regime TEXT NOT NULL DEFAULT '',
    caveats TEXT NOT NULL DEFAULT '',
    rel_nations TEXT NOT NULL,
    tlp TEXT NOT NULL DEFAULT '',
    media TEXT NOT NULL,
    classified_by TEXT NOT NULL DEFAULT '',
    derived_from TEXT NOT NULL DEFAULT '',
    declassify_on TEXT NOT NULL DEFAULT '',
    received_from TEXT NOT NULL DEFAULT '',
    receipt_no TEXT NOT NULL DEFAULT '',
    received_channel TEXT NOT NULL DEFAULT '',
    received_on TEXT,
    tamper_checked INTEGER NOT NULL DEFAULT 0,
    valid_until TEXT,
    designation_expired INTEGER NOT NULL DEFAULT 0,
    purpose_ends TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    copies_total INTEGER NOT NULL DEFAULT 0,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL);
CREATE INDEX items_level ON items(level, control);
CREATE INDEX items_status ON items(status, control);
CREATE INDEX items_registered ON items(registered_at);
CREATE TABLE item_groups(
    control TEXT NOT NULL REFERENCES items(control),
    grp TEXT NOT NULL REFERENCES ntk_groups(name),
    PRIMARY KEY(control, grp));
CREATE INDEX item_groups_grp ON item_groups(grp);
CREATE TABLE item_releases(
    control TEXT NOT NULL REFERENCES items(control),
    nationality TEXT NOT NULL,
    reference TEXT NOT NULL,
    approved_on TEXT NOT NULL,
    event_seq INTEGER NOT NULL,
    PRIMARY KEY(control, nationality));
CREATE TABLE copies(
    id TEXT PRIMARY KEY,
    control TEXT NOT NULL REFERENCES items(control),
    number INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    holder TEXT REFERENCES users(login),
    container TEXT REFERENCES containers(id),
    kind TEXT NOT NULL DEFAULT 'original',
    notation TEXT NOT NULL DEFAULT '',
    UNIQUE(control, number),
    CHECK(status <> 'active' OR ((holder IS NULL) <> (container IS NULL))));
CREATE INDEX copies_control ON copies(control, status);
CREATE INDEX copies_holder ON copies(holder, status);
CREATE INDEX copies_container ON copies(container, status);
CREATE TABLE reclassifications(
    id INTEGER PRIMARY KEY,
    control TEXT NOT NULL REFERENCES items(control),
    kind TEXT NOT NULL,
    old_level INTEGER NOT NULL,
    new_level INTEGER NOT NULL,
    notice_by TEXT NOT NULL,
    notice_date TEXT NOT NULL,
    reference TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    event_seq INTEGER NOT NULL);
CREATE TABLE disclosures(
    id INTEGER PRIMARY KEY,
    control TEXT NOT NULL REFERENCES items(control),
    login TEXT NOT NULL,
    action TEXT NOT NULL,
    at TEXT NOT NULL,
    event_seq INTEGER NOT NULL);
CREATE INDEX disclosures_control ON disclosures(control);
CREATE TABLE contents(
    control TEXT PRIMARY KEY REFERENCES items(control),
    header BLOB NOT NULL,
    size INTEGER NOT NULL,
    chunks INTEGER NOT NULL,
    sha TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    filename TEXT NOT NULL DEFAULT '');
CREATE TABLE content_chunks(
    control TEXT NOT NULL REFERENCES contents(control) DEFERRABLE INITIALLY DEFERRED,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY(control, idx));
CREATE TABLE content_keys(
    control TEXT NOT NULL REFERENCES contents(control),
    login TEXT NOT NULL,
    sealed BLOB NOT NULL,
    PRIMARY KEY(control, login));
CREATE VIRTUAL TABLE items_fts USING fts4(body);
)SQL",
        // 3: custody life cycle: dispatches, reproductions, destructions, incidents, inventories
        R"SQL(
ALTER TABLE copies ADD COLUMN incident INTEGER;
CREATE TABLE dispatches(
    id INTEGER PRIMARY KEY,
    copy_id TEXT NOT NULL REFERENCES copies(id),
    to_org TEXT NOT NULL,
    channel TEXT NOT NULL,
    receipt_due TEXT,
    dispatched_at TEXT NOT NULL,
    dispatched_by TEXT NOT NULL,
    receipt_no TEXT NOT NULL DEFAULT '',
    receipt_at TEXT,
    event_seq INTEGER NOT NULL);
CREATE INDEX dispatches_copy ON dispatches(copy_id);
CREATE TABLE reproductions(
    id INTEGER PRIMARY KEY,
    control TEXT NOT NULL REFERENCES items(control),
    copies TEXT NOT NULL,
    reason TEXT NOT NULL,
    consent_ref TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    notation TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    event_seq INTEGER NOT NULL);
CREATE TABLE destructions(
    id INTEGER PRIMARY KEY,
    copy_id TEXT NOT NULL REFERENCES copies(id),
    control TEXT NOT NULL,
    level INTEGER NOT NULL,
    method TEXT NOT NULL,
    at TEXT NOT NULL,
    official TEXT NOT NULL,
    witness TEXT NOT NULL DEFAULT '',
    event_seq INTEGER NOT NULL);
CREATE TRIGGER destructions_no_update BEFORE UPDATE ON destructions
    BEGIN SELECT RAISE(ABORT, 'destruction records are read-only'); END;
CREATE TRIGGER destructions_no_delete BEFORE DELETE ON destructions
    BEGIN SELECT RAISE(ABORT, 'destruction records are read-only'); END;
CREATE TABLE incidents(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    reported_at TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    originator_notified TEXT,
    findings TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    closed_at TEXT);
CREATE TABLE incident_copies(
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    copy_id TEXT NOT NULL REFERENCES copies(id),
    PRIMARY KEY(incident_id, copy_id));
CREATE TABLE inventories(
    id INTEGER PRIMARY KEY,
    container TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    finished_at TEXT,
    present TEXT NOT NULL DEFAULT '',
    missing TEXT NOT NULL DEFAULT '',
    unexpected TEXT NOT NULL DEFAULT '',
    incidents TEXT NOT NULL DEFAULT '');
CREATE TABLE inventory_sightings(
    inventory_id INTEGER NOT NULL REFERENCES inventories(id),
    copy_id TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    PRIMARY KEY(inventory_id, copy_id));
)SQL",
        // 4: the register view sorted by title pages through an index instead of sorting every visible item
        //    (issue 7: 136 ms for 10,000 items, growing linearly, without it)
        R"SQL(
CREATE INDEX items_title ON items(title, control);
)SQL",
        // 5: the times in items, dispatches and reclassifications are their event's time (issue 15, R-TRU-1: the
        //    verifier compares every record with its event; earlier versions stored the time the request was made,
        //    milliseconds before the event). Only those three columns change, each to what its signed event says.
        R"SQL(
UPDATE items SET registered_at = (SELECT e.ts FROM events e WHERE e.subject = 'item:' || items.control
    AND e.kind = 'item.registered' ORDER BY e.seq LIMIT 1)
    WHERE EXISTS(SELECT 1 FROM events e WHERE e.subject = 'item:' || items.control AND e.kind = 'item.registered');
UPDATE dispatches SET dispatched_at = (SELECT e.ts FROM events e WHERE e.seq = dispatches.event_seq)
    WHERE EXISTS(SELECT 1 FROM events e WHERE e.seq = dispatches.event_seq);
UPDATE reclassifications SET recorded_at = (SELECT e.ts FROM events e WHERE e.seq = reclassifications.event_seq)
    WHERE EXISTS(SELECT 1 FROM events e WHERE e.seq = reclassifications.event_seq);
)SQL",
        // 6: the same for incidents and inventories (issue 15, R-TRU-1: their texts and times are compared with
        //    their events too). An incident's events name it in the payload ("incident":ID, keys sorted, compact), an
        //    inventory's in the subject; a sighting's event also names the copy.
        R"SQL(
UPDATE incidents SET reported_at = (SELECT e.ts FROM events e WHERE e.kind = 'incident.reported'
    AND CAST(e.payload AS TEXT) LIKE '%"incident":' || incidents.id || ',%' ORDER BY e.seq LIMIT 1)
    WHERE EXISTS(SELECT 1 FROM events e WHERE e.kind = 'incident.reported'
    AND CAST(e.payload AS TEXT) LIKE '%"incident":' || incidents.id || ',%');
UPDATE incidents SET closed_at = (SELECT e.ts FROM events e WHERE e.kind = 'incident.updated'
    AND e.subject = 'incident:' || incidents.id AND CAST(e.payload AS TEXT) LIKE '%"status":"closed"%'
    ORDER BY e.seq LIMIT 1)
    WHERE closed_at IS NOT NULL AND EXISTS(SELECT 1 FROM events e WHERE e.kind = 'incident.updated'
    AND e.subject = 'incident:' || incidents.id AND CAST(e.payload AS TEXT) LIKE '%"status":"closed"%');
UPDATE inventories SET started_at = (SELECT e.ts FROM events e WHERE e.subject = 'inventory:' || inventories.id
    AND e.kind = 'inventory.started' ORDER BY e.seq LIMIT 1)
    WHERE EXISTS(SELECT 1 FROM events e WHERE e.subject = 'inventory:' || inventories.id
    AND e.kind = 'inventory.started');
UPDATE inventories SET finished_at = (SELECT e.ts FROM events e WHERE e.subject = 'inventory:' || inventories.id
    AND e.kind = 'inventory.finished' ORDER BY e.seq LIMIT 1)
    WHERE finished_at IS NOT NULL AND EXISTS(SELECT 1 FROM events e
    WHERE e.subject = 'inventory:' || inventories.id AND e.kind = 'inventory.finished');
UPDATE inventory_sightings SET at = (SELECT e.ts FROM events e
    WHERE e.subject = 'inventory:' || inventory_sightings.inventory_id AND e.kind = 'inventory.sighted'
    AND CAST(e.payload AS TEXT) LIKE '%"copy":"' || inventory_sightings.copy_id || '"%' ORDER BY e.seq LIMIT 1)
    WHERE EXISTS(SELECT 1 FROM events e
    WHERE e.subject = 'inventory:' || inventory_sightings.inventory_id AND e.kind = 'inventory.sighted'
    AND CAST(e.payload AS TEXT) LIKE '%"copy":"' || inventory_sightings.copy_id || '"%');
)SQL",
        // 7: compartment keys and item keys (issue 16, R-TRU-5; ADR 0005). Items registered before keep their content
        //    keys sealed to each reader in content_keys.
        R"SQL(
CREATE TABLE compartments(
    compartment TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    public_key BLOB NOT NULL,
    PRIMARY KEY(compartment, epoch));
CREATE TABLE compartment_keys(
    compartment TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    login TEXT NOT NULL,
    sealed BLOB NOT NULL,
    PRIMARY KEY(compartment, epoch, login));
CREATE TABLE item_keys(
    control TEXT NOT NULL REFERENCES items(control),
    idx INTEGER NOT NULL,
    compartment TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    share BLOB NOT NULL,
    PRIMARY KEY(control, idx));
ALTER TABLE contents ADD COLUMN sealed_key BLOB;
)SQL",
        // 8: the date a person was debriefed, when their access ended (issue 18, R-PER-1, R-PER-5).
        R"SQL(
ALTER TABLE users ADD COLUMN debriefed TEXT;
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
