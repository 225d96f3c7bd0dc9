// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TaskRunner.h"
#include "service/Register.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace kanribo
{

// Creates a new register with its first security officer, then shows the recovery code once.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& path, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The register, open and logged in as the new officer, once the dialog is accepted.
    std::unique_ptr<Register> takeRegister() { return std::move(m_reg); }
    bool isCreating() const { return m_runner.isBusy(); }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void create();
    void created(Result<CreatedRegister> result);
    void setBusy(bool busy);

    QString m_path;
    std::unique_ptr<Register> m_reg;
    QString m_recoveryCode;
    TaskRunner m_runner;

    QStackedWidget* m_stack;
    // Page 1: the form.
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_facility;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_nationality;
    QComboBox* m_clearance;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QComboBox* m_kdf;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_formButtons;
    QPushButton* m_createButton;
    // Page 2: the recovery code, shown once.
    QLabel* m_recoveryTitle;
    QLabel* m_recoveryWarning;
    QLineEdit* m_recoveryEdit;
    QPushButton* m_copy;
    QCheckBox* m_writtenDown;
    QPushButton* m_finish;
};

} // namespace kanribo
