// SPDX-License-Identifier: GPL-3.0-or-later
// Several officers at once (issue #10): a save made from a form opened before somebody else
// saved the same record is refused with who and when, and writes nothing; after a reload it is
// accepted. On a server, officers racing on one dossier, one Job Table or one course are taken
// one after the other: never overlapping placements, never more members than places.
// The first tests use two Database objects on one database (one file for SQLite, one server
// database on PostgreSQL); the races need real threads and run on the server only
// ([.][postgres]; SQLite's BEGIN IMMEDIATE lets one writer in at a time anyway).
#include "balance/gpmi.h"
#include "jobtable/jobtables.h"
#include "literacy/literacy.h"
#include "registry/registry.h"
#include "storage/rowversion.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <thread>

using namespace parcours;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// An officer with an account (the refusal names the account's display name).
Actor officer(Database &db, const QString &username, const QString &displayName)
{
    const Actor before = db.actor();
    db.setActor(Actor::system(QStringLiteral("test")));
    {
        Transaction tx(db.sql());
        REQUIRE(tx.active());
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO account (username, display_name, role, password_hash, created_at) "
                                 "VALUES (?, ?, 'officer', '$argon2id$not-a-real-hash', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(username);
        q.addBindValue(displayName);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        REQUIRE(tx.commit().ok());
    }
    db.setActor(before);
    Actor a;
    a.name = username;
    a.displayName = displayName;
    a.role = Role::Officer;
    a.kind = Actor::Kind::User;
    return a;
}

