// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"
#include "registry/registry.h"
#include "storage/database.h"
#include "testsupport.h"
#include "security/permissions.h"
#include "trajectory/cell.h"
#include "trajectory/evolution.h"
#include "trajectory/trajectory.h"

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

// A migrated database whose actor may do everything (a System actor).
using Fixture = TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A person with a dossier; returns the dossier id.
qint64 addDossier(Database &db, const QString &reference, const QDate &opened, const QDate &closed = {},
                  const QString &lastName = QStringLiteral("Peeters"), int n = 0)
{
    Registry reg(db);
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("An");
    static int people = 0; // each person a different birth day, so a different national number
    p.birthDate = QDate(1950, 1, 1).addDays(n == 0 ? 1000 + ++people : n);
    p.nationalNumber = NationalNumber::make(p.birthDate, 2);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.closed = closed;
    auto saved = reg.save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

int placementRows(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM placement")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Placement ended(qint64 dossierId, Cell cell, const char *start, const char *end, std::optional<Outcome> outcome = {})
{
    Placement p;
    p.dossierId = dossierId;
    p.cell = cell;
    p.start = d(start);
    p.end = end ? d(end) : QDate();
    p.outcome = outcome;
    return p;
}

bool contains(const QString &text, const char *part)
{
    return text.contains(QString::fromUtf8(part));
}

} // namespace

TEST_CASE("Cells and outcomes have stable codes, labels and the SPI flag", "[trajectory]")
{
    for (const Cell c : kAllCells) {
        CHECK(cellFromCode(cellCode(c)) == c);
        CHECK_FALSE(cellLabel(c).isEmpty());
    }
    for (const Outcome o : kAllOutcomes)
        CHECK(outcomeFromCode(outcomeCode(o)) == o);
    CHECK(cellCode(Cell::PostArticle60) == QStringLiteral("post_article60"));
    CHECK(cellCode(Cell::HealthEquity) == QStringLiteral("health_equity"));
    CHECK(cellFromCode(u" Article60 ") == Cell::Article60);
    CHECK_FALSE(cellFromCode(u"article 60"));
    CHECK(outcomeCode(Outcome::TrainingCompleted) == QStringLiteral("training_completed"));
    CHECK(cellLabel(Cell::Facilitation) == QStringLiteral("Project facilitation"));
    CHECK(cellLabel(Cell::HealthEquity) == QStringLiteral("Health / equity"));
    int spi = 0;
    for (const Cell c : kAllCells)
        spi += isSpi(c) ? 1 : 0;
    CHECK(spi == 6);
    CHECK_FALSE(isSpi(Cell::HealthEquity));
}

TEST_CASE("Placements are referred, listed in order, ended and edited", "[trajectory]")
{
    Fixture t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2020-01-01"));
    Trajectory trajectory(*t.db);

    REQUIRE(trajectory.add(ended(dossier, Cell::Literacy, "2020-03-01", "2020-05-31", Outcome::TrainingCompleted)).ok());
    auto referred = trajectory.refer(dossier, Cell::Facilitation, d("2020-01-15"), QStringLiteral("  Sofie   Claes "),
                                     QStringLiteral("new beneficiary"));
    INFO(referred.error().toStdString());
    REQUIRE_FALSE(referred.ok()); // open from 15 January, it would run into the literacy stay
    CHECK(contains(referred.error(), "2020-03-01"));

    const qint64 first = trajectory.add(ended(dossier, Cell::Facilitation, "2020-01-15", "2020-02-29", Outcome::MovedCell)).value();
    const auto third = trajectory.refer(dossier, Cell::Work, d("2020-06-01"), QStringLiteral("  Sofie   Claes "), QStringLiteral("ready"));
    REQUIRE(third.ok());

    const auto list = trajectory.placements(dossier);
    REQUIRE(list.size() == 3);
    CHECK(list[0].id == first);
    CHECK(list[0].cell == Cell::Facilitation);
    CHECK(list[1].cell == Cell::Literacy);
    CHECK(list[1].outcome == Outcome::TrainingCompleted);
    CHECK(list[2].cell == Cell::Work);
    CHECK(list[2].isOpen());
    CHECK(list[2].officer == QStringLiteral("Sofie Claes"));
    CHECK(list[2].reason == QStringLiteral("ready"));
    CHECK(trajectory.placementOn(dossier, d("2020-03-01"))->cell == Cell::Literacy);
    CHECK_FALSE(trajectory.placementOn(dossier, d("2020-01-14")));

    SECTION("ending a placement sets end, outcome and detail")
    {
        REQUIRE(trajectory.endPlacement(third.value(), d("2021-02-28"), Outcome::Job, QStringLiteral("permanent contract")).ok());
        const auto p = trajectory.placement(third.value());
        CHECK(p->end == d("2021-02-28"));
        CHECK(p->outcome == Outcome::Job);
        CHECK(p->outcomeDetail == QStringLiteral("permanent contract"));
    }
    SECTION("an end before the start is refused and changes nothing")
    {
        const Status s = trajectory.endPlacement(third.value(), d("2020-05-31"), Outcome::DroppedOut);
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "2020-05-31"));
        CHECK(contains(s.error(), "2020-06-01"));
        CHECK(trajectory.placement(third.value())->isOpen());
    }
    SECTION("an edit is checked like a new placement")
    {
        Placement p = *trajectory.placement(first);
        p.end = d("2020-03-10"); // into the literacy stay
        const Status s = trajectory.update(p);
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "Literacy from 2020-03-01 to 2020-05-31"));
        CHECK(trajectory.placement(first)->end == d("2020-02-29"));
        p.end = d("2020-02-20");
        p.note = QStringLiteral("shortened");
        REQUIRE(trajectory.update(p).ok());
        CHECK(trajectory.placement(first)->end == d("2020-02-20"));
        CHECK(trajectory.placement(first)->note == QStringLiteral("shortened"));
    }
    SECTION("an open placement has no outcome")
    {
        Placement p = *trajectory.placement(third.value());
        p.outcome = Outcome::Job;
        const Status s = trajectory.update(p);
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "still open"));
    }
    SECTION("a placement cannot move to another dossier")
    {
        const qint64 other = addDossier(*t.db, QStringLiteral("D-2"), d("2020-01-01"));
        Placement p = *trajectory.placement(first);
        p.dossierId = other;
        CHECK_FALSE(trajectory.update(p).ok());
    }
    SECTION("removing, and unknown placements and dossiers")
    {
        REQUIRE(trajectory.remove(first).ok());
        CHECK(trajectory.placements(dossier).size() == 2);
        const Status again = trajectory.remove(first);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(QString::number(first)));
        CHECK_FALSE(trajectory.endPlacement(first, d("2021-01-01"), Outcome::Other).ok());
        const auto unknown = trajectory.refer(9999, Cell::Work, d("2021-01-01"), {}, {});
        REQUIRE_FALSE(unknown.ok());
        CHECK(contains(unknown.error(), "9999"));
        CHECK(placementRows(*t.db) == 2);
    }
}

