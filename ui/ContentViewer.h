// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBuffer.h"
#include "model/Level.h"

#include <QByteArray>
#include <QDialog>
#include <QImage>

class QBuffer;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

#ifdef KANRIBO_HAVE_QTPDF
class QPdfDocument;
class QPdfView;
#endif

namespace kanribo
{

class BannerWidget;
class PolicyPack;

// Shows decrypted content — text, image or PDF — from memory only (never a temporary file), between the item's
// banners (R-MRK-3). The decrypted bytes stay in sodium memory and are wiped when the dialog closes.
class ContentViewer : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Text, Image, Pdf, Unknown };

    ContentViewer(const PolicyPack& pack, Level level, const QString& control, const QString& title,
        SecureBuffer content, QWidget* parent = nullptr);
    ~ContentViewer() override;

    Kind kind() const { return m_kind; }
    Level shownLevel() const { return m_level; }
    bool isWiped() const { return m_content.isEmpty(); }
    static Kind sniff(const unsigned char* data, std::size_t size);

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void wipe();

    Level m_level;
    QString m_control;
    QString m_title;
    SecureBuffer m_content;
    QByteArray m_raw; // a view over m_content (fromRawData: no copy)
    Kind m_kind = Kind::Unknown;
    QImage m_image;
    BannerWidget* m_top;
    BannerWidget* m_bottom;
    QLabel* m_heading;
    QStackedWidget* m_stack;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_imageLabel = nullptr;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_unknown = nullptr;
#ifdef KANRIBO_HAVE_QTPDF
    QBuffer* m_buffer = nullptr;
    QPdfDocument* m_pdf = nullptr;
    QPdfView* m_pdfView = nullptr;
#endif
};

} // namespace kanribo
