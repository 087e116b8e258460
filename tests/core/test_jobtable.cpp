// SPDX-License-Identifier: GPL-3.0-or-later
// The Job Table: stages in order, composing the group (capacity, waiting list, usage rules),
// attendance, the orientation table and its trajectory steps, the outcome figures, the free
// access log.
#include "domain/nationalnumber.h"
#include "jobtable/freeaccess.h"
#include "jobtable/jobtablefigures.h"
#include "jobtable/jobtables.h"
#include "registry/registry.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

bool contains(const QString &text, const char *part)
{
    return text.contains(QString::fromUtf8(part));
}

qint64 addDossier(Database &db, const QString &reference, const QString &lastName, const QDate &opened = d("2020-01-01"),
                  const QDate &closed = {})
{
    Registry reg(db);
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Sam");
    static int people = 0;
    p.birthDate = QDate(1970, 1, 1).addDays(++people);
    p.nationalNumber = NationalNumber::make(p.birthDate, 3);
    p.language = QStringLiteral("fr");
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.closed = closed;
    dossier.officer = QStringLiteral("Sofie Claes");
    auto saved = reg.save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

JobTable group(const QString &title, int capacity)
{
    JobTable t;
    t.title = title;
    t.officers = QStringLiteral("Sofie Claes, Karim Benali");
    t.place = QStringLiteral("Space for Work, Rue Comte de Flandre 20");
    t.capacity = capacity;
    t.targetPublic = QStringLiteral("People of the Work cell");
    return t;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Actor user(const char *name, Role role)
{
    Actor a;
    a.name = QString::fromLatin1(name);
    a.displayName = a.name;
    a.role = role;
    a.kind = Actor::Kind::User;
    return a;
}

// A composed group of `n` (all accepted the rules on 2024-01-05), launched on 2024-01-10.
struct Launched
{
    qint64 id = 0;
    QList<qint64> dossiers;
    QList<qint64> participants;
};

Launched launchedGroup(Database &db, int n, const QString &prefix)
{
    JobTables tables(db);
    Launched g;
    JobTable t = group(QStringLiteral("Group ") + prefix, 12);
    g.id = tables.create(t).value();
    for (int i = 0; i < n; ++i) {
        const qint64 dossier = addDossier(db, prefix + QString::number(i), QStringLiteral("Person%1").arg(QChar(u'A' + i)));
        g.dossiers << dossier;
        auto p = tables.addParticipant(g.id, dossier, d("2024-01-02"));
        REQUIRE(p.ok());
        g.participants << p.value();
        REQUIRE(tables.acceptRules(p.value(), QStringLiteral("2023-1"), d("2024-01-05")).ok());
    }
    REQUIRE(tables.setStage(g.id, Stage::Composing, {d("2024-01-02"), d("2024-01-05"), {}}).ok());
    const Status launched = tables.setStage(g.id, Stage::Launch, {d("2024-01-10"), d("2024-01-10"), {}});
    INFO(launched.error().toStdString());
    REQUIRE(launched.ok());
    return g;
}

} // namespace

TEST_CASE("The six stages follow each other: order and dates", "[jobtable]")
{
    JobTable t = group(QStringLiteral("Spring"), 10);
    CHECK(JobTableRules::check(t).isEmpty());
    CHECK(t.next() == Stage::Composing);
    CHECK_FALSE(t.lastDone());

    SECTION("an actual date before the previous stage's is refused")
    {
        t.stage(Stage::Composing).actual = d("2024-01-05");
        t.stage(Stage::Launch).actual = d("2024-01-04");
        const QString why = JobTableRules::check(t);
        CHECK(contains(why, "Launch"));
        CHECK(contains(why, "2024-01-04"));
        CHECK(contains(why, "2024-01-05"));
        t.stage(Stage::Launch).actual = d("2024-01-05"); // the same day is fine
        CHECK(JobTableRules::check(t).isEmpty());
        CHECK(t.lastDone() == Stage::Launch);
        CHECK(t.next() == Stage::JobSearch);
    }
    SECTION("a stage cannot be done while an earlier one is not")
    {
        t.stage(Stage::Composing).actual = d("2024-01-05");
        t.stage(Stage::Interviews).actual = d("2024-02-05");
        const QString why = JobTableRules::check(t);
        CHECK(contains(why, "Interviews"));
        CHECK(contains(why, "Launch"));
    }
    SECTION("planned dates in order too")
    {
        t.stage(Stage::Conclusion).planned = d("2024-03-01");
        t.stage(Stage::Debriefing).planned = d("2024-02-01");
        CHECK(contains(JobTableRules::check(t), "2024-02-01"));
    }
    SECTION("title and capacity")
    {
        t.capacity = 0;
        CHECK(contains(JobTableRules::check(t), "capacity"));
        t.capacity = 5;
        t.title = QStringLiteral("  ");
        CHECK(contains(JobTableRules::check(t), "title"));
    }
}

TEST_CASE("A Job Table is stored with its stages, and a refused change changes nothing", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    JobTable t = group(QStringLiteral("Autumn group"), 8);
    t.stage(Stage::Composing).planned = d("2024-09-02");
    t.stage(Stage::Launch).planned = d("2024-09-16");
    const auto id = tables.create(t);
    REQUIRE(id.ok());
    auto stored = tables.jobTable(id.value());
    REQUIRE(stored);
    CHECK(stored->title == QStringLiteral("Autumn group"));
    CHECK(stored->capacity == 8);
    CHECK(stored->stage(Stage::Launch).planned == d("2024-09-16"));

    const Status s = tables.setStage(id.value(), Stage::JobSearch, {{}, d("2024-09-20"), {}});
    REQUIRE_FALSE(s.ok());
    CHECK(tables.jobTable(id.value())->stage(Stage::JobSearch).actual.isNull());

    const auto rows = tables.list();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].next == Stage::Composing);
    CHECK(rows[0].nextPlanned == d("2024-09-02"));
}

