// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"
#include "interchange/figurescsv.h"
#include "interchange/placementcsv.h"
#include "registry/registry.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "testsupport.h"
#include "trajectory/recordedfigures.h"
#include "trajectory/trajectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

// A migrated database whose actor may do everything (a System actor).
using Fixture = TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString fixture(const char *name)
{
    return test::testDataFile(QStringLiteral("placements/") + QString::fromLatin1(name));
}

// The three dossiers the fixtures refer to (see tests/data/placements/README.md).
struct Register
{
    qint64 d1 = 0, d2 = 0, d3 = 0;
    explicit Register(Database &db)
    {
        d1 = add(db, "D-0001", d("2020-01-01"), {}, 1);
        d2 = add(db, "D-0002", d("2020-01-01"), d("2020-12-31"), 2);
        d3 = add(db, "D-0003", d("2021-01-01"), {}, 3);
    }
    static qint64 add(Database &db, const char *reference, const QDate &opened, const QDate &closed, int n)
    {
        Person p;
        p.lastName = QStringLiteral("Lambert");
        p.firstName = QStringLiteral("Noor");
        p.birthDate = QDate(1990, 5, n);
        p.nationalNumber = NationalNumber::make(p.birthDate, 20);
        Dossier dossier;
        dossier.reference = QString::fromLatin1(reference);
        dossier.opened = opened;
        dossier.closed = closed;
        auto saved = Registry(db).save(p, dossier);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        return saved.value().dossierId;
    }
};

int placementRows(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM placement")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void write(const QString &path, const char *text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

std::string joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

QStringList expect(const QString &file, std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *line : lines)
        out << QDir::toNativeSeparators(file) + QLatin1Char(':') + QString::fromUtf8(line);
    return out;
}

} // namespace

TEST_CASE("A placement file is imported whole, and again changes nothing", "[placementcsv]")
{
    Fixture t;
    Register reg(*t.db);
    const QString good = fixture("good.csv");

    SECTION("a dry run counts and writes nothing")
    {
        const auto dry = PlacementCsv::importFile(*t.db, good, true);
        INFO(joined(dry.errors));
        REQUIRE(dry.ok());
        CHECK(dry.rows == 5);
        CHECK(dry.created == 5);
        CHECK(placementRows(*t.db) == 0);
    }

    QList<int> progress;
    const auto report = PlacementCsv::importFile(*t.db, good, false, [&](int done, int total) {
        progress << done;
        CHECK(done <= total);
    });
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.created == 5);
    CHECK(report.warnings.isEmpty());
    CHECK(progress.last() == 10);

    Trajectory trajectory(*t.db);
    const QList<Placement> list = trajectory.placements(reg.d1);
    REQUIRE(list.size() == 3);
    CHECK(list[0].cell == Cell::Facilitation);
    CHECK(list[0].officer == QStringLiteral("Els Peeters"));
    CHECK(list[0].reason == QStringLiteral("new beneficiary"));
    CHECK(list[1].outcome == Outcome::TrainingCompleted);
    CHECK(list[1].outcomeDetail == QStringLiteral("attest A2"));
    CHECK(list[1].note == QStringLiteral("evening course, Molenbeek"));
    CHECK(list[2].isOpen());
    CHECK_FALSE(list[2].outcome);
    CHECK(trajectory.placements(reg.d3).first().cell == Cell::HealthEquity);

    SECTION("re-importing the same file changes nothing")
    {
        const auto again = PlacementCsv::importFile(*t.db, good, false);
        INFO(joined(again.errors));
        REQUIRE(again.ok());
        CHECK(again.unchanged == 5);
        CHECK(again.created + again.updated == 0);
        CHECK(placementRows(*t.db) == 5);
    }
    SECTION("a changed row updates its placement; absent optional columns keep what is stored")
    {
        const QString changed = t.file(QStringLiteral("changed.csv"));
        write(changed, "cell,dossier,start,end,officer,outcome\n"
                       "work,D-0001,2020-10-01,2021-03-31,Karim Benali,job\n"
                       "literacy,D-0001,2020-04-01,2020-09-30,Karim Benali,training_completed\n");
        const auto update = PlacementCsv::importFile(*t.db, changed, false);
        INFO(joined(update.errors));
        REQUIRE(update.ok());
        CHECK(update.updated == 1);
        CHECK(update.unchanged == 1);
        const auto after = trajectory.placements(reg.d1);
        CHECK(after[2].end == d("2021-03-31"));
        CHECK(after[2].outcome == Outcome::Job);
        CHECK(after[1].note == QStringLiteral("evening course, Molenbeek"));
    }
    SECTION("rows overlapping stored placements are refused with the stored dates")
    {
        const QString file = fixture("overlap-stored.csv");
        const auto refused = PlacementCsv::importFile(*t.db, file, false);
        CHECK(refused.errors
              == expect(file, {"2: the placement Work from 2021-06-01 to 2021-12-31 overlaps the placement Health / equity "
                               "from 2021-01-15 (open) already recorded for dossier D-0003: a dossier is in one cell at a time.",
                               "3: the placement Studies and training from 2020-09-01 to 2020-12-31 overlaps the placement "
                               "Literacy from 2020-04-01 to 2020-09-30 already recorded for dossier D-0001: a dossier is in "
                               "one cell at a time."}));
        CHECK(placementRows(*t.db) == 5);
    }
    SECTION("an export imports back unchanged")
    {
        const QString exported = t.file(QStringLiteral("export.csv"));
        REQUIRE(PlacementCsv::exportFile(*t.db, exported).ok());
        const auto back = PlacementCsv::importFile(*t.db, exported, false);
        INFO(joined(back.errors));
        REQUIRE(back.ok());
        CHECK(back.unchanged == 5);
    }
}

