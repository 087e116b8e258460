// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's reports (core/reports): flows between cells, durations in the cells, the
// caseload per cell and officer — on a hand-built history whose answers are worked out by
// hand below, and through `parcours-cli report …`.
#include "clisupport.h"
#include "domain/nationalnumber.h"
#include "registry/registry.h"
#include "reports/caseloadreport.h"
#include "reports/durationreport.h"
#include "reports/flowreport.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::CliRunner;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addDossier(Database &db, const QString &reference, const QDate &opened, const QDate &closed = {})
{
    static int people = 0;
    Person p;
    p.lastName = QStringLiteral("Peeters");
    p.firstName = reference;
    p.birthDate = QDate(1970, 1, 1).addDays(++people);
    p.nationalNumber = NationalNumber::make(p.birthDate, 5);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.closed = closed;
    auto saved = Registry(db).save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

void place(Database &db, qint64 dossier, Cell cell, const char *start, const char *end, std::optional<Outcome> outcome,
           const char *officer = "")
{
    Placement p;
    p.dossierId = dossier;
    p.cell = cell;
    p.start = d(start);
    p.end = end ? d(end) : QDate();
    p.outcome = outcome;
    p.officer = QString::fromUtf8(officer);
    auto added = Trajectory(db).add(p);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
}

// The history of the flow and caseload tests; the year looked at is 2024.
//   A: facilitation 2023-06-01…2024-02-29 → literacy 2024-03-01…2024-06-30 → work from
//      2024-07-01 (open). Entered before 2024; two moves in 2024.
//   B: work 2024-02-01…2024-04-30 (job), then after a gap work 2024-06-01…2024-12-31 (no
//      outcome recorded): two entries, two exits.
//   C: studies 2023-09-01…2023-12-31 → article 60 2024-01-01…2025-03-31: the move happened
//      on the last day of 2023 and the stay ends after 2024: nothing in 2024.
//   D: health/equity 2024-05-01…2024-05-31 (moved away); literacy from 2024-12-31 to
//      2025-01-31: two entries, one exit.
//   F: facilitation from 2024-06-01, open, no officer.
void buildHistory(Database &db)
{
    const qint64 a = addDossier(db, QStringLiteral("A"), d("2023-01-01"));
    place(db, a, Cell::Facilitation, "2023-06-01", "2024-02-29", Outcome::MovedCell, "Ann Claes");
    place(db, a, Cell::Literacy, "2024-03-01", "2024-06-30", Outcome::MovedCell, "Ann Claes");
    place(db, a, Cell::Work, "2024-07-01", nullptr, std::nullopt, "Bert Maes");
    const qint64 b = addDossier(db, QStringLiteral("B"), d("2024-01-01"));
    place(db, b, Cell::Work, "2024-02-01", "2024-04-30", Outcome::Job, "Bert Maes");
    place(db, b, Cell::Work, "2024-06-01", "2024-12-31", std::nullopt, "Bert Maes");
    const qint64 c = addDossier(db, QStringLiteral("C"), d("2020-01-01"));
    place(db, c, Cell::Studies, "2023-09-01", "2023-12-31", Outcome::MovedCell, "Ann Claes");
    place(db, c, Cell::Article60, "2024-01-01", "2025-03-31", Outcome::Job, "  Ann Claes ");
    const qint64 dd = addDossier(db, QStringLiteral("D"), d("2024-01-01"));
    place(db, dd, Cell::HealthEquity, "2024-05-01", "2024-05-31", Outcome::MovedAway, "Ann Claes");
    place(db, dd, Cell::Literacy, "2024-12-31", "2025-01-31", Outcome::MovedCell, "Ann Claes");
    const qint64 f = addDossier(db, QStringLiteral("F"), d("2024-01-01"));
    place(db, f, Cell::Facilitation, "2024-06-01", nullptr, std::nullopt);
}

Actor withRole(Role role)
{
    Actor a;
    a.name = QStringLiteral("someone");
    a.displayName = QStringLiteral("Someone");
    a.role = role;
    a.accountId = 1;
    return a;
}

} // namespace

