// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reporttablemodel.h"

#include <QFont>
#include <QLocale>

namespace parcours::ui {

namespace {
bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
}
} // namespace

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setHeader(const QStringList &header)
{
    beginResetModel();
    m_header = header;
    m_rows.clear();
    m_bold.clear();
    endResetModel();
}

void ReportTableModel::setRows(const QList<QVariantList> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_bold.clear();
    endResetModel();
}

void ReportTableModel::setBoldRows(const QList<int> &rows)
{
    m_bold = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QString ReportTableModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return QString();
    const QVariant &v = m_rows.at(row).at(column);
    if (!v.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    if (v.typeId() == QMetaType::Double) {
        // Days: whole numbers stay whole, else one decimal (medians of even counts end in .5).
        const double d = v.toDouble();
        return d == double(qint64(d)) ? locale.toString(qint64(d)) : locale.toString(d, 'f', 1);
    }
    if (isNumber(v))
        return locale.toString(v.toLongLong());
    return v.toString();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_header.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant v = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return isNumber(v) || !v.isValid() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_bold.contains(index.row())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::UserRole: // the raw value, for sorting and tests
        return v;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_header.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_header.at(section);
    return {};
}

} // namespace parcours::ui
