// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CopyStateMachine.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::CopyStateMachine)
};

Error conflict(const QString& message)
{
    return makeError(ErrorCode::Conflict, message);
}
} // namespace

QString copyActionName(CopyAction a)
{
    switch (a) {
    case CopyAction::Transfer:
        return QStringLiteral("transfer");
    case CopyAction::Store:
        return QStringLiteral("store");
    case CopyAction::Issue:
        return QStringLiteral("issue");
    case CopyAction::Dispatch:
        return QStringLiteral("dispatch");
    case CopyAction::RecordReceipt:
        return QStringLiteral("receipt");
    case CopyAction::Destroy:
        return QStringLiteral("destroy");
    case CopyAction::MarkLost:
        return QStringLiteral("lost");
    case CopyAction::Recover:
        return QStringLiteral("recover");
    }
    return {};
}

Status CopyStateMachine::check(
    const Copy& c, CopyAction action, const QString& actor, bool mayManage, const QString& target)
{
    if (action == CopyAction::RecordReceipt) {
        if (c.status != CopyStatus::Dispatched)
            return conflict(Tr::tr("%1 has not been dispatched.").arg(c.id));
        return {};
    }
    switch (c.status) {
    case CopyStatus::Destroyed:
        return conflict(Tr::tr("%1 has been destroyed; its record is read-only.").arg(c.id));
    case CopyStatus::Lost:
        return conflict(Tr::tr("%1 is recorded as lost.").arg(c.id));
    case CopyStatus::Dispatched:
        return conflict(Tr::tr("%1 has been dispatched outside the facility.").arg(c.id));
    case CopyStatus::Active:
        break;
    }
    const bool held = !c.holder.isEmpty();
    const bool heldByActor = c.holder == actor;
    const auto notHolder = [&] {
        return held ? conflict(Tr::tr("%1 is charged to %2, not to you.").arg(c.id, c.holder))
                    : conflict(Tr::tr("%1 is in the container %2, not charged to you.").arg(c.id, c.container));
    };
    const auto needsStorageRole = [&] {
        return makeError(ErrorCode::Denied, Tr::tr("Only an officer or custodian may do this with a stored copy."),
            { Reason::of(
                QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer,custodian") } }) });
    };
    switch (action) {
    case CopyAction::Transfer:
        if (!heldByActor)
            return notHolder();
        if (target == actor)
            return conflict(Tr::tr("%1 is already charged to you.").arg(c.id));
        return {};
    case CopyAction::Store:
        if (held && !heldByActor)
            return notHolder();
        if (!held && !mayManage)
            return needsStorageRole();
        if (!held && c.container == target)
            return conflict(Tr::tr("%1 is already in the container %2.").arg(c.id, target));
        return {};
    case CopyAction::Issue:
        if (held)
            return conflict(Tr::tr("%1 is charged to %2; only a stored copy can be issued.").arg(c.id, c.holder));
        if (!mayManage)
            return needsStorageRole();
        return {};
    case CopyAction::Dispatch:
    case CopyAction::Destroy:
        if (held && !heldByActor)
            return notHolder();
        if (!held && !mayManage)
            return needsStorageRole();
        return {};
    case CopyAction::MarkLost:
        return {};
    case CopyAction::Recover:
        if (!held)
            return conflict(Tr::tr("%1 is in the container %2; it is not charged to anyone.").arg(c.id, c.container));
        if (heldByActor)
            return conflict(Tr::tr("%1 is charged to you: store it instead.").arg(c.id));
        if (!mayManage)
            return needsStorageRole();
        return {};
    case CopyAction::RecordReceipt:
        break;
    }
    return {};
}

Copy CopyStateMachine::apply(const Copy& c, CopyAction action, const QString& target)
{
    Copy n = c;
    switch (action) {
    case CopyAction::Transfer:
    case CopyAction::Issue:
        n.holder = target;
        n.container.clear();
        break;
    case CopyAction::Store:
    case CopyAction::Recover:
        n.holder.clear();
        n.container = target;
        break;
    case CopyAction::Dispatch:
        n.status = CopyStatus::Dispatched;
        n.holder.clear();
        n.container.clear();
        break;
    case CopyAction::Destroy:
        n.status = CopyStatus::Destroyed;
        n.holder.clear();
        n.container.clear();
        break;
    case CopyAction::MarkLost:
        n.status = CopyStatus::Lost;
        n.holder.clear();
        n.container.clear();
        break;
    case CopyAction::RecordReceipt:
        break;
    }
    return n;
}

} // namespace kanribo
