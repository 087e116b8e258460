// SPDX-License-Identifier: GPL-3.0-or-later
// copy --from DB --to DB: a centre's data from its SQLite file to a server and back, verified
// (core/storage/databasecopy.h).
#include "cli.h"

#include "storage/databasecopy.h"

#include <QFile>
#include <QFileInfo>

#include <climits>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define PARCOURS_STDIN_IS_TERMINAL() (_isatty(0) != 0)
#else
#include <unistd.h>
#define PARCOURS_STDIN_IS_TERMINAL() (isatty(0) != 0)
#endif

namespace parcours::cli {

namespace {

// Like openDatabase(), with the source's options: it is only read and must not be upgraded.
std::unique_ptr<Database> openEnd(const QString &location, Database::Mode mode, bool leaveUnchanged)
{
    Database::Options options{mode, 5000, {}};
    options.leaveUnchanged = leaveUnchanged;
    if (Database::isServerUrl(location) && PARCOURS_STDIN_IS_TERMINAL())
        options.askPassword = [](const QString &url) { return readSecret(Cli::tr("Password for %1: ").arg(url)); };
    auto opened = Database::open(location, options);
    if (!opened.ok()) {
        printErr(opened.error());
        return nullptr;
    }
    std::unique_ptr<Database> db = opened.take();
    for (const QString &warning : db->warnings())
        printErr(Cli::tr("Warning: %1").arg(warning));
    return db;
}

// A file that this command created and that holds nothing of the copy goes again, so that a
// failed copy leaves no empty database behind under a name the user chose.
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int runCopy(const Invocation &inv)
{
    const QString from = inv.value(QStringLiteral("--from"));
    const QString to = inv.value(QStringLiteral("--to"));
    if (from.trimmed().isEmpty() || to.trimmed().isEmpty())
        return usageError(runCopy, Cli::tr("copy needs --from DB and --to DB."));
    if (DatabaseCopy::sameDatabase(from, to)) {
        printErr(Cli::tr("--from and --to name the same database (%1). Nothing was copied.").arg(shownPath(from)));
        return Failure;
    }
    if (!Database::isServerUrl(from) && !QFileInfo::exists(from)) {
        printErr(Cli::tr("The database %1 does not exist. Nothing was copied.").arg(shownPath(from)));
        return Failure;
    }
    const auto source = openEnd(from, Database::Mode::MustExist, true);
    if (!source)
        return Failure;
    const bool targetFile = !Database::isServerUrl(to);
    const bool targetExisted = targetFile && QFileInfo::exists(to);
    auto target = openEnd(to, Database::Mode::CreateIfMissing, false);
    if (!target)
        return Failure;
    const QString targetPath = target->path();

    ProgressLine copying(Cli::tr("Copying…"));
    ProgressLine verifying(Cli::tr("Verifying…"));
    DatabaseCopy::Options options;
    options.progress = [&](DatabaseCopy::Phase phase, qint64 done, qint64 total) {
        const int scale = total > INT_MAX / 100 ? 100 : 1; // ProgressLine counts in int
        if (phase == DatabaseCopy::Phase::Copying) {
            copying.update(int(done / scale), int(total / scale));
        } else {
            copying.finish();
            verifying.update(int(done / scale), int(total / scale));
        }
    };
    const auto copied = DatabaseCopy::copy(*source, *target, options);
    copying.finish();
    verifying.finish();
    if (!copied) {
        printErr(copied.error());
        if (targetFile && !targetExisted) {
            target.reset();
            removeCreatedFile(targetPath);
        }
        return Failure;
    }
    const DatabaseCopy::Report &report = copied.value();
    for (const DatabaseCopy::TableCheck &t : report.tables)
        printOut(QStringLiteral("%1  %2  %3").arg(t.table.leftJustified(24), QString::number(t.targetRows).rightJustified(9),
                                                  QString::fromLatin1(t.targetSum.left(16))));
    if (report.figureDays.isEmpty())
        printOut(Cli::tr("Evolution figures: none (no dossiers)."));
    else
        printOut(Cli::tr("Evolution figures: equal on %1 month ends from %2 to %3.")
                     .arg(report.figureDays.size())
                     .arg(report.figureDays.first().toString(Qt::ISODate), report.figureDays.last().toString(Qt::ISODate)));
    printOut(Cli::tr("Audit trail: %1 entries, identical; entry %2 records the copy.")
                 .arg(report.auditEntries)
                 .arg(report.copyEntryId));
    printOut(Cli::tr("Copied %1 rows from %2 to %3 and verified them: the same counts, content and figures.")
                 .arg(report.rows)
                 .arg(shownPath(source->path()), shownPath(targetPath)));
    return Success;
}

} // namespace parcours::cli
