// SPDX-License-Identifier: GPL-3.0-or-later
// The process killed (SIGKILL: no chance to clean up) in the middle of a large import and of
// a migration ([faults]). parcours-cli runs as a child process and is killed at varied moments:
// after increasing delays, and the moment its write-ahead log starts to grow (the commit being
// written). Whatever the moment, the file must then hold exactly the data from before the
// operation or exactly the data after it, and pass both checks.
#include "clisupport.h"
#include "faultsupport.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <csignal>

using namespace parcours;
using namespace parcours::test;

namespace {

enum class Outcome { Before, After, Neither };

struct Kill
{
    bool killed = false; // false: the program had finished before the kill
    qint64 walBytes = 0; // the watched file's size at the kill: past the baseline, a commit was being written
};

// Starts parcours-cli with `arguments` and kills it after `delayMs`, or — delayMs < 0 — as
// soon as `watched` (a -wal file, or the database file itself) grows past `walBaseline` bytes.
Kill runAndKill(const CliRunner &cli, const QStringList &arguments, int delayMs, const QString &watched = {},
                qint64 walBaseline = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), cli.file(QStringLiteral(".")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), cli.file(QStringLiteral("data-home")));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(cli.file(QStringLiteral(".")));
    process.start(qEnvironmentVariable("PARCOURS_CLI"), arguments);
    REQUIRE(process.waitForStarted(30000));
    Kill kill;
    if (delayMs >= 0) {
        process.waitForFinished(delayMs);
    } else {
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && clock.elapsed() < 60000
               && QFileInfo(watched).size() <= walBaseline) {
            QThread::usleep(200);
            process.waitForFinished(0);
        }
    }
    if (process.state() == QProcess::Running) {
        if (!watched.isEmpty())
            kill.walBytes = QFileInfo(watched).size();
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        kill.killed = true;
    }
    if (process.state() != QProcess::NotRunning) // waitForFinished() is false for a process already gone
        REQUIRE(process.waitForFinished(30000));
    return kill;
}

Outcome classify(const FileState &state, const FileState &before, const FileState &after)
{
    if (state.sameData(before))
        return Outcome::Before;
    if (state.sameData(after))
        return Outcome::After;
    return Outcome::Neither;
}

// A database of 100 dossiers kept aside as `base`, then an import of `rows` more run to the
// end once, to know the state after it and how long it takes.
struct ImportRun
{
    QString base;
    FileState before, after;
    QStringList import; // the command line that runs the import again
    qint64 fullMs = 0;
};

ImportRun prepareImport(const CliRunner &cli, int rows)
{
    ImportRun run;
    writeFile(cli.file(QStringLiteral("first.csv")), dossierCsv(100, 0));
    cli.ok({QStringLiteral("import"), QStringLiteral("dossiers"), cli.file(QStringLiteral("first.csv"))});
    run.base = cli.file(QStringLiteral("base.sqlite"));
    copyFile(cli.db(), run.base);
    run.before = fileState(run.base);
    REQUIRE(run.before.integrity == QStringLiteral("ok"));
    const QString csv = cli.file(QStringLiteral("large.csv"));
    writeFile(csv, dossierCsv(rows, 100));
    run.import = {QStringLiteral("--db"), cli.db(), QStringLiteral("import"), QStringLiteral("dossiers"), csv};
    QElapsedTimer clock;
    clock.start();
    cli.ok({QStringLiteral("import"), QStringLiteral("dossiers"), csv});
    run.fullMs = clock.elapsed();
    run.after = fileState(cli.db());
    REQUIRE(run.after.rows.value(QStringLiteral("dossier")) == 100 + rows);
    return run;
}

} // namespace

