// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/service/Custody*.cpp: the helpers the custody steps share, defined once in Custody.cpp.
#pragma once

#include "service/CopyStateMachine.h"
#include "service/Custody.h"

#include <QCoreApplication>

namespace kanribo
{

class Database;
struct User;

namespace custody
{

// Every Custody*.cpp translates in the one context "kanribo::Custody".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Custody)
};

QString joinLines(const QStringList& l);
QStringList splitLines(const QString& s);

Status setCopyState(Database& db, const Copy& c);

// R-TRU-1: a record's time is its event's (the verifier compares them); a row inserted before its event (which names
// the row's id) takes the time once the event is recorded.
Status stampEventTime(Database& db, const QString& table, const QString& column, qint64 id, const QDateTime& time);

bool mayManageStorage(const User& u);

Status requireText(const QString& value, const QString& what);

struct Loaded {
    Copy copy;
    Item item;
};

// The copy and its item, for a custody step by the acting user (R-ACC-3).
Result<Loaded> loadForAction(Session& s, Items& items, const QString& copyId, const QString& action);

// The state machine's verdict; a refusal for the actor's role is a denial and is recorded (R-ACC-4).
Status checkTransition(Session& s, const Copy& copy, CopyAction action, const QString& target = {});

} // namespace custody
} // namespace kanribo