TEST_CASE("Bad placement files are refused whole, each bad row named", "[placementcsv]")
{
    Fixture t;
    Register reg(*t.db);
    const auto refused = [&](const char *name) {
        const auto report = PlacementCsv::importFile(*t.db, fixture(name), false);
        CHECK_FALSE(report.ok());
        CHECK(report.created + report.updated + report.unchanged == 0);
        CHECK(placementRows(*t.db) == 0);
        return report.errors;
    };

    const QString unknown = fixture("bad-unknown-dossier.csv");
    CHECK(refused("bad-unknown-dossier.csv") == expect(unknown, {"3: dossier \"D-9999\": no dossier has this reference."}));

    const QString cell = fixture("bad-cell.csv");
    CHECK(refused("bad-cell.csv")
          == expect(cell, {"3: cell \"article 60\": must be one of facilitation, literacy, studies, work, article60, "
                           "post_article60, health_equity.",
                           "4: outcome \"hired\": must be empty or one of job, training_completed, moved_cell, dropped_out, "
                           "sanction, moved_away, income_ended, other."}));

    const QString overlap = fixture("bad-overlap.csv");
    CHECK(refused("bad-overlap.csv")
          == expect(overlap, {"3: the placement Literacy from 2020-03-31 to 2020-09-30 overlaps the placement Project "
                              "facilitation from 2020-01-06 to 2020-03-31 on line 2: a dossier is in one cell at a time.",
                              "6: the same placement (dossier, cell and start) is already on line 5."}));

    const QString date = fixture("bad-date.csv");
    CHECK(refused("bad-date.csv")
          == expect(date, {"2: start \"31/03/2020\": is not a date of the form YYYY-MM-DD.",
                           "3: end \"2020-02-30\": is not a date of the form YYYY-MM-DD.",
                           "4: end \"2021-02-28\": the placement cannot end before it starts (2021-03-01)."}));

    const QString outside = fixture("bad-outside.csv");
    CHECK(refused("bad-outside.csv")
          == expect(outside, {"2: end \"\": The dossier D-0002 closed on 2020-12-31: the placement Article 60 from 2020-02-01 "
                              "(open) must end on or before that day.",
                              "3: start \"2020-12-01\": The placement Studies and training from 2020-12-01 to 2021-06-30 "
                              "starts before the dossier D-0003 opened on 2021-01-01.",
                              "4: outcome \"job\": an open placement (no end) has no outcome yet."}));

    SECTION("a missing column, a short row")
    {
        const QString file = t.file(QStringLiteral("short.csv"));
        write(file, "dossier,cell,start,end,officer\nD-0001,work,2020-01-01,,x\n");
        const auto missing = PlacementCsv::importFile(*t.db, file, false);
        CHECK(missing.errors == QStringList{QDir::toNativeSeparators(file)
                                            + QStringLiteral(": the required column \"outcome\" is missing from the header.")});
        write(file, "dossier,cell,start,end,officer,outcome\nD-0001,work,2020-01-01\n");
        const auto shortRow = PlacementCsv::importFile(*t.db, file, false);
        REQUIRE(shortRow.errors.size() == 1);
        CHECK(shortRow.errors.first().startsWith(QDir::toNativeSeparators(file) + QStringLiteral(":2: the row has 3 fields")));
    }
}

