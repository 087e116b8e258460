// SPDX-License-Identifier: GPL-3.0-or-later
// What only a database on a server does: setting up an empty database, refusing a foreign
// one, asking for the password, and several connections writing at once. Hidden ([.]): run
// by tests/pg/run-core-tests.sh, against the server of PARCOURS_TEST_PG.
#include "storage/database.h"
#include "storage/transaction.h"

#include "testsupport.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TestServer;
using parcours::test::testServer;

namespace {

// An empty database on the test server, dropped at the end.
struct EmptyServerDatabase
{
    QString name;
    EmptyServerDatabase() : name(TestServer::instance().createEmpty()) { }
    ~EmptyServerDatabase() { TestServer::instance().drop(name); }
    QString url() const { return TestServer::instance().url(name); }
};

} // namespace

TEST_CASE("An empty server database is set up only when asked; a foreign one is refused", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    EmptyServerDatabase empty;
    const auto refused = Database::open(empty.url(), {Database::Mode::MustExist, 2000});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("is empty")));
    {
        auto created = Database::open(empty.url(), {Database::Mode::CreateIfMissing, 2000});
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        CHECK(created.value()->wasCreated());
        CHECK(created.value()->isServer());
        CHECK(created.value()->schemaVersion() == Database::latestSchemaVersion());
        CHECK(created.value()->check().ok);
    }
    auto reopened = Database::open(empty.url(), {Database::Mode::MustExist, 2000});
    INFO(reopened.error().toStdString());
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened.value()->wasCreated());

    EmptyServerDatabase foreign;
    {
        auto setup = Database::open(foreign.url(), {Database::Mode::CreateIfMissing, 2000});
        REQUIRE(setup.ok());
        QSqlQuery q(setup.value()->sql());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE parcours_meta")));
    }
    const auto notOurs = Database::open(foreign.url(), {Database::Mode::CreateIfMissing, 2000});
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().contains(QLatin1String("not a Parcours database")));
}

TEST_CASE("The password is asked for when the environment has a wrong one", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    test::TempDatabase t;
    const QByteArray right = qgetenv("PARCOURS_DB_PASSWORD");
    qputenv("PARCOURS_DB_PASSWORD", "wrong");
    int asked = 0;
    Database::Options options{Database::Mode::MustExist, 2000, {}};
    const auto withoutPrompt = Database::open(t.path(), options);
    options.askPassword = [&](const QString &url) {
        ++asked;
        CHECK(url == t.path());
        return QString::fromUtf8(right);
    };
    const auto withPrompt = Database::open(t.path(), options);
    qputenv("PARCOURS_DB_PASSWORD", right);
    REQUIRE_FALSE(withoutPrompt.ok());
    CHECK(withoutPrompt.error().contains(QLatin1String("password")));
    CHECK_FALSE(withoutPrompt.error().contains(QLatin1String("wrong")));
    INFO(withPrompt.error().toStdString());
    CHECK(withPrompt.ok());
    CHECK(asked == 1);
}

TEST_CASE("Two connections write at once, each recorded as its own actor", "[.][postgres]")
{
    REQUIRE_FALSE(testServer().isEmpty());
    test::TempDatabase t;
    auto other = Database::open(t.path(), {Database::Mode::MustExist, 2000});
    REQUIRE(other.ok());
    Actor anne = Actor::system(QStringLiteral("anne"));
    Actor bart = Actor::system(QStringLiteral("bart"));
    t.db->setActor(anne);
    other.value()->setActor(bart);

    Transaction first(t.db->sql());
    REQUIRE(first.active());
    QSqlQuery a(t.db->sql());
    REQUIRE(a.exec(QStringLiteral("UPDATE setting SET value = '15' WHERE key = 'idle_lock_minutes'")));
    {
        // While Anne's change is not committed, Bart saves another row without waiting for her
        // (on one shared audit_context row he would wait, then time out).
        Transaction second(other.value()->sql());
        INFO(second.error().toStdString());
        REQUIRE(second.active());
        QSqlQuery b(other.value()->sql());
        REQUIRE(b.exec(QStringLiteral("UPDATE setting SET value = '12' WHERE key = 'retention_years'")));
        REQUIRE(second.commit().ok());
    }
    REQUIRE(first.commit().ok());

    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, details FROM audit_log WHERE entity = 'setting' AND action = 'update' "
                                  "ORDER BY id")));
    QStringList seen;
    while (q.next())
        seen << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString().remove(QLatin1Char(' '));
    // In the order the rows were written (Anne first), each with its own author.
    CHECK(seen == QStringList{QStringLiteral("system:anne {\"key\":\"idle_lock_minutes\",\"value\":[\"10\",\"15\"]}"),
                              QStringLiteral("system:bart {\"key\":\"retention_years\",\"value\":[\"10\",\"12\"]}")});
}
