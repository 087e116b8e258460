// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowcursor.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace parcours {

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}
} // namespace

RowCursor::RowCursor(const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_fallback.emplace(db);
    m_fallback->setForwardOnly(true);
    if (!m_fallback->exec(sql))
        m_error = m_fallback->lastError().text();
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

bool RowCursor::next()
{
    if (!ok())
        return false;
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    if (m_fallback->next())
        return true;
    if (m_fallback->lastError().isValid())
        m_error = m_fallback->lastError().text();
    return false;
}

bool RowCursor::isNull(int column) const
{
    if (m_statement)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    return m_fallback->isNull(column);
}

qint64 RowCursor::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_fallback->value(column).toLongLong();
}

QByteArrayView RowCursor::text(int column) const
{
    if (m_statement) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }
    m_buffer = m_fallback->value(column).toString().toUtf8();
    return QByteArrayView(m_buffer);
}

} // namespace parcours
