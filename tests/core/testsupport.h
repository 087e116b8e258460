// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/pgschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <memory>

// Catch prints QString values in failed checks as text, not "{?}".
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};
} // namespace Catch

namespace parcours::test {

// A file of tests/data (PARCOURS_TEST_DATA when ctest runs the tests).
inline QString testDataFile(const QString &relative)
{
    QString data = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (data.isEmpty())
        data = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(data).filePath(relative);
}

// The PostgreSQL server the suite runs against, or empty for SQLite (the default). Set by
// tests/pg/run-core-tests.sh (which starts a throwaway cluster: tests/pg/start-cluster.sh):
// PARCOURS_TEST_PG=postgresql://parcours@127.0.0.1:PORT/postgres, the password in
// PARCOURS_DB_PASSWORD. Tests that are about SQLite files by nature are tagged [sqlite] and
// left out of that run.
inline QString testServer()
{
    return qEnvironmentVariable("PARCOURS_TEST_PG");
}

// Databases on the test server: an administrative connection that creates a fresh database for
// each TempDatabase, copied from a template that went through the migrations once per run
// (CREATE DATABASE … TEMPLATE: ~0.1 s instead of migrating each time).
class TestServer
{
public:
    static TestServer &instance()
    {
        static TestServer server;
        return server;
    }
    // postgresql://…/name
    QString url(const QString &name) const
    {
        QUrl u(testServer());
        u.setPath(QLatin1Char('/') + name);
        return u.toString();
    }
    // A new, migrated database; its name.
    QString create()
    {
        if (m_template.isEmpty()) {
            const QString name = QStringLiteral("parcours_template_%1").arg(QCoreApplication::applicationPid());
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            {
                auto opened = Database::open(url(name), {Database::Mode::CreateIfMissing, 2000});
                INFO(opened.error().toStdString());
                REQUIRE(opened.ok());
            }
            m_template = name;
        }
        const QString name = QStringLiteral("parcours_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
        exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_template));
        return name;
    }
    // A new database without anything in it; its name.
    QString createEmpty()
    {
        const QString name = QStringLiteral("parcours_empty_%1_%2").arg(QCoreApplication::applicationPid()).arg(++m_count);
        exec(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    void drop(const QString &name)
    {
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kConnection)));
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
private:
    static constexpr const char *kConnection = "parcours-test-server";
    TestServer()
    {
        const QUrl u(testServer());
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QLatin1String(kConnection));
        admin.setHostName(u.host());
        admin.setPort(u.port(5432));
        admin.setUserName(u.userName());
        admin.setDatabaseName(u.path().mid(1));
        admin.setPassword(qEnvironmentVariable("PARCOURS_DB_PASSWORD"));
        INFO(admin.lastError().text().toStdString());
        REQUIRE(admin.open());
        // The template goes when the application does, while Qt's SQL module is still there.
        qAddPostRoutine([] {
            TestServer &server = instance();
            if (!server.m_template.isEmpty())
                server.drop(server.m_template);
            QSqlDatabase::database(QLatin1String(kConnection), false).close();
            QSqlDatabase::removeDatabase(QLatin1String(kConnection));
        });
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kConnection)));
        INFO(sql.toStdString() + ": " + q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    QString m_template;
    int m_count = 0;
};

// A fresh database that went through every migration: a file in a temporary folder removed at
// the end, or a fresh database on the test server (testServer()), dropped at the end.
// It works as Actor::system("test"), which has every permission; tests of roles and accounts
// set other actors (Database::setActor).
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString serverDatabase; // the database's name on the test server, if there

    TempDatabase()
    {
        REQUIRE(dir.isValid());
        if (!testServer().isEmpty())
            serverDatabase = TestServer::instance().create();
        auto opened = Database::open(path(), {serverDatabase.isEmpty() ? Database::Mode::CreateIfMissing
                                                                       : Database::Mode::MustExist, 2000});
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        db = opened.take();
        db->setActor(Actor::system(QStringLiteral("test")));
    }
    ~TempDatabase()
    {
        db.reset();
        if (!serverDatabase.isEmpty())
            TestServer::instance().drop(serverDatabase);
    }
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    // The database file, or the server URL.
    QString path() const
    {
        return serverDatabase.isEmpty() ? dir.filePath(QStringLiteral("parcours.sqlite"))
                                        : TestServer::instance().url(serverDatabase);
    }
    QString file(const QString &name) const { return dir.filePath(name); }
};

// Runs one statement written in the schema's dialect (SQLite's, as the migrations are): as is
// on SQLite, as PgSchema translates it on a server.
inline void execSchemaStatement(Database &db, const QString &statement)
{
    QStringList statements{statement};
    if (dialect::isPostgres(db.sql())) {
        auto translated = PgSchema::translateStatement(statement);
        INFO(translated.error().toStdString());
        REQUIRE(translated.ok());
        statements = translated.value();
    }
    QSqlQuery q(db.sql());
    for (const QString &s : statements) {
        INFO(s.toStdString() + ": " + q.lastError().text().toStdString());
        REQUIRE(q.exec(s));
    }
}

// Makes the database itself refuse the rows inserted into `table` that meet `condition` (an
// expression on NEW), with `message`: a write that fails half-way, as on a full disk. A trigger
// in SQLite's syntax; on a server, a PL/pgSQL function raising an exception. It stays until the
// test's database goes.
inline void refuseInserts(Database &db, const QString &name, const QString &table, const QString &condition,
                          const QString &message)
{
    QString quoted = message;
    quoted.replace(QLatin1String("'"), QLatin1String("''"));
    execSchemaStatement(db, QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN %3 BEGIN SELECT RAISE(ABORT, '%4'); END")
                                .arg(name, table, condition, quoted));
}

} // namespace parcours::test
