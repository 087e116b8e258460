// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/dialect.h"

#include "storage/sqlerror.h"

#include <QVariant>

namespace parcours::dialect {

SqlDialect of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

QString beginWrite(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

Status lockForUpdate(const QSqlDatabase &db, const QString &table, qint64 id)
{
    if (!isPostgres(db))
        return Status::success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return Status::success();
}

QString nowIsoUtc(const QSqlDatabase &db)
{
    // clock_timestamp(), not now(): now() is the start of the transaction, and SQLite's
    // 'now' is the time of the statement.
    return isPostgres(db)
        ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString returningId(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral(" RETURNING id") : QString();
}

qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect() && query.next())
        return query.value(0).toLongLong();
    return query.lastInsertId().toLongLong();
}

QString notSameAs(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT");
}

Status followExplicitIds(const QSqlDatabase &db, const QStringList &tables)
{
    if (!isPostgres(db))
        return Status::success();
    for (const QString &table : tables) {
        QSqlQuery q(db);
        // is_called false on an empty table: the next id is 1.
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) "
                                   "FROM %1").arg(table)))
            return Status::failure(StorageMessages::describe(q.lastError()));
    }
    return Status::success();
}

} // namespace parcours::dialect
