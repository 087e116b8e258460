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
    const QString shown = QDir::toNativeSeparators(QFileInfo(inv.databasePath).absoluteFilePath());
    if (mode == Database::Mode::MustExist && !QFileInfo::exists(inv.databasePath)) {
        printErr(Cli::tr("The database %1 does not exist. Nothing was created; to start a new one, run: "
                         "parcours-cli --db %1 init").arg(shown));
        return nullptr;
    }
    auto opened = Database::open(inv.databasePath, {mode, 5000});
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

} // namespace parcours::cli
