// SPDX-License-Identifier: GPL-3.0-or-later
// People: who knows each security container's combination and when it was changed (R-CON-1), and its open / close /
// check record (R-CON-2) — kept in the ledger alone.
#include "service/People.h"

#include "i18n/Language.h"
#include "service/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

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
QStringList stringsOf(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const auto& v : o.value(QLatin1String(key)).toArray())
        out << v.toString();
    return out;
}

// A container.reserved event's reservation.
ContainerReservation reservationOf(const QJsonObject& payload)
{
    return { stringsOf(payload, "origins"), stringsOf(payload, "regimes"), stringsOf(payload, "groups") };
}
} // namespace

std::optional<Reason> containerRefusal(const Container& c, const ContainerReservation& reserved, Level level,
    const QString& origin, const QString& regime, const QStringList& groups)
{
    if (rank(c.level) < rank(level))
        return Reason::of(QStringLiteral("container-level"),
            { { QStringLiteral("container"), c.id }, { QStringLiteral("level"), levelName(c.level) } });
    if (!reserved.admits(origin, regime, groups))
        return Reason::of(QStringLiteral("container-reserved"),
            { { QStringLiteral("container"), c.id }, { QStringLiteral("reserved"), reserved.text() } });
    return std::nullopt;
}

Result<std::optional<Reason>> People::containerRefusal(
    const QString& id, Level level, const QString& origin, const QString& regime, const QStringList& groups) const
{
    KANRIBO_ASSIGN(const Container c, container(id));
    KANRIBO_ASSIGN(const ContainerReservation reserved, reservation(id));
    return kanribo::containerRefusal(c, reserved, level, origin, regime, groups);
}

