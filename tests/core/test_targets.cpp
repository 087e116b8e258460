// SPDX-License-Identifier: GPL-3.0-or-later
// The cells' yearly targets against a hand-built year (2014), in core and through
// `parcours-cli report targets`.
#include "clisupport.h"
#include "domain/nationalnumber.h"
#include "literacy/literacy.h"
#include "registry/registry.h"
#include "targets/targets.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Actor user(const char *name, Role role)
{
    Actor a;
    a.name = QString::fromLatin1(name);
    a.displayName = a.name;
    a.role = role;
    a.kind = Actor::Kind::User;
    return a;
}

// One dossier (opened 2010) with one placement.
qint64 placed(Database &db, int n, Cell cell, const char *start, const char *end = nullptr, const char *closed = nullptr)
{
    Person p;
    p.lastName = QStringLiteral("Target%1").arg(n);
    p.firstName = QStringLiteral("Jo");
    p.birthDate = QDate(1980, 1, 1).addDays(n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 9);
    Dossier dossier;
    dossier.reference = QStringLiteral("T-%1").arg(n);
    dossier.opened = d("2010-01-01");
    if (closed)
        dossier.closed = d(closed);
    auto saved = Registry(db).save(p, dossier);
    REQUIRE(saved.ok());
    Placement pl;
    pl.dossierId = saved.value().dossierId;
    pl.cell = cell;
    pl.start = d(start);
    if (end) {
        pl.end = d(end);
        pl.outcome = Outcome::Other;
    }
    auto added = Trajectory(db).add(pl);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return saved.value().dossierId;
}

// The year 2014, by hand:
// - article 60 contracts started in 2014: 3 (one from 2013 and one from 2015 do not count);
// - studies: on 1 January s1, s2, s6 (3); on 31 December s1, s2, s3, s5 (4): one more;
// - literacy level tests in 2014: 3 (the ones of 31 Dec 2013 and 1 Jan 2015 do not count).
void buildYear(Database &db)
{
    placed(db, 1, Cell::Article60, "2013-11-01", "2014-10-31");
    placed(db, 2, Cell::Article60, "2014-01-01");
    placed(db, 3, Cell::Article60, "2014-06-15", "2015-06-14");
    placed(db, 4, Cell::Article60, "2014-12-31");
    placed(db, 5, Cell::Article60, "2015-01-01");
    placed(db, 11, Cell::Studies, "2013-06-01");
    placed(db, 12, Cell::Studies, "2013-09-01", "2014-12-31");
    placed(db, 13, Cell::Studies, "2014-01-02");
    placed(db, 14, Cell::Studies, "2014-03-01", "2014-06-30");
    placed(db, 15, Cell::Studies, "2014-09-01");
    placed(db, 16, Cell::Studies, "2013-01-01", "2014-05-31");
    placed(db, 17, Cell::Studies, "2014-02-01", "2014-11-30", "2014-11-30");
    const qint64 tested = placed(db, 21, Cell::Literacy, "2013-10-01");
    Literacy literacy(db);
    for (const char *day : {"2013-12-31", "2014-01-01", "2014-07-01", "2014-12-31", "2015-01-01"}) {
        LevelTest t;
        t.dossierId = tested;
        t.date = d(day);
        t.level = LiteracyLevel::Alpha2;
        REQUIRE(literacy.recordTest(t));
    }
    Targets targets(db);
    const auto target = [&targets](Cell cell, TargetMeasure measure, int aim, const QString &note = {}) {
        YearlyTarget t;
        t.year = 2014;
        t.cell = cell;
        t.measure = measure;
        t.target = aim;
        t.note = note;
        auto id = targets.add(t);
        INFO(id.error().toStdString());
        REQUIRE(id);
    };
    target(Cell::Article60, TargetMeasure::PlacementsStarted, 6, QStringLiteral("400 in Molenbeek, scaled"));
    target(Cell::Studies, TargetMeasure::NetChange, 4);
    target(Cell::Literacy, TargetMeasure::LiteracyTests, 4);
    target(Cell::Work, TargetMeasure::PlacementsStarted, 0);
}

} // namespace

