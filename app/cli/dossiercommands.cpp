// SPDX-License-Identifier: GPL-3.0-or-later
// import dossiers, export dossiers: the register as CSV.
#include "cli.h"

#include "interchange/dossiercsv.h"
#include "registry/registry.h"

namespace parcours::cli {

int runImportDossiers(const Invocation &inv)
{
    return runCsvImport(inv, &DossierCsv::importFile);
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
    const QString shown = shownPath(file);
    printOut(count == 1 ? Cli::tr("1 dossier exported to %1.").arg(shown)
                        : Cli::tr("%1 dossiers exported to %2.").arg(count).arg(shown));
    return Success;
}

} // namespace parcours::cli
