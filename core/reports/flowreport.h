// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reports/reportsupport.h"
#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace parcours {

class Database;

// Flows between cells over a period [from, to] (both days included): how many went from each
// cell to each other, how many entered the trajectory, how many left it and why.
//
// The placements of each dossier are taken in start order. A placement P that ended is
// followed by
// - a move P.cell → S.cell when the dossier's next placement S starts the day after P ends
//   (also when S is in the same cell, e.g. a change of officer: the diagonal);
// - otherwise an exit by P's outcome (or "no outcome recorded").
// Both are counted when P's end day lies in the period. A placement that does not start the
// day after the previous one ended (or is the dossier's first) is an entry from no cell
// into its cell, counted when its start day lies in the period. Open placements have not
// ended: they give no move and no exit.
// So, for each cell, moves out + exits = its placements that ended in the period. Entries +
// moves in = its placements that started in the period, except on the edges: a move counts
// on the day the previous placement ends, so a stay that started on `from` after a move is
// not counted, and one that starts the day after `to` is.
//
// Needs ViewReports. One forward pass over the placements, in the order of the index on
// (dossier_id, start_date).
class FlowReport
{
    Q_DECLARE_TR_FUNCTIONS(FlowReport)
public:
    struct Flow
    {
        std::optional<Cell> from;       // nullopt: an entry from no cell
        std::optional<Cell> to;         // nullopt: an exit
        std::optional<Outcome> outcome; // exits only; nullopt: no outcome recorded
        int count = 0;
        bool isEntry() const { return !from; }
        bool isExit() const { return !to; }
    };

    QDate from;
    QDate to;
    // The flows that happened at least once: entries first, then by from-cell in trajectory
    // order; for each, the cells in trajectory order, then the exits in outcome order with
    // "no outcome recorded" last.
    QList<Flow> flows;

    // Per cell: what came in (entries from no cell, moves from another cell) and what went out
    // (moves to another cell, exits). A move within one cell counts in neither.
    struct Balance
    {
        int entries = 0;
        int movesIn = 0;
        int movesOut = 0;
        int exits = 0;
    };
    std::array<Balance, kCellCount> balance() const;

    int count(std::optional<Cell> fromCell, std::optional<Cell> toCell, std::optional<Outcome> outcome = {}) const;
    int entries() const;
    int exits() const;
    int moves() const; // between cells (the diagonal included)

    // Fails without ViewReports, for invalid dates or from > to, when the database cannot be
    // read, or when `progress` says stop.
    static Result<FlowReport> compute(Database &db, const QDate &from, const QDate &to, const ReportProgress &progress = {});

    // CSV: from,to,outcome,count — from a cell code or "entry"; to a cell code or "exit";
    // outcome an outcome code for exits ("unrecorded" when none was recorded), else empty.
    static QStringList csvHeader();
    static QStringList csvFields(const Flow &flow);
    QByteArray toCsv() const;
    // Translated: "Entry (no cell)", "Literacy"; "Exit: Job found", "Work".
    static QString fromLabel(const Flow &flow);
    static QString toLabel(const Flow &flow);
};

} // namespace parcours