std::unique_ptr<Database> secondConnection(const test::TempDatabase &t)
{
    auto opened = Database::open(t.path(), {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
}

qint64 newDossier(Database &db, const QString &reference, int n)
{
    Person p;
    p.lastName = QStringLiteral("Janssens");
    p.firstName = QStringLiteral("Lotte");
    p.birthDate = QDate(1980, 1, 1).addDays(n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 2);
    Dossier d;
    d.reference = reference;
    d.opened = day("2024-01-01");
    auto saved = Registry(db).save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved->dossierId;
}

int countOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A stale dossier form save is refused with who and when; after a reload it is accepted", "[concurrency]")
{
    test::TempDatabase t;
    auto other = secondConnection(t);
    const qint64 id = newDossier(*t.db, QStringLiteral("2024/0123"), 1);
    t.db->setActor(officer(*t.db, QStringLiteral("jan"), QStringLiteral("Jan Peeters")));
    other->setActor(officer(*t.db, QStringLiteral("marie"), QStringLiteral("Marie Dubois")));
    Registry jans(*t.db);
    Registry maries(*other);

    // Both open the form.
    const Dossier janDossier = *jans.dossier(id);
    const Person janPerson = *jans.person(janDossier.personId);
    Dossier marieDossier = *maries.dossier(id);
    Person mariePerson = *maries.person(marieDossier.personId);
    CHECK(janDossier.rowVersion == marieDossier.rowVersion);

    // Marie saves first.
    marieDossier.officer = QStringLiteral("Marie Dubois");
    mariePerson.phone = QStringLiteral("02 412 00 00");
    REQUIRE(maries.save(mariePerson, marieDossier).ok());

    SECTION("Jan's dossier change is refused as a conflict naming Marie, and nothing of it is written")
    {
        Dossier d = janDossier;
        d.officer = QStringLiteral("Jan Peeters");
        Person p = janPerson;
        p.email = QStringLiteral("lotte@example.org");
        const auto refused = jans.save(p, d);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(refused.error().contains(QLatin1String("Marie Dubois")));
        CHECK(refused.error().contains(QLatin1String("after you opened it")));
        // "at HH:mm" (today) — the time of Marie's save, in local time.
        CHECK(refused.error().contains(QRegularExpression(QStringLiteral("at \\d\\d:\\d\\d"))));
        CHECK(jans.dossier(id)->officer == QStringLiteral("Marie Dubois"));
        CHECK(jans.person(p.id)->email.isEmpty());
        CHECK(jans.person(p.id)->phone == QStringLiteral("02 412 00 00"));

        // Reloaded, the same change is accepted, on top of Marie's.
        Dossier reloaded = *jans.dossier(id);
        Person reloadedPerson = *jans.person(reloaded.personId);
        reloaded.incomeType = IncomeType::Equivalent;
        reloadedPerson.email = QStringLiteral("lotte@example.org");
        const auto accepted = jans.save(reloadedPerson, reloaded);
        INFO(accepted.error().toStdString());
        REQUIRE(accepted.ok());
        CHECK(accepted.value().dossierVersion == reloaded.rowVersion + 1);
        CHECK(maries.dossier(id)->officer == QStringLiteral("Marie Dubois"));
        CHECK(maries.dossier(id)->incomeType == IncomeType::Equivalent);
        CHECK(maries.person(reloaded.personId)->email == QStringLiteral("lotte@example.org"));
    }
    SECTION("a change of the person only, made elsewhere, also refuses the stale form")
    {
        Dossier d = *jans.dossier(id); // the dossier is fresh …
        Person p = janPerson;          // … the person is not
        p.lastName = QStringLiteral("Janssens-Maes");
        const auto refused = jans.save(p, d);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(refused.error().contains(QLatin1String("Lotte Janssens")));
        CHECK(refused.error().contains(QLatin1String("Marie Dubois")));
        CHECK(jans.person(p.id)->lastName == QStringLiteral("Janssens"));
    }
}

TEST_CASE("A write by another path (closing the dossier) also makes an open form stale", "[concurrency]")
{
    test::TempDatabase t;
    auto other = secondConnection(t);
    const qint64 id = newDossier(*t.db, QStringLiteral("2024/0200"), 2);
    const Dossier opened = *Registry(*t.db).dossier(id);
    const Person person = *Registry(*t.db).person(opened.personId);
    other->setActor(officer(*t.db, QStringLiteral("karim"), QStringLiteral("Karim Benali")));
    REQUIRE(Trajectory(*other).closeDossier(id, day("2024-06-30")).ok());

    Dossier d = opened;
    d.officer = QStringLiteral("Somebody");
    const auto refused = Registry(*t.db).save(person, d);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.isConflict());
    CHECK(refused.error().contains(QLatin1String("Karim Benali")));
    // The form would have reopened the dossier (closed empty): it stays closed.
    CHECK(Registry(*t.db).dossier(id)->closed == day("2024-06-30"));
}

TEST_CASE("A stale placement edit or end is refused with who and when; a fresh one is accepted", "[concurrency]")
{
    test::TempDatabase t;
    auto other = secondConnection(t);
    const qint64 id = newDossier(*t.db, QStringLiteral("2024/0300"), 3);
    Trajectory mine(*t.db);
    const qint64 placementId = mine.refer(id, Cell::Work, day("2024-02-01"), QStringLiteral("Jan"), QStringLiteral("job search")).value();
    const Placement seen = *mine.placement(placementId);
    CHECK(seen.rowVersion >= 1);

    other->setActor(officer(*t.db, QStringLiteral("marie"), QStringLiteral("Marie Dubois")));
    Trajectory hers(*other);
    Placement changed = *hers.placement(placementId);
    changed.note = QStringLiteral("Interview at Actiris on Monday");
    REQUIRE(hers.update(changed).ok());

    SECTION("edit")
    {
        Placement mineChanged = seen;
        mineChanged.reason = QStringLiteral("wants to work in logistics");
        const Status refused = mine.update(mineChanged);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(refused.error().contains(QLatin1String("Marie Dubois")));
        CHECK(refused.error().contains(QLatin1String("2024/0300")));
        CHECK(mine.placement(placementId)->reason == QStringLiteral("job search"));
        CHECK(mine.placement(placementId)->note == QStringLiteral("Interview at Actiris on Monday"));

        Placement fresh = *mine.placement(placementId);
        fresh.reason = QStringLiteral("wants to work in logistics");
        REQUIRE(mine.update(fresh).ok());
        CHECK(mine.placement(placementId)->reason == QStringLiteral("wants to work in logistics"));
        CHECK(mine.placement(placementId)->note == QStringLiteral("Interview at Actiris on Monday"));
    }
    SECTION("end")
    {
        const Status refused = mine.endPlacement(placementId, day("2024-05-31"), Outcome::Job, {}, seen.rowVersion);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(mine.placement(placementId)->isOpen());
        const Status accepted = mine.endPlacement(placementId, day("2024-05-31"), Outcome::Job, {},
                                                  mine.placement(placementId)->rowVersion);
        INFO(accepted.error().toStdString());
        REQUIRE(accepted.ok());
        CHECK(mine.placement(placementId)->end == day("2024-05-31"));
    }
}

TEST_CASE("The conflict message says who and when in the user's words", "[concurrency]")
{
    const QDate today(2026, 11, 24);
    RowVersion::LastChange change{QStringLiteral("Marie Dubois"), QDateTime(today, QTime(13, 2), QTimeZone::utc())};
    const QString local = change.at.toLocalTime().time().toString(QStringLiteral("HH:mm"));
    const QString sameDay = RowVersion::message(QStringLiteral("Dossier 2024/0123"), change, change.at.toLocalTime().date());
    CHECK(sameDay == QStringLiteral("Dossier 2024/0123 was changed by Marie Dubois at %1 after you opened it, so nothing "
                                    "was saved. Reload to see the changes.").arg(local));
    const QString earlier = RowVersion::message(QStringLiteral("Dossier 2024/0123"), change,
                                                change.at.toLocalTime().date().addDays(3));
    CHECK(earlier.contains(QStringLiteral("on %1 at %2").arg(change.at.toLocalTime().date().toString(Qt::ISODate), local)));
    CHECK(RowVersion::message(QStringLiteral("Dossier 2024/0123"), std::nullopt)
              .startsWith(QLatin1String("Dossier 2024/0123 was changed by somebody else")));
}

namespace {

// A signed GPMI of the dossier with one goal and one evaluation on 2024-05-02; returns the
// evaluation's id.
qint64 evaluatedGpmi(Database &db, qint64 dossierId)
{
    Gpmi g;
    g.dossierId = dossierId;
    g.start = day("2024-02-01");
    g.offered = day("2024-02-01");
    g.signed_ = day("2024-02-08");
    g.language = QStringLiteral("nl");
    g.domains = {GpmiDomain::Employment};
    g.goals = {{QStringLiteral("Find work as a cook"), QStringLiteral("applies every week"), QStringLiteral("Job Table"), {}}};
    const auto gpmiId = GpmiStore(db).save(g);
    INFO(gpmiId.error().toStdString());
    REQUIRE(gpmiId.ok());
    GpmiEvaluation e;
    e.gpmiId = gpmiId.value();
    e.date = day("2024-05-02");
    e.progress = {QStringLiteral("two applications")};
    e.nextSteps = QStringLiteral("CV");
    const auto evaluationId = GpmiStore(db).saveEvaluation(e);
    INFO(evaluationId.error().toStdString());
    REQUIRE(evaluationId.ok());
    return evaluationId.value();
}

JobTable group(const QString &title, int capacity)
{
    JobTable t;
    t.title = title;
    t.officers = QStringLiteral("Sofie Claes");
    t.place = QStringLiteral("Space for Work");
    t.capacity = capacity;
    t.targetPublic = QStringLiteral("People of the Work cell");
    return t;
}

int membersOf(const QList<Participant> &people)
{
    return int(std::count_if(people.cbegin(), people.cend(), [](const Participant &p) { return p.membership == Membership::Member; }));
}

} // namespace

TEST_CASE("A stale GPMI evaluation change is refused with who and when; after a reload it is accepted", "[concurrency][gpmi]")
{
    test::TempDatabase t;
    auto other = secondConnection(t);
    const qint64 dossierId = newDossier(*t.db, QStringLiteral("2024/0400"), 4);
    const qint64 evaluationId = evaluatedGpmi(*t.db, dossierId);
    t.db->setActor(officer(*t.db, QStringLiteral("jan"), QStringLiteral("Jan Peeters")));
    other->setActor(officer(*t.db, QStringLiteral("marie"), QStringLiteral("Marie Dubois")));
    GpmiStore jans(*t.db);
    GpmiStore maries(*other);

    // Both open the evaluation.
    const GpmiEvaluation janSeen = *jans.evaluation(evaluationId);
    CHECK(janSeen.rowVersion >= 1);

    SECTION("over another officer's change")
    {
        GpmiEvaluation hers = *maries.evaluation(evaluationId);
        CHECK(hers.rowVersion == janSeen.rowVersion);
        hers.nextSteps = QStringLiteral("Interview at Actiris on Monday");
        const auto herSave = maries.saveEvaluation(hers);
        INFO(herSave.error().toStdString());
        REQUIRE(herSave.ok());
        CHECK(maries.evaluation(evaluationId)->rowVersion == janSeen.rowVersion + 1);

        GpmiEvaluation mine = janSeen;
        mine.progress = {QStringLiteral("five applications")};
        mine.faceToFace = false;
        const auto refused = jans.saveEvaluation(mine);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(refused.error().contains(QLatin1String("Marie Dubois")));
        CHECK(refused.error().contains(QLatin1String("2024/0400")));
        CHECK(refused.error().contains(QLatin1String("2024-05-02")));
        CHECK(refused.error().contains(QRegularExpression(QStringLiteral("at \\d\\d:\\d\\d"))));
        // Nothing of Jan's change was written; Marie's stays.
        const GpmiEvaluation stored = *jans.evaluation(evaluationId);
        CHECK(stored.progress == QStringList{QStringLiteral("two applications")});
        CHECK(stored.faceToFace);
        CHECK(stored.nextSteps == QStringLiteral("Interview at Actiris on Monday"));

        // Reloaded, the same change is accepted, on top of Marie's.
        GpmiEvaluation reloaded = *jans.evaluation(evaluationId);
        reloaded.progress = {QStringLiteral("five applications")};
        const auto accepted = jans.saveEvaluation(reloaded);
        INFO(accepted.error().toStdString());
        REQUIRE(accepted.ok());
        const GpmiEvaluation both = *maries.evaluation(evaluationId);
        CHECK(both.progress == QStringList{QStringLiteral("five applications")});
        CHECK(both.nextSteps == QStringLiteral("Interview at Actiris on Monday"));
        CHECK(both.rowVersion == reloaded.rowVersion + 1);
    }
    SECTION("over a write by another path that does not know the version (the trigger moves it)")
    {
        {
            Transaction tx(other->sql());
            REQUIRE(tx.active());
            QSqlQuery q(other->sql());
            q.prepare(QStringLiteral("UPDATE gpmi_evaluation SET next_steps = ? WHERE id = ?"));
            q.addBindValue(QStringLiteral("Imported"));
            q.addBindValue(evaluationId);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec());
            REQUIRE(tx.commit().ok());
        }
        CHECK(jans.evaluation(evaluationId)->rowVersion == janSeen.rowVersion + 1);
        GpmiEvaluation mine = janSeen;
        mine.nextSteps = QStringLiteral("CV and cover letter");
        const auto refused = jans.saveEvaluation(mine);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.isConflict());
        CHECK(refused.error().contains(QLatin1String("Marie Dubois")));
        CHECK(jans.evaluation(evaluationId)->nextSteps == QStringLiteral("Imported"));
    }
    SECTION("a save that asks for no check (version 0: the command line) is written")
    {
        GpmiEvaluation hers = *maries.evaluation(evaluationId);
        hers.nextSteps = QStringLiteral("Interview at Actiris on Monday");
        REQUIRE(maries.saveEvaluation(hers).ok());
        GpmiEvaluation unchecked = janSeen;
        unchecked.rowVersion = 0;
        unchecked.nextSteps = QStringLiteral("CV and cover letter");
        REQUIRE(jans.saveEvaluation(unchecked).ok());
        CHECK(jans.evaluation(evaluationId)->nextSteps == QStringLiteral("CV and cover letter"));
    }
}

