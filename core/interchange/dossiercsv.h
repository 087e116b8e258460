// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "interchange/importsupport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace parcours {

class Database;

// The register as a CSV file: one row a dossier with its person, columns found by header
// name in any order (the names below; officer, phone, email and address may be left out).
//
//   reference, national_number, last_name, first_name, birth_date, gender, language,
//   income_type, opened, closed [, officer, phone, email, address]
//
// Dates are YYYY-MM-DD, gender M/F (H/V accepted) or empty, income_type leefloon|equivalent.
// The dossier reference is the key of a row and the national number the key of a person:
// importing a file twice changes nothing the second time, a changed row updates its dossier
// and person. A file is checked whole before anything is written and goes in as one
// transaction, so a refused file leaves the register exactly as it was.
// Importing (also a dry run) needs the ImportData permission, exporting ExportData.
class DossierCsv
{
    Q_DECLARE_TR_FUNCTIONS(DossierCsv)
public:
    // The column names, in the order export writes them.
    static QStringList requiredColumns();
    static QStringList optionalColumns();

    using ImportReport = parcours::ImportReport; // see interchange/importsupport.h

    // Checks every row, then (unless `dryRun`, or some row is refused) writes them all in one
    // transaction. When errors are reported nothing was written and the counts are 0; a dry
    // run reports the counts a real import would have. `progress` is called about every 1 %
    // with done ≤ total (checking and writing are both counted).
    static ImportReport importFile(Database &db, const QString &path, bool dryRun,
                                   std::function<void(int done, int total)> progress = {});

    // Writes every dossier, sorted by reference: UTF-8 without BOM, comma, a header row with
    // the column names above, national numbers as 11 digits, ISO dates. Atomic: on failure
    // no partial file is left and an earlier file of that name is untouched.
    static Status exportFile(Database &db, const QString &path);
};

} // namespace parcours
