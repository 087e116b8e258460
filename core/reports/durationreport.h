// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reports/reportsupport.h"
#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace parcours {

class Database;

// How long people stay in each cell.
//
// Definition: the days of a placement are end − start + 1 (both days included: a placement
// from 1 to 31 March lasted 31 days). Only placements that ended count — with a period,
// those whose end day lies in [from, to]; without one, every ended placement. Open
// placements are left out: how long they will last is not known yet (counting them up to
// today would pull every figure down). A dossier that went through a cell twice counts twice.
//
// For each cell and for all cells together: the number of placements, the median, the first
// and third quartiles (quantileOfSorted: linear interpolation, like QUARTILE.INC), the mean,
// the shortest and the longest. Needs ViewReports. One forward pass over the placements.
class DurationReport
{
    Q_DECLARE_TR_FUNCTIONS(DurationReport)
public:
    struct Row
    {
        std::optional<Cell> cell; // nullopt: all cells together
        int count = 0;
        // Days; meaningless when count is 0.
        double median = 0;
        double firstQuartile = 0;
        double thirdQuartile = 0;
        double mean = 0;
        int shortest = 0;
        int longest = 0;
    };

    QDate from; // both null: every ended placement
    QDate to;
    // One row per cell in trajectory order (count 0 when none ended), then all cells.
    QList<Row> rows;

    const Row &row(std::optional<Cell> cell) const;

    // `from` and `to` both valid (from ≤ to) or both null. Fails without ViewReports, for a
    // bad period, when the database cannot be read or when `progress` says stop.
    static Result<DurationReport> compute(Database &db, const QDate &from = {}, const QDate &to = {},
                                          const ReportProgress &progress = {});

    // CSV: cell,placements,median_days,q1_days,q3_days,mean_days,min_days,max_days — cell a
    // code or "all"; days with at most one decimal (a median of an even count may end in .5),
    // empty when no placement ended.
    static QStringList csvHeader();
    static QStringList csvFields(const Row &row);
    QByteArray toCsv() const;
    static QString cellText(const Row &row); // translated: "Literacy", "All cells"
    static QString days(double value);       // "12", "12.5" (C locale, for files)
};

} // namespace parcours
