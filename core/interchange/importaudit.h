// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace parcours {

// The one audit entry of a bulk CSV import (docs/security.md, "Bulk imports").
//
// An import runs in a Transaction with Audit::BulkImport: the rows it creates get no audit
// entry of their own; this one entry (action "import", entity = the table imported into)
// says who imported which file and which rows it created. Its details are JSON:
//
//   {"file": "/home/an/dossiers.csv", "sha256": "…", "rows": 200000, "created": 200000,
//    "updated": 0, "unchanged": 0, "ids": {"person": [[1, 182072]], "dossier": [[1, 200000]]}}
//
// "ids" lists the created rows by table, as ranges [first, last] of ids (an import creates
// consecutive ids, so a million rows take a few bytes). The rows it updated have their own
// "update" entries, as every update does.
class ImportAudit
{
    Q_DECLARE_TR_FUNCTIONS(ImportAudit)
public:
    QString file;      // as the user named it
    QString sha256;    // of the file's bytes, hex
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;

    // Adds a created row of `table`.
    void addCreated(const QString &table, qint64 id);
    // The details JSON (compact).
    QString toJson() const;

    // Reading an entry back. Whether the import entry `details` created row `id` of `table`.
    static bool hasCreated(const QString &details, const QString &table, qint64 id);
    // The ranges [first, last] of the rows of `table` it created.
    static QList<std::pair<qint64, qint64>> createdRanges(const QString &details, const QString &table);
    // One line for people: "dossiers.csv: 200,000 rows; created 200,000, updated 0, unchanged 0;
    // person 1–182072, dossier 1–200000; SHA-256 ab12…". Falls back to `details` when it is not
    // the JSON of an import entry.
    static QString describe(const QString &details);

private:
    std::vector<std::pair<QString, std::vector<qint64>>> m_ids;
};

} // namespace parcours
