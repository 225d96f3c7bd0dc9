// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditFilterBar.h"

#include "report/EventSentences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kanribo
{

namespace
{
QDateTime startOfDayUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0)).toUTC();
}
} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditFilterBar"));
    auto* h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    const auto date = [this, h](QCheckBox*& set, QDateEdit*& edit, const char* name, QDate value) {
        set = new QCheckBox(this);
        set->setObjectName(QStringLiteral("%1Set").arg(QLatin1String(name)));
        edit = new QDateEdit(value, this);
        edit->setObjectName(QStringLiteral("%1Edit").arg(QLatin1String(name)));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        h->addWidget(set);
        h->addWidget(edit);
    };
    date(m_fromSet, m_from, "auditFrom", QDate::currentDate().addMonths(-1));
    date(m_toSet, m_to, "auditTo", QDate::currentDate());
    m_actorLabel = new QLabel(this);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setEditable(true);
    m_actor->setMinimumContentsLength(10);
    m_actorLabel->setBuddy(m_actor);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->addItem(QString(), QString());
    for (const QString& k : sentencedEventKinds())
        m_kind->addItem(k, k);
    m_kindLabel->setBuddy(m_kind);
    m_controlLabel = new QLabel(this);
    m_control = new QLineEdit(this);
    m_control->setObjectName(QStringLiteral("auditControl"));
    m_controlLabel->setBuddy(m_control);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("auditClear"));
    for (QWidget* w :
        { static_cast<QWidget*>(m_actorLabel), static_cast<QWidget*>(m_actor), static_cast<QWidget*>(m_kindLabel),
            static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_controlLabel), static_cast<QWidget*>(m_control) })
        h->addWidget(w);
    h->addStretch(1);
    h->addWidget(m_apply);
    h->addWidget(m_clear);
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::filterChanged);
    connect(m_control, &QLineEdit::returnPressed, this, &AuditFilterBar::filterChanged);
    connect(m_kind, &QComboBox::activated, this, &AuditFilterBar::filterChanged);
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clearFilters);
    retranslateUi();
}

Ledger::Filter AuditFilterBar::filter() const
{
    Ledger::Filter f;
    if (m_fromSet->isChecked())
        f.from = startOfDayUtc(m_from->date());
    if (m_toSet->isChecked())
        f.to = startOfDayUtc(m_to->date().addDays(1)); // the day itself included
    // "login — name" or a login typed in
    f.actor = m_actor->currentText().section(QStringLiteral(" — "), 0, 0).trimmed();
    f.kind = m_kind->currentData().toString();
    QString control = m_control->text().trimmed();
    for (const QLatin1String prefix : { QLatin1String("item:"), QLatin1String("copy:") })
        if (control.startsWith(prefix))
            control = control.mid(prefix.size());
    f.control = control.section(QLatin1Char('/'), 0, 0); // a copy number names its item's trail
    return f;
}

QDate AuditFilterBar::fromDate() const
{
    return m_fromSet->isChecked() ? m_from->date() : QDate();
}

QDate AuditFilterBar::toDate() const
{
    return m_toSet->isChecked() ? m_to->date() : QDate();
}

bool AuditFilterBar::isActive() const
{
    const Ledger::Filter f = filter();
    return f.from.isValid() || f.to.isValid() || !f.actor.isEmpty() || !f.kind.isEmpty() || !f.control.isEmpty();
}

void AuditFilterBar::setActors(const QStringList& logins)
{
    const QString current = m_actor->currentText();
    m_actor->clear();
    m_actor->addItem(QString());
    m_actor->addItems(logins);
    m_actor->setCurrentText(current);
}

void AuditFilterBar::clearFilters()
{
    m_fromSet->setChecked(false);
    m_toSet->setChecked(false);
    m_actor->setCurrentText(QString());
    m_kind->setCurrentIndex(0);
    m_control->clear();
    Q_EMIT filterChanged();
}

void AuditFilterBar::retranslateUi()
{
    m_fromSet->setText(tr("From"));
    m_toSet->setText(tr("To"));
    m_actorLabel->setText(tr("Si&gned by:"));
    m_kindLabel->setText(tr("&Event:"));
    m_kind->setItemText(0, tr("(all)"));
    m_controlLabel->setText(tr("Item or &copy:"));
    m_control->setPlaceholderText(tr("control number"));
    m_apply->setText(tr("&Apply"));
    m_clear->setText(tr("C&lear"));
}

} // namespace kanribo
