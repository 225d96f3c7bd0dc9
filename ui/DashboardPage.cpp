// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "BannerWidget.h"
#include "ContainersModel.h"
#include "IncidentsModel.h"
#include "Labels.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kanribo
{

namespace
{

const QColor kAlert(0xB0, 0x00, 0x20);

constexpr std::array<Level, 4> kLevels { Level::TopSecret, Level::Secret, Level::Confidential, Level::Unclassified };

void setCount(QLabel* label, qint64 count, bool alert)
{
    label->setText(QString::number(count));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
        alert && count > 0 ? kAlert : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(p);
}

} // namespace

DashboardPage::DashboardPage(Register& reg, std::function<bool()> canUse, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_canUse(std::move(canUse))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(8, 8, 8, 8);
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    v->addLayout(m_grid, 1);
    m_message = Widgets::errorLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    v->addWidget(m_message);

    // Holdings by level: the level's chip in the policy pack's colours and the number of active items.
    m_holdingsBox = new QGroupBox(this);
    m_holdingsBox->setObjectName(QStringLiteral("holdingsBox"));
    auto* hg = new QGridLayout(m_holdingsBox);
    for (std::size_t i = 0; i < kLevels.size(); ++i) {
        const Level l = kLevels.at(i);
        const QString name = levelName(l);
        // The same text and colours as the banners, from the policy pack (R-MRK-2).
        const BannerWidget::Style style = BannerWidget::policyStyle(l, reg.policy());
        auto* chip = new QLabel(style.text, m_holdingsBox);
        chip->setObjectName(QStringLiteral("holdingsChip_") + name);
        chip->setAlignment(Qt::AlignCenter);
        chip->setMargin(4);
        chip->setAutoFillBackground(true);
        QPalette p = chip->palette();
        const BannerWidget::Style fallback = BannerWidget::defaultStyle(l);
        p.setColor(QPalette::Window, style.background.isValid() ? style.background : fallback.background);
        p.setColor(QPalette::WindowText, style.foreground.isValid() ? style.foreground : fallback.foreground);
        chip->setPalette(p);
        QFont f = chip->font();
        f.setBold(true);
        chip->setFont(f);
        auto* count = new QLabel(m_holdingsBox);
        count->setObjectName(QStringLiteral("holdingsCount_") + name);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont cf = count->font();
        cf.setPointSizeF(cf.pointSizeF() * 1.4);
        cf.setBold(true);
        count->setFont(cf);
        hg->addWidget(chip, int(i), 0);
        hg->addWidget(count, int(i), 1);
        m_chips.at(i) = chip;
        m_holdingCounts.at(i) = count;
    }
    hg->setColumnStretch(0, 1);
    hg->setRowStretch(int(kLevels.size()), 1);

    m_chargedBox = box(QStringLiteral("chargedOut"), &m_chargedCount, &m_chargedList);
    m_dispatchBox = box(QStringLiteral("overdueDispatch"), &m_dispatchCount, &m_dispatchList);
    m_clearanceBox = box(QStringLiteral("expiringClearance"), &m_clearanceCount, &m_clearanceList);
    m_inventoryBox = box(QStringLiteral("inventoryDue"), &m_inventoryCount, &m_inventoryList);
    m_incidentBox = box(QStringLiteral("openIncident"), &m_incidentCount, &m_incidentList);
    m_loanBox = box(QStringLiteral("overdueLoan"), &m_loanCount, &m_loanList);
    m_containerBox = box(QStringLiteral("containerToSecure"), &m_containerCount, &m_containerList);
    m_grid->addWidget(m_holdingsBox, 0, 0);
    m_grid->addWidget(m_chargedBox, 0, 1);
    m_grid->addWidget(m_dispatchBox, 0, 2);
    m_grid->addWidget(m_clearanceBox, 1, 0);
    m_grid->addWidget(m_inventoryBox, 1, 1);
    m_grid->addWidget(m_incidentBox, 1, 2);
    m_grid->addWidget(m_loanBox, 2, 0, 1, 2);
    m_grid->addWidget(m_containerBox, 2, 2);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, 1);
    retranslateUi();
}

