// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real parcours-cli on `report gpmi`.
#include "clisupport.h"

#include <catch2/catch.hpp>

using parcours::test::CliRunner;

TEST_CASE("parcours-cli report gpmi lists what is missing and what comes due", "[cli][gpmi]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    cli.ok({QStringLiteral("import"), QStringLiteral("dossiers"), parcours::test::testDataFile(QStringLiteral("cli/dossiers.csv"))});

    SECTION("csv")
    {
        const QString out = cli.ok({QStringLiteral("report"), QStringLiteral("gpmi"), QStringLiteral("--at"), QStringLiteral("2021-03-15")});
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("reference,last_name,first_name,officer,requirement,state,due,days_left,detail"));
        // D-0002 has the equivalent income (and is closed): no GPMI obligation.
        CHECK(lines.at(1).startsWith(QStringLiteral("D-0001,Janssens,Pieter,,signature,missing,2020-04-01,-348,")));
        CHECK(lines.at(2).startsWith(QStringLiteral("D-0004,Wouters,An,,signature,missing,2020-09-01,-195,")));
        CHECK(lines.at(3).startsWith(QStringLiteral("D-0003,El Amrani,Youssef,,signature,due_soon,2021-04-01,17,")));
    }
    SECTION("table")
    {
        const QString out = cli.ok({QStringLiteral("report"), QStringLiteral("gpmi"), QStringLiteral("--at=2021-03-15"),
                                    QStringLiteral("--format"), QStringLiteral("table")});
        CHECK(out.startsWith(QStringLiteral("GPMI compliance on 2021-03-15; findings: 3")));
        CHECK(out.contains(QStringLiteral("D-0003")));
    }
    SECTION("a bad date is a usage error")
    {
        const auto o = cli.onDb({QStringLiteral("report"), QStringLiteral("gpmi"), QStringLiteral("--at"), QStringLiteral("15/03/2021")});
        CHECK(o.exitCode == 2);
        CHECK(o.err.contains(QStringLiteral("15/03/2021")));
    }
}
