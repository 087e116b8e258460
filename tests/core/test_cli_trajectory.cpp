// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real parcours-cli (PARCOURS_CLI, set by ctest) on the trajectory commands:
// import placements, import figures, evolution, demo.
#include "clisupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {

QString fixture(const QString &relative)
{
    return parcours::test::testDataFile(relative);
}

using Outcome = parcours::test::CliOutcome;

class CliRunner : public parcours::test::CliRunner
{
public:
    // The four dossiers of tests/data/cli/dossiers.csv, and with `placements` their trajectories.
    void register_(bool placements) const
    {
        init();
        ok({QStringLiteral("import"), QStringLiteral("dossiers"), fixture(QStringLiteral("cli/dossiers.csv"))});
        if (placements)
            ok({QStringLiteral("import"), QStringLiteral("placements"), fixture(QStringLiteral("cli/placements.csv"))});
    }
};

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

const QString kHeader = QStringLiteral(
    "date,source,dossiers,integrated,integrated_pct,health_equity,facilitation,literacy,studies,work,article60,"
    "post_article60,spi,spi_pct\n");

// The seed's table (seed 000) as recorded figures: counts as published, "not determined"
// empty, SPI the sum of the five cells (1082, 3005, 3756, 3722, 3729), both percentages
// count ÷ dossiers.
const QString kSeedRecorded = kHeader
    + QStringLiteral("2009-12-31,recorded,5131,1082,21.09,,208,81,300,192,301,,1082,21.09\n"
                     "2010-12-31,recorded,5640,3355,59.49,350,1005,682,707,314,297,,3005,53.28\n"
                     "2011-12-31,recorded,5840,3879,66.42,453,616,1083,1085,640,332,,3756,64.32\n"
                     "2012-12-31,recorded,5419,3815,70.40,418,1078,947,877,495,325,,3722,68.68\n"
                     "2013-06-30,recorded,5453,3858,70.75,461,1056,865,1076,400,332,,3729,68.38\n");

const QString kSeedFile = QStringLiteral("seed-evolution-figures.csv");

} // namespace

TEST_CASE("cli: the seed's table imported as recorded figures prints back exactly", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    const QString seed = fixture(kSeedFile);

    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("figures"), seed, QStringLiteral("--dry-run")}).trimmed()
          == QStringLiteral("Dry run, nothing was written. 5 rows: 5 created, 0 updated, 0 unchanged"));
    CHECK(cli.ok(args({"evolution", "--source", "recorded"})) == kHeader);

    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("figures"), seed}).trimmed()
          == QStringLiteral("5 rows: 5 created, 0 updated, 0 unchanged"));
    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("figures"), seed}).trimmed()
          == QStringLiteral("5 rows: 0 created, 0 updated, 5 unchanged"));

    CHECK(cli.ok(args({"evolution", "--source", "recorded"})) == kSeedRecorded);
    CHECK(cli.ok(args({"evolution", "--source=recorded", "--format=csv"})) == kSeedRecorded);

    SECTION("within --from/--to, or only the days of --at that are recorded")
    {
        CHECK(cli.ok(args({"evolution", "--source", "recorded", "--from", "2010-12-31", "--to", "2012-12-30"}))
              == kHeader
                     + QStringLiteral("2010-12-31,recorded,5640,3355,59.49,350,1005,682,707,314,297,,3005,53.28\n"
                                      "2011-12-31,recorded,5840,3879,66.42,453,616,1083,1085,640,332,,3756,64.32\n"));
        CHECK(cli.ok(args({"evolution", "--source", "recorded", "--at", "2013-06-30,2011-06-30", "--at", "2009-12-31"}))
              == kHeader
                     + QStringLiteral("2009-12-31,recorded,5131,1082,21.09,,208,81,300,192,301,,1082,21.09\n"
                                      "2013-06-30,recorded,5453,3858,70.75,461,1056,865,1076,400,332,,3729,68.38\n"));
    }

    SECTION("as JSON: numbers, null for not determined, percentages with two decimals")
    {
        const QString out = cli.ok(args({"evolution", "--source", "recorded", "--format", "json"}));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(doc.isArray());
        const QJsonArray rows = doc.array();
        REQUIRE(rows.size() == 5);
        const QJsonObject first = rows.at(0).toObject();
        CHECK(first.keys().size() == 14);
        CHECK(first.value(QStringLiteral("date")).toString() == QStringLiteral("2009-12-31"));
        CHECK(first.value(QStringLiteral("source")).toString() == QStringLiteral("recorded"));
        CHECK(first.value(QStringLiteral("dossiers")).isDouble());
        CHECK(first.value(QStringLiteral("dossiers")).toInt() == 5131);
        CHECK(first.value(QStringLiteral("health_equity")).isNull());
        CHECK(first.value(QStringLiteral("post_article60")).isNull());
        CHECK(first.value(QStringLiteral("spi")).toInt() == 1082);
        CHECK(first.value(QStringLiteral("integrated_pct")).toDouble() == Approx(21.09));
        const QJsonObject last = rows.at(4).toObject();
        CHECK(last.value(QStringLiteral("health_equity")).toInt() == 461);
        CHECK(last.value(QStringLiteral("spi_pct")).toDouble() == Approx(68.38));
        CHECK(out.contains(QStringLiteral("\"integrated_pct\": 70.40"))); // 2012, two decimals kept
    }

    SECTION("as a table: aligned, a dash for not determined")
    {
        const QStringList lines = cli.ok(args({"evolution", "--source", "recorded", "--format", "table"}))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 6);
        CHECK(lines.at(1).startsWith(QStringLiteral("2009-12-31  recorded")));
        CHECK(lines.at(1).contains(QStringLiteral("—")));
        CHECK(lines.at(4).contains(QStringLiteral("70.40")));
        // Right-aligned: every row ends at the same column.
        for (const QString &line : lines)
            CHECK(line.size() == lines.at(0).size());
    }
}