TEST_CASE("Bad figure files are refused whole", "[placementcsv]")
{
    Fixture t;
    const QString file = t.file(QStringLiteral("figures.csv"));
    const QString shown = QDir::toNativeSeparators(file);
    write(file, "date,dossiers,integrated,health_equity,facilitation,literacy,studies,work,article60,post_article60\n"
                "2009-12-31,5131,1082,,208,81,300,192,301,\n"
                "2010-12-31,\"5.640\",3355,350,1005,682,707,314,297,\n"
                "31/12/2011,5840,3879,453,616,1083,1085,640,332,\n"
                "2009-12-31,5131,1082,,208,81,300,192,301,\n");
    const auto report = FiguresCsv::importFile(*t.db, file);
    CHECK(report.errors
          == QStringList{shown + QStringLiteral(":3: dossiers \"5.640\": must be a whole number written with digits only (no "
                                                "thousands separator), or empty when not determined."),
                         shown + QStringLiteral(":4: date \"31/12/2011\": is not a date of the form YYYY-MM-DD."),
                         shown + QStringLiteral(":5: date \"2009-12-31\": the same date is already on line 2.")});
    CHECK(RecordedFigures(*t.db).load()->isEmpty());

    write(file, "date,dossiers,integrated\n2009-12-31,5131,1082\n");
    const auto missing = FiguresCsv::importFile(*t.db, file);
    CHECK(missing.errors.size() == 7); // health_equity … post_article60
    CHECK(RecordedFigures(*t.db).load()->isEmpty());
}

TEST_CASE("A large placement file goes in whole and exports back identically", "[placementcsv]")
{
    Fixture t;
    {
        // 120 dossiers straight into the register tables (the import only reads them).
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        for (int i = 1; i <= 120; ++i) {
            REQUIRE(q.exec(QStringLiteral("INSERT INTO person (id, national_number, last_name, first_name, last_key, first_key) "
                                          "VALUES (%1, '%2', 'Dubois', 'Lea', 'dubois', 'lea')")
                               .arg(i)
                               .arg(NationalNumber::make(QDate(1980, 1, 1).addDays(i), 8))));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO dossier (id, reference, reference_key, person_id, income_type, opened) "
                                          "VALUES (%1, 'R%2', 'r%2', %1, 'leefloon', '2015-01-01')")
                               .arg(i)
                               .arg(i, 3, 10, QLatin1Char('0'))));
        }
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    // Rows in export order (reference, start), with every combination of empty fields.
    QByteArray csv = "dossier,cell,start,end,officer,outcome,outcome_detail,reason,note\n";
    int rows = 0;
    for (int i = 1; i <= 120; ++i) {
        const QByteArray ref = QByteArray("R") + QByteArray::number(i).rightJustified(3, '0');
        const QByteArray officer = i % 7 == 0 ? QByteArray() : QByteArray("Officer ") + QByteArray::number(i % 5);
        csv += ref + ",facilitation,2015-02-01,2015-05-31," + officer + ",moved_cell,,new," + (i % 3 ? "" : "\"a note, with a comma\"") + "\n";
        csv += ref + ",literacy,2015-06-01,2015-12-31," + officer + (i % 2 ? ",training_completed,attest A2," : ",,,") + (i % 4 ? "" : "level test") + ",\n";
        csv += ref + ",work,2016-01-01," + (i % 5 ? "" : "2016-12-31") + "," + officer + "," + (i % 5 ? "" : "job") + "," + (i % 10 ? "" : "permanent") + ",,\n";
        rows += 3;
    }
    const QString file = t.file(QStringLiteral("large.csv"));
    write(file, csv.constData());
    const auto report = PlacementCsv::importFile(*t.db, file, false);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.created == rows);
    CHECK(placementRows(*t.db) == rows);

    const QString exported = t.file(QStringLiteral("export.csv"));
    REQUIRE(PlacementCsv::exportFile(*t.db, exported).ok());
    QFile back(exported);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(back.readAll().toStdString() == csv.toStdString());
}

