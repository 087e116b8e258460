// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection inside the process ([faults]): a full disk in the middle of a large write, a
// migration that fails half-way, pages of the file overwritten, another program holding the
// write lock. Each ends by looking at the file again: both checks clean (or the damage found
// and every write refused), and the data exactly as before the failed operation.
#include "clisupport.h"
#include "faultsupport.h"
#include "interchange/dossiercsv.h"
#include "storage/damage.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace parcours;
using namespace parcours::test;

namespace {

int scalarInt(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

ImportReport importRows(Database &db, const QString &csvPath, int count, int first)
{
    writeFile(csvPath, dossierCsv(count, first));
    return DossierCsv::importFile(db, csvPath, false);
}

std::unique_ptr<Database> reopen(const QString &path)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    auto db = opened.take();
    db->setActor(Actor::system(QStringLiteral("test")));
    return db;
}

void requireClean(const FileState &state)
{
    INFO(state.describe());
    CHECK(state.integrity == QStringLiteral("ok"));
    CHECK(state.foreignKeyProblems == 0);
}

} // namespace

TEST_CASE("A full disk in the middle of a large import leaves the database as it was", "[faults][sqlite]")
{
    TempDatabase t;
    REQUIRE(importRows(*t.db, t.file(QStringLiteral("first.csv")), 200, 0).ok());
    const FileState before = fileState(t.path());
    requireClean(before);
    REQUIRE(before.rows.value(QStringLiteral("dossier")) == 200);

    // The disk "fills up" a few pages into the import: the file may not grow past them.
    // (PRAGMA max_page_count makes SQLite fail exactly as on a full device: SQLITE_FULL.)
    const int pages = scalarInt(*t.db, QStringLiteral("PRAGMA page_count"));
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20)));
    }
    const ImportReport report = importRows(*t.db, t.file(QStringLiteral("large.csv")), 2000, 200);
    REQUIRE_FALSE(report.ok());
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(report.errors.join(QLatin1Char('\n')).contains(QStringLiteral("The disk is full. Nothing was saved")));
    CHECK(report.created == 0);
    CHECK_FALSE(t.db->isDamaged()); // a full disk is not damage: after freeing space, work goes on

    const FileState after = fileState(t.path());
    requireClean(after);
    INFO(after.describe());
    CHECK(after.sameData(before));

    // Space again: the same import now lands whole.
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    }
    REQUIRE(DossierCsv::importFile(*t.db, t.file(QStringLiteral("large.csv")), false).ok());
    t.db.reset();
    const FileState done = fileState(t.path());
    requireClean(done);
    CHECK(done.rows.value(QStringLiteral("dossier")) == 2200);
}

TEST_CASE("A migration that fails half-way leaves the file and its copy intact and says so", "[faults][sqlite]")
{
    TempDatabase t;
    REQUIRE(importRows(*t.db, t.file(QStringLiteral("rows.csv")), 100, 0).ok());
    t.db.reset();
    const FileState before = fileState(t.path());
    requireClean(before);
    const QByteArray bytesBefore = readFile(t.path());

    // The program's own migrations, then a test-only one that changes rows and creates a
    // table before its third statement fails. It exists only in this test's list: the
    // program's list (Database::builtInMigrations) is read from its resources.
    QList<Database::Migration> migrations = Database::builtInMigrations();
    const int broken = Database::latestSchemaVersion() + 1;
    migrations.append({broken, QStringLiteral("%1_broken_for_test.sql").arg(broken, 4, 10, QLatin1Char('0')),
                       QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                      "UPDATE dossier SET officer = 'changed by a broken migration';\n"
                                      "INSERT INTO no_such_table VALUES (1);")});
    auto opened = Database::openWithMigrations(t.path(), {Database::Mode::MustExist, 1000}, migrations);
    REQUIRE_FALSE(opened.ok());
    const QString copy = t.path() + QStringLiteral(".before-schema-%1.sqlite").arg(broken);
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(QStringLiteral("could not be upgraded to schema %1").arg(broken)));
    CHECK(opened.error().contains(migrations.last().name));
    CHECK(opened.error().contains(QStringLiteral("no such table")));
    CHECK(opened.error().contains(QStringLiteral("The file was left as it was")));
    CHECK(opened.error().contains(QDir::toNativeSeparators(copy)));

    const FileState after = fileState(t.path());
    requireClean(after);
    CHECK(after.schemaVersion == before.schemaVersion);
    CHECK(after.sameData(before));
    CHECK_FALSE(after.rows.contains(QStringLiteral("half_done")));
    // The copy from before the upgrade holds the same data and passes its checks.
    REQUIRE(QFile::exists(copy));
    const FileState saved = fileState(copy);
    requireClean(saved);
    CHECK(saved.schemaVersion == before.schemaVersion);
    CHECK(saved.sameData(before));
    (void)bytesBefore;

    // This version of the program still opens the file and works on it.
    auto again = reopen(t.path());
    CHECK(again->schemaVersion() == Database::latestSchemaVersion());
    CHECK(again->check().ok);
}

