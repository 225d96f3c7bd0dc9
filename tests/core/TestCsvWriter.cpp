// SPDX-License-Identifier: GPL-3.0-or-later
// CSV for inspectors (R-INV-2): UTF-8 with BOM for Japanese Excel, RFC 4180 quoting, CRLF; parses back unchanged.
#include "report/CsvWriter.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace kanribo;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bomAndCrlf()
    {
        CsvWriter w({ QStringLiteral("管理番号"), QStringLiteral("Title") });
        w.addRow({ QStringLiteral("TS-2026-000001"), QStringLiteral("plain") });
        const QByteArray b = w.bytes();
        QVERIFY(b.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(b.mid(3), QStringLiteral("管理番号,Title\r\nTS-2026-000001,plain\r\n").toUtf8());
        QCOMPARE(w.rowCount(), 2);
        QVERIFY(!b.mid(3).replace("\r\n", "").contains('\n'));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("japanese") << QStringLiteral("共同訓練計画") << QStringLiteral("共同訓練計画");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("japanese quote") << QStringLiteral("「機密」\"文書\"、第1部")
                                        << QStringLiteral("\"「機密」\"\"文書\"\"、第1部\"");
        QTest::newRow("full-width comma stays bare") << QStringLiteral("甲、乙，丙") << QStringLiteral("甲、乙，丙");
        QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
    }
    void quoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(field), expected);
    }

    void parsesBack()
    {
        const QList<QStringList> rows = {
            { QStringLiteral("管理番号"), QStringLiteral("件名"), QStringLiteral("備考") },
            { QStringLiteral("TS-2026-000001"), QStringLiteral("(U) 共同訓練計画「機密」"), QStringLiteral("a,b") },
            { QStringLiteral("S-2026-000002"), QStringLiteral("he said \"no\""), QStringLiteral("two\r\nlines") },
            { QString(), QStringLiteral("\""), QStringLiteral("\n") },
            { QStringLiteral("only one") },
        };
        CsvWriter w;
        for (const auto& r : rows)
            w.addRow(r);
        const auto parsed = CsvWriter::parse(w.bytes());
        QVERIFY(parsed);
        QCOMPARE(*parsed, rows);
    }

    void randomRoundTrip()
    {
        const QString alphabet = QStringLiteral("ab,\"\r\n 機密極秘、「」x");
        auto* rng = QRandomGenerator::global();
        for (int round = 0; round < 200; ++round) {
            QList<QStringList> rows;
            const int nRows = 1 + rng->bounded(5);
            for (int r = 0; r < nRows; ++r) {
                QStringList row;
                const int nFields = 1 + rng->bounded(5);
                for (int f = 0; f < nFields; ++f) {
                    QString s;
                    const int len = rng->bounded(8);
                    for (int i = 0; i < len; ++i)
                        s += alphabet.at(rng->bounded(static_cast<int>(alphabet.size())));
                    row << s;
                }
                // A record of one empty field cannot be told from an empty line; give it content.
                if (row.size() == 1 && row.first().isEmpty())
                    row.first() = QStringLiteral("x");
                rows << row;
            }
            CsvWriter w;
            for (const auto& r : rows)
                w.addRow(r);
            const auto parsed = CsvWriter::parse(w.bytes());
            QVERIFY(parsed);
            QCOMPARE(*parsed, rows);
        }
    }

    void malformedRejected()
    {
        QVERIFY(!CsvWriter::parse("\"open"));
        QVERIFY(!CsvWriter::parse("a\"b\r\n"));
        QVERIFY(!CsvWriter::parse("\"a\"b\r\n"));
    }

    void savesFile()
    {
        QTemporaryDir dir;
        CsvWriter w({ QStringLiteral("x") });
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(w.save(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), w.bytes());
        const auto bad = w.save(dir.filePath(QStringLiteral("missing/t.csv")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