TEST_CASE("Killed in the middle of a large import: the data from before or the whole import", "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    // 1,500 rows: one transaction of some megabytes of pages (rows, search keys, indexes).
    const ImportRun run = prepareImport(cli, 1500);
    const QString &base = run.base;
    const FileState &before = run.before, &after = run.after;
    const QStringList &import = run.import;
    const qint64 fullMs = run.fullMs;
    REQUIRE_FALSE(after.sameData(before));

    // Kill moments: spread over the run's length, and at the start of the commit's write.
    QList<int> delays;
    for (int i = 0; i < 5; ++i)
        delays << int(fullMs * i / 5);
    delays << -1 << -1;
    int killed = 0, killedInCommit = 0;
    for (const int delay : std::as_const(delays)) {
        copyFile(base, cli.db());
        QFile::remove(cli.db() + QStringLiteral("-wal"));
        QFile::remove(cli.db() + QStringLiteral("-shm"));
        const Kill k = runAndKill(cli, import, delay, cli.db() + QStringLiteral("-wal"), 0);
        killed += k.killed;
        killedInCommit += k.killed && k.walBytes > 0;
        const FileState state = fileState(cli.db());
        INFO("kill after " << delay << " ms (killed: " << k.killed << ", log " << k.walBytes << " bytes): " << state.describe());
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK(state.foreignKeyProblems == 0);
        const Outcome outcome = classify(state, before, after);
        CHECK(outcome != Outcome::Neither);
        if (!k.killed)
            CHECK(outcome == Outcome::After);
        // Opened by Parcours again: it works on, and the import can simply be run again.
        const CliOutcome check = cli.onDb({QStringLiteral("check")});
        CHECK(check.exitCode == 0);
    }
    // The test proves something only if kills did land while the program was working.
    CHECK(killed >= 3);
    INFO("kills that landed while the commit was being written: " << killedInCommit);
    CHECK(killedInCommit >= 1);
}

TEST_CASE("Killed in the middle of an import large enough for the rollback journal: before or the whole import",
          "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    // 20,000 rows (kLargeImportRows): written through a rollback journal (BulkWrite), whose
    // pages reach the file itself only at the commit.
    const ImportRun run = prepareImport(cli, 20000);
    const QString &base = run.base;
    const FileState &before = run.before, &after = run.after;
    const QStringList &import = run.import;
    const qint64 fullMs = run.fullMs;
    CHECK_FALSE(QFileInfo::exists(cli.db() + QStringLiteral("-journal")));

    // Kill moments: spread over the run, and as soon as the commit makes the file grow.
    const qint64 baseSize = QFileInfo(base).size();
    QList<int> delays;
    for (int i = 1; i < 5; ++i)
        delays << int(fullMs * i / 5);
    delays << -1 << -1 << -1;
    int killed = 0, killedInCommit = 0;
    for (const int delay : std::as_const(delays)) {
        copyFile(base, cli.db());
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(cli.db() + QLatin1String(suffix));
        const Kill k = runAndKill(cli, import, delay, cli.db(), baseSize);
        killed += k.killed;
        // Killed while the commit wrote the file, its journal still there: a hot journal, with
        // which the next opening undoes the import. (Past the commit point the journal is gone.)
        const bool journal = QFileInfo::exists(cli.db() + QStringLiteral("-journal"));
        const bool inCommit = k.killed && k.walBytes > baseSize && journal;
        killedInCommit += inCommit;
        const FileState state = fileState(cli.db());
        INFO("kill after " << delay << " ms (killed: " << k.killed << ", file " << k.walBytes << " bytes, journal: " << journal
                           << "): " << state.describe());
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK(state.foreignKeyProblems == 0);
        const Outcome outcome = classify(state, before, after);
        CHECK(outcome != Outcome::Neither);
        if (!k.killed)
            CHECK(outcome == Outcome::After);
        if (inCommit)
            CHECK(outcome == Outcome::Before);
        const CliOutcome check = cli.onDb({QStringLiteral("check")});
        CHECK(check.exitCode == 0);
        // Back in write-ahead mode once Parcours opened it again (the header's read and write
        // versions, bytes 18 and 19, are 2 in WAL mode, 1 otherwise).
        QFile header(cli.db());
        REQUIRE(header.open(QIODevice::ReadOnly));
        CHECK(header.read(20).mid(18) == QByteArray("\x02\x02", 2));
    }
    CHECK(killed >= 3);
    INFO("kills that landed while the commit was being written: " << killedInCommit);
    CHECK(killedInCommit >= 1);
}

