// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace kanribo
{

// A filter field over a sortable table: the model sits behind a QSortFilterProxyModel.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(QAbstractItemModel* model, int sortRole, const QString& objectName, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QVBoxLayout* pageLayout() const { return m_layout; }
    void retranslateUi();
    // Columns as wide as their contents, the last one stretched to the edge.
    void fitColumns();

private:
    QVBoxLayout* m_layout;
    QLineEdit* m_filter;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
};

} // namespace kanribo