TEST_CASE("Placements of a dossier never overlap, end days included", "[trajectory]")
{
    Fixture t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2020-01-01"));
    const qint64 other = addDossier(*t.db, QStringLiteral("D-2"), d("2020-01-01"));
    Trajectory trajectory(*t.db);
    REQUIRE(trajectory.add(ended(dossier, Cell::Studies, "2020-02-01", "2020-06-30", Outcome::TrainingCompleted)).ok());

    const auto onEndDay = trajectory.add(ended(dossier, Cell::Work, "2020-06-30", "2020-08-31"));
    REQUIRE_FALSE(onEndDay.ok());
    CHECK(onEndDay.error() == QStringLiteral("The placement Work from 2020-06-30 to 2020-08-31 overlaps the placement "
                                             "Studies and training from 2020-02-01 to 2020-06-30: a dossier is in one cell "
                                             "at a time."));
    const auto around = trajectory.refer(dossier, Cell::Facilitation, d("2020-01-15"), {}, {});
    REQUIRE_FALSE(around.ok());
    CHECK(contains(around.error(), "Project facilitation from 2020-01-15 (open)"));
    CHECK(placementRows(*t.db) == 1);

    CHECK(trajectory.add(ended(dossier, Cell::Work, "2020-07-01", "2020-08-31")).ok()); // the day after: fine
    CHECK(trajectory.add(ended(dossier, Cell::Facilitation, "2020-01-01", "2020-01-31")).ok()); // the day before: fine
    CHECK(trajectory.refer(other, Cell::Work, d("2020-03-01"), {}, {}).ok()); // other dossiers are independent
    CHECK(placementRows(*t.db) == 4);
}

