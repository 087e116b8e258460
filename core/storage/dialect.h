// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace parcours {

// The few places where the SQL that core sends differs between the two back ends, in one
// seam instead of driver checks all over core. Everything else core writes is SQL that both
// SQLite and PostgreSQL read the same way (architecture.md: ANSI, no SQLite-only syntax
// outside the SQLite-specific corner). The schema itself is written once, in SQLite's
// dialect, and translated for PostgreSQL by storage/pgschema.h.
enum class SqlDialect { SQLite, PostgreSQL };

namespace dialect {

SqlDialect of(const QSqlDatabase &db);
inline bool isPostgres(const QSqlDatabase &db) { return of(db) == SqlDialect::PostgreSQL; }

// Starts the outermost write transaction. SQLite: BEGIN IMMEDIATE takes the write lock at
// once (a busy file is reported before any work). PostgreSQL: row locks are taken as rows
// are written; concurrent writers of different rows do not wait for each other.
QString beginWrite(const QSqlDatabase &db);

// Locks the row `id` of `table` until the end of the current write transaction, before a
// rule that spans rows is checked (no overlapping placements of a dossier, a Job Table's or a
// course's capacity, one article 60 contract at a time): whoever locks second waits for the
// first to commit and then reads what the first wrote, so two officers cannot both pass the
// check on the same state. PostgreSQL: SELECT … FOR UPDATE (under READ COMMITTED, each later
// statement of the transaction sees what was committed before the lock was granted).
// SQLite: nothing to do — BEGIN IMMEDIATE already lets one writer at a time in.
// `table` is a name from core's own code, never from user input. A missing row is no
// error here: the caller's own read says that the row is gone.
Status lockForUpdate(const QSqlDatabase &db, const QString &table, qint64 id);

// An SQL expression for the current UTC time as ISO 8601 with milliseconds
// (2024-03-05T14:02:11.123Z), the format of audit_log.at.
QString nowIsoUtc(const QSqlDatabase &db);

// Appended to a single-row INSERT whose new id the caller reads with insertedId():
// " RETURNING id" on PostgreSQL (its driver has no last insert id for identity columns),
// nothing on SQLite (sqlite3_last_insert_rowid, as before).
QString returningId(const QSqlDatabase &db);
// The id of the row the query (just executed, with returningId()) inserted.
qint64 insertedId(QSqlQuery &query);

// The null-safe "differs from" operator: `a IS NOT b` in SQLite, where two
// NULLs are equal and NULL differs from any value; PostgreSQL's IS NOT takes only NULL, TRUE,
// FALSE or UNKNOWN after it, and says the same as IS DISTINCT FROM.
QString notSameAs(const QSqlDatabase &db);

// After rows were written with ids chosen by the writer (the demo generator, a copy between
// databases): the next id the database gives is above them, as SQLite's rowid always is.
// PostgreSQL: moves each table's identity sequence to its largest id. SQLite: nothing to do.
Status followExplicitIds(const QSqlDatabase &db, const QStringList &tables);

} // namespace dialect
} // namespace parcours