TEST_CASE("Lowering a Job Table's capacity below the members another officer added meanwhile is refused",
          "[concurrency][jobtable]")
{
    test::TempDatabase t;
    auto other = secondConnection(t);
    QList<qint64> dossiers;
    for (int i = 0; i < 3; ++i)
        dossiers << newDossier(*t.db, QStringLiteral("CAP-%1").arg(i), 60 + i);
    const auto id = JobTables(*t.db).create(group(QStringLiteral("Autumn group"), 3));
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    REQUIRE(JobTables(*t.db).addParticipant(id.value(), dossiers.at(0), day("2024-03-01")).ok());

    // Jan opens the group with one member and means to make it smaller …
    JobTable jans = *JobTables(*t.db).jobTable(id.value());
    // … while Marie adds two more people.
    other->setActor(officer(*t.db, QStringLiteral("marie"), QStringLiteral("Marie Dubois")));
    for (int i = 1; i < 3; ++i) {
        const auto added = JobTables(*other).addParticipant(id.value(), dossiers.at(i), day("2024-03-01"));
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }

    jans.capacity = 2;
    const Status refused = JobTables(*t.db).update(jans);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("The capacity cannot fall to 2: 3 people are in the group. Take people out of the "
                                            "group first."));
    CHECK(JobTables(*t.db).jobTable(id.value())->capacity == 3);
    CHECK(membersOf(JobTables(*t.db).participants(id.value())) == 3);

    jans.capacity = 3; // no lower than the members: accepted
    jans.title = QStringLiteral("Autumn group (Molenbeek)");
    REQUIRE(JobTables(*t.db).update(jans).ok());
    CHECK(JobTables(*t.db).jobTable(id.value())->title == QStringLiteral("Autumn group (Molenbeek)"));
}

