// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli backup --auto, backups, restore: what a scheduler and an administrator see.
#include "clisupport.h"
#include "registry/registry.h"
#include "security/actor.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace parcours;
using test::CliRunner;
using Outcome = test::CliOutcome;

namespace {

int dossiersIn(const QString &path)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return Registry(*opened.value()).dossierCount();
}

// actor, actor_kind and details of the "restore" entries in the audit trail of `path`.
QList<QStringList> restoresIn(const QString &path)
{
    QList<QStringList> list;
    const QString connection = QStringLiteral("cli-restores-in");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open()); // read-write, so that closing it leaves no -wal behind
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT actor, actor_kind, details FROM audit_log WHERE action = 'restore' ORDER BY id")));
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return list;
}

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("parcours.sqlite.backup-*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("cli: backup --auto makes one backup a day beside the database, and backups lists it", "[cli][backup]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    Outcome o = cli.onDb({QStringLiteral("backup"), QStringLiteral("--auto")});
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    CHECK(o.out.startsWith(QStringLiteral("Backup written to")));
    const QString folder = cli.file(QStringLiteral("backups"));
    const QStringList made = backupsIn(folder);
    REQUIRE(made.size() == 1);
    CHECK(made.first().startsWith(QStringLiteral("parcours.sqlite.backup-") + QDate::currentDate().toString(Qt::ISODate)));

    o = cli.onDb({QStringLiteral("backup"), QStringLiteral("--auto")});
    CHECK(o.exitCode == 0);
    CHECK(o.out.startsWith(QStringLiteral("Today's backup exists already")));
    CHECK(backupsIn(folder) == made);

    o = cli.onDb({QStringLiteral("backups")});
    CHECK(o.exitCode == 0);
    CHECK(o.out.count(QLatin1Char('\n')) == 1);
    CHECK(o.out.contains(made.first()));
    CHECK(o.out.startsWith(QDate::currentDate().toString(Qt::ISODate)));
}

TEST_CASE("cli: backup --auto --dir writes into the chosen folder, and refuses a missing one", "[cli][backup]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    const QString gone = cli.file(QStringLiteral("usb"));
    Outcome o = cli.onDb({QStringLiteral("backup"), QStringLiteral("--auto"), QStringLiteral("--dir"), gone});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(gone));

    const QString chosen = cli.file(QStringLiteral("chosen"));
    REQUIRE(QDir().mkpath(chosen));
    o = cli.onDb({QStringLiteral("backup"), QStringLiteral("--auto"), QStringLiteral("--dir"), chosen});
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    const QStringList sub = QDir(chosen).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(sub.size() == 1);
    CHECK(sub.first().startsWith(QStringLiteral("parcours.sqlite-")));
    CHECK(backupsIn(QDir(chosen).filePath(sub.first())).size() == 1);
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("backups"))));
    o = cli.onDb({QStringLiteral("backups"), QStringLiteral("--dir"), chosen});
    CHECK(o.out.count(QLatin1Char('\n')) == 1);

    // OUT and --auto together, or --dir without --auto, are usage errors.
    for (const QStringList &wrong : {QStringList{QStringLiteral("backup"), cli.file(QStringLiteral("x.sqlite")), QStringLiteral("--auto")},
                                     QStringList{QStringLiteral("backup"), cli.file(QStringLiteral("x.sqlite")), QStringLiteral("--dir"), chosen}}) {
        const Outcome bad = cli.onDb(wrong);
        INFO(bad.describe());
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("Usage: parcours-cli")));
    }
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("x.sqlite"))));
}

TEST_CASE("cli: restore puts a backup in place and keeps the database as it was", "[cli][restore]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    cli.init();
    REQUIRE(cli.onDb({QStringLiteral("backup"), QStringLiteral("--auto")}).exitCode == 0);
    const QString backup = QDir(cli.file(QStringLiteral("backups"))).filePath(backupsIn(cli.file(QStringLiteral("backups"))).first());
    REQUIRE(cli.onDb({QStringLiteral("import"), QStringLiteral("dossiers"),
                      test::testDataFile(QStringLiteral("dossiers/good-comma.csv"))}).exitCode == 0);
    REQUIRE(dossiersIn(cli.db()) == 4);

    // Not a backup: refused, nothing changed.
    const QString notes = cli.file(QStringLiteral("notes.sqlite"));
    {
        QFile f(notes);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    Outcome o = cli.onDb({QStringLiteral("restore"), notes});
    CHECK(o.exitCode == 1);
    CHECK(o.err.contains(QStringLiteral("not a Parcours backup")));
    CHECK(dossiersIn(cli.db()) == 4);
    CHECK(QDir(cli.file(QString())).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    CHECK(restoresIn(cli.db()).isEmpty()); // a refused restore is not recorded anywhere

    o = cli.onDb({QStringLiteral("restore"), backup});
    INFO(o.describe());
    REQUIRE(o.exitCode == 0);
    CHECK(dossiersIn(cli.db()) == 0); // the backup was taken before the import
    const QStringList aside = QDir(cli.file(QString())).entryList({QStringLiteral("parcours.sqlite.before-restore-*.sqlite")});
    REQUIRE(aside.size() == 1);
    CHECK(o.out.contains(aside.first()));
    CHECK(dossiersIn(cli.file(aside.first())) == 4);
    // The restored trail says who restored which backup: the account that ran the command.
    const QList<QStringList> entries = restoresIn(cli.db());
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).at(0) == Actor::cli().name);
    CHECK(entries.at(0).at(1) == QStringLiteral("cli"));
    const QJsonObject details = QJsonDocument::fromJson(entries.at(0).at(2).toUtf8()).object();
    CHECK(details.value(QStringLiteral("backup")).toString() == QFileInfo(backup).fileName());
    CHECK(details.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK(details.value(QStringLiteral("kept_aside")).toString() == aside.first());
    CHECK_FALSE(details.value(QStringLiteral("taken")).toString().isEmpty());

    // A missing backup is a failure, a missing argument a usage error; neither is recorded.
    CHECK(cli.onDb({QStringLiteral("restore"), cli.file(QStringLiteral("nothing.sqlite"))}).exitCode == 1);
    CHECK(cli.onDb({QStringLiteral("restore")}).exitCode == 2);
    CHECK(restoresIn(cli.db()).size() == 1);
}
