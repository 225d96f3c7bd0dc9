// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TaskRunner.h"
#include "service/Register.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kanribo
{

// Logging in opens the user's key slot (Argon2id, off the UI thread).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const QString& path, QWidget* parent = nullptr);
    ~LoginDialog() override;

    std::unique_ptr<Register> takeRegister() { return std::move(m_reg); }
    void setLogin(const QString& login);
    bool isBusy() const { return m_runner.isBusy(); }

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loggedIn(Result<std::unique_ptr<Register>> result);
    void setBusy(bool busy);
    void updateLockout();
    void forgotPassword();

    QString m_path;
    std::unique_ptr<Register> m_reg;
    TaskRunner m_runner;
    QDateTime m_lockedUntil;
    QString m_lockMessage;
    QTimer m_lockTimer;

    QFormLayout* m_form;
    QLabel* m_pathLabel;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_language;
    QLabel* m_error;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_okButton;
    QPushButton* m_forgotButton;
};

} // namespace kanribo
