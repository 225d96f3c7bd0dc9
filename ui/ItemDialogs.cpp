// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemDialogs.h"

#include "Labels.h"
#include "Widgets.h"
#include "service/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kanribo
{

ItemDialog::ItemDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : AdminDialog(reg, runner, parent)
    , m_item(item)
{
    m_itemLine = new QLabel(this);
    m_itemLine->setObjectName(QStringLiteral("itemLine"));
    m_itemLine->setTextFormat(Qt::PlainText);
    m_itemLine->setWordWrap(true);
    QFont f = m_itemLine->font();
    f.setBold(true);
    m_itemLine->setFont(f);
    mainLayout()->insertWidget(0, m_itemLine);
    showItemBanners(item.level);
    retranslateItemLine();
}

void ItemDialog::retranslateItemLine()
{
    m_itemLine->setText(tr("%1   %2").arg(m_item.control, shownTitle(m_item)));
}

QDateEdit* ItemDialog::dateEdit(const QString& objectName, QWidget* parent)
{
    auto* d = new QDateEdit(parent);
    d->setObjectName(objectName);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setDate(QDate::currentDate());
    return d;
}

ReclassifyDialog::ReclassifyDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : ItemDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("reclassifyDialog"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_noticeBy = new QLineEdit(this);
    m_noticeBy->setObjectName(QStringLiteral("noticeByEdit"));
    m_noticeDate = dateEdit(QStringLiteral("noticeDateEdit"), this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    Widgets::addRow(form(), m_level);
    Widgets::addRow(form(), m_noticeBy);
    Widgets::addRow(form(), m_noticeDate);
    Widgets::addRow(form(), m_reference);
    Widgets::addRow(form(), m_reason);
    retranslateUi();
    Widgets::selectLevel(m_level, item.level);
}

void ReclassifyDialog::retranslateUi()
{
    setWindowTitle(tr("Reclassify item"));
    retranslateItemLine();
    setRowLabel(m_level, tr("&New level:"));
    setRowLabel(m_noticeBy, tr("Notice &by (originator):"));
    setRowLabel(m_noticeDate, tr("Notice &date:"));
    setRowLabel(m_reference, tr("Notice &reference:"));
    setRowLabel(m_reason, tr("R&eason:"));
    const int current = m_level->currentIndex();
    m_level->clear();
    for (Level l : { Level::Unclassified, Level::Confidential, Level::Secret, Level::TopSecret })
        m_level->addItem(reg().policy().bannerText(l), rank(l));
    m_level->setCurrentIndex(qMax(0, current));
    setOkText(tr("&Reclassify"));
}

void ReclassifyDialog::submit()
{
    ReclassifyRequest r;
    r.control = item().control;
    r.newLevel = Widgets::selectedLevel(m_level);
    r.noticeBy = m_noticeBy->text().trimmed();
    r.noticeDate = m_noticeDate->date();
    r.reference = m_reference->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    run([r](Register& reg) -> Status {
        auto result = reg.items().reclassify(r);
        if (!result)
            return result.error();
        return {};
    });
}

ReleaseApprovalDialog::ReleaseApprovalDialog(Register& reg, TaskRunner& runner, const Item& item, QWidget* parent)
    : ItemDialog(reg, runner, item, parent)
{
    setObjectName(QStringLiteral("releaseApprovalDialog"));
    m_nationality = Widgets::nationalityCombo(QStringLiteral("nationalityCombo"), this);
    m_nationality->setCurrentText(QString());
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_approvedOn = dateEdit(QStringLiteral("approvedOnEdit"), this);
    Widgets::addRow(form(), m_nationality);
    Widgets::addRow(form(), m_reference);
    Widgets::addRow(form(), m_approvedOn);
    retranslateUi();
}

void ReleaseApprovalDialog::retranslateUi()
{
    setWindowTitle(tr("Record release approval"));
    retranslateItemLine();
    setRowLabel(m_nationality, tr("Release to &nationality:"));
    setRowLabel(m_reference, tr("Originator's &approval reference:"));
    setRowLabel(m_approvedOn, tr("Approved &on:"));
    setOkText(tr("&Record approval"));
}

void ReleaseApprovalDialog::submit()
{
    const QString control = item().control;
    const QString nationality = m_nationality->currentText().trimmed().toUpper();
    const QString reference = m_reference->text().trimmed();
    const QDate approvedOn = m_approvedOn->date();
    run([=](Register& reg) { return reg.items().approveRelease(control, nationality, reference, approvedOn); });
}

} // namespace kanribo