// ---- races: only a server lets two writers work at the same time ----------------------------

namespace {

// Runs `work(i, db)` in `n` threads at once, each on its own connection to `url` with its own
// officer; returns how many succeeded.
int race(const QString &url, int n, const std::function<bool(int, Database &)> &work)
{
    std::atomic<int> ready{0};
    std::atomic<int> succeeded{0};
    std::vector<std::thread> threads;
    std::vector<std::string> failures(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            auto opened = Database::open(url, {Database::Mode::MustExist, 5000});
            if (!opened.ok()) {
                failures[size_t(i)] = opened.error().toStdString();
                ++ready;
                return;
            }
            std::unique_ptr<Database> db = opened.take();
            Actor a = Actor::system(QStringLiteral("racer-%1").arg(i));
            db->setActor(a);
            ++ready;
            while (ready.load() < n)
                std::this_thread::yield();
            if (work(i, *db))
                ++succeeded;
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (const std::string &f : failures)
        REQUIRE(f.empty());
    return succeeded.load();
}

bool anyOverlap(const QList<Placement> &list)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        for (qsizetype j = i + 1; j < list.size(); ++j)
            if (PlacementRules::overlap(list.at(i), list.at(j)))
                return true;
    return false;
}

} // namespace

TEST_CASE("Racing referrals and transfers of one dossier never leave overlapping placements", "[.][postgres][concurrency]")
{
    REQUIRE_FALSE(test::testServer().isEmpty());
    test::TempDatabase t;
    for (int round = 0; round < 6; ++round) {
        const qint64 id = newDossier(*t.db, QStringLiteral("RACE-%1").arg(round), 10 + round);
        // Two officers refer the same dossier at once, from different days: both open-ended,
        // they would overlap. Exactly one wins.
        const int referred = race(t.path(), 2, [&](int i, Database &db) {
            return Trajectory(db).refer(id, i == 0 ? Cell::Work : Cell::Literacy, i == 0 ? day("2024-02-01") : day("2024-02-15"),
                                        {}, {}).ok();
        });
        CHECK(referred == 1);
        // Then two transfers on the same day to different cells: one wins, the other sees it.
        const int transferred = race(t.path(), 2, [&](int i, Database &db) {
            return Trajectory(db).transfer(id, i == 0 ? Cell::Studies : Cell::Article60, day("2024-04-01"), {}, {}).ok();
        });
        CHECK(transferred == 1);
        const QList<Placement> list = Trajectory(*t.db).placements(id);
        CHECK(list.size() == 2);
        CHECK_FALSE(anyOverlap(list));
    }
}

