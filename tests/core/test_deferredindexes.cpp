// SPDX-License-Identifier: GPL-3.0-or-later
// Indexes built once after a large import (storage/deferredindexes.h): they come back exactly
// as the schema has them, hold every row, and a refused import leaves them untouched.
#include "demo/demogenerator.h"
#include "interchange/dossiercsv.h"
#include "interchange/placementcsv.h"
#include "storage/deferredindexes.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

// Every index of the schema with its statement, "name: sql".
QStringList indexes(Database &db)
{
    QStringList all;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")));
    while (q.next())
        all << q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
    return all;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// Every trigger of the schema with its statement, "name: sql", by name.
QStringList triggers(Database &db)
{
    QStringList all;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")));
    while (q.next())
        all << q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString();
    return all;
}

bool hasTrigger(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt() == 1;
}

bool hasIndex(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"));
    q.addBindValue(name);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt() == 1;
}

} // namespace

TEST_CASE("An import into an empty register rebuilds its indexes exactly as the schema has them",
          "[import][storage][deferredindexes][sqlite]")
{
    TempDatabase source;
    DemoGenerator::Options options;
    options.dossiers = 200;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*source.db, options).ok());
    const QString dossiers = source.file(QStringLiteral("dossiers.csv"));
    const QString placements = source.file(QStringLiteral("placements.csv"));
    REQUIRE(DossierCsv::exportFile(*source.db, dossiers).ok());
    REQUIRE(PlacementCsv::exportFile(*source.db, placements).ok());

    TempDatabase t;
    const QStringList before = indexes(*t.db);
    const QStringList triggersBefore = triggers(*t.db);
    REQUIRE(before.filter(QStringLiteral("placement_day")).size() == 1);
    const auto d = DossierCsv::importFile(*t.db, dossiers, false);
    INFO(d.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(d.ok());
    const auto p = PlacementCsv::importFile(*t.db, placements, false);
    INFO(p.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(p.ok());
    REQUIRE(p.created > 500);

    CHECK(indexes(*t.db) == before);
    CHECK(triggers(*t.db) == triggersBefore); // the insert triggers the import dropped are back, word for word
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok")); // every index holds every row
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA temp_store")).toInt() == 2); // back to MEMORY (Database::open)
    // The caseload of a day reads placement_day alone (schema 0015: cell 3 = work, the end as
    // a yyyymmdd number): same answer as from the table, and as the dates themselves say.
    const QString day = QStringLiteral("SELECT count(*) FROM placement %1 WHERE span_key / 10000000000000000 * 100000000 "
                                       "+ span_key % 100000000 BETWEEN 320240101 AND 399999999 "
                                       "AND span_key / 100000000 % 100000000 <= 20240101");
    const int byDates = scalar(*t.db, QStringLiteral("SELECT count(*) FROM placement WHERE cell = 'work' AND "
                                                     "COALESCE(end_date, '9999-12-31') >= '2024-01-01' AND start_date <= '2024-01-01'"))
                            .toInt();
    CHECK(scalar(*t.db, day.arg(QStringLiteral("INDEXED BY placement_day"))).toInt() == byDates);
    CHECK(scalar(*t.db, day.arg(QStringLiteral("NOT INDEXED"))).toInt() == byDates);
    CHECK(byDates > 0);
}

TEST_CASE("Indexes are deferred only for more rows than the table holds, and a rollback brings them back",
          "[storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 40;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    const QStringList before = indexes(*t.db);
    const qint64 stored = scalar(*t.db, QStringLiteral("SELECT count(*) FROM placement")).toLongLong();
    REQUIRE(stored > 0);
    {
        Transaction tx(t.db->sql());
        REQUIRE(tx.active());
        DeferredIndexes few(t.db->sql(), QStringLiteral("placement"), {QStringLiteral("placement_day")}, stored / 2);
        CHECK_FALSE(few.deferred());
        CHECK(hasIndex(*t.db, QStringLiteral("placement_day")));
        DeferredIndexes many(t.db->sql(), QStringLiteral("placement"),
                             {QStringLiteral("placement_day"), QStringLiteral("no_such_index")}, stored);
        CHECK(many.error().isEmpty());
        CHECK(many.deferred());
        CHECK_FALSE(hasIndex(*t.db, QStringLiteral("placement_day")));
        // no restore(): the import failed, the guard rolls back
    }
    CHECK(indexes(*t.db) == before);
    {
        Transaction tx(t.db->sql());
        REQUIRE(tx.active());
        DeferredIndexes many(t.db->sql(), QStringLiteral("placement"),
                             {QStringLiteral("placement_day"), QStringLiteral("placement_health_equity")}, 10 * stored);
        REQUIRE(many.deferred());
        REQUIRE(many.restore().ok());
        CHECK_FALSE(many.deferred());
        REQUIRE(tx.commit().ok());
    }
    CHECK(indexes(*t.db) == before);
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("An unfinished read on the connection does not stop an import; the indexes then stay",
          "[import][storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 30;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    const qint64 stored = scalar(*t.db, QStringLiteral("SELECT count(*) FROM placement")).toLongLong();
    QSqlQuery reading(t.db->sql()); // a list reading lazily keeps its cursor open
    reading.setForwardOnly(true);
    REQUIRE(reading.exec(QStringLiteral("SELECT id FROM placement")));
    REQUIRE(reading.next());
    Transaction tx(t.db->sql());
    REQUIRE(tx.active());
    DeferredIndexes many(t.db->sql(), QStringLiteral("placement"), {QStringLiteral("placement_day")}, 10 * stored);
    CHECK(many.error().isEmpty());
    CHECK_FALSE(many.deferred());
    CHECK(hasIndex(*t.db, QStringLiteral("placement_day")));
    CHECK(many.restore().ok());
}

TEST_CASE("FileSorting sorts through temporary files while alive, then gives the setting back", "[storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    REQUIRE(scalar(*t.db, QStringLiteral("PRAGMA temp_store")).toInt() == 2);
    {
        Transaction tx(t.db->sql()); // inside a transaction, as in the imports
        REQUIRE(tx.active());
        const FileSorting sorting(t.db->sql());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA temp_store")).toInt() == 1);
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA temp_store")).toInt() == 2);
}

TEST_CASE("LargeCache enlarges the page cache while alive, then gives the setting back", "[storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    const qint64 before = scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong();
    REQUIRE(before != -256 * 1024);
    {
        Transaction tx(t.db->sql()); // inside a transaction, as in the imports
        REQUIRE(tx.active());
        const LargeCache cache(t.db->sql(), 256);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == -256 * 1024);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == before);
    {
        const LargeCache none(t.db->sql(), 0); // a small import: nothing changes
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == before);
    }
}

TEST_CASE("FileSorting sorts in short runs under a LargeCache, then gives the cache back", "[storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    Transaction tx(t.db->sql());
    REQUIRE(tx.active());
    const LargeCache cache(t.db->sql(), 256);
    {
        const FileSorting sorting(t.db->sql());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == -2000);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA temp_store")).toInt() == 1);
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA cache_size")).toLongLong() == -256 * 1024);
}

TEST_CASE("Insert triggers are dropped only inside a bulk import, and come back on restore or rollback",
          "[import][storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    const QStringList before = triggers(*t.db);
    const QStringList names = {QStringLiteral("person_audit_insert"), QStringLiteral("person_audit_update"),
                               QStringLiteral("no_such_trigger")};
    {
        Transaction tx(t.db->sql()); // an ordinary write: every trigger must fire
        REQUIRE(tx.active());
        DeferredTriggers none(t.db->sql(), names);
        CHECK(none.error().isEmpty());
        CHECK_FALSE(none.deferred());
        CHECK(hasTrigger(*t.db, QStringLiteral("person_audit_insert")));
    }
    {
        Transaction tx(t.db->sql(), Transaction::Audit::BulkImport);
        REQUIRE(tx.active());
        DeferredTriggers bulk(t.db->sql(), names);
        CHECK(bulk.error().isEmpty());
        CHECK(bulk.deferred());
        CHECK_FALSE(hasTrigger(*t.db, QStringLiteral("person_audit_insert")));
        CHECK(hasTrigger(*t.db, QStringLiteral("person_audit_update"))); // does not skip bulk imports: stays
        // no restore(): the import failed, the guard rolls back
    }
    CHECK(triggers(*t.db) == before);
    {
        Transaction tx(t.db->sql(), Transaction::Audit::BulkImport);
        REQUIRE(tx.active());
        DeferredTriggers bulk(t.db->sql(), names);
        REQUIRE(bulk.deferred());
        REQUIRE(bulk.restore().ok());
        CHECK_FALSE(bulk.deferred());
        CHECK(triggers(*t.db) == before);
    }

    // After a real import, a person created by hand is audited row by row again.
    const QString file = t.file(QStringLiteral("dossiers.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed\n"
              "D-1,85073003328,Peeters,Jan,1985-07-30,M,nl,leefloon,2024-01-02,\n");
    csv.close();
    const auto imported = DossierCsv::importFile(*t.db, file, false);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.created == 1);
    CHECK(triggers(*t.db) == before);
    {
        Transaction tx(t.db->sql());
        REQUIRE(tx.active());
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) "
                                      "VALUES ('90022500186', 'Janssens', 'Tom', 'janssens', 'tom')")));
        REQUIRE(tx.commit().ok());
    }
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN person p ON p.id = a.entity_id "
                                       "WHERE a.action = 'create' AND a.entity = 'person' AND p.national_number = '90022500186'"))
              .toInt() == 1);
}