TEST_CASE("cli: evolution computes the figures of imported dossiers and placements", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.register_(false);

    const QString placements = fixture(QStringLiteral("cli/placements.csv"));
    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("placements"), placements, QStringLiteral("--dry-run")}).trimmed()
          == QStringLiteral("Dry run, nothing was written. 5 rows: 5 created, 0 updated, 0 unchanged"));
    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("placements"), placements}).trimmed()
          == QStringLiteral("5 rows: 5 created, 0 updated, 0 unchanged"));
    CHECK(cli.ok({QStringLiteral("import"), QStringLiteral("placements"), placements}).trimmed()
          == QStringLiteral("5 rows: 0 created, 0 updated, 5 unchanged"));

    // Out of order and with a duplicate: one row a day, oldest first. The dossier closed on
    // 2020-12-31 still counts that day; D-0004 (never placed) counts in the dossiers only.
    const QString expected =
        kHeader
        + QStringLiteral("2020-01-01,computed,2,0,0.00,0,0,0,0,0,0,0,0,0.00\n"
                         "2020-03-31,computed,2,2,100.00,0,1,0,0,0,1,0,2,100.00\n"
                         "2020-04-01,computed,2,2,100.00,0,0,1,0,0,1,0,2,100.00\n"
                         "2020-12-31,computed,3,2,66.67,0,0,0,0,1,1,0,2,66.67\n"
                         "2021-01-01,computed,3,1,33.33,0,0,0,0,1,0,0,1,33.33\n"
                         "2021-01-15,computed,3,2,66.67,1,0,0,0,1,0,0,1,33.33\n");
    CHECK(cli.ok(args({"evolution", "--at", "2021-01-15,2020-01-01,2020-03-31,2020-04-01,2020-12-31,2021-01-01,2020-03-31"}))
          == expected);

    // Quarter ends from --from to --to.
    CHECK(cli.ok(args({"evolution", "--from", "2020-01-01", "--to", "2020-12-31", "--step", "quarter"}))
          == kHeader
                 + QStringLiteral("2020-03-31,computed,2,2,100.00,0,1,0,0,0,1,0,2,100.00\n"
                                  "2020-06-30,computed,3,2,66.67,0,0,1,0,0,1,0,2,66.67\n"
                                  "2020-09-30,computed,3,2,66.67,0,0,1,0,0,1,0,2,66.67\n"
                                  "2020-12-31,computed,3,2,66.67,0,0,0,0,1,1,0,2,66.67\n"));

    // Without a date: the month ends of the last 12 months, the last on or before today.
    const QStringList lastYear = cli.ok(args({"evolution"})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lastYear.size() == 13);
    const QDate today = QDate::currentDate();
    const QDate lastMonthEnd = today.day() == today.daysInMonth() ? today : QDate(today.year(), today.month(), 1).addDays(-1);
    CHECK(lastYear.at(12).startsWith(lastMonthEnd.toString(Qt::ISODate) + QStringLiteral(",computed,3,")));

    // --from without --to: up to today.
    const QStringList sinceFrom = cli.ok(args({"evolution", "--from", "2021-01-01", "--step", "year"}))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(sinceFrom.size() == 1 + (today.month() == 12 && today.day() == 31 ? today.year() - 2020 : today.year() - 2021));
    CHECK(sinceFrom.at(1).startsWith(QStringLiteral("2021-12-31,computed,3,2,66.67,1,0,0,0,1,0,0,1,33.33")));

    SECTION("recorded and computed side by side, recorded first on the same day")
    {
        cli.ok({QStringLiteral("import"), QStringLiteral("figures"), fixture(kSeedFile)});
        CHECK(cli.ok(args({"evolution", "--source", "both", "--at", "2020-12-31,2012-12-31"}))
              == kHeader
                     + QStringLiteral("2012-12-31,recorded,5419,3815,70.40,418,1078,947,877,495,325,,3722,68.68\n"
                                      "2012-12-31,computed,0,0,,0,0,0,0,0,0,0,0,\n"
                                      "2020-12-31,computed,3,2,66.67,0,0,0,0,1,1,0,2,66.67\n"));
        const QString both = cli.ok(args({"evolution", "--source", "both", "--from", "2013-01-01", "--to", "2013-06-30"}));
        const QStringList lines = both.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 8); // header, 6 month ends, the recorded 2013-06-30 before the computed one
        CHECK(lines.at(6).startsWith(QStringLiteral("2013-06-30,recorded,5453,")));
        CHECK(lines.at(7).startsWith(QStringLiteral("2013-06-30,computed,0,")));
    }
}

