// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Custody.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kanribo
{

class Register;
class TaskRunner;

// R-INV-1 inventory: start one for the whole register or a container, sight every copy by typing or scanning its
// copy number (a barcode scanner is a keyboard: number + Enter), then finish: present, missing and unexpected copies
// and the incidents the core opened for the missing ones. An inventory left open is resumed. Copy numbers only,
// no titles: the dialog adds nothing to the banner.
class InventoryDialog : public QDialog
{
    Q_OBJECT

public:
    InventoryDialog(Register& reg, TaskRunner& runner, QWidget* parent = nullptr);

    QString errorText() const;
    bool isInventoryOpen() const { return m_open.has_value(); }
    const std::optional<InventoryResult>& result() const { return m_result; }

Q_SIGNALS:
    // The register was changed (incidents opened): the views reload.
    void registerChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void start();
    void finish();
    void sightEntered();
    void sightNext();
    void reloadOpen();
    void showOpen();
    void showResult();
    void updateState();
    void showError(const QString& message);

    Register& m_reg;
    TaskRunner& m_runner;
    std::optional<InventoryResult> m_open; // the inventory in progress (present = sighted so far)
    std::optional<InventoryResult> m_result; // the last one finished here
    QStringList m_pending; // scanned, not yet recorded
    bool m_busy = false;
    bool m_resumed = false;

    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QPushButton* m_start;
    QLabel* m_state;
    QLabel* m_sightingLabel;
    QLineEdit* m_sighting;
    QLabel* m_sightedLabel;
    QListWidget* m_sighted;
    QPushButton* m_finish;
    QLabel* m_presentLabel;
    QListWidget* m_present;
    QLabel* m_missingLabel;
    QListWidget* m_missing;
    QLabel* m_unexpectedLabel;
    QListWidget* m_unexpected;
    QLabel* m_incidents;
    QLabel* m_error;
    QPushButton* m_close;
};

} // namespace kanribo
