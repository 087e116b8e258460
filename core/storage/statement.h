// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringEncoder>

#include <memory>
#include <optional>
#include <vector>

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

    // Text already in UTF-8, bound without a copy: `value` must stay unchanged until exec().
    void bindUtf8(int index, const QByteArray &value);
    void bindUtf8(int index, const char *data, qsizetype size);

    // Runs the statement once; false with error() set on failure.
    bool exec();
    // The rowid of the row the last exec() inserted.
    qint64 lastInsertId() const;
    // The first column of the rows the last exec() returned (INSERT … RETURNING id).
    std::vector<qint64> returnedIntegers();

private:
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_fallback;
    QSqlError m_error;
};

// Inserts rows into one table through multi-row INSERTs (`rowsPerStatement` rows a statement,
// the rest in one statement at flush()). Each execution of a statement opens and closes a
// cursor on the table and on every index and runs SQLite's statement bookkeeping; for a
// table with half a dozen indexes that costs more than binding the values, so it pays to do
// it once for 64 rows. Values are given row by row, in the order of `columns`.
// The ids of the written rows are known because a multi-row INSERT into a rowid table gives
// its rows consecutive new ids (max + 1 each, in order; Parcours never sets ids itself).
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, int rowsPerStatement = 64);

    void addInteger(qint64 value);
    // An empty text is stored as NULL when `emptyIsNull`.
    void addText(const QString &value, bool emptyIsNull = false);
    // The same for text already in UTF-8 (copied; `data` may change after the call).
    void addUtf8(const char *data, qsizetype size, bool emptyIsNull = false);
    void addUtf8(const QByteArray &value) { addUtf8(value.constData(), value.size()); }
    void addNull() { m_pending.emplace_back(); }
    // Ends a row; writes the pending rows when a statement is full. False on failure.
    bool endRow();
    // Writes the rows still pending. False on failure.
    bool flush();

    const QSqlError &error() const { return m_error; }
    // The first row (0-based, in the order given) of the statement that failed.
    int failedRow() const { return m_failedRow; }
    // The id of every row written so far, in the order the rows were given.
    const std::vector<qint64> &ids() const { return m_ids; }

private:
    // Text is kept as UTF-8, the file's encoding, and bound without a copy: SQLite would
    // otherwise copy the UTF-16 and convert it, two allocations a value. The texts of a
    // statement's rows share one buffer, reused from statement to statement: a QByteArray a
    // value was 700 small allocations and frees a statement, and in a heap holding millions of
    // short strings that churn made every large allocation of SQLite (page splits) slow.
    struct Value
    {
        qint64 integer = 0; // Text: the offset in m_text
        qsizetype size = 0; // Text: its length in bytes
        enum class Kind { Null, Integer, Text } kind = Kind::Null;
    };
    bool write(int rows);

    QSqlDatabase m_db;
    QString m_insert;   // INSERT INTO table (columns) VALUES
    QString m_row;      // (?,?,…)
    QString m_returning; // " RETURNING id" on PostgreSQL, whose ids need not be consecutive
    int m_columns = 0;
    int m_perStatement = 64;
    std::unique_ptr<Statement> m_full;
    std::vector<Value> m_pending;
    QByteArray m_text; // the UTF-8 of the pending texts, one after the other
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<qint64> m_ids;
    QSqlError m_error;
    int m_failedRow = -1;
};

} // namespace parcours
