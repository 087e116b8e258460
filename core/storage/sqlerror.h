// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace parcours {

class StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
public:
    // Turns a database error into a sentence a user can act on. Busy and full disks get
    // their own words; anything else keeps the database's own text after a plain lead-in.
    static QString describe(const QSqlError &error);
    static bool isBusy(const QSqlError &error);
};

} // namespace parcours
