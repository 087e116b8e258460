// SPDX-License-Identifier: GPL-3.0-or-later
// init, check, backup: the database file as a whole.
#include "cli.h"

namespace parcours::cli {

int runInit(const Invocation &inv)
{
    const auto db = openDatabase(inv, Database::Mode::CreateIfMissing);
    if (!db)
        return Failure;
    if (db->wasCreated())
        printOut(Cli::tr("Created %1 (schema %2).").arg(shownPath(db->path()), QString::number(db->schemaVersion())));
    else
        printOut(Cli::tr("%1 already exists and is up to date (schema %2).").arg(shownPath(db->path()), QString::number(db->schemaVersion())));
    return Success;
}

int runCheck(const Invocation &inv)
{
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const Database::CheckReport report = db->check();
    if (report.ok) {
        printOut(QStringLiteral("ok"));
        return Success;
    }
    for (const QString &problem : report.problems)
        printOut(problem);
    printErr(Cli::tr("%1 has problems (%2). Restore the latest backup or ask for help before changing it.")
                 .arg(shownPath(db->path()), QString::number(report.problems.size())));
    return Failure;
}

int runBackup(const Invocation &inv)
{
    if (inv.has(QStringLiteral("--auto"))) {
        if (!inv.arguments.isEmpty())
            return usageError(runBackup, Cli::tr("backup takes OUT or --auto, not both."));
        return runAutoBackup(inv);
    }
    if (inv.has(QStringLiteral("--dir")))
        return usageError(runBackup, Cli::tr("--dir goes with --auto."));
    if (inv.arguments.isEmpty())
        return usageError(runBackup, Cli::tr("backup needs OUT (or --auto)."));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const QString target = inv.arguments.at(0);
    if (Status s = db->backupTo(target); !s) {
        printErr(s.error());
        return Failure;
    }
    printOut(Cli::tr("Backup written to %1.").arg(shownPath(target)));
    return Success;
}

} // namespace parcours::cli
