// SPDX-License-Identifier: GPL-3.0-or-later
// The literacy cell: level tests, courses and their places, the waiting list in order of
// request, enrolment without double enrolment across partners; audit, subject access,
// retention.
#include "domain/nationalnumber.h"
#include "literacy/literacy.h"
#include "partners/partners.h"
#include "privacy/retention.h"
#include "privacy/subjectaccess.h"
#include "registry/registry.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString nationalNumberOf(int n)
{
    return NationalNumber::make(QDate(1975, 1, 1).addDays(n), 7);
}

qint64 addDossier(Database &db, const QString &lastName, int n, const QDate &opened = d("2020-01-01"),
                  const QDate &closed = {})
{
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Samira");
    p.birthDate = QDate(1975, 1, 1).addDays(n);
    p.nationalNumber = nationalNumberOf(n);
    p.language = QStringLiteral("fr");
    Dossier dossier;
    dossier.reference = QStringLiteral("LIT-%1").arg(n);
    dossier.opened = opened;
    dossier.closed = closed;
    auto saved = Registry(db).save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

qint64 literacyPartner(Database &db, const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = PartnerKind::Literacy;
    auto id = Partners(db).add(p);
    REQUIRE(id);
    return id.value();
}

LiteracyCourse courseOf(const QString &name, qint64 partnerId, int places, LiteracyLevel level = LiteracyLevel::Alpha1)
{
    LiteracyCourse c;
    c.name = name;
    c.partnerId = partnerId;
    c.language = QStringLiteral("fr");
    c.level = level;
    c.places = places;
    c.schedule = QStringLiteral("Mon, Tue, Thu 9:00–12:00");
    c.startsOn = d("2024-01-08");
    c.endsOn = d("2024-06-28");
    return c;
}

Enrolment enrolmentOf(qint64 courseId, qint64 dossierId, const QDate &from, const QDate &to = {})
{
    Enrolment e;
    e.courseId = courseId;
    e.dossierId = dossierId;
    e.from = from;
    e.to = to;
    return e;
}

} // namespace

TEST_CASE("Literacy: the level scale has stable codes and translated labels", "[literacy]")
{
    for (LiteracyLevel level : kAllLiteracyLevels) {
        CHECK(Literacy::levelFromCode(Literacy::levelCode(level)) == level);
        CHECK_FALSE(Literacy::levelLabel(level).isEmpty());
        CHECK_FALSE(Literacy::levelDescription(level).isEmpty());
    }
    CHECK(Literacy::levelCode(LiteracyLevel::Alpha2) == QStringLiteral("alpha_2"));
    CHECK_FALSE(Literacy::levelFromCode(u"alpha_5"));
}

TEST_CASE("Literacy: level tests are recorded for a dossier, newest first; a future test is refused", "[literacy]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("El Amrani"), 1);
    Literacy literacy(*t.db);
    LevelTest first;
    first.dossierId = dossier;
    first.date = d("2024-01-10");
    first.level = LiteracyLevel::Alpha1;
    first.language = QStringLiteral("fr");
    first.note = QStringLiteral("Lit les chiffres, pas encore les lettres.");
    REQUIRE(literacy.recordTest(first));
    LevelTest second = first;
    second.date = d("2024-06-20");
    second.level = LiteracyLevel::Alpha2;
    second.note.clear();
    REQUIRE(literacy.recordTest(second));

    auto tests = literacy.tests(dossier);
    REQUIRE(tests);
    REQUIRE(tests->size() == 2);
    CHECK(tests->at(0).level == LiteracyLevel::Alpha2);
    CHECK(tests->at(1).note == first.note);

    LevelTest future = first;
    future.date = QDate::currentDate().addDays(3);
    const auto refused = literacy.recordTest(future);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("future")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_test")) == 2);
}

