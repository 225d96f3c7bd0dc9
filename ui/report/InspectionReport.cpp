// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectionReport.h"

#include "policy/PolicyPack.h"
#include "report/InspectionHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Report)
};

constexpr int kDpi = 300;

qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}

const char* const kFontFiles[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKjp-Regular.otf",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
};
} // namespace

QString reportFontFamily()
{
    static const QString family = [] {
        for (const char* path : kFontFiles) {
            if (!QFile::exists(QString::fromLatin1(path)))
                continue;
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            // The collection holds JP, KR, SC, TC, HK faces; the Japanese glyph forms are wanted.
            for (const QString& f : families)
                if (f.contains(QLatin1String("JP")))
                    return f;
            if (!families.isEmpty())
                return families.first();
        }
        return QStringLiteral("Noto Sans CJK JP");
    }();
    return family;
}

Result<QByteArray> renderInspectionPdf(const InspectionData& data, const PolicyPack& policy, const QString& language)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Io, Tr::tr("The PDF report needs the graphical part of Qt, which is not running."));
    const QString family = reportFontFamily();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(inspectionTitle(data));
    writer.setCreator(QStringLiteral("Kanribo ") + QStringLiteral(KANRIBO_VERSION));

    const qreal pageW = writer.width();
    const qreal pageH = writer.height();
    const qreal margin = mm(15);
    const qreal bannerH = mm(8);
    const qreal gap = mm(4);
    const qreal footerH = mm(6);
    const QRectF body(
        margin, margin + bannerH + gap, pageW - 2 * margin, pageH - 2 * margin - 2 * bannerH - 2 * gap - footerH);

    // Latin text from DejaVu Sans, the rest from Noto Sans CJK: Qt's PDF text map loses Latin digits shaped with the
    // CJK font (pdftotext then drops them), and the inspector must be able to search and copy every digit.
    QStringList families { family };
    if (QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans")))
        families.prepend(QStringLiteral("DejaVu Sans"));
    const auto makeFont = [&](qreal points, bool bold) {
        QFont f;
        f.setFamilies(families);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    const QFont base = makeFont(9, false);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setHtml(inspectionHtml(data, policy, language));
    doc.setPageSize(body.size());
    const int pages = doc.pageCount();

    const LevelSpec& spec = policy.level(data.highest);
    const QString banner = policy.bannerText(data.highest);
    const QFont bannerFont = makeFont(12, true);
    const QFont footerFont = makeFont(8, false);

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, Tr::tr("Cannot start the PDF."));
    const auto drawBanner = [&](qreal y) {
        const QRectF r(margin, y, pageW - 2 * margin, bannerH);
        painter.fillRect(r, QColor(spec.banner));
        painter.setPen(QColor(spec.text));
        painter.setFont(bannerFont);
        painter.drawText(r, Qt::AlignCenter, banner);
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawBanner(margin);
        drawBanner(pageH - margin - bannerH);
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        const QRectF footer(margin, pageH - margin - bannerH - gap - footerH, pageW - 2 * margin, footerH);
        painter.drawText(footer, Qt::AlignVCenter | Qt::AlignLeft, inspectionTitle(data));
        painter.drawText(footer, Qt::AlignVCenter | Qt::AlignRight, QStringLiteral("%1 / %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, page * body.height(), body.width(), body.height());
        ctx.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace kanribo
