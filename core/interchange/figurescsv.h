// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importsupport.h"

#include <QCoreApplication>
#include <QStringList>

namespace parcours {

class Database;

// Recorded evolution figures (core/trajectory/recordedfigures.h) as a CSV file, one row a
// published snapshot, columns found by header name in any order:
//
//   date, dossiers, integrated, health_equity, facilitation, literacy, studies, work,
//   article60, post_article60 [, note]
//
// date is YYYY-MM-DD and the key of a row; counts are whole numbers written with digits only
// (no thousands separator), or empty for "not determined" — never read as zero. Same contract
// as the other imports: every row checked first, all-or-nothing in one transaction,
// "FILE:LINE: reason" for each refused row; importing the same file again changes nothing.
// Needs the ImportData permission.
class FiguresCsv
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCsv)
public:
    static QStringList requiredColumns();

    using ImportReport = parcours::ImportReport; // see interchange/importsupport.h
    static ImportReport importFile(Database &db, const QString &path, bool dryRun = false);
};

} // namespace parcours