TEST_CASE("reports: flows count moves, entries and exits by outcome in the period", "[reports]")
{
    TempDatabase t;
    buildHistory(*t.db);
    const auto report = FlowReport::compute(*t.db, d("2024-01-01"), d("2024-12-31"));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const FlowReport &r = report.value();

    CHECK(r.count(std::nullopt, Cell::Work) == 2);
    CHECK(r.count(std::nullopt, Cell::HealthEquity) == 1);
    CHECK(r.count(std::nullopt, Cell::Literacy) == 1);
    CHECK(r.count(std::nullopt, Cell::Facilitation) == 1); // F
    CHECK(r.count(Cell::Facilitation, Cell::Literacy) == 1);
    CHECK(r.count(Cell::Literacy, Cell::Work) == 1);
    CHECK(r.count(Cell::Work, std::nullopt, Outcome::Job) == 1);
    CHECK(r.count(Cell::Work, std::nullopt, std::nullopt) == 1); // no outcome recorded
    CHECK(r.count(Cell::HealthEquity, std::nullopt, Outcome::MovedAway) == 1);
    CHECK(r.count(Cell::Studies, Cell::Article60) == 0); // happened on 2023-12-31
    CHECK(r.entries() == 5);
    CHECK(r.moves() == 2);
    CHECK(r.exits() == 3);
    CHECK(r.flows.size() == 9);

    // Entries first, then by from-cell; exits after the cells, unrecorded last.
    CHECK(QString::fromUtf8(r.toCsv())
          == QStringLiteral("from,to,outcome,count\n"
                            "entry,facilitation,,1\n"
                            "entry,literacy,,1\n"
                            "entry,work,,2\n"
                            "entry,health_equity,,1\n"
                            "facilitation,literacy,,1\n"
                            "literacy,work,,1\n"
                            "work,exit,job,1\n"
                            "work,exit,unrecorded,1\n"
                            "health_equity,exit,moved_away,1\n"));
    CHECK(FlowReport::fromLabel(r.flows.first()) == QStringLiteral("Entry (no cell)"));
    const auto balance = r.balance();
    CHECK(balance[size_t(Cell::Literacy)].entries == 1);  // D
    CHECK(balance[size_t(Cell::Literacy)].movesIn == 1);  // A from facilitation
    CHECK(balance[size_t(Cell::Literacy)].movesOut == 1); // A to work
    CHECK(balance[size_t(Cell::Work)].entries == 2);
    CHECK(balance[size_t(Cell::Work)].exits == 2);
    CHECK(balance[size_t(Cell::Facilitation)].movesOut == 1);

    SECTION("a period of one day sees only what happened that day")
    {
        const auto lastDay = FlowReport::compute(*t.db, d("2023-12-31"), d("2023-12-31"));
        REQUIRE(lastDay.ok());
        CHECK(lastDay.value().count(Cell::Studies, Cell::Article60) == 1);
        CHECK(lastDay.value().flows.size() == 1);
    }
    SECTION("the whole history: every placement that started without a predecessor is an entry")
    {
        const auto all = FlowReport::compute(*t.db, d("2000-01-01"), d("2030-12-31"));
        REQUIRE(all.ok());
        CHECK(all.value().entries() == 7);                                         // A, B×2, C, D×2, F
        CHECK(all.value().moves() == 3);                                          // A×2, C
        CHECK(all.value().count(Cell::Article60, std::nullopt, Outcome::Job) == 1); // C in 2025
        CHECK(all.value().count(Cell::Literacy, std::nullopt, Outcome::MovedCell) == 1);
    }
}