TEST_CASE("cli: a bad placements file exits 1, names each bad line and imports nothing", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.register_(false);
    const QString bad = fixture(QStringLiteral("cli/placements-bad.csv"));
    for (const bool dryRun : {true, false}) {
        QStringList arguments = {QStringLiteral("import"), QStringLiteral("placements"), bad};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        const Outcome o = cli.onDb(arguments);
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        for (int line : {3, 5, 6})
            CHECK(o.err.contains(QDir::toNativeSeparators(bad) + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ")));
        for (int line : {2, 4})
            CHECK_FALSE(o.err.contains(QDir::toNativeSeparators(bad) + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ")));
        CHECK(o.err.contains(QStringLiteral("nothing was imported")));
        CHECK(o.out.isEmpty());
    }
    // Not even the good rows went in.
    CHECK(cli.ok(args({"evolution", "--at", "2020-03-01"})) == kHeader + QStringLiteral("2020-03-01,computed,2,0,0.00,0,0,0,0,0,0,0,0,0.00\n"));

    const Outcome missing = cli.onDb({QStringLiteral("import"), QStringLiteral("figures"), cli.file(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(missing.err.isEmpty());
}

TEST_CASE("cli: the trajectory commands' usage errors exit 2 and name the option", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    struct Wrong
    {
        QStringList arguments;
        QString named; // what stderr must mention
    };
    const QList<Wrong> wrong = {
        {args({"evolution", "--at", "2020-12-31", "--from", "2020-01-01"}), QStringLiteral("--at")},
        {args({"evolution", "--at", "2020-13-01"}), QStringLiteral("\"2020-13-01\"")},
        {args({"evolution", "--at", "2020-12-31,31/12/2020"}), QStringLiteral("\"31/12/2020\"")},
        {args({"evolution", "--at"}), QStringLiteral("--at")},
        {args({"evolution", "--at="}), QStringLiteral("--at")},
        {args({"evolution", "--from", "2021-02-29"}), QStringLiteral("--from: \"2021-02-29\"")},
        {args({"evolution", "--from", "2020-01-01", "--to", "soon"}), QStringLiteral("--to: \"soon\"")},
        {args({"evolution", "--from", "2021-01-01", "--to", "2020-01-01"}), QStringLiteral("--from")},
        {args({"evolution", "--to", "2020-01-01"}), QStringLiteral("--to")},
        {args({"evolution", "--step", "quarter"}), QStringLiteral("--step")},
        {args({"evolution", "--from", "2020-01-01", "--step", "week"}), QStringLiteral("\"week\"")},
        {args({"evolution", "--source", "published"}), QStringLiteral("\"published\"")},
        {args({"evolution", "--format", "xml"}), QStringLiteral("\"xml\"")},
        {args({"evolution", "--format", "csv", "--format", "json"}), QStringLiteral("--format")},
        {args({"evolution", "--dry-run"}), QStringLiteral("--dry-run")},
        {args({"evolution", "2020-12-31"}), QStringLiteral("2020-12-31")},
        {args({"import", "placements"}), QStringLiteral("FILE.csv")},
        {args({"import", "figures", "a.csv", "b.csv"}), QStringLiteral("b.csv")},
        {args({"demo", "--dossiers", "0"}), QStringLiteral("--dossiers")},
        {args({"demo", "--dossiers", "many"}), QStringLiteral("\"many\"")},
        {args({"demo", "--seed", "-1"}), QStringLiteral("--seed")},
        {args({"check", "--at", "2020-12-31"}), QStringLiteral("--at")},
    };
    for (const Wrong &w : wrong) {
        const Outcome o = cli.onDb(w.arguments);
        INFO(w.arguments.join(QLatin1Char(' ')).toStdString() << "\n" << o.describe());
        CHECK(o.exitCode == 2);
        CHECK(o.err.contains(QStringLiteral("Usage: parcours-cli")));
        CHECK(o.err.contains(w.named));
        CHECK(o.out.isEmpty());
    }

    const Outcome help = cli.run({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import placements FILE.csv [--dry-run]")));
    CHECK(help.out.contains(QStringLiteral("import figures FILE.csv [--dry-run]")));
    CHECK(help.out.contains(QStringLiteral("evolution [--at D1,D2,…] [--from D] [--to D] [--step month|quarter|year] "
                                           "[--source computed|recorded|both] [--format csv|table|json]")));
    CHECK(help.out.contains(QStringLiteral("demo [--dossiers N] [--seed S]")));
}

TEST_CASE("cli: demo data is the same for the same seed and refuses a database that holds data", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString a = cli.file(QStringLiteral("a.sqlite"));
    const QString b = cli.file(QStringLiteral("b.sqlite"));
    for (const QString &db : {a, b}) {
        const Outcome o = cli.onDb(db, args({"demo", "--dossiers", "300", "--seed", "7"}));
        INFO(o.describe());
        REQUIRE(o.exitCode == 0);
        CHECK(o.out.contains(QStringLiteral("Created")));
        CHECK(o.out.contains(QStringLiteral("300 dossiers")));
        CHECK(QFileInfo::exists(db));
    }

    const QStringList range = {QStringLiteral("evolution"), QStringLiteral("--from"),
                               QDate::currentDate().addYears(-10).toString(Qt::ISODate), QStringLiteral("--to"),
                               QDate::currentDate().toString(Qt::ISODate)};
    const Outcome first = cli.onDb(a, range);
    const Outcome second = cli.onDb(b, range);
    INFO(first.describe() << "\n" << second.describe());
    REQUIRE(first.exitCode == 0);
    REQUIRE(second.exitCode == 0);
    CHECK(first.out == second.out);
    const QStringList lines = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() >= 120);
    CHECK_FALSE(lines.last().contains(QStringLiteral(",computed,0,"))); // people in the register today

    const Outcome again = cli.onDb(a, args({"demo", "--dossiers", "10"}));
    INFO(again.describe());
    CHECK(again.exitCode == 1);
    CHECK_FALSE(again.err.isEmpty());
    CHECK(cli.onDb(a, range).out == first.out); // left as it was
}