TEST_CASE("BulkWrite writes through a rollback journal without SQLite's key look-ups while alive, then gives both back",
          "[storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    REQUIRE(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    REQUIRE(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    {
        const BulkWrite bulk(t.db->sql(), true);
        CHECK(bulk.journalled());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 0);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 1);
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 0);
    {
        const BulkWrite small(t.db->sql(), false); // a small import: nothing changes
        CHECK_FALSE(small.journalled());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    }
    {
        Transaction tx(t.db->sql()); // inside a transaction SQLite changes neither
        REQUIRE(tx.active());
        const BulkWrite late(t.db->sql(), true);
        CHECK_FALSE(late.journalled());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 0);
    }
    {
        // Another connection has the file open (the desktop program, say): SQLite keeps the
        // log, and the guard leaves it.
        auto other = Database::open(t.path(), {Database::Mode::MustExist, 1000});
        REQUIRE(other);
        const BulkWrite shared(t.db->sql(), true);
        CHECK_FALSE(shared.journalled());
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 0);
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

namespace {

// `count` dossiers (references R00001 …) straight into the register, three placements each
// in a CSV of export order: 3 × count rows.
QString largePlacementFile(TempDatabase &t, int count)
{
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    for (int i = 1; i <= count; ++i) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO person (id, national_number, last_name, first_name, last_key, first_key) "
                                      "VALUES (%1, '%2', 'Dubois', 'Lea', 'dubois', 'lea')")
                           .arg(i)
                           .arg(i, 11, 10, QLatin1Char('0'))));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO dossier (id, reference, reference_key, person_id, income_type, opened) "
                                      "VALUES (%1, 'R%2', 'r%2', %1, 'leefloon', '2015-01-01')")
                           .arg(i)
                           .arg(i, 5, 10, QLatin1Char('0'))));
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    QByteArray csv = "dossier,cell,start,end,officer,outcome\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray ref = QByteArray("R") + QByteArray::number(i).rightJustified(5, '0');
        csv += ref + ",facilitation,2015-02-01,2015-05-31,Els Peeters,moved_cell\n";
        csv += ref + ",literacy,2015-06-01,2015-12-31,Els Peeters,training_completed\n";
        csv += ref + ",work,2016-01-01,,Karim Benali,\n";
    }
    const QString file = t.file(QStringLiteral("large.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    return file;
}

} // namespace

