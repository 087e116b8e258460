// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace parcours::ui {

// The table of a report (flows, durations, caseload): a header and a few dozen rows of
// finished figures. The three reports share it because they only differ in their columns,
// which each view declares in its own column enum; numbers are kept as numbers (qint64 or
// double) so that the view sorts them as numbers, and shown right-aligned in the user's
// locale. An empty QVariant shows as "—" (nothing to measure).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setHeader(const QStringList &header);
    void setRows(const QList<QVariantList> &rows);
    // Rows drawn in bold (totals).
    void setBoldRows(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text shown in a cell (tests, copies).
    QString text(int row, int column) const;

private:
    QStringList m_header;
    QList<QVariantList> m_rows;
    QList<int> m_bold;
};

} // namespace parcours::ui
