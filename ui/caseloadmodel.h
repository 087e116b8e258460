// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/trajectory.h"

#include <QAbstractTableModel>

#include <array>
#include <optional>
#include <vector>

namespace parcours::ui {

// Who is in which cell on one day (Trajectory::caseload), filtered by cell and officer.
//
// Two sources. setSource(trajectory, day) reads the database lazily: the number of people
// per cell and officer once per day, then pages of the filtered rows in the core's order
// (cell, then name) as the view scrolls (canFetchMore/fetchMore); a filter change reads the
// first page again, never the whole day (90,000 rows at a big centre). Sorting by a column
// reads every row of the current filters and sorts them in memory; back in the core's order
// (sort column -1) the model pages again. setRows() instead holds given rows in memory and
// filters and sorts them there (for small lists and tests).
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Name, CellColumn, Since, Days, Officer, ColumnCount };
    enum Role { DossierIdRole = Qt::UserRole + 1, PlacementIdRole, CellRole };

    explicit CaseloadModel(QObject *parent = nullptr);

    // Everyone in a cell on `day`, unfiltered (as Trajectory::caseload(day) returns it).
    void setRows(const QList<Trajectory::CaseloadRow> &rows, const QDate &day);
    // The day's caseload read from `trajectory` (nullptr: empty), first page at once. The
    // trajectory must outlive its use here.
    void setSource(const Trajectory *trajectory, const QDate &day);
    QDate day() const { return m_day; }
    static constexpr int kPageSize = 200;

    // nullopt = all cells / all officers; an empty officer means "no officer recorded".
    void setFilter(std::optional<Cell> cell, std::optional<QString> officer);
    std::optional<Cell> cellFilter() const { return m_cell; }
    std::optional<QString> officerFilter() const { return m_officer; }

    // The officers of the day's placements, sorted; "" when some have none.
    QStringList officers() const;
    // People per cell on the day with the officer filter applied (not the cell filter).
    std::array<int, kCellCount> countsPerCell() const;
    int totalOnDay() const;
    // Rows the current filters select (all of them, also those not fetched yet).
    int matchingRows() const;

    const Trajectory::CaseloadRow *rowAt(int row) const;
    qint64 dossierId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool paged() const { return m_source && m_sortColumn < 0; }
    void endReset();
    void reload();       // the source's rows for the current filters, from the start
    QList<Trajectory::CaseloadRow> nextPage(); // the next rows of a paged source (not added yet)
    void append(const QList<Trajectory::CaseloadRow> &rows);
    void loadAllRows();  // every row of the current filters (sorting by a column)
    void sortOrder();
    void refilter();
    bool officerMatches(const Trajectory::CaseloadRow &row) const;

    const Trajectory *m_source = nullptr;
    Trajectory::CellCounts m_dayCounts{};     // source: everyone on the day, per cell
    Trajectory::CellCounts m_officerCounts{}; // source: with the officer filter
    QStringList m_officers;                   // source: the day's officers
    size_t m_nextCell = 0;      // paged: index in kAllCells of the cell being fetched
    int m_fetchedOfCell = 0;    // paged: rows of that cell fetched so far
    bool m_notifyingReset = false;
    bool m_fetching = false;
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