TEST_CASE("Placements lie inside the dossier's open period", "[trajectory]")
{
    Fixture t;
    const qint64 open = addDossier(*t.db, QStringLiteral("D-OPEN"), d("2020-03-01"));
    const qint64 closed = addDossier(*t.db, QStringLiteral("D-CLOSED"), d("2020-03-01"), d("2020-12-31"));
    Trajectory trajectory(*t.db);

    const auto early = trajectory.refer(open, Cell::Facilitation, d("2020-02-29"), {}, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error() == QStringLiteral("The placement Project facilitation from 2020-02-29 (open) starts before the "
                                          "dossier D-OPEN opened on 2020-03-01."));
    const auto stillOpen = trajectory.refer(closed, Cell::Work, d("2020-04-01"), {}, {});
    REQUIRE_FALSE(stillOpen.ok());
    CHECK(contains(stillOpen.error(), "D-CLOSED closed on 2020-12-31"));
    const auto late = trajectory.add(ended(closed, Cell::Work, "2020-04-01", "2021-01-01"));
    REQUIRE_FALSE(late.ok());
    CHECK(contains(late.error(), "ends after the dossier D-CLOSED closed on 2020-12-31"));
    const auto after = trajectory.add(ended(closed, Cell::Work, "2021-01-01", "2021-01-31"));
    REQUIRE_FALSE(after.ok());
    CHECK(contains(after.error(), "starts after"));
    CHECK(placementRows(*t.db) == 0);

    CHECK(trajectory.refer(open, Cell::Facilitation, d("2020-03-01"), {}, {}).ok());
    CHECK(trajectory.add(ended(closed, Cell::Work, "2020-03-01", "2020-12-31", Outcome::IncomeEnded)).ok());

    SECTION("the dossier form can ask before changing the dates")
    {
        CHECK(trajectory.checkDossierPeriod(closed, d("2020-03-01"), d("2020-12-31")).ok());
        const Status s = trajectory.checkDossierPeriod(closed, d("2020-03-02"), d("2020-12-31"));
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "2020-03-02"));
        CHECK_FALSE(trajectory.checkDossierPeriod(open, d("2020-03-01"), d("2021-06-30")).ok()); // its placement is open
    }
}

