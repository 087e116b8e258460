// SPDX-License-Identifier: GPL-3.0-or-later
// What a copy between databases reads of each back end's catalog (tables, columns, keys,
// foreign keys), and the checksum of a table's content that both back ends compute alike.
// The copy itself is in databasecopy.cpp.
#include "storage/databasecopy.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cmath>

namespace parcours {

namespace {

// Not data: the per-connection audit context (each database has its own one-row table) and the
// bookkeeping of each back end (SQLite's statistics, the server's schema version).
bool isCopied(const QString &table)
{
    return table != QLatin1String("audit_context") && table != QLatin1String("parcours_meta")
        && !table.startsWith(QLatin1String("sqlite_"));
}

QString catalogError(const QSqlQuery &q)
{
    return DatabaseCopy::tr("The list of tables cannot be read: %1").arg(StorageMessages::describe(q.lastError()));
}

struct Catalog
{
    QMap<QString, DatabaseCopy::Table> tables; // by name: sorted, so that the order is the same everywhere
    QMap<QString, QSet<QString>> parents;      // table → the tables its foreign keys refer to
};

Result<Catalog> sqliteCatalog(const QSqlDatabase &db)
{
    Catalog catalog;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Result<Catalog>::failure(catalogError(names));
    while (names.next()) {
        const QString name = names.value(0).toString();
        if (isCopied(name))
            catalog.tables.insert(name, {name, {}, {}});
    }
    for (auto it = catalog.tables.begin(); it != catalog.tables.end(); ++it) {
        QSqlQuery columns(db);
        // table_xinfo: hidden 2 and 3 are generated columns, which the target computes itself.
        if (!columns.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(it.key())))
            return Result<Catalog>::failure(catalogError(columns));
        QMap<int, QString> key;
        while (columns.next()) {
            if (columns.value(6).toInt() != 0)
                continue;
            const QString column = columns.value(1).toString();
            it->columns << column;
            if (const int position = columns.value(5).toInt(); position > 0)
                key.insert(position, column);
        }
        it->key = key.values();
        QSqlQuery references(db);
        if (!references.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(it.key())))
            return Result<Catalog>::failure(catalogError(references));
        while (references.next())
            catalog.parents[it.key()].insert(references.value(2).toString());
    }
    return catalog;
}

Result<Catalog> postgresCatalog(const QSqlDatabase &db)
{
    Catalog catalog;
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND is_generated = 'NEVER' "
                                     "ORDER BY table_name, ordinal_position")))
        return Result<Catalog>::failure(catalogError(columns));
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        if (!isCopied(table))
            continue;
        DatabaseCopy::Table &t = catalog.tables[table];
        t.name = table;
        t.columns << columns.value(1).toString();
    }
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("SELECT c.relname, a.attname FROM pg_index i "
                                  "JOIN pg_class c ON c.oid = i.indrelid "
                                  "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                                  "WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace "
                                  "ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)")))
        return Result<Catalog>::failure(catalogError(keys));
    while (keys.next()) {
        const auto it = catalog.tables.find(keys.value(0).toString());
        if (it != catalog.tables.end())
            it->key << keys.value(1).toString();
    }
    QSqlQuery references(db);
    if (!references.exec(QStringLiteral("SELECT c.relname, p.relname FROM pg_constraint f "
                                        "JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class p ON p.oid = f.confrelid "
                                        "WHERE f.contype = 'f' AND c.relnamespace = current_schema()::regnamespace")))
        return Result<Catalog>::failure(catalogError(references));
    while (references.next())
        catalog.parents[references.value(0).toString()].insert(references.value(1).toString());
    return catalog;
}

