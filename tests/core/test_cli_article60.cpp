// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli report article60` on a database built through core.
#include "clisupport.h"

#include "article60/article60.h"
#include "domain/nationalnumber.h"
#include "registry/registry.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Two posts, one held from 2024-05-06 for 60 days (ends 2024-07-14), one vacant.
void fill(Database &db)
{
    Registry reg(db);
    Article60 a60(db);
    Article60Post cook;
    cook.function = QStringLiteral("Cook");
    cook.place = QStringLiteral("Kitchen, Molenbeek");
    const qint64 cookId = a60.addPost(cook).value();
    Article60Post clerk;
    clerk.function = QStringLiteral("Clerk");
    clerk.place = QStringLiteral("Reception");
    clerk.schedule = PostSchedule::Half;
    REQUIRE(a60.addPost(clerk));
    Person p;
    p.lastName = QStringLiteral("Amrani");
    p.firstName = QStringLiteral("Sara");
    p.birthDate = QDate(1984, 2, 3);
    p.nationalNumber = NationalNumber::make(p.birthDate, 5);
    Dossier dossier;
    dossier.reference = QStringLiteral("A60-1");
    dossier.opened = d("2024-01-01");
    const qint64 dossierId = reg.save(p, dossier).value().dossierId;
    Article60Contract c;
    c.dossierId = dossierId;
    c.postId = cookId;
    c.start = d("2024-05-06");
    c.daysNeeded = 60;
    REQUIRE(a60.addContract(c));
}

} // namespace

TEST_CASE("report article60 prints the occupancy and the contracts ending soon", "[cli][article60]")
{
    if (!parcours::test::CliRunner::available())
        return;
    parcours::test::CliRunner cli;
    {
        auto opened = Database::open(cli.db(), {Database::Mode::CreateIfMissing, 2000});
        REQUIRE(opened.ok());
        opened.value()->setActor(Actor::system(QStringLiteral("test")));
        fill(*opened.value());
    }
    const QString csv = cli.ok({QStringLiteral("report"), QStringLiteral("article60"), QStringLiteral("--at"), QStringLiteral("2024-06-01")});
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("kind,post_id,function,place,partner,social_economy,schedule,status,reference,person,start,"
                                     "end,days_left,within"));
    CHECK(lines[1] == QStringLiteral("post,2,Clerk,Reception,,0,half,vacant,,,,,,"));
    CHECK(lines[2] == QStringLiteral("post,1,Cook,\"Kitchen, Molenbeek\",,0,full,filled,A60-1,\"Amrani, Sara\",2024-05-06,2024-07-14,43,"));
    CHECK(lines[3] == QStringLiteral("ending,1,Cook,\"Kitchen, Molenbeek\",,0,full,running,A60-1,\"Amrani, Sara\",2024-05-06,2024-07-14,43,60"));

    const QString table = cli.ok({QStringLiteral("report"), QStringLiteral("article60"), QStringLiteral("--at"),
                                  QStringLiteral("2024-06-01"), QStringLiteral("--format"), QStringLiteral("table")});
    CHECK(table.contains(QStringLiteral("2 posts, 1 filled, 1 vacant; contracts ending within 30 days: 0, 60 days: 1, 90 days: 1")));
    CHECK(table.contains(QStringLiteral("Amrani, Sara (A60-1)")));

    // After the end nobody holds the cook's post.
    const QString later = cli.ok({QStringLiteral("report"), QStringLiteral("article60"), QStringLiteral("--at"), QStringLiteral("2024-07-15")});
    CHECK(later.count(QStringLiteral(",vacant,")) == 2);

    const auto bad = cli.onDb({QStringLiteral("report"), QStringLiteral("article60"), QStringLiteral("--at"), QStringLiteral("2024-13-01")});
    CHECK(bad.exitCode == 2);
    const auto format = cli.onDb({QStringLiteral("report"), QStringLiteral("article60"), QStringLiteral("--format"), QStringLiteral("xml")});
    CHECK(format.exitCode == 2);
}
