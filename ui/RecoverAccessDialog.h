// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TaskRunner.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kanribo
{

// "Forgot password?": the register's recovery code gives the user a new password and new keys, with an officer
// present who signs with their own password (R-TRU-6; Register::recoverAccess, Argon2id off the UI thread). The core
// records it and decides when no officer is needed (the user is the register's only officer).
class RecoverAccessDialog : public QDialog
{
    Q_OBJECT

public:
    RecoverAccessDialog(const QString& path, const QString& login, QWidget* parent = nullptr);
    ~RecoverAccessDialog() override;

    QString login() const;
    QString errorText() const;
    bool isBusy() const { return m_runner.isBusy(); }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    QString m_path;
    TaskRunner m_runner;
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_login;
    QLineEdit* m_code;
    QLineEdit* m_officer;
    QLineEdit* m_officerPassword;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_okButton;
};

} // namespace kanribo
