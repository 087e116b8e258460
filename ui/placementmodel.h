// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/placement.h"

#include <QAbstractTableModel>
#include <QDate>

namespace parcours::ui {

// A dossier's placements, oldest first: the chronological list of the trajectory view.
// A few dozen rows at most, so it holds them all.
class PlacementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CellColumn, From, To, Days, Officer, OutcomeColumn, ColumnCount };
    enum Role { PlacementIdRole = Qt::UserRole + 1 };

    explicit PlacementModel(QObject *parent = nullptr);

    void setPlacements(const QList<Placement> &placements);
    const QList<Placement> &placements() const { return m_placements; }
    // "Today" for the days of an open placement (the current date by default).
    void setToday(const QDate &today);

    const Placement *placementAt(int row) const;
    int rowOf(qint64 placementId) const;
    // The length of an ended placement, both ends included; for an open one the days in the
    // cell so far, as the caseload counts them (Trajectory::CaseloadRow::days: 0 on the first day).
    static qint64 daysCovered(const Placement &p, const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString outcomeText(const Placement &p) const;
    QString toolTip(const Placement &p) const;

    QList<Placement> m_placements;
    QDate m_today;
};

} // namespace parcours::ui