QGroupBox* DashboardPage::box(const QString& objectName, QLabel** count, QTreeWidget** list)
{
    auto* b = new QGroupBox(this);
    b->setObjectName(objectName + QStringLiteral("Box"));
    auto* v = new QVBoxLayout(b);
    *count = new QLabel(b);
    (*count)->setObjectName(objectName + QStringLiteral("Count"));
    QFont f = (*count)->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    (*count)->setFont(f);
    *list = new QTreeWidget(b);
    (*list)->setObjectName(objectName + QStringLiteral("List"));
    (*list)->setRootIsDecorated(false);
    (*list)->setUniformRowHeights(true);
    (*list)->setSelectionMode(QAbstractItemView::NoSelection);
    (*list)->setFocusPolicy(Qt::NoFocus);
    (*list)->header()->setStretchLastSection(true);
    v->addWidget(*count);
    v->addWidget(*list, 1);
    return b;
}

DashboardData DashboardPage::load(Register& reg)
{
    DashboardData d;
    const auto note = [&d](const Error& e) {
        if (!d.errors.contains(e.message))
            d.errors << e.message;
    };
    for (Level l : kLevels) {
        ItemFilter f;
        f.level = l;
        f.status = QStringLiteral("active");
        if (auto n = reg.items().count(f))
            d.holdings.at(std::size_t(rank(l))) = n.value();
        else
            note(n.error());
    }
    if (auto charged = reg.custody().chargedOut()) {
        QHash<QString, User> byLogin;
        if (auto users = reg.people().users())
            for (const User& u : users.value())
                byLogin.insert(u.login, u);
        for (const auto& [login, copies] : charged.value()) {
            User u = byLogin.value(login);
            u.login = login;
            d.chargedOut << std::make_pair(u, copies);
            d.chargedOutTotal += copies;
        }
    } else {
        note(charged.error());
    }
    if (auto r = reg.custody().dispatches(true))
        d.overdueDispatches = r.value();
    else
        note(r.error());
    if (auto r = reg.custody().loans(true))
        d.overdueLoans = r.value();
    else
        note(r.error());
    if (auto r = reg.people().containerStates()) {
        for (const ContainerState& s : r.value())
            if (s.leftOpen || s.checkDue || !s.changeDue.isEmpty())
                d.containersToSecure << s;
    } else {
        note(r.error());
    }
    if (auto r = reg.people().clearancesExpiring(kClearanceDays))
        d.expiringClearances = r.value();
    else
        note(r.error());
    if (auto r = reg.custody().inventoriesDue())
        d.inventoriesDue = r.value();
    else
        note(r.error());
    if (auto r = reg.custody().incidents(true))
        d.openIncidents = r.value();
    else
        note(r.error());
    return d;
}

void DashboardPage::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::reload()
{
    if (!m_canUse())
        return;
    m_stale = false;
    m_data = load(m_reg);
    render();
}

void DashboardPage::clear()
{
    m_data = {};
    m_stale = true;
    render();
}

