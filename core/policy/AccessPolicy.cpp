// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/AccessPolicy.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::AccessPolicy)
};
} // namespace

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
    const auto no = [&](const QString& reason) {
        d.allowed = false;
        d.reasons << reason;
    };
    if (!user.active)
        no(Tr::tr("the account is disabled"));
    if (item.level != Level::Unclassified) {
        if (rank(user.clearance) < rank(item.level))
            no(Tr::tr("clearance %1 is below the item's level %2")
                    .arg(pack.bannerText(user.clearance), pack.bannerText(item.level)));
        if (user.clearanceExpires.isValid() && user.clearanceExpires < today)
            no(Tr::tr("the clearance expired on %1").arg(user.clearanceExpires.toString(Qt::ISODate)));
        if (!user.briefed.isValid() || user.briefed > today)
            no(Tr::tr("no briefing on handling responsibilities is recorded"));
    }
    for (const auto& g : item.groups)
        if (!user.groups.contains(g))
            no(Tr::tr("not in the need-to-know group %1").arg(g));
    const QStringList rel = releasableNationalities(pack, item);
    if (!rel.contains(user.nationality)) {
        const bool thirdCountry = user.nationality != item.origin && user.nationality != item.recipient;
        if (thirdCountry)
            no(Tr::tr("nationality %1 is a third country: release needs the originating government's written "
                      "approval")
                    .arg(user.nationality));
        else
            no(Tr::tr("nationality %1 is not releasable under the item's caveats").arg(user.nationality));
    }
    return d;
}

} // namespace kanribo