TEST_CASE("The launch waits for a composed group whose members accepted the usage rules", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    const qint64 id = tables.create(group(QStringLiteral("Winter"), 5)).value();
    REQUIRE(tables.setStage(id, Stage::Composing, {{}, d("2024-01-05"), {}}).ok());

    Status s = tables.setStage(id, Stage::Launch, {{}, d("2024-01-10"), {}});
    REQUIRE_FALSE(s.ok());
    CHECK(contains(s.error(), "nobody is in the group"));

    const qint64 dossier = addDossier(*f.db, QStringLiteral("W-1"), QStringLiteral("Janssens"));
    const qint64 p = tables.addParticipant(id, dossier, d("2024-01-03")).value();
    s = tables.setStage(id, Stage::Launch, {{}, d("2024-01-10"), {}});
    REQUIRE_FALSE(s.ok());
    CHECK(contains(s.error(), "Janssens"));
    CHECK(contains(s.error(), "usage rules"));

    REQUIRE(tables.acceptRules(p, QStringLiteral("2023-1"), d("2024-01-11")).ok());
    s = tables.setStage(id, Stage::Launch, {{}, d("2024-01-10"), {}});
    REQUIRE_FALSE(s.ok());
    CHECK(contains(s.error(), "2024-01-11")); // accepted only after the launch

    REQUIRE(tables.acceptRules(p, QStringLiteral("2023-1"), d("2024-01-08")).ok());
    s = tables.setStage(id, Stage::Launch, {{}, d("2024-01-10"), {}});
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    CHECK(tables.jobTable(id)->stage(Stage::Launch).actual == d("2024-01-10"));
    const auto people = tables.participants(id);
    REQUIRE(people.size() == 1);
    CHECK(people[0].rulesVersion == QStringLiteral("2023-1"));
    CHECK(people[0].rulesAcceptedOn == d("2024-01-08"));
}

