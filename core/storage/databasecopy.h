// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

class QCryptographicHash;

namespace parcours {

class Database;

// Moves a centre's data from one Parcours database to another: from its SQLite file to a
// database on a server when the centre grows to several PCs, and back (issue #10). Every
// table's rows with their ids, the audit trail exactly as it was, then a verification the user
// can trust before switching: the same counts, the same content, the same evolution figures.
//
// Contracts:
// - The source is only read, in one snapshot (a read transaction), so that a copy taken while
//   others work is consistent; nothing of it changes. Open it with
//   Database::Options::leaveUnchanged.
// - The target must be a fresh database of the same schema version: no row in any table but
//   the settings its set-up wrote (those are replaced by the source's). Anything else is
//   refused before a row is written.
// - All the writing on the target is ONE transaction: a failure anywhere — a row the target
//   refuses, a difference found by the verification — rolls it back and leaves the target as
//   it was (on PostgreSQL the identity sequences are moved only after the verification passed).
// - The audit trail is copied as is: the audit triggers (and the other triggers, whose derived
//   rows such as search_token are copied too) do not fire for the copied rows. SQLite: the
//   triggers are dropped and created again from their own text inside the transaction.
//   PostgreSQL: ALTER TABLE … DISABLE TRIGGER USER and ENABLE again inside the transaction (both
//   transactional, and invisible to other sessions, which wait for the tables until the commit);
//   this needs the role that owns the tables — the one that set the database up. Foreign keys
//   stay checked. After the copied entries, ONE entry records the copy itself: action "copy",
//   entity "database", details {"from": …, "rows": …}, with the next id.
// - Verification, before the commit, on what the target's transaction holds: per table the
//   row count and a SHA-256 over the rows read in primary-key order with values normalised
//   (integers as numbers, text as UTF-8, NULL as NULL: SQLite and PostgreSQL compare equal);
//   the evolution figures (trajectory/evolution.h) at every month end from the first day in the
//   data to today (or the last day in the data, if later).
// Needs ExportData on the source (it reads everything, as a backup does) and ImportData on the
// target.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    // A table as copied: its columns (generated ones left out: the target computes them) and
    // its primary key, the order its rows are read in.
    struct Table
    {
        QString name;
        QStringList columns;
        QStringList key;
        bool hasId() const { return key == QStringList{QStringLiteral("id")}; }
    };
    struct TableCheck
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QByteArray sourceSum; // hex SHA-256
        QByteArray targetSum;
        bool equal() const { return sourceRows == targetRows && sourceSum == targetSum; }
    };
    struct Report
    {
        QList<TableCheck> tables; // in the order copied
        qint64 rows = 0;          // all tables
        qint64 auditEntries = 0;  // copied; the copy's own entry is not counted
        QList<QDate> figureDays;  // the month ends whose figures were compared
        qint64 copyEntryId = 0;   // the audit entry recording the copy
    };

    enum class Phase { Copying, Verifying };
    struct Options
    {
        // Rows done and the total of the phase, about every 1 %.
        std::function<void(Phase phase, qint64 done, qint64 total)> progress = {};
        // Test hook: runs on the target's connection after the rows are written and before the
        // verification (to prove that a difference is found and rolled back).
        std::function<void(QSqlDatabase target)> beforeVerifying = {};
    };

    static Result<Report> copy(Database &source, Database &target, const Options &options);
    static Result<Report> copy(Database &source, Database &target);

    // The tables a copy carries, parents before children (foreign-key order), without the
    // per-connection audit context and the bookkeeping of each back end.
    static Result<QList<Table>> tables(const QSqlDatabase &db);
    // The row count and checksum of one table as described above (sourceRows/sourceSum set).
    static Result<TableCheck> checksum(const QSqlDatabase &db, const Table &table);
    // Whether two locations name the same database: the same file (after links), or the same
    // server, port and database name.
    static bool sameDatabase(const QString &a, const QString &b);

private:
    // "a", "b": the names quoted for both back ends.
    static QString quoted(const QStringList &columns);
    // Adds one value to a checksum, normalised (see above).
    static void hashValue(QCryptographicHash &hash, const QVariant &value);
};

} // namespace parcours
