// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Ledger.h"
#include "model/Item.h"
#include "policy/AccessPolicy.h"
#include "policy/Visibility.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace kanribo
{

class Session;
class Database;
class Statement;

struct RegisteredItem {
    QString control;
    QStringList copies;
    QStringList warnings; // e.g. R-MRK-4: the title is marked above (U)
};

struct ItemFilter {
    std::optional<Level> level;
    QString status; // active | destroyed | lost | dispatched
    QString holder;
    QString container;
    QString text; // full-text search over control numbers, titles and references
    enum class Sort { Control, Title, Level, Registered } sort = Sort::Control;
    bool descending = false;
    int offset = 0;
    int limit = -1;
};

struct ReclassifyRequest { // R-MRK-7
    QString control;
    Level newLevel = Level::Unclassified;
    QString noticeBy; // who at the originator
    QDate noticeDate;
    QString reference; // the notice's reference
    QString reason;
};

struct ContentCheck {
    int checked = 0; // decrypted and matching the registered hash
    int notSealed = 0; // not sealed to the checking user: left for one who holds the key
    QString bad; // the first item whose content is not what was registered, or empty
    QString reason;
};

// The register of items and copies (R-CUS-1, R-MRK-*), access decisions (R-ACC-*), encrypted content.
class Items
{
public:
    explicit Items(Session& s)
        : m_s(s)
    {
    }

    Result<RegisteredItem> registerItem(const NewItem& item);

    // Items the acting user may access (R-ACC-3: the others are absent, not "denied").
    Result<QList<Item>> list(const ItemFilter& filter) const;
    Result<qint64> count(const ItemFilter& filter) const;
    // One item with its copies. Denied (and recorded) without access; records the disclosure of Top Secret
    // (R-ACC-4). A control number the user may not see is reported as not found.
    Result<Item> show(const QString& control);

    // R-ACC-3: the item (or copy and its item) as the acting user sees it — withheld in the accountability view.
    // One they may not see and one that does not exist give the same NotFound and the same ledger record
    // (Session::lookupMiss). Every command that names an item or a copy starts here.
    Result<Item> seen(const QString& control, const QString& action) const;
    Result<std::pair<Copy, Item>> seenCopy(const QString& copyId, const QString& action) const;
    // Denied (recorded, with the groups) when the item is seen only in the accountability view: content,
    // reproduction and other steps that read the material need R-ACC-1 in full.
    Status requireNeedToKnow(const Item& item, const QString& action) const;

    // R-ACC-3 as SQL for the other services' listings: a sub-select of the control numbers the acting user sees
    // (at least in the accountability view), or sees in full. Use as "control IN (...)".
    QString visibleControls() const;
    QString fullControls() const;

    Decision decide(const User& user, const Item& item, Action action) const;
    Result<Decision> decideFor(const QString& login, const QString& control, Action action) const;

    // Decrypts the content into the sink (memory bounded); needs access and a key sealed to the user; recorded.
    Status readContent(const QString& control, const std::function<Status(const unsigned char*, size_t)>& sink);
    Result<SecureBuffer> contentBytes(const QString& control); // decrypted into sodium_malloc memory
    Status writeContentToFile(const QString& control, const QString& path);
    // R-TRU-1 (`audit verify --content`): decrypts every stored content whose key is sealed to the acting officer,
    // custodian or auditor and checks it against the hash signed at registration; nothing is shown or recorded.
    Result<ContentCheck> verifyContents();
    // Seals content keys for every user who may now open the content and removes keys of users who may not.
    // Only content whose key the acting user holds can be sealed for others. Returns how many keys were sealed.
    Result<int> refreshContentKeys();

    // R-TRU-5 (`item rekey`): a fresh item key split over the current epochs of the item's compartments, and its
    // content re-encrypted under a fresh content key, so that nobody who has lost the right to it opens it with keys
    // they kept. Officers who may open the item; recorded (item.rekeyed). Content from before compartment keys moves
    // to them.
    Status rekey(const QString& control);

    Result<Reclassification> reclassify(const ReclassifyRequest& request);
    Result<QList<Reclassification>> reclassifications(const QString& control) const;
    // R-ACC-5: a recorded written approval of the originating government to release to a third country.
    Status approveRelease(
        const QString& control, const QString& nationality, const QString& reference, const QDate& approvedOn);
    Result<QList<Disclosure>> disclosures(const QString& control) const;
    // R-PER-5, officers and auditors, of an item they see (the accountability view is enough).
    Result<AccessList> accessList(const QString& control) const;
    // 特定秘密 whose validity has passed get the expiry mark; returns the control numbers changed (R-MRK-7).
    Result<QStringList> applyDesignationExpiries();
    // R-DST-5: items whose purpose has ended and that still have copies held.
    Result<QList<Item>> purposeEnded() const;

    // For the custody services: the item and copies without an access check (never shown to users as such).
    Result<Item> load(const QString& control) const;
    Result<Copy> loadCopy(const QString& copyId) const;
    Result<QList<Copy>> copiesOf(const QString& control) const;
    // For the reports, which apply their reader's sight (EventSight) themselves: every item's level by control number,
    // and the disclosure record of every item (R-ACC-4) in the order it was written.
    Result<QMap<QString, Level>> levels() const;
    Result<QList<Disclosure>> disclosureRecord() const;
    // Recomputes items.status from its copies (inside a write transaction).
    Status refreshStatus(const QString& control);
    // Records a disclosure (R-ACC-4) inside a write transaction.
    Status recordDisclosure(const Item& item, const QString& action);

    // Normalises a portion-marked title; Usage error when the mark is unknown or above the item's level.
    Result<std::pair<QString, Level>> normaliseTitle(const QString& title, Level itemLevel) const;
    // The title after a reclassification to newLevel: its portion mark lowered when it would stay above the level.
    QString titleAfterReclassification(const QString& title, Level newLevel) const;
    // R-TRU-1: the items table (fields, need-to-know groups, releasability, status, copy count, content hash) is what
    // the ledger's item events say; the first item that differs is named. In ItemsReplay.cpp.
    Result<VerifyReport> compareWithLedger() const;
    // Text indexed for full-text search (CJK characters split so Japanese substrings match).
    static QString searchText(const QString& text);

private:
    Status requireVisible(const QString& control, const QString& action) const; // seen() without the item
    Status requireDisclosureReader() const; // officers and auditors (R-ACC-4)
    Item readSeenItem(const Statement& row) const; // withheld unless sight is full
    Result<QString> nextControlNumber(const Item& item);
    SightSql sightSql() const; // the acting user's sight as SQL over items i
    QString filterClause(const ItemFilter& f, QList<QVariant>& binds) const; // visibility + the filter's conditions
    Status indexItem(const Item& item);
    Status sealFor(const QString& control, const SecureBuffer& key, const QString& login, const QByteArray& boxPk);
    Result<SecureBuffer> myContentKey(const QString& control) const;
    Result<QByteArray> registeredContentHash(const QString& control) const; // from the item.registered event
    // Decrypts the stored content with key into sink, checked against the registered hash (Integrity otherwise).
    Status decryptStored(const QString& control, const SecureBuffer& key,
        const std::function<Status(const unsigned char*, size_t)>& sink) const;

    Session& m_s;
};

QString copyId(const QString& control, int number);

} // namespace kanribo
