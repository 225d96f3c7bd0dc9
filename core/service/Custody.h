// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Ledger.h"
#include "model/Item.h"
#include "model/People.h"
#include "policy/Reason.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace kanribo
{

class Session;
class Items;

// A second person who signs at the time (receiver, witness, approver): they type their own password.
struct SecondPerson {
    QString login;
    QByteArray password;
    bool isEmpty() const { return login.isEmpty(); }
};

enum class IncidentKind { Loss, Compromise, PossibleCompromise };
QString incidentKindName(IncidentKind k); // loss | compromise | possible-compromise
std::optional<IncidentKind> incidentKindFromName(const QString& name);

struct Dispatch { // R-CUS-5
    qint64 id = 0;
    QString copyId;
    QString toOrg;
    QString channel;
    QDate receiptDue;
    QDateTime dispatchedAt;
    QString dispatchedBy;
    QString receiptNo; // empty until the returned receipt is recorded
    QDateTime receiptAt;
    bool overdue = false; // computed: due passed and no receipt
};

struct Loan { // a copy issued to a person, until it is stored, handed on, dispatched, destroyed or lost (issue 18)
    QString copyId;
    QString holder;
    QDateTime issuedAt;
    QString issuedBy;
    QDate due; // invalid: no due date was set
    bool overdue = false; // computed: the due date has passed
};

struct Reproduction { // R-REP-1..3
    qint64 id = 0;
    QString control;
    QStringList copies;
    QString reason;
    QString consentRef;
    QString approver;
    QString kind; // reproduction | translation
    QString notation;
    QDateTime at;
    QString by;
    bool withheld = false; // R-ACC-3 accountability view: reason and consent reference withheld
};

struct DestructionRecord { // R-DST-3 (the certificate)
    qint64 id = 0;
    QString copyId;
    QString control;
    Level level = Level::Unclassified;
    QString method;
    QDateTime at;
    QString official;
    QString witness; // empty when the policy did not require one
    qint64 eventSeq = 0;
};

struct Incident { // R-INC-1..2
    qint64 id = 0;
    IncidentKind kind = IncidentKind::Loss;
    QString summary;
    QStringList copies;
    QString status; // open | closed
    QDateTime reportedAt;
    QString reportedBy;
    QDate originatorNotified;
    QString findings;
    QString measures;
    QDateTime closedAt;
    bool withheld = false; // R-ACC-3 accountability view: summary, findings and measures withheld
};

struct IncidentUpdate {
    std::optional<QDate> originatorNotified;
    std::optional<QString> findings;
    std::optional<QString> measures;
    bool close = false;
};

struct InventoryResult { // R-INV-1
    qint64 id = 0;
    QString container; // empty: the whole register
    QDateTime startedAt;
    QDateTime finishedAt;
    QStringList present;
    QStringList missing;
    QStringList unexpected;
    QList<qint64> incidents; // opened for missing copies
};

struct InventoryDue {
    QString scope; // container id, or empty for copies charged to people
    int topSecretCopies = 0;
    QDate lastDone; // invalid: never
    QDate due;
    bool overdue = false;
};

struct CustodyEntry { // one line of a copy's custody history
    qint64 seq = 0;
    QDateTime at;
    QString kind;
    QString actor;
    QStringList cosigners;
    QString summary;
};

// The custody life cycle (R-CUS, R-REP, R-DST, R-INC, R-INV in docs/rules.md). Every step is a ledger event signed
// by the actor and co-signed where two people are required. Each copy's allowed transitions are decided in one place
// (CopyStateMachine).
class Custody
{
public:
    Custody(Session& s, Items& items)
        : m_s(s)
        , m_items(items)
    {
    }

    // R-CUS-3 hand receipt: the holder gives the copy to a receiver allowed to hold it; both sign.
    Status transfer(const QString& copyId, const SecondPerson& receiver);
    // R-CUS-4: the holder returns the copy to a container approved for its level.
    Status store(const QString& copyId, const QString& containerId);
    // R-PER-5: an officer takes a copy out of another person's charge — one who is leaving, has lost access or is
    // away — into a container approved for its level, without that person's signature; the reason is recorded.
    Status recover(const QString& copyId, const QString& containerId, const QString& reason);
    // What recover() would refuse (a refusal for the role or the container's level is recorded); writes nothing else.
    Status checkRecover(const QString& copyId, const QString& containerId);
    // The containers that may take every one of these copies (approved for each level, not reserved for other
    // material), of copies the acting user sees: where a leaver's holdings can go.
    Result<QList<Container>> containersAdmitting(const QStringList& copyIds) const;
    // An officer or custodian issues a stored copy to a person, who signs. `due` (optional; today or later) is when it
    // is to come back: it is in the signed event, and the loan is overdue after it.
    Status issue(const QString& copyId, const SecondPerson& receiver, const QDate& due = {});
    // The copies out on loan now — issued, and still with the person they were issued to — of items the user sees
    // (the accountability view shows custody); with overdueOnly, those whose due date has passed. Read from the
    // signed issue events, so the due date is the ledger's.
    Result<QList<Loan>> loans(bool overdueOnly = false) const;
    // R-CUS-5
    Result<Dispatch> dispatch(
        const QString& copyId, const QString& toOrg, const QString& channel, const QDate& receiptDue);
    Status recordReceipt(const QString& copyId, const QString& receiptNo);
    Result<QList<Dispatch>> dispatches(bool overdueOnly = false) const;

    // R-REP-1..3: new copies continue the series, inherit every marking and are held by the actor.
    // Top Secret needs the originator's consent reference and, by policy, an approver's co-signature.
    // A translation (translation = true) carries the notation of the originating government's information.
    Result<Reproduction> reproduce(const QString& control, int copies, const QString& reason, const QString& consentRef,
        const SecondPerson& approver, bool translation = false, const QString& notation = {});
    Result<QList<Reproduction>> reproductions() const;

    // R-DST-1..4: method from the policy pack; witness co-signature where the policy requires it.
    Result<DestructionRecord> destroy(const QString& copyId, const QString& method, const SecondPerson& witness);
    Result<QList<DestructionRecord>> destructions() const;

    // R-INC-1..2. target is a control number (all its active copies) or a copy id.
    Result<Incident> reportIncident(const QString& target, IncidentKind kind, const QString& summary);
    Result<Incident> updateIncident(qint64 id, const IncidentUpdate& update);
    Result<QList<Incident>> incidents(bool openOnly = false) const;

    // R-INV-1: one inventory open at a time.
    Result<InventoryResult> startInventory(const QString& containerId = {});
    Status sight(const QString& copyId);
    Result<InventoryResult> finishInventory();
    // The open inventory; its present list (sighted so far) holds the copies in the acting user's view and the
    // numbers they sighted themselves, nothing another person sighted out of their view (R-ACC-3). finish() counts
    // the same sightings.
    Result<std::optional<InventoryResult>> openInventory() const;
    // Finished inventories: the copies, and the incidents opened, in the acting user's view.
    Result<QList<InventoryResult>> inventories() const;
    Result<QList<InventoryDue>> inventoriesDue() const;

    // The custody history of one copy, from the ledger.
    Result<QList<CustodyEntry>> history(const QString& copyId) const;
    // Copies charged to a person (their holdings).
    Result<QList<Copy>> holdings(const QString& login) const;
    // Active copies charged to people, counted per login, of the copies in view; staff see only their own.
    Result<QList<std::pair<QString, int>>> chargedOut() const;

    // Rebuilds every copy's state from the events and compares it with the state tables; the first difference is
    // an integrity failure naming the event that last touched the copy (issue 4, audit verify).
    Result<VerifyReport> compareStateWithLedger() const;

private:
    QStringList inView(const QStringList& copyIds) const; // the copies of these the acting user sees (R-ACC-3)
    // reportIncident with the summary a person typed, or one Kanribo writes as a coded message (issue 15): recorded
    // as {"code", "args"} and kept in the incidents table as that JSON, put into words when read.
    Result<Incident> fileIncident(
        const QString& target, IncidentKind kind, const std::variant<QString, Reason>& summary);

    Session& m_s;
    Items& m_items;
};

} // namespace kanribo
