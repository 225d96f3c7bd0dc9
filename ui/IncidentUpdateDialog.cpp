// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentUpdateDialog.h"

#include "IncidentsModel.h"
#include "Labels.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace kanribo
{

IncidentUpdateDialog::IncidentUpdateDialog(Register& reg, TaskRunner& runner, const Incident& incident, QWidget* parent)
    : AdminDialog(reg, runner, parent)
    , m_incident(incident)
{
    setObjectName(QStringLiteral("incidentUpdateDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("incidentLine"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(m_summary);
    m_notified = new QCheckBox(this);
    m_notified->setObjectName(QStringLiteral("originatorNotifiedBox"));
    m_notified->setChecked(incident.originatorNotified.isValid());
    m_notifiedOn = new QDateEdit(this);
    m_notifiedOn->setObjectName(QStringLiteral("originatorNotifiedEdit"));
    m_notifiedOn->setCalendarPopup(true);
    m_notifiedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notifiedOn->setDate(incident.originatorNotified.isValid() ? incident.originatorNotified : reg.today());
    m_notifiedOn->setEnabled(m_notified->isChecked());
    connect(m_notified, &QCheckBox::toggled, m_notifiedOn, &QWidget::setEnabled);
    m_findings = Widgets::textEdit(QStringLiteral("findingsEdit"), this, 90);
    m_findings->setPlainText(incident.findings);
    m_measures = Widgets::textEdit(QStringLiteral("measuresEdit"), this, 90);
    m_measures->setPlainText(incident.measures);
    m_close = new QCheckBox(this);
    m_close->setObjectName(QStringLiteral("closeBox"));
    Widgets::addRow(form(), m_notified);
    Widgets::addRow(form(), m_notifiedOn);
    Widgets::addRow(form(), m_findings);
    Widgets::addRow(form(), m_measures);
    Widgets::addRow(form(), m_close);
    retranslateUi();
}

void IncidentUpdateDialog::retranslateUi()
{
    setWindowTitle(tr("Update incident %1").arg(m_incident.id));
    m_summary->setText(tr("Incident %1 — %2, reported %3 by %4\nCopies: %5")
                           .arg(QString::number(m_incident.id), IncidentsModel::kindText(m_incident.kind),
                               Labels::dateTime(m_incident.reportedAt), m_incident.reportedBy,
                               m_incident.copies.join(QStringLiteral(", "))));
    setRowLabel(m_notified, tr("&Originator:"));
    m_notified->setText(tr("The originating government has been notified"));
    setRowLabel(m_notifiedOn, tr("Notified &on:"));
    setRowLabel(m_findings, tr("&Findings:"));
    setRowLabel(m_measures, tr("Corrective &measures:"));
    setRowLabel(m_close, tr("&Status:"));
    m_close->setText(tr("Close the incident"));
    setOkText(tr("&Record"));
}

void IncidentUpdateDialog::submit()
{
    // Only what changed is sent; the core decides whether the incident may be closed.
    IncidentUpdate update;
    if (m_notified->isChecked() && m_notifiedOn->date() != m_incident.originatorNotified)
        update.originatorNotified = m_notifiedOn->date();
    const QString findings = m_findings->toPlainText().trimmed();
    if (findings != m_incident.findings)
        update.findings = findings;
    const QString measures = m_measures->toPlainText().trimmed();
    if (measures != m_incident.measures)
        update.measures = measures;
    update.close = m_close->isChecked();
    const qint64 id = m_incident.id;
    run([=](Register& r) {
        auto result = r.custody().updateIncident(id, update);
        return result ? Status {} : Status { result.error() };
    });
}

} // namespace kanribo
