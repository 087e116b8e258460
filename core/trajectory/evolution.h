// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/figures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

namespace parcours {

class Database;

// The evolution engine: the seed's evolution table computed from the trajectories, with the
// definitions of domain.md ("The evolution table"). On a snapshot day D:
// - dossiers: dossiers open on D (opened ≤ D, and not closed or closed ≥ D);
// - each cell: dossiers open on D with a placement in that cell covering D (start ≤ D ≤ end,
//   end inclusive or open); a placement reaching outside its dossier's open period counts
//   only inside it;
// - spi: dossiers in any of the six SPI cells; integrated: spi + health_equity (a dossier
//   is in one cell at a time, so these are sums);
// - percentages: Figures::integratedPct() and spiPct().
// The figures need the ViewReports permission; drillDown(), which names people, ViewRegister.
class Evolution
{
    Q_DECLARE_TR_FUNCTIONS(Evolution)
public:
    enum class Step { Month, Quarter, Year };
    static QString stepCode(Step step); // "month", "quarter", "year"
    static std::optional<Step> stepFromCode(QStringView code);

    // The snapshot days from `from` to `to`, both included.
    // periodEnds (the default): the last day of every month, calendar quarter (31 Mar, 30 Jun,
    // 30 Sep, 31 Dec) or year that falls in [from, to] — from 2014-01-31 by month: 2014-01-31,
    // 2014-02-28, 2014-03-31, …; from 2014-01-15 the first is 2014-01-31.
    // Otherwise `from` and the same day 1, 2, … steps later, counted from `from` and clamped to
    // the month's length (31 Jan, 28/29 Feb, 31 Mar, 30 Apr…).
    // Empty when either date is invalid or from > to.
    static QList<QDate> snapshotDays(const QDate &from, const QDate &to, Step step, bool periodEnds = true);

    // The figures on each day of `days` (any order, duplicates allowed), one row per distinct
    // day, oldest first, source Computed. One forward-only pass over the dossiers and one over
    // the placements, whatever the number of days: each stay becomes a +1 at the first
    // snapshot day it covers and a −1 after the last one, summed across the sorted days.
    // Fails when a day is invalid or the database cannot be read.
    static Result<QList<Figures>> compute(Database &db, const QList<QDate> &days);

    // The same figures from COUNT queries, one set per day: the reference the engine is
    // tested against (and the benchmark's baseline). It counts distinct dossiers, so it does
    // not rely on placements never overlapping.
    static Result<QList<Figures>> computeByQueries(Database &db, const QList<QDate> &days);

    // The dossiers behind one count of compute() on `day`, sorted by reference.
    struct DrillRow
    {
        qint64 dossierId = 0;
        QString reference;
        QString lastName;
        QString firstName;
    };
    static Result<QList<DrillRow>> drillDown(Database &db, const QDate &day, FigureColumn column);
};

} // namespace parcours
