// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryDialog.h"

#include "Labels.h"
#include "MessageBox.h"
#include "TaskRunner.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanribo
{

namespace
{

QListWidget* copyList(const QString& objectName, QWidget* parent)
{
    auto* l = new QListWidget(parent);
    l->setObjectName(objectName);
    l->setSelectionMode(QAbstractItemView::ExtendedSelection);
    l->setMinimumHeight(90);
    return l;
}

QPushButton* button(const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(objectName);
    // Enter belongs to the sighting field (a scanner ends each number with it), never to a default button.
    b->setAutoDefault(false);
    b->setDefault(false);
    return b;
}

void fill(QListWidget* list, const QStringList& copies)
{
    list->clear();
    list->addItems(copies);
}

} // namespace

InventoryDialog::InventoryDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("inventoryDialog"));
    auto* v = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(QString(), QString());
    if (auto containers = reg.people().containers())
        for (const Container& c : containers.value())
            m_scope->addItem(QStringLiteral("%1 (%2)").arg(c.id, reg.policy().bannerText(c.level)), c.id);
    m_scopeLabel->setBuddy(m_scope);
    m_start = button(QStringLiteral("startButton"), this);
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scope, 1);
    top->addWidget(m_start);
    v->addLayout(top);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("inventoryState"));
    m_state->setWordWrap(true);
    v->addWidget(m_state);

    auto* sightRow = new QHBoxLayout;
    m_sightingLabel = new QLabel(this);
    m_sighting = new QLineEdit(this);
    m_sighting->setObjectName(QStringLiteral("sightingEdit"));
    m_sighting->setClearButtonEnabled(true);
    m_sightingLabel->setBuddy(m_sighting);
    sightRow->addWidget(m_sightingLabel);
    sightRow->addWidget(m_sighting, 1);
    v->addLayout(sightRow);
    m_sightedLabel = new QLabel(this);
    m_sighted = copyList(QStringLiteral("sightedList"), this);
    m_sightedLabel->setBuddy(m_sighted);
    v->addWidget(m_sightedLabel);
    v->addWidget(m_sighted, 1);
    m_finish = button(QStringLiteral("finishButton"), this);
    auto* finishRow = new QHBoxLayout;
    finishRow->addStretch(1);
    finishRow->addWidget(m_finish);
    v->addLayout(finishRow);

    auto* results = new QGridLayout;
    m_presentLabel = new QLabel(this);
    m_present = copyList(QStringLiteral("presentList"), this);
    m_missingLabel = new QLabel(this);
    m_missing = copyList(QStringLiteral("missingList"), this);
    m_unexpectedLabel = new QLabel(this);
    m_unexpected = copyList(QStringLiteral("unexpectedList"), this);
    int column = 0;
    for (auto [label, list] : { std::pair { m_presentLabel, m_present }, std::pair { m_missingLabel, m_missing },
             std::pair { m_unexpectedLabel, m_unexpected } }) {
        label->setBuddy(list);
        results->addWidget(label, 0, column);
        results->addWidget(list, 1, column);
        ++column;
    }
    v->addLayout(results, 1);
    m_incidents = new QLabel(this);
    m_incidents->setObjectName(QStringLiteral("incidentsOpened"));
    m_incidents->setWordWrap(true);
    v->addWidget(m_incidents);
    m_error = Widgets::errorLabel(this);
    v->addWidget(m_error);
    m_close = button(QStringLiteral("closeButton"), this);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_close);
    v->addLayout(bottom);

    connect(m_start, &QPushButton::clicked, this, &InventoryDialog::start);
    connect(m_finish, &QPushButton::clicked, this, &InventoryDialog::finish);
    connect(m_sighting, &QLineEdit::returnPressed, this, &InventoryDialog::sightEntered);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    setMinimumSize(640, 560);
    // An inventory left open (by this user or another) is resumed.
    reloadOpen();
    m_resumed = m_open.has_value();
    retranslateUi();
    if (m_open)
        m_sighting->setFocus();
}

QString InventoryDialog::errorText() const
{
    return m_error->text();
}

void InventoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InventoryDialog::retranslateUi()
{
    setWindowTitle(tr("Inventory"));
    m_scopeLabel->setText(tr("&Scope:"));
    m_scope->setItemText(0, tr("Whole register"));
    m_start->setText(tr("S&tart inventory"));
    m_sightingLabel->setText(tr("Sight &copy:"));
    m_sighting->setPlaceholderText(tr("type or scan a copy number, then Enter"));
    m_finish->setText(tr("&Finish inventory…"));
    m_close->setText(tr("Close"));
    updateState();
}

void InventoryDialog::showError(const QString& message)
{
    Widgets::showError(m_error, message);
}

