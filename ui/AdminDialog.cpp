// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminDialog.h"

#include "BannerWidget.h"
#include "TaskRunner.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanribo
{

AdminDialog::AdminDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_runner(runner)
    , m_layout(new QVBoxLayout(this))
    , m_form(new QFormLayout)
{
    m_layout->addLayout(m_form);
    m_error = Widgets::errorLabel(this);
    m_layout->addWidget(m_error);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_layout->addWidget(m_busy);
    // A custom accept button: QDialogButtonBox resets the texts of standard buttons on LanguageChange.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_okButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdminDialog::reject);
    setMinimumWidth(420);
}

AdminDialog::~AdminDialog() = default;

QString AdminDialog::errorText() const
{
    return m_error->text();
}

void AdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AdminDialog::accept()
{
    if (m_running)
        return;
    submit();
}

void AdminDialog::run(std::function<Status(Register&)> change)
{
    showError({});
    setBusy(true);
    m_running = true;
    m_runner.run(
        this, [change = std::move(change), reg = &m_reg]() { return change(*reg); },
        [this](Status st) {
            m_running = false;
            setBusy(false);
            if (!st) {
                showError(Widgets::errorText(st.error()));
                return;
            }
            Q_EMIT registerChanged();
            QDialog::accept();
        });
}

void AdminDialog::showError(const QString& message)
{
    Widgets::showError(m_error, message);
}

void AdminDialog::setRowLabel(QWidget* field, const QString& text)
{
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
        l->setText(text);
}

void AdminDialog::setOkText(const QString& text)
{
    m_okButton->setText(text);
}

void AdminDialog::showItemBanners(Level level)
{
    m_shownLevel = level;
    setProperty("shownLevel", rank(level));
    if (!m_topBanner) {
        m_topBanner = new BannerWidget(this);
        m_topBanner->setObjectName(QStringLiteral("dialogTopBanner"));
        m_bottomBanner = new BannerWidget(this);
        m_bottomBanner->setObjectName(QStringLiteral("dialogBottomBanner"));
        m_layout->insertWidget(0, m_topBanner);
        m_layout->addWidget(m_bottomBanner);
    }
    m_topBanner->setLevel(level, m_reg.policy());
    m_bottomBanner->setLevel(level, m_reg.policy());
}

void AdminDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (int i = 0; i < m_form->rowCount(); ++i)
        if (QLayoutItem* item = m_form->itemAt(i, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

} // namespace kanribo