namespace {

// Overwrites the first `length` bytes of page `page` (1-based) with random bytes from a
// fixed seed: the page header and cell pointers, which SQLite's checks do see. (Random bytes
// inside a row's payload can go unnoticed: SQLite keeps no checksum of a page; see
// docs/data-safety.md.)
void scramblePage(const QString &path, int pageSize, int page, int length, quint32 seed)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QRandomGenerator random(seed);
    QByteArray garbage(length, Qt::Uninitialized);
    for (char &c : garbage)
        c = static_cast<char>(random.bounded(256));
    REQUIRE(f.seek(qint64(page - 1) * pageSize + (page == 1 ? 100 : 0)));
    REQUIRE(f.write(garbage) == length);
}

// A closed file of 600 dossiers whose dossier table has a damaged page.
QString damagedFile(TempDatabase &t, int *rootPage)
{
    REQUIRE(importRows(*t.db, t.file(QStringLiteral("rows.csv")), 600, 0).ok());
    const int pageSize = scalarInt(*t.db, QStringLiteral("PRAGMA page_size"));
    *rootPage = scalarInt(*t.db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'dossier'"));
    t.db.reset(); // the last connection checkpoints the log into the file
    REQUIRE_FALSE(QFile::exists(t.path() + QStringLiteral("-wal")));
    scramblePage(t.path(), pageSize, *rootPage, 48, 20261124);
    return t.path();
}

} // namespace

TEST_CASE("Overwritten pages are found by the check; the database then refuses every write", "[faults][sqlite]")
{
    TempDatabase t;
    int root = 0;
    const QString path = damagedFile(t, &root);
    const QByteArray damaged = readFile(path);

    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    if (!opened.ok()) {
        // Found at open already: the message says to restore.
        CHECK(opened.error().contains(QStringLiteral("Restore the latest backup")));
        CHECK(readFile(path) == damaged);
        return;
    }
    auto db = opened.take();
    db->setActor(Actor::system(QStringLiteral("test")));

    SECTION("the check finds it")
    {
        const Database::CheckReport report = db->check();
        CHECK_FALSE(report.ok);
        REQUIRE_FALSE(report.problems.isEmpty());
        REQUIRE(db->isDamaged());
        CHECK(db->damage().contains(QStringLiteral("is damaged")));
    }
    SECTION("a write that meets the damaged page finds it")
    {
        const ImportReport report = importRows(*db, t.file(QStringLiteral("more.csv")), 50, 5000);
        REQUIRE_FALSE(report.ok());
        CHECK(report.errors.join(QLatin1Char('\n')).contains(QStringLiteral("damaged")));
        REQUIRE(db->isDamaged());
    }

    // From then on nothing is written, whatever the write, with a message that says what to do.
    {
        Transaction tx(db->sql());
        CHECK_FALSE(tx.active());
        CHECK(tx.error().contains(QStringLiteral("Restore the latest backup")));
        CHECK(tx.error().contains(QStringLiteral("nothing was saved")));
    }
    const ImportReport refused = importRows(*db, t.file(QStringLiteral("other.csv")), 5, 9000);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors.join(QLatin1Char('\n')).contains(QStringLiteral("Restore the latest backup")));
    db.reset();
    CHECK(readFile(path) == damaged);
}

