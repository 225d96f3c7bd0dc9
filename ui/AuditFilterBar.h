// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/Ledger.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kanribo
{

// The audit view's filters (issue 17): period, signer, kind of event, item or copy. The register applies them
// (Ledger::Filter) so that a page of the view holds only matching events however long the trail.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    // The filter the fields say (fromSeq and limit left to the caller).
    Ledger::Filter filter() const;
    bool isActive() const;
    // The period as days (invalid = open), for an export of the filtered view.
    QDate fromDate() const;
    QDate toDate() const;
    void setActors(const QStringList& logins);
    void retranslateUi();

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

private:
    QCheckBox* m_fromSet;
    QDateEdit* m_from;
    QCheckBox* m_toSet;
    QDateEdit* m_to;
    QLabel* m_actorLabel;
    QComboBox* m_actor;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_controlLabel;
    QLineEdit* m_control;
    QPushButton* m_apply;
    QPushButton* m_clear;
};

} // namespace kanribo