namespace {

// A file of schema 3 (before the search index, bulk-import audit, balance and Job Table
// migrations) holding `count` people and dossiers, as an older Parcours left it.
void schema3File(const QString &path, int count)
{
    QList<Database::Migration> upTo3;
    for (const Database::Migration &m : Database::builtInMigrations())
        if (m.version <= 3)
            upTo3 << m;
    REQUIRE(upTo3.size() == 3);
    auto opened = Database::openWithMigrations(path, {Database::Mode::CreateIfMissing, 2000}, upTo3);
    REQUIRE(opened.ok());
    auto db = opened.take();
    Transaction tx(db->sql(), Actor::system(QStringLiteral("older version")));
    REQUIRE(tx.active());
    QSqlQuery person(db->sql());
    QSqlQuery dossier(db->sql());
    REQUIRE(person.prepare(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) "
                                          "VALUES (?, ?, 'Anna', ?, 'anna')")));
    REQUIRE(dossier.prepare(QStringLiteral("INSERT INTO dossier (reference, reference_key, person_id, income_type, opened) "
                                           "VALUES (?, ?, ?, 'leefloon', '2020-01-01')")));
    for (int i = 0; i < count; ++i) {
        person.addBindValue(NationalNumber::make(QDate(1970, 1, 1).addDays(i % 9000), 2 + 2 * (i / 9000)));
        person.addBindValue(QStringLiteral("Peeters%1").arg(i));
        person.addBindValue(QStringLiteral("peeters%1").arg(i));
        REQUIRE(person.exec());
        const qint64 id = person.lastInsertId().toLongLong();
        const QString reference = QStringLiteral("D-OLD-%1").arg(i, 6, 10, QLatin1Char('0'));
        dossier.addBindValue(reference);
        dossier.addBindValue(reference.toLower());
        dossier.addBindValue(id);
        REQUIRE(dossier.exec());
    }
    REQUIRE(tx.commit().ok());
}

} // namespace

TEST_CASE("Killed in the middle of a migration: a consistent file that the next start finishes", "[faults][cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString old = cli.file(QStringLiteral("old.sqlite"));
    schema3File(old, 1200);
    const FileState before = fileState(old);
    REQUIRE(before.schemaVersion == 3);

    // The upgrade run to its end on a copy: what every interrupted upgrade must end up as.
    const QString reference = cli.file(QStringLiteral("reference.sqlite"));
    copyFile(old, reference);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(cli.onDb(reference, {QStringLiteral("init")}).exitCode == 0);
    const qint64 fullMs = clock.elapsed();
    const FileState upgraded = fileState(reference);
    REQUIRE(upgraded.schemaVersion == Database::latestSchemaVersion());

    const QString work = cli.file(QStringLiteral("work.sqlite"));
    const QString copy = work + QStringLiteral(".before-schema-%1.sqlite").arg(Database::latestSchemaVersion());
    int killed = 0, killedMidUpgrade = 0;
    for (int i = 0; i < 5; ++i) {
        const int delay = int(fullMs * i / 5);
        for (const QString &leftover : QStringList{work, work + QStringLiteral("-wal"), work + QStringLiteral("-shm"), copy})
            QFile::remove(leftover);
        copyFile(old, work);
        const Kill k = runAndKill(cli, {QStringLiteral("--db"), work, QStringLiteral("init")}, delay);
        killed += k.killed;
        const FileState state = fileState(work);
        INFO("kill after " << delay << " ms (killed: " << k.killed << "): " << state.describe());
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK(state.foreignKeyProblems == 0);
        // Each migration is one transaction: the file stands at schema 3, at the end, or
        // after one of the migrations in between — never inside one.
        CHECK(state.schemaVersion >= 3);
        CHECK(state.schemaVersion <= Database::latestSchemaVersion());
        if (state.schemaVersion == 3)
            CHECK(state.sameData(before));
        if (state.schemaVersion == Database::latestSchemaVersion())
            CHECK(state.sameData(upgraded));
        killedMidUpgrade += k.killed && state.schemaVersion > 3 && state.schemaVersion < Database::latestSchemaVersion();
        // The copy made before the upgrade is either not there yet or complete.
        if (QFile::exists(copy)) {
            const FileState saved = fileState(copy);
            CHECK(saved.integrity == QStringLiteral("ok"));
            CHECK(saved.sameData(before));
        }
        // The next start finishes the upgrade: the same file as an upgrade never interrupted.
        REQUIRE(cli.onDb(work, {QStringLiteral("init")}).exitCode == 0);
        const FileState finished = fileState(work);
        CHECK(finished.integrity == QStringLiteral("ok"));
        CHECK(finished.sameData(upgraded));
    }
    CHECK(killed >= 3);
    INFO("kills that left the file between two migrations: " << killedMidUpgrade);
}
