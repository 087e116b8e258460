// SPDX-License-Identifier: GPL-3.0-or-later
#include "article60models.h"

#include "format.h"

#include <QColor>

namespace parcours::ui {

void PostBoardModel::setRows(QList<PostOccupancy> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const PostOccupancy *PostBoardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PostBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostBoardModel::data(const QModelIndex &index, int role) const
{
    const PostOccupancy *o = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!o)
        return {};
    const Article60Post &p = o->post;
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return o->filled() ? 1 : 0; // vacant first
        case Until:
            return o->filled() ? o->contract->end().toString(Qt::ISODate) : QString();
        case HeldBy:
            return o->filled() ? o->contract->personName : QString();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status:
            return o->filled() ? tr("Filled") : tr("Vacant");
        case Function:
            return p.function;
        case Place:
            return p.place;
        case Partner:
            return p.partnerId ? p.partnerName : tr("the centre");
        case SocialEconomy:
            return p.socialEconomy ? tr("Yes") : tr("No");
        case Schedule:
            return Article60::scheduleLabel(p.schedule);
        case HeldBy:
            return o->filled() ? QStringLiteral("%1 (%2)").arg(o->contract->personName, o->contract->reference) : QString();
        case Until:
            return o->filled() ? formatDate(o->contract->end()) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Function || index.column() == Place || index.column() == Partner))
        return data(index, Qt::DisplayRole); // elided in the board
    if (role == Qt::BackgroundRole && index.column() == Status)
        return o->filled() ? QColor(0xe3, 0xf1, 0xe4) : QColor(0xfd, 0xf0, 0xd5);
    if (role == Qt::ForegroundRole && !p.active)
        return QColor(0x80, 0x80, 0x80);
    return {};
}

QVariant PostBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status:
        return tr("Status");
    case Function:
        return tr("Function");
    case Place:
        return tr("Place");
    case Partner:
        return tr("Partner");
    case SocialEconomy:
        return tr("Social economy");
    case Schedule:
        return tr("Time");
    case HeldBy:
        return tr("Held by");
    case Until:
        return tr("Until");
    default:
        return {};
    }
}

void EndingContractModel::setRows(QList<Article60Contract> rows, const QDate &on)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_on = on;
    endResetModel();
}

const Article60Contract *EndingContractModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EndingContractModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndingContractModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndingContractModel::data(const QModelIndex &index, int role) const
{
    const Article60Contract *c = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeft)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Post)
        return c->postLabel; // elided in the list
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Person:
        return c->personName;
    case Reference:
        return c->reference;
    case Post:
        return c->postLabel;
    case Start:
        return formatDate(c->start);
    case End:
        return c->ended() ? tr("%1 (ended)").arg(formatDate(c->end())) : formatDate(c->end());
    case DaysLeft:
        return qint64(m_on.daysTo(c->end()));
    default:
        return {};
    }
}

QVariant EndingContractModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Reference:
        return tr("Dossier");
    case Post:
        return tr("Post");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case DaysLeft:
        return tr("Days left");
    default:
        return {};
    }
}

} // namespace parcours::ui
