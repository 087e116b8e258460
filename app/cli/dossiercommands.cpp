// SPDX-License-Identifier: GPL-3.0-or-later
// import dossiers, export dossiers: the register as CSV.
#include "cli.h"

#include "interchange/dossiercsv.h"
#include "registry/registry.h"

#include <QDir>
#include <QFileInfo>

namespace parcours::cli {

namespace {

QString rowCount(int n)
{
    return n == 1 ? Cli::tr("1 row") : Cli::tr("%1 rows").arg(n);
}

} // namespace

int runImportDossiers(const Invocation &inv)
{
    const QString file = inv.arguments.at(0);
    const bool dryRun = inv.has(QStringLiteral("--dry-run"));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;

    ProgressLine progress(dryRun ? Cli::tr("Checking %1…").arg(QFileInfo(file).fileName())
                                 : Cli::tr("Importing %1…").arg(QFileInfo(file).fileName()));
    const DossierCsv::ImportReport report =
        DossierCsv::importFile(*db, file, dryRun, [&progress](int done, int total) { progress.update(done, total); });
    progress.finish();

    for (const QString &warning : report.warnings)
        printErr(Cli::tr("warning: %1").arg(warning));
    for (const QString &error : report.errors)
        printErr(error);
    if (!report.ok()) {
        printErr(report.errors.size() == 1 ? Cli::tr("The file was refused (1 problem); nothing was imported.")
                                           : Cli::tr("The file was refused (%1 problems); nothing was imported.")
                                                 .arg(report.errors.size()));
        return Failure;
    }
    const QString counts = Cli::tr("%1: %2 created, %3 updated, %4 unchanged")
                               .arg(rowCount(report.rows))
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.unchanged);
    printOut(dryRun ? Cli::tr("Dry run, nothing was written. %1").arg(counts) : counts);
    return Success;
}

int runExportDossiers(const Invocation &inv)
{
    const QString file = inv.arguments.at(0);
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const int count = Registry(*db).dossierCount();
    if (Status s = DossierCsv::exportFile(*db, file); !s) {
        printErr(s.error());
        return Failure;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    printOut(count == 1 ? Cli::tr("1 dossier exported to %1.").arg(shown)
                        : Cli::tr("%1 dossiers exported to %2.").arg(count).arg(shown));
    return Success;
}

} // namespace parcours::cli