TEST_CASE("Capacity, waiting list and promotion when someone leaves", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    const qint64 id = tables.create(group(QStringLiteral("Small"), 2)).value();
    QList<qint64> ids;
    for (const char *name : {"Aerts", "Bosmans", "Claes", "Dubois"})
        ids << tables.addParticipant(id, addDossier(*f.db, QStringLiteral("S-") + QString::fromLatin1(name), QString::fromLatin1(name)),
                                     d("2024-01-02")).value();
    auto people = tables.participants(id);
    REQUIRE(people.size() == 4);
    CHECK(people[0].lastName == QStringLiteral("Aerts"));
    CHECK(people[0].membership == Membership::Member);
    CHECK(people[1].membership == Membership::Member);
    CHECK(people[2].lastName == QStringLiteral("Claes"));
    CHECK(people[2].membership == Membership::Waiting);
    CHECK(people[3].lastName == QStringLiteral("Dubois"));
    CHECK(people[3].membership == Membership::Waiting);

    SECTION("the same dossier twice is refused")
    {
        const auto again = tables.addParticipant(id, people[0].dossierId, d("2024-01-03"));
        REQUIRE_FALSE(again.ok());
        CHECK(contains(again.error(), "already listed"));
    }
    SECTION("a closed dossier cannot join")
    {
        const qint64 closed = addDossier(*f.db, QStringLiteral("S-closed"), QStringLiteral("Evers"), d("2020-01-01"), d("2023-12-31"));
        const auto r = tables.addParticipant(id, closed, d("2024-01-03"));
        REQUIRE_FALSE(r.ok());
        CHECK(contains(r.error(), "not open"));
    }
    SECTION("the capacity cannot fall below the members")
    {
        JobTable t = *tables.jobTable(id);
        t.capacity = 1;
        CHECK(contains(tables.update(t).error(), "2 people"));
    }
    SECTION("a member leaving before the launch frees the place for the first of the waiting list")
    {
        REQUIRE(tables.removeParticipant(ids[0], d("2024-01-04")).ok());
        people = tables.participants(id);
        REQUIRE(people.size() == 3);
        CHECK(people[0].lastName == QStringLiteral("Bosmans"));
        CHECK(people[1].lastName == QStringLiteral("Claes"));
        CHECK(people[1].membership == Membership::Member);
        CHECK(people[2].membership == Membership::Waiting);
    }
    SECTION("after the launch a member who leaves is kept as left")
    {
        for (const qint64 p : {ids[0], ids[1]})
            REQUIRE(tables.acceptRules(p, QStringLiteral("1"), d("2024-01-03")).ok());
        REQUIRE(tables.setStage(id, Stage::Composing, {{}, d("2024-01-04"), {}}).ok());
        REQUIRE(tables.setStage(id, Stage::Launch, {{}, d("2024-01-08"), {}}).ok());
        REQUIRE(tables.removeParticipant(ids[1], d("2024-01-20")).ok());
        people = tables.participants(id);
        CHECK(people[0].lastName == QStringLiteral("Aerts"));
        CHECK(people[1].lastName == QStringLiteral("Claes"));
        CHECK(people[1].membership == Membership::Member);
        CHECK(people[3].lastName == QStringLiteral("Bosmans"));
        CHECK(people[3].membership == Membership::Left);
        CHECK(people[3].leftOn == d("2024-01-20"));
    }
}

