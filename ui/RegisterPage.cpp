// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterPage.h"

#include "Clipboard.h"
#include "ItemsModel.h"
#include "Labels.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/Register.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kanribo
{

namespace
{

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

RegisterPage::RegisterPage(Register& reg, ItemsModel* model, std::function<bool()> canUse, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_model(model)
    , m_canUse(std::move(canUse))
{
    setObjectName(QStringLiteral("register"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto labelled = [this, bar](QLabel*& label, QWidget* field) {
        label = new QLabel(this);
        label->setBuddy(field);
        bar->addWidget(label);
        bar->addWidget(field);
    };
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("holderFilter"));
    m_holder->setEditable(true);
    m_holder->setInsertPolicy(QComboBox::NoInsert);
    m_holder->setMinimumContentsLength(8);
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerFilter"));
    m_container->setEditable(true);
    m_container->setInsertPolicy(QComboBox::NoInsert);
    m_container->setMinimumContentsLength(8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setClearButtonEnabled(true);
    labelled(m_searchLabel, m_search);
    labelled(m_levelLabel, m_level);
    labelled(m_statusLabel, m_status);
    labelled(m_holderLabel, m_holder);
    labelled(m_containerLabel, m_container);
    bar->setStretchFactor(m_search, 1);
    v->addLayout(bar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("registerSplitter"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("registerView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true); // ItemsModel::sort re-queries the register
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSortIndicator(ItemsModel::Control, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* detailBox = new QWidget(m_splitter);
    auto* dv = new QVBoxLayout(detailBox);
    dv->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(detailBox);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    m_details->setOpenLinks(false);
    m_openContent = new QPushButton(detailBox);
    m_openContent->setObjectName(QStringLiteral("openContentButton"));
    m_openContent->setEnabled(false);
    dv->addWidget(m_details, 1);
    dv->addWidget(m_openContent, 0, Qt::AlignRight);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    v->addWidget(m_splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("registerMessage"));
    m_message->setWordWrap(true);
    v->addWidget(m_message);

    // Anything copied from the register is marked secret for clipboard managers and cleared after 30 s.
    auto* copy = new QAction(m_view);
    copy->setObjectName(QStringLiteral("copyItemAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(copy);
    connect(copy, &QAction::triggered, this, &RegisterPage::copySelection);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this]() { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RegisterPage::applyFilter);
    for (QComboBox* c : { m_level, m_status })
        connect(c, &QComboBox::activated, this, &RegisterPage::applyFilter);
    for (QComboBox* c : { m_holder, m_container }) {
        connect(c, &QComboBox::activated, this, &RegisterPage::applyFilter);
        connect(c->lineEdit(), &QLineEdit::editingFinished, this, &RegisterPage::applyFilter);
    }
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            showDetails(current.isValid() ? current.data(ItemsModel::ControlRole).toString() : QString());
        });
    connect(m_model, &ItemsModel::fetchFailed, m_message, &QLabel::setText);
    connect(m_openContent, &QPushButton::clicked, this, &RegisterPage::openContentRequested);
    connect(m_details, &QTextBrowser::anchorClicked, this, [](const QUrl&) {});
    retranslateUi();
}

void RegisterPage::setPeople(const QList<User>& users, const QList<Container>& containers)
{
    const QString holder = m_holder->currentText();
    const QString container = m_container->currentText();
    m_holder->clear();
    m_holder->addItem(QString());
    for (const User& u : users)
        m_holder->addItem(u.login);
    m_holder->setEditText(holder);
    m_container->clear();
    m_container->addItem(QString());
    for (const Container& c : containers)
        m_container->addItem(c.id);
    m_container->setEditText(container);
}

void RegisterPage::applyFilter()
{
    m_searchDelay.stop();
    ItemFilter f;
    const int level = m_level->currentData().toInt();
    if (level >= 0)
        f.level = levelFromRank(level);
    f.status = m_status->currentData().toString();
    f.holder = m_holder->currentText().trimmed();
    f.container = m_container->currentText().trimmed();
    f.text = m_search->text().trimmed();
    const ItemFilter old = m_model->filter();
    if (old.level == f.level && old.status == f.status && old.holder == f.holder && old.container == f.container
        && old.text == f.text && m_model->rowCount() > 0)
        return;
    m_message->clear();
    m_model->setFilter(f);
    if (m_canUse())
        m_model->fetchMore({});
    // The detail pane keeps its item while it may still be listed; an item filtered out leaves the screen.
    if (m_current && m_model->rowOf(m_current->control) < 0 && !m_model->canFetchMore({}))
        clearDetails();
    if (m_model->rowCount() == 0 && !f.text.isEmpty())
        m_message->setText(tr("No item you may see matches “%1”.").arg(f.text));
}

void RegisterPage::clearFilter()
{
    m_searchDelay.stop();
    const QSignalBlocker b(m_search);
    m_search->clear();
    m_level->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_holder->setEditText(QString());
    m_container->setEditText(QString());
    m_message->clear();
}

QString RegisterPage::currentControl() const
{
    return m_current ? m_current->control : QString();
}

void RegisterPage::selectControl(const QString& control)
{
    int row = m_model->rowOf(control);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(control);
    }
    if (row < 0)
        return;
    const QModelIndex idx = m_model->index(row, 0);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    if (currentControl() != control)
        showDetails(control);
}

void RegisterPage::reloadDetails()
{
    if (!m_current)
        return;
    // A copy: showDetails() resets m_current before it uses the control number.
    const QString control = m_current->control;
    showDetails(control);
}

void RegisterPage::clearDetails()
{
    m_current.reset();
    m_reclassifications.clear();
    m_disclosures.clear();
    m_accessList.reset();
    m_detailError.clear();
    renderDetails();
    Q_EMIT currentItemChanged();
}

void RegisterPage::showDetails(const QString& control)
{
    if (control.isEmpty() || !m_canUse()) {
        clearDetails();
        return;
    }
    m_current.reset();
    m_reclassifications.clear();
    m_disclosures.clear();
    m_detailError.clear();
    // Items::show checks access again and records the disclosure of Top Secret (R-ACC-4).
    auto it = m_reg.items().show(control);
    if (!it) {
        m_detailError = Widgets::errorText(it.error());
    } else {
        m_current = it.value();
        if (auto r = m_reg.items().reclassifications(control))
            m_reclassifications = r.value();
        const Role role = m_reg.me().role;
        if (role == Role::Officer || role == Role::Auditor) {
            if (auto d = m_reg.items().disclosures(control))
                m_disclosures = d.value();
            if (auto a = m_reg.items().accessList(control))
                m_accessList = a.value();
        }
    }
    renderDetails();
    Q_EMIT currentItemChanged();
}

QString RegisterPage::accessHow(const AccessEntry& e)
{
    if (e.how == QLatin1String("registered"))
        return tr("registered it");
    if (e.how == QLatin1String("held"))
        return tr("held %1").arg(e.copy);
    if (e.how == QLatin1String("viewed"))
        return tr("viewed the record");
    return tr("opened the content");
}

void RegisterPage::renderDetails()
{
    m_openContent->setEnabled(m_current && m_current->hasContent);
    if (!m_current) {
        m_details->setPlainText(
            m_detailError.isEmpty() ? tr("Select an item to see its markings and records.") : m_detailError);
        return;
    }
    const Item& it = *m_current;
    const PolicyPack& pack = m_reg.policy();
    const QString lang = currentLanguage();
    const LevelSpec& spec = pack.level(it.level);
    auto article = [&](const char* recordType) {
        const ArticleRef a = pack.article(QString::fromLatin1(recordType));
        if (a.ref.isEmpty())
            return QString();
        return QStringLiteral(" <span style='color:#666; font-weight:normal; font-size:small'>[%1 — %2]</span>")
            .arg(esc(a.refIn(lang)), esc(a.topic.text(lang)));
    };
    auto heading = [&](const QString& title, const char* recordType) {
        return QStringLiteral("<h4 style='margin-bottom:2px'>%1%2</h4>").arg(esc(title), article(recordType));
    };
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#444; padding-right:8px'>%1</td><td>%2</td></tr>")
            .arg(esc(label), esc(value));
    };
    auto dash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("—") : s; };

    QString h;
    h += QStringLiteral(
        "<div style='background:%1; color:%2; font-weight:bold; text-align:center; padding:3px'>%3</div>")
             .arg(spec.banner, spec.text, esc(pack.bannerText(it.level)));
    h += QStringLiteral("<h3>%1 &nbsp; %2</h3>").arg(esc(it.control), esc(shownTitle(it)));

    h += heading(tr("Markings"), "marking");
    h += QStringLiteral("<table>");
    h += row(tr("Originating government:"),
        tr("%1 — marked %2").arg(it.origin, dash(it.origin == QLatin1String("JPN") ? it.jpMarking : it.usMarking)));
    h += row(tr("Recipient's equivalent:"),
        tr("%1 — %2").arg(dash(it.recipient),
            dash(it.recipient == QLatin1String("USA") || it.jpMarking.isEmpty() ? it.usMarking : it.jpMarking)));
    h += row(tr("Both markings:"), pack.bannerText(it.level));
    if (!it.regime.isEmpty()) {
        const RegimeSpec* r = pack.regime(it.regime);
        h += row(tr("Regime:"), r ? r->name.text(lang) : it.regime);
        if (it.validUntil.isValid())
            h += row(tr("Designation valid until:"), Labels::date(it.validUntil));
        if (it.designationExpired && r)
            h += row(tr("Designation:"), r->expiryMark.text(lang));
    }
    h += row(tr("Media:"), Labels::media(it.media));
    h += row(tr("Status:"), Labels::itemStatus(it.status));
    h += row(tr("Registered:"), tr("%1 by %2").arg(Labels::dateTime(it.registeredAt), it.registeredBy));
    h += QStringLiteral("</table>");

    h += heading(tr("Classification authority"), "marking");
    h += QStringLiteral("<table>");
    h += row(tr("Classified by:"), dash(it.authority.classifiedBy));
    h += row(tr("Derived from / reason:"), dash(it.authority.derivedFrom));
    h += row(tr("Declassify on:"), dash(it.authority.declassifyOn));
    h += QStringLiteral("</table>");

    h += heading(tr("Receipt"), "transmission");
    h += QStringLiteral("<table>");
    h += row(tr("Received from:"), dash(it.receipt.receivedFrom));
    h += row(tr("Sender's receipt no.:"), dash(it.receipt.receiptNo));
    h += row(tr("Channel:"), dash(Labels::channel(it.receipt.channel)));
    h += row(tr("Received on:"), dash(Labels::date(it.receipt.receivedOn)));
    h += row(tr("Inspected for tampering:"), Labels::yesNo(it.receipt.tamperChecked));
    h += QStringLiteral("</table>");

    h += heading(tr("Dissemination"), "release");
    h += QStringLiteral("<table>");
    QStringList caveats;
    for (const QString& c : it.caveats) {
        QString text = c;
        if (const auto parsed = pack.parseCaveat(c))
            text += QStringLiteral(" — ") + parsed->first->meaning.text(lang);
        caveats << text;
    }
    h += row(tr("Caveats:"), dash(caveats.join(QStringLiteral("; "))));
    h += row(tr("TLP (not a classification):"), dash(it.tlp));
    h += row(tr("Need-to-know groups:"), dash(it.groups.join(QStringLiteral(", "))));
    if (it.purposeEnds.isValid())
        h += row(tr("Purpose ends:"), Labels::date(it.purposeEnds));
    h += QStringLiteral("</table>");

    h += heading(tr("Third-country releases"), "release");
    if (it.releases.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    } else {
        h += QStringLiteral("<table>");
        for (const ReleaseApproval& r : it.releases)
            h += row(r.nationality, tr("%1, approved %2").arg(r.reference, Labels::date(r.approvedOn)));
        h += QStringLiteral("</table>");
    }

    h += heading(tr("Reclassification history"), "marking");
    if (m_reclassifications.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    } else {
        h += QStringLiteral("<table>");
        for (const Reclassification& r : m_reclassifications)
            h += row(Labels::date(r.noticeDate),
                tr("%1 → %2; notice %3 by %4: %5 (recorded by %6)")
                    .arg(pack.bannerText(r.oldLevel), pack.bannerText(r.newLevel), r.reference, r.noticeBy, r.reason,
                        r.recordedBy));
        h += QStringLiteral("</table>");
    }

    h += heading(tr("Copies"), "storage");
    h += QStringLiteral("<table border='0' cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th>"
                        "<th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
             .arg(esc(tr("Copy")), esc(tr("Status")), esc(tr("Held by / stored in")), esc(tr("Kind")));
    for (const Copy& c : it.copies) {
        const QString where = !c.holder.isEmpty()
            ? tr("charged to %1").arg(c.holder)
            : (!c.container.isEmpty() ? tr("in container %1").arg(c.container) : QStringLiteral("—"));
        QString kind = c.kind;
        if (!c.notation.isEmpty())
            kind += QStringLiteral(" — ") + c.notation;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(tr("%1 (copy %2 of %3)").arg(c.id).arg(c.number).arg(it.copiesTotal)),
                     esc(Labels::itemStatus(copyStatusName(c.status))), esc(where), esc(kind));
    }
    h += QStringLiteral("</table>");

    const Role role = m_reg.me().role;
    if (role == Role::Officer || role == Role::Auditor) {
        h += heading(tr("Disclosure record"), "accountability");
        if (m_disclosures.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
        } else {
            h += QStringLiteral("<table>");
            for (const Disclosure& d : m_disclosures)
                h += row(Labels::dateTime(d.at), tr("%1 — %2 (event %3)").arg(d.login, d.action).arg(d.eventSeq));
            h += QStringLiteral("</table>");
        }
    }
    if (m_accessList) {
        h += heading(tr("Access list"), "accountability");
        QStringList authorised;
        for (const User& u : m_accessList->authorised)
            authorised << tr("%1 (%2, %3)").arg(u.login, Labels::role(u.role), Labels::level(u.clearance));
        h += QStringLiteral("<table>");
        h += row(tr("Authorised now:"), dash(authorised.join(QStringLiteral(", "))));
        h += QStringLiteral("</table>");
        h += QStringLiteral("<table border='0' cellspacing='0' cellpadding='2'><tr><th align='left'>%1</th>"
                            "<th align='left'>%2</th><th align='left'>%3</th><th align='left'>%4</th></tr>")
                 .arg(esc(tr("When")), esc(tr("Who")), esc(tr("Access")), esc(tr("Event")));
        for (const AccessEntry& e : m_accessList->accessed)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(Labels::dateTime(e.at)), esc(e.login), esc(accessHow(e)), QString::number(e.seq));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p><b>%1</b></p>")
             .arg(esc(it.hasContent ? tr("Content: held encrypted in the register.")
                                    : tr("Content: none (physical item).")));
    h += QStringLiteral(
        "<div style='background:%1; color:%2; font-weight:bold; text-align:center; padding:3px'>%3</div>")
             .arg(spec.banner, spec.text, esc(pack.bannerText(it.level)));
    m_details->setHtml(h);
}

void RegisterPage::copySelection()
{
    const QModelIndex idx = m_view->currentIndex();
    if (!idx.isValid())
        return;
    const Item& it = m_model->item(idx.row());
    Clipboard::instance()->setSecret(it.control + QLatin1Char('\t') + it.title, 30000);
    Q_EMIT statusMessage(tr("Copied %1; the clipboard is cleared in 30 seconds.").arg(it.control));
}

void RegisterPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Control no., title, reference (日本語も可)…"));
    m_levelLabel->setText(tr("Le&vel:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_holderLabel->setText(tr("&Holder:"));
    m_containerLabel->setText(tr("Co&ntainer:"));
    {
        const QSignalBlocker b(m_level);
        const int current = m_level->currentIndex();
        m_level->clear();
        m_level->addItem(tr("All levels"), -1);
        for (Level l : { Level::TopSecret, Level::Secret, Level::Confidential, Level::Unclassified })
            m_level->addItem(m_reg.policy().bannerText(l), rank(l));
        m_level->setCurrentIndex(qMax(0, current));
    }
    {
        const QSignalBlocker b(m_status);
        const int current = m_status->currentIndex();
        m_status->clear();
        m_status->addItem(tr("Any status"), QString());
        for (const char* s : { "active", "dispatched", "lost", "destroyed" })
            m_status->addItem(Labels::itemStatus(QString::fromLatin1(s)), QString::fromLatin1(s));
        m_status->setCurrentIndex(qMax(0, current));
    }
    m_holder->lineEdit()->setPlaceholderText(tr("any"));
    m_container->lineEdit()->setPlaceholderText(tr("any"));
    m_openContent->setText(tr("&Open content…"));
    renderDetails();
}

void RegisterPage::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    if (header->sectionSize(ItemsModel::Title) > 320)
        header->resizeSection(ItemsModel::Title, 320);
    header->setStretchLastSection(true);
}

} // namespace kanribo
