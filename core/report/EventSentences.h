// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Event.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kanribo
{

// The people an audit view names: login -> full name, learnt from the events themselves (register.created, user.added)
// so that a bundle read with no register names its people too.
class EventNames
{
public:
    void learn(const Event& e);
    void set(const QString& login, const QString& name) { m_names.insert(login, name); }
    // "田中 一郎" when the name is known, else the login.
    QString of(const QString& login) const;

private:
    QHash<QString, QString> m_names;
};

// What an event says, as one sentence in the current language (issue 17): "田中 一郎 が 佐藤 健 に S-2026-000001/2
// を交付 しました(受領署名あり)". Every event kind the program records has its sentence; an unknown kind is named with
// its payload. Fields a reader may not see (withheld by EventSight) read "—".
QString eventSentence(const Event& e, const EventNames& names);

// Every event kind that has a sentence (the kinds the program records), in the order of docs/formats.md.
const QStringList& sentencedEventKinds();

} // namespace kanribo
