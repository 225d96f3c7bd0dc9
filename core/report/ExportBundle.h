// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Signer.h"
#include "ledger/Event.h"
#include "model/Level.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace kanribo
{

class Register;

// Where a streamed export goes: false when the bytes could not be written.
using ByteSink = std::function<bool(const char* data, qsizetype size)>;

// BLAKE2b-256 of bytes fed piece by piece: bundleDigest() of a file written or read as a stream.
class StreamDigest
{
public:
    StreamDigest();
    ~StreamDigest();
    StreamDigest(const StreamDigest&) = delete;
    StreamDigest& operator=(const StreamDigest&) = delete;
    void add(const char* data, qsizetype size);
    QString grouped(); // hex in groups of four, as bundleDigest(); ends the hash

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// How far a long export has got: the trail is verified (from event 1), then the range is written. `done` of
// `total` events in that phase; return false to cancel (nothing is written or recorded then).
enum class ExportPhase : quint8 { Verifying, Writing };
using ExportProgress = std::function<bool(ExportPhase phase, qint64 done, qint64 total)>;

// The error of an export the caller cancelled through its progress callback (Conflict): nothing was written.
Error exportCancelled();

// What an export covers and for whom (R-INV-2). Dates are days in local time, `to` inclusive; invalid = open.
struct ExportOptions {
    QDate from;
    QDate to;
    QString reader; // login of the person the export is made for (redaction); empty = the acting user
    ExportProgress progress; // optional
    // The audit view's filter (CSV and PDF only: a bundle holds the whole chain of its range): only events of this
    // kind, signed by this login, about this item or its copies. Empty = all.
    QString kind;
    QString actor;
    QString control;

    bool filtersEvents() const { return !kind.isEmpty() || !actor.isEmpty() || !control.isEmpty(); }

    // Calls progress, if any: false when the caller cancelled.
    bool report(ExportPhase phase, qint64 done, qint64 total) const
    {
        return !progress || progress(phase, done, total);
    }
};

// One signer key in a bundle's key table, with where the ledger introduced it.
struct BundleKey {
    enum class Scope : quint8 {
        BeforeRange = 0, // introduced before the first event of the range; active when it starts
        InRange = 1, // introduced by an event inside the range (the verifier checks it against that event)
        Exporter = 2, // the exporter's key, introduced after the range
    };
    QString login;
    QByteArray publicKey; // Ed25519, 32 bytes
    qint64 introducedAt = 0; // seq of the event that introduced the key
    Scope scope = Scope::BeforeRange;
};

// A parsed export bundle (docs/formats.md, "Export bundle"), held in memory: for tests, tools and small ranges.
// Exports and verification of a register's trail stream it (buildBundle, verifyBundle(QIODevice&)).
struct Bundle {
    static constexpr quint32 kVersion = 2;

    quint32 version = kVersion;
    QJsonObject header; // register, facility, range, exporter, reader: see docs/formats.md
    QByteArray linkHash; // prev_hash of the first event in the range
    QByteArray genesis; // the register's genesis hash when the range starts at seq 1, else empty
    QList<BundleKey> keys;
    QList<Event> events; // each with hash, signature and co-signatures
    QString exporter;
    QByteArray exporterKey;
    QByteArray signature; // Ed25519 of the exporter over "KBSIG2" || BLAKE2b-512(every byte before the signature)

    // Every byte up to (not including) the signature field.
    QByteArray body() const;
    // body() followed by the signature field.
    QByteArray serialize() const;
    void sign(const Signer& signer); // sets exporter, exporterKey and signature
    // What the exporter signs, given the BLAKE2b-512 of the body (so that a bundle is signed as it is streamed).
    static QByteArray signedMessageFor(const QByteArray& bodyHash);

    // Strict parse: bounded lengths, no trailing bytes. Integrity error on anything malformed.
    static Result<Bundle> parse(const QByteArray& bytes);
};

// The outcome of verifying a bundle offline.
struct BundleCheck {
    bool ok = false;
    qint64 events = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QDate from; // the requested range, else the dates of the first and last event (UTC)
    QDate to;
    QString facility;
    QString registerId; // hex
    QString signer; // exporter login
    QString signerFingerprint;
    QString lastHash; // hex: the hash of the last event, which commits to the whole chain before it
    QString digest; // BLAKE2b-256 of the bundle file, grouped hex
    bool startsAtGenesis = false;
    QStringList keyFingerprints; // "login fingerprint (introduced at seq N, before|in range|exporter)"
    QString reason; // the first failure, translated; empty when ok
    qint64 firstBad = 0; // the first event that fails (0: the failure is not an event's, or none)
    bool cancelled = false; // the watcher stopped it (not ok, nothing said about the file)
};

// Sees each event of a bundle as it is verified, in order, with how many the bundle holds: a viewer lists them as they
// come. An event is passed once its hash and chain link hold (its signatures are checked in batches: a bad one is
// named by BundleCheck::firstBad). Return false to cancel.
using BundleWatcher = std::function<bool(const Event& e, qint64 index, qint64 total)>;

// Checks everything a bundle claims, with no register and no login: structure, every event hash, chain links and
// contiguity, the genesis link, every signature and co-signature against the key table, the key table against
// the keys the events in range introduce, and the exporter's signature over the file. Never throws or crashes
// on garbage. Reads the device once, from its current position to its end, holding one batch of events at a time
// (a file of a million events verifies in bounded memory).
BundleCheck verifyBundle(QIODevice& in, const BundleWatcher& watch = {});
BundleCheck verifyBundle(const QByteArray& bytes);
// A bundle file, as `audit verify-export` and the bundle viewer read it: Io error when it cannot be read, Integrity
// when it is too large to be a bundle (4 GiB, refused unread); else what verifyBundle says of it.
Result<BundleCheck> verifyBundleFile(const QString& path, const BundleWatcher& watch = {});

// Builds the signed bundle for the options' range. Officers and auditors only (a denial is recorded). Refuses
// (Denied) a bundle for a reader cleared below the highest level in range: a bundle cannot be redacted without
// breaking the signatures. Verifies the ledger up to the end of the range first (Integrity error if it fails).
// NotFound when the range holds no event.
// The range is verified and the key table made when the bundle is built; write() then streams the file, reading
// the range from the ledger again (checking it is the chain just verified) and signing as it goes. The Register it
// was built from must outlive it.
struct BuiltBundle {
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray lastHash; // the hash of the last event, whose chain (from event 1) and signatures were verified
    Level highest = Level::Unclassified;
    std::function<Status(const ByteSink&)> write;

    Result<QByteArray> bytes() const; // the whole file in memory
    Result<QString> digest() const; // bundleDigest() of the file, without keeping it
};
Result<BuiltBundle> buildBundle(Register& reg, const ExportOptions& options);
// The same bundle made for the acting user whatever the reader, only to show its digest in a report (never written
// out: the caller keeps the bytes to itself).
Result<BuiltBundle> buildBundleForDigest(Register& reg, const ExportOptions& options);

// The control number a subject names ("item:C" or "copy:C/N" -> "C"), else empty.
QString controlOfSubject(const QString& subject);

// Whether a file's first bytes are an export bundle's magic (kanribo BUNDLE opens it in the viewer).
bool looksLikeBundle(const QByteArray& firstBytes);

// The digest shown to inspectors for a bundle file: BLAKE2b-256, hex in groups of four.
QString bundleDigest(const QByteArray& bytes);

} // namespace kanribo
