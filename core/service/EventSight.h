// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ledger/Event.h"
#include "model/People.h"

#include <QHash>
#include <QString>

#include <optional>

namespace kanribo
{

class Session;

// R-ACC-3 for the audit trail: how one reader sees each event. An event about an item (or a copy, incident or
// inventory sighting of one) the reader may not see is absent; about an item seen only in the accountability view,
// its details (title, authority block, receipt details, content, free text, reasons) are replaced by the withheld
// text; the lists of copies in inventory events keep only copies in view. People's clearances, nationalities,
// briefings and groups in user events are for officers and auditors. Used by the audit log, the CSV export and the
// inspection report alike, so that each shows the same events.
class EventSight
{
public:
    // Reads what the reader sees of every item once (one query), and which item each incident is about. With a
    // second person (the exporter of a file made for the reader), what both see: nobody's export shows what its
    // maker may not see.
    static Result<EventSight> forReader(Session& s, const User& reader, const User* alsoSeenBy = nullptr);

    // The event as the reader sees it, or nullopt when it is hidden from them. A changed payload no longer matches
    // the event's hash and signature: verification reads the ledger, never this view.
    std::optional<Event> view(const Event& e) const;
    // Whether the reader sees the event whole (nothing hidden or withheld): what a bundle, which cannot be
    // redacted, needs of every event in it.
    bool seesWhole(const Event& e) const;

    // The item: nullopt when not seen; else whether seen in full (false: the accountability view).
    std::optional<bool> item(const QString& control) const;
    // The reader's missing need-to-know groups of an item seen in the accountability view.
    QStringList withheldGroups(const QString& control) const { return m_groups.value(control); }
    const User& reader() const { return m_reader; }

private:
    enum class Seen { None, Accountability, Full };
    Status readItems(Session& s, const User& u, bool intersect);
    Seen seenControl(const QString& control) const;
    Seen seenCopy(const QString& copyId) const;

    User m_reader;
    QHash<QString, bool> m_items; // control -> seen in full (absent: not seen)
    QHash<QString, QStringList> m_groups; // control -> the reader's missing groups (accountability view)
    QHash<qint64, QString> m_incidentItem; // incident id -> control
    bool m_seesAll = false; // every item of the register seen in full (by both, with a second)
};

} // namespace kanribo
