// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the item services (Items*.cpp): their translation context, and how an item and a copy are read from
// their rows and written into (and read back from) the item.registered event.
#include "Result.h"
#include "model/Item.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kanribo
{

class Statement;
struct SightSql;

namespace itemrows
{

// Every Items*.cpp translates in the one context "kanribo::Items".
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Items)
};

extern const char kItemColumns[]; // SELECT … FROM items i, in the order readItem reads them
extern const char kCopyColumns[];
Item readItem(const Statement& st);
Copy readCopy(const Statement& st);
Disclosure readDisclosure(const Statement& st); // control, login, action, at, event_seq
QString itemColumns(const SightSql& sight); // kItemColumns with one more: 1 when the actor sees the item in full
// An item's status derived from its copies, as SQL over the control number `control` (a column or a parameter).
QString statusFromCopies(const QString& control);
QString relString(const QStringList& nations); // ",JPN,USA," as stored in items.rel_nations
bool isCjk(QChar c);
Error notFoundItem(const QString& control);
// The item's record as the item.registered event carries it, and back (R-TRU-1: the replay starts from it).
QJsonObject itemJson(const Item& it);
Item itemFromJson(const QJsonObject& payload);

} // namespace itemrows
} // namespace kanribo
