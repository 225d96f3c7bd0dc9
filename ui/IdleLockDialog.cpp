// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLockDialog.h"

#include "Widgets.h"
#include "service/Register.h"

#include <QFormLayout>
#include <QSpinBox>

namespace kanribo
{

IdleLockDialog::IdleLockDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("idleLockDialog"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(reg.idleLockMinutes());
    Widgets::addRow(form(), m_minutes);
    retranslateUi();
}

void IdleLockDialog::retranslateUi()
{
    setWindowTitle(tr("Idle lock"));
    setRowLabel(m_minutes, tr("&Lock after (minutes):"));
    m_minutes->setToolTip(tr("Every window of this register locks after this many minutes without input."));
    setOkText(tr("&Save"));
}

void IdleLockDialog::submit()
{
    run([minutes = m_minutes->value()](Register& r) { return r.setIdleLockMinutes(minutes); });
}

} // namespace kanribo