void DashboardPage::render()
{
    for (std::size_t i = 0; i < kLevels.size(); ++i)
        setCount(m_holdingCounts.at(i), m_data.holdings.at(std::size_t(rank(kLevels.at(i)))), false);

    const auto item = [](QTreeWidget* list, const QStringList& columns, bool alert = false) {
        auto* it = new QTreeWidgetItem(list, columns);
        if (alert)
            for (int c = 0; c < columns.size(); ++c)
                it->setForeground(c, kAlert);
        return it;
    };
    const auto fit = [](QTreeWidget* list) {
        for (int c = 0; c + 1 < list->columnCount(); ++c)
            list->resizeColumnToContents(c);
    };

    m_chargedList->clear();
    for (const auto& [user, copies] : m_data.chargedOut)
        item(m_chargedList, { user.login, user.name, QString::number(copies) });
    setCount(m_chargedCount, m_data.chargedOutTotal, false);
    fit(m_chargedList);

    m_dispatchList->clear();
    for (const Dispatch& x : m_data.overdueDispatches)
        item(m_dispatchList, { x.copyId, x.toOrg, Labels::date(x.receiptDue) }, true);
    setCount(m_dispatchCount, m_data.overdueDispatches.size(), true);
    fit(m_dispatchList);

    m_loanList->clear();
    for (const Loan& x : m_data.overdueLoans)
        item(m_loanList, { x.copyId, x.holder, Labels::date(x.due), x.issuedBy }, true);
    setCount(m_loanCount, m_data.overdueLoans.size(), true);
    fit(m_loanList);
    m_containerList->clear();
    for (const ContainerState& s : m_data.containersToSecure)
        item(m_containerList,
            { s.container.id,
                s.leftOpen       ? tr("left open since %1").arg(Labels::dateTime(s.since))
                    : s.checkDue ? tr("check due")
                                 : ContainersModel::changeDueText(s),
                s.by },
            s.leftOpen);
    setCount(m_containerCount, m_data.containersToSecure.size(), true);
    fit(m_containerList);

    m_clearanceList->clear();
    const QDate today = m_canUse() ? m_reg.today() : QDate();
    for (const User& u : m_data.expiringClearances)
        item(m_clearanceList, { u.login, u.name, Labels::date(u.clearanceExpires) },
            today.isValid() && u.clearanceExpires < today);
    setCount(m_clearanceCount, m_data.expiringClearances.size(), false);
    fit(m_clearanceList);

    m_inventoryList->clear();
    int overdue = 0;
    for (const InventoryDue& x : m_data.inventoriesDue) {
        overdue += x.overdue ? 1 : 0;
        item(m_inventoryList,
            { x.scope.isEmpty() ? tr("Copies charged to people") : x.scope, QString::number(x.topSecretCopies),
                x.lastDone.isValid() ? Labels::date(x.lastDone) : tr("never"), Labels::date(x.due) },
            x.overdue);
    }
    // The number of scopes to inventory, in red when one is overdue.
    setCount(m_inventoryCount, m_data.inventoriesDue.size(), overdue > 0);
    m_inventoryCount->setToolTip(tr("%n overdue", nullptr, overdue));
    fit(m_inventoryList);

    m_incidentList->clear();
    for (const Incident& x : m_data.openIncidents)
        item(m_incidentList,
            { QString::number(x.id), IncidentsModel::kindText(x.kind), x.copies.join(QStringLiteral(", ")),
                x.originatorNotified.isValid() ? Labels::date(x.originatorNotified) : tr("not yet") },
            !x.originatorNotified.isValid());
    setCount(m_incidentCount, m_data.openIncidents.size(), true);
    fit(m_incidentList);

    Widgets::showError(m_message, m_data.errors.join(QLatin1Char('\n')));
}

void DashboardPage::retranslateUi()
{
    m_holdingsBox->setTitle(tr("Holdings by level (active items)"));
    m_chargedBox->setTitle(tr("Copies charged out to people"));
    m_dispatchBox->setTitle(tr("Dispatches with overdue receipts"));
    m_clearanceBox->setTitle(tr("Clearances expiring within %n day(s)", nullptr, kClearanceDays));
    m_inventoryBox->setTitle(tr("Top Secret inventories due (overdue in red)"));
    m_incidentBox->setTitle(tr("Open incidents (loss or compromise)"));
    m_loanBox->setTitle(tr("Loans overdue (issued copies not back by their due date)"));
    m_loanList->setHeaderLabels({ tr("Copy"), tr("Holder"), tr("Due back"), tr("Issued by") });
    m_containerBox->setTitle(tr("Containers to secure (left open, not checked after closing today, combination due)"));
    m_containerList->setHeaderLabels({ tr("Container"), tr("State"), tr("By") });
    m_chargedList->setHeaderLabels({ tr("Login"), tr("Name"), tr("Copies") });
    m_dispatchList->setHeaderLabels({ tr("Copy"), tr("Recipient"), tr("Receipt due") });
    m_clearanceList->setHeaderLabels({ tr("Login"), tr("Name"), tr("Expires") });
    m_inventoryList->setHeaderLabels({ tr("Scope"), tr("TS copies"), tr("Last inventory"), tr("Due") });
    m_incidentList->setHeaderLabels({ tr("No."), tr("Kind"), tr("Copies"), tr("Originator notified") });
    render();
}

} // namespace kanribo
