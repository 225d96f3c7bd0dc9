// SPDX-License-Identifier: GPL-3.0-or-later
#include "Paperwork.h"

#include "BannerWidget.h"
#include "Labels.h"

#include "policy/PolicyPack.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include <qrencode.h>

namespace kanribo
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kanribo::Paperwork)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString banner(const BannerWidget::Style& style)
{
    return QStringLiteral(
        "<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%1\"><tr><td align=\"center\">"
        "<span style=\"color:%2; font-size:14pt; font-weight:bold\">%3</span></td></tr></table>")
        .arg(style.background.name(), style.foreground.name(), esc(style.text));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString signatureLine(const QString& who)
{
    return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td><br><br>______________________________</td></tr>")
        .arg(esc(who));
}
} // namespace

std::optional<Paperwork::Kind> Paperwork::kindFor(const Event& e)
{
    if (e.kind == QLatin1String("copy.issued") || e.kind == QLatin1String("copy.transferred"))
        return Kind::HandReceipt;
    if (e.kind == QLatin1String("copy.destroyed"))
        return Kind::DestructionCertificate;
    if (e.kind == QLatin1String("item.reproduced"))
        return Kind::ReproductionRecord;
    return std::nullopt;
}

QByteArray Paperwork::qrText(const QString& registerId, const Event& e)
{
    return QByteArrayLiteral("kanribo:") + registerId.toLatin1() + ':' + QByteArray::number(e.seq) + ':'
        + e.hash.toHex();
}

QImage Paperwork::qrCode(const QByteArray& text, int scale)
{
    QRcode* code = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int n = code->width;
    QImage img((n + 2 * quiet) * scale, (n + 2 * quiet) * scale, QImage::Format_Mono);
    img.fill(1);
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                p.drawRect((x + quiet) * scale, (y + quiet) * scale, scale, scale);
    p.end();
    QRcode_free(code);
    return img;
}

std::unique_ptr<QTextDocument> Paperwork::coverSheetsAndLabels(const Item& item, const PolicyPack& policy)
{
    const BannerWidget::Style style = BannerWidget::policyStyle(item.level, policy);
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    QList<Copy> copies;
    for (const Copy& c : item.copies)
        if (c.status == CopyStatus::Active)
            copies << c;
    QString html;
    for (const Copy& c : std::as_const(copies)) {
        html += QStringLiteral("<div%1>").arg(
            html.isEmpty() ? QString() : QStringLiteral(" style=\"page-break-before:always\""));
        html += banner(style);
        html += QStringLiteral("<h1 align=\"center\"><br>%1</h1>").arg(esc(Tr::tr("Cover sheet")));
        html += QStringLiteral(
            "<p align=\"center\"><span style=\"font-size:28pt; font-weight:bold; color:%1\">%2</span></p>")
                    .arg(style.background.name(), esc(style.text));
        html += QStringLiteral("<p align=\"center\"><span style=\"font-size:16pt\">%1</span></p>").arg(esc(c.id));
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(esc(item.title));
        html += QStringLiteral("<p align=\"center\">%1</p>")
                    .arg(esc(Tr::tr("This cover sheet stays on the copy while it is out of its container. The copy "
                                    "is shown only to people cleared for its level who need to know it, and every "
                                    "hand-over is recorded in the register.")));
        html += banner(style) + QStringLiteral("</div>");
    }
    // The labels: two to a row, each with its QR code.
    html += QStringLiteral("<div%1><h3>%2</h3><table width=\"100%\" cellpadding=\"8\" border=\"1\">")
                .arg(html.isEmpty() ? QString() : QStringLiteral(" style=\"page-break-before:always\""),
                    esc(Tr::tr("Labels: %1").arg(item.control)));
    for (qsizetype i = 0; i < copies.size(); ++i) {
        const Copy& c = copies.at(i);
        const QString name = QStringLiteral("kanribo:label:%1").arg(i);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), qrCode(labelText(c).toUtf8(), 3));
        if (i % 2 == 0)
            html += QStringLiteral("<tr>");
        html += QStringLiteral(
            "<td width=\"50%\"><span style=\"background-color:%1; color:%2; font-weight:bold\">&nbsp;%3&nbsp;"
            "</span><br><b>%4</b><br><img src=\"%5\"></td>")
                    .arg(style.background.name(), style.foreground.name(), esc(style.text), esc(c.id), name);
        if (i % 2 == 1 || i + 1 == copies.size())
            html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></div>");
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> Paperwork::containerLabel(const Container& container, const PolicyPack& policy)
{
    const BannerWidget::Style style = BannerWidget::policyStyle(container.level, policy);
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    doc->addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("kanribo:container")), qrCode(container.id.toUtf8(), 4));
    doc->setHtml(banner(style) + QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(container.id))
        + QStringLiteral("<p align=\"center\">%1</p>").arg(esc(Tr::tr("Container approved up to %1").arg(style.text)))
        + QStringLiteral("<p align=\"center\">%1</p>").arg(esc(container.location))
        + QStringLiteral("<p align=\"center\"><img src=\"kanribo:container\"></p>") + banner(style));
    return doc;
}

