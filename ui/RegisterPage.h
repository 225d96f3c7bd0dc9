// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Item.h"
#include "model/People.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace kanribo
{

class ItemsModel;
class Register;

// The register tab: a filter bar (level, status, holder, container, full-text search), the lazily loaded table of
// items and a detail pane with every marking and record of the selected item. Reads through the Register facade
// only; `canUse` says whether the register may be used now (unlocked, no task on the worker thread).
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(Register& reg, ItemsModel* model, std::function<bool()> canUse, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* levelFilter() const { return m_level; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* holderFilter() const { return m_holder; }
    QComboBox* containerFilter() const { return m_container; }

    // Holders and containers for the filter combos.
    void setPeople(const QList<User>& users, const QList<Container>& containers);
    // Applies the filter bar to the model at once (the search field waits for typing to pause).
    void applyFilter();
    void clearFilter();
    // The item in the detail pane, if any.
    const std::optional<Item>& currentItem() const { return m_current; }
    QString currentControl() const;
    void selectControl(const QString& control);
    // Reloads the detail pane (after a change to the register).
    void reloadDetails();
    void clearDetails();
    void retranslateUi();
    void fitColumns();

Q_SIGNALS:
    // The detail pane shows another item (or none): the banner may change.
    void currentItemChanged();
    void openContentRequested();
    void statusMessage(const QString& message);

private:
    void showDetails(const QString& control);
    void renderDetails();
    static QString accessHow(const AccessEntry& e);
    void copySelection();

    Register& m_reg;
    ItemsModel* m_model;
    std::function<bool()> m_canUse;
    std::optional<Item> m_current;
    QList<Reclassification> m_reclassifications;
    QList<Disclosure> m_disclosures;
    std::optional<AccessList> m_accessList; // officers and auditors (R-PER-5)
    QString m_detailError;
    QTimer m_searchDelay;

    QLabel* m_levelLabel;
    QComboBox* m_level;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_holderLabel;
    QComboBox* m_holder;
    QLabel* m_containerLabel;
    QComboBox* m_container;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_message;
    QSplitter* m_splitter;
    QTableView* m_view;
    QTextBrowser* m_details;
    QPushButton* m_openContent;
};

} // namespace kanribo
