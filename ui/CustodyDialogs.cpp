// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustodyDialogs.h"

#include "Labels.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kanribo
{

namespace
{

template <typename T> Status statusOf(const Result<T>& r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

CopyDialog::CopyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : ItemDialog(reg, runner, item, parent)
{
}

void CopyDialog::addCopyRow()
{
    m_copy = new QComboBox(this);
    m_copy->setObjectName(QStringLiteral("copyCombo"));
    for (const Copy& c : item().copies) {
        if (c.status != CopyStatus::Active && c.status != CopyStatus::Dispatched)
            continue;
        const QString where = !c.holder.isEmpty() ? c.holder : c.container;
        m_copy->addItem(QStringLiteral("%1 — %2").arg(c.id, where), c.id);
    }
    Widgets::addRow(form(), m_copy);
}

void CopyDialog::setCopyLabel(const QString& text)
{
    if (m_copy)
        setRowLabel(m_copy, text);
}

QString CopyDialog::selectedCopy() const
{
    return m_copy ? m_copy->currentData().toString() : QString();
}

QComboBox* CopyDialog::loginCombo(Register& reg, const QString& objectName, QWidget* parent)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    if (auto users = reg.people().users())
        for (const User& u : users.value())
            if (u.active && u.login != reg.me().login)
                c->addItem(u.login);
    c->setCurrentText(QString());
    return c;
}

// --- hand receipt -------------------------------------------------------------------------------------------------

HandReceiptDialog::HandReceiptDialog(Register& reg, TaskRunner& runner, const Item& item, Mode mode, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Transfer ? QStringLiteral("handReceiptDialog") : QStringLiteral("issueDialog"));
    addCopyRow();
    m_receiver = loginCombo(reg, QStringLiteral("receiverLogin"), this);
    m_password = Widgets::passwordEdit(QStringLiteral("receiverPassword"), this);
    Widgets::addRow(form(), m_receiver);
    Widgets::addRow(form(), m_password);
    if (mode == Mode::Issue) {
        m_dueCheck = new QCheckBox(this);
        m_dueCheck->setObjectName(QStringLiteral("dueCheck"));
        m_due = new QDateEdit(reg.today().addDays(14), this);
        m_due->setObjectName(QStringLiteral("dueDate"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_due->setMinimumDate(reg.today());
        m_due->setEnabled(false);
        connect(m_dueCheck, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
        form()->addRow(m_dueCheck, m_due);
    }
    retranslateUi();
}

void HandReceiptDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::Transfer ? tr("Hand receipt (transfer a copy)") : tr("Issue a stored copy"));
    retranslateItemLine();
    setCopyLabel(tr("&Copy:"));
    setRowLabel(m_receiver, tr("&Receiver's login:"));
    setRowLabel(m_password, tr("Receiver's &password:"));
    m_password->setPlaceholderText(tr("the receiver types it here, now"));
    setOkText(m_mode == Mode::Transfer ? tr("&Sign hand receipt") : tr("&Issue and sign"));
    if (m_dueCheck)
        m_dueCheck->setText(tr("D&ue back on:"));
}

void HandReceiptDialog::submit()
{
    const QString copy = selectedCopy();
    const QString receiverLogin = m_receiver->currentText().trimmed();
    const Password password = Widgets::takePassword(m_password);
    const Mode mode = m_mode;
    const QDate due = m_dueCheck && m_dueCheck->isChecked() ? m_due->date() : QDate();
    run([=](Register& r) {
        const SecondPerson receiver { receiverLogin, password->bytes() };
        return mode == Mode::Transfer ? r.custody().transfer(copy, receiver) : r.custody().issue(copy, receiver, due);
    });
}

// --- store --------------------------------------------------------------------------------------------------------

StoreDialog::StoreDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("storeDialog"));
    addCopyRow();
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerCombo"));
    if (auto containers = reg.people().containers())
        for (const Container& c : containers.value())
            m_container->addItem(QStringLiteral("%1 (%2)").arg(c.id, reg.policy().bannerText(c.level)), c.id);
    Widgets::addRow(form(), m_container);
    retranslateUi();
}

void StoreDialog::retranslateUi()
{
    setWindowTitle(tr("Return a copy to storage"));
    retranslateItemLine();
    setCopyLabel(tr("&Copy:"));
    setRowLabel(m_container, tr("C&ontainer:"));
    setOkText(tr("&Store"));
}

void StoreDialog::submit()
{
    const QString copy = selectedCopy();
    const QString container = m_container->currentData().toString();
    run([=](Register& r) { return r.custody().store(copy, container); });
}

