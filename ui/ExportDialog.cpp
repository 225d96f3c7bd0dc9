// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "InspectionReport.h"
#include "Labels.h"
#include "TaskRunner.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace kanribo
{

// What the worker thread reports and the UI thread polls.
struct ExportDialog::Progress {
    std::atomic<int> phase { -1 }; // ExportPhase, -1 before the first report
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> cancel { false };
};

ExportDialog::ExportDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("exportDialog"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const ExportFormat f : { ExportFormat::Bundle, ExportFormat::Csv, ExportFormat::Pdf })
        m_format->addItem(QString(), exportFormatName(f));
    Widgets::addRow(m_form, m_format);

    const QDate today = QDate::currentDate();
    const auto dateRow
        = [this](QCheckBox*& set, QDateEdit*& edit, const char* setName, const char* editName, QDate value) {
              set = new QCheckBox(this);
              set->setObjectName(QString::fromLatin1(setName));
              edit = new QDateEdit(value, this);
              edit->setObjectName(QString::fromLatin1(editName));
              edit->setCalendarPopup(true);
              edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
              edit->setEnabled(false);
              auto* row = new QWidget(this);
              auto* h = new QHBoxLayout(row);
              h->setContentsMargins(0, 0, 0, 0);
              h->addWidget(set);
              h->addWidget(edit, 1);
              connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
              Widgets::addRow(m_form, row);
          };
    dateRow(m_fromSet, m_from, "fromSet", "fromEdit", today.addMonths(-6));
    dateRow(m_toSet, m_to, "toSet", "toEdit", today);

    // The reader: the acting user first, then everyone the core lists (officers and auditors see all).
    m_reader = new QComboBox(this);
    m_reader->setObjectName(QStringLiteral("readerCombo"));
    const User me = m_reg.me();
    m_reader->addItem(QStringLiteral("%1 — %2 (%3)").arg(me.login, me.name, Labels::level(me.clearance)), me.login);
    if (auto users = m_reg.people().users()) {
        for (const User& u : std::as_const(*users)) {
            if (u.login == me.login || u.login.startsWith(QLatin1Char('@')) || !u.active)
                continue;
            m_reader->addItem(QStringLiteral("%1 — %2 (%3)").arg(u.login, u.name, Labels::level(u.clearance)), u.login);
        }
    }
    Widgets::addRow(m_form, m_reader);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QWidget(this);
    auto* fh = new QHBoxLayout(fileRow);
    fh->setContentsMargins(0, 0, 0, 0);
    fh->addWidget(m_file, 1);
    fh->addWidget(m_browse);
    Widgets::addRow(m_form, fileRow);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);

    m_filterNote = new QLabel(this);
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    m_filterNote->setWordWrap(true);
    m_filterNote->setVisible(false);
    layout->addWidget(m_filterNote);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_phase->setVisible(false);
    layout->addWidget(m_phase);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_error = Widgets::errorLabel(this);
    layout->addWidget(m_error);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    setMinimumWidth(560);
    retranslateUi();
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (m_state)
        m_state->cancel = true; // the task finishes (and removes its files) without a dialog to report to
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = exportFormatFromName(m_format->currentData().toString()).value_or(ExportFormat::Bundle);
    r.options.from = m_fromSet->isChecked() ? m_from->date() : QDate();
    r.options.to = m_toSet->isChecked() ? m_to->date() : QDate();
    const QString reader = m_reader->currentData().toString();
    r.options.reader = reader == m_reg.me().login ? QString() : reader;
    r.out = m_file->text().trimmed();
    r.options.kind = m_kind;
    r.options.actor = m_actor;
    r.options.control = m_control;
    return r;
}

void ExportDialog::setEventFilter(
    const QString& kind, const QString& actor, const QString& control, const QDate& from, const QDate& to)
{
    m_kind = kind;
    m_actor = actor;
    m_control = control;
    m_fromSet->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toSet->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    // A bundle holds the whole chain of its range: the filtered view goes out as CSV or PDF.
    m_format->setCurrentIndex(m_format->findData(exportFormatName(ExportFormat::Csv)));
    if (auto* model = qobject_cast<QStandardItemModel*>(m_format->model()))
        model->item(m_format->findData(exportFormatName(ExportFormat::Bundle)))->setEnabled(false);
    retranslateUi();
}

