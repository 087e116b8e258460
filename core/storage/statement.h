// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace parcours {

// A write statement prepared once and executed for many rows, for the bulk paths (CSV
// imports). On SQLite it binds and steps with SQLite's C API on the very connection Qt opened
// (like RowCursor, the same system libsqlite3): QSqlQuery costs a QVariant a value and builds
// a placeholder name for every bound value, more than SQLite's own work for a row of a
// narrow table. Other drivers fall back to a prepared QSqlQuery. Placeholders are `?`,
// bound by 0-based position; bindings are cleared after each exec().
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool ok() const { return !m_error.isValid(); }
    const QSqlError &error() const { return m_error; }

    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    // An empty text is bound as NULL when `emptyIsNull`.
    void bindText(int index, const QString &value, bool emptyIsNull = false);

    // Runs the statement once; false with error() set on failure.
    bool exec();
    // The rowid of the row the last exec() inserted.
    qint64 lastInsertId() const;

private:
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_fallback;
    QSqlError m_error;
};

} // namespace parcours
