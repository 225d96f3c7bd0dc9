// SPDX-License-Identifier: GPL-3.0-or-later
// People: the open / close / check record of each security container (R-CON-2), kept in the ledger alone.
#include "service/People.h"

#include "service/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::People)
};

QString stepKind(ContainerStep step)
{
    switch (step) {
    case ContainerStep::Open:
        return QStringLiteral("container.opened");
    case ContainerStep::Close:
        return QStringLiteral("container.closed");
    case ContainerStep::Check:
        return QStringLiteral("container.checked");
    }
    return {};
}
} // namespace

Result<QList<ContainerState>> People::containerStates() const
{
    KANRIBO_ASSIGN(const QList<Container> list, containers());
    QHash<QString, ContainerState> states;
    for (const Container& c : list)
        states.insert(c.id, ContainerState { c, false, {}, {}, {}, {}, false, false });
    KANRIBO_ASSIGN(auto st,
        m_s.db->prepare(QStringLiteral("SELECT subject, kind, ts, actor FROM events WHERE kind IN ('container.opened', "
                                       "'container.closed', 'container.checked') ORDER BY seq")));
    KANRIBO_TRY(st.each([&](const Statement& row) -> Status {
        const auto it = states.find(row.text(0).mid(int(qstrlen("container:"))));
        if (it == states.end())
            return {};
        const QString kind = row.text(1);
        const QDateTime at = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
        if (kind == QLatin1String("container.checked")) {
            it->checkedAt = at;
            it->checkedBy = row.text(3);
        } else {
            it->open = kind == QLatin1String("container.opened");
            it->since = at;
            it->by = row.text(3);
        }
        return {};
    }));
    const QDate today = m_s.today();
    QList<ContainerState> out;
    for (const Container& c : list) {
        ContainerState s = states.value(c.id);
        s.leftOpen = s.open && s.since.date() < today;
        s.checkDue = !s.open && s.since.isValid() && s.since.date() == today
            && (!s.checkedAt.isValid() || s.checkedAt < s.since);
        out << s;
    }
    return out;
}

Status People::recordContainerStep(const QString& id, ContainerStep step)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(const Container c, container(id));
    if (rank(m_s.me.clearance) < rank(c.level))
        return m_s.deny(stepKind(step), QStringLiteral("container:") + id,
            { Reason::of(QStringLiteral("container-above-clearance"),
                { { QStringLiteral("container"), id }, { QStringLiteral("level"), levelName(c.level) } }) });
    KANRIBO_ASSIGN(const QList<ContainerState> states, containerStates());
    bool open = false;
    for (const ContainerState& s : states)
        if (s.container.id == id)
            open = s.open;
    if (step == ContainerStep::Open && open)
        return makeError(ErrorCode::Conflict, Tr::tr("The container %1 is open already.").arg(id));
    if (step == ContainerStep::Close && !open)
        return makeError(ErrorCode::Conflict, Tr::tr("The container %1 is not open.").arg(id));
    if (step == ContainerStep::Check && open)
        return makeError(ErrorCode::Conflict,
            Tr::tr("The container %1 is open: secure it and record the closing before the check.").arg(id));
    const QString subject = QStringLiteral("container:") + id;
    const QJsonObject payload { { QStringLiteral("id"), id } };
    return m_s.write([&]() -> Status {
        // Each kind written out, so that the documentation check sees every event this code records.
        auto ev = step == ContainerStep::Open ? m_s.record({ QStringLiteral("container.opened"), subject, payload })
            : step == ContainerStep::Close    ? m_s.record({ QStringLiteral("container.closed"), subject, payload })
                                              : m_s.record({ QStringLiteral("container.checked"), subject, payload });
        return ev ? Status {} : Status { ev.error() };
    });
}

} // namespace kanribo
