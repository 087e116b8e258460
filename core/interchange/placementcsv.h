// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interchange/importsupport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace parcours {

class Database;

// Placements as a CSV file: one row a placement, columns found by header name in any order.
//
//   dossier, cell, start, end, officer, outcome [, outcome_detail, reason, note]
//
// dossier is the dossier's reference (it must be in the register); cell and outcome are the
// codes of core/trajectory/cell.h; dates are YYYY-MM-DD, end inclusive, empty = still open
// (an open placement has no outcome). The key of a row is dossier + cell + start: importing a
// file twice changes nothing the second time; a row whose key is already stored updates that
// placement's end, officer and outcome (and outcome_detail, reason, note when the file has
// those columns; without them the stored values stay).
//
// Every rule of the trajectory is checked before anything is written: known dossier, known
// codes, real dates, start ≤ end, inside the dossier's open period, and no overlap with
// another placement of the same dossier, in the file or already stored. The whole file goes
// in as one transaction, so a refused file leaves the database exactly as it was.
// Importing needs the ImportData permission, exporting ExportData.
class PlacementCsv
{
    Q_DECLARE_TR_FUNCTIONS(PlacementCsv)
public:
    static QStringList requiredColumns();
    static QStringList optionalColumns();

    using ImportReport = parcours::ImportReport; // see interchange/importsupport.h

    // Checks every row, then (unless `dryRun`, or some row is refused) writes them all in one
    // transaction. When errors are reported nothing was written and the counts are 0; a dry
    // run reports the counts a real import would have. `progress` is called about every 1 %
    // with done ≤ total (checking and writing are both counted).
    static ImportReport importFile(Database &db, const QString &path, bool dryRun,
                                   std::function<void(int done, int total)> progress = {});

    // Every placement, sorted by dossier reference and start, with all the columns above:
    // UTF-8 without BOM, comma, ISO dates. Atomic: on failure no partial file is left and an
    // earlier file of that name is untouched. Importing the result changes nothing.
    static Status exportFile(Database &db, const QString &path);
};

} // namespace parcours
