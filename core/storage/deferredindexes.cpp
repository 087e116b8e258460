// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/deferredindexes.h"

#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

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
}

FileSorting::~FileSorting()
{
    if (m_previous >= 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
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