TEST_CASE("Racing enrolments never exceed a Job Table's or a course's places", "[.][postgres][concurrency]")
{
    REQUIRE_FALSE(test::testServer().isEmpty());
    test::TempDatabase t;
    constexpr int kPeople = 6;
    QList<qint64> dossiers;
    for (int i = 0; i < kPeople; ++i)
        dossiers << newDossier(*t.db, QStringLiteral("ENROL-%1").arg(i), 40 + i);

    JobTable group;
    group.title = QStringLiteral("Spring group");
    group.officers = QStringLiteral("Sofie Claes");
    group.place = QStringLiteral("Space for Work");
    group.capacity = 2;
    group.targetPublic = QStringLiteral("People of the Work cell");
    const auto groupId = JobTables(*t.db).create(group);
    INFO(groupId.error().toStdString());
    REQUIRE(groupId.ok());
    const int added = race(t.path(), kPeople, [&](int i, Database &db) {
        return JobTables(db).addParticipant(groupId.value(), dossiers.at(i), day("2024-03-01")).ok();
    });
    CHECK(added == kPeople); // everybody is listed …
    const QList<Participant> people = JobTables(*t.db).participants(groupId.value());
    CHECK(std::count_if(people.cbegin(), people.cend(), [](const Participant &p) { return p.membership == Membership::Member; })
          == 2); // … but only as many members as places, the others on the waiting list

    LiteracyCourse course;
    course.name = QStringLiteral("Alpha 1 matin");
    course.language = QStringLiteral("fr");
    course.level = LiteracyLevel::Alpha1;
    course.places = 1;
    course.schedule = QStringLiteral("Mon 9:00–12:00");
    course.startsOn = day("2024-01-08");
    course.endsOn = day("2024-06-28");
    const auto courseId = Literacy(*t.db).addCourse(course);
    INFO(courseId.error().toStdString());
    REQUIRE(courseId.ok());
    const int enrolled = race(t.path(), kPeople, [&](int i, Database &db) {
        Enrolment e;
        e.courseId = courseId.value();
        e.dossierId = dossiers.at(i);
        e.from = day("2024-03-04");
        return Literacy(db).enrol(e).ok();
    });
    CHECK(enrolled == 1);
    CHECK(countOf(*t.db, QStringLiteral("SELECT count(*) FROM literacy_enrolment")) == 1);
}

