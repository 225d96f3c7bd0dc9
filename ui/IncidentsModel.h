// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Custody.h"

#include <QAbstractTableModel>
#include <QList>

namespace kanribo
{

// Loss and compromise incidents (R-INC-1, R-INC-2): copy numbers only, never a title.
class IncidentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Kind,
        Copies,
        Status,
        ReportedAt,
        ReportedBy,
        OriginatorNotified,
        Findings,
        Measures,
        Summary,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit IncidentsModel(QObject* parent = nullptr);

    void setIncidents(const QList<Incident>& incidents);
    void clear();
    void retranslate();
    const QList<Incident>& incidents() const { return m_incidents; }
    // The incident with this id, if listed.
    const Incident* incident(qint64 id) const;

    static QString kindText(IncidentKind kind);
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Incident> m_incidents;
};

} // namespace kanribo
