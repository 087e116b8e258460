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

// The caseload on a day D: how many placements each cell and each officer hold on D, with the
// definitions of the evolution table — a placement counts when it covers D (start ≤ D ≤ end,
// end inclusive or open) and its dossier is open on D (opened ≤ D, not closed or closed ≥ D).
// A dossier is in one cell at a time, so these are also numbers of dossiers. The officer is
// the placement's officer as recorded (spaces trimmed); "" when none was recorded.
//
// Needs ViewReports: the figures name officers (staff), never the people followed.
// One pass over the dossiers and one over the placements.
class CaseloadReport
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadReport)
public:
    enum class By { Cell, Officer, Both };
    static QString byCode(By by); // "cell", "officer", "both"
    static std::optional<By> byFromCode(QStringView code);

    struct OfficerRow
    {
        QString officer; // "" = none recorded
        std::array<int, kCellCount> cells{};
        int total = 0;
    };

    QDate day;
    std::array<int, kCellCount> cells{}; // per cell, in the order of enum Cell
    int total = 0;
    // Officers sorted by name (case-insensitive), "no officer recorded" last.
    QList<OfficerRow> officers;

    int officerCount(const QString &officer, std::optional<Cell> cell = {}) const;

    // Fails without ViewReports, for an invalid day, when the database cannot be read or when
    // `progress` says stop.
    static Result<CaseloadReport> compute(Database &db, const QDate &day, const ReportProgress &progress = {});

    // CSV. By cell: cell,count — every cell in trajectory order, then "all" with the total.
    // By officer: officer,count — one row per officer, an empty officer for placements with
    // none recorded (so no total row: it would look like one more officer). Both:
    // officer,cell,count for every officer and cell with a count.
    static QStringList csvHeader(By by);
    QList<QStringList> csvRows(By by) const;
    QByteArray toCsv(By by) const;
    static QString officerText(const QString &officer); // "(no officer recorded)" for ""
};

} // namespace parcours
