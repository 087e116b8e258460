// SPDX-License-Identifier: GPL-3.0-or-later
// Copying a centre's database to another one (a file to a server and back): every row with
// its id, the audit trail as it was, the same figures; refusals that change nothing.
#include "demo/demogenerator.h"
#include "security/actor.h"
#include "storage/databasecopy.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "trajectory/evolution.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;
using parcours::test::TestServer;
using parcours::test::testServer;

namespace {

void fillDemo(Database &db, int dossiers = 120)
{
    DemoGenerator::Options o;
    o.dossiers = dossiers;
    o.seed = 7;
    o.until = QDate(2024, 12, 31);
    const Status s = DemoGenerator::generate(db, o);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every copied table's name → "rows:checksum".
QMap<QString, QString> fingerprint(const QSqlDatabase &db)
{
    QMap<QString, QString> all;
    auto tables = DatabaseCopy::tables(db);
    INFO(tables.error().toStdString());
    REQUIRE(tables.ok());
    for (const DatabaseCopy::Table &t : tables.value()) {
        auto check = DatabaseCopy::checksum(db, t);
        REQUIRE(check.ok());
        all.insert(t.name, QString::number(check.value().sourceRows) + QLatin1Char(':')
                               + QString::fromLatin1(check.value().sourceSum));
    }
    return all;
}

// The audit trail up to entry `upTo` as text, one entry a line.
QStringList trail(const QSqlDatabase &db, qint64 upTo)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT id, at, actor, actor_kind, action, entity, entity_id, person_id, details "
                                  "FROM audit_log WHERE id <= %1 ORDER BY id").arg(upTo)));
    QStringList lines;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i)
            fields << (q.isNull(i) ? QStringLiteral("∅") : q.value(i).toString());
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

std::unique_ptr<Database> openFile(const QString &path, Database::Mode mode = Database::Mode::CreateIfMissing)
{
    auto opened = Database::open(path, {mode, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    auto db = opened.take();
    db->setActor(Actor::system(QStringLiteral("test")));
    return db;
}

QList<Figures> figures(Database &db)
{
    auto computed = Evolution::compute(db, Evolution::snapshotDays(QDate(2014, 1, 1), QDate(2024, 12, 31), Evolution::Step::Month));
    REQUIRE(computed.ok());
    return computed.value();
}

// The target's audit triggers still work after a copy: a new person is recorded, with a new id.
void checkTargetWorks(Database &db)
{
    const qint64 maxPerson = scalar(db.sql(), QStringLiteral("SELECT max(id) FROM person"));
    const qint64 entries = scalar(db.sql(), QStringLiteral("SELECT count(*) FROM audit_log"));
    Transaction tx(db.sql());
    REQUIRE(tx.active());
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) "
                                  "VALUES ('85073100309', 'Nieuw', 'Anna', 'nieuw', 'anna')")));
    REQUIRE(tx.commit().ok());
    CHECK(scalar(db.sql(), QStringLiteral("SELECT id FROM person WHERE last_name = 'Nieuw'")) == maxPerson + 1);
    CHECK(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 1);
}

} // namespace

TEST_CASE("A copy carries every row with its id, the audit trail as it was and the same figures", "[copy]")
{
    TempDatabase source;
    fillDemo(*source.db);
    TempDatabase target;
    const auto before = fingerprint(source.db->sql());
    const qint64 sourceEntries = scalar(source.db->sql(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 sourceMaxEntry = scalar(source.db->sql(), QStringLiteral("SELECT max(id) FROM audit_log"));
    REQUIRE(sourceEntries > 1000);

    QList<DatabaseCopy::Phase> phases;
    DatabaseCopy::Options options;
    options.progress = [&](DatabaseCopy::Phase phase, qint64, qint64) { phases << phase; };
    auto copied = DatabaseCopy::copy(*source.db, *target.db, options);
    INFO(copied.error().toStdString());
    REQUIRE(copied.ok());
    const auto &report = copied.value();
    CHECK(phases.contains(DatabaseCopy::Phase::Copying));
    CHECK(phases.contains(DatabaseCopy::Phase::Verifying));
    CHECK(report.auditEntries == sourceEntries);
    CHECK(report.figureDays.size() > 100);
    for (const auto &t : report.tables) {
        INFO(t.table.toStdString());
        CHECK(t.equal());
    }

    // The source did not change; the target holds the same rows, the trail plus one entry.
    CHECK(fingerprint(source.db->sql()) == before);
    auto after = fingerprint(target.db->sql());
    CHECK(after.take(QStringLiteral("audit_log")) != before.value(QStringLiteral("audit_log")));
    auto expected = before;
    expected.remove(QStringLiteral("audit_log"));
    CHECK(after == expected);
    CHECK(trail(target.db->sql(), sourceMaxEntry) == trail(source.db->sql(), sourceMaxEntry));
    QSqlQuery last(target.db->sql());
    REQUIRE(last.exec(QStringLiteral("SELECT id, action, entity, details FROM audit_log WHERE id > %1").arg(sourceMaxEntry)));
    REQUIRE(last.next());
    CHECK(last.value(0).toLongLong() == report.copyEntryId);
    CHECK(last.value(1).toString() == QLatin1String("copy"));
    CHECK(last.value(2).toString() == QLatin1String("database"));
    CHECK(last.value(3).toString().contains(source.db->path()));
    CHECK_FALSE(last.next());

    CHECK(figures(*target.db).size() == figures(*source.db).size());
    const auto a = figures(*source.db);
    const auto b = figures(*target.db);
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).dossiers == b.at(i).dossiers);
        CHECK(a.at(i).spi == b.at(i).spi);
    }
    checkTargetWorks(*target.db);
}

