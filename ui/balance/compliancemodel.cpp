// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/compliancemodel.h"

#include "format.h"

#include <QBrush>
#include <QColor>

namespace parcours::ui {

ComplianceModel::ComplianceModel(QObject *parent) : QAbstractTableModel(parent) { }

void ComplianceModel::setRows(const QList<Compliance::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 ComplianceModel::dossierId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).dossierId : 0;
}

int ComplianceModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Compliance::Row &r) {
        return r.finding.state == Compliance::State::Missing || r.finding.state == Compliance::State::Overdue;
    }));
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Compliance::Row &r = m_rows.at(index.row());
    if (role == DossierIdRole)
        return r.dossierId;
    if (role == StateRole)
        return int(r.finding.state);
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Reference: return r.reference;
        case Name: return QString(r.lastName + QStringLiteral(", ") + r.firstName);
        case Officer: return r.officer;
        case Requirement: return Compliance::requirementLabel(r.finding.requirement);
        case State: return Compliance::stateLabel(r.finding.state);
        case Due: return formatDate(r.finding.due);
        case Days:
            return r.daysLeft < 0 ? tr("%1 days late").arg(-r.daysLeft)
                 : r.daysLeft == 0 ? tr("today")
                                   : tr("in %1 days").arg(r.daysLeft);
        case Detail: return r.finding.detail;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() != Detail)
        return r.finding.detail;
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (r.finding.state) {
        case Compliance::State::Missing:
        case Compliance::State::Overdue: return QBrush(QColor(0xb0, 0x1e, 0x1e));
        case Compliance::State::SignedLate: return QBrush(QColor(0x8a, 0x5a, 0x00));
        case Compliance::State::DueSoon: return QBrush(QColor(0x1f, 0x5f, 0x9e));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Days || index.column() == Due))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Reference: return tr("Dossier");
    case Name: return tr("Name");
    case Officer: return tr("Officer");
    case Requirement: return tr("Requirement");
    case State: return tr("State");
    case Due: return tr("Due");
    case Days: return tr("When");
    case Detail: return tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

} // namespace parcours::ui
