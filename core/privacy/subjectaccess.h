// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace parcours {

class Database;

// A subject-access request (GDPR art. 15): everything the database holds about one person.
//
// The report is one JSON object:
//   { "format": "parcours-subject-access-1", "generated_at": "…Z", "generated_by": "…",
//     "person": {…}, "dossiers": [{…}], "placements": [{…}], "audit_trail": [{…}] }
// Each object carries every stored column of its row (derived search keys left out), so a
// column added to a table later is exported without a change here; a new table holding
// person data adds one line to the list in subjectaccess.cpp. The audit trail part says who
// created, changed and looked at the person's data, and when.
//
// Needs the SubjectAccess permission; the export is itself recorded in the audit trail as a
// view of the person.
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)
public:
    // `nationalNumber` as typed ("85.07.30-033.28" or 11 digits).
    static Result<QJsonObject> collect(Database &db, const QString &nationalNumber);

    // The same report as a readable HTML document (headings, one table per part, labels
    // translated), for a PDF (QTextDocument + QPdfWriter, outside core) or a print.
    static QString toHtml(const QJsonObject &report);

    // Writes `report` as indented UTF-8 JSON, readable by the owner only; atomic (no partial
    // file on failure).
    static Status writeJson(const QJsonObject &report, const QString &path);

    // A file name stem for the report: "subject-access-85073003328-2024-03-05".
    static QString fileStem(const QJsonObject &report);
};

} // namespace parcours
