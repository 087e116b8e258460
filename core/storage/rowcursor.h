// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace parcours {

// Reads a large forward-only result set cheaply, for the few hot paths that read every row
// (the evolution engine). On SQLite it steps the statement with SQLite's C API on the very
// connection Qt opened — Qt's driver on Debian links the same system libsqlite3, so there is
// one SQLite copy in the process — and so avoids a QVariant per value (about 250 ns each,
// more than the rest of the work). Other drivers fall back to a forward-only QSqlQuery.
// Values are valid until the next call to next().
class RowCursor
{
public:
    RowCursor(const QSqlDatabase &db, const QString &sql);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // False when the statement could not be prepared or a step failed; error() says why.
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    // The value as UTF-8 bytes (ASCII for dates and codes). Valid until the next call of text()
    // or next(): on another back end than SQLite the bytes are a buffer of the cursor.
    QByteArrayView text(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_fallback;
    mutable QByteArray m_buffer; // fallback text storage
    QString m_error;
};

} // namespace parcours
