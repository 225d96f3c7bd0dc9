// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Event.h"
#include "model/Item.h"
#include "model/People.h"
#include "report/EventSentences.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace kanribo
{

class PolicyPack;

// The paper an officer prints and files for a custody record (issue 17): the receiver's hand receipt, the destruction
// certificate with both names, the reproduction record. Each carries the item's marking at top and bottom in the
// level's colours (from the policy pack, R-MRK-3) and the event's number and hash as text and as a QR code, so that
// the paper can be matched to the ledger entry it records.
class Paperwork
{
public:
    enum class Kind { HandReceipt, DestructionCertificate, ReproductionRecord };

    // The paper an event has, if any: copy.issued / copy.transferred, copy.destroyed, item.reproduced.
    static std::optional<Kind> kindFor(const Event& e);
    // The QR code of `text` (libqrencode, error correction M), `scale` pixels per module with a 4-module quiet zone.
    // Null when it cannot be encoded.
    static QImage qrCode(const QByteArray& text, int scale = 4);
    // What the QR code of an event says: "kanribo:REGISTER-ID:SEQ:HASH" (hex).
    static QByteArray qrText(const QString& registerId, const Event& e);

    // What a copy's label encodes in its QR code: the copy number alone, as the inventory's scanner field takes it.
    static QString labelText(const Copy& copy) { return copy.id; }
    // Cover sheets (one page per copy in the register, its marking top and bottom in the level's colours and large in
    // the middle) followed by a sheet of labels (copy number, marking and the QR code of labelText) for the copies of
    // `item`, as the printing user sees it.
    static std::unique_ptr<QTextDocument> coverSheetsAndLabels(const Item& item, const PolicyPack& policy);

    // A container's label: its marking (the highest level it is approved for), id, location and the QR code of its id.
    static std::unique_ptr<QTextDocument> containerLabel(const Container& container, const PolicyPack& policy);

    // The document for an event, `item` as the printing user sees it (its title withheld in the accountability view).
    // Null when the event has no paper.
    static std::unique_ptr<QTextDocument> document(const Event& e, const Item& item, const PolicyPack& policy,
        const EventNames& names, const QString& facility, const QString& registerId);
};

} // namespace kanribo
