// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/InspectionHtml.h"

#include "i18n/Language.h"
#include "policy/PolicyPack.h"
#include "policy/Visibility.h"

#include <QCoreApplication>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

class Html
{
public:
    Html(const PolicyPack& policy, QString language)
        : m_policy(policy)
        , m_lang(std::move(language))
    {
    }

    QString date(const QDate& d) const { return d.isValid() ? displayDate(d, m_lang) : QStringLiteral("—"); }
    QString dateTime(const QDateTime& utc) const
    {
        if (!utc.isValid())
            return QStringLiteral("—");
        const QDateTime local = utc.toLocalTime();
        return displayDate(local.date(), m_lang) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
    }
    QString marking(Level l) const { return m_policy.bannerText(l); }
    QString orDash(const QString& s) const { return s.isEmpty() ? QStringLiteral("—") : s; }

    void h1(const QString& t) { m_out += QStringLiteral("<h1>%1</h1>").arg(esc(t)); }
    void h2(const QString& t, const QString& article = {})
    {
        m_out += QStringLiteral("<h2>%1").arg(esc(t));
        if (!article.isEmpty())
            m_out += QStringLiteral(" <span class=\"art\">%1</span>").arg(esc(article));
        m_out += QStringLiteral("</h2>");
    }
    void p(const QString& t, const QString& cls = {})
    {
        m_out += cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(t))
                               : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, esc(t));
    }
    void fields(const QList<std::pair<QString, QString>>& rows)
    {
        m_out += QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"3\">");
        for (const auto& [k, v] : rows)
            m_out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
        m_out += QStringLiteral("</table>") + spacer();
    }
    void table(const QStringList& headers, const QList<QStringList>& rows, const QString& empty)
    {
        if (rows.isEmpty()) {
            p(empty, QStringLiteral("none"));
            return;
        }
        m_out += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
        for (const auto& h : headers)
            m_out += QStringLiteral("<th>%1</th>").arg(esc(h));
        m_out += QStringLiteral("</tr></thead>");
        for (const auto& r : rows) {
            m_out += QStringLiteral("<tr>");
            for (const auto& c : r)
                m_out += QStringLiteral("<td>%1</td>").arg(esc(c));
            m_out += QStringLiteral("</tr>");
        }
        m_out += QStringLiteral("</table>") + spacer();
    }
    // QTextDocument drops a heading's top margin after a table; an empty small paragraph keeps the gap.
    static QString spacer() { return QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p>"); }
    void pageBreak() { m_out += QStringLiteral("<p style=\"page-break-after: always;\"></p>"); }
    QString article(const QString& recordType) const
    {
        const ArticleRef a = m_policy.article(recordType);
        if (a.ref.isEmpty())
            return {};
        return QStringLiteral("(%1 — %2)").arg(a.refIn(m_lang), a.topic.text(m_lang));
    }
    QString& out() { return m_out; }

private:
    const PolicyPack& m_policy;
    QString m_lang;
    QString m_out;
};

QString statusLabel(CopyStatus s)
{
    switch (s) {
    case CopyStatus::Active:
        return Tr::tr("active");
    case CopyStatus::Destroyed:
        return Tr::tr("destroyed");
    case CopyStatus::Lost:
        return Tr::tr("lost");
    case CopyStatus::Dispatched:
        return Tr::tr("dispatched");
    }
    return {};
}

QString incidentLabel(IncidentKind k)
{
    switch (k) {
    case IncidentKind::Loss:
        return Tr::tr("loss");
    case IncidentKind::Compromise:
        return Tr::tr("compromise");
    case IncidentKind::PossibleCompromise:
        return Tr::tr("possible compromise");
    }
    return {};
}

QString period(const InspectionData& d, const Html& h)
{
    if (!d.from.isValid() && !d.to.isValid())
        return Tr::tr("the whole register");
    return Tr::tr("%1 to %2")
        .arg(d.from.isValid() ? h.date(d.from) : Tr::tr("the beginning"),
            d.to.isValid() ? h.date(d.to) : Tr::tr("today"));
}
} // namespace

QString inspectionTitle(const InspectionData& data)
{
    return Tr::tr("Inspection report — %1").arg(data.facility);
}

