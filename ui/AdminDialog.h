// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "model/Level.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace kanribo
{

class BannerWidget;
class Register;
class TaskRunner;

// A form that asks the core to change the register. The core decides (officers only, every rule); the dialog shows
// the core's refusal or error, already translated, in its error label.
class AdminDialog : public QDialog
{
    Q_OBJECT

public:
    AdminDialog(Register& reg, TaskRunner& runner, QWidget* parent);
    ~AdminDialog() override;

    QString errorText() const;
    // The level of the item the dialog shows (Unclassified when none); MainWindow's banner counts it (R-MRK-3).
    Level shownLevel() const { return m_shownLevel; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The register was changed: the views reload.
    void registerChanged();

protected:
    void changeEvent(QEvent* event) override;
    // Subclasses call it at the end of their constructor too.
    virtual void retranslateUi() = 0;
    // Called on OK: checks the form and calls run().
    virtual void submit() = 0;

    // Runs the change on the register's worker thread; accepts on success, shows the error otherwise.
    void run(std::function<Status(Register&)> change);
    void showError(const QString& message);
    void setRowLabel(QWidget* field, const QString& text);
    void setOkText(const QString& text);
    // A dialog that shows an item carries its marking at top and bottom (R-MRK-3), from the policy pack.
    void showItemBanners(Level level);

    Register& reg() { return m_reg; }
    const Register& reg() const { return m_reg; }
    QFormLayout* form() { return m_form; }
    QVBoxLayout* mainLayout() { return m_layout; }

private:
    void setBusy(bool busy);

    Register& m_reg;
    TaskRunner& m_runner;
    QVBoxLayout* m_layout;
    QFormLayout* m_form;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_okButton;
    bool m_running = false;
    Level m_shownLevel = Level::Unclassified;
    BannerWidget* m_topBanner = nullptr;
    BannerWidget* m_bottomBanner = nullptr;
};

} // namespace kanribo