TEST_CASE("parcours-cli finds overwritten pages and then writes nothing", "[faults][cli][sqlite]")
{
    if (!CliRunner::available())
        return;
    TempDatabase t;
    int root = 0;
    const QString path = damagedFile(t, &root);
    const QByteArray damaged = readFile(path);
    CliRunner cli;

    const CliOutcome check = cli.onDb(path, {QStringLiteral("check")});
    INFO(check.describe());
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("Integrity:")));
    CHECK(check.err.contains(QStringLiteral("Restore the latest backup")));

    // Another process, which has not run the check, meets the damage while importing.
    writeFile(cli.file(QStringLiteral("more.csv")), dossierCsv(20, 7000));
    const CliOutcome import = cli.onDb(path, {QStringLiteral("import"), QStringLiteral("dossiers"), cli.file(QStringLiteral("more.csv"))});
    INFO(import.describe());
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("damaged")));
    CHECK(readFile(path) == damaged);
}

TEST_CASE("Damage SQLite meets while reading marks only the damaged file", "[faults][sqlite]")
{
    TempDatabase healthy;
    REQUIRE(importRows(*healthy.db, healthy.file(QStringLiteral("rows.csv")), 10, 0).ok());

    TempDatabase t;
    int root = 0;
    const QString path = damagedFile(t, &root);
    auto db = reopen(path);
    const quint64 reportsBefore = Damage::reportsSoFar();
    {
        QSqlQuery q(db->sql()); // a read, as a list or a report would do
        // NOT INDEXED: through the table itself, whose first page was overwritten.
        const bool ran = q.exec(QStringLiteral("SELECT sum(length(reference)) FROM dossier NOT INDEXED")) && q.next();
        CHECK_FALSE(ran);
    }
    CHECK(Damage::reportsSoFar() > reportsBefore);
    {
        Transaction refused(db->sql());
        CHECK_FALSE(refused.active());
        CHECK(refused.error().contains(QStringLiteral("Restore the latest backup")));
        CHECK(db->isDamaged());
        // The other database was checked too (the report did not say which file) and is fine.
        Transaction fine(healthy.db->sql());
        CHECK(fine.active());
        CHECK_FALSE(healthy.db->isDamaged());
    }
}

TEST_CASE("Another program holding the write lock: a clear refusal within the busy timeout", "[faults][sqlite]")
{
    TempDatabase t;
    REQUIRE(importRows(*t.db, t.file(QStringLiteral("rows.csv")), 20, 0).ok());
    t.db.reset();
    auto db = [&] {
        auto opened = Database::open(t.path(), {Database::Mode::MustExist, 400});
        REQUIRE(opened.ok());
        auto d = opened.take();
        d->setActor(Actor::system(QStringLiteral("test")));
        return d;
    }();
    const FileState before = fileState(t.path());

    const auto refusedWhileHeld = [&] {
        QElapsedTimer clock;
        clock.start();
        const ImportReport report = importRows(*db, t.file(QStringLiteral("more.csv")), 5, 100);
        const qint64 waited = clock.elapsed();
        REQUIRE_FALSE(report.ok());
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(report.errors.join(QLatin1Char('\n')).contains(QStringLiteral("being changed by another program")));
        CHECK(waited >= 300); // it waited for the other writer (busy timeout 400 ms)…
        CHECK(waited < 10000); // …and did not hang
        CHECK_FALSE(db->isDamaged());
    };

    SECTION("a second connection in this process")
    {
        const QString name = QStringLiteral("faults-holder");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(t.path());
            REQUIRE(other.open());
            QSqlQuery hold(other);
            REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            refusedWhileHeld();
            REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    SECTION("the sqlite3 program holding BEGIN EXCLUSIVE")
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty()) {
            WARN("the sqlite3 program is not installed (packaging/debian-packages.txt lists it); skipped");
            return;
        }
        QProcess holder;
        holder.start(shell, {t.path()});
        REQUIRE(holder.waitForStarted(10000));
        holder.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
        QByteArray out;
        while (!out.contains("held") && holder.waitForReadyRead(10000))
            out += holder.readAllStandardOutput();
        REQUIRE(out.contains("held"));
        refusedWhileHeld();
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        REQUIRE(holder.waitForFinished(10000));
    }
    const FileState after = fileState(t.path());
    requireClean(after);
    CHECK(after.sameData(before));
    // Released: the same write goes through.
    REQUIRE(DossierCsv::importFile(*db, t.file(QStringLiteral("more.csv")), false).ok());
    CHECK(scalarInt(*db, QStringLiteral("SELECT count(*) FROM dossier")) == 25);
}
