// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/AccessPolicy.h"

namespace kanribo
{

QString actionName(Action a)
{
    switch (a) {
    case Action::View:
        return QStringLiteral("view");
    case Action::Open:
        return QStringLiteral("open");
    case Action::Hold:
        return QStringLiteral("hold");
    case Action::Reproduce:
        return QStringLiteral("reproduce");
    case Action::Destroy:
        return QStringLiteral("destroy");
    }
    return {};
}

QStringList releasableNationalities(const PolicyPack& pack, const Item& item)
{
    QStringList allowed { item.origin };
    if (!item.recipient.isEmpty() && !allowed.contains(item.recipient))
        allowed << item.recipient;
    bool noforn = false;
    for (const auto& c : item.caveats) {
        const auto parsed = pack.parseCaveat(c);
        if (!parsed)
            continue;
        if (parsed->first->releasability == Releasability::OriginatorOnly)
            noforn = true;
        else if (parsed->first->releasability == Releasability::Listed) {
            QStringList narrowed;
            for (const auto& n : parsed->second)
                if (!narrowed.contains(n))
                    narrowed << n;
            // REL TO names the nations; a recorded approval may still add a third country below.
            allowed = narrowed;
        }
    }
    if (noforn)
        return { item.origin };
    for (const auto& r : item.releases)
        if (!allowed.contains(r.nationality))
            allowed << r.nationality;
    allowed.sort();
    return allowed;
}

Decision decide(const PolicyPack& pack, const User& user, const Item& item, Action action, const QDate& today)
{
    Q_UNUSED(action)
    Decision d;
    const auto no = [&](const QString& code, const QMap<QString, QString>& args = {}) {
        d.allowed = false;
        d.reasons << Reason::of(code, args);
    };
    if (!user.active)
        no(QStringLiteral("account-disabled"));
    if (item.level != Level::Unclassified) {
        if (rank(user.clearance) < rank(item.level))
            no(QStringLiteral("clearance-below-level"),
                { { QStringLiteral("clearance"), levelName(user.clearance) },
                    { QStringLiteral("level"), levelName(item.level) } });
        if (user.clearanceExpires.isValid() && user.clearanceExpires < today)
            no(QStringLiteral("clearance-expired"),
                { { QStringLiteral("date"), user.clearanceExpires.toString(Qt::ISODate) } });
        if (!user.briefed.isValid() || user.briefed > today)
            no(QStringLiteral("not-briefed"));
    }
    for (const auto& g : item.groups)
        if (!user.groups.contains(g))
            no(QStringLiteral("not-in-group"), { { QStringLiteral("group"), g } });
    const QStringList rel = releasableNationalities(pack, item);
    if (!rel.contains(user.nationality)) {
        const bool thirdCountry = user.nationality != item.origin && user.nationality != item.recipient;
        no(thirdCountry ? QStringLiteral("third-country") : QStringLiteral("not-releasable"),
            { { QStringLiteral("nationality"), user.nationality } });
    }
    return d;
}

} // namespace kanribo
