// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyPack.h"

#include "crypto/Signer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::PolicyPack)
};

Error invalid(const QString& field, const QString& problem)
{
    return makeError(ErrorCode::Integrity, Tr::tr("Policy pack: %1: %2").arg(field, problem));
}

LocalText localText(const QJsonValue& v)
{
    if (v.isString())
        return { v.toString(), v.toString() };
    const auto o = v.toObject();
    return { o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("ja")).toString() };
}

bool isColour(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return re.match(s).hasMatch();
}

Result<bool> boolField(const QJsonObject& o, const QString& key, const QString& where)
{
    const auto v = o.value(key);
    if (!v.isBool())
        return invalid(where + QLatin1Char('.') + key, Tr::tr("must be true or false"));
    return v.toBool();
}
} // namespace

QString LocalText::text(const QString& language) const
{
    if (language == QLatin1String("ja") && !ja.isEmpty())
        return ja;
    return en.isEmpty() ? ja : en;
}

Result<PolicyPack> PolicyPack::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(f.exists() ? ErrorCode::Io : ErrorCode::NotFound,
            Tr::tr("Cannot read the policy pack %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxBytes)
        return invalid(path, Tr::tr("file too large"));
    return parse(f.readAll());
}

QString PolicyPack::hashOf(const QByteArray& packBytes)
{
    return QString::fromLatin1(blake2b256(packBytes).toHex());
}

const PolicyPack& PolicyPack::builtin()
{
    static const PolicyPack pack = [] {
        QFile f(QStringLiteral(":/policy/gsomia-jp-us.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in policy pack missing from resources");
        auto p = parse(f.readAll());
        if (!p)
            qFatal("built-in policy pack invalid: %s", qPrintable(p.error().message));
        return std::move(p).value();
    }();
    return pack;
}

Result<PolicyPack> PolicyPack::parse(const QByteArray& json)
{
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(Tr::tr("JSON"), Tr::tr("%1 at offset %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalid(Tr::tr("JSON"), Tr::tr("the top level must be an object"));
    const auto o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("kanribo-policy"))
        return invalid(QStringLiteral("format"), Tr::tr("must be \"kanribo-policy\""));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version != 1)
        return invalid(
            QStringLiteral("version"), Tr::tr("unsupported version %1 (this Kanribo reads version 1)").arg(version));
    PolicyPack p;
    p.m_source = json;
    p.m_id = o.value(QStringLiteral("id")).toString();
    if (p.m_id.isEmpty())
        return invalid(QStringLiteral("id"), Tr::tr("missing"));
    p.m_packVersion = o.value(QStringLiteral("pack_version")).toString();
    p.m_name = localText(o.value(QStringLiteral("name")));
    for (const auto& v : o.value(QStringLiteral("parties")).toArray())
        p.m_parties << v.toString();
    if (p.m_parties.isEmpty())
        return invalid(QStringLiteral("parties"), Tr::tr("at least one party nationality is required"));

    const auto levels = o.value(QStringLiteral("levels")).toArray();
    if (levels.size() != 4)
        return invalid(QStringLiteral("levels"), Tr::tr("exactly four levels are required"));
    bool seen[4] = { false, false, false, false };
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const auto lo = levels.at(i).toObject();
        const QString where = QStringLiteral("levels[%1]").arg(i);
        const auto lvl = levelFromName(lo.value(QStringLiteral("id")).toString());
        if (!lvl)
            return invalid(where + QStringLiteral(".id"),
                Tr::tr("unknown level '%1'").arg(lo.value(QStringLiteral("id")).toString()));
        if (lo.value(QStringLiteral("rank")).toInt(-1) != rank(*lvl))
            return invalid(
                where + QStringLiteral(".rank"), Tr::tr("must be %1 for %2").arg(rank(*lvl)).arg(levelName(*lvl)));
        if (seen[rank(*lvl)])
            return invalid(where + QStringLiteral(".id"), Tr::tr("level given twice"));
        seen[rank(*lvl)] = true;
        LevelSpec s;
        s.level = *lvl;
        s.us = lo.value(QStringLiteral("us")).toString();
        s.jp = lo.value(QStringLiteral("jp")).toString();
        s.portion = lo.value(QStringLiteral("portion")).toString();
        s.banner = lo.value(QStringLiteral("banner")).toString();
        s.text = lo.value(QStringLiteral("text")).toString();
        if (s.us.isEmpty() || s.portion.isEmpty())
            return invalid(where, Tr::tr("\"us\" and \"portion\" are required"));
        if (*lvl != Level::Unclassified && s.jp.isEmpty())
            return invalid(where + QStringLiteral(".jp"), Tr::tr("the Japanese equivalent is required"));
        if (!isColour(s.banner) || !isColour(s.text))
            return invalid(where, Tr::tr("\"banner\" and \"text\" must be colours like #C8102E"));
        p.m_levels[rank(*lvl)] = s;
    }

    for (const auto& rv : o.value(QStringLiteral("regimes")).toArray()) {
        const auto ro = rv.toObject();
        RegimeSpec r;
        r.id = ro.value(QStringLiteral("id")).toString();
        const QString where = QStringLiteral("regimes[%1]").arg(r.id);
        if (r.id.isEmpty() || p.regime(r.id))
            return invalid(where, Tr::tr("missing or duplicate id"));
        r.name = localText(ro.value(QStringLiteral("name")));
        for (const auto& lv : ro.value(QStringLiteral("levels")).toArray()) {
            const auto l = levelFromName(lv.toString());
            if (!l)
                return invalid(where + QStringLiteral(".levels"), Tr::tr("unknown level '%1'").arg(lv.toString()));
            r.levels << *l;
        }
        if (r.levels.isEmpty())
            return invalid(where + QStringLiteral(".levels"), Tr::tr("at least one level is required"));
        r.validityYears = ro.value(QStringLiteral("validity_years")).toInt(0);
        if (r.validityYears < 0 || r.validityYears > 60)
            return invalid(where + QStringLiteral(".validity_years"), Tr::tr("must be between 0 and 60"));
        r.expiryMark = localText(ro.value(QStringLiteral("expiry_mark")));
        if (r.validityYears > 0 && r.expiryMark.en.isEmpty() && r.expiryMark.ja.isEmpty())
            return invalid(where + QStringLiteral(".expiry_mark"), Tr::tr("required when validity_years is set"));
        p.m_regimes << r;
    }

    for (const auto& cv : o.value(QStringLiteral("caveats")).toArray()) {
        const auto co = cv.toObject();
        CaveatSpec c;
        c.id = co.value(QStringLiteral("id")).toString().toUpper();
        const QString where = QStringLiteral("caveats[%1]").arg(c.id);
        if (c.id.isEmpty())
            return invalid(where, Tr::tr("missing id"));
        const QString rel = co.value(QStringLiteral("releasability")).toString();
        if (rel == QLatin1String("none"))
            c.releasability = Releasability::None;
        else if (rel == QLatin1String("originator-only"))
            c.releasability = Releasability::OriginatorOnly;
        else if (rel == QLatin1String("listed"))
            c.releasability = Releasability::Listed;
        else
            return invalid(where + QStringLiteral(".releasability"),
                Tr::tr("must be none, originator-only or listed, not '%1'").arg(rel));
        c.meaning = localText(co.value(QStringLiteral("meaning")));
        p.m_caveats << c;
    }
    for (const auto& tv : o.value(QStringLiteral("tlp")).toArray())
        p.m_tlp << tv.toString();

    const auto cn = o.value(QStringLiteral("control_number")).toObject();
    p.m_controlFormat = cn.value(QStringLiteral("format")).toString();
    if (!p.m_controlFormat.contains(QStringLiteral("{N")))
        return invalid(QStringLiteral("control_number.format"), Tr::tr("must contain a number field such as {NNNNNN}"));
    const auto letters = cn.value(QStringLiteral("letters")).toObject();
    for (int r = 0; r < 4; ++r) {
        const QString l = letters.value(levelName(static_cast<Level>(r))).toString();
        static const QRegularExpression ok(QStringLiteral("^[A-Z]{1,4}$"));
        if (!ok.match(l).hasMatch())
            return invalid(QStringLiteral("control_number.letters.") + levelName(static_cast<Level>(r)),
                Tr::tr("1–4 capital letters required"));
        p.m_letters[r] = l;
    }

    const auto rules = o.value(QStringLiteral("rules")).toObject();
    for (int r = 0; r < 4; ++r) {
        const QString name = levelName(static_cast<Level>(r));
        const QString where = QStringLiteral("rules.") + name;
        if (!rules.value(name).isObject())
            return invalid(where, Tr::tr("missing"));
        const auto ro = rules.value(name).toObject();
        LevelRules lr;
        auto b = boolField(ro, QStringLiteral("witness_required"), where);
        if (!b)
            return b.error();
        lr.witnessRequired = *b;
        if (!(b = boolField(ro, QStringLiteral("receipts_required"), where)))
            return b.error();
        lr.receiptsRequired = *b;
        if (!(b = boolField(ro, QStringLiteral("reproduction_consent"), where)))
            return b.error();
        lr.reproductionConsent = *b;
        if (!(b = boolField(ro, QStringLiteral("reproduction_approver"), where)))
            return b.error();
        lr.reproductionApprover = *b;
        if (!(b = boolField(ro, QStringLiteral("disclosure_record"), where)))
            return b.error();
        lr.disclosureRecord = *b;
        lr.inventoryMonths = ro.value(QStringLiteral("inventory_months")).toInt(0);
        if (lr.inventoryMonths < 0 || lr.inventoryMonths > 120)
            return invalid(where + QStringLiteral(".inventory_months"), Tr::tr("must be between 0 and 120"));
        p.m_rules[r] = lr;
    }
    for (const auto& mv : o.value(QStringLiteral("destruction_methods")).toArray())
        p.m_destructionMethods << mv.toString();
    if (p.m_destructionMethods.isEmpty())
        return invalid(QStringLiteral("destruction_methods"), Tr::tr("at least one method is required"));
    p.m_retentionYears = o.value(QStringLiteral("retention_years")).toInt(2);
    if (p.m_retentionYears < 1 || p.m_retentionYears > 100)
        return invalid(QStringLiteral("retention_years"), Tr::tr("must be between 1 and 100"));
    const auto arts = o.value(QStringLiteral("articles")).toObject();
    for (auto it = arts.begin(); it != arts.end(); ++it) {
        const auto ao = it.value().toObject();
        p.m_articles.insert(it.key(),
            ArticleRef { ao.value(QStringLiteral("ref")).toString(),
                LocalText { ao.value(QStringLiteral("en")).toString(), ao.value(QStringLiteral("ja")).toString() },
                ao.value(QStringLiteral("ref_ja")).toString() });
    }
    return p;
}

QString PolicyPack::bannerText(Level l) const
{
    const auto& s = level(l);
    if (s.jp.isEmpty())
        return s.us;
    return s.us + QStringLiteral(" // ") + s.jp;
}

std::optional<Level> PolicyPack::levelFromPortion(const QString& portion) const
{
    for (int r = 0; r < 4; ++r)
        if (m_levels[r].portion.compare(portion, Qt::CaseInsensitive) == 0)
            return static_cast<Level>(r);
    return std::nullopt;
}

const RegimeSpec* PolicyPack::regime(const QString& id) const
{
    for (const auto& r : m_regimes)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<std::pair<const CaveatSpec*, QStringList>> PolicyPack::parseCaveat(const QString& text) const
{
    const QString t = text.trimmed().toUpper();
    for (const auto& c : m_caveats) {
        if (t == c.id && c.releasability != Releasability::Listed)
            return std::make_pair(&c, QStringList());
        if (c.releasability == Releasability::Listed && t.startsWith(c.id + QLatin1Char(' '))) {
            QStringList nations;
            static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
            static const QRegularExpression nat(QStringLiteral("^[A-Z]{3}$"));
            for (const auto& n : t.mid(c.id.size()).split(sep, Qt::SkipEmptyParts)) {
                if (!nat.match(n).hasMatch())
                    return std::nullopt;
                if (!nations.contains(n))
                    nations << n;
            }
            if (nations.isEmpty())
                return std::nullopt;
            nations.sort();
            return std::make_pair(&c, nations);
        }
    }
    return std::nullopt;
}

ArticleRef PolicyPack::article(const QString& recordType) const
{
    return m_articles.value(recordType);
}

QString PolicyPack::controlNumber(Level level, int year, qint64 number, const QString& seriesTag) const
{
    QString s = m_controlFormat;
    s.replace(QStringLiteral("{L}"),
        seriesTag.isEmpty() ? m_letters[rank(level)] : m_letters[rank(level)] + QLatin1Char('-') + seriesTag);
    s.replace(QStringLiteral("{YYYY}"), QString::number(year));
    static const QRegularExpression n(QStringLiteral("\\{(N+)\\}"));
    const auto m = n.match(s);
    if (m.hasMatch())
        s.replace(m.capturedStart(), m.capturedLength(),
            QStringLiteral("%1").arg(number, static_cast<int>(m.capturedLength(1)), 10, QLatin1Char('0')));
    return s;
}

} // namespace kanribo
