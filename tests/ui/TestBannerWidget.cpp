// SPDX-License-Identifier: GPL-3.0-or-later
#include "BannerWidget.h"

#include <QLabel>
#include <QTest>

using namespace kanribo;

class TestBannerWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testR_MRK_3_markingSpelledOutInBothSchemes_data();
    void testR_MRK_3_markingSpelledOutInBothSchemes();
    void testPolicyPackStyleOverridesDefaults();
};

void TestBannerWidget::testR_MRK_3_markingSpelledOutInBothSchemes_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("foreground");
    QTest::newRow("top-secret") << Level::TopSecret << QStringLiteral("TOP SECRET // 機密") << QColor(0xFF8C00)
                                << QColor(Qt::black);
    QTest::newRow("secret") << Level::Secret << QStringLiteral("SECRET // 極秘") << QColor(0xC8102E)
                            << QColor(Qt::white);
    QTest::newRow("confidential") << Level::Confidential << QStringLiteral("CONFIDENTIAL // 秘") << QColor(0x0033A0)
                                  << QColor(Qt::white);
    QTest::newRow("unclassified") << Level::Unclassified << QStringLiteral("UNCLASSIFIED") << QColor(0x007A33)
                                  << QColor(Qt::white);
}

void TestBannerWidget::testR_MRK_3_markingSpelledOutInBothSchemes()
{
    QFETCH(Level, level);
    QFETCH(QString, text);
    QFETCH(QColor, background);
    QFETCH(QColor, foreground);
    BannerWidget banner;
    banner.setLevel(level);
    banner.show();
    QCOMPARE(banner.level(), level);
    QCOMPARE(banner.text(), text);
    auto* label = banner.findChild<QLabel*>(QStringLiteral("bannerText"));
    QVERIFY(label);
    QCOMPARE(label->text(), text);
    QCOMPARE(banner.background(), background);
    QCOMPARE(banner.foreground(), foreground);
    QCOMPARE(banner.palette().color(QPalette::Window), background);
    QCOMPARE(label->palette().color(QPalette::WindowText), foreground);
    QVERIFY(banner.autoFillBackground());
    // Grabbed pixels at the banner's edge are the background colour.
    const QImage image = banner.grab().toImage();
    QCOMPARE(QColor(image.pixel(1, 1)), background);
}

void TestBannerWidget::testPolicyPackStyleOverridesDefaults()
{
    BannerWidget banner;
    banner.setLevel(Level::Secret, { QStringLiteral("SECRET // 極秘 // REL TO USA, JPN"), QColor(0x112233), {} });
    QCOMPARE(banner.text(), QStringLiteral("SECRET // 極秘 // REL TO USA, JPN"));
    QCOMPARE(banner.background(), QColor(0x112233));
    QCOMPARE(banner.foreground(), QColor(Qt::white)); // default kept
    banner.setLevel(Level::TopSecret);
    QCOMPARE(banner.text(), QStringLiteral("TOP SECRET // 機密"));
    QCOMPARE(banner.background(), QColor(0xFF8C00));
}

QTEST_MAIN(TestBannerWidget)
#include "TestBannerWidget.moc"
