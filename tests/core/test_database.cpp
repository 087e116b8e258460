// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

int scalarInt(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void addPerson(Database &db, const QString &number, const QString &last)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) VALUES (?,?,?,?,?)"));
    q.addBindValue(number);
    q.addBindValue(last);
    q.addBindValue(QStringLiteral("Anna"));
    q.addBindValue(last.toLower());
    q.addBindValue(QStringLiteral("anna"));
    REQUIRE(q.exec());
}

// A database made by Parcours, closed again: only its file remains.
QString closedDatabase(TempDatabase &t, int people = 0)
{
    for (int i = 0; i < people; ++i)
        addPerson(*t.db, QStringLiteral("850730%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Peeters%1").arg(i));
    t.db.reset();
    return t.path();
}

} // namespace

TEST_CASE("A new database goes through every migration", "[database][sqlite]")
{
    TempDatabase t;
    CHECK(t.db->wasCreated());
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(scalarInt(*t.db, QStringLiteral("PRAGMA application_id")) == Database::kApplicationId);
    CHECK(scalarInt(*t.db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalarInt(*t.db, QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(t.db->check().ok);
#ifdef Q_OS_UNIX
    // People's data: the file is readable by its owner only.
    const auto perms = QFileInfo(t.path()).permissions();
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
#endif
}

TEST_CASE("Reopening an existing database keeps its data and does not migrate again", "[database]")
{
    TempDatabase t;
    const QString path = closedDatabase(t, 3);
    auto again = Database::open(path, {Database::Mode::MustExist, 1000});
    REQUIRE(again.ok());
    CHECK_FALSE(again.value()->wasCreated());
    CHECK(again.value()->preMigrationCopy().isEmpty());
    CHECK(scalarInt(*again.value(), QStringLiteral("SELECT count(*) FROM person")) == 3);
}

TEST_CASE("A remembered file that vanished is refused, never recreated", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.sqlite"));
    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Files that are not Parcours databases are refused unchanged", "[database][sqlite]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        writeBytes(path, QByteArray("reference;name\nD-1;Peeters\n").repeated(20));
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path, {Database::Mode::CreateIfMissing, 1000});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("not a Parcours database")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeBytes(path, QByteArray());
        auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("empty")));
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = 1234")));
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileBytes(path);
        auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("another program")));
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("A truncated database is refused", "[database][sqlite]")
{
    TempDatabase t;
    const QString path = closedDatabase(t, 2000);
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 8192);
    bytes.truncate(bytes.size() / 2);
    writeBytes(path, bytes);
    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("A database of a newer schema is refused unchanged", "[database][sqlite]")
{
    TempDatabase t;
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
    }
    const QString path = closedDatabase(t);
    const QByteArray before = fileBytes(path);
    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("newer version")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Migrations run in order, each in one transaction, after a copy of the old file", "[database][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    QList<Database::Migration> v1 = {{1, QStringLiteral("0001_a.sql"), QStringLiteral("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);")}};
    {
        auto opened = Database::openWithMigrations(path, {Database::Mode::CreateIfMissing, 1000}, v1);
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == 1);
        CHECK(opened.value()->preMigrationCopy().isEmpty()); // nothing to protect in a new file
    }

    SECTION("a migration that fails half-way leaves the file as it was and says so")
    {
        auto broken = v1;
        broken.append({2, QStringLiteral("0002_broken.sql"),
                       QStringLiteral("CREATE TABLE b (y INTEGER);\nINSERT INTO a VALUES (2);\nINSERT INTO no_such_table VALUES (3);")});
        auto opened = Database::openWithMigrations(path, {Database::Mode::MustExist, 1000}, broken);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("0002_broken.sql")));
        CHECK(opened.error().contains(QStringLiteral("left as it was")));
        const QString copy = path + QStringLiteral(".before-schema-2.sqlite");
        CHECK(opened.error().contains(QFileInfo(copy).fileName()));
        CHECK(QFile::exists(copy));

        auto reopened = Database::openWithMigrations(path, {Database::Mode::MustExist, 1000}, v1);
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->schemaVersion() == 1);
        CHECK(scalarInt(*reopened.value(), QStringLiteral("SELECT count(*) FROM a")) == 1);
        QSqlQuery q(reopened.value()->sql());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM b")));
    }
    SECTION("a good migration upgrades and keeps a copy from before")
    {
        auto good = v1;
        good.append({2, QStringLiteral("0002_b.sql"), QStringLiteral(
            "CREATE TABLE b (y INTEGER);\n"
            "CREATE TRIGGER a_guard BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no'); END;\n"
            "INSERT INTO b VALUES (7);")});
        auto opened = Database::openWithMigrations(path, {Database::Mode::MustExist, 1000}, good);
        REQUIRE(opened.ok());
        CHECK(opened.value()->schemaVersion() == 2);
        CHECK(scalarInt(*opened.value(), QStringLiteral("SELECT y FROM b")) == 7);
        QSqlQuery q(opened.value()->sql());
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM a"))); // the trigger came in whole
        REQUIRE(QFile::exists(opened.value()->preMigrationCopy()));
        auto copy = Database::openWithMigrations(opened.value()->preMigrationCopy(), {Database::Mode::MustExist, 1000}, v1);
        REQUIRE(copy.ok());
        CHECK(copy.value()->schemaVersion() == 1);
    }
}

