// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// What the benchmarks share: their command line, the demo database they measure, timing
// with medians, and the tables they print (Markdown, ready for docs/benchmarks.md).
namespace parcours::bench {

struct Args
{
    QString db;            // --db PATH: reuse this file, or generate into it when it does not exist
    int dossiers = 200000; // --dossiers N
    quint32 seed = 1;      // --seed S
    QDate until = QDate(2025, 6, 30); // --until YYYY-MM-DD: the last day of the demo history
    int runs = 7;          // --runs R: timed repetitions (after one warm-up)
    QString sqlite3 = QStringLiteral("sqlite3"); // --sqlite3 PATH: the shell used for comparisons
};

// Parses the common options; prints usage and exits on --help or a bad option. Also makes
// every Database of the process act as Actor::system("benchmark").
Args parseArgs(const QString &description);

// The database a benchmark measures: --db PATH if that file exists, else a new demo database
// (DemoGenerator, Args::dossiers) written to --db PATH or into `scratch`. It is closed once
// after generating, so that its write-ahead log is checkpointed into the main file and every
// measured program reads the same file. `path` receives the file's path.
std::unique_ptr<Database> openDemoDatabase(const Args &args, const QTemporaryDir &scratch, QString *path);

// Opens an existing database (or exits with the message).
std::unique_ptr<Database> openExisting(const QString &path);

struct Timing
{
    double median = 0; // milliseconds
    double min = 0;
    double max = 0;
    int runs = 0;
};
// Runs `work` once to warm up (unless `warmUp` is false), then `runs` times, timed.
Timing measure(int runs, const std::function<void()> &work, bool warmUp = true);
// Times already taken, in milliseconds.
Timing summarise(QList<double> samples);

double elapsedMs(const QElapsedTimer &timer);
// CPU time (user + system) used so far by this process, and by its finished child processes,
// in ms. On a shared machine wall-clock times swing with the load; CPU times much less.
double processCpuMs();
double childrenCpuMs();
QString ms(double milliseconds); // "12.3 ms", "1.52 s"

// Runs a program to its end and returns its wall-clock time in ms (-1 when it failed; the
// reason goes to stderr).
double runProcess(const QString &program, const QStringList &arguments, const QString &workingDir = {},
                  QByteArray *output = nullptr);

// A Markdown table.
class Table
{
public:
    explicit Table(QStringList header) : m_header(std::move(header)) { }
    void add(QStringList row) { m_rows << row; }
    void print() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// The machine, the build and the library versions, for the record.
void printEnvironment(const Args &args, Database &db);

void say(const QString &text);     // a line on stdout
void progress(const QString &text); // a line on stderr

} // namespace parcours::bench
