// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kanribo
{

TablePage::TablePage(QAbstractItemModel* model, int sortRole, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(objectName);
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addWidget(m_filter);
    m_layout->addWidget(m_view, 1);
    retranslateUi();
}

void TablePage::fitColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    m_view->resizeColumnsToContents();
    header->setStretchLastSection(true);
}

void TablePage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter…"));
}

} // namespace kanribo
