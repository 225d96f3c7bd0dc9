// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Ledger.h"
#include "model/Item.h"
#include "model/People.h"
#include "report/ExportBundle.h"
#include "service/Custody.h"
#include "service/EventSight.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include <utility>

namespace kanribo
{

class Register;

// Everything an inspection report or a CSV export shows (R-INV-2), gathered once, already redacted for the reader by
// R-ACC-3 (and for the exporter, who writes the file): what either may not see is absent — items, copies, events,
// custody records — and what is seen only in the accountability view has its title and other details withheld.
struct InspectionData {
    QString facility;
    QString registerId; // hex
    QDate from; // as requested; invalid = open
    QDate to;
    QString kind; // the events' filter (ExportOptions), empty = all
    QString actor;
    QString control;
    QDateTime generatedAt;
    User exporter;
    User reader;
    Level highest = Level::Unclassified; // the highest level of any item in the data

    QList<Item> items; // every item seen, with copies; withheld (Item::withheld) in the accountability view
    QSet<QString> redacted; // the items seen only in the accountability view
    QHash<QString, Level> levels; // the level of every item seen, gathered or not
    std::shared_ptr<const EventSight> sight; // what the reader (and the exporter) see
    qint64 itemCount = 0;
    QList<Event> events; // the range
    QList<Disclosure> disclosures;
    QList<DestructionRecord> destructions;
    QList<Reproduction> reproductions;
    QList<Incident> incidents;
    QList<InventoryResult> inventories;
    QList<Dispatch> overdueDispatches;

    VerifyReport verification; // of the whole audit trail
    QString bundleDigest; // BLAKE2b of the bundle of the same range (empty when there are no events)
    QString lastHash;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 eventCount = 0; // events in the range (the ledger's count, whether or not `events` holds them all)
};

// What gatherInspection reads. A CSV export keeps no events in memory (csvFiles streams them from the ledger) and
// shows no verification; a report holds both.
struct GatherScope {
    bool events = true;
    bool verification = true; // the whole-trail verification and the digest of the bundle of the range
    bool items = true; // off: csvFiles reads items and copies from the register as it writes them
};

// What an export committed: the digest of each file, and the head of the trail it covers (R-TRU-3: every export
// says it) — the last event and its hash — and whether that head was verified (a checkpoint was signed for it).
struct ExportHead {
    QStringList digests;
    qint64 seq = 0;
    QByteArray hash;
    bool verified = false;
};

// Officers and auditors (a denial is recorded). NotFound when --for names no user.
Result<InspectionData> gatherInspection(Register& reg, const ExportOptions& options, GatherScope scope = {});

// One CSV file per table (items, copies, events, destructions, reproductions, disclosures, incidents), headers in
// the current language: file name -> bytes.
QList<std::pair<QString, QByteArray>> csvTables(const InspectionData& data);

// The same tables as streams (file name -> writer). When the data holds no events (GatherScope::events off),
// events.csv is read from the register's ledger as it is written, and when it holds no items (GatherScope::items
// off) so are items.csv and copies.csv, redacted as gatherInspection would: a register of 100,000 items and a
// million events is exported in bounded memory. The Register must outlive the writers.
using StreamWriter = std::function<Status(const ByteSink&)>;
// `progress`, when given, hears of the events written (ExportPhase::Writing) and may cancel (exportCancelled()).
QList<std::pair<QString, StreamWriter>> csvFiles(
    Register& reg, const InspectionData& data, const ExportProgress& progress = {});

// Writes the files of an export and records it in the audit trail ("audit.exported") as one step: if the event
// cannot be recorded no file is left, and if a file cannot be written nothing is recorded. Every export is also a
// checkpoint (R-TRU-3): `verified` is the export's own verification of the whole trail, if it made one; without it
// the trail is verified here. When it verifies, checkpoint.signed goes in the same write, before audit.exported.
Result<ExportHead> commitExport(Register& reg, const QString& format, const ExportOptions& options,
    const QList<std::pair<QString, QByteArray>>& files, const std::optional<VerifyReport>& verified = std::nullopt);
// The same for files written as streams (path -> writer); the digest (bundleDigest) of each file, in order.
Result<ExportHead> commitExportFiles(Register& reg, const QString& format, const ExportOptions& options,
    const QList<std::pair<QString, StreamWriter>>& files, const std::optional<VerifyReport>& verified = std::nullopt);

} // namespace kanribo
