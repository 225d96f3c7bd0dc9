// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Ledger.h"
#include "model/Level.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanribo
{

class LedgerState;
class Session;
struct User;

// R-TRU-5, compartment keys (ADR 0005, docs/formats.md §4). Each compartment (a level, a need-to-know group) has a
// key pair per epoch; its secret key is sealed to every user entitled to the compartment (policy/Entitlement.h) and
// to the recovery key, and to nobody else. When the people entitled change, the next sync() starts a new epoch
// sealed to exactly those entitled now, so whoever lost the entitlement holds nothing that opens what is registered
// afterwards; holders of older epochs seal them to newcomers. Everything is recorded in compartment.keys events, of
// which the tables are a projection that the verifier replays (LedgerState) and compares (compareWithLedger).
class Compartments
{
public:
    explicit Compartments(Session& s);

    // Brings every compartment's current epoch in line with who is entitled today (inside the caller's write, or in
    // a write of its own); a compartment begins at the first item put in it (wrap). Cheap when nothing that decides
    // entitlement changed since the last call.
    Status sync();
    // Opens the compartment keys sealed to the acting user into the session (at login, after a sync).
    Status openMine();
    // A new item key for the compartments of an item, split over their current epochs (after a sync): writes the
    // item's item_keys rows and returns what the item.registered event records of them ("keys").
    Result<QJsonArray> wrap(const QString& control, Level level, const QStringList& groups, const SecureBuffer& key);
    // The item key of control from the compartment keys the acting user holds: Denied (no-content-key) when one is
    // missing, nullopt when the item has none (registered before compartment keys).
    Result<std::optional<SecureBuffer>> itemKey(const QString& control) const;

    // Break-glass (R-TRU-6): the keys the acting recovery session holds, sealed again to user's new box key where
    // they are entitled; replaces what was sealed to the old key and returns what user.keys_reset records of it.
    Result<QJsonArray> resealFor(const User& user, const QByteArray& newBoxPk);

    // R-TRU-1: the compartment tables against the replayed ledger, and every item's keys against its registration.
    Result<VerifyReport> compareWithLedger(const LedgerState& state) const;

private:
    // Starts the compartments in `start` that have no epoch yet; the others get one only when an item needs it.
    Status syncNow(const QStringList& start = {});
    Result<QByteArray> publicKey(const QString& compartment, int epoch) const;

    Session& m_s;
};

} // namespace kanribo