QString ExportDialog::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

QString ExportDialog::errorText() const
{
    return m_error->text();
}

void ExportDialog::accept()
{
    startExport();
}

void ExportDialog::reject()
{
    if (m_running) { // Cancel stops the export; the dialog stays to say so
        if (m_state)
            m_state->cancel = true;
        m_closeButton->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void ExportDialog::startExport()
{
    if (m_running)
        return;
    ExportRequest r = request();
    Widgets::showError(m_error, {});
    m_result->setVisible(false);
    if (r.out.isEmpty()) {
        Widgets::showError(m_error, tr("Choose the file to export to."));
        return;
    }
    auto state = std::make_shared<Progress>();
    m_state = state;
    r.options.progress = [state](ExportPhase phase, qint64 done, qint64 total) {
        state->phase = static_cast<int>(phase);
        state->total = total;
        state->done = done;
        return !state->cancel.load();
    };
    r.renderPdf = [reg = &m_reg, language = currentLanguage()](
                      const InspectionData& data) { return renderInspectionPdf(data, reg->policy(), language); };
    m_running = true;
    m_outcome.reset();
    m_phase->setVisible(true);
    m_phase->setText(tr("Checking the request…"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    updateButtons();
    auto* poll = new QTimer(this);
    poll->setObjectName(QStringLiteral("exportPoll"));
    connect(poll, &QTimer::timeout, this, [this, state]() {
        if (state->phase < 0)
            return;
        const qint64 total = state->total;
        const qint64 done = state->done;
        m_phase->setText(static_cast<ExportPhase>(state->phase.load()) == ExportPhase::Verifying
                ? tr("Verifying the audit trail: event %1 of %2…").arg(done).arg(total)
                : tr("Writing the export: event %1 of %2…").arg(done).arg(total));
        // QProgressBar holds ints: a trail of more than 2^31 events is shown in thousands.
        const int scale = total > INT_MAX ? 1000 : 1;
        m_progress->setRange(0, int(qMax<qint64>(1, total / scale)));
        m_progress->setValue(int(qMin(done, total) / scale));
    });
    poll->start(100);
    m_runner.run(
        this, [reg = &m_reg, r = std::move(r)]() { return exportForInspection(*reg, r); },
        [this, poll, state](Result<ExportOutcome> result) {
            poll->stop();
            poll->deleteLater();
            m_running = false;
            if (state->cancel && !result) {
                m_phase->setText(tr("Export cancelled: nothing was written or recorded."));
                m_progress->setVisible(false);
                m_closeButton->setEnabled(true);
                updateButtons();
                return;
            }
            finished(std::move(result));
        });
}

void ExportDialog::finished(Result<ExportOutcome> result)
{
    m_progress->setVisible(false);
    m_phase->setVisible(false);
    m_closeButton->setEnabled(true);
    if (!result) {
        Widgets::showError(m_error, Widgets::errorText(result.error()));
        updateButtons();
        return;
    }
    m_outcome = std::move(result).value();
    m_result->setText(describe(*m_outcome));
    m_result->setVisible(true);
    Q_EMIT registerChanged();
    updateButtons();
}

QString ExportDialog::describe(const ExportOutcome& x) const
{
    QStringList lines;
    lines << tr("Exported %n event(s) (No. %1 to %2).", nullptr, int(qMin<qint64>(x.events, INT_MAX)))
                 .arg(x.firstSeq)
                 .arg(x.lastSeq);
    for (const QString& f : x.files)
        lines << tr("File: %1").arg(QDir::toNativeSeparators(f));
    if (!x.digest.isEmpty()) {
        lines << tr("Bundle digest: %1").arg(x.digest);
        lines << tr("Signed by: %1  %2").arg(x.signer, x.signerFingerprint);
    }
    if (x.withheld > 0)
        lines << tr("%n item(s) in the accountability view: titles and details withheld from %1.", nullptr,
            int(qMin<qint64>(x.withheld, INT_MAX)))
                     .arg(x.reader);
    const QString hash = QString::fromLatin1(x.head.hash.toHex());
    lines << (x.head.verified
            ? tr("Head: event %1, hash %2 (a checkpoint: the trail before it verifies).").arg(x.head.seq).arg(hash)
            : tr("Head: event %1, hash %2 (the trail does not verify: no checkpoint).").arg(x.head.seq).arg(hash));
    if (x.format == ExportFormat::Bundle)
        lines << tr("Give the inspector the signer's fingerprint by another way than the file: they check it when "
                    "they verify the bundle.");
    return lines.join(QLatin1Char('\n'));
}

void ExportDialog::browse()
{
    const ExportFormat f = request().format;
    QString filter;
    QString suffix;
    switch (f) {
    case ExportFormat::Bundle:
        filter = tr("Export bundles (*.kbundle)");
        suffix = QStringLiteral("kbundle");
        break;
    case ExportFormat::Csv:
        filter = tr("CSV tables (*.csv)");
        suffix = QStringLiteral("csv");
        break;
    case ExportFormat::Pdf:
        filter = tr("PDF reports (*.pdf)");
        suffix = QStringLiteral("pdf");
        break;
    }
    const QString suggested
        = QDir(QFileInfo(m_reg.path()).absolutePath())
              .filePath(QStringLiteral("inspection-%1.%2")
                            .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Export for inspection"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_file->setText(path);
}

void ExportDialog::updateButtons()
{
    const bool idle = !m_running;
    for (QWidget* w :
        { static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_fromSet), static_cast<QWidget*>(m_toSet),
            static_cast<QWidget*>(m_reader), static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_browse) })
        w->setEnabled(idle);
    m_from->setEnabled(idle && m_fromSet->isChecked());
    m_to->setEnabled(idle && m_toSet->isChecked());
    m_exportButton->setEnabled(idle && !m_file->text().trimmed().isEmpty());
    m_exportButton->setVisible(!m_outcome);
    m_closeButton->setText(m_running ? tr("Cancel") : m_outcome ? tr("Close") : tr("Cancel"));
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export for inspection"));
    m_format->setItemText(0, tr("Signed bundle (verifiable offline)"));
    m_format->setItemText(1, tr("CSV tables"));
    m_format->setItemText(2, tr("PDF inspection report"));
    const auto label = [this](QWidget* field, const QString& text) {
        QWidget* row = field->parentWidget() == this ? field : field->parentWidget();
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(row))) {
            l->setText(text);
            l->setBuddy(field);
        }
    };
    label(m_format, tr("&Format:"));
    label(m_fromSet, tr("From:"));
    label(m_toSet, tr("To:"));
    label(m_reader, tr("&For reader:"));
    label(m_file, tr("F&ile:"));
    m_fromSet->setText(tr("from this day (otherwise from the register's creation)"));
    m_toSet->setText(tr("to this day (otherwise to today)"));
    m_reader->setToolTip(tr("Items the reader may not see are left out; items seen only by control number have their "
                            "titles withheld. A bundle cannot be redacted: it is refused for a reader not cleared for "
                            "everything in it."));
    m_browse->setText(tr("&Browse…"));
    QStringList filter;
    if (!m_kind.isEmpty())
        filter << tr("event %1").arg(m_kind);
    if (!m_actor.isEmpty())
        filter << tr("signed by %1").arg(m_actor);
    if (!m_control.isEmpty())
        filter << tr("about %1").arg(m_control);
    m_filterNote->setVisible(!filter.isEmpty());
    m_filterNote->setText(tr("The audit view as filtered: only the events %1. The other tables cover the whole period.")
                              .arg(filter.join(QStringLiteral(", "))));
    m_exportButton->setText(tr("&Export"));
    updateButtons();
}

} // namespace kanribo