Result<QList<ContainerState>> People::containerStates() const
{
    KANRIBO_ASSIGN(const QList<Container> list, containers());
    QHash<QString, ContainerState> states;
    for (const Container& c : list) {
        ContainerState s;
        s.container = c;
        states.insert(c.id, s);
    }
    KANRIBO_ASSIGN(auto st,
        m_s.db->prepare(QStringLiteral("SELECT subject, kind, ts, actor, payload FROM events WHERE kind IN "
                                       "('container.opened', 'container.closed', 'container.checked', "
                                       "'container.custodians_set', 'container.combination_changed', "
                                       "'container.reserved') ORDER BY seq")));
    QHash<QString, QStringList> knewAtChange; // who knew the combination when it was last changed
    KANRIBO_TRY(st.each([&](const Statement& row) -> Status {
        const auto it = states.find(row.text(0).mid(int(qstrlen("container:"))));
        if (it == states.end())
            return {};
        const QString kind = row.text(1);
        const QDateTime at = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
        const QJsonObject payload = QJsonDocument::fromJson(row.blob(4)).object();
        const auto logins = [&] { return stringsOf(payload, "custodians"); };
        if (kind == QLatin1String("container.checked")) {
            it->checkedAt = at;
            it->checkedBy = row.text(3);
        } else if (kind == QLatin1String("container.reserved")) {
            it->reservation = reservationOf(payload);
        } else if (kind == QLatin1String("container.custodians_set")) {
            it->custodians = logins();
        } else if (kind == QLatin1String("container.combination_changed")) {
            it->combinationChanged = at;
            it->combinationChangedBy = row.text(3);
            knewAtChange.insert(it->container.id, logins());
        } else {
            it->open = kind == QLatin1String("container.opened");
            it->since = at;
            it->by = row.text(3);
        }
        return {};
    }));
    const QDate today = m_s.today();
    KANRIBO_ASSIGN(const QList<User> users, loadUsers(*m_s.db));
    QHash<QString, const User*> byLogin;
    for (const User& u : users)
        byLogin.insert(u.login, &u);
    QList<ContainerState> out;
    for (const Container& c : list) {
        ContainerState s = states.value(c.id);
        s.leftOpen = s.open && s.since.date() < today;
        s.checkDue = !s.open && s.since.isValid() && s.since.date() == today
            && (!s.checkedAt.isValid() || s.checkedAt < s.since);
        // R-CON-1: a change is due when the container was put in use without one, when someone who knew the
        // combination at the last change no longer may (removed from the list, disabled, or cleared below the
        // level), and a year after the last change.
        for (const QString& login : knewAtChange.value(c.id)) {
            const User* u = byLogin.value(login);
            if (!s.custodians.contains(login) || !u || !u->active || rank(u->clearance) < rank(c.level))
                s.leavers << login;
        }
        if (!s.combinationChanged.isValid())
            s.changeDue = QStringLiteral("put-in-use");
        else if (!s.leavers.isEmpty())
            s.changeDue = QStringLiteral("custodian-left");
        else if (s.combinationChanged.date().addYears(1) <= today)
            s.changeDue = QStringLiteral("interval");
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
        if (s.container.id == id) {
            open = s.open;
            // R-CON-1: once the people who know the combination are recorded, only they open it.
            if (step == ContainerStep::Open && !s.custodians.isEmpty() && !s.custodians.contains(m_s.me.login))
                return m_s.deny(stepKind(step), QStringLiteral("container:") + id,
                    { Reason::of(
                        QStringLiteral("not-combination-custodian"), { { QStringLiteral("container"), id } }) });
        }
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

Status People::setCombinationCustodians(const QString& id, const QStringList& logins)
{
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer }, QStringLiteral("container.custodians"), QStringLiteral("container:") + id));
    KANRIBO_ASSIGN(const Container c, container(id));
    QStringList list;
    for (const QString& login : logins) {
        KANRIBO_ASSIGN(const User u, loadUser(*m_s.db, login));
        if (!u.active)
            return makeError(ErrorCode::Conflict, Tr::tr("The account %1 is disabled.").arg(login));
        if (rank(u.clearance) < rank(c.level))
            return makeError(ErrorCode::Conflict,
                Tr::tr("%1 is not cleared for the container %2 (%3).").arg(login, id, levelLabel(c.level)));
        if (!list.contains(login))
            list << login;
    }
    list.sort();
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("container.custodians_set"), QStringLiteral("container:") + id,
            QJsonObject {
                { QStringLiteral("id"), id }, { QStringLiteral("custodians"), QJsonArray::fromStringList(list) } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status People::recordCombinationChange(const QString& id)
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(const QList<ContainerState> states, containerStates());
    const auto it
        = std::find_if(states.begin(), states.end(), [&](const ContainerState& s) { return s.container.id == id; });
    if (it == states.end())
        return makeError(ErrorCode::NotFound, Tr::tr("No container '%1'.").arg(id));
    if (m_s.me.role != Role::Officer && !it->custodians.contains(m_s.me.login))
        return m_s.deny(QStringLiteral("container.combination_changed"), QStringLiteral("container:") + id,
            { Reason::of(QStringLiteral("not-combination-custodian"), { { QStringLiteral("container"), id } }) });
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("container.combination_changed"), QStringLiteral("container:") + id,
            QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("custodians"), QJsonArray::fromStringList(it->custodians) } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Status People::reserveContainer(const QString& id, const ContainerReservation& r)
{
    KANRIBO_TRY(
        m_s.requireRole({ Role::Officer }, QStringLiteral("container.reserve"), QStringLiteral("container:") + id));
    KANRIBO_TRY(container(id));
    static const QRegularExpression nationality(QStringLiteral("^[A-Z]{3}$"));
    for (const QString& n : r.origins)
        if (!nationality.match(n).hasMatch())
            return makeError(
                ErrorCode::Usage, Tr::tr("'%1' is not a nationality (three capital letters, e.g. USA).").arg(n));
    for (const QString& regime : r.regimes)
        if (!m_s.policy().regime(regime))
            return makeError(ErrorCode::Usage, Tr::tr("The policy pack has no regime '%1'.").arg(regime));
    for (const QString& g : r.groups) {
        KANRIBO_ASSIGN(const bool exists, groupExists(g));
        if (!exists)
            return makeError(ErrorCode::NotFound, Tr::tr("No need-to-know group '%1'.").arg(g));
    }
    const auto sorted = [](QStringList l) {
        l.removeDuplicates();
        l.sort();
        return QJsonArray::fromStringList(l);
    };
    return m_s.write([&]() -> Status {
        auto ev = m_s.record({ QStringLiteral("container.reserved"), QStringLiteral("container:") + id,
            QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("origins"), sorted(r.origins) },
                { QStringLiteral("regimes"), sorted(r.regimes) }, { QStringLiteral("groups"), sorted(r.groups) } } });
        return ev ? Status {} : Status { ev.error() };
    });
}

Result<ContainerReservation> People::reservation(const QString& id) const
{
    KANRIBO_TRY(m_s.requireOpen());
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(QStringLiteral("SELECT payload FROM events WHERE kind = 'container.reserved' AND subject = ? "
                                     "ORDER BY seq DESC LIMIT 1"),
            QStringLiteral("container:") + id));
    KANRIBO_ASSIGN(
        const QList<QByteArray> rows, st.collect<QByteArray>([](const Statement& row) { return row.blob(0); }));
    if (rows.isEmpty())
        return ContainerReservation {};
    return reservationOf(QJsonDocument::fromJson(rows.first()).object());
}

} // namespace kanribo
