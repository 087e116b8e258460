// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PARCOURS_ISATTY _isatty
#define PARCOURS_FILENO _fileno
#else
#include <unistd.h>
#define PARCOURS_ISATTY isatty
#define PARCOURS_FILENO fileno
#endif

namespace parcours::cli {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &line)
{
    write(stdout, line + QLatin1Char('\n'));
}

void printErr(const QString &line)
{
    write(stderr, line + QLatin1Char('\n'));
}

bool stderrIsTerminal()
{
    return PARCOURS_ISATTY(PARCOURS_FILENO(stderr)) != 0;
}

ProgressLine::ProgressLine(QString label) : m_label(std::move(label)), m_terminal(stderrIsTerminal())
{
    m_clock.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(int done, int total)
{
    if (total <= 0 || m_clock.elapsed() < 1000)
        return;
    const int percent = int(qint64(done) * 100 / total);
    if (m_terminal) {
        if (percent == m_lastPercent)
            return;
        write(stderr, QStringLiteral("\r%1 %2%").arg(m_label).arg(percent));
        m_shown = true;
    } else {
        // A log gets a line every 10 % or every 5 seconds, whichever comes later.
        if (percent / 10 == m_lastPercent / 10 || m_clock.elapsed() - m_lastLineMs < 5000)
            return;
        m_lastLineMs = m_clock.elapsed();
        printErr(QStringLiteral("%1 %2%").arg(m_label).arg(percent));
    }
    m_lastPercent = percent;
}

void ProgressLine::finish()
{
    if (m_terminal && m_shown)
        write(stderr, QStringLiteral("\r%1\r").arg(QString(m_label.size() + 6, QLatin1Char(' '))));
    m_shown = false;
}

std::unique_ptr<Database> openDatabase(const Invocation &inv, Database::Mode mode)
{
    const QString shown = shownPath(inv.databasePath);
    const bool server = Database::isServerUrl(inv.databasePath);
    if (!server && mode == Database::Mode::MustExist && !QFileInfo::exists(inv.databasePath)) {
        printErr(Cli::tr("The database %1 does not exist. Nothing was created; to start a new one, run: "
                         "parcours-cli --db %1 init").arg(shown));
        return nullptr;
    }
    Database::Options options{mode, 5000, {}};
    // A server's password, when neither PARCOURS_DB_PASSWORD nor libpq's PGPASSWORD or
    // password file had it: asked on the terminal, never taken from the command line.
    if (server && PARCOURS_ISATTY(0))
        options.askPassword = [](const QString &url) { return readSecret(Cli::tr("Password for %1: ").arg(url)); };
    auto opened = Database::open(inv.databasePath, options);
    if (!opened.ok()) {
        printErr(opened.error());
        return nullptr;
    }
    std::unique_ptr<Database> db = opened.take();
    for (const QString &warning : db->warnings())
        printErr(Cli::tr("Warning: %1").arg(warning));
    if (!db->preMigrationCopy().isEmpty())
        printErr(Cli::tr("The database was upgraded to the current schema; a copy of it as it was is at %1.")
                     .arg(QDir::toNativeSeparators(db->preMigrationCopy())));
    return db;
}

QString shownPath(const QString &path)
{
    if (Database::isServerUrl(path))
        return path;
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString rowCount(int n)
{
    return n == 1 ? Cli::tr("1 row") : Cli::tr("%1 rows").arg(n);
}

int usageError(CommandFunction run, const QString &error)
{
    printErr(QStringLiteral("parcours-cli: ") + error);
    for (const Command &c : commands()) {
        if (c.run == run) {
            printErr(Cli::tr("Usage: parcours-cli [--db PATH] %1").arg(c.synopsis()));
            break;
        }
    }
    printErr(Cli::tr("Try 'parcours-cli --help' for the list of commands."));
    return UsageError;
}

namespace {

int finishImport(const ImportReport &report, bool dryRun)
{
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

} // namespace

int runCsvImport(const Invocation &inv, const CsvImport &import, bool withProgress)
{
    const QString file = inv.arguments.at(0);
    const bool dryRun = inv.has(QStringLiteral("--dry-run"));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    if (!withProgress)
        return finishImport(import(*db, file, dryRun, {}), dryRun);

    ProgressLine progress(dryRun ? Cli::tr("Checking %1…").arg(QFileInfo(file).fileName())
                                 : Cli::tr("Importing %1…").arg(QFileInfo(file).fileName()));
    const ImportReport report = import(*db, file, dryRun, [&progress](int done, int total) { progress.update(done, total); });
    progress.finish();
    return finishImport(report, dryRun);
}

} // namespace parcours::cli
