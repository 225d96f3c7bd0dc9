// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ItemDialogs.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kanribo
{

// The custody workflows (R-CUS, R-REP, R-DST, R-INC in docs/rules.md). Each dialog acts on one item's copies,
// carries the item's banners and shows the core's refusal with its reasons; a second person (receiver, approver,
// witness) types their OWN password in the same dialog, at the time.
class CopyDialog : public ItemDialog
{
    Q_OBJECT

public:
    CopyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent);
    QString selectedCopy() const;

protected:
    // Adds the copy row (active copies of the item) to the form.
    void addCopyRow();
    void setCopyLabel(const QString& text);
    static QComboBox* loginCombo(Register& reg, const QString& objectName, QWidget* parent);

private:
    QComboBox* m_copy = nullptr;
};

// R-CUS-3 hand receipt: the holder gives a copy to a receiver (Transfer), or an officer/custodian issues a stored
// copy (Issue). The receiver signs with their own password (objectName receiverPassword).
class HandReceiptDialog : public CopyDialog
{
    Q_OBJECT

public:
    enum class Mode { Transfer, Issue };
    HandReceiptDialog(Register& reg, TaskRunner& runner, const Item& item, Mode mode, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    Mode m_mode;
    QComboBox* m_receiver;
    QLineEdit* m_password;
    QCheckBox* m_dueCheck = nullptr; // issue only: when the copy is to come back
    QDateEdit* m_due = nullptr;
};

// R-CUS-4: the holder returns a copy to a container approved for its level.
class StoreDialog : public CopyDialog
{
    Q_OBJECT

public:
    StoreDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_container;
};

// R-CUS-5: dispatch outside the facility, and the returned receipt.
class DispatchDialog : public CopyDialog
{
    Q_OBJECT

public:
    DispatchDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_toOrg;
    QComboBox* m_channel;
    QDateEdit* m_due;
};

class RecordReceiptDialog : public CopyDialog
{
    Q_OBJECT

public:
    RecordReceiptDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QLineEdit* m_receiptNo;
};

// R-REP-1..3: reproduction or translation; Top Secret needs the consent reference and an approver who signs.
class ReproduceDialog : public CopyDialog
{
    Q_OBJECT

public:
    ReproduceDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QSpinBox* m_count;
    QPlainTextEdit* m_reason;
    QLineEdit* m_consent;
    QComboBox* m_approver;
    QLineEdit* m_approverPassword;
    QCheckBox* m_translation;
    QLineEdit* m_notation;
};

// R-DST-1..4: destruction with a method from the policy pack; the witness logs in and signs at the time.
class DestroyDialog : public CopyDialog
{
    Q_OBJECT

public:
    DestroyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_method;
    QComboBox* m_witness;
    QLineEdit* m_witnessPassword;
};

// R-INC-1: loss, compromise or possible compromise, reported at once with the affected copies.
class ReportIncidentDialog : public CopyDialog
{
    Q_OBJECT

public:
    ReportIncidentDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QCheckBox* m_allCopies;
    QComboBox* m_kind;
    QPlainTextEdit* m_summary;
};

} // namespace kanribo