TEST_CASE("A capacity lowered while somebody joins never leaves more members than places", "[.][postgres][concurrency]")
{
    REQUIRE_FALSE(test::testServer().isEmpty());
    test::TempDatabase t;
    QList<qint64> dossiers;
    for (int i = 0; i < 3; ++i)
        dossiers << newDossier(*t.db, QStringLiteral("SHRINK-%1").arg(i), 70 + i);
    for (int round = 0; round < 12; ++round) {
        // Three places, two members: one officer lowers the capacity to two while another
        // adds a third person. Either the capacity falls and the third person waits, or the
        // third person takes the place and lowering the capacity is refused.
        const auto id = JobTables(*t.db).create(group(QStringLiteral("Group %1").arg(round), 3));
        REQUIRE(id.ok());
        for (int i = 0; i < 2; ++i)
            REQUIRE(JobTables(*t.db).addParticipant(id.value(), dossiers.at(i), day("2024-03-01")).ok());
        std::atomic<bool> lowered{false};
        race(t.path(), 2, [&](int i, Database &db) {
            JobTables tables(db);
            if (i == 1)
                return tables.addParticipant(id.value(), dossiers.at(2), day("2024-03-01")).ok();
            JobTable table = *tables.jobTable(id.value());
            table.capacity = 2;
            lowered = tables.update(table).ok();
            return lowered.load();
        });
        const int capacity = JobTables(*t.db).jobTable(id.value())->capacity;
        const QList<Participant> people = JobTables(*t.db).participants(id.value());
        CHECK(people.size() == 3); // the third person is always listed …
        CHECK(membersOf(people) <= capacity); // … but never beyond the places
        CHECK(capacity == (lowered ? 2 : 3));
    }
}
