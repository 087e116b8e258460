// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlerror.h"

namespace parcours {

namespace {
int primaryCode(const QSqlError &error)
{
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
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return tr("The database refused the operation: %1").arg(text);
}

} // namespace parcours