std::unique_ptr<QTextDocument> Paperwork::document(const Event& e, const Item& item, const PolicyPack& policy,
    const EventNames& names, const QString& facility, const QString& registerId)
{
    const auto kind = kindFor(e);
    if (!kind)
        return nullptr;
    const QJsonObject p = e.payloadObject();
    const auto str = [&p](const char* key) { return p.value(QLatin1String(key)).toString(); };
    const auto person = [&names](const QString& login) {
        const QString name = names.of(login);
        return name == login ? login : QStringLiteral("%1 (%2)").arg(name, login);
    };
    const QString subject = e.subject.mid(e.subject.indexOf(QLatin1Char(':')) + 1);
    const BannerWidget::Style style = BannerWidget::policyStyle(item.level, policy);

    QString title;
    QString rows;
    QString signatures;
    QString note;
    rows += row(Tr::tr("Facility"), facility);
    rows += row(Tr::tr("Item"), item.control);
    rows += row(Tr::tr("Title"), item.title);
    rows += row(Tr::tr("Marking"), style.text);
    switch (*kind) {
    case Kind::HandReceipt: {
        const bool issued = e.kind == QLatin1String("copy.issued");
        const QString from = issued ? e.actor : str("from");
        const QString to = str("to");
        title = Tr::tr("Hand receipt");
        rows += row(Tr::tr("Copy"), subject);
        rows += row(Tr::tr("Handed over by"), person(from));
        rows += row(Tr::tr("Received by"), person(to));
        rows += row(Tr::tr("Time"), Labels::dateTime(e.time));
        rows += row(Tr::tr("Receipt signed in the register"),
            p.value(QStringLiteral("receipt_signed")).toBool() ? Tr::tr("yes, with the receiver's own key")
                                                               : Tr::tr("no"));
        signatures = signatureLine(Tr::tr("Handed over by")) + signatureLine(Tr::tr("Received by"));
        note = Tr::tr("The receiver keeps this receipt. The copy is charged to the receiver until it is returned, "
                      "transferred, stored or destroyed, each recorded in the register.");
        break;
    }
    case Kind::DestructionCertificate: {
        title = Tr::tr("Certificate of destruction");
        const QString witness = str("witness");
        rows += row(Tr::tr("Copy"), subject);
        rows += row(Tr::tr("Method"), Labels::destructionMethod(str("method")));
        rows += row(Tr::tr("Destroyed by"), person(e.actor));
        rows += row(Tr::tr("Witness"), witness.isEmpty() ? Tr::tr("none") : person(witness));
        rows += row(Tr::tr("Time"), Labels::dateTime(e.time));
        signatures = signatureLine(Tr::tr("Destroyed by"));
        if (!witness.isEmpty())
            signatures += signatureLine(Tr::tr("Witness"));
        note = Tr::tr("We certify that the copy above was destroyed completely by the method shown, beyond "
                      "recognition or reconstruction.");
        break;
    }
    case Kind::ReproductionRecord: {
        title = Tr::tr("Reproduction record");
        QStringList copies;
        for (const auto& c : p.value(QStringLiteral("copies")).toArray())
            copies << c.toString();
        rows += row(Tr::tr("New copies"), copies.join(QStringLiteral(", ")));
        rows += row(Tr::tr("Reproduced by"), person(e.actor));
        if (!e.cosigners.isEmpty())
            rows += row(Tr::tr("Approved by"), person(e.cosigners.constFirst()));
        rows += row(Tr::tr("Time"), Labels::dateTime(e.time));
        signatures = signatureLine(Tr::tr("Reproduced by"));
        if (!e.cosigners.isEmpty())
            signatures += signatureLine(Tr::tr("Approved by"));
        note = Tr::tr("Each new copy is marked as the original and entered in the register under its own number.");
        break;
    }
    }
    rows += row(Tr::tr("Register entry"), Tr::tr("event %1").arg(e.seq));
    rows += row(Tr::tr("Event hash"), QString::fromLatin1(e.hash.toHex()));

    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    const QImage qr = qrCode(qrText(registerId, e));
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("kanribo:qr")), qr);
    const QString html = banner(style) + QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(title))
        + QStringLiteral("<table width=\"100%\" cellpadding=\"4\">") + rows + QStringLiteral("</table>")
        + QStringLiteral("<p>%1</p>").arg(esc(note)) + QStringLiteral("<table width=\"100%\" cellpadding=\"4\">")
        + signatures + QStringLiteral("</table>")
        + QStringLiteral("<p align=\"center\"><img src=\"kanribo:qr\" width=\"%1\" height=\"%1\"><br>%2</p>")
              .arg(qMax(120, qr.width()))
              .arg(esc(Tr::tr("Scan to find this entry in the register: event %1.").arg(e.seq)))
        + banner(style);
    doc->setHtml(html);
    return doc;
}

} // namespace kanribo