QString inspectionHtml(const InspectionData& d, const PolicyPack& policy, const QString& language)
{
    Html h(policy, language);
    h.out()
        += QStringLiteral("<html><head><style>"
                          "h1 { font-size: 20pt; margin-bottom: 12pt; }"
                          "h2 { font-size: 13pt; margin-top: 14pt; margin-bottom: 6pt; }"
                          "h3 { font-size: 11pt; margin-top: 8pt; margin-bottom: 4pt; }"
                          ".art { font-size: 9pt; font-weight: normal; color: #555555; }"
                          "table.grid { border-collapse: collapse; border: 1px solid #888888; }"
                          "table.grid th { background-color: #E8E8E8; border: 1px solid #888888; text-align: left; }"
                          "table.grid td { border: 1px solid #888888; }"
                          "table.fields th { text-align: left; padding-right: 12pt; }"
                          ".none { color: #555555; font-style: italic; }"
                          ".bad { color: #B00000; font-weight: bold; }"
                          ".ok { color: #006000; font-weight: bold; }"
                          ".note { font-size: 8pt; color: #444444; }"
                          "</style></head><body>");

    // Cover page.
    h.h1(Tr::tr("Inspection report"));
    h.fields({
        { Tr::tr("Facility"), d.facility },
        { Tr::tr("Period"), period(d, h) },
        { Tr::tr("Highest level in this report"), h.marking(d.highest) },
        { Tr::tr("Prepared"), h.dateTime(d.generatedAt) },
        { Tr::tr("Prepared by"), QStringLiteral("%1 (%2)").arg(d.exporter.name, d.exporter.login) },
        { Tr::tr("Prepared for"),
            QStringLiteral("%1 (%2), %3").arg(d.reader.name, d.reader.login, h.marking(d.reader.clearance)) },
        { Tr::tr("Register"), d.registerId },
        { Tr::tr("Policy"), policy.name().text(language) + QStringLiteral(" ") + policy.packVersion() },
        { Tr::tr("Audit trail"),
            d.verification.ok
                ? Tr::tr("verified: %n event(s), chain and signatures intact", nullptr,
                    static_cast<int>(d.verification.events))
                : Tr::tr("DOES NOT VERIFY: event %1: %2").arg(d.verification.firstBad).arg(d.verification.reason) },
        { Tr::tr("Events in the period"),
            d.events.isEmpty() ? Tr::tr("none")
                               : Tr::tr("%1 (No. %2 to %3)").arg(d.events.size()).arg(d.firstSeq).arg(d.lastSeq) },
        { Tr::tr("Bundle digest"), h.orDash(d.bundleDigest) },
    });
    if (!d.redacted.isEmpty())
        h.p(Tr::tr("%n item(s) are shown in the accountability view: the reader keeps their accounts but is outside "
                   "their need-to-know groups, so titles and other details are withheld. Items the reader may not "
                   "see at all are not in this report.",
                nullptr, static_cast<int>(d.redacted.size())),
            QStringLiteral("note"));
    h.pageBreak();

    // Holdings by level.
    h.h2(Tr::tr("Holdings by level"), h.article(QStringLiteral("accountability")));
    QList<QStringList> holdings;
    for (int r = 3; r >= 0; --r) {
        const Level l = *levelFromRank(r);
        int items = 0, active = 0, destroyed = 0, lost = 0, dispatched = 0;
        for (const auto& it : d.items) {
            if (it.level != l)
                continue;
            ++items;
            for (const auto& c : it.copies) {
                active += c.status == CopyStatus::Active;
                destroyed += c.status == CopyStatus::Destroyed;
                lost += c.status == CopyStatus::Lost;
                dispatched += c.status == CopyStatus::Dispatched;
            }
        }
        holdings << QStringList { h.marking(l), QString::number(items), QString::number(active),
            QString::number(destroyed), QString::number(lost), QString::number(dispatched) };
    }
    h.table({ Tr::tr("Level"), Tr::tr("Items"), Tr::tr("Copies held"), Tr::tr("Destroyed"), Tr::tr("Lost"),
                Tr::tr("Dispatched") },
        holdings, {});

    // The Top Secret register with copy dispositions and disclosure records.
    h.h2(Tr::tr("Top Secret register"), h.article(QStringLiteral("accountability")));
    bool anyTs = false;
    for (const auto& it : d.items) {
        if (it.level != Level::TopSecret)
            continue;
        anyTs = true;
        h.out() += QStringLiteral("<h3>%1 — %2</h3>").arg(esc(it.control), esc(shownTitle(it)));
        h.fields({ { Tr::tr("Marking"), QStringLiteral("%1 / %2").arg(it.usMarking, it.jpMarking) },
            { Tr::tr("Originator"), it.origin }, { Tr::tr("Registered"), h.dateTime(it.registeredAt) } });
        QList<QStringList> copies;
        for (const auto& c : it.copies)
            copies << QStringList { c.id, statusLabel(c.status), h.orDash(c.holder), h.orDash(c.container) };
        h.table({ Tr::tr("Copy"), Tr::tr("Disposition"), Tr::tr("Holder"), Tr::tr("Container") }, copies,
            Tr::tr("No copies."));
        QList<QStringList> disc;
        for (const auto& x : d.disclosures)
            if (x.control == it.control)
                disc << QStringList { h.dateTime(x.at), x.login, x.action, QString::number(x.eventSeq) };
        h.p(Tr::tr("Disclosure record"));
        h.table({ Tr::tr("Time"), Tr::tr("Person"), Tr::tr("Action"), Tr::tr("Event") }, disc,
            Tr::tr("No disclosures in the period."));
    }
    if (!anyTs)
        h.p(Tr::tr("No Top Secret items."), QStringLiteral("none"));

    // Reproduction and destruction records with their signers.
    h.h2(Tr::tr("Reproduction records"), h.article(QStringLiteral("reproduction")));
    QList<QStringList> rep;
    for (const auto& x : d.reproductions)
        rep << QStringList { h.dateTime(x.at), x.control, x.copies.join(QStringLiteral(", ")),
            x.withheld ? withheldText({}) : x.reason, h.orDash(x.consentRef), x.by, h.orDash(x.approver) };
    h.table({ Tr::tr("Time"), Tr::tr("Item"), Tr::tr("New copies"), Tr::tr("Reason"), Tr::tr("Consent"),
                Tr::tr("Made by"), Tr::tr("Approver") },
        rep, Tr::tr("No reproductions in the period."));

    h.h2(Tr::tr("Destruction records"), h.article(QStringLiteral("destruction")));
    QList<QStringList> des;
    for (const auto& x : d.destructions)
        des << QStringList { h.dateTime(x.at), x.copyId, h.marking(x.level), x.method, x.official,
            h.orDash(x.witness) };
    h.table({ Tr::tr("Time"), Tr::tr("Copy"), Tr::tr("Level"), Tr::tr("Method"), Tr::tr("Destroying official"),
                Tr::tr("Witness") },
        des, Tr::tr("No destructions in the period."));

    h.h2(Tr::tr("Incidents"), h.article(QStringLiteral("loss")));
    QList<QStringList> inc;
    for (const auto& x : d.incidents)
        inc << QStringList { QString::number(x.id), h.dateTime(x.reportedAt), incidentLabel(x.kind),
            x.copies.join(QStringLiteral(", ")), x.withheld ? withheldText({}) : x.summary,
            x.status == QLatin1String("closed") ? Tr::tr("closed") : Tr::tr("open"), h.date(x.originatorNotified) };
    h.table({ Tr::tr("No."), Tr::tr("Reported"), Tr::tr("Kind"), Tr::tr("Copies"), Tr::tr("Summary"), Tr::tr("Status"),
                Tr::tr("Originator notified") },
        inc, Tr::tr("No incidents."));

    h.h2(Tr::tr("Inventories"), h.article(QStringLiteral("accountability")));
    QList<QStringList> inv;
    for (const auto& x : d.inventories)
        inv << QStringList { h.dateTime(x.startedAt), x.container.isEmpty() ? Tr::tr("whole register") : x.container,
            x.finishedAt.isValid() ? h.dateTime(x.finishedAt) : Tr::tr("open"), QString::number(x.present.size()),
            QString::number(x.missing.size()), QString::number(x.unexpected.size()) };
    h.table({ Tr::tr("Started"), Tr::tr("Scope"), Tr::tr("Finished"), Tr::tr("Present"), Tr::tr("Missing"),
                Tr::tr("Unexpected") },
        inv, Tr::tr("No inventories in the period."));

    h.h2(Tr::tr("Overdue dispatches"), h.article(QStringLiteral("transmission")));
    QList<QStringList> dis;
    for (const auto& x : d.overdueDispatches)
        dis << QStringList { x.copyId, x.toOrg, x.channel, h.dateTime(x.dispatchedAt), h.date(x.receiptDue) };
    h.table({ Tr::tr("Copy"), Tr::tr("To"), Tr::tr("Channel"), Tr::tr("Dispatched"), Tr::tr("Receipt due") }, dis,
        Tr::tr("No overdue dispatches."));

    // Verification.
    h.h2(Tr::tr("Verification"));
    h.out() += d.verification.ok
        ? QStringLiteral("<p class=\"ok\">%1</p>")
              .arg(esc(Tr::tr("The audit trail verifies: %n event(s), hash chain and every signature intact.", nullptr,
                  static_cast<int>(d.verification.events))))
        : QStringLiteral("<p class=\"bad\">%1</p>")
              .arg(esc(Tr::tr("The audit trail does not verify: event %1: %2")
                           .arg(d.verification.firstBad)
                           .arg(d.verification.reason)));
    h.fields({ { Tr::tr("Events in the period"), QString::number(d.events.size()) },
        { Tr::tr("Last event hash"), h.orDash(d.lastHash) }, { Tr::tr("Bundle digest"), h.orDash(d.bundleDigest) },
        { Tr::tr("Exporter's key"), d.exporter.fingerprint() } });
    h.p(Tr::tr("The bundle of the same period (kanribo-cli audit export --format bundle) has this digest when made by "
               "the same person at the same time; any bundle of the period ends with the same last event hash. Check "
               "it offline with kanribo-cli audit verify-export FILE and compare the exporter's key fingerprint."),
        QStringLiteral("note"));
    h.out() += QStringLiteral("</body></html>");
    return h.out();
}

} // namespace kanribo
