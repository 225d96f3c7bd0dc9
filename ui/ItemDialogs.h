// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdminDialog.h"
#include "model/Item.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kanribo
{

// Base of the dialogs that act on one item: its banners at top and bottom (R-MRK-3) and a line naming it.
class ItemDialog : public AdminDialog
{
    Q_OBJECT

public:
    ItemDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent);
    const Item& item() const { return m_item; }

protected:
    void retranslateItemLine();
    static QDateEdit* dateEdit(const QString& objectName, QWidget* parent);

private:
    Item m_item;
    QLabel* m_itemLine;
};

// R-MRK-7: reclassification on a recorded notice from the originator.
class ReclassifyDialog : public ItemDialog
{
    Q_OBJECT

public:
    ReclassifyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_level;
    QLineEdit* m_noticeBy;
    QDateEdit* m_noticeDate;
    QLineEdit* m_reference;
    QPlainTextEdit* m_reason;
};

// R-ACC-5: the originating government's written approval to release the item to a third country.
class ReleaseApprovalDialog : public ItemDialog
{
    Q_OBJECT

public:
    ReleaseApprovalDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void submit() override;

private:
    QComboBox* m_nationality;
    QLineEdit* m_reference;
    QDateEdit* m_approvedOn;
};

} // namespace kanribo
