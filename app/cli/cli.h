// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importsupport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

// parcours-cli: the core without windows. Each command is a function taking the parsed
// arguments; the table in commands.cpp lists them, so a new command is one function and one
// line there. Results go to stdout, messages to stderr.
namespace parcours::cli {

// The translation context of the command-line program.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The exit status is a contract with scripts: keep the numbers.
enum ExitCode {
    Success = 0,
    Failure = 1,    // bad data, integrity problems, a refused or missing file
    UsageError = 2, // unknown command or option, missing or extra argument
};

// What a command receives: the database to work on and its own arguments.
struct Invocation
{
    QString databasePath;   // --db, or the default location shared with the desktop program
    QStringList arguments;  // positional arguments after the command's words
    QStringList options;    // the command's own options that were given, e.g. "--dry-run", "--at"
    QMap<QString, QStringList> values; // an option that takes a value → its values in the order given
    bool has(const QString &option) const { return options.contains(option); }
    // The value of `option` (the last one when given twice), or empty.
    QString value(const QString &option) const
    {
        const QStringList given = values.value(option);
        return given.isEmpty() ? QString() : given.last();
    }
};

using CommandFunction = int (*)(const Invocation &);

struct Command
{
    QStringList words;      // "import", "dossiers"
    QStringList arguments;  // names of the positional arguments, e.g. "FILE.csv"
    QStringList options;    // accepted options, e.g. "--dry-run"; one that takes a value names it
                            // after a space, e.g. "--at D1,D2,…" (given as --at V or --at=V).
                            // An option name takes a value in every command or in none.
    const char *summary;    // QT_TRANSLATE_NOOP("Cli", …)
    CommandFunction run;

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString synopsis() const; // "import dossiers FILE.csv [--dry-run]"
};

// Every command, in the order --help lists them.
const QList<Command> &commands();

// Commands (each in the file of its subject).
int runInit(const Invocation &inv);
int runCheck(const Invocation &inv);
int runBackup(const Invocation &inv);
int runAutoBackup(const Invocation &inv);      // backupcommands.cpp
int runBackups(const Invocation &inv);
int runRestore(const Invocation &inv);
int runImportDossiers(const Invocation &inv);
int runExportDossiers(const Invocation &inv);
int runImportPlacements(const Invocation &inv);
int runImportFigures(const Invocation &inv);
int runEvolution(const Invocation &inv);
int runDemo(const Invocation &inv);
int runAudit(const Invocation &inv);           // securitycommands.cpp
int runExportPerson(const Invocation &inv);
int runRetention(const Invocation &inv);
int runAccounts(const Invocation &inv);
int runAccountAdd(const Invocation &inv);
int runAccountPassword(const Invocation &inv);
int runReportFlows(const Invocation &inv);     // reportcommands.cpp
int runReportDurations(const Invocation &inv);
int runReportCaseload(const Invocation &inv);
int runReportJobTable(const Invocation &inv); // jobtablecommands.cpp
int runPrintJobTable(const Invocation &inv);
int runReportGpmi(const Invocation &inv);       // balancecommands.cpp
int runPrintGpmi(const Invocation &inv);
int runPrintBalance(const Invocation &inv);
int runReportTargets(const Invocation &inv);    // targetcommands.cpp
// True when the command line asks for a command that needs QtGui (export person: a PDF).
bool needsGuiApplication(const QStringList &arguments);
int runChartEvolution(const Invocation &inv);  // chartcommands.cpp
int runReportArticle60(const Invocation &inv); // article60commands.cpp
int runCopy(const Invocation &inv);           // copycommands.cpp
bool needsWidgetApplication(const QStringList &arguments); // chart evolution: Qt Charts needs a QApplication

// --- console.cpp ---------------------------------------------------------------------------

void printOut(const QString &line); // one line on stdout
void printErr(const QString &line); // one line on stderr
bool stderrIsTerminal();

// A progress indication on stderr for long work: on a terminal a percentage rewritten in
// place, elsewhere (a log file, a pipe) an occasional line. Silent during the first second,
// so short runs print nothing.
class ProgressLine
{
public:
    explicit ProgressLine(QString label);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void update(int done, int total);
    void finish(); // clears the in-place line

private:
    QString m_label;
    QElapsedTimer m_clock;
    bool m_terminal;
    bool m_shown = false;
    int m_lastPercent = -1;
    qint64 m_lastLineMs = 0;
};

// Opens the database of `inv` and reports why not on stderr (then returns null). Only
// `init` passes CreateIfMissing: every other command refuses a missing file instead of
// creating an empty one in its place.
std::unique_ptr<Database> openDatabase(const Invocation &inv, Database::Mode mode);

QString shownPath(const QString &path); // absolute, with the platform's separators
// One line from standard input, without echo on a terminal (passwords: never an argument).
QString readSecret(const QString &prompt);
QString rowCount(int n);                // "1 row", "N rows"

// A usage error found by the command itself (a bad option value): reported like the ones
// parseCommandLine() finds, with the synopsis of the command whose function is `run`.
// Returns UsageError.
int usageError(CommandFunction run, const QString &error);

// `import … FILE [--dry-run]`: opens the database, runs `import` on FILE (with a progress
// line when `withProgress`), then prints its report: warnings and errors on stderr, then
// either the refusal or the counts on stdout. Returns Success, or Failure when the database
// could not be opened or the file was refused.
using CsvImport = std::function<ImportReport(Database &db, const QString &path, bool dryRun,
                                             std::function<void(int done, int total)> progress)>;
int runCsvImport(const Invocation &inv, const CsvImport &import, bool withProgress = true);

// --- commandline.cpp -----------------------------------------------------------------------

struct CommandLine
{
    enum class Action { Run, Help, Version, Usage };
    Action action = Action::Usage;
    QString error;                   // why the command line was refused (Action::Usage)
    const Command *command = nullptr; // Action::Run
    Invocation invocation;
    QString language;                // --lang: "nl", "fr", "en", or empty for the system's
};

// Parses the arguments after the program name. Global options (--db PATH, --lang LANG,
// --help, --version) may stand anywhere; `--` ends the options.
CommandLine parseCommandLine(const QStringList &arguments);
// The value of --lang among the arguments after the program name (empty when not given),
// found before parsing so that the parser's own messages come in that language.
QString languageArgument(const QStringList &arguments);
QString defaultDatabasePath();
QString usageLine();
QString helpText();

} // namespace parcours::cli
