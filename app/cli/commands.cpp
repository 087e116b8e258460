// SPDX-License-Identifier: GPL-3.0-or-later
// The command table. A new command: write `int runX(const Invocation &)` in the file of its
// subject, declare it in cli.h, add one line here.
#include "cli.h"

namespace parcours::cli {

QString Command::synopsis() const
{
    QStringList parts = words;
    parts += arguments;
    for (const QString &option : options)
        parts << QLatin1Char('[') + option + QLatin1Char(']');
    return parts.join(QLatin1Char(' '));
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {{QStringLiteral("init")}, {}, {},
         QT_TRANSLATE_NOOP("Cli", "Create the database if it does not exist, or bring it up to date."), runInit},
        {{QStringLiteral("check")}, {}, {},
         QT_TRANSLATE_NOOP("Cli", "Check the database's integrity; prints \"ok\" or each problem."), runCheck},
        {{QStringLiteral("backup")}, {QStringLiteral("OUT")}, {},
         QT_TRANSLATE_NOOP("Cli", "Write a complete, verified copy of the database to OUT."), runBackup},
        {{QStringLiteral("import"), QStringLiteral("dossiers")}, {QStringLiteral("FILE.csv")}, {QStringLiteral("--dry-run")},
         QT_TRANSLATE_NOOP("Cli", "Import dossiers from a CSV file, all rows or none; --dry-run only checks."),
         runImportDossiers},
        {{QStringLiteral("export"), QStringLiteral("dossiers")}, {QStringLiteral("FILE.csv")}, {},
         QT_TRANSLATE_NOOP("Cli", "Export every dossier to a CSV file (UTF-8, comma)."), runExportDossiers},
    };
    return table;
}

} // namespace parcours::cli
