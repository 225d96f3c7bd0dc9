// SPDX-License-Identifier: GPL-3.0-or-later
// Items: an item's access list — who may have it now, who has had it and when (R-PER-5).
#include "service/Items.h"

#include "service/ItemRows.h"
#include "service/People.h"
#include "service/Session.h"

#include <QJsonArray>

namespace kanribo
{

using itemrows::Tr;

namespace
{
// The people an event gave the item to, and how (registered, held, viewed, opened).
QList<AccessEntry> accessGiven(const Event& e)
{
    const QJsonObject p = e.payloadObject();
    const auto entry = [&](const QString& login, const char* how, const QString& copy = {}) {
        return AccessEntry { e.seq, e.time, login, QString::fromLatin1(how), copy };
    };
    QList<AccessEntry> out;
    const QString& k = e.kind;
    if (k == QLatin1String("item.registered")) {
        out << entry(e.actor, "registered");
        for (const auto& v : p.value(QStringLiteral("copies")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString holder = c.value(QStringLiteral("holder")).toString();
            if (!holder.isEmpty())
                out << entry(holder, "held", c.value(QStringLiteral("id")).toString());
        }
    } else if (k == QLatin1String("item.reproduced")) {
        const QString holder = p.value(QStringLiteral("holder")).toString();
        for (const auto& v : p.value(QStringLiteral("copies")).toArray())
            out << entry(holder, "held", v.toString());
    } else if (k == QLatin1String("copy.transferred") || k == QLatin1String("copy.issued")) {
        out << entry(p.value(QStringLiteral("to")).toString(), "held", p.value(QStringLiteral("copy")).toString());
    } else if (k == QLatin1String("item.content_opened")) {
        out << entry(p.value(QStringLiteral("login")).toString(), "opened");
    } else if (k == QLatin1String("item.disclosed")) {
        const bool content = p.value(QStringLiteral("action")).toString() == QLatin1String("content");
        out << entry(p.value(QStringLiteral("login")).toString(), content ? "opened" : "viewed");
    }
    return out;
}
} // namespace

Result<AccessList> Items::accessList(const QString& control) const
{
    KANRIBO_TRY(requireVisible(control, QStringLiteral("item.access_list")));
    if (m_s.me.role != Role::Officer && m_s.me.role != Role::Auditor)
        return makeError(ErrorCode::Denied, Tr::tr("Only officers and auditors read an item's access list."),
            { Reason::of(QStringLiteral("role"), { { QStringLiteral("roles"), QStringLiteral("officer,auditor") } }) });
    KANRIBO_ASSIGN(const Item item, load(control));
    KANRIBO_ASSIGN(const QList<User> users, loadUsers(*m_s.db));
    AccessList out { control, item.level, {}, {} };
    for (const User& u : users)
        if (u.active && decide(u, item, Action::Open).allowed)
            out.authorised << u;
    Ledger::Filter about;
    about.control = control;
    KANRIBO_TRY(m_s.ledger->forEach(about, [&](const Event& e) {
        out.accessed << accessGiven(e);
        return true;
    }));
    return out;
}

} // namespace kanribo
