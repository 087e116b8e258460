// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace parcours {

// What this process knows about damage to the database files it has open, by connection.
// A database known to be damaged is not written to any more: every Transaction on it refuses
// with a message that says to restore the latest backup (docs/data-safety.md).
//
// How damage becomes known, without reading the whole file at every open (PRAGMA quick_check
// takes 2–4.5 s on a 200,000-dossier file):
// - Database::check() (`parcours-cli check`, the GUI's check) finds integrity problems;
// - a statement on the connection fails with SQLITE_CORRUPT or SQLITE_NOTADB (seen when the
//   Transaction that ran it rolls back);
// - SQLite reports a corruption anywhere in the process (its error log, installed before
//   SQLite starts): the next Transaction on each connection then runs PRAGMA quick_check once
//   to see whether its own file is the damaged one (the log does not say which file it was).
class Damage
{
    Q_DECLARE_TR_FUNCTIONS(Damage)
public:
    // Starts following a new connection: corruption reported before it existed is not its own.
    static void track(const QString &connection, const QString &path);
    static void forget(const QString &connection);

    // Records that the file of `connection` is damaged; `why` is one short line.
    static void mark(const QString &connection, const QString &why);
    // The refusal message when the file of `connection` is known to be damaged, else empty.
    static QString known(const QString &connection);

    // For Transaction, before it begins: empty, or why nothing may be written through `db`.
    // Runs PRAGMA quick_check when SQLite reported a corruption since this connection was
    // last checked.
    static QString writeRefusal(const QSqlDatabase &db);
    // For Transaction, when it rolls back: if the connection's last statement failed because
    // the file is damaged, remembers that.
    static void noteLastError(const QSqlDatabase &db);

    // How many corruptions SQLite has reported in this process (tests).
    static quint64 reportsSoFar();
};

} // namespace parcours