// --- dispatch and receipt -----------------------------------------------------------------------------------------

DispatchDialog::DispatchDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("dispatchDialog"));
    addCopyRow();
    m_toOrg = new QLineEdit(this);
    m_toOrg->setObjectName(QStringLiteral("toOrgEdit"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_due = dateEdit(QStringLiteral("receiptDueEdit"), this);
    m_due->setDate(QDate::currentDate().addDays(14));
    Widgets::addRow(form(), m_toOrg);
    Widgets::addRow(form(), m_channel);
    Widgets::addRow(form(), m_due);
    retranslateUi();
}

void DispatchDialog::retranslateUi()
{
    setWindowTitle(tr("Dispatch a copy"));
    retranslateItemLine();
    setCopyLabel(tr("&Copy:"));
    setRowLabel(m_toOrg, tr("&Recipient organisation:"));
    setRowLabel(m_channel, tr("C&hannel:"));
    setRowLabel(m_due, tr("Receipt &due:"));
    const int current = m_channel->currentIndex();
    m_channel->clear();
    for (const char* c : { "courier", "mail", "hand-carry", "electronic" })
        m_channel->addItem(Labels::channel(QString::fromLatin1(c)), QString::fromLatin1(c));
    m_channel->setCurrentIndex(qMax(0, current));
    setOkText(tr("&Dispatch"));
}

void DispatchDialog::submit()
{
    const QString copy = selectedCopy();
    const QString org = m_toOrg->text().trimmed();
    const QString channel = m_channel->currentData().toString();
    const QDate due = m_due->date();
    run([=](Register& r) { return statusOf(r.custody().dispatch(copy, org, channel, due)); });
}

RecordReceiptDialog::RecordReceiptDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("recordReceiptDialog"));
    addCopyRow();
    m_receiptNo = new QLineEdit(this);
    m_receiptNo->setObjectName(QStringLiteral("receiptNoEdit"));
    Widgets::addRow(form(), m_receiptNo);
    retranslateUi();
}

void RecordReceiptDialog::retranslateUi()
{
    setWindowTitle(tr("Record the returned receipt"));
    retranslateItemLine();
    setCopyLabel(tr("&Copy:"));
    setRowLabel(m_receiptNo, tr("&Receipt no.:"));
    setOkText(tr("&Record receipt"));
}

void RecordReceiptDialog::submit()
{
    const QString copy = selectedCopy();
    const QString no = m_receiptNo->text().trimmed();
    run([=](Register& r) { return r.custody().recordReceipt(copy, no); });
}

// --- reproduction -------------------------------------------------------------------------------------------------

ReproduceDialog::ReproduceDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("reproduceDialog"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 99);
    m_reason = Widgets::textEdit(QStringLiteral("reasonEdit"), this);
    m_consent = new QLineEdit(this);
    m_consent->setObjectName(QStringLiteral("consentRefEdit"));
    m_approver = loginCombo(reg, QStringLiteral("approverLogin"), this);
    m_approverPassword = Widgets::passwordEdit(QStringLiteral("approverPassword"), this);
    m_translation = new QCheckBox(this);
    m_translation->setObjectName(QStringLiteral("translationBox"));
    m_notation = new QLineEdit(this);
    m_notation->setObjectName(QStringLiteral("notationEdit"));
    m_notation->setEnabled(false);
    connect(m_translation, &QCheckBox::toggled, m_notation, &QWidget::setEnabled);
    Widgets::addRow(form(), m_count);
    Widgets::addRow(form(), m_reason);
    Widgets::addRow(form(), m_consent);
    Widgets::addRow(form(), m_approver);
    Widgets::addRow(form(), m_approverPassword);
    Widgets::addRow(form(), m_translation);
    Widgets::addRow(form(), m_notation);
    retranslateUi();
}

void ReproduceDialog::retranslateUi()
{
    setWindowTitle(tr("Reproduce or translate"));
    retranslateItemLine();
    setRowLabel(m_count, tr("&Number of copies:"));
    setRowLabel(m_reason, tr("&Reason (official need):"));
    setRowLabel(m_consent, tr("Originator's &consent ref.:"));
    setRowLabel(m_approver, tr("&Approver's login:"));
    setRowLabel(m_approverPassword, tr("Approver's &password:"));
    setRowLabel(m_translation, tr("&Translation:"));
    setRowLabel(m_notation, tr("N&otation:"));
    m_translation->setText(tr("The new copies are a translation"));
    m_notation->setPlaceholderText(tr("e.g. Contains information of the Government of the USA"));
    m_approverPassword->setPlaceholderText(tr("the approver types it here, now"));
    setOkText(tr("&Reproduce"));
}

