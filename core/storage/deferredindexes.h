// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace parcours {

// While alive, SQLite sorts large sets (CREATE INDEX, ORDER BY without an index) the way its
// own shell does: records packed into blocks of the page cache's size, spilled to temporary
// files and merged. Database::open sets temp_store = MEMORY (statement journals of the bulk
// writes stay off the disk), and in that mode SQLite's sorter allocates every record on its own
// and sorts one linked list of them: after a CSV import has filled the heap with millions of
// short strings those records lie scattered, and the sort of 800,000 index entries took 3 s of
// cache misses instead of under one. The setting can change inside a transaction as long as the
// connection has no temporary table; when it cannot, the sort just stays in memory.
class FileSorting
{
public:
    explicit FileSorting(const QSqlDatabase &db);
    ~FileSorting();
    FileSorting(const FileSorting &) = delete;
    FileSorting &operator=(const FileSorting &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1; // the temp_store to go back to; -1: not changed
    qint64 m_previousCache = 0; // the cache_size to go back to; 0: not changed
};

// While alive, the connection keeps up to `mebibytes` of database pages in memory (PRAGMA
// cache_size) instead of the default 2 MB. A bulk import writes hundreds of megabytes of
// b-tree pages in one transaction: with the small cache SQLite spills dirty pages to the WAL
// before the commit and reads them back for every page split, and re-allocates its page
// buffers all along. Durability is untouched (journal_mode and synchronous stay as they are);
// the memory is given back when the object goes.
class LargeCache
{
public:
    LargeCache(const QSqlDatabase &db, int mebibytes);
    ~LargeCache();
    LargeCache(const LargeCache &) = delete;
    LargeCache &operator=(const LargeCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0; // the cache_size to go back to; 0: not changed
};

// Secondary indexes built once after a bulk insert instead of row by row (issue 3, "Speed").
// Inserting a million rows into an index in an order other than its own costs a search and
// often a page split a row; CREATE INDEX sorts the rows once and writes the pages in order.
// That only pays when the rows coming in are at least as many as the table holds, since the
// rebuild also reads the rows already stored: below that, nothing is dropped.
// To be used inside the importer's Transaction, after the reads that might want the indexes
// and before the inserts: the indexes are dropped there and created again by restore(), with
// the very statement stored in the schema, before the commit. If the import fails, the
// rollback brings them back as they were. Only plain indexes should be deferred: a UNIQUE index
// is a rule, and a violation must be reported on the row that breaks it.
// SQLite-specific (sqlite_master); another back end would skip the deferral.
class DeferredIndexes
{
public:
    DeferredIndexes(const QSqlDatabase &db, const QString &table, const QStringList &indexes, qint64 incomingRows);
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // Whether the indexes were dropped. When SQLite refuses to drop one (an unfinished read on
    // the connection) they all stay, and the import goes on without; error() is set only when
    // the state of the schema is in doubt, and the import must then fail (and roll back).
    bool deferred() const { return !m_statements.isEmpty(); }
    const QString &error() const { return m_error; }

    // Creates the dropped indexes again; does nothing when none was dropped.
    Status restore();

private:
    QSqlDatabase m_db;
    QStringList m_statements; // the CREATE INDEX statements of the dropped indexes
    QString m_error;
};

} // namespace parcours

namespace parcours {

// The insert triggers that a bulk import's rows skip, dropped for the import and created again
// before its commit (issue 3, "Speed"). While audit_context.bulk_import is set (a BulkImport
// Transaction, storage/transaction.h), the audit insert triggers (schema 0005) and the search
// token insert trigger (schema 0009) do nothing — their WHEN reads the flag — but SQLite still
// runs each of them for every row: a sub-program, and a look-up of audit_context, a row and a
// trigger; a tenth of a large import. Dropped inside the importer's transaction, they are never
// missing for anyone else: the file commits with them, exactly as stored in the schema, or rolls
// back to them. Only triggers whose WHEN clause tests bulk_import are dropped, and only while the
// flag is set on this connection's transaction; restore() must run before the commit (the
// importers call it right after their inserts).
// SQLite-specific (sqlite_master); does nothing on another back end.
class DeferredTriggers
{
public:
    DeferredTriggers(const QSqlDatabase &db, const QStringList &triggers);
    DeferredTriggers(const DeferredTriggers &) = delete;
    DeferredTriggers &operator=(const DeferredTriggers &) = delete;

    bool deferred() const { return !m_statements.isEmpty(); }
    // As DeferredIndexes::error(): set only when the schema is in doubt; the import must fail.
    const QString &error() const { return m_error; }

    // Creates the dropped triggers again; does nothing when none was dropped.
    Status restore();

private:
    QSqlDatabase m_db;
    QStringList m_statements; // the CREATE TRIGGER statements of the dropped triggers
    QString m_error;
};

} // namespace parcours

namespace parcours {

// While alive, a large import writes its transaction the way SQLite's shell loads a fresh file
// (issue 3, "Speed"): through a rollback journal instead of the write-ahead log, and without
// SQLite's own look-up of each foreign key and evaluation of each CHECK. These settings belong
// to the connection and can only change outside a transaction, so the guard is made before the
// import's Transaction and goes after it (declare it first).
// - Rollback journal: in WAL mode every page of the transaction is written twice, to the log
//   and then into the file by the checkpoint, and read back in between; a rollback journal
//   keeps only the pages the transaction changes that existed before it (none for the pages
//   it appends), so a million new rows are written once. Durability is the same: the commit
//   returns once the file is synced (synchronous = FULL stays), a crash rolls back to the state
//   before the import. SQLite only leaves WAL mode when no other connection has the file open;
//   when one has, nothing changes and the import just writes through the log. WAL mode is set
//   again afterwards (and at every opening, Database::open).
// - Foreign keys and CHECK constraints: the importers look every reference up themselves, in
//   the same transaction, which holds the write lock, and check every value against stricter
//   rules than the schema's CHECKs (a code of the list, a real date, an end after the start, a
//   name that is more than spaces …) — a row that breaks one is refused with its line and
//   field before anything is written — so SQLite's check of the same key and the same values
//   on every row repeats them (a sixth of writing a million placements). The statements
//   prepared while the guard lives are its own: SQLite expires every compiled statement when
//   either setting changes, so none is reused without the checks afterwards.
// SQLite only; does nothing on another back end, inside a transaction, or when `enabled` is false.
class BulkWrite
{
public:
    BulkWrite(const QSqlDatabase &db, bool enabled);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    // Whether the file is written through a rollback journal while the guard lives.
    bool journalled() const { return m_journal; }

private:
    QSqlDatabase m_db;
    bool m_journal = false;     // journal_mode changed from WAL to DELETE
    bool m_foreignKeys = false; // foreign_keys changed from ON to OFF
    bool m_checks = false;      // ignore_check_constraints changed from OFF to ON
};

} // namespace parcours