TEST_CASE("A large import writes through a rollback journal, then the file is back in WAL mode with its keys checked",
          "[import][storage][deferredindexes][sqlite]")
{
    TempDatabase t;
    const QString file = largePlacementFile(t, 7000); // 21,000 rows: a large import (kLargeImportRows)
    const QStringList before = indexes(*t.db);

    SECTION("a refused write in the middle leaves nothing, and the modes come back")
    {
        test::refuseInserts(*t.db, QStringLiteral("refuse_late"), QStringLiteral("placement"),
                            QStringLiteral("NEW.dossier_id = 6500"), QStringLiteral("the disk is full"));
        const auto refused = PlacementCsv::importFile(*t.db, file, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errors.join(QLatin1Char('\n')).contains(QStringLiteral("the disk is full")));
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM placement")).toInt() == 0);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }
    SECTION("the rows go in, through a rollback journal")
    {
        QStringList modes; // journal_mode, foreign_keys and ignore_check_constraints, as the import writes
        const auto report = PlacementCsv::importFile(*t.db, file, false, [&](int done, int total) {
            if (done > total / 2 && modes.isEmpty()) // writing
                modes << scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString()
                      << scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toString()
                      << scalar(*t.db, QStringLiteral("PRAGMA ignore_check_constraints")).toString();
        });
        INFO(report.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(report.ok());
        CHECK(report.created == 21000);
        CHECK(modes == QStringList{QStringLiteral("delete"), QStringLiteral("0"), QStringLiteral("1")});
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM placement")).toInt() == 21000);
        CHECK(scalar(*t.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    }
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(indexes(*t.db) == before);
    // The keys and the values are checked again: a placement of a dossier that does not exist,
    // or in a cell that does not exist, is refused.
    QSqlQuery q(t.db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date) VALUES (99999, 'work', '2020-01-01')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date) VALUES (1, 'jobs', '2020-01-01')")));
    CHECK(q.exec(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date) VALUES (1, 'work', '2020-01-01')")));
}