TEST_CASE("A copy is refused into a database that holds data, into itself, and changes nothing", "[copy]")
{
    TempDatabase source;
    fillDemo(*source.db, 40);
    TempDatabase full;
    fillDemo(*full.db, 30);
    const auto before = fingerprint(full.db->sql());

    auto refused = DatabaseCopy::copy(*source.db, *full.db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("not empty")));
    CHECK(refused.error().contains(QLatin1String("person")));
    CHECK(fingerprint(full.db->sql()) == before);

    auto itself = DatabaseCopy::copy(*source.db, *source.db);
    REQUIRE_FALSE(itself.ok());
    CHECK(itself.error().contains(QLatin1String("same database")));
}

TEST_CASE("A difference found by the verification rolls the whole copy back", "[copy]")
{
    TempDatabase source;
    fillDemo(*source.db, 40);
    TempDatabase target;
    const auto empty = fingerprint(target.db->sql());
    DatabaseCopy::Options options;
    options.beforeVerifying = [](QSqlDatabase db) {
        QSqlQuery q(db);
        // search_token: a table without audit triggers, so that only the one change differs.
        REQUIRE(q.exec(QStringLiteral("UPDATE search_token SET last_key = 'changed on the way' WHERE dossier_id = 3")));
        REQUIRE(q.numRowsAffected() > 0);
    };
    auto copied = DatabaseCopy::copy(*source.db, *target.db, options);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().contains(QLatin1String("table search_token differs")));
    CHECK(copied.error().contains(QLatin1String("rolled back")));
    CHECK(fingerprint(target.db->sql()) == empty);
    // And the target can still take the copy (its triggers were put back by the rollback).
    auto again = DatabaseCopy::copy(*source.db, *target.db);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    checkTargetWorks(*target.db);
}