TEST_CASE("Attendance per meeting and the rates per participant and per group", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    const Launched g = launchedGroup(*f.db, 3, QStringLiteral("AT-"));
    Meeting m1{0, g.id, Stage::JobSearch, QDateTime(d("2024-01-15"), QTime(9, 30)), QStringLiteral("The CV")};
    Meeting m2{0, g.id, Stage::Interviews, QDateTime(d("2024-01-22"), QTime(13, 0)), QStringLiteral("Role play")};
    const qint64 a = tables.addMeeting(m1).value();
    const qint64 b = tables.addMeeting(m2).value();
    const auto meetings = tables.meetings(g.id);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings[0].startsAt == QDateTime(d("2024-01-15"), QTime(9, 30)));
    CHECK(meetings[1].module == Stage::Interviews);

    REQUIRE(tables.setAttendance(a, g.participants[0], Presence::Present).ok());
    REQUIRE(tables.setAttendance(b, g.participants[0], Presence::Absent).ok());
    REQUIRE(tables.setAttendance(a, g.participants[1], Presence::Present).ok());
    REQUIRE(tables.setAttendance(b, g.participants[1], Presence::Present).ok());
    REQUIRE(tables.setAttendance(a, g.participants[2], Presence::Excused).ok());
    REQUIRE(tables.setAttendance(b, g.participants[2], Presence::Absent).ok());
    REQUIRE(tables.setAttendance(b, g.participants[2], Presence::Present).ok()); // corrected

    const auto byParticipant = tables.attendanceByParticipant(g.id);
    CHECK(byParticipant.value(g.participants[0]).ratePercent() == Approx(50.0));
    CHECK(byParticipant.value(g.participants[1]).ratePercent() == Approx(100.0));
    CHECK(byParticipant.value(g.participants[2]).excused == 1);
    CHECK(byParticipant.value(g.participants[2]).ratePercent() == Approx(50.0));
    const AttendanceCount group = tables.groupAttendance(g.id);
    CHECK(group.present == 4);
    CHECK(group.recorded() == 6);
    CHECK(JobTableReport::percent(group.ratePercent()) == QStringLiteral("66.67"));
    CHECK(AttendanceCount{}.ratePercent() < 0); // nothing recorded: no rate, not 0 %

    SECTION("clearing a presence")
    {
        REQUIRE(tables.setAttendance(a, g.participants[2], std::nullopt).ok());
        CHECK(tables.groupAttendance(g.id).recorded() == 5);
    }
    SECTION("nobody on the waiting list has attendance")
    {
        JobTable t = *tables.jobTable(g.id);
        t.capacity = 3;
        REQUIRE(tables.update(t).ok());
        const qint64 waiting = tables.addParticipant(g.id, addDossier(*f.db, QStringLiteral("AT-w"), QStringLiteral("Wouters")),
                                                     d("2024-01-12")).value();
        const Status s = tables.setAttendance(a, waiting, Presence::Present);
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "waiting list"));
    }
    SECTION("removing a meeting removes its attendance")
    {
        REQUIRE(tables.removeMeeting(b).ok());
        CHECK(tables.groupAttendance(g.id).recorded() == 3);
    }
}