void InventoryDialog::reloadOpen()
{
    auto open = m_reg.custody().openInventory();
    if (!open) {
        showError(Widgets::errorText(open.error()));
        return;
    }
    m_open = open.value();
    fill(m_sighted, m_open ? m_open->present : QStringList());
    if (m_sighted->count() > 0)
        m_sighted->scrollToBottom();
}

void InventoryDialog::start()
{
    if (m_busy || m_open)
        return;
    showError({});
    const QString container = m_scope->currentData().toString();
    m_busy = true;
    updateState();
    Register* reg = &m_reg;
    m_runner.run(
        this, [reg, container]() { return reg->custody().startInventory(container); },
        [this](Result<InventoryResult> r) {
            m_busy = false;
            if (!r) {
                showError(Widgets::errorText(r.error()));
            } else {
                m_open = r.value();
                m_result.reset();
                m_resumed = false;
                fill(m_sighted, {});
                for (QListWidget* l : { m_present, m_missing, m_unexpected })
                    l->clear();
                m_sighting->setFocus();
            }
            updateState();
        });
}

void InventoryDialog::sightEntered()
{
    const QString copy = m_sighting->text().trimmed();
    m_sighting->clear();
    if (copy.isEmpty())
        return;
    // Scans may arrive faster than the register records them: they wait their turn.
    m_pending << copy;
    sightNext();
}

void InventoryDialog::sightNext()
{
    if (m_busy || m_pending.isEmpty()) {
        updateState();
        return;
    }
    const QString copy = m_pending.takeFirst();
    m_busy = true;
    updateState();
    Register* reg = &m_reg;
    m_runner.run(
        this, [reg, copy]() { return reg->custody().sight(copy); },
        [this, copy](Status st) {
            m_busy = false;
            if (!st)
                showError(tr("%1: %2").arg(copy, Widgets::errorText(st.error())));
            else
                showError({});
            reloadOpen();
            sightNext();
        });
}

void InventoryDialog::finish()
{
    if (m_busy || !m_open || !m_pending.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Finish inventory"),
        tr("Finish inventory %1? Every copy in scope that was not sighted is reported as lost and an incident is "
           "opened for it.")
            .arg(m_open->id));
    if (answer != QMessageBox::Yes)
        return;
    showError({});
    m_busy = true;
    updateState();
    Register* reg = &m_reg;
    m_runner.run(
        this, [reg]() { return reg->custody().finishInventory(); },
        [this](Result<InventoryResult> r) {
            m_busy = false;
            if (!r) {
                showError(Widgets::errorText(r.error()));
                updateState();
                return;
            }
            m_result = r.value();
            m_open.reset();
            fill(m_present, m_result->present);
            fill(m_missing, m_result->missing);
            fill(m_unexpected, m_result->unexpected);
            updateState();
            Q_EMIT registerChanged();
        });
}

void InventoryDialog::updateState()
{
    const auto scopeText
        = [this](const QString& container) { return container.isEmpty() ? tr("whole register") : container; };
    const bool open = m_open.has_value();
    m_scope->setEnabled(!open && !m_busy);
    m_start->setEnabled(!open && !m_busy);
    m_sighting->setEnabled(open);
    m_finish->setEnabled(open && !m_busy && m_pending.isEmpty());
    if (open) {
        const QString text
            = m_resumed ? tr("Resumed inventory %1 (%2), started %3.") : tr("Inventory %1 (%2), started %3.");
        m_state->setText(
            text.arg(QString::number(m_open->id), scopeText(m_open->container), Labels::dateTime(m_open->startedAt)));
        if (const int i = m_scope->findData(m_open->container); i >= 0)
            m_scope->setCurrentIndex(i);
    } else if (m_result) {
        m_state->setText(tr("Inventory %1 (%2) finished %3.")
                             .arg(QString::number(m_result->id), scopeText(m_result->container),
                                 Labels::dateTime(m_result->finishedAt)));
    } else {
        m_state->setText(tr("No inventory is open. Choose the scope and start one."));
    }
    m_sightedLabel->setText(tr("Sighted so far: %n copy(ies)", nullptr, m_sighted->count()));
    m_presentLabel->setText(tr("&Present: %n", nullptr, m_present->count()));
    m_missingLabel->setText(tr("&Missing: %n", nullptr, m_missing->count()));
    m_unexpectedLabel->setText(tr("&Unexpected: %n", nullptr, m_unexpected->count()));
    if (m_result) {
        QStringList ids;
        for (qint64 id : m_result->incidents)
            ids << QString::number(id);
        m_incidents->setText(ids.isEmpty()
                ? tr("No incident was opened: every copy in scope was sighted.")
                : tr("Incidents opened for the missing copies: %1. Record the originator's notification, the findings "
                     "and the measures on the Incidents tab.")
                      .arg(ids.join(QStringLiteral(", "))));
    } else {
        m_incidents->clear();
    }
}

} // namespace kanribo
