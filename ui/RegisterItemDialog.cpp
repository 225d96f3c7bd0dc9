// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterItemDialog.h"

#include "BannerWidget.h"
#include "Labels.h"
#include "Widgets.h"
#include "i18n/Language.h"
#include "service/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kanribo
{

namespace
{

QDateEdit* dateEdit(const QString& objectName, QWidget* parent)
{
    auto* d = new QDateEdit(parent);
    d->setObjectName(objectName);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setDate(QDate::currentDate());
    return d;
}

QLineEdit* lineEdit(const QString& objectName, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    return e;
}

} // namespace

RegisterItemDialog::RegisterItemDialog(Register& reg, TaskRunner& runner, QWidget* parent)
    : AdminDialog(reg, runner, parent)
    , m_registered(std::make_shared<RegisteredItem>())
{
    setObjectName(QStringLiteral("registerItemDialog"));

    // The live preview: what the item's banner and markings will be.
    auto* preview = new QGroupBox(this);
    preview->setObjectName(QStringLiteral("previewBox"));
    auto* pv = new QVBoxLayout(preview);
    m_preview = new BannerWidget(preview);
    m_preview->setObjectName(QStringLiteral("previewBanner"));
    m_previewTitle = new QLabel(preview);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setTextFormat(Qt::PlainText);
    m_previewTitle->setWordWrap(true);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_previewMarkings = new QLabel(preview);
    m_previewMarkings->setObjectName(QStringLiteral("previewMarkings"));
    m_previewMarkings->setTextFormat(Qt::PlainText);
    m_previewMarkings->setWordWrap(true);
    m_previewWarning = new QLabel(preview);
    m_previewWarning->setObjectName(QStringLiteral("previewWarning"));
    m_previewWarning->setTextFormat(Qt::PlainText);
    m_previewWarning->setWordWrap(true);
    m_previewWarning->setStyleSheet(QStringLiteral("color: #8A5300;"));
    pv->addWidget(m_preview);
    pv->addWidget(m_previewTitle);
    pv->addWidget(m_previewMarkings);
    pv->addWidget(m_previewWarning);
    mainLayout()->insertWidget(0, preview);

    m_title = lineEdit(QStringLiteral("titleEdit"), this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_origin = Widgets::nationalityCombo(QStringLiteral("originCombo"), this);
    m_origin->setCurrentText(QStringLiteral("USA"));
    m_regime = new QComboBox(this);
    m_regime->setObjectName(QStringLiteral("regimeCombo"));
    auto* caveatRow = new QWidget(this);
    auto* ch = new QHBoxLayout(caveatRow);
    ch->setContentsMargins(0, 0, 0, 0);
    m_caveats = new QListWidget(caveatRow);
    m_caveats->setObjectName(QStringLiteral("caveatsList"));
    m_caveats->setMaximumHeight(90);
    m_relTo = lineEdit(QStringLiteral("relToEdit"), caveatRow);
    ch->addWidget(m_caveats, 1);
    auto* relTo = new QLabel(QStringLiteral("REL TO"), caveatRow); // a marking token, the same in every language
    relTo->setBuddy(m_relTo);
    ch->addWidget(relTo, 0, Qt::AlignTop);
    ch->addWidget(m_relTo, 1, Qt::AlignTop);
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(QStringLiteral("tlpCombo"));
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("groupsList"));
    m_groups->setMaximumHeight(80);
    auto* copiesRow = new QWidget(this);
    auto* cr = new QHBoxLayout(copiesRow);
    cr->setContentsMargins(0, 0, 0, 0);
    m_copies = new QSpinBox(copiesRow);
    m_copies->setObjectName(QStringLiteral("copiesSpin"));
    m_copies->setRange(1, 999);
    m_container = new QComboBox(copiesRow);
    m_container->setObjectName(QStringLiteral("containerCombo"));
    m_media = new QComboBox(copiesRow);
    m_media->setObjectName(QStringLiteral("mediaCombo"));
    cr->addWidget(m_copies);
    cr->addWidget(m_container, 1);
    cr->addWidget(m_media);
    m_contentRow = new QWidget(this);
    auto* fr = new QHBoxLayout(m_contentRow);
    fr->setContentsMargins(0, 0, 0, 0);
    m_contentPath = lineEdit(QStringLiteral("contentPathEdit"), m_contentRow);
    m_browse = new QPushButton(m_contentRow);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    fr->addWidget(m_contentPath, 1);
    fr->addWidget(m_browse);

    Widgets::addRow(form(), m_title);
    Widgets::addRow(form(), m_level);
    Widgets::addRow(form(), m_origin);
    Widgets::addRow(form(), m_regime);
    Widgets::addRow(form(), caveatRow);
    Widgets::addRow(form(), m_tlp);
    Widgets::addRow(form(), m_groups);
    Widgets::addRow(form(), copiesRow);
    Widgets::addRow(form(), m_contentRow);
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(caveatRow)))
        l->setBuddy(m_caveats);
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(copiesRow)))
        l->setBuddy(m_copies);
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(m_contentRow)))
        l->setBuddy(m_contentPath);

    // Authority block, receipt and dates on tabs under the form.
    m_more = new QTabWidget(this);
    m_more->setObjectName(QStringLiteral("moreTabs"));
    auto addPage = [this](std::initializer_list<QWidget*> fields) {
        auto* page = new QWidget(m_more);
        auto* f = new QFormLayout(page);
        for (QWidget* w : fields) {
            w->setParent(page);
            auto* label = new QLabel(page);
            label->setBuddy(w);
            m_moreLabels << label;
            f->addRow(label, w);
        }
        m_more->addTab(page, QString());
    };
    m_classifiedBy = lineEdit(QStringLiteral("classifiedByEdit"), this);
    m_derivedFrom = lineEdit(QStringLiteral("derivedFromEdit"), this);
    m_declassifyOn = lineEdit(QStringLiteral("declassifyOnEdit"), this);
    addPage({ m_classifiedBy, m_derivedFrom, m_declassifyOn });
    m_receivedFrom = lineEdit(QStringLiteral("receivedFromEdit"), this);
    m_receiptNo = lineEdit(QStringLiteral("receiptNoEdit"), this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_receivedOn = dateEdit(QStringLiteral("receivedOnEdit"), this);
    m_tamperChecked = new QCheckBox(this);
    m_tamperChecked->setObjectName(QStringLiteral("tamperCheckedBox"));
    addPage({ m_receivedFrom, m_receiptNo, m_channel, m_receivedOn, m_tamperChecked });
    m_hasValidUntil = new QCheckBox(this);
    m_hasValidUntil->setObjectName(QStringLiteral("hasValidUntilBox"));
    m_validUntil = dateEdit(QStringLiteral("validUntilEdit"), this);
    m_validUntil->setDate(QDate::currentDate().addYears(5));
    m_hasPurposeEnds = new QCheckBox(this);
    m_hasPurposeEnds->setObjectName(QStringLiteral("hasPurposeEndsBox"));
    m_purposeEnds = dateEdit(QStringLiteral("purposeEndsEdit"), this);
    m_purposeEnds->setDate(QDate::currentDate().addYears(1));
    addPage({ m_hasValidUntil, m_validUntil, m_hasPurposeEnds, m_purposeEnds });
    mainLayout()->insertWidget(2, m_more);

    connect(m_title, &QLineEdit::textChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_level, &QComboBox::currentIndexChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_origin, &QComboBox::currentTextChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_regime, &QComboBox::currentIndexChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_tlp, &QComboBox::currentIndexChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_caveats, &QListWidget::itemChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_relTo, &QLineEdit::textChanged, this, &RegisterItemDialog::updatePreview);
    connect(m_browse, &QPushButton::clicked, this, &RegisterItemDialog::chooseContent);
    connect(m_hasValidUntil, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    connect(m_hasPurposeEnds, &QCheckBox::toggled, m_purposeEnds, &QWidget::setEnabled);
    m_validUntil->setEnabled(false);
    m_purposeEnds->setEnabled(false);

    // Groups and containers from the register.
    if (auto groups = reg.people().groups())
        for (const Group& g : groups.value()) {
            auto* it = new QListWidgetItem(g.name, m_groups);
            it->setToolTip(g.description);
            it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
            it->setCheckState(Qt::Unchecked);
        }
    m_container->addItem(QString(), QString());
    if (auto containers = reg.people().containers())
        for (const Container& c : containers.value())
            m_container->addItem(QStringLiteral("%1 (%2)").arg(c.id, reg.policy().bannerText(c.level)), c.id);
    for (const CaveatSpec& c : reg.policy().caveats()) {
        if (c.releasability == Releasability::Listed)
            continue; // REL TO: the nationalities typed beside the list
        auto* it = new QListWidgetItem(c.id, m_caveats);
        it->setData(Qt::UserRole, c.id);
        it->setFlags(it->flags() | Qt::ItemIsUserCheckable);
        it->setCheckState(Qt::Unchecked);
    }
    connect(this, &QDialog::accepted, this, [this]() { Q_EMIT itemRegistered(*m_registered); });
    retranslateUi();
    Widgets::selectLevel(m_level, Level::Secret);
    updatePreview();
    setMinimumWidth(620);
}

void RegisterItemDialog::fillCombos()
{
    const PolicyPack& pack = reg().policy();
    const QString lang = currentLanguage();
    {
        const QSignalBlocker b(m_level);
        const int current = m_level->currentIndex();
        m_level->clear();
        for (Level l : { Level::Unclassified, Level::Confidential, Level::Secret, Level::TopSecret })
            m_level->addItem(QStringLiteral("%1 — %2").arg(Labels::level(l), pack.bannerText(l)), rank(l));
        m_level->setCurrentIndex(qMax(0, current));
    }
    {
        const QSignalBlocker b(m_regime);
        const int current = m_regime->currentIndex();
        m_regime->clear();
        m_regime->addItem(tr("(none)"), QString());
        for (const RegimeSpec& r : pack.regimes())
            m_regime->addItem(r.name.text(lang), r.id);
        m_regime->setCurrentIndex(qMax(0, current));
    }
    {
        const QSignalBlocker b(m_tlp);
        const int current = m_tlp->currentIndex();
        m_tlp->clear();
        m_tlp->addItem(tr("(none)"), QString());
        for (const QString& t : pack.tlpLabels())
            m_tlp->addItem(t, t);
        m_tlp->setCurrentIndex(qMax(0, current));
    }
    {
        const int current = m_media->currentIndex();
        m_media->clear();
        for (const char* m : { "paper", "electronic", "removable", "equipment" })
            m_media->addItem(Labels::media(QString::fromLatin1(m)), QString::fromLatin1(m));
        m_media->setCurrentIndex(qMax(0, current));
    }
    {
        const int current = m_channel->currentIndex();
        m_channel->clear();
        for (const char* c : { "courier", "mail", "hand-carry", "electronic" })
            m_channel->addItem(Labels::channel(QString::fromLatin1(c)), QString::fromLatin1(c));
        m_channel->setCurrentIndex(qMax(0, current));
    }
    m_container->setItemText(0, tr("(charged to me)"));
    for (int i = 0; i < m_caveats->count(); ++i) {
        QListWidgetItem* it = m_caveats->item(i);
        for (const CaveatSpec& c : pack.caveats())
            if (c.id == it->data(Qt::UserRole).toString())
                it->setToolTip(c.meaning.text(lang));
    }
}

void RegisterItemDialog::retranslateUi()
{
    setWindowTitle(tr("Register item"));
    setRowLabel(m_title, tr("&Title:"));
    setRowLabel(m_level, tr("&Level:"));
    setRowLabel(m_origin, tr("&Originating government:"));
    setRowLabel(m_regime, tr("Re&gime:"));
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(m_caveats->parentWidget())))
        l->setText(tr("&Caveats:"));
    setRowLabel(m_tlp, tr("T&LP:"));
    setRowLabel(m_groups, tr("&Need-to-know groups:"));
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(m_copies->parentWidget())))
        l->setText(tr("Cop&ies, storage, media:"));
    if (auto* l = qobject_cast<QLabel*>(form()->labelForField(m_contentRow)))
        l->setText(tr("Content &file:"));
    m_title->setPlaceholderText(tr("(U) Radar maintenance manual — start with a portion mark"));
    m_relTo->setPlaceholderText(tr("REL TO: e.g. USA, JPN"));
    m_contentPath->setPlaceholderText(tr("optional: encrypted into the register"));
    m_browse->setText(tr("&Browse…"));
    m_copies->setToolTip(tr("Number of copies"));
    m_container->setToolTip(tr("Container the copies are stored in"));
    m_more->setTabText(0, tr("&Authority"));
    m_more->setTabText(1, tr("&Receipt"));
    m_more->setTabText(2, tr("&Dates"));
    const QStringList labels
        = { tr("Classified by:"), tr("Derived from / reason:"), tr("Declassify on (date or event):"),
              tr("Received from:"), tr("Sender's receipt no.:"), tr("Channel:"), tr("Received on:"), tr("Inspection:"),
              tr("Designation validity:"), tr("Valid until:"), tr("Purpose ends:"), tr("Date:") };
    for (int i = 0; i < m_moreLabels.size() && i < labels.size(); ++i)
        m_moreLabels.at(i)->setText(labels.at(i));
    m_tamperChecked->setText(tr("Inspected for tampering"));
    m_hasValidUntil->setText(tr("Set a designation end (特定秘密: default is the regime's validity)"));
    m_hasPurposeEnds->setText(tr("The purpose ends on a known date"));
    m_classifiedBy->setPlaceholderText(tr("e.g. USN PACFLT N2"));
    m_derivedFrom->setPlaceholderText(tr("e.g. OPNAVINST 5513.1"));
    m_declassifyOn->setPlaceholderText(tr("e.g. 2036-12-31"));
    fillCombos();
    setOkText(tr("&Register item"));
    updatePreview();
}