TEST_CASE("Literacy: the waiting list keeps the order of request; the next person is enrolled when a place frees",
          "[literacy][waiting]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    const qint64 course = literacy.addCourse(courseOf(QStringLiteral("Alpha 1 matin"), 0, 1)).value();
    const qint64 ahmed = addDossier(*t.db, QStringLiteral("Ahmed"), 1);
    const qint64 bogdan = addDossier(*t.db, QStringLiteral("Bogdan"), 2);
    const qint64 chantal = addDossier(*t.db, QStringLiteral("Chantal"), 3);
    const qint64 dilek = addDossier(*t.db, QStringLiteral("Dilek"), 4);
    const QString fr = QStringLiteral("fr");
    // Recorded out of order: the list follows the request date, then the order of recording.
    REQUIRE(literacy.addToWaitingList(chantal, fr, LiteracyLevel::Alpha1, d("2024-02-10")));
    REQUIRE(literacy.addToWaitingList(bogdan, fr, LiteracyLevel::Alpha1, d("2024-02-01")));
    REQUIRE(literacy.addToWaitingList(dilek, fr, LiteracyLevel::Alpha1, d("2024-02-10")));
    // Another level is another list.
    REQUIRE(literacy.addToWaitingList(ahmed, fr, LiteracyLevel::Alpha3, d("2024-01-01")));

    auto list = literacy.waitingList(fr, LiteracyLevel::Alpha1);
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).dossierId == bogdan);
    CHECK(list->at(1).dossierId == chantal);
    CHECK(list->at(2).dossierId == dilek);
    CHECK(list->at(2).position == 3);

    // Waiting twice at once is refused.
    const auto twice = literacy.addToWaitingList(bogdan, fr, LiteracyLevel::Alpha2, d("2024-03-01"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("Bogdan")));
    CHECK(twice.error().contains(QStringLiteral("2024-02-01")));

    // The first of the list takes the only place, and leaves the list.
    auto next = literacy.nextWaiting(course);
    REQUIRE(next);
    REQUIRE(next->has_value());
    CHECK((*next)->dossierId == bogdan);
    const auto enrolled = literacy.enrolNext(course, d("2024-03-04"));
    REQUIRE(enrolled);
    CHECK(literacy.waitingList(fr, LiteracyLevel::Alpha1)->size() == 2);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_waiting WHERE outcome = 'enrolled' AND enrolment_id = %1")
                           .arg(enrolled.value()))
          == 1);

    // The course is full now: the next one waits until the place frees.
    const auto full = literacy.enrolNext(course, d("2024-03-11"));
    REQUIRE_FALSE(full);
    CHECK(full.error().contains(QStringLiteral("full")));
    CHECK(literacy.waitingList(fr, LiteracyLevel::Alpha1)->size() == 2);
    REQUIRE(literacy.endEnrolment(enrolled.value(), d("2024-04-30")));
    next = literacy.nextWaiting(course);
    CHECK((*next)->dossierId == chantal);
    REQUIRE(literacy.enrolNext(course, d("2024-05-01")));
    CHECK(literacy.waitingList(fr, LiteracyLevel::Alpha1)->first().dossierId == dilek);

    // Withdrawn: off the list, kept for the history.
    REQUIRE(literacy.withdraw(literacy.waitingList(fr, LiteracyLevel::Alpha1)->first().id, d("2024-05-02")));
    CHECK(literacy.waitingList(fr, LiteracyLevel::Alpha1)->isEmpty());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_waiting")) == 4);
}

TEST_CASE("Literacy: enrolling someone who already attends a course elsewhere is refused with that course's name",
          "[literacy][enrolment]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    const qint64 lee = literacyPartner(*t.db, QStringLiteral("Lire et Écrire Bruxelles"));
    const qint64 atPartner = literacy.addCourse(courseOf(QStringLiteral("Alpha 1 — Borne"), lee, 12)).value();
    const qint64 atCentre = literacy.addCourse(courseOf(QStringLiteral("Alpha 1 au CPAS"), 0, 12)).value();
    const qint64 dossier = addDossier(*t.db, QStringLiteral("Yilmaz"), 5);
    const auto first = literacy.enrol(enrolmentOf(atPartner, dossier, d("2024-01-08")));
    REQUIRE(first);

    const int enrolments = count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_enrolment"));
    const int audit = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto refused = literacy.enrol(enrolmentOf(atCentre, dossier, d("2024-03-01")));
    REQUIRE_FALSE(refused);
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(QStringLiteral("\"Alpha 1 — Borne\"")));
    CHECK(refused.error().contains(QStringLiteral("Lire et Écrire Bruxelles")));
    CHECK(refused.error().contains(QStringLiteral("Yilmaz")));
    CHECK(refused.error().contains(QStringLiteral("2024-06-28")));
    // Nothing was written, not even to the audit trail.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_enrolment")) == enrolments);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == audit);
    // check() says the same before anything is tried, and why.
    Literacy::Refusal why = Literacy::Refusal::None;
    CHECK(literacy.check(enrolmentOf(atCentre, dossier, d("2024-03-01")), &why).error() == refused.error());
    CHECK(why == Literacy::Refusal::AlreadyEnrolled);

    // The same course twice is a double enrolment too.
    CHECK_FALSE(literacy.enrol(enrolmentOf(atPartner, dossier, d("2024-02-01"))));

    // Once the first enrolment ends, the next day is free; the last day itself is not.
    REQUIRE(literacy.endEnrolment(first.value(), d("2024-02-29")));
    CHECK_FALSE(literacy.enrol(enrolmentOf(atCentre, dossier, d("2024-02-29"))));
    CHECK(literacy.enrol(enrolmentOf(atCentre, dossier, d("2024-03-01"))));
}

