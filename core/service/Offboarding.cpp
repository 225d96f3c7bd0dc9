// SPDX-License-Identifier: GPL-3.0-or-later
// People: a person leaving — their copies recovered, their debriefing recorded, their account disabled (R-PER-1,
// R-PER-5).
#include "service/Custody.h"
#include "service/Items.h"
#include "service/People.h"
#include "service/Session.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::People)
};
} // namespace

Result<Offboarding> People::offboard(const QString& login, const QString& containerId, const QDate& debriefed)
{
    KANRIBO_TRY(m_s.requireRole({ Role::Officer }, QStringLiteral("user.offboard"), QStringLiteral("user:") + login));
    auto u = loadUser(*m_s.db, login);
    if (!u)
        return u.error();
    if (login == m_s.me.login)
        return makeError(ErrorCode::Conflict, Tr::tr("You cannot offboard yourself; another officer does that."));
    const QDate today = m_s.today();
    const QDate date = debriefed.isValid() ? debriefed : today;
    if (date > today)
        return makeError(ErrorCode::Usage,
            Tr::tr("The debriefing date %1 is in the future: record a debriefing once it has taken place.")
                .arg(formatDate(date)));
    KANRIBO_ASSIGN(auto st,
        m_s.db->query(
            QStringLiteral("SELECT id FROM copies WHERE holder = ? AND status = 'active' ORDER BY id"), login));
    KANRIBO_ASSIGN(const QStringList held, st.collect<QString>([](const Statement& row) { return row.text(0); }));
    if (!u->active && u->debriefed.isValid() && held.isEmpty())
        return makeError(ErrorCode::Conflict,
            Tr::tr("%1 has been offboarded already (debriefed on %2).").arg(login, formatDate(u->debriefed)));
    if (!held.isEmpty() && containerId.isEmpty())
        return makeError(ErrorCode::Usage,
            Tr::tr("%1 holds %n copies (%2): name a container approved for them to recover them into.", nullptr,
                static_cast<int>(held.size()))
                .arg(login, held.join(QStringLiteral(", "))));

    Items items(m_s);
    Custody custody(m_s, items);
    for (const QString& copy : held) // refusals recorded before anything is written
        KANRIBO_TRY(custody.checkRecover(copy, containerId));
    Offboarding out { login, held, held.isEmpty() ? QString() : containerId, date, u->active };
    const QString reason = Tr::tr("offboarding of %1").arg(login);
    KANRIBO_TRY(m_s.writeBatch([&]() -> Status {
        for (const QString& copy : held)
            KANRIBO_TRY(custody.recover(copy, containerId, reason));
        if (!u->debriefed.isValid()) {
            KANRIBO_TRY(
                m_s.db->run(QStringLiteral("UPDATE users SET debriefed = ? WHERE login = ?"), formatDate(date), login));
            auto ev = m_s.record({ QStringLiteral("user.debriefed"), QStringLiteral("user:") + login,
                QJsonObject { { QStringLiteral("login"), login }, { QStringLiteral("date"), formatDate(date) } } });
            if (!ev)
                return ev.error();
        }
        return u->active ? recordDisabled(login) : Status {};
    }));
    if (out.disabled)
        KANRIBO_TRY(removeSlot(login));
    return out;
}

} // namespace kanribo
