// SPDX-License-Identifier: GPL-3.0-or-later
// backup --auto, backups, restore: the automatic backups (core/storage/backupset.h), the
// same folder, names and thinning as the desktop program.
#include "cli.h"

#include "storage/backupset.h"

#include <QLocale>

namespace parcours::cli {

namespace {

QString shownSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int runAutoBackup(const Invocation &inv)
{
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    BackupSet set(db->path(), inv.value(QStringLiteral("--dir")));
    auto made = set.makeIfDue(*db);
    if (!made) {
        printErr(made.error());
        return Failure;
    }
    if (made.value())
        printOut(Cli::tr("Backup written to %1.").arg(shownPath(made.value()->path)));
    else
        printOut(Cli::tr("Today's backup exists already: %1.").arg(shownPath(set.latest()->path)));
    return Success;
}

int runBackups(const Invocation &inv)
{
    // Lists without opening the database: it may be the damaged one to restore.
    const BackupSet set(inv.databasePath, inv.value(QStringLiteral("--dir")));
    const QList<BackupInfo> all = set.list();
    if (all.isEmpty()) {
        printErr(Cli::tr("No backups of %1 in %2.").arg(shownPath(set.databasePath()), shownPath(set.folder())));
        return Success;
    }
    for (const BackupInfo &b : all)
        printOut(QStringLiteral("%1  %2  %3").arg(b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                  shownSize(b.size).rightJustified(9), shownPath(b.path)));
    return Success;
}

int runRestore(const Invocation &inv)
{
    const QString backup = inv.arguments.at(0);
    // The command line works on the file as the operating-system account running it: that is
    // who the restored file's audit trail names.
    auto restored = BackupSet::restore(backup, inv.databasePath, Actor::cli());
    if (!restored) {
        printErr(restored.error());
        return Failure;
    }
    printOut(Cli::tr("%1 was restored from the backup %2.").arg(shownPath(inv.databasePath), shownPath(backup)));
    if (!restored.value().keptAside.isEmpty())
        printOut(Cli::tr("The database as it was before is kept at %1.").arg(shownPath(restored.value().keptAside)));
    return Success;
}

} // namespace parcours::cli
