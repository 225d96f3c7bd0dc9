// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace kanribo
{

// Runs slow register calls (Argon2id, verification) off the UI thread, one at a time, on its own thread: the
// register is never used from two threads at once. `done` runs on the UI thread, only if `context` still lives.
// The UI must not call the register itself while isBusy().
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject* parent = nullptr);
    ~TaskRunner() override;

    bool isBusy() const { return m_running > 0; }
    // Blocks until every task has run (used before the register is destroyed).
    void waitForDone();

    template <typename Fn, typename Done> void run(QObject* context, Fn fn, Done done)
    {
        using T = std::invoke_result_t<Fn>;
        auto* watcher = new QFutureWatcher<T>(this);
        begin();
        connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, ctx = QPointer<QObject>(context), done = std::move(done)]() mutable {
                watcher->deleteLater();
                --m_running; // not busy while `done` runs: it may use the register
                if constexpr (std::is_void_v<T>) {
                    if (ctx)
                        done();
                } else {
                    T result = watcher->future().takeResult();
                    if (ctx)
                        done(std::move(result));
                }
                if (m_running == 0)
                    Q_EMIT busyChanged(false);
            });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(fn)));
    }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void begin();

    QThreadPool m_pool;
    int m_running = 0;
};

} // namespace kanribo