TEST_CASE("A row the target refuses half-way leaves the target empty, with its triggers", "[copy][sqlite]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("from.sqlite"));
    const QString to = dir.filePath(QStringLiteral("to.sqlite"));
    auto source = openFile(from);
    fillDemo(*source);
    {
        // A placement of a dossier that does not exist, written past the foreign keys (as a
        // damaged file could hold one): the last row of the placements the copy writes.
        QSqlQuery q(source->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO placement (id, dossier_id, cell, start_date) "
                                      "VALUES (99999999, 99999999, 'work', '2020-01-01')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    auto target = openFile(to);
    const auto empty = fingerprint(target->sql());
    const qint64 triggers = scalar(target->sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"));
    auto copied = DatabaseCopy::copy(*source, *target);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().contains(QLatin1String("placement")));
    CHECK(copied.error().contains(QLatin1String("Nothing was written to the target")));
    CHECK(fingerprint(target->sql()) == empty);
    CHECK(scalar(target->sql(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")) == triggers);
}

TEST_CASE("A source of an older schema is refused, not upgraded", "[copy][sqlite]")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    auto migrations = Database::builtInMigrations();
    migrations.removeLast();
    const int olderVersion = migrations.last().version;
    {
        auto opened = Database::openWithMigrations(old, {Database::Mode::CreateIfMissing, 2000}, migrations);
        REQUIRE(opened.ok());
    }
    Database::Options readOnly{Database::Mode::MustExist, 2000};
    readOnly.leaveUnchanged = true;
    auto refused = Database::open(old, readOnly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("older schema")));
    CHECK(refused.error().contains(QString::number(olderVersion)));

    // Opened the ordinary way (which upgrades it) it is a database like any other, and a copy
    // between two different versions is refused by the copy itself too.
    auto current = openFile(dir.filePath(QStringLiteral("current.sqlite")));
    auto older = Database::openWithMigrations(old, {Database::Mode::MustExist, 2000}, migrations);
    REQUIRE(older.ok());
    auto olderDb = older.take();
    olderDb->setActor(Actor::system(QStringLiteral("test")));
    CHECK(olderDb->schemaVersion() == olderVersion);
    auto mismatch = DatabaseCopy::copy(*olderDb, *current);
    REQUIRE_FALSE(mismatch.ok());
    CHECK(mismatch.error().contains(QStringLiteral("schema %1").arg(olderVersion)));
    CHECK(mismatch.error().contains(QStringLiteral("schema %1").arg(Database::latestSchemaVersion())));
}

TEST_CASE("A file copied to a server and back is the same file with its audit trail", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    QTemporaryDir dir;
    auto file = openFile(dir.filePath(QStringLiteral("centre.sqlite")));
    fillDemo(*file, 150);
    const auto original = fingerprint(file->sql());
    const qint64 lastEntry = scalar(file->sql(), QStringLiteral("SELECT max(id) FROM audit_log"));

    const QString name = TestServer::instance().createEmpty();
    {
        auto server = openFile(TestServer::instance().url(name));
        auto up = DatabaseCopy::copy(*file, *server);
        INFO(up.error().toStdString());
        REQUIRE(up.ok());
        auto onServer = fingerprint(server->sql());
        onServer.remove(QStringLiteral("audit_log"));
        auto expected = original;
        expected.remove(QStringLiteral("audit_log"));
        CHECK(onServer == expected);
        CHECK(trail(server->sql(), lastEntry) == trail(file->sql(), lastEntry));

        // A second copy into the now full server database is refused.
        auto again = DatabaseCopy::copy(*file, *server);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QLatin1String("not empty")));

        auto back = openFile(dir.filePath(QStringLiteral("back.sqlite")));
        auto down = DatabaseCopy::copy(*server, *back);
        INFO(down.error().toStdString());
        REQUIRE(down.ok());
        auto returned = fingerprint(back->sql());
        returned.remove(QStringLiteral("audit_log"));
        CHECK(returned == expected);
        CHECK(trail(back->sql(), lastEntry) == trail(file->sql(), lastEntry));
        CHECK(scalar(back->sql(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'copy'")) == 2);
        checkTargetWorks(*server);
        checkTargetWorks(*back);
    }
    TestServer::instance().drop(name);
}

TEST_CASE("On a server a copy by a role that does not own the tables is refused and writes nothing", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    QTemporaryDir dir;
    auto file = openFile(dir.filePath(QStringLiteral("centre.sqlite")));
    fillDemo(*file, 20);
    const QString name = TestServer::instance().create(); // set up by the test role, which owns its tables
    QSqlQuery admin(QSqlDatabase::database(QStringLiteral("parcours-test-server")));
    admin.exec(QStringLiteral("DROP ROLE IF EXISTS parcours_clerk"));
    // The same password as the test role's, so that PARCOURS_DB_PASSWORD serves both.
    REQUIRE(admin.exec(QStringLiteral("CREATE ROLE parcours_clerk LOGIN PASSWORD '%1'")
                           .arg(qEnvironmentVariable("PARCOURS_DB_PASSWORD").replace(QLatin1Char('\''), QLatin1String("''")))));
    {
        auto owner = openFile(TestServer::instance().url(name), Database::Mode::MustExist);
        QSqlQuery grant(owner->sql());
        REQUIRE(grant.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO parcours_clerk")));
        REQUIRE(grant.exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO parcours_clerk")));
    }
    {
        QUrl url(TestServer::instance().url(name));
        url.setUserName(QStringLiteral("parcours_clerk"));
        auto clerk = openFile(url.toString(), Database::Mode::MustExist);
        auto refused = DatabaseCopy::copy(*file, *clerk);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QLatin1String("owner")));
        CHECK(refused.error().contains(QLatin1String("Nothing was written")));
        CHECK(scalar(clerk->sql(), QStringLiteral("SELECT count(*) FROM person")) == 0);
        CHECK(scalar(clerk->sql(), QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
    }
    TestServer::instance().drop(name);
    CHECK(admin.exec(QStringLiteral("DROP ROLE parcours_clerk")));
}
