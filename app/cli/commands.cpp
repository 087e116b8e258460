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
        {{QStringLiteral("backup")}, {QStringLiteral("[OUT]")}, {QStringLiteral("--auto"), QStringLiteral("--dir DIR")},
         QT_TRANSLATE_NOOP("Cli", "Write a complete, verified copy of the database to OUT. With --auto instead: the "
                                  "automatic backup, unless one of today exists, into the backup folder (--dir, else the "
                                  "one chosen in the desktop program, else \"backups\" beside the database), then thin "
                                  "the older ones to 7 daily, 4 weekly and 12 monthly copies."),
         runBackup},
        {{QStringLiteral("backups")}, {}, {QStringLiteral("--dir DIR")},
         QT_TRANSLATE_NOOP("Cli", "List the automatic backups of the database, newest first: date, size, file."), runBackups},
        {{QStringLiteral("restore")}, {QStringLiteral("BACKUP")}, {},
         QT_TRANSLATE_NOOP("Cli", "Put the backup BACKUP in place of the database after checking it; the database as it "
                                  "was is kept beside it under a name with the date. Close the desktop program first."),
         runRestore},
        {{QStringLiteral("import"), QStringLiteral("dossiers")}, {QStringLiteral("FILE.csv")}, {QStringLiteral("--dry-run")},
         QT_TRANSLATE_NOOP("Cli", "Import dossiers from a CSV file, all rows or none; --dry-run only checks."),
         runImportDossiers},
        {{QStringLiteral("export"), QStringLiteral("dossiers")}, {QStringLiteral("FILE.csv")}, {},
         QT_TRANSLATE_NOOP("Cli", "Export every dossier to a CSV file (UTF-8, comma)."), runExportDossiers},
        {{QStringLiteral("import"), QStringLiteral("placements")}, {QStringLiteral("FILE.csv")}, {QStringLiteral("--dry-run")},
         QT_TRANSLATE_NOOP("Cli", "Import placements (dossier, cell, start, end, officer, outcome) from a CSV file, "
                                  "all rows or none; --dry-run only checks."),
         runImportPlacements},
        {{QStringLiteral("import"), QStringLiteral("figures")}, {QStringLiteral("FILE.csv")}, {QStringLiteral("--dry-run")},
         QT_TRANSLATE_NOOP("Cli", "Import published evolution figures as recorded snapshots (empty = not determined), "
                                  "all rows or none; --dry-run only checks."),
         runImportFigures},
        {{QStringLiteral("evolution")}, {},
         {QStringLiteral("--at D1,D2,…"), QStringLiteral("--from D"), QStringLiteral("--to D"),
          QStringLiteral("--step month|quarter|year"), QStringLiteral("--source computed|recorded|both"),
          QStringLiteral("--format csv|table|json")},
         QT_TRANSLATE_NOOP("Cli", "Print the evolution table. Computed figures on the days of --at, or on the period "
                                  "ends (month by default) from --from to --to (default: today); without dates, the "
                                  "month ends of the last 12 months. Recorded figures: those recorded on the days of --at "
                                  "or within --from/--to, else all. Default: --source computed --format csv."),
         runEvolution},
        {{QStringLiteral("chart"), QStringLiteral("evolution")}, {}, {QStringLiteral("--out FILE"), QStringLiteral("--kind rates|cells|dossiers"), QStringLiteral("--at D1,D2,…"), QStringLiteral("--from D"), QStringLiteral("--to D"), QStringLiteral("--step month|quarter|year"), QStringLiteral("--source computed|recorded|both"), QStringLiteral("--width W"), QStringLiteral("--height H"), QStringLiteral("--title T")}, QT_TRANSLATE_NOOP("Cli", "Draw the evolution chart to FILE.png, FILE.svg, or FILE.pdf (a report: chart and table); the days and sources as for evolution. Default: --kind rates, 1200 × 750 pixels."), runChartEvolution},
        {{QStringLiteral("demo")}, {}, {QStringLiteral("--dossiers N"), QStringLiteral("--seed S")},
         QT_TRANSLATE_NOOP("Cli", "Fill an empty database with invented people, dossiers and trajectories "
                                  "over the ten years up to today (default 2000 dossiers, seed 1; the same seed on the "
                                  "same day gives the same data); "
                                  "creates the file if it does not exist."),
         runDemo},
        {{QStringLiteral("audit")}, {},
         {QStringLiteral("--from D"), QStringLiteral("--to D"), QStringLiteral("--actor NAME"), QStringLiteral("--entity TABLE"),
          QStringLiteral("--format csv|table")},
         QT_TRANSLATE_NOOP("Cli", "Print the audit trail (who created, changed or looked at what, when), oldest first, "
                                  "from --from to --to (local days, both included); --actor and --entity narrow it. "
                                  "Default: --format csv. Reading the trail is itself recorded."),
         runAudit},
        {{QStringLiteral("export"), QStringLiteral("person")}, {QStringLiteral("NATIONAL_NUMBER")}, {QStringLiteral("--out DIR")},
         QT_TRANSLATE_NOOP("Cli", "Write everything held about one person (subject-access request) to DIR as JSON and "
                                  "as a readable PDF; recorded in the audit trail."),
         runExportPerson},
        {{QStringLiteral("retention")}, {}, {QStringLiteral("--closed-before D"), QStringLiteral("--dry-run")},
         QT_TRANSLATE_NOOP("Cli", "Anonymise the people whose every dossier closed before D: names, numbers, contacts "
                                  "and free texts erased, the figures unchanged. Cannot be undone; --dry-run only "
                                  "counts."),
         runRetention},
        {{QStringLiteral("accounts")}, {}, {},
         QT_TRANSLATE_NOOP("Cli", "List the accounts: user name, role, name, last sign-in."), runAccounts},
        {{QStringLiteral("account"), QStringLiteral("add")}, {QStringLiteral("USER"), QStringLiteral("ROLE")},
         {QStringLiteral("--name NAME")},
         QT_TRANSLATE_NOOP("Cli", "Create an account (ROLE: administrator, manager, facilitator, officer, reception); "
                                  "the password is read from standard input and must be changed at the first sign-in."),
         runAccountAdd},
        {{QStringLiteral("account"), QStringLiteral("password")}, {QStringLiteral("USER")}, {},
         QT_TRANSLATE_NOOP("Cli", "Reset the password of USER (read from standard input) and reactivate the account, "
                                  "e.g. when the only administrator forgot theirs; it must be changed at the next "
                                  "sign-in."),
         runAccountPassword},
        {{QStringLiteral("report"), QStringLiteral("flows")}, {}, {QStringLiteral("--from D"), QStringLiteral("--to D"), QStringLiteral("--format csv|table")}, QT_TRANSLATE_NOOP("Cli", "Print the flows from --from to --to (both days included): entries from no cell, moves from cell to cell (the next placement starts the day after one ends) and exits by outcome, counted on the day the placement ends (entries: the day it starts). Default: --format csv."), runReportFlows},
        {{QStringLiteral("report"), QStringLiteral("durations")}, {}, {QStringLiteral("--from D"), QStringLiteral("--to D"), QStringLiteral("--format csv|table")}, QT_TRANSLATE_NOOP("Cli", "Print the days spent in each cell (end − start + 1): count, median, quartiles, mean, shortest and longest, of the placements that ended from --from to --to, or of every ended placement; open placements do not count. Default: --format csv."), runReportDurations},
        {{QStringLiteral("report"), QStringLiteral("caseload")}, {}, {QStringLiteral("--at D"), QStringLiteral("--by cell|officer|both"), QStringLiteral("--format csv|table")}, QT_TRANSLATE_NOOP("Cli", "Print the caseload on day --at (default: today): placements covering that day in open dossiers, per cell, per officer or per officer and cell. Default: --by cell --format csv."), runReportCaseload},
        {{QStringLiteral("report"), QStringLiteral("jobtable")}, {},
         {QStringLiteral("--from D"), QStringLiteral("--to D"), QStringLiteral("--format csv|table")},
         QT_TRANSLATE_NOOP("Cli", "Print the figures of the Job Tables launched from --from to --to (default: the last "
                                  "12 months): participants, attendance, and the share with a job or training 3 and 6 "
                                  "months after the conclusion, read from the trajectory. Default: --format csv."),
         runReportJobTable},
        {{QStringLiteral("print"), QStringLiteral("jobtable")}, {QStringLiteral("ID")},
         {QStringLiteral("--out FILE.pdf"), QStringLiteral("--meeting N")},
         QT_TRANSLATE_NOOP("Cli", "Write the technical fiche of the Job Table ID (one page: dates, place, officers, "
                                  "participants, modules, means) as a PDF; with --meeting, the attendance sheet of that "
                                  "meeting instead."),
         runPrintJobTable},
        {{QStringLiteral("report"), QStringLiteral("article60")}, {}, {QStringLiteral("--at D"), QStringLiteral("--format csv|table")}, QT_TRANSLATE_NOOP("Cli", "Print the article 60 posts on day --at (default: today), filled or vacant, and the contracts ending within 30, 60 and 90 days. Default: --format csv."), runReportArticle60},
        {{QStringLiteral("report"), QStringLiteral("gpmi")}, {},
         {QStringLiteral("--at D"), QStringLiteral("--officer NAME"), QStringLiteral("--format csv|table")},
         QT_TRANSLATE_NOOP("Cli", "Print the GPMI compliance list on D (default today): open integration-income dossiers "
                                  "whose GPMI is missing, signed late, short of evaluations, or due within 30 days. "
                                  "Default: --format csv."),
         runReportGpmi},
        {{QStringLiteral("print"), QStringLiteral("gpmi")}, {QStringLiteral("DOSSIER")},
         {QStringLiteral("--out FILE.pdf"), QStringLiteral("--lang-document nl|fr")},
         QT_TRANSLATE_NOOP("Cli", "Write the GPMI contract of the dossier with reference DOSSIER as a PDF with places to "
                                  "sign, in the contract's language (or --lang-document); FILE.html writes the HTML instead."),
         runPrintGpmi},
        {{QStringLiteral("print"), QStringLiteral("balance")}, {QStringLiteral("DOSSIER")},
         {QStringLiteral("--out FILE.pdf"), QStringLiteral("--version N"), QStringLiteral("--lang-document nl|fr")},
         QT_TRANSLATE_NOOP("Cli", "Write the summary of the dossier's socio-professional balance (the latest version, or "
                                  "--version N) as a PDF with places to sign, in the person's language; health, addiction "
                                  "and criminal-record data are not printed. FILE.html writes the HTML instead."),
         runPrintBalance},
        {{QStringLiteral("report"), QStringLiteral("targets")}, {}, {QStringLiteral("--year Y"), QStringLiteral("--at D"), QStringLiteral("--format csv|table")}, QT_TRANSLATE_NOOP("Cli", "Print the cells' yearly targets of year Y and what was realised from 1 January to 31 December (or to --at, default today, when earlier). CSV columns: year, cell, measure (placements_started: placements of the cell started; net_change: dossiers in the cell on the last day minus on 1 January; literacy_tests: level tests taken), target, realised, percent (realised ÷ target × 100, empty for a target of 0), from, to, note. Default: --format csv."), runReportTargets},
        {{QStringLiteral("copy")}, {}, {QStringLiteral("--from DB"), QStringLiteral("--to DB")}, QT_TRANSLATE_NOOP("Cli", "Copy everything from the database --from (a file or postgresql://user@server:port/database) into the new, empty database --to, with ids and the audit trail as they are, in one transaction; then verify the counts, the content of every table and the evolution figures at every month end, and undo the copy on any difference. The source is only read."), runCopy},
    };
    return table;
}

} // namespace parcours::cli