// Adds one value to a checksum in a form that does not depend on the back end: each driver
// hands integers over as integers and text as strings, whatever the column's declared type.
void addValue(QCryptographicHash &hash, const QVariant &value)
{
    char tag = 'T';
    QByteArray bytes;
    if (value.isNull()) {
        tag = 'N';
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Bool:
            tag = 'I';
            bytes = QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = value.toDouble();
            if (std::trunc(d) == d && std::abs(d) < 9.0e15) {
                tag = 'I';
                bytes = QByteArray::number(qint64(d));
            } else {
                tag = 'R';
                bytes = QByteArray::number(d, 'g', 17);
            }
            break;
        }
        case QMetaType::QByteArray:
            tag = 'B';
            bytes = value.toByteArray();
            break;
        default:
            bytes = value.toString().toUtf8();
        }
    }
    const quint32 size = quint32(bytes.size());
    const char header[5] = {tag, char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
    hash.addData(QByteArrayView(header, 5));
    hash.addData(bytes);
}

} // namespace

QString DatabaseCopy::quoted(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    return quoted.join(QLatin1String(", "));
}

Result<QList<DatabaseCopy::Table>> DatabaseCopy::tables(const QSqlDatabase &db)
{
    using R = Result<QList<Table>>;
    auto read = dialect::isPostgres(db) ? postgresCatalog(db) : sqliteCatalog(db);
    if (!read)
        return R::failure(read.error());
    Catalog &catalog = read.value();
    for (Table &t : catalog.tables) {
        if (t.key.isEmpty()) // no primary key: every column, so that the order is still total
            t.key = t.columns;
    }
    // Parents first (Kahn's algorithm over the name-sorted tables; a table's references to
    // itself or to a table that is not copied do not hold it back).
    QList<Table> ordered;
    QSet<QString> placed;
    while (ordered.size() < catalog.tables.size()) {
        bool progressed = false;
        for (const Table &t : std::as_const(catalog.tables)) {
            if (placed.contains(t.name))
                continue;
            bool ready = true;
            for (const QString &parent : catalog.parents.value(t.name)) {
                if (parent != t.name && catalog.tables.contains(parent) && !placed.contains(parent))
                    ready = false;
            }
            if (ready) {
                ordered << t;
                placed.insert(t.name);
                progressed = true;
            }
        }
        if (!progressed)
            return R::failure(tr("The tables refer to each other in a circle; they cannot be copied in order."));
    }
    return ordered;
}

Result<DatabaseCopy::TableCheck> DatabaseCopy::checksum(const QSqlDatabase &db, const Table &table)
{
    using R = Result<TableCheck>;
    TableCheck check;
    check.table = table.name;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3")
                    .arg(quoted(table.columns), table.name, quoted(table.key))))
        return R::failure(tr("The table %1 cannot be read: %2").arg(table.name, StorageMessages::describe(q.lastError())));
    const int width = int(table.columns.size());
    while (q.next()) {
        for (int i = 0; i < width; ++i)
            addValue(hash, q.value(i));
        ++check.sourceRows;
    }
    if (q.lastError().isValid())
        return R::failure(tr("The table %1 cannot be read: %2").arg(table.name, StorageMessages::describe(q.lastError())));
    check.sourceSum = hash.result().toHex();
    return check;
}

void DatabaseCopy::hashValue(QCryptographicHash &hash, const QVariant &value)
{
    addValue(hash, value);
}

bool DatabaseCopy::sameDatabase(const QString &a, const QString &b)
{
    if (Database::isServerUrl(a) != Database::isServerUrl(b))
        return false;
    if (Database::isServerUrl(a)) {
        const QUrl ua(a.trimmed());
        const QUrl ub(b.trimmed());
        return ua.host().compare(ub.host(), Qt::CaseInsensitive) == 0 && ua.port(5432) == ub.port(5432)
            && ua.path() == ub.path();
    }
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    const QString pa = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
    const QString pb = fb.exists() ? fb.canonicalFilePath() : fb.absoluteFilePath();
    return QDir::cleanPath(pa) == QDir::cleanPath(pb);
}

} // namespace parcours
