// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Exports.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kanribo
{

class Register;
class TaskRunner;

// File → Export for inspection… (R-INV-2): the signed bundle, CSV tables or the PDF report, for a date range and
// for a reader (redaction by the same rule as kanribo-cli audit export --for). The export runs on the register's
// worker thread with a progress bar and Cancel; at the end the dialog shows the files, the bundle's digest and the
// head of the trail the export covers (R-TRU-3). The core decides who may export and records it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // What the form asks for (progress and the PDF renderer are added when it runs).
    ExportRequest request() const;
    bool isRunning() const { return m_running; }
    // An export of the audit view as filtered (CSV or PDF: a bundle cannot be filtered); the period is the filter's.
    void setEventFilter(
        const QString& kind, const QString& actor, const QString& control, const QDate& from, const QDate& to);
    QString resultText() const;
    QString errorText() const;
    const std::optional<ExportOutcome>& outcome() const { return m_outcome; }

public Q_SLOTS:
    void startExport();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The export was recorded (audit.exported): the views reload.
    void registerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void updateButtons();
    void finished(Result<ExportOutcome> result);
    QString describe(const ExportOutcome& x) const;

    Register& m_reg;
    TaskRunner& m_runner;
    QFormLayout* m_form;
    QComboBox* m_format;
    QCheckBox* m_fromSet;
    QDateEdit* m_from;
    QCheckBox* m_toSet;
    QDateEdit* m_to;
    QComboBox* m_reader;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_filterNote;
    QString m_kind;
    QString m_actor;
    QString m_control;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QLabel* m_error;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    QPushButton* m_closeButton;
    bool m_running = false;
    std::optional<ExportOutcome> m_outcome;
    struct Progress;
    std::shared_ptr<Progress> m_state; // shared with the worker thread
};

} // namespace kanribo
