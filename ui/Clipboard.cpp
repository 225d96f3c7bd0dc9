// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace kanribo
{

Clipboard::Clipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::clearNow);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearNow);
}

Clipboard* Clipboard::instance()
{
    static Clipboard* s = new Clipboard(qApp);
    return s;
}

void Clipboard::setSecret(const QString& text, int clearAfterMs)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_last = text;
    m_timer.start(clearAfterMs);
}

void Clipboard::clearNow()
{
    m_timer.stop();
    if (m_last.isEmpty())
        return;
    QClipboard* cb = QGuiApplication::clipboard();
    if (cb->text(QClipboard::Clipboard) == m_last)
        cb->clear(QClipboard::Clipboard);
    m_last.fill(QLatin1Char('0'));
    m_last.clear();
}

} // namespace kanribo
