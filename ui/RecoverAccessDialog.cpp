// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverAccessDialog.h"

#include "PasswordStrengthLabel.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanribo
{

RecoverAccessDialog::RecoverAccessDialog(const QString& path, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("recoverAccessDialog"));
    auto* v = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    m_form = new QFormLayout;
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_code->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("officerEdit"));
    m_officerPassword = Widgets::passwordEdit(QStringLiteral("officerPasswordEdit"), this);
    m_password = Widgets::passwordEdit(QStringLiteral("newPasswordEdit"), this);
    m_confirm = Widgets::passwordEdit(QStringLiteral("confirmPasswordEdit"), this);
    Widgets::addRow(m_form, m_login);
    Widgets::addRow(m_form, m_code);
    Widgets::addRow(m_form, m_officer);
    Widgets::addRow(m_form, m_officerPassword);
    Widgets::addRow(m_form, m_password);
    auto* strength = new PasswordStrengthLabel(
        m_password, [this] { return QStringList { m_login->text() }; }, this);
    strength->watch(m_login);
    m_form->addRow(QString(), strength);
    Widgets::addRow(m_form, m_confirm);
    v->addLayout(m_form);
    m_error = Widgets::errorLabel(this);
    v->addWidget(m_error);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    v->addWidget(m_busy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoverAccessDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoverAccessDialog::reject);
    retranslateUi();
    setMinimumWidth(480);
    (login.isEmpty() ? m_login : m_code)->setFocus();
}

RecoverAccessDialog::~RecoverAccessDialog()
{
    m_runner.waitForDone();
}

QString RecoverAccessDialog::login() const
{
    return m_login->text().trimmed();
}

QString RecoverAccessDialog::errorText() const
{
    return m_error->text();
}

void RecoverAccessDialog::retranslateUi()
{
    setWindowTitle(tr("Recover access"));
    m_intro->setText(tr("Type the register's recovery code and a new password. A security officer other than you "
                        "must be present and sign with their own password; only the register's only officer "
                        "recovers without one. The new keys are recorded in the audit trail, signed by the officer, "
                        "and the content you could open is re-sealed to you."));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_login, tr("&Login:"));
    label(m_code, tr("Recovery &code:"));
    label(m_officer, tr("&Officer present:"));
    label(m_officerPassword, tr("Officer's pass&word:"));
    label(m_password, tr("&New password:"));
    label(m_confirm, tr("Con&firm password:"));
    m_okButton->setText(tr("&Set new password"));
}

void RecoverAccessDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoverAccessDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QLineEdit* e : { m_login, m_code, m_officer, m_officerPassword, m_password, m_confirm })
        e->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void RecoverAccessDialog::accept()
{
    if (m_runner.isBusy())
        return;
    if (m_password->text() != m_confirm->text()) {
        Widgets::showError(m_error, tr("The passwords do not match."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    const Password password = Widgets::takePassword(m_password);
    const Password officerPassword = Widgets::takePassword(m_officerPassword);
    m_confirm->clear();
    const QString code = m_code->text().trimmed();
    const QString login = m_login->text().trimmed();
    const QString officer = m_officer->text().trimmed();
    Widgets::showError(m_error, {});
    setBusy(true);
    m_runner.run(
        this,
        [path = m_path, code, login, password, officer, officerPassword]() {
            return Register::recoverAccess(path, code, login, password->bytes(), officer, officerPassword->bytes());
        },
        [this](Status st) {
            setBusy(false);
            if (!st) {
                Widgets::showError(m_error, Widgets::errorText(st.error()));
                m_code->setFocus();
                return;
            }
            m_code->clear();
            QDialog::accept();
        });
}

void RecoverAccessDialog::reject()
{
    if (m_runner.isBusy())
        return;
    QDialog::reject();
}

} // namespace kanribo