TEST_CASE("The orientation table creates the trajectory steps under the trajectory rules, all or none", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    Trajectory trajectory(*f.db);
    const Launched g = launchedGroup(*f.db, 5, QStringLiteral("OR-"));
    // Everybody in the Work cell since 2023-06-01, except the fifth, in no cell.
    for (int i = 0; i < 4; ++i)
        REQUIRE(trajectory.refer(g.dossiers[i], Cell::Work, d("2023-06-01"), QStringLiteral("Sofie Claes"), {}).ok());
    REQUIRE(tables.setOrientation(g.participants[0], Orientation::Job, QStringLiteral("fixed-term contract"), QStringLiteral("warehouse")).ok());
    REQUIRE(tables.setOrientation(g.participants[1], Orientation::Training, QStringLiteral("Bruxelles Formation: logistics"), {}).ok());
    REQUIRE(tables.setOrientation(g.participants[2], Orientation::WorkFollowUp, {}, {}).ok());
    REQUIRE(tables.setOrientation(g.participants[3], Orientation::Other, {}, QStringLiteral("moving abroad")).ok());
    REQUIRE(tables.setOrientation(g.participants[4], Orientation::Literacy, {}, {}).ok());

    SECTION("no steps before the conclusion has a date")
    {
        const auto r = tables.createTrajectorySteps(g.id, QStringLiteral("Sofie Claes"));
        REQUIRE_FALSE(r.ok());
        CHECK(contains(r.error(), "conclusion"));
    }

    for (Stage s : {Stage::JobSearch, Stage::Interviews})
        REQUIRE(tables.setStage(g.id, s, {{}, d("2024-02-01"), {}}).ok());
    REQUIRE(tables.setStage(g.id, Stage::Conclusion, {{}, d("2024-03-01"), {}}).ok());

    SECTION("each orientation gets its step")
    {
        const auto r = tables.createTrajectorySteps(g.id, QStringLiteral("Sofie Claes"));
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        CHECK(r.value().created == 3);
        CHECK(r.value().kept == 1);
        CHECK(r.value().skipped == 1);

        // Job: the work placement ends on the conclusion with outcome job and the contract type.
        const auto job = trajectory.placements(g.dossiers[0]);
        REQUIRE(job.size() == 1);
        CHECK(job[0].end == d("2024-03-01"));
        CHECK(job[0].outcome == Outcome::Job);
        CHECK(job[0].outcomeDetail == QStringLiteral("fixed-term contract"));
        // Training: transferred to Studies and training on the conclusion day.
        const auto training = trajectory.placements(g.dossiers[1]);
        REQUIRE(training.size() == 2);
        CHECK(training[0].end == d("2024-02-29"));
        CHECK(training[0].outcome == Outcome::MovedCell);
        CHECK(training[1].cell == Cell::Studies);
        CHECK(training[1].start == d("2024-03-01"));
        // Follow-up in the Work cell: already there, kept.
        CHECK(trajectory.placements(g.dossiers[2]).size() == 1);
        CHECK(trajectory.placements(g.dossiers[2])[0].isOpen());
        // Other: nothing.
        CHECK(trajectory.placements(g.dossiers[3])[0].isOpen());
        // Literacy, from no cell: referred.
        const auto literacy = trajectory.placements(g.dossiers[4]);
        REQUIRE(literacy.size() == 1);
        CHECK(literacy[0].cell == Cell::Literacy);
        CHECK(literacy[0].start == d("2024-03-01"));

        const auto people = tables.participants(g.id);
        for (const Participant &p : people) {
            if (p.orientation != Orientation::Other)
                CHECK(p.orientationPlacementId != 0);
        }
        // Once made, the orientation is fixed; a second run makes nothing more.
        CHECK(contains(tables.setOrientation(g.participants[1], Orientation::Studies, {}, {}).error(), "already made"));
        const auto again = tables.createTrajectorySteps(g.id, QStringLiteral("Sofie Claes"));
        REQUIRE(again.ok());
        CHECK(again.value().created == 0);
    }
    SECTION("a refusal for one person leaves everybody as they were")
    {
        // The second person started in Studies on the conclusion day already: a transfer that
        // day is refused by the trajectory rules.
        REQUIRE(trajectory.transfer(g.dossiers[1], Cell::Literacy, d("2024-03-01"), QStringLiteral("x"), {}).ok());
        const int placementsBefore = count(*f.db, QStringLiteral("SELECT count(*) FROM placement"));
        const auto r = tables.createTrajectorySteps(g.id, QStringLiteral("Sofie Claes"));
        REQUIRE_FALSE(r.ok());
        CHECK(contains(r.error(), "PersonB"));
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM placement")) == placementsBefore);
        CHECK(trajectory.placements(g.dossiers[0])[0].isOpen()); // the job of the first one was undone
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM job_table_participant WHERE orientation_placement_id IS NOT NULL")) == 0);
        // And the database takes the next write normally (no transaction left open).
        REQUIRE(tables.setOrientation(g.participants[1], Orientation::Other, {}, {}).ok());
        REQUIRE(tables.createTrajectorySteps(g.id, QStringLiteral("Sofie Claes")).ok());
    }
}