TEST_CASE("Targets: the realisation of a hand-built year, whole and to a day within it", "[targets]")
{
    TempDatabase t;
    buildYear(*t.db);
    Targets targets(*t.db);

    auto whole = targets.realisation(2014, d("2015-03-01"));
    REQUIRE(whole);
    REQUIRE(whole->size() == 4);
    // In the order of the cells: literacy, studies, work, article 60.
    const TargetRealisation &tests = whole->at(0);
    CHECK(tests.target.measure == TargetMeasure::LiteracyTests);
    CHECK(tests.realised == 3);
    CHECK(Targets::formatPercent(tests.percent) == QStringLiteral("75.00"));
    const TargetRealisation &studies = whole->at(1);
    CHECK(studies.target.cell == Cell::Studies);
    CHECK(studies.realised == 1);
    CHECK(Targets::formatPercent(studies.percent) == QStringLiteral("25.00"));
    const TargetRealisation &work = whole->at(2);
    CHECK(work.realised == 0);
    CHECK_FALSE(work.percent.has_value());
    const TargetRealisation &article60 = whole->at(3);
    CHECK(article60.target.cell == Cell::Article60);
    CHECK(article60.realised == 3);
    CHECK(Targets::formatPercent(article60.percent) == QStringLiteral("50.00"));
    CHECK(article60.to == d("2014-12-31"));

    // Up to 30 June: article 60 from 1 Jan and 15 Jun; one test; studies s1, s2, s3, s4 (ends
    // that day), s7 against s1, s2, s6 on 1 January.
    auto half = targets.realisation(2014, d("2014-06-30"));
    REQUIRE(half);
    CHECK(half->at(0).realised == 1);
    CHECK(half->at(1).realised == 2);
    CHECK(half->at(3).realised == 2);
    CHECK(half->at(3).to == d("2014-06-30"));

    // Before the year began nothing is realised yet.
    auto before = targets.realisation(2014, d("2013-12-31"));
    REQUIRE(before);
    CHECK(before->at(3).realised == 0);
    CHECK_FALSE(before->at(3).to.isValid());
}

TEST_CASE("Targets: one target per year, cell and measure; literacy tests only for the literacy cell; the manager sets them",
          "[targets]")
{
    TempDatabase t;
    Targets targets(*t.db);
    YearlyTarget a60;
    a60.year = 2014;
    a60.cell = Cell::Article60;
    a60.target = 400;
    const auto id = targets.add(a60);
    REQUIRE(id);
    const auto twice = targets.add(a60);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("2014")));

    YearlyTarget tests = a60;
    tests.measure = TargetMeasure::LiteracyTests;
    const auto wrongCell = targets.add(tests);
    REQUIRE_FALSE(wrongCell);
    CHECK(wrongCell.error().contains(cellLabel(Cell::Article60)));

    YearlyTarget fewer = a60;
    fewer.measure = TargetMeasure::NetChange;
    fewer.cell = Cell::Facilitation;
    fewer.target = -50;
    CHECK(targets.add(fewer)); // a net change may aim lower
    fewer.measure = TargetMeasure::PlacementsStarted;
    CHECK_FALSE(targets.add(fewer));

    t.db->setActor(user("olivier", Role::Officer));
    a60.id = id.value();
    a60.target = 450;
    const auto officer = targets.update(a60);
    REQUIRE_FALSE(officer);
    CHECK(officer.error().contains(QStringLiteral("targets")));
    t.db->setActor(user("manon", Role::Manager));
    REQUIRE(targets.update(a60));
    CHECK(targets.list(2014)->size() == 2);
    CHECK(targets.years()->value(0) == 2014);
    t.db->setActor(user("rita", Role::Reception));
    CHECK_FALSE(targets.list(2014));
}

TEST_CASE("report targets --year Y --format csv prints the targets with their realisation", "[cli][targets]")
{
    if (!parcours::test::CliRunner::available())
        return;
    parcours::test::CliRunner cli;
    {
        auto opened = Database::open(cli.db(), {Database::Mode::CreateIfMissing, 2000});
        REQUIRE(opened.ok());
        opened.value()->setActor(Actor::system(QStringLiteral("test")));
        buildYear(*opened.value());
    }
    const QString csv = cli.ok({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--year"),
                                QStringLiteral("2014"), QStringLiteral("--at"), QStringLiteral("2015-03-01"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral("year,cell,measure,target,realised,percent,from,to,note"));
    CHECK(lines[1] == QStringLiteral("2014,literacy,literacy_tests,4,3,75.00,2014-01-01,2014-12-31,"));
    CHECK(lines[2] == QStringLiteral("2014,studies,net_change,4,1,25.00,2014-01-01,2014-12-31,"));
    CHECK(lines[3] == QStringLiteral("2014,work,placements_started,0,0,,2014-01-01,2014-12-31,"));
    CHECK(lines[4] == QStringLiteral("2014,article60,placements_started,6,3,50.00,2014-01-01,2014-12-31,\"400 in Molenbeek, scaled\""));

    const QString table = cli.ok({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--year"),
                                  QStringLiteral("2014"), QStringLiteral("--at"), QStringLiteral("2015-03-01"),
                                  QStringLiteral("--format"), QStringLiteral("table")});
    CHECK(table.contains(QStringLiteral("50.00")));

    // A year without targets: the header only.
    const QString empty = cli.ok({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--year"), QStringLiteral("2013")});
    CHECK(empty.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1);

    const auto noYear = cli.onDb({QStringLiteral("report"), QStringLiteral("targets")});
    CHECK(noYear.exitCode == 2);
    CHECK(noYear.err.contains(QStringLiteral("--year")));
    const auto badYear = cli.onDb({QStringLiteral("report"), QStringLiteral("targets"), QStringLiteral("--year"), QStringLiteral("14")});
    CHECK(badYear.exitCode == 2);
    const auto help = cli.run({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("report targets")));
    CHECK(help.out.contains(QStringLiteral("net_change")));
}