TEST_CASE("A transfer ends the current placement and opens the next in one transaction", "[trajectory]")
{
    Fixture t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2020-01-01"));
    Trajectory trajectory(*t.db);
    const qint64 first = trajectory.refer(dossier, Cell::Facilitation, d("2020-01-06"), QStringLiteral("Els"), {}).value();

    SECTION("both rows change")
    {
        const auto next = trajectory.transfer(dossier, Cell::Literacy, d("2020-04-01"), QStringLiteral("Karim"),
                                              QStringLiteral("French level A1"));
        INFO(next.error().toStdString());
        REQUIRE(next.ok());
        const auto list = trajectory.placements(dossier);
        REQUIRE(list.size() == 2);
        CHECK(list[0].id == first);
        CHECK(list[0].end == d("2020-03-31"));
        CHECK(list[0].outcome == Outcome::MovedCell);
        CHECK(list[1].id == next.value());
        CHECK(list[1].cell == Cell::Literacy);
        CHECK(list[1].start == d("2020-04-01"));
        CHECK(list[1].isOpen());
        CHECK(list[1].officer == QStringLiteral("Karim"));
        CHECK(list[1].reason == QStringLiteral("French level A1"));
    }
    SECTION("on the start day of the current placement it is refused")
    {
        const auto same = trajectory.transfer(dossier, Cell::Literacy, d("2020-01-06"), {}, {});
        REQUIRE_FALSE(same.ok());
        CHECK(contains(same.error(), "2020-01-06"));
        CHECK(trajectory.placement(first)->isOpen());
    }
    SECTION("to the same cell, or from no cell, it is refused")
    {
        CHECK_FALSE(trajectory.transfer(dossier, Cell::Facilitation, d("2020-04-01"), {}, {}).ok());
        const auto none = trajectory.transfer(dossier, Cell::Work, d("2020-01-02"), {}, {});
        REQUIRE_FALSE(none.ok());
        CHECK(contains(none.error(), "2020-01-02"));
        CHECK(placementRows(*t.db) == 1);
    }
    SECTION("a new placement that breaks a rule leaves the old one open and unchanged")
    {
        Placement p = *trajectory.placement(first);
        p.end = d("2020-06-30");
        REQUIRE(trajectory.update(p).ok());
        REQUIRE(trajectory.add(ended(dossier, Cell::Article60, "2020-09-01", "2021-08-31", Outcome::Job)).ok());
        const auto blocked = trajectory.transfer(dossier, Cell::Work, d("2020-05-01"), {}, {});
        REQUIRE_FALSE(blocked.ok());
        CHECK(contains(blocked.error(), "Article 60 from 2020-09-01 to 2021-08-31"));
        const auto old = trajectory.placement(first);
        CHECK(old->end == d("2020-06-30"));
        CHECK_FALSE(old->outcome);
        CHECK(placementRows(*t.db) == 2);
    }
    SECTION("a failing second write rolls the first one back")
    {
        // The database itself refuses the new row (as a full disk would, half-way through).
        parcours::test::refuseInserts(*t.db, QStringLiteral("refuse_work"), QStringLiteral("placement"),
                                      QStringLiteral("NEW.cell = 'work'"), QStringLiteral("refused for the test"));
        const auto failed = trajectory.transfer(dossier, Cell::Work, d("2020-04-01"), {}, {});
        REQUIRE_FALSE(failed.ok());
        CHECK(contains(failed.error(), "refused for the test"));
        const auto old = trajectory.placement(first);
        CHECK(old->isOpen());
        CHECK_FALSE(old->outcome);
        CHECK(placementRows(*t.db) == 1);
    }
}

TEST_CASE("Closing a dossier ends its open placement", "[trajectory]")
{
    Fixture t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2020-01-01"));
    Trajectory trajectory(*t.db);
    REQUIRE(trajectory.add(ended(dossier, Cell::Facilitation, "2020-01-06", "2020-03-31", Outcome::MovedCell)).ok());
    const qint64 open = trajectory.refer(dossier, Cell::Work, d("2020-04-01"), {}, {}).value();

    SECTION("on the closing day, with outcome income_ended")
    {
        REQUIRE(trajectory.closeDossier(dossier, d("2020-09-30")).ok());
        CHECK(Registry(*t.db).dossier(dossier)->closed == d("2020-09-30"));
        const auto p = trajectory.placement(open);
        CHECK(p->end == d("2020-09-30"));
        CHECK(p->outcome == Outcome::IncomeEnded);
        CHECK(trajectory.placements(dossier).first().outcome == Outcome::MovedCell);
    }
    SECTION("a placement planned past the closing day keeps its outcome")
    {
        REQUIRE(trajectory.endPlacement(open, d("2020-12-31"), Outcome::Job, QStringLiteral("fixed term")).ok());
        REQUIRE(trajectory.closeDossier(dossier, d("2020-09-30")).ok());
        const auto p = trajectory.placement(open);
        CHECK(p->end == d("2020-09-30"));
        CHECK(p->outcome == Outcome::Job);
    }
    SECTION("not before a placement that starts later, nor before the opening")
    {
        const Status s = trajectory.closeDossier(dossier, d("2020-03-15"));
        REQUIRE_FALSE(s.ok());
        CHECK(contains(s.error(), "Work from 2020-04-01 (open)"));
        CHECK_FALSE(trajectory.closeDossier(dossier, d("2019-12-31")).ok());
        CHECK(Registry(*t.db).dossier(dossier)->closed.isNull());
        CHECK(trajectory.placement(open)->isOpen());
    }
}