TEST_CASE("Literacy: a full course refuses the enrolment and points to the waiting list; places are kept",
          "[literacy][enrolment]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    const qint64 course = literacy.addCourse(courseOf(QStringLiteral("Alpha 2 après-midi"), 0, 2, LiteracyLevel::Alpha2)).value();
    const qint64 a = addDossier(*t.db, QStringLiteral("Alaoui"), 11);
    const qint64 b = addDossier(*t.db, QStringLiteral("Bakari"), 12);
    const qint64 c = addDossier(*t.db, QStringLiteral("Costa"), 13);
    REQUIRE(literacy.enrol(enrolmentOf(course, a, d("2024-01-08"))));
    // B only from March: in January there is still a place, in March none.
    REQUIRE(literacy.enrol(enrolmentOf(course, b, d("2024-03-01"))));
    REQUIRE(literacy.enrol(enrolmentOf(course, c, d("2024-01-08"), d("2024-02-29"))));

    const qint64 late = addDossier(*t.db, QStringLiteral("Diallo"), 14);
    const auto full = literacy.enrol(enrolmentOf(course, late, d("2024-02-15")));
    REQUIRE_FALSE(full);
    CHECK(full.error().contains(QStringLiteral("\"Alpha 2 après-midi\" is full")));
    CHECK(full.error().contains(QStringLiteral("waiting list")));
    CHECK(full.error().contains(QStringLiteral("Diallo")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_enrolment WHERE dossier_id = %1").arg(late)) == 0);
    Literacy::Refusal why = Literacy::Refusal::None;
    CHECK_FALSE(literacy.check(enrolmentOf(course, late, d("2024-02-15")), &why));
    CHECK(why == Literacy::Refusal::Full);

    auto courses = literacy.courses(d("2024-02-01"));
    REQUIRE(courses);
    REQUIRE(courses->size() == 1);
    CHECK(courses->at(0).taken == 2);
    CHECK(courses->at(0).free() == 0);
    CHECK(literacy.courses(d("2024-03-04"))->at(0).taken == 2);
    // Before the course starts, the places of its first day.
    CHECK(literacy.courses(d("2023-12-01"))->at(0).taken == 2);

    // Fewer places than people in the course at once is refused.
    LiteracyCourse smaller = literacy.course(course).value();
    smaller.places = 1;
    const auto shrink = literacy.updateCourse(smaller);
    REQUIRE_FALSE(shrink);
    CHECK(shrink.error().contains(QStringLiteral("2 people")));
    CHECK(shrink.error().contains(QStringLiteral("at least 2 places"))); // not "only 1 places"
    CHECK(literacy.course(course)->places == 2);
}

TEST_CASE("Literacy: an enrolment outside the literacy cell is allowed with a warning; courses need a literacy partner",
          "[literacy][enrolment]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    Trajectory trajectory(*t.db);
    const qint64 course = literacy.addCourse(courseOf(QStringLiteral("Alpha 1 matin"), 0, 5)).value();
    const qint64 inWork = addDossier(*t.db, QStringLiteral("Werkman"), 21);
    const qint64 comingToLiteracy = addDossier(*t.db, QStringLiteral("Later"), 22);
    REQUIRE(trajectory.refer(inWork, Cell::Work, d("2023-01-01"), {}, {}));
    REQUIRE(trajectory.refer(comingToLiteracy, Cell::Facilitation, d("2023-01-01"), {}, {}));
    REQUIRE(trajectory.transfer(comingToLiteracy, Cell::Literacy, d("2024-02-01"), {}, {}));

    const QStringList warned = literacy.warnings(enrolmentOf(course, inWork, d("2024-01-08")));
    REQUIRE(warned.size() == 1);
    CHECK(warned.first().contains(QStringLiteral("Werkman")));
    CHECK(warned.first().contains(cellLabel(Cell::Work)));
    // In the literacy cell from a later day of the enrolment: no warning.
    CHECK(literacy.warnings(enrolmentOf(course, comingToLiteracy, d("2024-01-08"))).isEmpty());
    // A warning, not a refusal.
    CHECK(literacy.enrol(enrolmentOf(course, inWork, d("2024-01-08"))));

    Partner training;
    training.name = QStringLiteral("Bruxelles Formation");
    training.kind = PartnerKind::Training;
    const qint64 bf = Partners(*t.db).add(training).value();
    const auto notLiteracy = literacy.addCourse(courseOf(QStringLiteral("Remise à niveau"), bf, 10));
    REQUIRE_FALSE(notLiteracy);
    CHECK(notLiteracy.error().contains(QStringLiteral("Bruxelles Formation")));
    // Outside the course's dates.
    const auto outside = literacy.enrol(enrolmentOf(course, comingToLiteracy, d("2024-07-01")));
    REQUIRE_FALSE(outside);
    CHECK(outside.error().contains(QStringLiteral("2024-06-28")));
}

TEST_CASE("Literacy: tests, enrolments and waiting are audited, in the subject access, and their notes go at retention",
          "[literacy][privacy]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    const qint64 dossier = addDossier(*t.db, QStringLiteral("Nowak"), 31, d("2015-01-01"), d("2024-12-31"));
    const qint64 course = literacy.addCourse(courseOf(QStringLiteral("Alpha 1 matin"), 0, 5)).value();
    LevelTest test;
    test.dossierId = dossier;
    test.date = d("2024-01-05");
    test.level = LiteracyLevel::Alpha1;
    test.note = QStringLiteral("Très motivée");
    REQUIRE(literacy.recordTest(test));
    REQUIRE(literacy.addToWaitingList(dossier, QStringLiteral("fr"), LiteracyLevel::Alpha1, d("2024-01-05"),
                                      QStringLiteral("Préfère le matin")));
    Enrolment e = enrolmentOf(course, dossier, d("2024-01-08"));
    e.note = QStringLiteral("Garde d'enfants à organiser");
    REQUIRE(literacy.enrol(e));

    const qint64 personId = count(*t.db, QStringLiteral("SELECT person_id FROM dossier WHERE id = %1").arg(dossier));
    for (const char *entity : {"literacy_test", "literacy_waiting", "literacy_enrolment"}) {
        INFO(entity);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = '%1' AND person_id = %2")
                               .arg(QString::fromLatin1(entity))
                               .arg(personId))
              >= 1);
    }

    auto report = SubjectAccess::collect(*t.db, nationalNumberOf(31));
    REQUIRE(report);
    CHECK(report->value(QStringLiteral("literacy_tests")).toArray().size() == 1);
    const QJsonArray enrolments = report->value(QStringLiteral("literacy_enrolments")).toArray();
    REQUIRE(enrolments.size() == 1);
    CHECK(enrolments.at(0).toObject().value(QStringLiteral("course")).toString() == QStringLiteral("Alpha 1 matin"));
    CHECK(report->value(QStringLiteral("literacy_waiting")).toArray().size() == 1);

    REQUIRE(Retention::anonymise(*t.db, d("2025-01-01"), false));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_test WHERE note IS NOT NULL")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_enrolment WHERE note IS NOT NULL")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_waiting WHERE note IS NOT NULL")) == 0);
    // The levels and dates stay for the figures.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM literacy_test WHERE level = 'alpha_1'")) == 1);
}

