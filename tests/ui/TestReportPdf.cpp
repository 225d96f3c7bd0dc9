// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF inspection report (R-INV-2, R-MRK-3): produced offscreen, sensible page count, text extractable in both
// languages (Japanese included), the banner on every page, titles withheld from a reader not cleared for them.
#include "TestSupport.h"

#include "InspectionReport.h"
#include "i18n/Language.h"
#include "report/AuditExport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace kanribo;
using namespace kanribo::test;

namespace
{
// pdftotext maps some CJK glyphs to their compatibility forms (⽉ for 月); NFKC folds them back.
QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pageCount(const QString& pdf, const QByteArray& bytes)
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), { pdf });
        if (p.waitForFinished(60000) && p.exitCode() == 0) {
            const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(p.readAllStandardOutput()));
            if (m.hasMatch())
                return m.captured(1).toInt();
        }
    }
    return static_cast<int>(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TempRegister> m_t;
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

private:
    const QString kFirstTs = QStringLiteral("TS-USA-2026-000001");

private Q_SLOTS:
    void initTestCase()
    {
        RegisterOptions o;
        o.facility = QStringLiteral("防衛装備庁 第1保管所");
        m_t = std::make_unique<TempRegister>(m_clock, o);
        m_t->addUser(QStringLiteral("inspector"), Role::Auditor, Level::Secret);
        for (int i = 0; i < 25; ++i) {
            NewItem ni;
            ni.title = i == 0 ? QStringLiteral("(U) 日米共同訓練計画") : QStringLiteral("(U) Manual part %1").arg(i);
            ni.level = i % 3 == 0 ? Level::TopSecret : Level::Secret;
            ni.origin = QStringLiteral("USA");
            ni.copies = 2;
            QVERIFY(m_t->reg().items().registerItem(ni));
        }
        QVERIFY(m_t->reg().items().show(kFirstTs)); // a disclosure record
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    }

    void cleanupTestCase() { setLanguage(QStringLiteral("en")); }

    void reportInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void reportInBothLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(setLanguage(language));
        auto data = gatherInspection(m_t->reg(), {});
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        auto pdf = renderInspectionPdf(*data, m_t->reg().policy(), language);
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString path = write(QStringLiteral("report-%1.pdf").arg(language), *pdf);

        const int pages = pageCount(path, *pdf);
        QVERIFY2(pages >= 3 && pages <= 30, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        const QString banner = m_t->reg().policy().bannerText(Level::TopSecret);
        QCOMPARE(banner, QStringLiteral("TOP SECRET // 機密"));
        // The banner at the top and bottom of every page (pdftotext ends each page with a form feed).
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (qsizetype i = 0; i < pageTexts.size(); ++i) {
            const QString& t = pageTexts.at(i);
            QVERIFY2(t.trimmed().startsWith(banner) && t.count(banner) >= 2, qPrintable(t.left(80)));
            QVERIFY2(t.contains(QStringLiteral("%1 / %2").arg(i + 1).arg(pages)), qPrintable(t.left(200)));
        }
        QVERIFY(text.contains(QStringLiteral("機密")));
        QVERIFY(text.contains(QStringLiteral("防衛装備庁 第1保管所")));
        QVERIFY(text.contains(QStringLiteral("日米共同訓練計画")));
        QVERIFY(text.contains(kFirstTs));
        // The digest may wrap anywhere in its cell (hex letters are not all one width): compare without white space.
        QVERIFY2(QString(text).remove(QRegularExpression(QStringLiteral("\\s"))).contains(data->bundleDigest.left(19)),
            qPrintable(data->bundleDigest));
        if (language == QLatin1String("ja"))
            QVERIFY(text.contains(QStringLiteral("2026年11月21日")));
        else
            QVERIFY(text.contains(QStringLiteral("2026-11-21")));
        // Citations in the reader's language (issue 17): the Japanese report cites the article as a Japanese reader
        // does, with no English left in the citation.
        if (language == QLatin1String("ja")) {
            QVERIFY2(text.contains(QStringLiteral("GSOMIA 第14条")), qPrintable(text.left(400)));
            QVERIFY(!text.contains(QStringLiteral("GSOMIA Art.")));
            QVERIFY(!text.contains(QStringLiteral("loss or compromise")));
        } else {
            QVERIFY(text.contains(QStringLiteral("GSOMIA Art. 14")));
        }
    }

    // R-MRK-3 and R-ACC-3: a Secret reader's report leaves out the Top Secret items (not even their numbers); its
    // banner is the highest level actually shown.
    void redactedForLowerReader()
    {
        auto data = gatherInspection(m_t->reg(), exportOptions(QDate(), QDate(), QStringLiteral("inspector")));
        QVERIFY(data);
        QCOMPARE(data->highest, Level::Secret);
        auto pdf = renderInspectionPdf(*data, m_t->reg().policy(), QStringLiteral("en"));
        QVERIFY(pdf);
        const QString text = pdfText(write(QStringLiteral("redacted.pdf"), *pdf));
        QVERIFY(!text.contains(QStringLiteral("日米共同訓練計画")));
        QVERIFY2(!text.contains(QStringLiteral("TS-")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(m_t->reg().policy().bannerText(Level::Secret)));
    }
};

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
