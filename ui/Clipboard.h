// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace kanribo
{

// Copies a secret (the recovery code) to the clipboard, marked for clipboard managers not to keep it, and clears
// it after a timeout if it is still there (KeePassXC src/gui/Clipboard.cpp).
class Clipboard : public QObject
{
    Q_OBJECT

public:
    static Clipboard* instance();
    void setSecret(const QString& text, int clearAfterMs = 30000);
    void clearNow();
    bool isPending() const { return m_timer.isActive(); }

private:
    explicit Clipboard(QObject* parent = nullptr);
    QTimer m_timer;
    QString m_last;
};

} // namespace kanribo