TEST_CASE("The SQL splitter keeps triggers whole and drops comments", "[database]")
{
    const QStringList parts = splitSqlStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE t (x TEXT DEFAULT 'a;b');\n"
        "CREATE TRIGGER g AFTER INSERT ON t BEGIN UPDATE t SET x = 'y'; DELETE FROM t WHERE 0; END;\nSELECT 1"));
    REQUIRE(parts.size() == 3);
    CHECK(parts[0] == QStringLiteral("CREATE TABLE t (x TEXT DEFAULT 'a;b')"));
    CHECK(parts[1].endsWith(QStringLiteral("END")));
    CHECK(parts[2] == QStringLiteral("SELECT 1"));
}

TEST_CASE("A backup is a complete, verified copy and leaves no partial file on failure", "[database][backup][sqlite]")
{
    TempDatabase t;
    for (int i = 0; i < 50; ++i)
        addPerson(*t.db, QStringLiteral("900101%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("Janssens%1").arg(i));

    const QString out = t.file(QStringLiteral("backup.sqlite"));
    REQUIRE(t.db->backupTo(out).ok());
    {
        auto copy = Database::open(out, {Database::Mode::MustExist, 1000});
        REQUIRE(copy.ok());
        CHECK(scalarInt(*copy.value(), QStringLiteral("SELECT count(*) FROM person")) == 50);
        CHECK(copy.value()->check().ok);
    }

    SECTION("an existing backup of that name is replaced only by a complete one")
    {
        addPerson(*t.db, QStringLiteral("90010199999"), QStringLiteral("Late"));
        REQUIRE(t.db->backupTo(out).ok());
        auto copy = Database::open(out, {Database::Mode::MustExist, 1000});
        REQUIRE(copy.ok());
        CHECK(scalarInt(*copy.value(), QStringLiteral("SELECT count(*) FROM person")) == 51);
    }
    SECTION("a folder that does not exist")
    {
        const Status s = t.db->backupTo(t.file(QStringLiteral("nowhere/backup.sqlite")));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("does not exist")));
    }
    SECTION("a target that cannot be replaced: nothing left behind")
    {
        const QString blocked = t.file(QStringLiteral("taken"));
        REQUIRE(QDir().mkpath(blocked + QStringLiteral("/inside")));
        const Status s = t.db->backupTo(blocked);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("Nothing was left behind")));
        CHECK(QFileInfo(blocked + QStringLiteral("/inside")).isDir());
        CHECK(QDir(t.dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());
    }
#ifdef Q_OS_UNIX
    SECTION("a read-only folder: nothing left behind, the old backup untouched")
    {
        const QByteArray before = fileBytes(out);
        QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(t.dir.path()).isWritable()) {
            QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            WARN("running as root: a read-only folder cannot be simulated here");
            return;
        }
        const Status s = t.db->backupTo(out);
        QFile::setPermissions(t.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        REQUIRE_FALSE(s.ok());
        CHECK(fileBytes(out) == before);
        CHECK(QDir(t.dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files | QDir::Hidden).isEmpty());
    }
#endif
}

TEST_CASE("check reports broken references", "[database][sqlite]")
{
    TempDatabase t;
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO dossier (reference, reference_key, person_id, income_type, opened) "
                                  "VALUES ('D-1', 'd1', 999, 'leefloon', '2020-01-01')")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const auto report = t.db->check();
    CHECK_FALSE(report.ok);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(QStringLiteral("dossier")));
}

TEST_CASE("A database held by another writer is refused within the busy timeout", "[database][sqlite]")
{
    TempDatabase t;
    // Another connection (as another program would) takes the write lock and keeps it.
    Transaction holder(t.db->sql());
    REQUIRE(holder.active());
    auto opened = Database::open(t.path(), {Database::Mode::MustExist, 300});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("locked")));
    holder.rollback();
    auto after = Database::open(t.path(), {Database::Mode::MustExist, 300});
    CHECK(after.ok());
}