TEST_CASE("reports: flows refuse a bad period and a role without reports", "[reports]")
{
    TempDatabase t;
    CHECK(FlowReport::compute(*t.db, d("2024-02-01"), d("2024-01-01")).error()
          == QStringLiteral("The period starts on 2024-02-01, after its end on 2024-01-01."));
    CHECK_FALSE(FlowReport::compute(*t.db, QDate(), d("2024-01-01")).ok());
    t.db->setActor(withRole(Role::Reception));
    CHECK_FALSE(FlowReport::compute(*t.db, d("2024-01-01"), d("2024-12-31")).ok());
    CHECK_FALSE(DurationReport::compute(*t.db).ok());
    CHECK_FALSE(CaseloadReport::compute(*t.db, d("2024-01-01")).ok());
    t.db->setActor(withRole(Role::Manager));
    CHECK(FlowReport::compute(*t.db, d("2024-01-01"), d("2024-12-31")).ok());
}

TEST_CASE("reports: durations give the median of odd and even counts, quartiles and means", "[reports]")
{
    TempDatabase t;
    const qint64 x = addDossier(*t.db, QStringLiteral("X"), d("2020-01-01"));
    // Work: 10, 20 and 30 days (odd count: median 20). Literacy: 10, 20, 30, 40 days (even:
    // median 25). Each stay leaves a gap before the next one.
    place(*t.db, x, Cell::Work, "2021-01-01", "2021-01-10", Outcome::Job);       // 10
    place(*t.db, x, Cell::Work, "2021-02-01", "2021-02-20", Outcome::Job);       // 20
    place(*t.db, x, Cell::Work, "2021-03-01", "2021-03-30", Outcome::DroppedOut); // 30
    place(*t.db, x, Cell::Literacy, "2022-01-01", "2022-01-10", std::nullopt);    // 10
    place(*t.db, x, Cell::Literacy, "2022-02-01", "2022-02-20", std::nullopt);    // 20
    place(*t.db, x, Cell::Literacy, "2022-03-01", "2022-03-30", std::nullopt);    // 30
    place(*t.db, x, Cell::Literacy, "2022-04-01", "2022-05-10", std::nullopt);    // 40
    place(*t.db, x, Cell::Studies, "2023-01-01", nullptr, std::nullopt);          // open: not counted

    const auto all = DurationReport::compute(*t.db);
    INFO(all.error().toStdString());
    REQUIRE(all.ok());
    const DurationReport::Row &work = all.value().row(Cell::Work);
    CHECK(work.count == 3);
    CHECK(work.median == 20);
    CHECK(work.firstQuartile == 15);
    CHECK(work.thirdQuartile == 25);
    CHECK(work.mean == 20);
    CHECK(work.shortest == 10);
    CHECK(work.longest == 30);
    const DurationReport::Row &literacy = all.value().row(Cell::Literacy);
    CHECK(literacy.count == 4);
    CHECK(literacy.median == 25);
    CHECK(literacy.firstQuartile == 17.5);
    CHECK(literacy.thirdQuartile == 32.5);
    CHECK(all.value().row(Cell::Studies).count == 0);
    const DurationReport::Row &every = all.value().row(std::nullopt);
    CHECK(every.count == 7);
    CHECK(every.median == 20);
    CHECK(every.longest == 40);

    CHECK(QString::fromUtf8(all.value().toCsv())
          == QStringLiteral("cell,placements,median_days,q1_days,q3_days,mean_days,min_days,max_days\n"
                            "facilitation,0,,,,,,\n"
                            "literacy,4,25,17.5,32.5,25,10,40\n"
                            "studies,0,,,,,,\n"
                            "work,3,20,15,25,20,10,30\n"
                            "article60,0,,,,,,\n"
                            "post_article60,0,,,,,,\n"
                            "health_equity,0,,,,,,\n"
                            "all,7,20,15,30,22.9,10,40\n"));

    SECTION("with a period: only the placements that ended in it")
    {
        const auto in2021 = DurationReport::compute(*t.db, d("2021-01-15"), d("2021-12-31"));
        REQUIRE(in2021.ok());
        CHECK(in2021.value().row(Cell::Work).count == 2);
        CHECK(in2021.value().row(Cell::Work).median == 25);
        CHECK(in2021.value().row(Cell::Literacy).count == 0);
    }
    SECTION("half a period is refused")
    {
        CHECK_FALSE(DurationReport::compute(*t.db, d("2021-01-01"), QDate()).ok());
    }
}

