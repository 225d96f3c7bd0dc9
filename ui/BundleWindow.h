// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ExportBundle.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace kanribo
{

class AuditModel;
class EventDetailView;
class TablePage;

// File → Verify a bundle… and `kanribo BUNDLE`: opens an export bundle read-only, with no register and no login, and
// verifies it off the UI thread with a progress bar (verifyBundle: structure, every hash and chain link, every
// signature against the keys the ledger introduced, the exporter's signature over the file). Its events are listed as
// they are read, in the audit view with the detail pane; the verdict says whether everything holds and, if not, the
// first bad event is selected. What an inspector runs on another machine.
class BundleWindow : public QWidget
{
    Q_OBJECT

public:
    // At most this many events are kept for the list (the verdict covers every event in the file).
    static constexpr qint64 kMaxListed = 250000;

    explicit BundleWindow(const QString& path, QWidget* parent = nullptr);
    ~BundleWindow() override;

    bool isFinished() const { return m_finished; }
    const BundleCheck& check() const { return m_check; }
    QString verdictText() const;
    AuditModel* model() const { return m_model; }
    QTableView* view() const;
    EventDetailView* detail() const { return m_detail; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void verificationFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Feed; // shared with the worker thread
    void drain();
    void done();
    void retranslateUi();
    void showVerdict();
    void showCurrent();

    QString m_path;
    QLabel* m_verdict;
    QLabel* m_facts;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_note;
    AuditModel* m_model;
    TablePage* m_page;
    EventDetailView* m_detail;
    QTimer* m_poll;
    std::shared_ptr<Feed> m_feed;
    QFutureWatcher<BundleCheck> m_watcher;
    BundleCheck m_check;
    bool m_finished = false;
};

} // namespace kanribo