TEST_CASE("The caseload lists who is in each cell on a day", "[trajectory]")
{
    Fixture t;
    Trajectory trajectory(*t.db);
    const qint64 a = addDossier(*t.db, QStringLiteral("D-A"), d("2020-01-01"), {}, QStringLiteral("Wouters"), 10);
    const qint64 b = addDossier(*t.db, QStringLiteral("D-B"), d("2020-01-01"), {}, QStringLiteral("Aerts"), 11);
    const qint64 c = addDossier(*t.db, QStringLiteral("D-C"), d("2020-01-01"), d("2020-06-30"), QStringLiteral("Claes"), 12);
    const qint64 e = addDossier(*t.db, QStringLiteral("D-E"), d("2020-01-01"), {}, QStringLiteral("Dubois"), 13);
    REQUIRE(trajectory.refer(a, Cell::Work, d("2020-03-01"), QStringLiteral("Els"), {}).ok());
    REQUIRE(trajectory.refer(b, Cell::Work, d("2020-05-01"), QStringLiteral("Karim"), {}).ok());
    REQUIRE(trajectory.add(ended(c, Cell::Literacy, "2020-02-01", "2020-06-30")).ok());
    REQUIRE(trajectory.refer(e, Cell::Facilitation, d("2020-06-01"), QStringLiteral("Els"), {}).ok());

    const auto rows = trajectory.caseload(d("2020-06-01"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cell == Cell::Facilitation); // trajectory order, then names
    CHECK(rows[0].reference == QStringLiteral("D-E"));
    CHECK(rows[0].days == 0);
    CHECK(rows[1].cell == Cell::Literacy);
    CHECK(rows[1].until == d("2020-06-30"));
    CHECK(rows[2].lastName == QStringLiteral("Aerts"));
    CHECK(rows[2].personName() == QStringLiteral("Aerts, An"));
    CHECK(rows[2].days == 31);
    CHECK(rows[3].lastName == QStringLiteral("Wouters"));
    CHECK(rows[3].since == d("2020-03-01"));
    CHECK(rows[3].days == 92);

    CHECK(trajectory.caseload(d("2020-06-01"), Cell::Work).size() == 2);
    const auto els = trajectory.caseload(d("2020-06-01"), std::nullopt, QStringLiteral("Els"));
    REQUIRE(els.size() == 2);
    CHECK(els[0].dossierId == e);
    CHECK(trajectory.caseload(d("2020-07-01")).size() == 3); // D-C closed and ended on 30 June
    CHECK(trajectory.caseload(d("2020-02-29")).size() == 1);
}

TEST_CASE("Trajectories and figures follow the role's permissions", "[trajectory]")
{
    Fixture t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2020-01-01"));
    Trajectory trajectory(*t.db);
    const qint64 placement = trajectory.refer(dossier, Cell::Work, d("2020-02-01"), {}, {}).value();
    const auto as = [&](Role role) {
        Actor actor;
        actor.name = QStringLiteral("someone");
        actor.kind = Actor::Kind::User;
        actor.role = role;
        t.db->setActor(actor);
        return actor;
    };

    const Actor manager = as(Role::Manager); // sees the register and the figures, changes nothing
    const auto refused = trajectory.refer(dossier, Cell::Literacy, d("2019-01-01"), {}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == Permissions::require(manager, Permission::EditRegister).error());
    CHECK_FALSE(trajectory.transfer(dossier, Cell::Studies, d("2020-03-01"), {}, {}).ok());
    CHECK_FALSE(trajectory.endPlacement(placement, d("2020-03-01"), Outcome::Job).ok());
    CHECK_FALSE(trajectory.remove(placement).ok());
    CHECK_FALSE(trajectory.closeDossier(dossier, d("2020-12-31")).ok());
    CHECK(trajectory.placements(dossier).size() == 1);
    CHECK(trajectory.caseload(d("2020-06-30")).size() == 1);
    CHECK(Evolution::compute(*t.db, {d("2020-06-30")}).ok());

    as(Role::Reception); // the free-access log only
    CHECK(trajectory.placements(dossier).isEmpty());
    CHECK(trajectory.caseload(d("2020-06-30")).isEmpty());
    CHECK_FALSE(trajectory.placement(placement));
    CHECK_FALSE(Evolution::compute(*t.db, {d("2020-06-30")}).ok());
    CHECK_FALSE(Evolution::drillDown(*t.db, d("2020-06-30"), FigureColumn::Work).ok());

    as(Role::Officer);
    CHECK(trajectory.endPlacement(placement, d("2020-03-01"), Outcome::Job).ok());
}
