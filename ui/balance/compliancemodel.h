// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/compliance.h"

#include <QAbstractTableModel>

namespace parcours::ui {

// The GPMI compliance list of one day (Compliance::rows): a few hundred rows at most at a big
// centre, held whole; the officer filter is applied by the core query.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Name, Officer, Requirement, State, Due, Days, Detail, ColumnCount };
    enum Role { DossierIdRole = Qt::UserRole + 1, StateRole };

    explicit ComplianceModel(QObject *parent = nullptr);

    void setRows(const QList<Compliance::Row> &rows);
    const QList<Compliance::Row> &rows() const { return m_rows; }
    qint64 dossierId(int row) const;
    // How many rows are overdue or missing (not merely due soon).
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Compliance::Row> m_rows;
};

} // namespace parcours::ui
