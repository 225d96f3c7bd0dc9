// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRunner.h"

namespace kanribo
{

TaskRunner::TaskRunner(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

TaskRunner::~TaskRunner()
{
    m_pool.waitForDone();
}

void TaskRunner::waitForDone()
{
    m_pool.waitForDone();
}

void TaskRunner::begin()
{
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
}

} // namespace kanribo
