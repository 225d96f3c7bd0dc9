// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"

#include "Clipboard.h"
#include "Labels.h"
#include "PasswordStrengthLabel.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kanribo
{

FirstRunDialog::FirstRunDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_stack);

    // Page 1
    auto* formPage = new QWidget(m_stack);
    formPage->setObjectName(QStringLiteral("formPage"));
    auto* v = new QVBoxLayout(formPage);
    v->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(formPage);
    m_intro->setWordWrap(true);
    v->addWidget(m_intro);
    m_form = new QFormLayout;
    m_facility = new QLineEdit(formPage);
    m_facility->setObjectName(QStringLiteral("facilityEdit"));
    m_login = new QLineEdit(formPage);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(formPage);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nationality = Widgets::nationalityCombo(QStringLiteral("nationalityCombo"), formPage);
    m_clearance = new QComboBox(formPage);
    m_clearance->setObjectName(QStringLiteral("clearanceCombo"));
    m_password = Widgets::passwordEdit(QStringLiteral("passwordEdit"), formPage);
    m_confirm = Widgets::passwordEdit(QStringLiteral("confirmEdit"), formPage);
    m_kdf = new QComboBox(formPage);
    m_kdf->setObjectName(QStringLiteral("kdfCombo"));
    Widgets::addRow(m_form, m_facility);
    Widgets::addRow(m_form, m_login);
    Widgets::addRow(m_form, m_name);
    Widgets::addRow(m_form, m_nationality);
    Widgets::addRow(m_form, m_clearance);
    Widgets::addRow(m_form, m_password);
    auto* strength = new PasswordStrengthLabel(
        m_password,
        [this] {
            return QStringList { m_login->text(), m_name->text(), m_facility->text() };
        },
        formPage);
    for (QLineEdit* personal : { m_login, m_name, m_facility })
        strength->watch(personal);
    m_form->addRow(QString(), strength);
    Widgets::addRow(m_form, m_confirm);
    Widgets::addRow(m_form, m_kdf);
    v->addLayout(m_form);
    m_error = Widgets::errorLabel(formPage);
    v->addWidget(m_error);
    m_busy = new QProgressBar(formPage);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    v->addWidget(m_busy);
    // A custom accept button: QDialogButtonBox resets the texts of standard buttons on LanguageChange.
    m_formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, formPage);
    m_formButtons->setObjectName(QStringLiteral("buttonBox"));
    m_createButton = m_formButtons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("okButton"));
    m_createButton->setDefault(true);
    v->addWidget(m_formButtons);
    connect(m_formButtons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(m_formButtons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_stack->addWidget(formPage);

    // Page 2
    auto* codePage = new QWidget(m_stack);
    codePage->setObjectName(QStringLiteral("recoveryPage"));
    auto* c = new QVBoxLayout(codePage);
    c->setContentsMargins(0, 0, 0, 0);
    m_recoveryTitle = new QLabel(codePage);
    QFont bold = m_recoveryTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_recoveryTitle->setFont(bold);
    c->addWidget(m_recoveryTitle);
    m_recoveryWarning = new QLabel(codePage);
    m_recoveryWarning->setWordWrap(true);
    m_recoveryWarning->setObjectName(QStringLiteral("recoveryWarning"));
    m_recoveryWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #FFF4CE; color: #5C3B00; border: 1px solid #C8102E; padding: 8px; }"));
    c->addWidget(m_recoveryWarning);
    m_recoveryEdit = new QLineEdit(codePage);
    m_recoveryEdit->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_recoveryEdit->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_recoveryEdit->setFont(mono);
    m_recoveryEdit->setAlignment(Qt::AlignCenter);
    c->addWidget(m_recoveryEdit);
    m_copy = new QPushButton(codePage);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    c->addWidget(m_copy, 0, Qt::AlignLeft);
    connect(m_copy, &QPushButton::clicked, this, [this]() { Clipboard::instance()->setSecret(m_recoveryCode); });
    m_writtenDown = new QCheckBox(codePage);
    m_writtenDown->setObjectName(QStringLiteral("writtenDownCheck"));
    c->addWidget(m_writtenDown);
    c->addStretch(1);
    auto* finishBox = new QDialogButtonBox(codePage);
    m_finish = finishBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setEnabled(false);
    c->addWidget(finishBox);
    connect(m_writtenDown, &QCheckBox::toggled, m_finish, &QPushButton::setEnabled);
    connect(finishBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    m_stack->addWidget(codePage);

    m_nationality->setCurrentText(QStringLiteral("JPN"));
    retranslateUi();
    Widgets::selectLevel(m_clearance, Level::TopSecret);
    m_kdf->setCurrentIndex(m_kdf->findData(static_cast<int>(KdfProfile::Moderate)));
    resize(560, sizeHint().height());
}

FirstRunDialog::~FirstRunDialog()
{
    m_runner.waitForDone();
    m_recoveryCode.fill(QLatin1Char('0'));
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Create a register"));
    m_intro->setText(tr("No register exists at %1 yet. Create it with its first security officer, who will "
                        "administer people, groups and containers.")
                         .arg(m_path));
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_facility, tr("&Facility:"));
    label(m_login, tr("Officer &login:"));
    label(m_name, tr("Officer &name:"));
    label(m_nationality, tr("Na&tionality:"));
    label(m_clearance, tr("&Clearance:"));
    label(m_password, tr("&Password:"));
    label(m_confirm, tr("Con&firm password:"));
    label(m_kdf, tr("&Key derivation:"));
    m_login->setPlaceholderText(tr("lower-case letters and digits, e.g. tanaka"));
    m_nationality->setToolTip(tr("ISO 3166 alpha-3 code, e.g. JPN or USA"));
    m_kdf->setToolTip(tr("How hard Argon2id works to turn each password into a key. Slower is harder to guess."));
    Widgets::fillLevels(m_clearance);
    const int kdf = m_kdf->currentIndex();
    m_kdf->clear();
    for (KdfProfile p : { KdfProfile::Interactive, KdfProfile::Moderate, KdfProfile::Sensitive })
        m_kdf->addItem(Labels::kdfProfile(p), static_cast<int>(p));
    m_kdf->setCurrentIndex(kdf < 0 ? 1 : kdf);
    m_createButton->setText(tr("C&reate"));

    m_recoveryTitle->setText(tr("Recovery code"));
    m_recoveryWarning->setText(
        tr("Write this code down now and keep it in the safe. It is shown only this once. It is the only way back "
           "into the register if every officer's password is lost. Anyone who holds it can take over an account: "
           "protect it like the most sensitive material in the register."));
    m_copy->setText(tr("&Copy to clipboard (cleared after 30 seconds)"));
    m_writtenDown->setText(tr("I have &written the recovery code down and will keep it in the safe."));
    m_finish->setText(tr("&Finish"));
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_facility, m_login, m_name, m_nationality, m_clearance, m_password, m_confirm, m_kdf, m_formButtons })
        w->setEnabled(!busy);
}

