// SPDX-License-Identifier: GPL-3.0-or-later
#include "CombinationDialog.h"

#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>

namespace kanribo
{

CombinationDialog::CombinationDialog(Register& reg, TaskRunner& runner, const QString& containerId, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("combinationDialog"));
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerCombo"));
    if (auto containers = reg.people().containers())
        for (const Container& c : containers.value())
            m_container->addItem(QStringLiteral("%1 (%2)").arg(c.id, reg.policy().bannerText(c.level)), c.id);
    if (const int i = m_container->findData(containerId); i >= 0)
        m_container->setCurrentIndex(i);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("peopleList"));
    // Every active person; the core refuses one not cleared for the container's level, with the reason.
    if (auto users = reg.people().users())
        for (const User& u : users.value())
            if (u.active) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(u.login, u.name), m_people);
                item->setData(Qt::UserRole, u.login);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
    Widgets::addRow(form(), m_container);
    Widgets::addRow(form(), m_people);
    connect(m_container, &QComboBox::currentIndexChanged, this, &CombinationDialog::showCustodians);
    showCustodians();
    retranslateUi();
}

void CombinationDialog::showCustodians()
{
    QStringList known;
    if (auto states = reg().people().containerStates())
        for (const ContainerState& s : states.value())
            if (s.container.id == m_container->currentData().toString())
                known = s.custodians;
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem* item = m_people->item(i);
        item->setCheckState(known.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void CombinationDialog::retranslateUi()
{
    setWindowTitle(tr("Who knows the combination"));
    setRowLabel(m_container, tr("C&ontainer:"));
    setRowLabel(m_people, tr("&Known to:"));
    m_people->setToolTip(tr("Record the people only; never the combination itself."));
    setOkText(tr("&Record"));
}

void CombinationDialog::submit()
{
    const QString id = m_container->currentData().toString();
    QStringList logins;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            logins << m_people->item(i)->data(Qt::UserRole).toString();
    run([id, logins](Register& r) { return r.people().setCombinationCustodians(id, logins); });
}

} // namespace kanribo