TEST_CASE("Outcome figures at 3 and 6 months on a hand-built case", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    Trajectory trajectory(*f.db);
    const Launched g = launchedGroup(*f.db, 4, QStringLiteral("FG-"));
    // A: job at the conclusion. B: studies from the conclusion, open. C: stays in Work.
    // D: Work, job found on 2024-07-15 (after 3 months, before 6).
    for (int i = 0; i < 4; ++i)
        REQUIRE(trajectory.refer(g.dossiers[i], i == 1 ? Cell::Facilitation : Cell::Work, d("2023-06-01"), {}, {}).ok());
    const auto meeting = tables.addMeeting({0, g.id, Stage::JobSearch, QDateTime(d("2024-01-15"), QTime(9, 0)), {}});
    REQUIRE(tables.setAttendance(meeting.value(), g.participants[0], Presence::Present).ok());
    REQUIRE(tables.setAttendance(meeting.value(), g.participants[1], Presence::Absent).ok());
    for (Stage s : {Stage::JobSearch, Stage::Interviews})
        REQUIRE(tables.setStage(g.id, s, {{}, d("2024-02-01"), {}}).ok());
    REQUIRE(tables.setStage(g.id, Stage::Conclusion, {{}, d("2024-03-01"), {}}).ok());
    REQUIRE(tables.setOrientation(g.participants[0], Orientation::Job, QStringLiteral("permanent"), {}).ok());
    REQUIRE(tables.setOrientation(g.participants[1], Orientation::Studies, {}, {}).ok());
    REQUIRE(tables.createTrajectorySteps(g.id, {}).ok());
    const auto dWork = trajectory.placementOn(g.dossiers[3], d("2024-07-01"));
    REQUIRE(trajectory.endPlacement(dWork->id, d("2024-07-15"), Outcome::Job, {}).ok());

    // A second group, concluded too recently for the 6-month check.
    const Launched late = launchedGroup(*f.db, 1, QStringLiteral("FL-"));
    for (Stage s : {Stage::JobSearch, Stage::Interviews, Stage::Conclusion})
        REQUIRE(tables.setStage(late.id, s, {{}, d("2024-08-01"), {}}).ok());

    const auto figures = JobTableReport::compute(*f.db, d("2024-01-01"), d("2024-12-31"), d("2024-12-31"));
    REQUIRE(figures.ok());
    REQUIRE(figures.value().rows.size() == 2);
    const JobTableFigureRow &r = figures.value().rows[0];
    CHECK(r.id == g.id);
    CHECK(r.participants == 4);
    CHECK(r.meetings == 1);
    CHECK(r.attendance.recorded() == 2);
    CHECK(r.after3.measured == 4);
    CHECK(r.after3.job == 1);      // A
    CHECK(r.after3.training == 1); // B
    CHECK(JobTableReport::percent(r.after3.sharePercent()) == QStringLiteral("50.00"));
    CHECK(r.after6.measured == 4);
    CHECK(r.after6.job == 2);      // A and D
    CHECK(r.after6.training == 1); // B
    CHECK(JobTableReport::percent(r.after6.sharePercent()) == QStringLiteral("75.00"));
    const JobTableFigureRow &l = figures.value().rows[1];
    CHECK(l.after3.measured == 1); // 2024-11-01 ≤ 2024-12-31
    CHECK(l.after6.measured == 0); // 2025-02-01 is still to come
    CHECK(figures.value().total.participants == 5);
    CHECK(figures.value().total.after3.measured == 5);

    const QString csv = JobTableReport::csv(figures.value());
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("job_table,title,stage,launched,concluded,participants")));
    CHECK(lines[1] == QStringLiteral("%1,Group FG-,5,2024-01-10,2024-03-01,4,0,0,1,1,0,1,50.00,4,1,1,50.00,4,2,1,75.00").arg(g.id));
    CHECK(lines[3].startsWith(QStringLiteral("total,,,,,5,")));

    SECTION("a period without launches gives only the total")
    {
        const auto none = JobTableReport::compute(*f.db, d("2025-01-01"), d("2025-12-31"), d("2025-12-31"));
        REQUIRE(none.ok());
        CHECK(none.value().rows.isEmpty());
        CHECK(JobTableReport::csv(none.value()).count(QLatin1Char('\n')) == 2);
    }
}

