// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Level.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kanribo
{

enum class CopyStatus { Active, Destroyed, Lost, Dispatched };
QString copyStatusName(CopyStatus s); // "active", ...
std::optional<CopyStatus> copyStatusFromName(const QString& name);

// One controlled copy "copy n of m" (R-CUS-1): in exactly one container or charged to exactly one person (R-CUS-4).
struct Copy {
    QString id; // CONTROL/N
    QString control;
    int number = 0;
    CopyStatus status = CopyStatus::Active;
    QString holder; // login, or empty
    QString container; // id, or empty
    QString kind; // original | reproduction | translation
    QString notation; // translation notation (R-REP-3)
};

// Receipt of the material (R-CUS-2).
struct ReceiptDetails {
    QString receivedFrom;
    QString receiptNo;
    QString channel; // courier, mail, hand-carry, electronic
    QDate receivedOn;
    bool tamperChecked = false;
};

// Classification authority block (R-MRK-5).
struct AuthorityBlock {
    QString classifiedBy;
    QString derivedFrom; // or reason
    QString declassifyOn; // date or event
};

struct ReleaseApproval { // R-ACC-5
    QString nationality;
    QString reference;
    QDate approvedOn;
};

struct Item {
    QString control;
    QString title; // with its portion mark, e.g. "(U) Radar maintenance manual"
    Level level = Level::Unclassified;
    QString origin; // originating government (nationality code)
    QString recipient; // the receiving government (the facility's)
    QString usMarking;
    QString jpMarking;
    QString regime;
    QStringList caveats;
    QString tlp;
    QStringList groups;
    QString media; // paper | electronic | removable | equipment
    AuthorityBlock authority;
    ReceiptDetails receipt;
    QList<ReleaseApproval> releases;
    QDate validUntil; // 特定秘密 validity
    bool designationExpired = false;
    QDate purposeEnds; // R-DST-5
    QString status; // active | destroyed | lost | dispatched (derived from copies)
    int copiesTotal = 0;
    int copiesHeld = 0; // active copies
    bool hasContent = false;
    QDateTime registeredAt;
    QString registeredBy;
    QList<Copy> copies; // filled by Items::show
    // R-ACC-3 accountability view: the user keeps the accounts but is outside these need-to-know groups, so the
    // title, authority block, receipt details and content are withheld (emptied) in this copy of the record.
    bool withheld = false;
    QStringList withheldGroups;
};

// What an officer supplies to register an item.
struct NewItem {
    QString title;
    Level level = Level::Unclassified;
    QString origin;
    QString regime;
    QStringList groups;
    QStringList caveats;
    QString tlp;
    int copies = 1;
    QString container; // empty: copies charged to the officer
    QString media = QStringLiteral("paper");
    AuthorityBlock authority;
    ReceiptDetails receipt;
    QDate validUntil; // 特定秘密: default registration date + validity years
    QDate purposeEnds;
    QString contentPath; // optional file to encrypt into the register
    QString contentMime;
};

struct Reclassification { // R-MRK-7
    QString control;
    QString kind; // upgrade | downgrade | declassify
    Level oldLevel = Level::Unclassified;
    Level newLevel = Level::Unclassified;
    QString noticeBy;
    QDate noticeDate;
    QString reference;
    QString reason;
    QDateTime recordedAt;
    QString recordedBy;
};

struct Disclosure { // R-ACC-4
    QString control;
    QString login;
    QString action;
    QDateTime at;
    qint64 eventSeq = 0;
};

} // namespace kanribo
