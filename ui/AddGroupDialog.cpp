// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddGroupDialog.h"

#include "Widgets.h"
#include "service/Register.h"

#include <QFormLayout>
#include <QLineEdit>

namespace kanribo
{

AddGroupDialog::AddGroupDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("addGroupDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    Widgets::addRow(form(), m_name);
    Widgets::addRow(form(), m_description);
    retranslateUi();
}

void AddGroupDialog::retranslateUi()
{
    setWindowTitle(tr("Add need-to-know group"));
    setRowLabel(m_name, tr("&Name:"));
    setRowLabel(m_description, tr("&Description:"));
    m_name->setPlaceholderText(tr("e.g. project-sakura"));
    setOkText(tr("&Add group"));
}

void AddGroupDialog::submit()
{
    run([name = m_name->text().trimmed(), description = m_description->text().trimmed()](
            Register& r) { return r.people().addGroup(name, description); });
}

} // namespace kanribo
