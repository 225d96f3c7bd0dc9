// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Level.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kanribo
{

// Text in both languages, picked by the current UI language.
struct LocalText {
    QString en;
    QString ja;
    QString text(const QString& language) const;
};

struct LevelSpec {
    Level level = Level::Unclassified;
    QString us; // "SECRET"
    QString jp; // "極秘"
    QString portion; // "S"
    QString banner; // "#C8102E"
    QString text; // "#FFFFFF"
};

struct RegimeSpec {
    QString id;
    LocalText name;
    QList<Level> levels;
    int validityYears = 0; // >0: designation expires (特定秘密)
    LocalText expiryMark;
};

enum class Releasability { None, OriginatorOnly, Listed };

struct CaveatSpec {
    QString id; // "NOFORN", "REL TO"
    Releasability releasability = Releasability::None;
    LocalText meaning;
};

struct LevelRules {
    bool witnessRequired = false;
    bool receiptsRequired = false;
    bool reproductionConsent = false;
    bool reproductionApprover = false;
    bool disclosureRecord = false;
    int inventoryMonths = 0;
};

struct ArticleRef {
    QString ref; // as recorded in events ("GSOMIA Art. 10")
    LocalText topic;
    QString refJa; // the reference as a Japanese reader cites it ("GSOMIA 第10条"); empty = ref
    // The citation shown to a reader of that language (issue 17: citations in both languages).
    QString refIn(const QString& language) const
    {
        return language == QLatin1String("ja") && !refJa.isEmpty() ? refJa : ref;
    }
};

// The facility's policy as data (R-MRK-2): levels and their US/Japanese equivalence, regimes, caveats, TLP labels,
// banner colours, control-number format, per-level rules and the GSOMIA article of each record type.
// Validated at load: every error names the field.
class PolicyPack
{
public:
    static Result<PolicyPack> parse(const QByteArray& json);
    static Result<PolicyPack> load(const QString& path);
    static const PolicyPack& builtin(); // resources/policy/gsomia-jp-us.json
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    // R-TRU-4: the hash that names a pack on the record — hex BLAKE2b-256 of its exact bytes as stored in
    // meta.policy_pack. The one definition for the writer (policy.adopted's "sha"), the check at open and
    // audit verify.
    static QString hashOf(const QByteArray& packBytes);

    const QByteArray& source() const { return m_source; }
    QString id() const { return m_id; }
    QString packVersion() const { return m_packVersion; }
    LocalText name() const { return m_name; }
    const QStringList& parties() const { return m_parties; }

    const LevelSpec& level(Level l) const { return m_levels[rank(l)]; }
    // "SECRET // 極秘", "UNCLASSIFIED" (R-MRK-3)
    QString bannerText(Level l) const;
    QString portionMark(Level l) const { return QStringLiteral("(%1)").arg(level(l).portion); }
    std::optional<Level> levelFromPortion(const QString& portion) const;

    const QList<RegimeSpec>& regimes() const { return m_regimes; }
    const RegimeSpec* regime(const QString& id) const;
    const QList<CaveatSpec>& caveats() const { return m_caveats; }
    // Parses a caveat as written on an item: "NOFORN", "REL TO USA, JPN", "ORCON". Nullopt if unknown.
    std::optional<std::pair<const CaveatSpec*, QStringList>> parseCaveat(const QString& text) const;
    const QStringList& tlpLabels() const { return m_tlp; }
    const LevelRules& rules(Level l) const { return m_rules[rank(l)]; }
    const QStringList& destructionMethods() const { return m_destructionMethods; }
    int retentionYears() const { return m_retentionYears; }
    ArticleRef article(const QString& recordType) const; // "storage", "reproduction", ...

    // The control number of the pack's format; a series tag (need-to-know groups, foreign releasability) follows
    // the level letters: "S-2026-000001", "TS-NUC-2026-000001" (docs/adr/0003).
    QString controlNumber(Level level, int year, qint64 number, const QString& seriesTag = {}) const;
    QString controlFormat() const { return m_controlFormat; }

private:
    QByteArray m_source;
    QString m_id;
    QString m_packVersion;
    LocalText m_name;
    QStringList m_parties;
    LevelSpec m_levels[4];
    QList<RegimeSpec> m_regimes;
    QList<CaveatSpec> m_caveats;
    QStringList m_tlp;
    LevelRules m_rules[4];
    QStringList m_destructionMethods;
    int m_retentionYears = 2;
    QHash<QString, ArticleRef> m_articles;
    QString m_controlFormat;
    QString m_letters[4];
};

} // namespace kanribo
