// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementmodel.h"

#include "cellstyle.h"
#include "format.h"

#include <QFont>

#include <algorithm>

namespace parcours::ui {

PlacementModel::PlacementModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) { }

void PlacementModel::setPlacements(const QList<Placement> &placements)
{
    beginResetModel();
    m_placements = placements;
    std::stable_sort(m_placements.begin(), m_placements.end(),
                     [](const Placement &a, const Placement &b) { return a.start < b.start; });
    endResetModel();
}

void PlacementModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_placements.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Placement *PlacementModel::placementAt(int row) const
{
    return row >= 0 && row < m_placements.size() ? &m_placements.at(row) : nullptr;
}

int PlacementModel::rowOf(qint64 placementId) const
{
    for (int i = 0; i < m_placements.size(); ++i) {
        if (m_placements.at(i).id == placementId)
            return i;
    }
    return -1;
}

qint64 PlacementModel::daysCovered(const Placement &p, const QDate &today)
{
    if (p.isOpen())
        return std::max<qint64>(0, p.start.daysTo(today));
    return p.end < p.start ? 0 : p.start.daysTo(p.end) + 1;
}

int PlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_placements.size());
}

int PlacementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlacementModel::outcomeText(const Placement &p) const
{
    if (!p.outcome)
        return {};
    QString text = outcomeLabel(*p.outcome);
    if (!p.outcomeDetail.isEmpty())
        text += QStringLiteral(" — ") + p.outcomeDetail;
    return text;
}

QString PlacementModel::toolTip(const Placement &p) const
{
    QStringList lines;
    lines << tr("%1 from %2 to %3")
                 .arg(cellLabel(p.cell), formatDate(p.start), p.isOpen() ? tr("(ongoing)") : formatDate(p.end));
    if (!p.reason.isEmpty())
        lines << tr("Reason for referral: %1").arg(p.reason);
    if (p.outcome)
        lines << tr("Outcome: %1").arg(outcomeText(p));
    if (!p.note.isEmpty())
        lines << tr("Note: %1").arg(p.note);
    return lines.join(QLatin1Char('\n'));
}

QVariant PlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Placement &p = m_placements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CellColumn:
            return cellLabel(p.cell);
        case From:
            return formatDate(p.start);
        case To:
            if (p.isOpen())
                return tr("ongoing");
            return formatDate(p.end);
        case Days:
            return formatCount(daysCovered(p, m_today));
        case Officer:
            return p.officer;
        case OutcomeColumn:
            return outcomeText(p);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(p);
    case Qt::DecorationRole:
        if (index.column() == CellColumn)
            return cellIcon(p.cell);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Days)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        // The placement running today stands out: it is the one officers act on.
        if (p.covers(m_today)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case PlacementIdRole:
        return p.id;
    default:
        break;
    }
    return {};
}

QVariant PlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CellColumn:
        return tr("Cell");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Days:
        return tr("Days");
    case Officer:
        return tr("Officer");
    case OutcomeColumn:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parcours::ui
