// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TypedPassword.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kanribo
{

// Shown instead of every view while the register is locked: no data, only the unlock prompt.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(QWidget* parent = nullptr);

    void setUser(const QString& login, const QString& name);
    void setError(const QString& message);
    void setBusy(bool busy);
    void reset();
    QLineEdit* passwordEdit() const { return m_password; }
    void retranslateUi();

Q_SIGNALS:
    void unlockRequested(const kanribo::Password& password);

private:
    void request();

    QString m_login;
    QString m_name;
    QLabel* m_title;
    QLabel* m_user;
    QLabel* m_prompt;
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QLabel* m_error;
    QProgressBar* m_busy;
};

} // namespace kanribo
