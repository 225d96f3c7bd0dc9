// SPDX-License-Identifier: GPL-3.0-or-later
#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace kanribo
{

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        if (m_active)
            Q_EMIT inactivity();
    });
}

InactivityTimer::~InactivityTimer()
{
    deactivate();
}

void InactivityTimer::setInactivityTimeout(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
    if (m_active)
        m_timer.start();
}

void InactivityTimer::activate()
{
    if (!m_active) {
        m_active = true;
        QCoreApplication::instance()->installEventFilter(this);
    }
    m_timer.start();
}

void InactivityTimer::deactivate()
{
    if (m_active) {
        m_active = false;
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::HoverMove:
        if (m_active)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kanribo
