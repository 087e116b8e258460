// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real parcours-cli on `report gpmi`.
#include "clisupport.h"
#include "security/actor.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace parcours;
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

TEST_CASE("parcours-cli print gpmi and print balance write PDFs of the demo data", "[cli][gpmi]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.ok({QStringLiteral("demo"), QStringLiteral("--dossiers"), QStringLiteral("300")});
    // A dossier of the demo with a signed GPMI and a balance.
    const QString csv = cli.ok({QStringLiteral("report"), QStringLiteral("gpmi")});
    CHECK(csv.startsWith(QStringLiteral("reference,")));
    auto db = Database::open(cli.db(), {Database::Mode::MustExist, 2000});
    REQUIRE(db.ok());
    db.value()->setActor(Actor::system(QStringLiteral("test")));
    QSqlQuery q(db.value()->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT d.reference FROM dossier d JOIN gpmi g ON g.dossier_id = d.id "
                                  "JOIN balance_version b ON b.dossier_id = d.id WHERE g.signed_date IS NOT NULL LIMIT 1")));
    REQUIRE(q.next());
    const QString reference = q.value(0).toString();
    q.finish();
    db.value().reset();

    for (const char *what : {"gpmi", "balance"}) {
        const QString pdf = cli.file(QString::fromLatin1(what) + QStringLiteral(".pdf"));
        cli.ok({QStringLiteral("print"), QString::fromLatin1(what), reference, QStringLiteral("--out"), pdf});
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.read(5) == QByteArray("%PDF-"));
    }
    const auto missing = cli.onDb({QStringLiteral("print"), QStringLiteral("gpmi"), QStringLiteral("D-0000-000000"),
                                   QStringLiteral("--out"), cli.file(QStringLiteral("x.pdf"))});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("x.pdf"))));
    const auto noOut = cli.onDb({QStringLiteral("print"), QStringLiteral("gpmi"), reference});
    CHECK(noOut.exitCode == 2);
}

TEST_CASE("parcours-cli print balance writes in the person's language", "[cli][gpmi][i18n]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.ok({QStringLiteral("demo"), QStringLiteral("--dossiers"), QStringLiteral("300")});
    auto db = Database::open(cli.db(), {Database::Mode::MustExist, 2000});
    REQUIRE(db.ok());
    db.value()->setActor(Actor::system(QStringLiteral("test")));
    // A French-speaking person whose latest balance orients them to studies.
    QSqlQuery q(db.value()->sql());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT d.reference FROM balance_version b JOIN dossier d ON d.id = b.dossier_id JOIN person p ON p.id = d.person_id "
        "WHERE p.language = 'fr' AND b.orientation = 'studies' "
        "AND b.version = (SELECT max(version) FROM balance_version WHERE dossier_id = b.dossier_id) LIMIT 1")));
    REQUIRE(q.next());
    const QString reference = q.value(0).toString();
    q.finish();
    db.value().reset();

    const auto html = [&cli, &reference](const QStringList &extra) {
        const QString path = cli.file(QStringLiteral("balance.html"));
        cli.ok(QStringList{QStringLiteral("print"), QStringLiteral("balance"), reference, QStringLiteral("--out"), path} + extra);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return QString::fromUtf8(f.readAll());
    };
    // The orientation's cell name comes from the translations of the person's language,
    // whatever the language of the program (--lang en).
    CHECK(html({QStringLiteral("--lang"), QStringLiteral("en")}).contains(QStringLiteral("Études et formations")));
    CHECK(html({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--lang-document"), QStringLiteral("nl")})
              .contains(QStringLiteral("Studies en opleidingen")));
}
