// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Event.h"
#include "report/EventSentences.h"

#include <QPlainTextEdit>

#include <optional>

namespace kanribo
{

// The detail of one audit-trail event: every field of its payload, the signer and co-signers, its hash and the link to
// the event before, and what verification said of it. Read-only; used by the Audit tab and the bundle viewer.
class EventDetailView : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Check { Unchecked, Verified, Fails, NotReached };

    explicit EventDetailView(QWidget* parent = nullptr);
    // The names the sentence uses (an audit model's); must outlive the view.
    void setNames(const EventNames* names) { m_names = names; }

    void showEvent(const Event& e, Check check);
    void clearEvent();
    void retranslate(); // redraws the event shown in the current language
    // The text shown for an event (what the pane holds).
    static QString describe(const Event& e, Check check, const EventNames& names);

private:
    std::optional<Event> m_event;
    Check m_check = Check::Unchecked;
    const EventNames* m_names = nullptr;
};

} // namespace kanribo
