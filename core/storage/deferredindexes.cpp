// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/deferredindexes.h"

#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {
constexpr qint64 kSortingCache = -2000; // KiB: SQLite's default cache_size
}

FileSorting::FileSorting(const QSqlDatabase &db) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA temp_store")) || !q.next())
        return;
    const int previous = q.value(0).toInt();
    q.finish();
    if (previous != 1 && q.exec(QStringLiteral("PRAGMA temp_store = FILE")))
        m_previous = previous;
    // SQLite's sorter keeps as much in memory as the page cache may hold before it writes a
    // sorted run to its file; under a LargeCache that is hundreds of megabytes sorted as one
    // linked list of scattered records. SQLite's default cache (2 MB) gives short runs that
    // fit the processor's caches: 7-10 % less CPU for the imports' rebuilds.
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next()) {
        const qint64 cache = q.value(0).toLongLong();
        q.finish();
        if (cache < kSortingCache && q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(kSortingCache)))
            m_previousCache = cache;
    }
}

FileSorting::~FileSorting()
{
    if (m_previousCache != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache));
    if (m_previous >= 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
}

LargeCache::LargeCache(const QSqlDatabase &db, int mebibytes) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || mebibytes <= 0)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 previous = q.value(0).toLongLong();
    q.finish();
    // Negative: a size in KiB rather than in pages.
    if (previous != 0 && q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(mebibytes) * 1024)))
        m_previous = previous;
}

LargeCache::~LargeCache()
{
    if (m_previous != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

DeferredIndexes::DeferredIndexes(const QSqlDatabase &db, const QString &table, const QStringList &indexes,
                                 qint64 incomingRows)
    : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || indexes.isEmpty() || incomingRows <= 0)
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The table's name comes from the importer's code, never from a file.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
        m_error = StorageMessages::describe(q.lastError());
        return;
    }
    if (q.value(0).toLongLong() > incomingRows)
        return;
    QStringList statements, names;
    for (const QString &index : indexes) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ? AND tbl_name = ?"));
        q.addBindValue(index);
        q.addBindValue(table);
        if (!q.exec()) {
            m_error = StorageMessages::describe(q.lastError());
            return;
        }
        if (!q.next() || q.value(0).toString().isEmpty())
            continue; // not (or no longer) in the schema: nothing to defer
        statements << q.value(0).toString();
        names << index;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        // SQLite refuses to drop while a read of this connection is unfinished (a list's
        // cursor, say): then the indexes stay and the import is merely slower.
        if (!q.exec(QStringLiteral("DROP INDEX %1").arg(names.at(i)))) {
            if (Status back = restore(); !back) // those already dropped come back
                m_error = back.error();
            return;
        }
        m_statements << statements.at(i);
    }
}

Status DeferredIndexes::restore()
{
    if (m_statements.isEmpty())
        return Status::success();
    const FileSorting sorting(m_db);
    QSqlQuery q(m_db);
    while (!m_statements.isEmpty()) {
        if (!q.exec(m_statements.constFirst()))
            return Status::failure(StorageMessages::describe(q.lastError()));
        m_statements.removeFirst();
    }
    return Status::success();
}

} // namespace parcours

namespace parcours {

DeferredTriggers::DeferredTriggers(const QSqlDatabase &db, const QStringList &triggers) : m_db(db)
{
    if (m_db.driverName() != QLatin1String("QSQLITE") || triggers.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Only inside a bulk import: otherwise these triggers would have written something.
    if (!q.exec(QStringLiteral("SELECT bulk_import FROM audit_context WHERE id = 1")) || !q.next()
        || q.value(0).toInt() != 1)
        return;
    q.finish();
    QStringList statements, names;
    for (const QString &trigger : triggers) {
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
        q.addBindValue(trigger);
        if (!q.exec()) {
            m_error = StorageMessages::describe(q.lastError());
            return;
        }
        if (!q.next())
            continue;
        const QString sql = q.value(0).toString();
        q.finish();
        // A trigger that does not skip bulk imports must keep firing.
        if (!sql.contains(QLatin1String("bulk_import")))
            continue;
        statements << sql;
        names << trigger;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!q.exec(QStringLiteral("DROP TRIGGER %1").arg(names.at(i)))) {
            if (Status back = restore(); !back) // those already dropped come back
                m_error = back.error();
            return;
        }
        m_statements << statements.at(i);
    }
}

Status DeferredTriggers::restore()
{
    QSqlQuery q(m_db);
    while (!m_statements.isEmpty()) {
        if (!q.exec(m_statements.constFirst()))
            return Status::failure(StorageMessages::describe(q.lastError()));
        m_statements.removeFirst();
    }
    return Status::success();
}

} // namespace parcours

namespace parcours {

BulkWrite::BulkWrite(const QSqlDatabase &db, bool enabled) : m_db(db)
{
    if (!enabled || m_db.driverName() != QLatin1String("QSQLITE"))
        return;
    QSqlQuery q(m_db);
    const auto value = [&q](const QString &pragma) {
        const QString text = q.exec(pragma) && q.next() ? q.value(0).toString() : QString();
        q.finish();
        return text;
    };
    if (value(QStringLiteral("PRAGMA journal_mode")).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        m_journal = value(QStringLiteral("PRAGMA journal_mode = DELETE")).compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    // Inside a transaction SQLite ignores the change; the value read back tells.
    if (value(QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1")) {
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        q.finish();
        m_foreignKeys = value(QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("0");
    }
    // This one SQLite would change inside a transaction too: only with the other, which it does not.
    if (m_foreignKeys && value(QStringLiteral("PRAGMA ignore_check_constraints")) == QLatin1String("0")) {
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        q.finish();
        m_checks = value(QStringLiteral("PRAGMA ignore_check_constraints")) == QLatin1String("1");
    }
}

BulkWrite::~BulkWrite()
{
    QSqlQuery q(m_db);
    if (m_checks)
        q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    if (m_foreignKeys)
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_journal)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

} // namespace parcours