void FirstRunDialog::create()
{
    if (m_runner.isBusy())
        return;
    if (m_password->text() != m_confirm->text()) {
        Widgets::showError(m_error, tr("The passwords do not match."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    Widgets::showError(m_error, {});
    NewUser officer;
    officer.login = m_login->text().trimmed();
    officer.name = m_name->text().trimmed();
    officer.role = Role::Officer;
    officer.clearance = Widgets::selectedLevel(m_clearance);
    officer.nationality = m_nationality->currentText().trimmed().toUpper();
    RegisterOptions options;
    options.facility = m_facility->text().trimmed();
    options.kdf = static_cast<KdfProfile>(m_kdf->currentData().toInt());
    const Password password = Widgets::takePassword(m_password);
    m_confirm->clear();
    setBusy(true);
    m_runner.run(
        this,
        [path = m_path, officer, password, options]() {
            return Register::create(path, officer, password->bytes(), options);
        },
        [this](Result<CreatedRegister> r) { created(std::move(r)); });
}

void FirstRunDialog::created(Result<CreatedRegister> result)
{
    setBusy(false);
    if (!result) {
        Widgets::showError(m_error, result.error().message);
        m_password->setFocus();
        return;
    }
    m_reg = std::move(result->reg);
    m_recoveryCode = result->recoveryCode;
    result->recoveryCode.fill(QLatin1Char('0'));
    m_recoveryEdit->setText(m_recoveryCode);
    m_stack->setCurrentIndex(1);
}

void FirstRunDialog::accept()
{
    // Only from the recovery page, once the officer confirms the code is written down.
    if (m_stack->currentIndex() != 1 || !m_writtenDown->isChecked())
        return;
    m_recoveryEdit->clear();
    m_recoveryCode.fill(QLatin1Char('0'));
    m_recoveryCode.clear();
    QDialog::accept();
}

void FirstRunDialog::reject()
{
    if (m_runner.isBusy())
        return;
    // The register exists once the code is shown: leave only through Finish, after the code is written down.
    if (m_stack->currentIndex() == 1)
        return;
    QDialog::reject();
}

} // namespace kanribo
