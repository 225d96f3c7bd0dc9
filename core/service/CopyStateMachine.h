// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Item.h"

namespace kanribo
{

enum class CopyAction { Transfer, Store, Issue, Dispatch, RecordReceipt, Destroy, MarkLost, Recover };
QString copyActionName(CopyAction a);

// Every allowed transition of a copy, in one place (issue 4). A copy is always in exactly one container or charged
// to exactly one person while active; destroyed, lost and dispatched copies have left the holdings.
// Illegal transitions are Conflict errors (nothing is written); the wrong role is Denied.
class CopyStateMachine
{
public:
    // actorMayManageStorage: the actor is an officer or custodian (may issue, relocate, dispatch or destroy stored
    // copies). target: the receiving login or container for Transfer/Issue/Store/Recover. Recover takes a copy out
    // of another person's charge into a container without their signature (R-PER-5; the caller checks the role).
    static Status check(const Copy& copy, CopyAction action, const QString& actor, bool actorMayManageStorage,
        const QString& target = {});
    // The copy after the transition (status, holder, container).
    static Copy apply(const Copy& copy, CopyAction action, const QString& target = {});
};

} // namespace kanribo
