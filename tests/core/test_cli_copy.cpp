// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli copy --from DB --to DB: what an administrator moving a centre to a server sees.
#include "clisupport.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace parcours;
using test::CliRunner;
using test::TestServer;
using Outcome = test::CliOutcome;

namespace {

// What a manager reads off a database: the evolution table and the dossier list.
QString figuresOf(const CliRunner &cli, const QString &db)
{
    const Outcome o = cli.onDb(db, {QStringLiteral("evolution"), QStringLiteral("--from"), QStringLiteral("2014-01-01"),
                                    QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    return o.out;
}

QByteArray dossiersOf(const CliRunner &cli, const QString &db, const QString &csv)
{
    const Outcome o = cli.onDb(db, {QStringLiteral("export"), QStringLiteral("dossiers"), csv});
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Outcome copy(const CliRunner &cli, const QString &from, const QString &to)
{
    return cli.run({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

qint64 count(const QString &path, const QString &sql)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("cli: copy moves a database into a new file, verified, and refuses to copy twice", "[cli][copy]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString from = cli.file(QStringLiteral("centre.sqlite"));
    const QString to = cli.file(QStringLiteral("moved.sqlite"));
    REQUIRE(cli.onDb(from, {QStringLiteral("demo"), QStringLiteral("--dossiers"), QStringLiteral("80")}).exitCode == 0);
    const qint64 entries = count(from, QStringLiteral("SELECT count(*) FROM audit_log"));

    Outcome o = copy(cli, from, to);
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    CHECK(o.out.contains(QLatin1String("placement")));
    CHECK(o.out.contains(QStringLiteral("Audit trail: %1 entries, identical").arg(entries)));
    CHECK(o.out.contains(QLatin1String("Evolution figures: equal on")));
    CHECK(o.out.contains(QLatin1String("verified")));
    CHECK(figuresOf(cli, to) == figuresOf(cli, from));
    CHECK(dossiersOf(cli, to, cli.file(QStringLiteral("to.csv"))) == dossiersOf(cli, from, cli.file(QStringLiteral("from.csv"))));
    CHECK(count(to, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'copy'")) == 1);

    o = copy(cli, from, to);
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QLatin1String("is not empty")));
    CHECK(count(to, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'copy'")) == 1);
}

TEST_CASE("cli: copy refuses the same file twice, a missing source, an unreachable server, and needs both ends",
          "[cli][copy]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString from = cli.file(QStringLiteral("centre.sqlite"));
    REQUIRE(cli.onDb(from, {QStringLiteral("init")}).exitCode == 0);

    Outcome o = copy(cli, from, from);
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QLatin1String("the same database")));

    o = copy(cli, cli.file(QStringLiteral("nowhere.sqlite")), cli.file(QStringLiteral("out.sqlite")));
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QLatin1String("does not exist")));
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("out.sqlite"))));

    o = copy(cli, from, QStringLiteral("postgresql://parcours@127.0.0.1:1/parcours?connect_timeout=2"));
    INFO(o.describe());
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QLatin1String("cannot be opened")));

    o = cli.run({QStringLiteral("copy"), QStringLiteral("--from"), from});
    CHECK(o.exitCode == 2);
    CHECK(o.err.contains(QLatin1String("--to")));
}

TEST_CASE("cli: copy refuses a source of an older schema and leaves it as it was", "[cli][copy][sqlite]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    const QString old = cli.file(QStringLiteral("old.sqlite"));
    auto migrations = Database::builtInMigrations();
    migrations.removeLast();
    {
        auto opened = Database::openWithMigrations(old, {Database::Mode::CreateIfMissing, 2000}, migrations);
        REQUIRE(opened.ok());
    }
    const Outcome o = copy(cli, old, cli.file(QStringLiteral("new.sqlite")));
    INFO(o.describe());
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QLatin1String("older schema")));
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("new.sqlite"))));
    CHECK_FALSE(QFileInfo::exists(old + QStringLiteral(".before-schema-%1.sqlite").arg(Database::latestSchemaVersion())));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy-old-check"));
    {
        raw.setDatabaseName(old);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == migrations.last().version);
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy-old-check"));
}

TEST_CASE("cli: copy to a server and back gives the same figures and dossiers", "[.][postgres]")
{
    if (!CliRunner::available())
        return;
    REQUIRE_FALSE(test::testServer().isEmpty());
    CliRunner cli;
    const QString from = cli.file(QStringLiteral("centre.sqlite"));
    const QString back = cli.file(QStringLiteral("back.sqlite"));
    REQUIRE(cli.onDb(from, {QStringLiteral("demo"), QStringLiteral("--dossiers"), QStringLiteral("80")}).exitCode == 0);
    const QString name = TestServer::instance().createEmpty();
    const QString server = TestServer::instance().url(name);
    {
        Outcome o = copy(cli, from, server);
        INFO(o.describe());
        REQUIRE(o.exitCode == 0);
        o = copy(cli, from, server);
        CHECK(o.exitCode == 1);
        CHECK(o.err.contains(QLatin1String("is not empty")));
        o = copy(cli, server, back);
        INFO(o.describe());
        REQUIRE(o.exitCode == 0);
        CHECK(figuresOf(cli, server) == figuresOf(cli, from));
        CHECK(figuresOf(cli, back) == figuresOf(cli, from));
        CHECK(dossiersOf(cli, back, cli.file(QStringLiteral("back.csv"))) == dossiersOf(cli, from, cli.file(QStringLiteral("from.csv"))));
    }
    TestServer::instance().drop(name);
}