QStringList RegisterItemDialog::caveats() const
{
    QStringList out;
    for (int i = 0; i < m_caveats->count(); ++i)
        if (m_caveats->item(i)->checkState() == Qt::Checked)
            out << m_caveats->item(i)->data(Qt::UserRole).toString();
    const QString rel = m_relTo->text().trimmed();
    if (!rel.isEmpty()) {
        for (const CaveatSpec& c : reg().policy().caveats())
            if (c.releasability == Releasability::Listed) {
                out << c.id + QLatin1Char(' ') + rel.toUpper();
                break;
            }
    }
    return out;
}

NewItem RegisterItemDialog::newItem() const
{
    NewItem ni;
    ni.title = m_title->text().trimmed();
    ni.level = Widgets::selectedLevel(m_level);
    ni.origin = m_origin->currentText().trimmed().toUpper();
    ni.regime = m_regime->currentData().toString();
    ni.caveats = caveats();
    ni.tlp = m_tlp->currentData().toString();
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->checkState() == Qt::Checked)
            ni.groups << m_groups->item(i)->text();
    ni.copies = m_copies->value();
    ni.container = m_container->currentData().toString();
    ni.media = m_media->currentData().toString();
    ni.authority
        = { m_classifiedBy->text().trimmed(), m_derivedFrom->text().trimmed(), m_declassifyOn->text().trimmed() };
    ni.receipt = { m_receivedFrom->text().trimmed(), m_receiptNo->text().trimmed(), m_channel->currentData().toString(),
        m_receivedOn->date(), m_tamperChecked->isChecked() };
    if (m_hasValidUntil->isChecked())
        ni.validUntil = m_validUntil->date();
    if (m_hasPurposeEnds->isChecked())
        ni.purposeEnds = m_purposeEnds->date();
    ni.contentPath = m_contentPath->text().trimmed();
    if (!ni.contentPath.isEmpty())
        ni.contentMime = QMimeDatabase().mimeTypeForFile(ni.contentPath).name();
    return ni;
}

