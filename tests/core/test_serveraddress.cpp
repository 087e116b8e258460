// SPDX-License-Identifier: GPL-3.0-or-later
// The address of a database on a server: what --db and the connection dialog accept, what
// reaches libpq, and how a failed connection is told to the user.
#include "storage/database.h"
#include "storage/serveraddress.h"

#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <vector>

using namespace parcours;
using parcours::test::TestServer;
using parcours::test::testServer;

TEST_CASE("A server address is read field by field and written back the same", "[serveraddress]")
{
    const auto parsed = ServerAddress::parse(QStringLiteral(
        "postgresql://anne.peeters@db.ocmw.local:5433/parcours?sslmode=verify-full&sslrootcert=/etc/parcours/ca.crt"
        "&application_name=parcours-gui"));
    // A CA file that is not there is refused by name (libpq would say less clearly).
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().contains(QLatin1String("/etc/parcours/ca.crt")));
    CHECK(parsed.error().contains(QLatin1String("does not exist")));

    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca root.crt"));
    QFile file(ca);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto withCa = ServerAddress::parse(QStringLiteral("postgresql://anne.peeters@db.ocmw.local:5433/parcours"
                                                            "?sslmode=verify-full&sslrootcert=%1&application_name=parcours-gui")
                                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(ca))));
    INFO(withCa.error().toStdString());
    REQUIRE(withCa.ok());
    const ServerAddress &a = withCa.value();
    CHECK(a.host == QLatin1String("db.ocmw.local"));
    CHECK(a.port == 5433);
    CHECK(a.database == QLatin1String("parcours"));
    CHECK(a.user == QLatin1String("anne.peeters"));
    CHECK(a.tls == ServerAddress::Tls::VerifyFull);
    CHECK(a.caFile == ca);
    REQUIRE(a.extra.size() == 1);
    CHECK(a.extra.first().second == QLatin1String("parcours-gui"));

    CHECK(a.url().contains(QStringLiteral("sslrootcert=%1/ca%20root.crt").arg(dir.path())));
    const auto again = ServerAddress::parse(a.url());
    INFO(a.url().toStdString());
    REQUIRE(again.ok());
    CHECK(again.value() == a);

    // Without a port the default one; without sslmode libpq's default (nothing is added).
    const auto plain = ServerAddress::parse(QStringLiteral("postgres://bart@10.1.2.3/register"));
    REQUIRE(plain.ok());
    CHECK(plain.value().port == 5432);
    CHECK(plain.value().tls == ServerAddress::Tls::Unset);
    CHECK(plain.value().url() == QLatin1String("postgresql://bart@10.1.2.3:5432/register"));
}

TEST_CASE("A bad port, a missing database or server, an unknown setting are refused by name", "[serveraddress]")
{
    for (const char *port : {"99999", "abc", "0", "-5"}) {
        const auto bad = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example:%1/parcours").arg(QLatin1String(port)));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("The port \"%1\"").arg(QLatin1String(port))));
        CHECK(bad.error().contains(QLatin1String("1 to 65535")));
    }
    const auto noDatabase = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example:5432/"));
    REQUIRE_FALSE(noDatabase.ok());
    CHECK(noDatabase.error().contains(QLatin1String("names no database")));
    const auto twoDatabases = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example/a/b"));
    REQUIRE_FALSE(twoDatabases.ok());
    CHECK(twoDatabases.error().contains(QLatin1String("more than one database")));
    const auto noServer = ServerAddress::parse(QStringLiteral("postgresql:///parcours"));
    REQUIRE_FALSE(noServer.ok());
    CHECK(noServer.error().contains(QLatin1String("names no server")));
    const auto badMode = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example/parcours?sslmode=yes"));
    REQUIRE_FALSE(badMode.ok());
    CHECK(badMode.error().contains(QLatin1String("unknown sslmode \"yes\"")));
    const auto unknown = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example/parcours?host=evil"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QLatin1String("unknown setting \"host\"")));
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("/home/anne/parcours.sqlite")).ok());
}

TEST_CASE("A password in the address is refused and never repeated", "[serveraddress]")
{
    for (const char *url : {"postgresql://anne:s3cret@db.example/parcours", "postgresql://anne:s3cret@db.example:abc/parcours",
                            "postgresql://anne:s3cret@db.example:5432/", "postgresql://:s3cret@db.example/parcours"}) {
        INFO(url);
        const auto parsed = ServerAddress::parse(QLatin1String(url));
        REQUIRE_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().contains(QLatin1String("s3cret")));
        // Neither does opening, which goes through the same parser.
        const auto opened = Database::open(QLatin1String(url), {});
        REQUIRE_FALSE(opened.ok());
        CHECK_FALSE(opened.error().contains(QLatin1String("s3cret")));
    }
    const auto parsed = ServerAddress::parse(QStringLiteral("postgresql://anne:s3cret@db.example/parcours"));
    CHECK(parsed.error().contains(QLatin1String("contains a password")));
}

