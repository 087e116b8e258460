// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlerror.h"

namespace parcours {

namespace {
// PostgreSQL reports a five-character SQLSTATE; SQLite a number of at most four digits.
QString sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

int primaryCode(const QSqlError &error)
{
    if (!sqlState(error).isEmpty()) {
        // The SQLite code that means the same to the user.
        const QString state = sqlState(error);
        if (state == QLatin1String("55P03") || state == QLatin1String("40P01") || state == QLatin1String("40001"))
            return 5; // lock timeout, deadlock, serialisation: another writer
        if (state == QLatin1String("25006"))
            return 8; // read-only transaction / standby
        if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
            return 11;
        if (state == QLatin1String("53100"))
            return 13;
        return -1;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}
} // namespace

bool StorageMessages::isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

QString StorageMessages::describe(const QSqlError &error)
{
    switch (primaryCode(error)) {
    case 5:
    case 6:
        return tr("The database is being changed by another program or another Parcours "
                  "window. Nothing was saved; try again in a moment.");
    case 8:
        return tr("The database file is read-only. Nothing was saved.");
    case 11:
    case 26:
        return tr("The database file is damaged. Nothing was saved; run a check and restore "
                  "the latest backup.");
    case 13:
        return tr("The disk is full. Nothing was saved; free some space and try again.");
    default:
        break;
    }
    if (sqlState(error).startsWith(QLatin1String("08")))
        return tr("The connection to the database server was lost. Nothing was saved; check the network and "
                  "try again.");
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL's texts carry a level and the code: "ERROR:  message\n(P0001)".
    if (!sqlState(error).isEmpty()) {
        text.remove(QLatin1String("ERROR:  "));
        text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    return tr("The database refused the operation: %1").arg(text);
}

} // namespace parcours
