// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddContainerDialog.h"

#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace kanribo
{

AddContainerDialog::AddContainerDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("addContainerDialog"));
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    Widgets::addRow(form(), m_id);
    Widgets::addRow(form(), m_level);
    Widgets::addRow(form(), m_location);
    retranslateUi();
    Widgets::selectLevel(m_level, Level::Secret);
}

void AddContainerDialog::retranslateUi()
{
    setWindowTitle(tr("Add security container"));
    setRowLabel(m_id, tr("Container &id:"));
    setRowLabel(m_level, tr("Approved &level:"));
    setRowLabel(m_location, tr("L&ocation:"));
    m_id->setPlaceholderText(tr("e.g. SAFE-01"));
    m_location->setPlaceholderText(tr("e.g. Building 2, room 204"));
    Widgets::fillLevels(m_level);
    setOkText(tr("&Add container"));
}

void AddContainerDialog::submit()
{
    Container c;
    c.id = m_id->text().trimmed();
    c.level = Widgets::selectedLevel(m_level);
    c.location = m_location->text().trimmed();
    run([c](Register& r) { return r.people().addContainer(c); });
}

} // namespace kanribo