TEST_CASE("reports: the caseload on a day per cell, per officer and per officer and cell", "[reports]")
{
    TempDatabase t;
    buildHistory(*t.db);
    // Another dossier, closed before the day with its placement left open (as an old import
    // may have it): the placement does not count once the dossier is closed.
    const qint64 e = addDossier(*t.db, QStringLiteral("E"), d("2024-01-01"));
    place(*t.db, e, Cell::Work, "2024-01-01", nullptr, std::nullopt, "Bert Maes");
    QSqlQuery close(t.db->sql());
    REQUIRE(close.exec(QStringLiteral("UPDATE dossier SET closed = '2024-06-10' WHERE reference = 'E'")));

    const auto report = CaseloadReport::compute(*t.db, d("2024-06-15"));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const CaseloadReport &r = report.value();
    // A in literacy (Ann), B in work (Bert), C in article 60 (Ann, spaces trimmed), F in
    // facilitation (nobody recorded); D's health/equity stay ended on 31 May.
    CHECK(r.total == 4);
    CHECK(r.cells[size_t(Cell::Literacy)] == 1);
    CHECK(r.cells[size_t(Cell::Work)] == 1);
    CHECK(r.cells[size_t(Cell::Article60)] == 1);
    CHECK(r.cells[size_t(Cell::Facilitation)] == 1);
    CHECK(r.cells[size_t(Cell::HealthEquity)] == 0);
    REQUIRE(r.officers.size() == 3);
    CHECK(r.officerCount(QStringLiteral("Ann Claes")) == 2);
    CHECK(r.officerCount(QStringLiteral("Ann Claes"), Cell::Article60) == 1);
    CHECK(r.officerCount(QStringLiteral("Bert Maes")) == 1);
    CHECK(r.officerCount(QString()) == 1);
    CHECK(r.officers.last().officer.isEmpty()); // "no officer recorded" last

    CHECK(QString::fromUtf8(r.toCsv(CaseloadReport::By::Officer))
          == QStringLiteral("officer,count\nAnn Claes,2\nBert Maes,1\n,1\n"));
    CHECK(QString::fromUtf8(r.toCsv(CaseloadReport::By::Both))
          == QStringLiteral("officer,cell,count\nAnn Claes,literacy,1\nAnn Claes,article60,1\nBert Maes,work,1\n,facilitation,1\n"));
    CHECK(QString::fromUtf8(r.toCsv(CaseloadReport::By::Cell))
          == QStringLiteral("cell,count\nfacilitation,1\nliteracy,1\nstudies,0\nwork,1\narticle60,1\npost_article60,0\n"
                            "health_equity,0\nall,4\n"));

    // Before E's dossier closed it counts: Bert follows B and E in work on 06-09.
    const auto earlier = CaseloadReport::compute(*t.db, d("2024-06-09"));
    REQUIRE(earlier.ok());
    CHECK(earlier.value().officerCount(QStringLiteral("Bert Maes"), Cell::Work) == 2);
}