void ReproduceDialog::submit()
{
    const QString control = item().control;
    const int count = m_count->value();
    const QString reason = m_reason->toPlainText().trimmed();
    const QString consent = m_consent->text().trimmed();
    const QString approverLogin = m_approver->currentText().trimmed();
    const Password password = Widgets::takePassword(m_approverPassword);
    const bool translation = m_translation->isChecked();
    const QString notation = m_notation->text().trimmed();
    run([=](Register& r) {
        const SecondPerson approver { approverLogin, password->bytes() };
        return statusOf(r.custody().reproduce(control, count, reason, consent, approver, translation, notation));
    });
}

// --- destruction --------------------------------------------------------------------------------------------------

DestroyDialog::DestroyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("destroyDialog"));
    addCopyRow();
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_witness = loginCombo(reg, QStringLiteral("witnessLogin"), this);
    m_witnessPassword = Widgets::passwordEdit(QStringLiteral("witnessPassword"), this);
    Widgets::addRow(form(), m_method);
    Widgets::addRow(form(), m_witness);
    Widgets::addRow(form(), m_witnessPassword);
    retranslateUi();
}

void DestroyDialog::retranslateUi()
{
    setWindowTitle(tr("Destroy a copy"));
    retranslateItemLine();
    setCopyLabel(tr("&Copy:"));
    setRowLabel(m_method, tr("&Method:"));
    setRowLabel(m_witness, tr("&Witness's login:"));
    setRowLabel(m_witnessPassword, tr("Witness's &password:"));
    const int current = m_method->currentIndex();
    m_method->clear();
    for (const QString& m : reg().policy().destructionMethods())
        m_method->addItem(Labels::destructionMethod(m), m);
    m_method->setCurrentIndex(qMax(0, current));
    const bool witness = reg().policy().rules(item().level).witnessRequired;
    m_witnessPassword->setPlaceholderText(
        witness ? tr("required for this level: the witness types it here, now") : tr("not required for this level"));
    setOkText(tr("&Destroy and sign"));
}

void DestroyDialog::submit()
{
    const QString copy = selectedCopy();
    const QString method = m_method->currentData().toString();
    const QString witnessLogin = m_witness->currentText().trimmed();
    const Password password = Widgets::takePassword(m_witnessPassword);
    run([=](Register& r) {
        return statusOf(r.custody().destroy(copy, method, SecondPerson { witnessLogin, password->bytes() }));
    });
}

// --- incidents ----------------------------------------------------------------------------------------------------

ReportIncidentDialog::ReportIncidentDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : CopyDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("reportIncidentDialog"));
    m_allCopies = new QCheckBox(this);
    m_allCopies->setObjectName(QStringLiteral("allCopiesBox"));
    m_allCopies->setChecked(true);
    Widgets::addRow(form(), m_allCopies);
    addCopyRow();
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_summary = Widgets::textEdit(QStringLiteral("summaryEdit"), this);
    Widgets::addRow(form(), m_kind);
    Widgets::addRow(form(), m_summary);
    retranslateUi();
}

void ReportIncidentDialog::retranslateUi()
{
    setWindowTitle(tr("Report loss or compromise"));
    retranslateItemLine();
    setRowLabel(m_allCopies, tr("&Affected:"));
    m_allCopies->setText(tr("Every active copy of the item"));
    setCopyLabel(tr("or one &copy:"));
    setRowLabel(m_kind, tr("&Kind:"));
    setRowLabel(m_summary, tr("&Summary:"));
    const int current = m_kind->currentIndex();
    m_kind->clear();
    m_kind->addItem(tr("Loss"), incidentKindName(IncidentKind::Loss));
    m_kind->addItem(tr("Compromise"), incidentKindName(IncidentKind::Compromise));
    m_kind->addItem(tr("Possible compromise"), incidentKindName(IncidentKind::PossibleCompromise));
    m_kind->setCurrentIndex(qMax(0, current));
    setOkText(tr("&Report now"));
}

void ReportIncidentDialog::submit()
{
    const QString target = m_allCopies->isChecked() ? item().control : selectedCopy();
    const IncidentKind kind = incidentKindFromName(m_kind->currentData().toString()).value_or(IncidentKind::Loss);
    const QString summary = m_summary->toPlainText().trimmed();
    run([=](Register& r) { return statusOf(r.custody().reportIncident(target, kind, summary)); });
}

} // namespace kanribo