TEST_CASE("Roles: the register's people read and change Job Tables, the reception only logs visits", "[jobtable]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    const qint64 id = tables.create(group(QStringLiteral("Roles"), 5)).value();
    const qint64 dossier = addDossier(*f.db, QStringLiteral("R-1"), QStringLiteral("Maes"));

    f.db->setActor(user("manager", Role::Manager));
    CHECK(tables.list().size() == 1);
    const auto refused = tables.addParticipant(id, dossier, d("2024-01-02"));
    REQUIRE_FALSE(refused.ok());
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM job_table_participant")) == 0);
    CHECK(JobTableReport::compute(*f.db, d("2024-01-01"), d("2024-12-31")).ok());

    f.db->setActor(user("desk", Role::Reception));
    CHECK(tables.list().isEmpty());
    CHECK_FALSE(JobTableReport::compute(*f.db, d("2024-01-01"), d("2024-12-31")).ok());
    FreeAccess access(*f.db);
    CHECK(access.record(QDate::currentDate(), VisitPurpose::Computer).ok());

    f.db->setActor(user("sofie", Role::Officer));
    REQUIRE(tables.addParticipant(id, dossier, d("2024-01-02")).ok());
    // The audit trail names the person and who added them.
    QSqlQuery q(f.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, person_id FROM audit_log WHERE entity = 'job_table_participant'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("sofie"));
    CHECK(q.value(1).toLongLong() > 0);
}

