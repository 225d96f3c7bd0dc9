// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddUserDialog.h"

#include "PasswordStrengthLabel.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>

namespace kanribo
{

namespace
{
QString dateFormat()
{
    return currentLanguage() == QLatin1String("ja") ? QStringLiteral("yyyy年M月d日") : QStringLiteral("yyyy-MM-dd");
}
} // namespace

AddUserDialog::AddUserDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
{
    setObjectName(QStringLiteral("addUserDialog"));
    const QDate today = reg.today();
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_clearance = new QComboBox(this);
    m_clearance->setObjectName(QStringLiteral("clearanceCombo"));
    m_expires = new QDateEdit(today.addYears(5), this);
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_expires->setCalendarPopup(true);
    m_nationality = Widgets::nationalityCombo(QStringLiteral("nationalityCombo"), this);
    auto* briefedRow = new QWidget(this);
    auto* h = new QHBoxLayout(briefedRow);
    h->setContentsMargins(0, 0, 0, 0);
    m_briefedCheck = new QCheckBox(briefedRow);
    m_briefedCheck->setObjectName(QStringLiteral("briefedCheck"));
    m_briefedCheck->setChecked(true);
    m_briefed = new QDateEdit(today, briefedRow);
    m_briefed->setObjectName(QStringLiteral("briefedEdit"));
    m_briefed->setCalendarPopup(true);
    h->addWidget(m_briefedCheck);
    h->addWidget(m_briefed, 1);
    connect(m_briefedCheck, &QCheckBox::toggled, m_briefed, &QWidget::setEnabled);
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groupsList"));
    m_groups->setMaximumHeight(120);
    if (auto groups = reg.people().groups()) {
        for (const Group& g : groups.value()) {
            auto* item = new QListWidgetItem(g.name, m_groups);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(g.description);
        }
    }
    m_password = Widgets::passwordEdit(QStringLiteral("passwordEdit"), this);
    m_confirm = Widgets::passwordEdit(QStringLiteral("confirmEdit"), this);
    Widgets::addRow(form(), m_login);
    Widgets::addRow(form(), m_name);
    Widgets::addRow(form(), m_role);
    Widgets::addRow(form(), m_clearance);
    Widgets::addRow(form(), m_expires);
    Widgets::addRow(form(), m_nationality);
    Widgets::addRow(form(), briefedRow);
    Widgets::addRow(form(), m_groups);
    Widgets::addRow(form(), m_password);
    auto* strength = new PasswordStrengthLabel(
        m_password,
        [this, facility = reg.facility()] {
            return QStringList { m_login->text(), m_name->text(), facility };
        },
        this);
    strength->watch(m_login);
    strength->watch(m_name);
    form()->addRow(QString(), strength);
    Widgets::addRow(form(), m_confirm);
    m_nationality->setCurrentText(QStringLiteral("JPN"));
    retranslateUi();
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    setRowLabel(m_login, tr("&Login:"));
    setRowLabel(m_name, tr("&Name:"));
    setRowLabel(m_role, tr("&Role:"));
    setRowLabel(m_clearance, tr("&Clearance:"));
    setRowLabel(m_expires, tr("Clearance &expires:"));
    setRowLabel(m_nationality, tr("Na&tionality:"));
    setRowLabel(m_briefedCheck->parentWidget(), tr("&Briefed:"));
    setRowLabel(m_groups, tr("Need-to-know &groups:"));
    setRowLabel(m_password, tr("&Password:"));
    setRowLabel(m_confirm, tr("Con&firm password:"));
    m_briefedCheck->setText(tr("on"));
    m_briefedCheck->setToolTip(tr("The user has been briefed on handling responsibilities"));
    m_login->setPlaceholderText(tr("lower-case letters and digits, e.g. suzuki"));
    m_nationality->setToolTip(tr("ISO 3166 alpha-3 code, e.g. JPN or USA"));
    m_expires->setDisplayFormat(dateFormat());
    m_briefed->setDisplayFormat(dateFormat());
    Widgets::fillRoles(m_role);
    Widgets::fillLevels(m_clearance);
    setOkText(tr("&Add user"));
}

void AddUserDialog::submit()
{
    if (m_password->text() != m_confirm->text()) {
        showError(tr("The passwords do not match."));
        m_confirm->clear();
        return;
    }
    NewUser u;
    u.login = m_login->text().trimmed();
    u.name = m_name->text().trimmed();
    u.role = Widgets::selectedRole(m_role);
    u.clearance = Widgets::selectedLevel(m_clearance);
    u.clearanceExpires = m_expires->date();
    u.nationality = m_nationality->currentText().trimmed().toUpper();
    if (m_briefedCheck->isChecked())
        u.briefed = m_briefed->date();
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->checkState() == Qt::Checked)
            u.groups << m_groups->item(i)->text();
    m_confirm->clear();
    run([u, password = Widgets::takePassword(m_password)](Register& r) -> Status {
        auto added = r.people().addUser(u, password->bytes());
        if (!added)
            return added.error();
        return {};
    });
}

} // namespace kanribo
