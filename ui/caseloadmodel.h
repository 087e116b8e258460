// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/trajectory.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>
#include <vector>

namespace parcours::ui {

// Who is in which cell on one day (Trajectory::caseload), filtered by cell and officer.
// The model holds the whole day (a few thousand rows at a big centre) and filters and sorts
// in memory, so changing a filter never goes back to the database; only a new day does.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Name, CellColumn, Since, Days, Officer, ColumnCount };
    enum Role { DossierIdRole = Qt::UserRole + 1, PlacementIdRole, CellRole };

    explicit CaseloadModel(QObject *parent = nullptr);

    // Everyone in a cell on `day`, unfiltered (as Trajectory::caseload(day) returns it).
    void setRows(const QList<Trajectory::CaseloadRow> &rows, const QDate &day);
    QDate day() const { return m_day; }

    // nullopt = all cells / all officers; an empty officer means "no officer recorded".
    void setFilter(std::optional<Cell> cell, std::optional<QString> officer);
    std::optional<Cell> cellFilter() const { return m_cell; }
    std::optional<QString> officerFilter() const { return m_officer; }

    // The officers of the day's placements, sorted; "" when some have none.
    QStringList officers() const;
    // People per cell on the day with the officer filter applied (not the cell filter).
    std::array<int, kCellCount> countsPerCell() const;
    int totalOnDay() const { return int(m_all.size()); }

    const Trajectory::CaseloadRow *rowAt(int row) const;
    qint64 dossierId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortOrder();
    void refilter();
    bool officerMatches(const Trajectory::CaseloadRow &row) const;

    QList<Trajectory::CaseloadRow> m_all;
    std::vector<int> m_order;   // indexes into m_all, sorted
    std::vector<int> m_visible; // m_order filtered: the rows shown
    std::vector<QString> m_nameKeys; // sort keys for Name, made on the first sort by name
    QDate m_day;
    std::optional<Cell> m_cell;
    std::optional<QString> m_officer;
    int m_sortColumn = -1; // -1: the core's order (cell, then name)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace parcours::ui