QString RegisterItemDialog::previewTitle() const
{
    return m_previewTitle->text();
}

QString RegisterItemDialog::previewWarning() const
{
    return m_previewWarning->text();
}

void RegisterItemDialog::updatePreview()
{
    if (!m_preview || m_level->count() == 0)
        return;
    const PolicyPack& pack = reg().policy();
    const NewItem ni = newItem();
    const LevelSpec& spec = pack.level(ni.level);
    QString bannerText = pack.bannerText(ni.level);
    if (!ni.caveats.isEmpty())
        bannerText += QStringLiteral(" // ") + ni.caveats.join(QStringLiteral(" // "));
    if (!ni.tlp.isEmpty())
        bannerText += QStringLiteral("   ") + ni.tlp;
    m_preview->setLevel(ni.level, { bannerText, QColor(spec.banner), QColor(spec.text) });

    QStringList warnings;
    if (ni.title.isEmpty()) {
        m_previewTitle->setText(tr("%1 (title)").arg(pack.portionMark(Level::Unclassified)));
    } else {
        auto marked = reg().items().normaliseTitle(ni.title, ni.level);
        if (marked) {
            m_previewTitle->setText(marked->first);
            if (marked->second != Level::Unclassified)
                warnings << tr("The title is marked %1; a title should be unclassified.")
                                .arg(pack.portionMark(marked->second));
        } else {
            m_previewTitle->setText(ni.title);
            warnings << marked.error().message;
        }
    }
    const QString us = spec.us;
    const QString jp = spec.jp.isEmpty() ? us : spec.jp;
    m_previewMarkings->setText(
        tr("Originating government %1 marks it %2; Japanese equivalent: %3")
            .arg(ni.origin.isEmpty() ? tr("(none)") : ni.origin, ni.origin == QLatin1String("JPN") ? jp : us, jp));
    if (!ni.regime.isEmpty()) {
        if (const RegimeSpec* r = pack.regime(ni.regime); r && !r->levels.contains(ni.level))
            warnings << tr("The regime %1 does not allow the level %2.")
                            .arg(r->name.text(currentLanguage()), pack.bannerText(ni.level));
    }
    m_previewWarning->setText(warnings.join(QLatin1Char('\n')));
    m_previewWarning->setVisible(!warnings.isEmpty());
}

void RegisterItemDialog::chooseContent()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Content to encrypt into the register"));
    if (!path.isEmpty())
        m_contentPath->setText(path);
}

void RegisterItemDialog::submit()
{
    const NewItem ni = newItem();
    auto out = m_registered;
    run([ni, out](Register& r) -> Status {
        auto result = r.items().registerItem(ni);
        if (!result)
            return result.error();
        *out = result.value();
        return {};
    });
}

} // namespace kanribo
