// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/damage.h"

#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

namespace parcours {

namespace {

std::atomic<quint64> s_corruptionReports{0};

bool isCorruptionCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

// SQLite's error log: called for every error SQLite logs, on the thread that met it. It must
// not call SQLite; it only counts the corruptions.
void sqliteLog(void *, int code, const char *)
{
    if (isCorruptionCode(code))
        s_corruptionReports.fetch_add(1);
}

// The log can only be installed before SQLite initialises itself (the first connection), so
// it is installed when the program starts. If that failed (someone started SQLite first),
// damage is still found by the checks and by a failing statement's own error.
const bool s_logInstalled = [] {
    return sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) == SQLITE_OK;
}();

struct State
{
    QString path;
    QString damage;     // the refusal message; empty while not known to be damaged
    quint64 seenReports = 0;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, State> byConnection;
};

Registry &registry()
{
    static Registry r;
    return r;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

QString refusal(const QString &path, const QString &why)
{
    return Damage::tr("The database %1 is damaged (%2). To protect what it still holds, Parcours does not change it "
                      "any more: nothing was saved. Restore the latest backup.")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

void Damage::track(const QString &connection, const QString &path)
{
    Q_UNUSED(s_logInstalled)
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    State &state = r.byConnection[connection];
    state.path = path;
    state.seenReports = s_corruptionReports.load();
}

void Damage::forget(const QString &connection)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.byConnection.remove(connection);
}

void Damage::mark(const QString &connection, const QString &why)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto it = r.byConnection.find(connection);
    if (it == r.byConnection.end() || !it->damage.isEmpty())
        return; // the first finding is the one worth showing
    // SQLite's first finding, on one line: "*** in database main *** Page 6: …" → "Page 6: …".
    QString shortWhy = why.simplified();
    shortWhy.remove(QStringLiteral("*** in database main *** "));
    it->damage = refusal(it->path, shortWhy);
}

QString Damage::known(const QString &connection)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.byConnection.value(connection).damage;
}

QString Damage::writeRefusal(const QSqlDatabase &db)
{
    const QString connection = db.connectionName();
    const quint64 reports = s_corruptionReports.load();
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        auto it = r.byConnection.find(connection);
        if (it == r.byConnection.end())
            return {}; // a connection Parcours did not open itself (tests of the lock, a copy being verified)
        if (!it->damage.isEmpty())
            return it->damage;
        if (it->seenReports == reports)
            return {};
        it->seenReports = reports;
    }
    // SQLite met a damaged page somewhere in this process since this connection was last
    // looked at: is it this file? quick_check reads it all once, only after such a report.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString first;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        if (isCorruptionCode(q.lastError().nativeErrorCode().toInt()))
            first = q.lastError().databaseText();
    } else if (q.next() && q.value(0).toString() != QLatin1String("ok")) {
        first = q.value(0).toString();
    }
    q.finish();
    if (first.isEmpty())
        return {};
    mark(connection, first);
    return known(connection);
}

void Damage::noteLastError(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (handle && isCorruptionCode(sqlite3_extended_errcode(handle)))
        mark(db.connectionName(), QString::fromUtf8(sqlite3_errmsg(handle)));
}

quint64 Damage::reportsSoFar()
{
    return s_corruptionReports.load();
}

} // namespace parcours