TEST_CASE("An unencrypted connection is accepted only on this PC", "[serveraddress]")
{
    for (const char *host : {"localhost", "127.0.0.1", "127.8.0.1", "[::1]"}) {
        INFO(host);
        const auto local = ServerAddress::parse(QStringLiteral("postgresql://anne@%1/parcours?sslmode=disable").arg(QLatin1String(host)));
        INFO(local.error().toStdString());
        CHECK(local.ok());
    }
    for (const char *host : {"db.example", "192.168.1.20", "127.example.org", "128.0.0.1"}) {
        INFO(host);
        const auto remote = ServerAddress::parse(QStringLiteral("postgresql://anne@%1/parcours?sslmode=disable").arg(QLatin1String(host)));
        REQUIRE_FALSE(remote.ok());
        CHECK(remote.error().contains(QLatin1String("unencrypted")));
    }
}

TEST_CASE("The connect options carry TLS to libpq, quoted", "[serveraddress]")
{
    ServerAddress a;
    a.host = QStringLiteral("db.example");
    a.database = QStringLiteral("parcours");
    a.user = QStringLiteral("anne");
    CHECK(a.connectOptions() == QLatin1String("connect_timeout=10"));
    a.tls = ServerAddress::Tls::Require;
    CHECK(a.connectOptions() == QLatin1String("connect_timeout=10;sslmode=require"));
    a.tls = ServerAddress::Tls::VerifyFull;
    a.caFile = QStringLiteral("C:\\Program Files\\Parcours\\o'brien ca.crt");
    CHECK(a.connectOptions()
          == QLatin1String("connect_timeout=10;sslmode=verify-full;sslrootcert='C:\\\\Program Files\\\\Parcours\\\\o\\'brien ca.crt'"));
    CHECK(a.url().contains(QLatin1String("sslmode=verify-full&sslrootcert=C:%5CProgram%20Files")));

    // A timeout in the address replaces the default one.
    const auto timeout = ServerAddress::parse(QStringLiteral("postgresql://anne@db.example/parcours?connect_timeout=3&sslmode=require"));
    REQUIRE(timeout.ok());
    CHECK(timeout.value().connectOptions() == QLatin1String("sslmode=require;connect_timeout='3'"));
    // QPSQL turns ';' into a space: a value with one is refused rather than cut.
    a.caFile = QStringLiteral("/tmp/a;b.crt");
    CHECK_FALSE(a.validate().ok());
}

TEST_CASE("A failed connection is told by its cause", "[serveraddress]")
{
    using O = ServerProbe::Outcome;
    // libpq 15's and PostgreSQL 15's own words (as QPSQL's lastError().text() gives them).
    const QList<QPair<const char *, O>> cases{
        {"could not translate host name \"db.nowhere\" to address: Name or service not known\nQPSQL: Unable to connect",
         O::UnknownHost},
        {"connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host "
         "and accepting TCP/IP connections?\nQPSQL: Unable to connect",
         O::Unreachable},
        {"connection to server at \"10.0.0.9\", port 5432 failed: timeout expired", O::Unreachable},
        {"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"anne\"",
         O::WrongPassword},
        {"connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied", O::PasswordNeeded},
        {"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"parcour\" does not exist",
         O::DatabaseMissing},
        {"connection to server at \"10.0.0.2\", port 5432 failed: FATAL:  no pg_hba.conf entry for host \"10.0.0.5\", "
         "user \"anne\", database \"parcours\", no encryption",
         O::NotAllowed},
        {"connection to server at \"127.0.0.1\", port 5432 failed: server does not support SSL, but SSL was required",
         O::TlsProblem},
        {"root certificate file \"/home/anne/ca.crt\" does not exist", O::TlsProblem},
        {"server certificate for \"db.ocmw.local\" does not match host name \"10.0.0.2\"", O::TlsProblem},
        {"something else entirely", O::Other},
    };
    for (const auto &[text, outcome] : cases) {
        INFO(text);
        CHECK(ServerProbe::classify(QLatin1String(text)) == outcome);
    }

    ServerAddress a;
    a.host = QStringLiteral("db.ocmw.local");
    a.database = QStringLiteral("parcours");
    a.user = QStringLiteral("anne");
    ServerProbe p;
    p.outcome = O::WrongPassword;
    CHECK(p.message(a).contains(QLatin1String("refused the user anne")));
    p.outcome = O::DatabaseMissing;
    CHECK(p.message(a).contains(QLatin1String("no database parcours on the server db.ocmw.local:5432")));
    p.outcome = O::NeedsUpgrade;
    p.schemaVersion = 1;
    CHECK(p.message(a).contains(QLatin1String("older version (schema 1)")));
}

