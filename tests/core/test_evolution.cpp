// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"
#include "interchange/figurescsv.h"
#include "registry/registry.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "trajectory/evolution.h"
#include "trajectory/evolutioncsv.h"
#include "trajectory/isodate.h"
#include "trajectory/recordedfigures.h"
#include "trajectory/trajectory.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
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

QString testData(const QString &name)
{
    return test::testDataFile(name);
}

qint64 addDossier(Database &db, const QString &reference, const QDate &opened, const QDate &closed = {})
{
    static int people = 0;
    Person p;
    p.lastName = QStringLiteral("Janssens");
    p.firstName = reference;
    p.birthDate = QDate(1960, 1, 1).addDays(++people);
    p.nationalNumber = NationalNumber::make(p.birthDate, 3);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.closed = closed;
    auto saved = Registry(db).save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

void place(Database &db, qint64 dossier, Cell cell, const char *start, const char *end = nullptr)
{
    Placement p;
    p.dossierId = dossier;
    p.cell = cell;
    p.start = d(start);
    p.end = end ? d(end) : QDate();
    auto added = Trajectory(db).add(p);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
}

// Counts in the order dossiers, integrated, health_equity, facilitation … post_article60, spi.
std::vector<int> counts(const Figures &f)
{
    std::vector<int> out = {f.dossiers.value_or(-1), f.integrated.value_or(-1)};
    for (const Cell c : {Cell::HealthEquity, Cell::Facilitation, Cell::Literacy, Cell::Studies, Cell::Work, Cell::Article60,
                         Cell::PostArticle60})
        out.push_back(f.cell(c).value_or(-1));
    out.push_back(f.spi.value_or(-1));
    return out;
}

Figures at(Database &db, const char *day)
{
    auto rows = Evolution::compute(db, {d(day)});
    INFO(rows.error().toStdString());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->first();
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("Fast ISO dates agree with QDate", "[evolution]")
{
    for (const char *text : {"2014-01-31", "2016-02-29", "2000-02-29", "1999-12-31", "2024-03-01"})
        CHECK(isodate::julianDayFromIso(QString::fromLatin1(text)) == d(text).toJulianDay());
    for (const char *bad : {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "2024/01/01", " 2024-01-01",
                            "2024-01-32", "２０２４-01-01", ""})
        CHECK_FALSE(isodate::julianDayFromIso(QString::fromUtf8(bad)));
    CHECK(isodate::julianDayFromNumber(20240131) == d("2024-01-31").toJulianDay());
    CHECK_FALSE(isodate::julianDayFromNumber(20240230));
}

TEST_CASE("Snapshot days step by month, quarter and year ends", "[evolution]")
{
    using S = Evolution::Step;
    const auto months = Evolution::snapshotDays(d("2014-01-31"), d("2014-06-30"), S::Month);
    CHECK(months == QList<QDate>{d("2014-01-31"), d("2014-02-28"), d("2014-03-31"), d("2014-04-30"), d("2014-05-31"), d("2014-06-30")});
    CHECK(Evolution::snapshotDays(d("2016-01-15"), d("2016-03-30"), S::Month) == QList<QDate>{d("2016-01-31"), d("2016-02-29")});
    CHECK(Evolution::snapshotDays(d("2014-01-31"), d("2014-12-31"), S::Quarter)
          == QList<QDate>{d("2014-03-31"), d("2014-06-30"), d("2014-09-30"), d("2014-12-31")});
    CHECK(Evolution::snapshotDays(d("2009-12-31"), d("2013-06-30"), S::Year)
          == QList<QDate>{d("2009-12-31"), d("2010-12-31"), d("2011-12-31"), d("2012-12-31")});
    CHECK(Evolution::snapshotDays(d("2014-01-01"), d("2023-12-31"), S::Month).size() == 120);
    CHECK(Evolution::snapshotDays(d("2014-02-01"), d("2014-01-01"), S::Month).isEmpty());

    SECTION("from the day itself, clamped to shorter months")
    {
        CHECK(Evolution::snapshotDays(d("2014-01-31"), d("2014-04-30"), S::Month, false)
              == QList<QDate>{d("2014-01-31"), d("2014-02-28"), d("2014-03-31"), d("2014-04-30")});
        CHECK(Evolution::snapshotDays(d("2016-01-31"), d("2016-03-01"), S::Month, false) == QList<QDate>{d("2016-01-31"), d("2016-02-29")});
        CHECK(Evolution::snapshotDays(d("2015-11-15"), d("2016-06-01"), S::Quarter, false)
              == QList<QDate>{d("2015-11-15"), d("2016-02-15"), d("2016-05-15")});
        CHECK(Evolution::snapshotDays(d("2012-02-29"), d("2014-03-01"), S::Year, false)
              == QList<QDate>{d("2012-02-29"), d("2013-02-28"), d("2014-02-28")});
    }
    CHECK(Evolution::stepFromCode(u"Quarter") == S::Quarter);
    CHECK_FALSE(Evolution::stepFromCode(u"week"));
}

TEST_CASE("The engine counts a hand-built history as defined", "[evolution]")
{
    Fixture t;
    Database &db = *t.db;
    const qint64 a = addDossier(db, QStringLiteral("A"), d("2020-01-01"));
    place(db, a, Cell::Facilitation, "2020-01-10", "2020-01-20");
    place(db, a, Cell::Literacy, "2020-02-01"); // open
    const qint64 b = addDossier(db, QStringLiteral("B"), d("2020-01-01"), d("2020-06-30"));
    place(db, b, Cell::Work, "2020-03-01", "2020-06-30");
    addDossier(db, QStringLiteral("C"), d("2020-01-05")); // never in a cell
    const qint64 h = addDossier(db, QStringLiteral("H"), d("2020-01-01"));
    place(db, h, Cell::HealthEquity, "2020-01-15");
    addDossier(db, QStringLiteral("LATE"), d("2021-01-01"));

    //                                        dos int he fac lit stu wrk a60 p60 spi
    CHECK(counts(at(db, "2020-01-04")) == std::vector<int>{3, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK(counts(at(db, "2020-01-09")) == std::vector<int>{4, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    CHECK(counts(at(db, "2020-01-10")) == std::vector<int>{4, 1, 0, 1, 0, 0, 0, 0, 0, 1}); // start day counts
    CHECK(counts(at(db, "2020-01-15")) == std::vector<int>{4, 2, 1, 1, 0, 0, 0, 0, 0, 1}); // health: integrated, not SPI
    CHECK(counts(at(db, "2020-01-20")) == std::vector<int>{4, 2, 1, 1, 0, 0, 0, 0, 0, 1}); // end day counts
    CHECK(counts(at(db, "2020-01-21")) == std::vector<int>{4, 1, 1, 0, 0, 0, 0, 0, 0, 0}); // the day after does not
    CHECK(counts(at(db, "2020-06-30")) == std::vector<int>{4, 3, 1, 0, 1, 0, 1, 0, 0, 2}); // closing day counts
    CHECK(counts(at(db, "2020-07-01")) == std::vector<int>{3, 2, 1, 0, 1, 0, 0, 0, 0, 1}); // closed: gone
    CHECK(counts(at(db, "2025-12-31")) == std::vector<int>{4, 2, 1, 0, 1, 0, 0, 0, 0, 1}); // open end runs on

    const Figures june = at(db, "2020-06-30");
    CHECK(june.source == Figures::Source::Computed);
    CHECK(june.integratedPct() == 75.0);
    CHECK(june.spiPct() == 50.0);

    SECTION("several days at once, in any order, each once")
    {
        auto rows = Evolution::compute(db, {d("2020-07-01"), d("2020-01-10"), d("2020-07-01"), d("2020-01-04")});
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 3);
        CHECK(rows->at(0).date == d("2020-01-04"));
        CHECK(counts(rows->at(1)) == counts(at(db, "2020-01-10")));
        CHECK(counts(rows->at(2)) == counts(at(db, "2020-07-01")));
        CHECK_FALSE(Evolution::compute(db, {QDate()}).ok());
        // Days centuries apart take the engine's other path (no day table).
        auto wide = Evolution::compute(db, {d("1800-01-01"), d("2020-06-30"), d("2020-07-01"), d("2500-01-01")});
        REQUIRE(wide.ok());
        CHECK(counts(wide->at(0)) == std::vector<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        CHECK(counts(wide->at(1)) == counts(at(db, "2020-06-30")));
        CHECK(counts(wide->at(2)) == counts(at(db, "2020-07-01")));
        CHECK(counts(wide->at(3)) == std::vector<int>{4, 2, 1, 0, 1, 0, 0, 0, 0, 1});
        CHECK(Evolution::compute(db, {})->isEmpty());
    }
    SECTION("a placement reaching outside its dossier counts only inside it")
    {
        // The register may shorten a dossier without asking the trajectory (Registry::save).
        Registry reg(db);
        Dossier shortened = *reg.dossier(a);
        shortened.closed = d("2020-03-31");
        REQUIRE(reg.save(*reg.person(shortened.personId), shortened).ok());
        CHECK(counts(at(db, "2020-03-31")) == std::vector<int>{4, 3, 1, 0, 1, 0, 1, 0, 0, 2});
        CHECK(counts(at(db, "2020-04-01")) == std::vector<int>{3, 2, 1, 0, 0, 0, 1, 0, 0, 1});
    }
    SECTION("drilling down names the dossiers behind a count")
    {
        const auto refs = [&](const char *day, FigureColumn column) {
            QStringList out;
            auto rows = Evolution::drillDown(db, d(day), column);
            REQUIRE(rows.ok());
            for (const auto &r : rows.value())
                out << r.reference;
            return out;
        };
        CHECK(refs("2020-06-30", FigureColumn::Dossiers) == strings({"A", "B", "C", "H"}));
        CHECK(refs("2020-06-30", FigureColumn::Integrated) == strings({"A", "B", "H"}));
        CHECK(refs("2020-06-30", FigureColumn::Spi) == strings({"A", "B"}));
        CHECK(refs("2020-06-30", FigureColumn::Work) == strings({"B"}));
        CHECK(refs("2020-07-01", FigureColumn::Work).isEmpty());
        CHECK(refs("2020-01-15", FigureColumn::HealthEquity) == strings({"H"}));
        CHECK(Evolution::drillDown(db, d("2020-01-15"), FigureColumn::HealthEquity)->first().lastName == QStringLiteral("Janssens"));
    }
}

TEST_CASE("The engine agrees with one COUNT query set per date on a random history", "[evolution]")
{
    Fixture t;
    Database &db = *t.db;
    QRandomGenerator random(20240611);
    const QDate origin = d("2015-01-01");
    constexpr int kDays = 3 * 365;
    {
        // Written straight to the tables: the engine must count what is stored, whatever
        // wrote it; overlaps are avoided as the rules would, stays may exceed their dossier.
        Transaction tx(db.sql());
        REQUIRE(tx.active());
        QSqlQuery person(db.sql()), dossier(db.sql()), placement(db.sql());
        REQUIRE(person.prepare(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) "
                                              "VALUES (?, 'Maes', 'Jo', 'maes', 'jo')")
                               + dialect::returningId(db.sql())));
        REQUIRE(dossier.prepare(QStringLiteral("INSERT INTO dossier (reference, reference_key, person_id, income_type, opened, "
                                               "closed) VALUES (?, ?, ?, 'leefloon', ?, ?)")
                                + dialect::returningId(db.sql())));
        REQUIRE(placement.prepare(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date, end_date) VALUES (?,?,?,?)")));
        for (int i = 0; i < 400; ++i) {
            person.addBindValue(NationalNumber::make(QDate(1970, 1, 1).addDays(i), 5));
            REQUIRE(person.exec());
            const qint64 personId = dialect::insertedId(person);
            const QDate opened = origin.addDays(random.bounded(kDays));
            const bool closes = random.bounded(2) == 0;
            const QDate closed = closes ? opened.addDays(random.bounded(400)) : QDate();
            const QString reference = QStringLiteral("R%1").arg(i, 4, 10, QLatin1Char('0'));
            for (const QVariant &v : {QVariant(reference), QVariant(reference.toLower()), QVariant(personId),
                                      QVariant(opened.toString(Qt::ISODate)),
                                      closes ? QVariant(closed.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))})
                dossier.addBindValue(v);
            REQUIRE(dossier.exec());
            const qint64 id = dialect::insertedId(dossier);
            QDate next = opened.addDays(random.bounded(-30, 60));
            for (int k = random.bounded(5); k > 0; --k) {
                const bool open = k == 1 && random.bounded(3) == 0;
                const QDate end = next.addDays(random.bounded(200));
                placement.addBindValue(id);
                placement.addBindValue(cellCode(kAllCells[size_t(random.bounded(kCellCount))]));
                placement.addBindValue(next.toString(Qt::ISODate));
                placement.addBindValue(open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(end.toString(Qt::ISODate)));
                REQUIRE(placement.exec());
                next = end.addDays(1 + random.bounded(3) * random.bounded(40)); // often the very next day
            }
        }
        REQUIRE(tx.commit().ok());
    }

    QList<QDate> days = Evolution::snapshotDays(origin.addDays(-40), origin.addDays(kDays + 400), Evolution::Step::Month);
    for (int i = 0; i < 60; ++i)
        days << origin.addDays(random.bounded(kDays + 300));
    auto fast = Evolution::compute(db, days);
    auto slow = Evolution::computeByQueries(db, days);
    REQUIRE(fast.ok());
    REQUIRE(slow.ok());
    REQUIRE(fast->size() == slow->size());
    int busy = 0;
    for (qsizetype i = 0; i < fast->size(); ++i) {
        INFO(fast->at(i).date.toString(Qt::ISODate).toStdString());
        CHECK(fast->at(i).date == slow->at(i).date);
        CHECK(counts(fast->at(i)) == counts(slow->at(i)));
        busy += fast->at(i).integrated.value_or(0) > 0 ? 1 : 0;
    }
    CHECK(busy > fast->size() / 2); // the history is not trivially empty

    // The click-through agrees with the counts.
    const Figures &sample = fast->at(fast->size() / 2);
    for (const FigureColumn column : {FigureColumn::Dossiers, FigureColumn::Integrated, FigureColumn::Spi, FigureColumn::Work})
        CHECK(Evolution::drillDown(db, sample.date, column)->size() == sample.count(column).value());
}

TEST_CASE("Percentages are rounded half up to two decimals and written with a dot", "[evolution]")
{
    CHECK(formatPercent(*Figures::percentage(1082, 5131)) == QStringLiteral("21.09"));
    CHECK(formatPercent(*Figures::percentage(3858, 5453)) == QStringLiteral("70.75"));
    CHECK(formatPercent(*Figures::percentage(1, 8)) == QStringLiteral("12.50")); // 12.5 exactly
    CHECK(formatPercent(*Figures::percentage(1, 800)) == QStringLiteral("0.13"));  // 0.125: half up
    CHECK(formatPercent(*Figures::percentage(0, 10)) == QStringLiteral("0.00"));
    CHECK(formatPercent(*Figures::percentage(7, 7)) == QStringLiteral("100.00"));
    CHECK_FALSE(Figures::percentage(std::nullopt, 10));
    CHECK_FALSE(Figures::percentage(3, 0));
}

TEST_CASE("The seed's table, imported as recorded figures, prints back exactly", "[evolution]")
{
    Fixture t;
    const auto report = FiguresCsv::importFile(*t.db, testData(QStringLiteral("seed-evolution-figures.csv")));
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(report.created == 5);

    auto recorded = RecordedFigures(*t.db).load();
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 5);
    const Figures &first = recorded->first();
    CHECK(first.source == Figures::Source::Recorded);
    CHECK_FALSE(first.cell(Cell::HealthEquity)); // not determined: not zero
    CHECK_FALSE(first.cell(Cell::PostArticle60));
    CHECK(first.spi == 1082);
    CHECK(recorded->at(3).integrated == 3815); // as published, though not health_equity + SPI

    const QByteArray expected =
        "date,source,dossiers,integrated,integrated_pct,health_equity,facilitation,literacy,studies,work,article60,post_article60,spi,spi_pct\n"
        "2009-12-31,recorded,5131,1082,21.09,,208,81,300,192,301,,1082,21.09\n"
        "2010-12-31,recorded,5640,3355,59.49,350,1005,682,707,314,297,,3005,53.28\n"
        "2011-12-31,recorded,5840,3879,66.42,453,616,1083,1085,640,332,,3756,64.32\n"
        "2012-12-31,recorded,5419,3815,70.40,418,1078,947,877,495,325,,3722,68.68\n"
        "2013-06-30,recorded,5453,3858,70.75,461,1056,865,1076,400,332,,3729,68.38\n";
    CHECK(EvolutionCsv::format(*recorded).toStdString() == expected.toStdString());

    SECTION("importing it again changes nothing")
    {
        const auto again = FiguresCsv::importFile(*t.db, testData(QStringLiteral("seed-evolution-figures.csv")));
        REQUIRE(again.ok());
        CHECK(again.unchanged == 5);
        CHECK(again.created + again.updated == 0);
    }
    SECTION("ranges and single days")
    {
        CHECK(RecordedFigures(*t.db).load(d("2010-01-01"), d("2012-12-31"))->size() == 3);
        CHECK(RecordedFigures(*t.db).at(d("2013-06-30"))->dossiers == 5453);
        CHECK_FALSE(RecordedFigures(*t.db).at(d("2013-06-29")));
        REQUIRE(RecordedFigures(*t.db).remove(d("2013-06-30")).ok());
        CHECK(RecordedFigures(*t.db).load()->size() == 4);
    }
}

TEST_CASE("Computed rows print with every column", "[evolution]")
{
    Fixture t;
    const qint64 a = addDossier(*t.db, QStringLiteral("A"), d("2020-01-01"));
    addDossier(*t.db, QStringLiteral("B"), d("2020-01-01"));
    addDossier(*t.db, QStringLiteral("C"), d("2020-01-01"));
    place(*t.db, a, Cell::PostArticle60, "2020-01-01");
    auto rows = Evolution::compute(*t.db, {d("2020-12-31"), d("2019-12-31")});
    REQUIRE(rows.ok());
    CHECK(EvolutionCsv::format(*rows).toStdString()
          == "date,source,dossiers,integrated,integrated_pct,health_equity,facilitation,literacy,studies,work,article60,post_article60,spi,spi_pct\n"
             "2019-12-31,computed,0,0,,0,0,0,0,0,0,0,0,\n"
             "2020-12-31,computed,3,1,33.33,0,0,0,0,0,0,1,1,33.33\n");
}
