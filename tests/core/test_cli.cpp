// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real parcours-cli (PARCOURS_CLI, set by ctest) and checks what a script sees:
// exit codes, stdout, stderr, and the files left behind.
#include "clisupport.h"
#include "registry/registry.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QString fixture(const QString &name)
{
    return test::testDataFile(QStringLiteral("dossiers/") + name);
}

using Outcome = test::CliOutcome;
using test::CliRunner;

int dossiersIn(const QString &path)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return Registry(*opened.value()).dossierCount();
}

} // namespace

TEST_CASE("cli: init creates a Parcours database, and again leaves it as it is", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    Outcome o = cli.onDb({QStringLiteral("init")});
    INFO(o.describe());
    CHECK(o.exitCode == 0);
    CHECK(o.out.contains(QStringLiteral("Created")));
    REQUIRE(QFileInfo::exists(cli.db()));
    CHECK(dossiersIn(cli.db()) == 0);

    o = cli.onDb({QStringLiteral("init")});
    CHECK(o.exitCode == 0);
    CHECK(o.out.contains(QStringLiteral("already exists")));
}

TEST_CASE("cli: import of a bad file exits 1 and names each bad line", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    const QString bad = fixture(QStringLiteral("bad.csv"));
    const Outcome o = cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), bad});
    INFO(o.describe());
    CHECK(o.exitCode == 1);
    for (int line : {3, 5, 6})
        CHECK(o.err.contains(QDir::toNativeSeparators(bad) + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ")));
    CHECK(o.err.contains(QStringLiteral("nothing was imported")));
    CHECK(o.out.isEmpty());
    CHECK(dossiersIn(cli.db()) == 0);
}

TEST_CASE("cli: import reports its counts; a dry run writes nothing; export writes the file", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    const QString good = fixture(QStringLiteral("good-comma.csv"));

    Outcome o = cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), good, QStringLiteral("--dry-run")});
    INFO(o.describe());
    CHECK(o.exitCode == 0);
    CHECK(o.out.contains(QStringLiteral("4 rows: 4 created, 0 updated, 0 unchanged")));
    CHECK(dossiersIn(cli.db()) == 0);

    o = cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), good});
    CHECK(o.exitCode == 0);
    CHECK(o.out.trimmed() == QStringLiteral("4 rows: 4 created, 0 updated, 0 unchanged"));
    CHECK(dossiersIn(cli.db()) == 4);

    o = cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), good});
    CHECK(o.exitCode == 0);
    CHECK(o.out.trimmed() == QStringLiteral("4 rows: 0 created, 0 updated, 4 unchanged"));

    const QString exported = cli.file(QStringLiteral("export.csv"));
    o = cli.onDb({QStringLiteral("export"), QStringLiteral("dossiers"), exported});
    CHECK(o.exitCode == 0);
    QFile f(exported);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("reference,national_number,"));

    o = cli.onDb({QStringLiteral("export"), QStringLiteral("dossiers"), cli.file(QStringLiteral("no/such/folder.csv"))});
    CHECK(o.exitCode == 1);
    CHECK_FALSE(o.err.isEmpty());
}

TEST_CASE("cli: usage errors exit 2 with a usage line", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    const QList<QStringList> wrong = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--db"), cli.db(), QStringLiteral("backup")},                     // missing OUT
        {QStringLiteral("--db"), cli.db(), QStringLiteral("check"), QStringLiteral("extra")},
        {QStringLiteral("--db"), cli.db(), QStringLiteral("import")},                     // import what?
        {QStringLiteral("--db"), cli.db(), QStringLiteral("import"), QStringLiteral("dossiers")},
        {QStringLiteral("--db"), cli.db(), QStringLiteral("import"), QStringLiteral("dossiers"), QStringLiteral("x.csv"),
         QStringLiteral("--fast")},                                                        // unknown option
        {QStringLiteral("--db"), cli.db(), QStringLiteral("check"), QStringLiteral("--dry-run")}, // not check's option
        {QStringLiteral("check"), QStringLiteral("--db")},                                 // --db without PATH
    };
    for (const QStringList &arguments : wrong) {
        const Outcome o = cli.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << o.describe());
        CHECK(o.exitCode == 2);
        CHECK(o.err.contains(QStringLiteral("Usage: parcours-cli")));
        CHECK(o.out.isEmpty());
    }
    const Outcome unknown = cli.run({QStringLiteral("frobnicate")});
    CHECK(unknown.err.contains(QStringLiteral("\"frobnicate\"")));

    Outcome o = cli.run({QStringLiteral("--help")});
    CHECK(o.exitCode == 0);
    CHECK(o.out.contains(QStringLiteral("import dossiers FILE.csv [--dry-run]")));
    o = cli.run({QStringLiteral("--version")});
    CHECK(o.exitCode == 0);
    CHECK(o.out.contains(QStringLiteral(PARCOURS_VERSION)));
}