TEST_CASE("reports: a progress function sees the work and can stop it", "[reports]")
{
    TempDatabase t;
    buildHistory(*t.db);
    qint64 lastDone = -1, lastTotal = -1;
    const auto watched = FlowReport::compute(*t.db, d("2024-01-01"), d("2024-12-31"), [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE(watched.ok());
    CHECK(lastTotal > 0);
    CHECK(lastDone == lastTotal);
    const auto stopped = DurationReport::compute(*t.db, {}, {}, [](qint64, qint64) { return false; });
    CHECK(stopped.error() == QStringLiteral("The report was cancelled."));
    const auto stoppedCaseload = CaseloadReport::compute(*t.db, d("2024-06-15"), [](qint64, qint64) { return false; });
    CHECK_FALSE(stoppedCaseload.ok());
}

TEST_CASE("cli: report flows, durations and caseload print the core's figures", "[cli][reports]")
{
    if (!CliRunner::available())
        return;
    CliRunner cli;
    {
        auto opened = Database::open(cli.db(), {Database::Mode::CreateIfMissing, 2000});
        REQUIRE(opened.ok());
        auto db = opened.take();
        db->setActor(Actor::system(QStringLiteral("test")));
        buildHistory(*db);
    }
    const auto args = [](std::initializer_list<const char *> words) {
        QStringList out;
        for (const char *w : words)
            out << QString::fromUtf8(w);
        return out;
    };
    auto db = Database::open(cli.db(), {Database::Mode::MustExist, 2000}).take();
    db->setActor(Actor::system(QStringLiteral("test")));

    CHECK(cli.ok(args({"report", "flows", "--from", "2024-01-01", "--to", "2024-12-31"}))
          == QString::fromUtf8(FlowReport::compute(*db, d("2024-01-01"), d("2024-12-31")).value().toCsv()));
    CHECK(cli.ok(args({"report", "durations", "--format", "csv"})) == QString::fromUtf8(DurationReport::compute(*db).value().toCsv()));
    CHECK(cli.ok(args({"report", "durations", "--from", "2024-01-01", "--to", "2024-06-30"}))
          == QString::fromUtf8(DurationReport::compute(*db, d("2024-01-01"), d("2024-06-30")).value().toCsv()));
    const CaseloadReport caseload = CaseloadReport::compute(*db, d("2024-06-15")).value();
    CHECK(cli.ok(args({"report", "caseload", "--at", "2024-06-15"})) == QString::fromUtf8(caseload.toCsv(CaseloadReport::By::Cell)));
    CHECK(cli.ok(args({"report", "caseload", "--at", "2024-06-15", "--by", "both"}))
          == QString::fromUtf8(caseload.toCsv(CaseloadReport::By::Both)));

    // The table: labels in words, numbers right-aligned.
    const QString table = cli.ok(args({"report", "flows", "--from", "2024-01-01", "--to", "2024-12-31", "--format", "table"}));
    CHECK(table.contains(QStringLiteral("Entry (no cell)")));
    CHECK(table.contains(QStringLiteral("Exit: Job found")));
    const QString byOfficer = cli.ok(args({"report", "caseload", "--at", "2024-06-15", "--by", "officer", "--format", "table"}));
    CHECK(byOfficer.contains(QStringLiteral("(no officer recorded)")));

    SECTION("bad dates and options exit 2 and say why")
    {
        const auto refused = [&](std::initializer_list<const char *> words, const QString &message) {
            const auto o = cli.onDb(args(words));
            INFO(o.describe());
            CHECK(o.exitCode == 2);
            CHECK(o.err.contains(message));
        };
        refused({"report", "flows", "--from", "2024-13-01", "--to", "2024-12-31"},
                QStringLiteral("--from: \"2024-13-01\" is not a date (YYYY-MM-DD)."));
        refused({"report", "flows", "--to", "2024-12-31"}, QStringLiteral("report flows needs --from and --to."));
        refused({"report", "flows", "--from", "2024-12-31", "--to", "2024-01-01"},
                QStringLiteral("--from 2024-12-31 is after --to 2024-01-01."));
        refused({"report", "durations", "--from", "2024-01-01"}, QStringLiteral("--from and --to go together."));
        refused({"report", "caseload", "--by", "team"}, QStringLiteral("--by: \"team\" is not cell, officer or both."));
        refused({"report", "caseload", "--format", "json"}, QStringLiteral("--format: \"json\" is not csv or table."));
    }
}
