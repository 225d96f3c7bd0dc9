// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Event.h"

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

    void showEvent(const Event& e, Check check);
    void clearEvent();
    void retranslate(); // redraws the event shown in the current language
    // The text shown for an event (what the pane holds).
    static QString describe(const Event& e, Check check);

private:
    std::optional<Event> m_event;
    Check m_check = Check::Unchecked;
};

} // namespace kanribo
