// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"
#include "service/Custody.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace kanribo
{

// R-INC-2: an officer records when the originating government was notified, the findings of the investigation and
// the corrective measures, and closes the incident. The core refuses to close before all three are recorded; the
// dialog shows that reason.
class IncidentUpdateDialog : public AdminDialog
{
    Q_OBJECT

public:
    IncidentUpdateDialog(Register& reg, TaskRunner& runner, const Incident& incident, QWidget* parent = nullptr);
    qint64 incidentId() const { return m_incident.id; }

protected:
    void retranslateUi() override;
    void submit() override;

private:
    Incident m_incident;
    QLabel* m_summary;
    QCheckBox* m_notified;
    QDateEdit* m_notifiedOn;
    QPlainTextEdit* m_findings;
    QPlainTextEdit* m_measures;
    QCheckBox* m_close;
};

} // namespace kanribo