TEST_CASE("Free access: a quick visit log, the usage rules in force, monthly counts", "[jobtable][freeaccess]")
{
    TempDatabase f;
    FreeAccess access(*f.db);
    addDossier(*f.db, QStringLiteral("FA-1"), QStringLiteral("Lemmens"));
    REQUIRE(access.record(d("2024-03-04"), VisitPurpose::JobOffers).ok());
    REQUIRE(access.record(d("2024-03-04"), VisitPurpose::CvLetter, QStringLiteral("FA-1")).ok());
    REQUIRE(access.record(d("2024-03-28"), VisitPurpose::JobOffers).ok());
    REQUIRE(access.record(d("2024-05-02"), VisitPurpose::Phone).ok());

    const auto unknown = access.record(d("2024-03-05"), VisitPurpose::Phone, QStringLiteral("NOPE"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(contains(unknown.error(), "NOPE"));
    CHECK_FALSE(access.record(QDate::currentDate().addDays(1), VisitPurpose::Phone).ok());

    const auto months = access.monthlyCounts(d("2024-03-01"), d("2024-05-31"));
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == d("2024-03-01"));
    CHECK(months[0].total() == 3);
    CHECK(months[0].known == 1);
    CHECK(months[0].anonymous == 2);
    CHECK(months[0].byPurpose[size_t(VisitPurpose::JobOffers)] == 2);
    CHECK(months[0].byPurpose[size_t(VisitPurpose::CvLetter)] == 1);
    CHECK(months[1].total() == 0); // April: no visits, still a row
    CHECK(months[2].byPurpose[size_t(VisitPurpose::Phone)] == 1);

    const auto visits = access.visits(d("2024-03-01"), d("2024-03-31"));
    REQUIRE(visits.size() == 3);
    CHECK(visits[0].day == d("2024-03-28"));
    CHECK(visits[1].reference == QStringLiteral("FA-1")); // same day: the later entry first
    CHECK(visits[2].reference.isEmpty());
    // Only the known person's visit is in the audit trail.
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'free_access_visit'")) == 1);

    CHECK_FALSE(access.rulesInForce(d("2024-01-01")));
    REQUIRE(access.setRules({QStringLiteral("2023-1"), d("2023-09-01"), QStringLiteral("Be on time.")}).ok());
    REQUIRE(access.setRules({QStringLiteral("2024-1"), d("2024-04-01"), QStringLiteral("Be on time. Phone calls for job search only.")}).ok());
    CHECK(access.rulesInForce(d("2024-03-31"))->version == QStringLiteral("2023-1"));
    CHECK(access.rulesInForce(d("2024-04-01"))->version == QStringLiteral("2024-1"));
    CHECK_FALSE(access.setRules({QStringLiteral("x"), d("2024-04-01"), QStringLiteral(" ")}).ok());
}

TEST_CASE("A nested transaction is a savepoint: the outer one decides", "[jobtable][database]")
{
    TempDatabase f;
    JobTables tables(*f.db);
    {
        Transaction outer(f.db->sql());
        REQUIRE(outer.active());
        REQUIRE(tables.create(group(QStringLiteral("Inner"), 3)).ok()); // commits only its savepoint
        {
            Transaction inner(f.db->sql());
            REQUIRE(inner.active());
            QSqlQuery q(f.db->sql());
            REQUIRE(q.exec(QStringLiteral("INSERT INTO job_table (title, capacity) VALUES ('rolled back', 3)")));
        } // inner rolls back its own part only
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM job_table")) == 1);
    } // outer rolls back everything
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM job_table")) == 0);
    REQUIRE(tables.create(group(QStringLiteral("After"), 3)).ok());
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM job_table")) == 1);
}

TEST_CASE("Participants are chosen among open dossiers, with filters", "[jobtable]")
{
    TempDatabase f;
    Trajectory trajectory(*f.db);
    JobTables tables(*f.db);
    const qint64 inWork = addDossier(*f.db, QStringLiteral("C-1"), QStringLiteral("Wouters"));
    const qint64 inLiteracy = addDossier(*f.db, QStringLiteral("C-2"), QStringLiteral("Willems"));
    addDossier(*f.db, QStringLiteral("C-3"), QStringLiteral("Wuyts"), d("2020-01-01"), d("2023-12-31")); // closed
    REQUIRE(trajectory.refer(inWork, Cell::Work, d("2024-01-01"), {}, {}).ok());
    REQUIRE(trajectory.refer(inLiteracy, Cell::Literacy, d("2024-01-01"), {}, {}).ok());

    JobTables::CandidateFilter filter;
    filter.day = d("2024-06-01");
    auto found = tables.candidates(filter);
    REQUIRE(found.size() == 2); // the closed dossier is not offered
    CHECK(found[0].reference == QStringLiteral("C-2"));
    CHECK(found[0].cell == Cell::Literacy);
    CHECK(found[1].reference == QStringLiteral("C-1"));

    filter.inWorkCell = true;
    found = tables.candidates(filter);
    REQUIRE(found.size() == 1);
    CHECK(found[0].dossierId == inWork);

    filter.inWorkCell = false;
    filter.text = QStringLiteral("wil");
    found = tables.candidates(filter);
    REQUIRE(found.size() == 1);
    CHECK(found[0].lastName == QStringLiteral("Willems"));

    filter.text.clear();
    filter.language = QStringLiteral("nl");
    CHECK(tables.candidates(filter).isEmpty()); // everybody here speaks French
    filter.language = QStringLiteral("fr");
    filter.officer = QStringLiteral("sofie claes");
    CHECK(tables.candidates(filter).size() == 2);
    filter.officer = QStringLiteral("Somebody Else");
    CHECK(tables.candidates(filter).isEmpty());
}
