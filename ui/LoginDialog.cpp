// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "Labels.h"
#include "MessageBox.h"
#include "RecoverAccessDialog.h"
#include "Widgets.h"
#include "i18n/Language.h"

#include <QComboBox>
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

LoginDialog::LoginDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("loginDialog"));
    auto* v = new QVBoxLayout(this);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_pathLabel);
    m_form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = Widgets::passwordEdit(QStringLiteral("passwordEdit"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& lang : availableLanguages())
        m_language->addItem(Widgets::languageName(lang), lang);
    m_language->setCurrentIndex(m_language->findData(currentLanguage()));
    Widgets::addRow(m_form, m_login);
    Widgets::addRow(m_form, m_password);
    Widgets::addRow(m_form, m_language);
    v->addLayout(m_form);
    m_error = Widgets::errorLabel(this);
    v->addWidget(m_error);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    v->addWidget(m_busy);
    // A custom accept button: QDialogButtonBox resets the texts of standard buttons on LanguageChange.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_forgotButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_forgotButton->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_forgotButton->setAutoDefault(false);
    connect(m_forgotButton, &QPushButton::clicked, this, &LoginDialog::forgotPassword);
    v->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString lang = m_language->itemData(index).toString();
        if (!lang.isEmpty() && lang != currentLanguage())
            Widgets::switchLanguage(lang);
    });
    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &LoginDialog::updateLockout);
    retranslateUi();
    setMinimumWidth(460);
}

LoginDialog::~LoginDialog()
{
    m_runner.waitForDone();
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Kanribo — Log in"));
    m_pathLabel->setText(tr("Register: %1").arg(m_path));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_login, tr("&Login:"));
    label(m_password, tr("&Password:"));
    label(m_language, tr("L&anguage:"));
    m_okButton->setText(tr("&Log in"));
    m_forgotButton->setText(tr("&Forgot password?"));
    const int i = m_language->findData(currentLanguage());
    if (i >= 0 && i != m_language->currentIndex()) {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(i);
    }
    updateLockout();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_language->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void LoginDialog::accept()
{
    if (m_runner.isBusy())
        return;
    if (m_reg) {
        QDialog::accept();
        return;
    }
    const QString login = m_login->text().trimmed();
    const Password password = Widgets::takePassword(m_password);
    Widgets::showError(m_error, {});
    setBusy(true);
    m_runner.run(
        this, [path = m_path, login, password]() { return Register::open(path, login, password->bytes()); },
        [this](Result<std::unique_ptr<Register>> r) { loggedIn(std::move(r)); });
}

void LoginDialog::forgotPassword()
{
    if (m_runner.isBusy())
        return;
    auto* dialog = new RecoverAccessDialog(m_path, m_login->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        m_login->setText(dialog->login());
        Widgets::showError(m_error, {});
        MessageBox::information(this, tr("Recover access"),
            tr("Your new password is set. Log in with it; an officer must re-seal the content you could open."));
        m_password->setFocus();
    });
    dialog->open();
}

void LoginDialog::reject()
{
    if (m_runner.isBusy())
        return;
    QDialog::reject();
}

void LoginDialog::loggedIn(Result<std::unique_ptr<Register>> result)
{
    setBusy(false);
    if (!result) {
        const Error& e = result.error();
        if (e.retryAfterSeconds > 0) {
            m_lockMessage = e.message;
            m_lockedUntil = QDateTime::currentDateTimeUtc().addSecs(e.retryAfterSeconds);
            m_lockTimer.start();
            updateLockout();
        } else {
            Widgets::showError(m_error, e.message);
        }
        m_password->setFocus();
        return;
    }
    m_reg = std::move(result).value();
    QDialog::accept();
}

void LoginDialog::updateLockout()
{
    if (!m_lockedUntil.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_lockedUntil);
    if (left <= 0) {
        m_lockTimer.stop();
        m_lockedUntil = {};
        Widgets::showError(m_error, {});
        m_okButton->setEnabled(true);
        return;
    }
    m_okButton->setEnabled(false);
    Widgets::showError(m_error, m_lockMessage + QLatin1Char('\n') + tr("Try again in %1.").arg(Labels::duration(left)));
}

} // namespace kanribo