TEST_CASE("Nothing answering on the port is said so, with the port", "[serveraddress]")
{
    // Port 1 on this PC: nothing listens there, the refusal is immediate.
    ServerAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = 1;
    a.database = QStringLiteral("parcours");
    a.user = QStringLiteral("anne");
    a.tls = ServerAddress::Tls::Disable;
    const ServerProbe p = ServerProbe::run(a, QStringLiteral("whatever"));
    CHECK(p.outcome == ServerProbe::Outcome::Unreachable);
    CHECK(p.message(a).contains(QLatin1String("does not answer on port 1")));
    CHECK_FALSE(p.message(a).contains(QLatin1String("whatever")));

    const auto opened = Database::open(a.url(), {});
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QLatin1String("does not answer on port 1")));
}

TEST_CASE("Probes on several threads at once each use a connection of their own and leave none behind", "[serveraddress]")
{
    // The connection dialog runs the probe on a worker thread, and an abandoned one may still
    // run when the next starts: a QSqlDatabase belongs to the thread that made it.
    ServerAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = 1;
    a.database = QStringLiteral("parcours");
    a.user = QStringLiteral("anne");
    a.tls = ServerAddress::Tls::Disable;
    constexpr int kThreads = 4;
    std::vector<ServerProbe> probes(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back(QThread::create([&probes, i, a] { probes[size_t(i)] = ServerProbe::run(a, QString()); }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        REQUIRE(thread->wait(60000));
    for (const ServerProbe &p : probes) {
        CHECK(p.outcome == ServerProbe::Outcome::Unreachable);
        CHECK(p.message(a).contains(QLatin1String("does not answer on port 1")));
    }
    for (const QString &name : QSqlDatabase::connectionNames())
        CHECK_FALSE(name.startsWith(QLatin1String("parcours-probe-")));
}

TEST_CASE("The probe tells a ready, an older, an empty, a foreign and a missing database apart", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    const auto address = [](const QString &name) {
        auto parsed = ServerAddress::parse(TestServer::instance().url(name));
        REQUIRE(parsed.ok());
        return parsed.take();
    };
    test::TempDatabase ready;
    CHECK(ServerProbe::run(address(ready.serverDatabase), {}).outcome == ServerProbe::Outcome::Ready);
    const ServerProbe wrong = ServerProbe::run(address(ready.serverDatabase), QStringLiteral("not-the-password"));
    CHECK(wrong.outcome == ServerProbe::Outcome::WrongPassword);
    CHECK_FALSE(wrong.message(address(ready.serverDatabase)).contains(QLatin1String("not-the-password")));
    CHECK(ServerProbe::run(address(QStringLiteral("no_such_database_here")), {}).outcome
          == ServerProbe::Outcome::DatabaseMissing);

    const QString empty = TestServer::instance().createEmpty();
    CHECK(ServerProbe::run(address(empty), {}).outcome == ServerProbe::Outcome::Empty);
    QList<Database::Migration> older = Database::builtInMigrations();
    older.removeLast();
    {
        auto opened = Database::openWithMigrations(TestServer::instance().url(empty), {Database::Mode::CreateIfMissing, 2000}, older);
        REQUIRE(opened.ok());
    }
    const ServerProbe old = ServerProbe::run(address(empty), {});
    CHECK(old.outcome == ServerProbe::Outcome::NeedsUpgrade);
    CHECK(old.schemaVersion == older.last().version);
    {
        // The probe changed nothing: the database is still at the older schema.
        const ServerProbe again = ServerProbe::run(address(empty), {});
        CHECK(again.schemaVersion == older.last().version);
    }
    TestServer::instance().drop(empty);

    const QString foreign = TestServer::instance().createEmpty();
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign-setup"));
        const ServerAddress a = address(foreign);
        sql.setHostName(a.host);
        sql.setPort(a.port);
        sql.setUserName(a.user);
        sql.setDatabaseName(a.database);
        sql.setPassword(qEnvironmentVariable("PARCOURS_DB_PASSWORD"));
        REQUIRE(sql.open());
        QSqlQuery q(sql);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-setup"));
    CHECK(ServerProbe::run(address(foreign), {}).outcome == ServerProbe::Outcome::NotParcours);
    TestServer::instance().drop(foreign);
}

TEST_CASE("The encryption setting reaches the server", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    test::TempDatabase t;
    QSqlQuery show(t.db->sql());
    REQUIRE(show.exec(QStringLiteral("SHOW ssl")));
    REQUIRE(show.next());
    const bool serverHasTls = show.value(0).toString() == QLatin1String("on");
    auto parsed = ServerAddress::parse(t.path());
    REQUIRE(parsed.ok());
    ServerAddress address = parsed.take();
    address.tls = ServerAddress::Tls::Require;
    if (!serverHasTls) {
        // tests/pg/start-cluster.sh's server has no certificate: "require" must be refused as such.
        const ServerProbe probe = ServerProbe::run(address, {});
        CHECK(probe.outcome == ServerProbe::Outcome::TlsProblem);
        CHECK(probe.message(address).contains(QLatin1String("encrypted connection")));
        return;
    }
    auto opened = Database::open(address.url(), {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    REQUIRE(q.next());
    CHECK(q.value(0).toBool());
}