TEST_CASE("Imports need the ImportData permission", "[placementcsv]")
{
    Fixture t;
    Register reg(*t.db);
    Actor officer;
    officer.name = QStringLiteral("karim");
    officer.role = Role::Officer;
    t.db->setActor(officer);
    const auto placements = PlacementCsv::importFile(*t.db, fixture("good.csv"), false);
    REQUIRE(placements.errors.size() == 1);
    CHECK(placements.errors.first().endsWith(Permissions::require(officer, Permission::ImportData).error()));
    CHECK(placementRows(*t.db) == 0);
    CHECK_FALSE(PlacementCsv::exportFile(*t.db, t.file(QStringLiteral("out.csv"))).ok());

    Actor admin = officer;
    admin.role = Role::Administrator; // imports, but does not work in the register
    t.db->setActor(admin);
    const auto imported = PlacementCsv::importFile(*t.db, fixture("good.csv"), false);
    INFO(joined(imported.errors));
    CHECK(imported.created == 5);
    const QString seed = QFileInfo(fixture("good.csv")).dir().filePath(QStringLiteral("../seed-evolution-figures.csv"));
    CHECK(FiguresCsv::importFile(*t.db, seed).created == 5);
    CHECK(FiguresCsv::importFile(*t.db, seed).unchanged == 5); // it may read what it replaces
}

TEST_CASE("Placement fields are stored as a person reads them: spaces, case and accents", "[placementcsv]")
{
    Fixture t;
    Register reg(*t.db);
    const QString file = t.file(QStringLiteral("spaces.csv"));
    // Quoted fields keep their spaces in the file; a no-break space (U+00A0, as spreadsheets
    // paste it) or an ideographic space (U+3000) around a value counts as a space; codes in
    // another case are the same codes; an officer's inner spaces become one; a note keeps its own.
    write(file, "dossier,cell,start,end,officer,outcome,outcome_detail,reason,note\n"
                "\" D-0001 \",\" WORK \",\" 2020-02-01\",\"2020-03-31 \",\"  René   Dubois \",\" Job \","
                "\"\xC2\xA0" "CDI\xC2\xA0\",Zoë,\"two  spaces\xE3\x80\x80\"\n"
                "\xC2\xA0" "D-0001,Literacy,2020-04-01,,\"Els\xC2\xA0\xC2\xA0Peeters\",,,\"\xE2\x80\x83\",\xC3\xA9t\xC3\xA9\n");
    const auto report = PlacementCsv::importFile(*t.db, file, false);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    CHECK(report.created == 2);
    const QList<Placement> list = Trajectory(*t.db).placements(reg.d1);
    REQUIRE(list.size() == 2);
    CHECK(list[0].cell == Cell::Work);
    CHECK(list[0].start == d("2020-02-01"));
    CHECK(list[0].end == d("2020-03-31"));
    CHECK(list[0].officer == QStringLiteral("René Dubois"));
    CHECK(list[0].outcome == Outcome::Job);
    CHECK(list[0].outcomeDetail == QStringLiteral("CDI"));
    CHECK(list[0].reason == QStringLiteral("Zoë"));
    CHECK(list[0].note == QStringLiteral("two  spaces"));
    CHECK(list[1].cell == Cell::Literacy);
    CHECK(list[1].isOpen());
    CHECK(list[1].officer == QStringLiteral("Els Peeters"));
    CHECK(list[1].reason.isEmpty()); // an em space alone is nothing
    CHECK(list[1].note == QStringLiteral("été"));

    SECTION("the same rows again change nothing")
    {
        const auto again = PlacementCsv::importFile(*t.db, file, false);
        INFO(joined(again.errors));
        CHECK(again.unchanged == 2);
        CHECK(again.created + again.updated == 0);
    }
    SECTION("a refused row quotes the value as it reads, without the spaces")
    {
        write(file, "dossier,cell,start,end,officer,outcome\n"
                    "\"\xC2\xA0" "D-0042 \",work,2020-02-01,,,\n");
        const auto refused = PlacementCsv::importFile(*t.db, file, false);
        CHECK(refused.errors == expect(file, {"2: dossier \"D-0042\": no dossier has this reference."}));
    }
}