TEST_CASE("Literacy: editing a course is audited; refused edits name the field and change nothing", "[literacy][course]")
{
    TempDatabase t;
    Literacy literacy(*t.db);
    const qint64 lee = literacyPartner(*t.db, QStringLiteral("Lire et Écrire Bruxelles"));
    const qint64 course = literacy.addCourse(courseOf(QStringLiteral("Alpha 2 Borne"), lee, 2, LiteracyLevel::Alpha2)).value();
    const qint64 a = addDossier(*t.db, QStringLiteral("Aydin"), 41);
    const qint64 b = addDossier(*t.db, QStringLiteral("Benali"), 42);
    const qint64 c = addDossier(*t.db, QStringLiteral("Cohen"), 43);
    REQUIRE(literacy.enrol(enrolmentOf(course, a, d("2024-01-15"))));
    REQUIRE(literacy.enrol(enrolmentOf(course, b, d("2024-02-01"), d("2024-05-31"))));
    const LiteracyCourse before = literacy.course(course).value();

    const auto auditCount = [&t] { return count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")); };
    const auto refusedWith = [&](LiteracyCourse changed, const char *expected) {
        const int audit = auditCount();
        const Status refused = literacy.updateCourse(changed);
        REQUIRE_FALSE(refused);
        INFO(refused.error().toStdString());
        CHECK(refused.error().startsWith(QString::fromUtf8(expected)));
        CHECK(auditCount() == audit);
        const LiteracyCourse now = literacy.course(course).value();
        CHECK(now.name == before.name);
        CHECK(now.places == before.places);
        CHECK(now.startsOn == before.startsOn);
        CHECK(now.endsOn == before.endsOn);
        CHECK(now.partnerId == before.partnerId);
        return refused.error();
    };
    LiteracyCourse changed = before;
    changed.places = 1;
    CHECK(refusedWith(changed, "Places:").contains(QStringLiteral("2 people")));
    changed = before;
    changed.endsOn = d("2024-01-01");
    CHECK(refusedWith(changed, "End:").contains(QStringLiteral("2024-01-08")));
    changed = before;
    changed.name = QStringLiteral("   ");
    refusedWith(changed, "Name:");
    changed = before;
    changed.places = 0;
    refusedWith(changed, "Places:");
    // Moving the dates past an enrolment would leave a person in a course that does not run.
    changed = before;
    changed.startsOn = d("2024-02-01");
    const QString lateStart = refusedWith(changed, "Start:");
    CHECK(lateStart.contains(QStringLiteral("Aydin")));
    CHECK(lateStart.contains(QStringLiteral("2024-01-15")));
    changed = before;
    changed.endsOn = d("2024-04-30");
    const QString earlyEnd = refusedWith(changed, "End:");
    CHECK(earlyEnd.contains(QStringLiteral("Benali")));
    CHECK(earlyEnd.contains(QStringLiteral("2024-05-31")));
    // A partner that does not give literacy courses.
    Partner training;
    training.name = QStringLiteral("Bruxelles Formation");
    training.kind = PartnerKind::Training;
    changed = before;
    changed.partnerId = Partners(*t.db).add(training).value();
    CHECK(refusedWith(changed, "Partner:").contains(QStringLiteral("Bruxelles Formation")));

    // A role that may not change the register.
    {
        Actor manager;
        manager.name = QStringLiteral("m.manager");
        manager.role = Role::Manager;
        t.db->setActor(manager);
        changed = before;
        changed.places = 3;
        const int audit = auditCount();
        CHECK_FALSE(literacy.updateCourse(changed));
        CHECK(auditCount() == audit);
        CHECK(literacy.course(course)->places == 2);
        t.db->setActor(Actor::system(QStringLiteral("test")));
    }

    // Full: the third person waits. One more place, a new name and schedule, the course moved
    // to the centre: saved, and the trail has who changed it and the values before and after.
    REQUIRE(literacy.addToWaitingList(c, QStringLiteral("fr"), LiteracyLevel::Alpha2, d("2024-02-10")));
    REQUIRE_FALSE(literacy.enrolNext(course, d("2024-03-01")));
    Actor officer;
    officer.name = QStringLiteral("o.officer");
    officer.role = Role::Officer;
    t.db->setActor(officer);
    changed = before;
    changed.name = QStringLiteral("Alpha 2 au CPAS");
    changed.partnerId = 0;
    changed.places = 3;
    changed.schedule = QStringLiteral("Mon, Wed 13:00–16:00");
    changed.endsOn = d("2024-06-30");
    REQUIRE(literacy.updateCourse(changed));
    const LiteracyCourse after = literacy.course(course).value();
    CHECK(after.name == changed.name);
    CHECK(after.partnerId == 0);
    CHECK(after.places == 3);
    CHECK(after.schedule == changed.schedule);
    CHECK(after.endsOn == d("2024-06-30"));
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, details FROM audit_log WHERE entity = 'literacy_course' AND action = 'update' "
                                  "AND entity_id = %1")
                       .arg(course)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("o.officer"));
    const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("before")).toObject().value(QStringLiteral("places")).toInt() == 2);
    CHECK(details.value(QStringLiteral("after")).toObject().value(QStringLiteral("places")).toInt() == 3);
    CHECK(details.value(QStringLiteral("before")).toObject().value(QStringLiteral("partner_id")).toInteger() == lee);
    CHECK(details.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")).toString() == changed.name);
    CHECK_FALSE(q.next()); // one entry for one change

    // The new place does not enrol anybody by itself (enrolment stays the officer's act); the
    // first one waiting now gets in, where before the course was full.
    CHECK(literacy.waitingList(QStringLiteral("fr"), LiteracyLevel::Alpha2)->size() == 1);
    const auto next = literacy.enrolNext(course, d("2024-03-01"));
    INFO(next.error().toStdString());
    REQUIRE(next);
    CHECK(literacy.enrolments(course)->size() == 3);
    CHECK(literacy.waitingList(QStringLiteral("fr"), LiteracyLevel::Alpha2)->isEmpty());
}
