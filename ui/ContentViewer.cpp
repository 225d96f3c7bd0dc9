// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentViewer.h"

#include "BannerWidget.h"
#include "policy/PolicyPack.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QVBoxLayout>

#include <cstring>

#ifdef KANRIBO_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfView>
#endif

namespace kanribo
{

ContentViewer::Kind ContentViewer::sniff(const unsigned char* data, std::size_t size)
{
    if (size >= 5 && std::memcmp(data, "%PDF-", 5) == 0)
        return Kind::Pdf;
    if ((size >= 8 && std::memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0)
        || (size >= 3 && std::memcmp(data, "\xFF\xD8\xFF", 3) == 0)
        || (size >= 6 && (std::memcmp(data, "GIF87a", 6) == 0 || std::memcmp(data, "GIF89a", 6) == 0))
        || (size >= 2 && std::memcmp(data, "BM", 2) == 0))
        return Kind::Image;
    // Text: valid UTF-8 without NUL bytes.
    if (std::memchr(data, 0, size) != nullptr)
        return Kind::Unknown;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString probe = decoder(QByteArrayView(data, qsizetype(qMin<std::size_t>(size, 64 * 1024))));
    Q_UNUSED(probe);
    return decoder.hasError() && size <= 64 * 1024 ? Kind::Unknown : Kind::Text;
}

ContentViewer::ContentViewer(const PolicyPack& pack, Level level, const QString& control, const QString& title,
    SecureBuffer content, QWidget* parent)
    : QDialog(parent)
    , m_level(level)
    , m_control(control)
    , m_title(title)
    , m_content(std::move(content))
{
    setObjectName(QStringLiteral("contentViewer"));
    setProperty("shownLevel", rank(level));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_top = new BannerWidget(this);
    m_top->setObjectName(QStringLiteral("dialogTopBanner"));
    m_top->setLevel(level, pack);
    m_bottom = new BannerWidget(this);
    m_bottom->setObjectName(QStringLiteral("dialogBottomBanner"));
    m_bottom->setLevel(level, pack);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("contentHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setContentsMargins(8, 4, 8, 4);
    m_stack = new QStackedWidget(this);
    v->addWidget(m_top);
    v->addWidget(m_heading);
    v->addWidget(m_stack, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setContentsMargins(8, 0, 8, 4);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    v->addWidget(m_bottom);

    m_kind = m_content.isEmpty() ? Kind::Unknown : sniff(m_content.data(), m_content.size());
    if (!m_content.isEmpty())
        m_raw = QByteArray::fromRawData(reinterpret_cast<const char*>(m_content.data()), qsizetype(m_content.size()));
    switch (m_kind) {
    case Kind::Text:
        m_text = new QPlainTextEdit(m_stack);
        m_text->setObjectName(QStringLiteral("contentText"));
        m_text->setReadOnly(true);
        m_text->setPlainText(QString::fromUtf8(m_raw));
        m_stack->addWidget(m_text);
        break;
    case Kind::Image:
        m_image = QImage::fromData(m_raw);
        if (!m_image.isNull()) {
            m_imageArea = new QScrollArea(m_stack);
            m_imageLabel = new QLabel(m_imageArea);
            m_imageLabel->setObjectName(QStringLiteral("contentImage"));
            m_imageLabel->setPixmap(QPixmap::fromImage(m_image));
            m_imageArea->setWidget(m_imageLabel);
            m_imageArea->setAlignment(Qt::AlignCenter);
            m_stack->addWidget(m_imageArea);
        } else {
            m_kind = Kind::Unknown;
        }
        break;
    case Kind::Pdf:
#ifdef KANRIBO_HAVE_QTPDF
        m_buffer = new QBuffer(this);
        m_buffer->setBuffer(&m_raw);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(m_buffer);
        m_pdfView = new QPdfView(m_stack);
        m_pdfView->setObjectName(QStringLiteral("contentPdf"));
        m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_pdfView->setDocument(m_pdf);
        m_stack->addWidget(m_pdfView);
#else
        m_kind = Kind::Unknown;
#endif
        break;
    case Kind::Unknown:
        break;
    }
    if (m_kind == Kind::Unknown) {
        m_unknown = new QLabel(m_stack);
        m_unknown->setObjectName(QStringLiteral("contentUnknown"));
        m_unknown->setAlignment(Qt::AlignCenter);
        m_unknown->setWordWrap(true);
        m_stack->addWidget(m_unknown);
    }
    retranslateUi();
    resize(820, 640);
}

ContentViewer::~ContentViewer()
{
    wipe();
}

void ContentViewer::done(int result)
{
    wipe();
    QDialog::done(result);
}

void ContentViewer::wipe()
{
    // Views first (they read from the buffer), then the decrypted bytes.
#ifdef KANRIBO_HAVE_QTPDF
    if (m_pdfView)
        m_pdfView->setDocument(nullptr);
    if (m_pdf)
        m_pdf->close();
    if (m_buffer)
        m_buffer->close();
#endif
    if (m_text) {
        m_text->setPlainText(QString(m_text->toPlainText().size(), QLatin1Char(' ')));
        m_text->clear();
    }
    if (m_imageLabel)
        m_imageLabel->clear();
    if (!m_image.isNull()) {
        m_image.fill(0);
        m_image = QImage();
    }
    m_raw = QByteArray();
    m_content.wipe();
}

void ContentViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContentViewer::retranslateUi()
{
    setWindowTitle(tr("%1 — content").arg(m_control));
    m_heading->setText(
        tr("%1   %2   (decrypted in memory only; wiped when this window closes)").arg(m_control, m_title));
    if (m_unknown)
        m_unknown->setText(tr("This content is not text, an image or a PDF, and cannot be shown here (%n byte(s)).",
            nullptr, int(qMin<std::size_t>(m_content.size(), INT_MAX))));
}

} // namespace kanribo
