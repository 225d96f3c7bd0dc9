// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleWindow.h"

#include "AuditModel.h"
#include "EventDetailView.h"
#include "Labels.h"
#include "TablePage.h"
#include "i18n/Language.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMutex>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace kanribo
{

struct BundleWindow::Feed {
    QMutex mutex;
    QList<Event> pending; // read by the worker, not yet in the model
    std::atomic<qint64> read { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> cancel { false };
};

BundleWindow::BundleWindow(const QString& path, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_feed(std::make_shared<Feed>())
{
    setObjectName(QStringLiteral("bundleWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto* layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setMargin(8);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    auto* bar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bundleProgress"));
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &BundleWindow::cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("factsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    m_model = new AuditModel(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_page = new TablePage(m_model, AuditModel::SortRole, QStringLiteral("bundleEvents"), split);
    m_detail = new EventDetailView(split);
    m_detail->setNames(&m_model->names());
    split->addWidget(m_page);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(
        m_page->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BundleWindow::showCurrent);

    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, &BundleWindow::drain);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BundleWindow::done);
    resize(1100, 760);
    retranslateUi();

    // The worker opens the file itself and reads it once; nothing here writes anywhere.
    m_watcher.setFuture(QtConcurrent::run([path = m_path, feed = m_feed]() {
        auto checked = verifyBundleFile(path, [&feed](const Event& e, qint64 index, qint64 total) {
            feed->total = total;
            feed->read = index + 1;
            if (index < kMaxListed) {
                QMutexLocker lock(&feed->mutex);
                feed->pending.append(e);
            }
            return !feed->cancel.load();
        });
        if (checked)
            return std::move(checked).value();
        BundleCheck unread; // not read, or too large: no verdict on its events
        unread.reason = checked.error().message;
        return unread;
    }));
    m_poll->start(100);
}

BundleWindow::~BundleWindow()
{
    m_feed->cancel = true;
    m_watcher.waitForFinished();
}

QTableView* BundleWindow::view() const
{
    return m_page->view();
}

QString BundleWindow::verdictText() const
{
    return m_verdict->text();
}

void BundleWindow::cancel()
{
    m_feed->cancel = true;
    m_cancel->setEnabled(false);
}

void BundleWindow::drain()
{
    QList<Event> batch;
    {
        QMutexLocker lock(&m_feed->mutex);
        batch.swap(m_feed->pending);
    }
    m_model->appendEvents(batch);
    const qint64 total = m_feed->total;
    if (total > 0) {
        const int scale = total > INT_MAX ? 1000 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(m_feed->read.load() / scale));
    }
    if (batch.size() > 0 && m_model->rowCount() == batch.size())
        m_page->fitColumns();
}

void BundleWindow::done()
{
    m_poll->stop();
    drain();
    m_check = m_watcher.result();
    m_finished = true;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    showVerdict();
    if (m_check.firstBad > 0) {
        const int row = m_model->rowOfSeq(m_check.firstBad);
        if (row >= 0) {
            const QModelIndex source = m_model->index(row, AuditModel::Seq);
            const QModelIndex shown = m_page->proxy()->mapFromSource(source);
            m_page->view()->setCurrentIndex(shown);
            m_page->view()->scrollTo(shown, QAbstractItemView::PositionAtCenter);
        }
    }
    showCurrent();
    Q_EMIT verificationFinished(m_check.ok);
}

void BundleWindow::showVerdict()
{
    const QString file = QDir::toNativeSeparators(m_path);
    if (!m_finished) {
        m_verdict->setText(tr("Verifying %1…").arg(file));
        m_verdict->setStyleSheet(QString());
        return;
    }
    if (m_check.cancelled) {
        m_verdict->setText(tr("Verification of %1 cancelled: nothing is said about this file.").arg(file));
        m_verdict->setStyleSheet(QString());
    } else if (m_check.ok) {
        m_verdict->setText(tr("The export verifies: %n event(s), hash chain, signatures and the exporter's signature "
                              "over the file intact.",
            nullptr, int(qMin<qint64>(m_check.events, INT_MAX))));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; font-weight: bold; }"));
    } else {
        m_verdict->setText(m_check.firstBad > 0 ? tr("The export does NOT verify. First bad event: No. %1. %2")
                                                      .arg(m_check.firstBad)
                                                      .arg(m_check.reason)
                                                : tr("The export does NOT verify: %1").arg(m_check.reason));
        m_verdict->setStyleSheet(QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; font-weight: bold; }"));
    }
    QStringList facts;
    if (m_check.ok) {
        facts << tr("Facility: %1").arg(m_check.facility) << tr("Register: %1").arg(m_check.registerId)
              << tr("Range: %1 – %2").arg(Labels::date(m_check.from), Labels::date(m_check.to))
              << tr("Events: No. %1 to %2%3")
                     .arg(m_check.firstSeq)
                     .arg(m_check.lastSeq)
                     .arg(m_check.startsAtGenesis ? tr(" (from the register's creation)") : QString())
              << tr("Signed by: %1, fingerprint %2").arg(m_check.signer, m_check.signerFingerprint)
              << tr("Last event hash: %1").arg(m_check.lastHash) << tr("Bundle digest: %1").arg(m_check.digest);
        for (const QString& k : std::as_const(m_check.keyFingerprints))
            facts << tr("Key: %1").arg(k);
        facts << tr("Compare the signer's fingerprint (and, for a range that starts after the register's creation, the "
                    "keys from before the range) with those the facility gave you.");
    } else if (!m_check.digest.isEmpty()) {
        facts << tr("Bundle digest: %1").arg(m_check.digest);
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    const qint64 read = m_feed->read;
    m_note->setVisible(read > kMaxListed);
    m_note->setText(tr("The first %1 events are listed; the verdict covers all %2.").arg(kMaxListed).arg(read));
}

void BundleWindow::showCurrent()
{
    const QModelIndex shown = m_page->view()->currentIndex();
    const Event* e = shown.isValid() ? m_model->eventAt(m_page->proxy()->mapToSource(shown).row()) : nullptr;
    if (!e) {
        m_detail->clearEvent();
        return;
    }
    EventDetailView::Check check = EventDetailView::Check::Unchecked;
    if (m_finished && !m_check.cancelled) {
        if (m_check.ok || m_check.firstBad == 0)
            check = m_check.ok ? EventDetailView::Check::Verified : EventDetailView::Check::Unchecked;
        else if (e->seq < m_check.firstBad)
            check = EventDetailView::Check::Verified;
        else
            check = e->seq == m_check.firstBad ? EventDetailView::Check::Fails : EventDetailView::Check::NotReached;
    }
    m_detail->showEvent(*e, check);
}

void BundleWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BundleWindow::retranslateUi()
{
    setWindowTitle(tr("Verify export bundle — %1").arg(QFileInfo(m_path).fileName()));
    m_cancel->setText(tr("Cancel"));
    m_page->retranslateUi();
    m_model->retranslate();
    showVerdict();
    m_detail->retranslate();
}

} // namespace kanribo
