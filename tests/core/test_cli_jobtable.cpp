// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli report jobtable` on a database built through core.
#include "clisupport.h"
#include "domain/nationalnumber.h"
#include "jobtable/jobtables.h"
#include "registry/registry.h"
#include "trajectory/trajectory.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// One concluded group of two, launched 2024-01-10: one found a job at the conclusion.
void fill(Database &db)
{
    Registry reg(db);
    Trajectory trajectory(db);
    JobTables tables(db);
    JobTable t;
    t.title = QStringLiteral("Spring, Molenbeek");
    t.capacity = 10;
    const qint64 id = tables.create(t).value();
    QList<qint64> people;
    for (int i = 0; i < 2; ++i) {
        Person p;
        p.lastName = QStringLiteral("Name%1").arg(i);
        p.firstName = QStringLiteral("Ann");
        p.birthDate = QDate(1980, 3, 1 + i);
        p.nationalNumber = NationalNumber::make(p.birthDate, 5);
        Dossier dossier;
        dossier.reference = QStringLiteral("CLI-%1").arg(i);
        dossier.opened = d("2020-01-01");
        const qint64 dossierId = reg.save(p, dossier).value().dossierId;
        REQUIRE(trajectory.refer(dossierId, Cell::Work, d("2023-01-01"), {}, {}).ok());
        const qint64 participant = tables.addParticipant(id, dossierId, d("2024-01-02")).value();
        REQUIRE(tables.acceptRules(participant, QStringLiteral("1"), d("2024-01-02")).ok());
        people << participant;
    }
    REQUIRE(tables.setStage(id, Stage::Composing, {{}, d("2024-01-05"), {}}).ok());
    for (Stage s : {Stage::Launch, Stage::JobSearch, Stage::Interviews})
        REQUIRE(tables.setStage(id, s, {{}, d("2024-01-10"), {}}).ok());
    REQUIRE(tables.setStage(id, Stage::Conclusion, {{}, d("2024-03-01"), {}}).ok());
    REQUIRE(tables.setOrientation(people[0], Orientation::Job, QStringLiteral("interim"), {}).ok());
    REQUIRE(tables.createTrajectorySteps(id, {}).ok());
}

} // namespace

TEST_CASE("report jobtable prints the Job Table figures as CSV or as a table", "[cli][jobtable]")
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
    const QString csv = cli.ok({QStringLiteral("report"), QStringLiteral("jobtable"), QStringLiteral("--from"),
                                QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("job_table,title,stage,launched,concluded,participants,left,waiting,meetings,present,"
                                     "excused,absent,attendance_pct,m3_measured,m3_job,m3_training,m3_pct,m6_measured,"
                                     "m6_job,m6_training,m6_pct"));
    CHECK(lines[1] == QStringLiteral("1,\"Spring, Molenbeek\",5,2024-01-10,2024-03-01,2,0,0,0,0,0,0,,2,1,0,50.00,2,1,0,50.00"));
    CHECK(lines[2] == QStringLiteral("total,,,,,2,0,0,0,0,0,0,,2,1,0,50.00,2,1,0,50.00"));

    const QString table = cli.ok({QStringLiteral("report"), QStringLiteral("jobtable"), QStringLiteral("--from"),
                                  QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                                  QStringLiteral("--format"), QStringLiteral("table")});
    CHECK(table.contains(QStringLiteral("Spring, Molenbeek")));
    CHECK(table.contains(QStringLiteral("50.00")));

    const auto bad = cli.onDb({QStringLiteral("report"), QStringLiteral("jobtable"), QStringLiteral("--from"), QStringLiteral("2024-13-01")});
    CHECK(bad.exitCode == 2);
    const auto reversed = cli.onDb({QStringLiteral("report"), QStringLiteral("jobtable"), QStringLiteral("--from"),
                                    QStringLiteral("2024-06-01"), QStringLiteral("--to"), QStringLiteral("2024-01-01")});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(QStringLiteral("--from")));

    // The technical fiche as a PDF; a Job Table that does not exist is refused.
    const QString fiche = cli.file(QStringLiteral("fiche.pdf"));
    cli.ok({QStringLiteral("print"), QStringLiteral("jobtable"), QStringLiteral("1"), QStringLiteral("--out"), fiche});
    QFile pdf(fiche);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == QByteArray("%PDF"));
    const auto missing = cli.onDb({QStringLiteral("print"), QStringLiteral("jobtable"), QStringLiteral("7"), QStringLiteral("--out"),
                                   cli.file(QStringLiteral("none.pdf"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("7")));
    CHECK_FALSE(QFileInfo::exists(cli.file(QStringLiteral("none.pdf"))));
}
