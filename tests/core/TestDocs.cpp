// SPDX-License-Identifier: GPL-3.0-or-later
// The docs are checked, not hoped (issue 13): every rule of docs/rules.md has its row in docs/compliance.md; every
// test the two name exists; every event kind the code writes is documented in docs/formats.md (and every kind
// documented there is written); no link in README.md or docs/ leaves the repository. Each failure lists what is
// missing; every reason code (core/policy/Reason.cpp) has its row there too. Reads the source tree named by
// KANRIBO_SOURCE_DIR (tests/CMakeLists.txt).
#include "policy/Reason.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <utility>

#ifndef KANRIBO_SOURCE_DIR
#error "KANRIBO_SOURCE_DIR must name the source tree"
#endif

namespace
{

QString sourceDir()
{
    return QDir::cleanPath(QStringLiteral(KANRIBO_SOURCE_DIR));
}

QString path(const QString& relative)
{
    return sourceDir() + QLatin1Char('/') + relative;
}

QString readText(const QString& absolutePath)
{
    QFile f(absolutePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString relativeName(const QString& absolutePath)
{
    return QDir(sourceDir()).relativeFilePath(absolutePath);
}

int lineOf(const QString& text, qsizetype offset)
{
    return static_cast<int>(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

// Files under `dir` (relative to the source tree) whose names match one of `patterns`, as absolute paths, sorted.
QStringList filesUnder(const QString& dir, const QStringList& patterns)
{
    QStringList out;
    QDirIterator it(path(dir), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// The text without fenced code blocks (``` … ```), whose lines are kept empty so that line numbers stay right.
QString withoutFencedCode(const QString& markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString& line : lines) {
        const bool fence = line.trimmed().startsWith(QLatin1String("```"));
        if (fence || inFence)
            line.clear();
        if (fence)
            inFence = !inFence;
    }
    return lines.join(QLatin1Char('\n'));
}

// Inline code spans replaced by spaces of the same length (offsets and line numbers stay right).
QString withoutInlineCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("`[^`\\n]*`"));
    QString out = text;
    auto it = code.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
    }
    return out;
}

// GitHub's anchor for a heading: the text without Markdown, lower-cased, punctuation dropped, spaces to hyphens.
QString anchorOf(QString heading)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    heading.replace(link, QStringLiteral("\\1"));
    QString out;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('-');
    }
    return out;
}

QSet<QString> anchorsOf(const QString& markdown)
{
    static const QRegularExpression heading(
        QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"), QRegularExpression::MultilineOption);
    QSet<QString> anchors;
    QHash<QString, int> seen;
    auto it = heading.globalMatch(withoutFencedCode(markdown));
    while (it.hasNext()) {
        const QString base = anchorOf(it.next().captured(1));
        const int n = seen.value(base);
        anchors.insert(n == 0 ? base : base + QLatin1Char('-') + QString::number(n));
        seen[base] = n + 1;
    }
    return anchors;
}

// The rule ids defined in docs/rules.md: each rule's paragraph starts with "**R-XXX-n —".
QStringList definedRules(const QString& rulesMd)
{
    static const QRegularExpression def(
        QStringLiteral("^\\*\\*(R-[A-Z]{3}-\\d+)\\b"), QRegularExpression::MultilineOption);
    QStringList ids;
    auto it = def.globalMatch(rulesMd);
    while (it.hasNext())
        ids << it.next().captured(1);
    return ids;
}

QSet<QString> mentionedRules(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("\\bR-[A-Z]{3}-\\d+\\b"));
    QSet<QString> ids;
    auto it = id.globalMatch(text);
    while (it.hasNext())
        ids.insert(it.next().captured(0));
    return ids;
}

// The event kinds the code writes. Events are written only through Session::record(EventDraft) (`s.record(…)`,
// `m_s.record(…)`, or `record(…)` inside Session) and Ledger::append(signer, EventDraft), and the EventDraft is
// always built in place as {kind, subject, payload} with the kind a string literal: collect those literals. A member
// call .record(…) / ledger.append(…) whose draft does not start with a literal kind, or a bare record({…}) whose kind
// is not a literal, cannot be read here and is reported, except Session::record's own forwarding to Ledger::append.
// (A bare record(x) without braces is some other function, e.g. CsvWriter::record.)
struct WrittenKinds {
    QMap<QString, QString> kinds; // kind -> first place written (file:line)
    QStringList unreadable;
};

WrittenKinds writtenKinds()
{
    static const QRegularExpression call(QStringLiteral(
        "(?:(?:\\.|->)\\s*record|(?<![\\w:.>])record|\\b\\w*[lL]edger\\w*\\s*(?:\\.|->)\\s*append)\\s*\\(\\s*"
        "(?:(?!\\{)[\\w.>*&-]+\\s*,\\s*)?" // Ledger::append's signer
        "(\\{\\s*QStringLiteral\\(\\s*\"([^\"]*)\"\\s*\\)|[^)\\n]*)"));
    static const QRegularExpression kindShape(QStringLiteral("^[a-z]+(?:_[a-z]+)*\\.[a-z]+(?:_[a-z]+)*$"));
    WrittenKinds out;
    for (const QString& dir : { QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui"),
             QStringLiteral("report"), QStringLiteral("bench") }) {
        for (const QString& file : filesUnder(dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") })) {
            const QString text = readText(file);
            auto it = call.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString where
                    = relativeName(file) + QLatin1Char(':') + QString::number(lineOf(text, m.capturedStart()));
                const QString kind = m.captured(2);
                const bool braced = m.captured(1).startsWith(QLatin1Char('{'));
                if (m.captured(0).startsWith(QLatin1String("record")) && !braced)
                    continue; // another function called record
                if (braced && kindShape.match(kind).hasMatch()) {
                    if (!out.kinds.contains(kind))
                        out.kinds.insert(kind, where);
                    continue;
                }
                const bool forwarding = relativeName(file) == QLatin1String("core/service/Session.cpp")
                    && m.captured(1).trimmed().startsWith(QLatin1String("draft"));
                if (!forwarding)
                    out.unreadable << where + QStringLiteral(": ") + m.captured(0).simplified();
            }
        }
    }
    return out;
}

// The first cells of the table rows "| `name` | …" under a heading of docs/formats.md, up to the next heading; those
// that match the pattern `name`. Empty when there is no such heading.
QSet<QString> tableKeys(const QString& formatsMd, const QString& heading, const QRegularExpression& row)
{
    const qsizetype start = formatsMd.indexOf(heading);
    if (start < 0)
        return {};
    qsizetype end = formatsMd.indexOf(QRegularExpression(QStringLiteral("\\n#{1,3} ")), start + 1);
    if (end < 0)
        end = formatsMd.size();
    QSet<QString> keys;
    auto it = row.globalMatch(formatsMd.mid(start, end - start));
    while (it.hasNext())
        keys.insert(it.next().captured(1));
    return keys;
}

// The kinds in the event-kind tables of docs/formats.md (rows "| `kind` | …" under "### Event kinds and payloads").
QSet<QString> documentedKinds(const QString& formatsMd)
{
    static const QRegularExpression row(
        QStringLiteral("^\\|\\s*`([a-z_]+\\.[a-z_]+)`\\s*\\|"), QRegularExpression::MultilineOption);
    return tableKeys(formatsMd, QStringLiteral("### Event kinds and payloads"), row);
}

bool testFunctionExists(const QString& file, const QString& function)
{
    const QRegularExpression def(
        QStringLiteral("\\bvoid\\s+(?:\\w+::)?%1\\s*\\(").arg(QRegularExpression::escape(function)));
    return def.match(readText(file)).hasMatch();
}

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(path(QStringLiteral("docs/rules.md"))),
            qPrintable(QStringLiteral("no docs/rules.md under %1").arg(sourceDir())));
    }

    // (a) Every rule of docs/rules.md has its row in docs/compliance.md (and no row names a rule that is not there).
    void everyRuleHasAComplianceRow()
    {
        const QString rules = readText(path(QStringLiteral("docs/rules.md")));
        const QString compliance = readText(path(QStringLiteral("docs/compliance.md")));
        const QStringList defined = definedRules(rules);
        QVERIFY2(defined.size() >= 10, "docs/rules.md defines no rules (each starts a line with **R-XXX-n)");
        static const QRegularExpression rowId(
            QStringLiteral("^\\|\\s*\\*\\*(R-[A-Z]{3}-\\d+)\\*\\*"), QRegularExpression::MultilineOption);
        QSet<QString> rows;
        auto it = rowId.globalMatch(compliance);
        while (it.hasNext())
            rows.insert(it.next().captured(1));

        QStringList problems;
        QSet<QString> seen;
        for (const QString& id : defined) {
            if (seen.contains(id))
                problems << QStringLiteral("docs/rules.md defines %1 twice").arg(id);
            seen.insert(id);
            if (!rows.contains(id))
                problems
                    << QStringLiteral("%1 (docs/rules.md) has no row \"| **%1** …\" in docs/compliance.md").arg(id);
        }
        for (const QString& id : mentionedRules(rules) - seen)
            problems << QStringLiteral("docs/rules.md mentions %1 but does not define it").arg(id);
        for (const QString& id : mentionedRules(compliance) - seen)
            problems << QStringLiteral("docs/compliance.md names %1, which docs/rules.md does not define").arg(id);
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // (b) Every test that docs/compliance.md or docs/rules.md names exists: `tests/<label>/File.cpp::function`,
    // `::function` (the file named before it on the same line), `TestClass::function`, or a file alone; and every
    // testR_… name mentioned anywhere in them is a test function somewhere under tests/.
    void everyCitedTestExists()
    {
        static const QRegularExpression span(QStringLiteral("`([^`\\n]+)`"));
        static const QRegularExpression withFile(QStringLiteral("^(tests/[\\w/.-]+\\.cpp)(?:::(\\w+))?$"));
        static const QRegularExpression continuation(QStringLiteral("^::(\\w+)$"));
        static const QRegularExpression withClass(QStringLiteral("^(Test\\w+)::(\\w+)$"));
        // A name cut short with "…" (an example) is not a test.
        static const QRegularExpression ruleTest(QStringLiteral("\\btestR_[A-Z]{3}_\\w+(?!\\w|…)"));
        const QStringList allTests = filesUnder(QStringLiteral("tests"), { QStringLiteral("*.cpp") });
        QStringList problems;
        int cited = 0;
        for (const QString& doc : { QStringLiteral("docs/compliance.md"), QStringLiteral("docs/rules.md") }) {
            const QStringList lines = readText(path(doc)).split(QLatin1Char('\n'));
            for (int n = 0; n < lines.size(); ++n) {
                const QString where = doc + QLatin1Char(':') + QString::number(n + 1);
                QString file; // the file named last on this line
                auto it = span.globalMatch(lines.at(n));
                while (it.hasNext()) {
                    const QString s = it.next().captured(1).trimmed();
                    QString function;
                    QStringList candidates;
                    if (const auto m = withFile.match(s); m.hasMatch()) {
                        file = m.captured(1);
                        function = m.captured(2);
                        ++cited;
                        if (!QFileInfo::exists(path(file))) {
                            problems << QStringLiteral("%1: %2 does not exist").arg(where, file);
                            file.clear();
                            continue;
                        }
                        candidates << path(file);
                    } else if (const auto c = continuation.match(s); c.hasMatch()) {
                        function = c.captured(1);
                        ++cited;
                        if (file.isEmpty()) {
                            problems << QStringLiteral("%1: ::%2 has no test file before it on its line")
                                            .arg(where, function);
                            continue;
                        }
                        candidates << path(file);
                    } else if (const auto k = withClass.match(s); k.hasMatch()) {
                        function = k.captured(2);
                        ++cited;
                        for (const QString& t : allTests)
                            if (QFileInfo(t).completeBaseName() == k.captured(1))
                                candidates << t;
                        if (candidates.isEmpty()) {
                            problems << QStringLiteral("%1: no tests/*/%2.cpp for %3").arg(where, k.captured(1), s);
                            continue;
                        }
                    } else {
                        continue;
                    }
                    if (function.isEmpty())
                        continue;
                    bool found = false;
                    for (const QString& c : std::as_const(candidates))
                        found = found || testFunctionExists(c, function);
                    if (!found)
                        problems << QStringLiteral("%1: no test function %2 in %3")
                                        .arg(where, function, relativeName(candidates.constFirst()));
                }
                // Any rule test mentioned in prose must exist somewhere.
                auto r = ruleTest.globalMatch(lines.at(n));
                while (r.hasNext()) {
                    const QString name = r.next().captured(0);
                    bool found = false;
                    for (const QString& t : allTests)
                        found = found || testFunctionExists(t, name);
                    if (!found)
                        problems << QStringLiteral("%1: no test function %2 anywhere under tests/").arg(where, name);
                }
            }
        }
        QVERIFY2(cited >= 20,
            qPrintable(QStringLiteral("only %1 test citations found in docs/compliance.md: has the "
                                      "citation format changed?")
                           .arg(cited)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // (c) Every event kind the code writes has its row in docs/formats.md, and every kind documented there is written.
    void everyEventKindIsDocumented()
    {
        const WrittenKinds written = writtenKinds();
        QVERIFY2(written.kinds.size() >= 10,
            qPrintable(QStringLiteral("found only %1 event kinds in the code: has the way events are written "
                                      "changed?")
                           .arg(written.kinds.size())));
        const QSet<QString> documented = documentedKinds(readText(path(QStringLiteral("docs/formats.md"))));
        QStringList problems;
        for (const QString& u : written.unreadable)
            problems << QStringLiteral("%1 — an event whose kind is not a string literal in the draft; write "
                                       "{QStringLiteral(\"kind.name\"), …} so that it can be checked")
                            .arg(u);
        for (auto it = written.kinds.cbegin(); it != written.kinds.cend(); ++it)
            if (!documented.contains(it.key()))
                problems << QStringLiteral(
                    "event kind %1 (written at %2) has no row \"| `%1` | …\" under \"Event kinds "
                    "and payloads\" in docs/formats.md")
                                .arg(it.key(), it.value());
        for (const QString& k : documented)
            if (!written.kinds.contains(k))
                problems << QStringLiteral("docs/formats.md documents the event kind %1, which the code never writes")
                                .arg(k);
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // (c2) Every reason code has its row under "Reason codes" in docs/formats.md (a viewer written from the docs
    // renders every code), and every code documented there is one the code knows (issue 15).
    void everyReasonCodeIsDocumented()
    {
        static const QRegularExpression row(
            QStringLiteral("^\\|\\s*`([a-z0-9-]+)`\\s*\\|"), QRegularExpression::MultilineOption);
        const QSet<QString> documented
            = tableKeys(readText(path(QStringLiteral("docs/formats.md"))), QStringLiteral("### Reason codes"), row);
        QVERIFY2(documented.size() >= 10, "docs/formats.md has no table of reason codes under \"### Reason codes\"");
        QStringList problems;
        for (const QString& c : kanribo::Reason::knownCodes())
            if (!documented.contains(c))
                problems << QStringLiteral("reason code %1 has no row \"| `%1` | …\" under \"Reason codes\" in "
                                           "docs/formats.md")
                                .arg(c);
        for (const QString& c : documented)
            if (!kanribo::Reason::knownCodes().contains(c))
                problems << QStringLiteral("docs/formats.md documents the reason code %1, which the code does not know")
                                .arg(c);
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // (d) No Markdown link in README.md or docs/ leaves the repository: relative links resolve to an existing file or
    // folder inside it (and their #anchor to a heading there); no web addresses; nothing under ../shared.
    void noLinkLeavesTheRepository()
    {
        static const QRegularExpression inlineLink(
            QStringLiteral("!?\\[[^\\]\\n]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
        static const QRegularExpression reference(
            QStringLiteral("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$"), QRegularExpression::MultilineOption);
        static const QRegularExpression bareUrl(QStringLiteral("(?:https?|ftp)://|mailto:|\\bwww\\."));
        static const QRegularExpression scheme(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*:"));
        const QString root = sourceDir();
        QStringList docs { path(QStringLiteral("README.md")) };
        docs += filesUnder(QStringLiteral("docs"), { QStringLiteral("*.md") });
        QStringList problems;
        int links = 0;
        for (const QString& doc : std::as_const(docs)) {
            const QString raw = readText(doc);
            const QString name = relativeName(doc);
            if (raw.contains(QLatin1String("../shared")))
                problems << QStringLiteral("%1:%2: mentions ../shared, which is not part of the repository")
                                .arg(name)
                                .arg(lineOf(raw, raw.indexOf(QLatin1String("../shared"))));
            const QString text = withoutInlineCode(withoutFencedCode(raw));
            QList<std::pair<qsizetype, QString>> targets;
            for (const auto* re : { &inlineLink, &reference }) {
                auto it = re->globalMatch(text);
                while (it.hasNext()) {
                    const auto m = it.next();
                    targets.append({ m.capturedStart(), m.captured(1) });
                }
            }
            auto u = bareUrl.globalMatch(text);
            while (u.hasNext()) {
                const auto m = u.next();
                problems << QStringLiteral("%1:%2: a web address leaves the repository")
                                .arg(name)
                                .arg(lineOf(text, m.capturedStart()));
            }
            for (const auto& [offset, target] : std::as_const(targets)) {
                ++links;
                const QString where = name + QLatin1Char(':') + QString::number(lineOf(text, offset));
                if (target.isEmpty()) {
                    problems << QStringLiteral("%1: an empty link").arg(where);
                    continue;
                }
                if (scheme.match(target).hasMatch() || target.startsWith(QLatin1String("//"))) {
                    problems << QStringLiteral("%1: %2 leaves the repository").arg(where, target);
                    continue;
                }
                const qsizetype hash = target.indexOf(QLatin1Char('#'));
                const QString filePart
                    = QUrl::fromPercentEncoding(target.left(hash < 0 ? target.size() : hash).toUtf8());
                const QString anchor = hash < 0 ? QString() : QUrl::fromPercentEncoding(target.mid(hash + 1).toUtf8());
                const QString resolved = filePart.isEmpty()
                    ? doc
                    : QDir::cleanPath(QFileInfo(doc).absolutePath() + QLatin1Char('/') + filePart);
                if (resolved != root && !resolved.startsWith(root + QLatin1Char('/'))) {
                    problems << QStringLiteral("%1: %2 points outside the repository").arg(where, target);
                    continue;
                }
                if (!QFileInfo::exists(resolved)) {
                    problems << QStringLiteral("%1: %2 does not exist (%3)").arg(where, target, relativeName(resolved));
                    continue;
                }
                if (!anchor.isEmpty() && resolved.endsWith(QLatin1String(".md"))
                    && !anchorsOf(readText(resolved)).contains(anchor))
                    problems
                        << QStringLiteral("%1: %2 has no heading for #%3").arg(where, relativeName(resolved), anchor);
            }
        }
        QVERIFY2(links >= 10, qPrintable(QStringLiteral("only %1 links found in README.md and docs/").arg(links)));
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }

    // (e) The GUI and the CLI hold no key and no SQL of their own (R-TRU-5; "Rules live in core/"): no source under
    // ui/ or app/ reaches a register's session (its database, register key and signing key) or the database.
    void noFrontEndReachesTheSession()
    {
        static const QRegularExpression forbidden(QStringLiteral(
            "#include \"(service/CoreSession\\.h|store/Database\\.h)\"|\\bcoreSession\\(|\\bCoreAccess\\b"));
        QStringList problems;
        int files = 0;
        for (const QString& dir : { QStringLiteral("ui"), QStringLiteral("app") }) {
            for (const QString& file : filesUnder(dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") })) {
                ++files;
                const QString text = readText(file);
                auto it = forbidden.globalMatch(text);
                while (it.hasNext()) {
                    const auto m = it.next();
                    problems << QStringLiteral("%1:%2: %3")
                                    .arg(relativeName(file))
                                    .arg(lineOf(text, m.capturedStart()))
                                    .arg(m.captured(0));
                }
            }
        }
        QVERIFY2(files >= 50, qPrintable(QStringLiteral("only %1 sources under ui/ and app/").arg(files)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDocs)
#include "TestDocs.moc"