TEST_CASE("cli: check says ok on a good database", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    REQUIRE(cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), fixture(QStringLiteral("good-comma.csv"))}).exitCode == 0);
    const Outcome o = cli.onDb({QStringLiteral("check")});
    INFO(o.describe());
    CHECK(o.exitCode == 0);
    CHECK(o.out == QStringLiteral("ok\n"));
}

TEST_CASE("cli: backup writes a copy that opens as a Parcours database", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    REQUIRE(cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"), fixture(QStringLiteral("good-comma.csv"))}).exitCode == 0);
    const QString copy = cli.file(QStringLiteral("copy.sqlite"));
    const Outcome o = cli.onDb({QStringLiteral("backup"), copy});
    INFO(o.describe());
    CHECK(o.exitCode == 0);
    REQUIRE(QFileInfo::exists(copy));
    CHECK(dossiersIn(copy) == 4);
    const Outcome checked = cli.run({QStringLiteral("--db"), copy, QStringLiteral("check")});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == QStringLiteral("ok\n"));

    const Outcome nowhere = cli.onDb({QStringLiteral("backup"), cli.file(QStringLiteral("missing/copy.sqlite"))});
    CHECK(nowhere.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("missing"))));
}

TEST_CASE("cli: a file that is not a database is refused and left as it was", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString notes = cli.file(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are not the dossiers you are looking for.\n");
    }
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("init")}) {
        const Outcome o = cli.run({QStringLiteral("--db"), notes, command});
        INFO(o.describe());
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QStringLiteral("not a Parcours database")));
    }
    QFile f(notes);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "These are not the dossiers you are looking for.\n");
}

TEST_CASE("cli: a missing database is reported and not created, except by init", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString missing = cli.file(QStringLiteral("gone.sqlite"));
    const QList<QStringList> commands = {
        {QStringLiteral("check")},
        {QStringLiteral("backup"), cli.file(QStringLiteral("copy.sqlite"))},
        {QStringLiteral("import"), QStringLiteral("dossiers"), fixture(QStringLiteral("good-comma.csv"))},
        {QStringLiteral("export"), QStringLiteral("dossiers"), cli.file(QStringLiteral("out.csv"))},
    };
    for (const QStringList &command : commands) {
        const Outcome o = cli.run(QStringList{QStringLiteral("--db"), missing} + command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << o.describe());
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("copy.sqlite"))));
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("out.csv"))));
}

#ifdef Q_OS_LINUX
TEST_CASE("cli: without --db the database lives in the application's data folder", "[cli]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    // XDG_DATA_HOME/<organisation>/<application>, the folder the desktop program uses too.
    const QString expected = cli.file(QStringLiteral("data-home/Parcours/Parcours/parcours.sqlite"));
    Outcome o = cli.run({QStringLiteral("check")});
    CHECK(o.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(expected));
    o = cli.run({QStringLiteral("init")});
    INFO(o.describe());
    CHECK(o.exitCode == 0);
    CHECK(QFileInfo::exists(expected));
    CHECK(cli.run({QStringLiteral("check")}).out == QStringLiteral("ok\n"));
}
#endif
