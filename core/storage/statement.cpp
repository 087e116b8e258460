// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statement.h"

#include "storage/dialect.h"

#include <QSqlDriver>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace parcours {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// As Qt's driver reports it, so that StorageMessages can tell busy and full from the rest.
QSqlError sqliteError(sqlite3 *handle, int code)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                     QString::number(code));
}

} // namespace

Statement::Statement(const QSqlDatabase &db, const QString &sql)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        const QByteArray utf8 = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_statement, nullptr);
        if (rc != SQLITE_OK) {
            m_error = sqliteError(handle, rc);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_fallback.emplace(db);
    if (!m_fallback->prepare(sql))
        m_error = m_fallback->lastError();
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index + 1);
    else if (m_fallback)
        m_fallback->bindValue(index, QVariant(QMetaType(QMetaType::QString)));
}

void Statement::bindInteger(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index + 1, value);
    else if (m_fallback)
        m_fallback->bindValue(index, value);
}

void Statement::bindText(int index, const QString &value, bool emptyIsNull)
{
    if (emptyIsNull && value.isEmpty()) {
        bindNull(index);
        return;
    }
    if (m_statement) {
        // UTF-16 as Qt holds it; SQLite copies it into the file's UTF-8. A null QString is
        // still an (empty) text value, never NULL.
        const void *data = value.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(value.utf16());
        sqlite3_bind_text16(m_statement, index + 1, data, int(value.size() * 2), SQLITE_TRANSIENT);
    } else if (m_fallback) {
        m_fallback->bindValue(index, value.isNull() ? QStringLiteral("") : value);
    }
}

void Statement::bindUtf8(int index, const QByteArray &value)
{
    bindUtf8(index, value.constData(), value.size());
}

void Statement::bindUtf8(int index, const char *data, qsizetype size)
{
    if (m_statement)
        sqlite3_bind_text(m_statement, index + 1, data, int(size), SQLITE_STATIC);
    else if (m_fallback)
        m_fallback->bindValue(index, QString::fromUtf8(data, size));
}

bool Statement::exec()
{
    if (!ok())
        return false;
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
        if (!done) {
            sqlite3 *handle = sqlite3_db_handle(m_statement);
            m_error = sqliteError(handle, sqlite3_extended_errcode(handle));
        }
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return done;
    }
    if (m_fallback->exec())
        return true;
    m_error = m_fallback->lastError();
    return false;
}

qint64 Statement::lastInsertId() const
{
    if (m_statement)
        return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
    return m_fallback ? m_fallback->lastInsertId().toLongLong() : 0;
}

std::vector<qint64> Statement::returnedIntegers()
{
    std::vector<qint64> values;
    if (m_fallback) {
        while (m_fallback->next())
            values.push_back(m_fallback->value(0).toLongLong());
    }
    return values;
}

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_db(db), m_returning(dialect::returningId(db)), m_columns(int(columns.size())),
      m_perStatement(std::max(1, rowsPerStatement))
{
    m_insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));
    m_row = QLatin1Char('(') + QStringList(m_columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    m_pending.reserve(size_t(m_columns * m_perStatement));
    m_text.reserve(64 * 1024);
}

void BatchInsert::addInteger(qint64 value)
{
    Value &v = m_pending.emplace_back();
    v.kind = Value::Kind::Integer;
    v.integer = value;
}

void BatchInsert::addText(const QString &value, bool emptyIsNull)
{
    Value &v = m_pending.emplace_back();
    if (emptyIsNull && value.isEmpty())
        return;
    v.kind = Value::Kind::Text;
    v.integer = m_text.size();
    // At most three bytes of UTF-8 a UTF-16 unit; the buffer keeps its capacity across statements.
    m_text.resize(v.integer + m_encoder.requiredSpace(value.size()));
    char *end = m_encoder.appendToBuffer(m_text.data() + v.integer, value);
    v.size = qsizetype(end - (m_text.constData() + v.integer));
    m_text.resize(v.integer + v.size);
}

void BatchInsert::addUtf8(const char *data, qsizetype size, bool emptyIsNull)
{
    Value &v = m_pending.emplace_back();
    if (emptyIsNull && size == 0)
        return;
    v.kind = Value::Kind::Text;
    v.integer = m_text.size();
    v.size = size;
    m_text.append(data, size);
}

bool BatchInsert::endRow()
{
    Q_ASSERT(m_pending.size() % size_t(m_columns) == 0);
    if (m_pending.size() >= size_t(m_columns * m_perStatement))
        return write(m_perStatement);
    return true;
}

bool BatchInsert::flush()
{
    const int rows = int(m_pending.size() / size_t(m_columns));
    return rows == 0 || write(rows);
}

bool BatchInsert::write(int rows)
{
    const auto sqlFor = [this](int n) -> QString {
        return m_insert + QStringList(n, m_row).join(QLatin1Char(',')) + m_returning;
    };
    std::unique_ptr<Statement> once;
    Statement *statement = nullptr;
    if (rows == m_perStatement) {
        if (!m_full)
            m_full = std::make_unique<Statement>(m_db, sqlFor(rows));
        statement = m_full.get();
    } else {
        once = std::make_unique<Statement>(m_db, sqlFor(rows));
        statement = once.get();
    }
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const Value &v = m_pending[i];
        if (v.kind == Value::Kind::Integer)
            statement->bindInteger(int(i), v.integer);
        else if (v.kind == Value::Kind::Text)
            statement->bindUtf8(int(i), m_text.constData() + v.integer, v.size); // no more appends until exec()
        else
            statement->bindNull(int(i));
    }
    const bool done = statement->exec();
    m_pending.clear(); // only now: the statement read the texts in place
    m_text.resize(0);  // keeps the allocation for the next statement
    if (!done) {
        m_error = statement->error();
        m_failedRow = int(m_ids.size());
        return false;
    }
    if (!m_returning.isEmpty()) {
        const std::vector<qint64> ids = statement->returnedIntegers();
        m_ids.insert(m_ids.end(), ids.begin(), ids.end());
        return true;
    }
    const qint64 last = statement->lastInsertId();
    for (qint64 id = last - rows + 1; id <= last; ++id)
        m_ids.push_back(id);
    return true;
}

} // namespace parcours
