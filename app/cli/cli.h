// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

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
    QStringList options;    // the command's own options that were given, e.g. "--dry-run"
    bool has(const QString &option) const { return options.contains(option); }
};

using CommandFunction = int (*)(const Invocation &);

struct Command
{
    QStringList words;      // "import", "dossiers"
    QStringList arguments;  // names of the positional arguments, e.g. "FILE.csv"
    QStringList options;    // accepted options, e.g. "--dry-run"
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
int runImportDossiers(const Invocation &inv);
int runExportDossiers(const Invocation &inv);

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

// --- commandline.cpp -----------------------------------------------------------------------

struct CommandLine
{
    enum class Action { Run, Help, Version, Usage };
    Action action = Action::Usage;
    QString error;                   // why the command line was refused (Action::Usage)
    const Command *command = nullptr; // Action::Run
    Invocation invocation;
};

// Parses the arguments after the program name. Global options (--db PATH, --help,
// --version) may stand anywhere; `--` ends the options.
CommandLine parseCommandLine(const QStringList &arguments);
QString defaultDatabasePath();
QString usageLine();
QString helpText();

} // namespace parcours::cli
