// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>

#include <functional>

class QLineEdit;

namespace kanribo
{

// Under a new-password field: the password policy's verdict as the user types (R-TRU-5, core/policy/PasswordPolicy)
// — what is still missing, or how strong the password is. The rule itself is core's: the service refuses what this
// label calls too weak.
class PasswordStrengthLabel : public QLabel
{
    Q_OBJECT

public:
    // `personal` gives the user's own words (login, name, facility) from the form at the time of the check.
    PasswordStrengthLabel(QLineEdit* password, std::function<QStringList()> personal, QWidget* parent);
    bool acceptable() const { return m_acceptable; }
    // Checks again when one of the fields `personal` reads from changes.
    void watch(QLineEdit* field);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLineEdit* m_password;
    std::function<QStringList()> m_personal;
    bool m_acceptable = false;
};

} // namespace kanribo
