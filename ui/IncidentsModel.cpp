// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsModel.h"

#include "Labels.h"
#include "policy/Visibility.h"

#include <QBrush>
#include <QColor>

namespace kanribo
{

namespace
{

QString oneLine(const QString& text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

IncidentsModel::IncidentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IncidentsModel::setIncidents(const QList<Incident>& incidents)
{
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
}

void IncidentsModel::clear()
{
    setIncidents({});
}

void IncidentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Incident* IncidentsModel::incident(qint64 id) const
{
    for (const Incident& i : m_incidents)
        if (i.id == id)
            return &i;
    return nullptr;
}

QString IncidentsModel::kindText(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Loss:
        return tr("Loss");
    case IncidentKind::Compromise:
        return tr("Compromise");
    case IncidentKind::PossibleCompromise:
        return tr("Possible compromise");
    }
    return {};
}

QString IncidentsModel::statusText(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

int IncidentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& i = m_incidents.at(index.row());
    if (role == IdRole)
        return i.id;
    const bool open = i.status == QLatin1String("open");
    if (role == Qt::ForegroundRole && index.column() == Status && open)
        return QBrush(QColor(0xB0, 0x00, 0x20));
    const auto text = [role](const QString& display, const QVariant& sort = {}) -> QVariant {
        if (role == Qt::DisplayRole)
            return display;
        if (role == SortRole)
            return sort.isValid() ? sort : QVariant(display);
        return {};
    };
    switch (static_cast<Column>(index.column())) {
    case Id:
        return text(QString::number(i.id), i.id);
    case Kind:
        return text(kindText(i.kind), incidentKindName(i.kind));
    case Copies:
        if (role == Qt::ToolTipRole)
            return i.copies.join(QLatin1Char('\n'));
        return text(i.copies.join(QStringLiteral(", ")));
    case Status:
        return text(statusText(i.status), i.status);
    case ReportedAt:
        return text(Labels::dateTime(i.reportedAt), i.reportedAt);
    case ReportedBy:
        return text(i.reportedBy);
    case OriginatorNotified:
        return text(i.originatorNotified.isValid() ? Labels::date(i.originatorNotified) : tr("not yet"),
            i.originatorNotified.isValid() ? i.originatorNotified.toJulianDay() : qint64(0));
    case Findings:
        if (role == Qt::ToolTipRole && !i.findings.isEmpty())
            return i.findings;
        return text(oneLine(i.findings));
    case Measures:
        if (role == Qt::ToolTipRole && !i.measures.isEmpty())
            return i.measures;
        return text(oneLine(i.measures));
    case Summary:
        if (i.withheld) // R-ACC-3 accountability view
            return text(withheldText({}));
        if (role == Qt::ToolTipRole && !i.summary.isEmpty())
            return i.summary;
        return text(oneLine(i.summary));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("No.");
    case Kind:
        return tr("Kind");
    case Copies:
        return tr("Copies");
    case Status:
        return tr("Status");
    case ReportedAt:
        return tr("Reported at");
    case ReportedBy:
        return tr("Reported by");
    case OriginatorNotified:
        return tr("Originator notified");
    case Findings:
        return tr("Findings");
    case Measures:
        return tr("Corrective measures");
    case Summary:
        return tr("Summary");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kanribo
