// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace kanribo
{

// Emits inactivity() after a period without keyboard or mouse input anywhere in the application (an app-wide
// event filter, as KeePassXC src/core/InactivityTimer.cpp).
class InactivityTimer : public QObject
{
    Q_OBJECT

public:
    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    void setInactivityTimeout(int milliseconds);
    int inactivityTimeout() const { return m_timer.interval(); }
    void activate();
    void deactivate();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void inactivity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace kanribo
