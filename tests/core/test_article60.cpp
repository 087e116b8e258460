// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "article60/article60.h"
#include "demo/demogenerator.h"
#include "domain/nationalnumber.h"
#include "partners/partners.h"
#include "privacy/retention.h"
#include "privacy/subjectaccess.h"
#include "registry/registry.h"
#include "trajectory/trajectory.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
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

qint64 addDossier(Database &db, const QString &reference, const QDate &opened, const QString &lastName)
{
    Registry reg(db);
    Person p;
    p.lastName = lastName;
    p.firstName = QStringLiteral("Sara");
    static int people = 0;
    p.birthDate = QDate(1980, 1, 1).addDays(++people);
    p.nationalNumber = NationalNumber::make(p.birthDate, 2);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    auto saved = reg.save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

qint64 addPost(Article60 &a60, const QString &function, const QString &place, PostSchedule schedule = PostSchedule::Full,
               qint64 partnerId = 0)
{
    Article60Post p;
    p.function = function;
    p.place = place;
    p.schedule = schedule;
    p.partnerId = partnerId;
    Result<qint64> id = a60.addPost(p);
    INFO(id.error().toStdString());
    REQUIRE(id);
    return id.value();
}

Article60Contract contractFor(qint64 dossierId, qint64 postId, const QDate &start, int days)
{
    Article60Contract c;
    c.dossierId = dossierId;
    c.postId = postId;
    c.start = start;
    c.daysNeeded = days;
    return c;
}

} // namespace

TEST_CASE("Article 60: the planned end counts the days needed in six-day weeks, half time in three-day weeks",
          "[article60]")
{
    // 312 days = 52 weeks full time, from Monday 4 March 2024 to Sunday 2 March 2025.
    CHECK(Article60::plannedEnd(d("2024-03-04"), 312, PostSchedule::Full) == d("2025-03-02"));
    // Half time works 3 of the 6 days a week: twice as long.
    CHECK(Article60::plannedEnd(d("2024-03-04"), 312, PostSchedule::Half) == d("2024-03-04").addDays(7 * 104 - 1));
    // A started week counts whole: 7 days = 2 weeks.
    CHECK(Article60::plannedEnd(d("2024-01-01"), 7, PostSchedule::Full) == d("2024-01-14"));
    CHECK(Article60::plannedEnd(d("2024-01-01"), 6, PostSchedule::Full) == d("2024-01-07"));
    CHECK(Article60::plannedEnd(d("2024-01-01"), 1, PostSchedule::Half) == d("2024-01-07"));
    CHECK_FALSE(Article60::plannedEnd(d("2024-01-01"), 0, PostSchedule::Full).isValid());
}

TEST_CASE("Article 60: the post-article-60 period runs three months from the day after the contract", "[article60]")
{
    CHECK(Article60::postArticle60Period(d("2024-01-31")) == std::pair(d("2024-02-01"), d("2024-04-30")));
    CHECK(Article60::postArticle60Period(d("2024-03-14")) == std::pair(d("2024-03-15"), d("2024-06-14")));
    // The month three months on has no 30th: the period ends on its last day.
    CHECK(Article60::postArticle60Period(d("2023-11-29")) == std::pair(d("2023-11-30"), d("2024-02-29")));
    CHECK(Article60::postArticle60Period(d("2024-12-31")) == std::pair(d("2025-01-01"), d("2025-03-31")));
}

TEST_CASE("Article 60: a contract creates the article60 placement over its period, at the post's partner", "[article60]")
{
    TempDatabase t;
    Article60 a60(*t.db);
    Trajectory trajectory(*t.db);
    Partners partners(*t.db);
    Partner shop;
    shop.name = QStringLiteral("Recyclerie Molenbeek");
    shop.kind = PartnerKind::SocialEconomy;
    const qint64 partnerId = partners.add(shop).value();
    const qint64 post = addPost(a60, QStringLiteral("Sorter"), QStringLiteral("Workshop"), PostSchedule::Full, partnerId);
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-1"), d("2023-01-01"), QStringLiteral("Bakker"));
    REQUIRE(trajectory.refer(dossier, Cell::Work, d("2023-02-01"), QStringLiteral("Marie"), QStringLiteral("search")));

    Result<qint64> id = a60.addContract(contractFor(dossier, post, d("2024-03-04"), 312), QStringLiteral("Marie"));
    INFO(id.error().toStdString());
    REQUIRE(id);
    const Article60Contract c = a60.contract(id.value()).value();
    CHECK(c.plannedEnd == d("2025-03-02"));
    CHECK(c.reference == QStringLiteral("D-1"));

    // The work placement was transferred: it ends the day before and article60 follows.
    const QList<Placement> list = trajectory.placements(dossier);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).cell == Cell::Work);
    CHECK(list.at(0).end == d("2024-03-03"));
    CHECK(list.at(0).outcome == Outcome::MovedCell);
    CHECK(list.at(1).cell == Cell::Article60);
    CHECK(list.at(1).start == d("2024-03-04"));
    CHECK(list.at(1).end == d("2025-03-02"));
    CHECK(list.at(1).partnerId == partnerId);
    CHECK(list.at(1).id == c.placementId);

    // Ending the contract ends the placement the same day, with what the reason means.
    REQUIRE(a60.endContract(c.id, d("2024-10-15"), ContractEndReason::Job));
    const Placement ended = trajectory.placement(c.placementId).value();
    CHECK(ended.end == d("2024-10-15"));
    CHECK(ended.outcome == Outcome::Job);
    CHECK(a60.contract(c.id)->actualEnd == d("2024-10-15"));
    CHECK(a60.contract(c.id)->endReason == ContractEndReason::Job);

    // The audit trail knows whose contract it is.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'article60_contract' AND person_id IS NOT NULL"))
          == 2);
}

TEST_CASE("Article 60: a contract the trajectory or the post refuses writes nothing", "[article60]")
{
    TempDatabase t;
    Article60 a60(*t.db);
    Trajectory trajectory(*t.db);
    const qint64 post = addPost(a60, QStringLiteral("Cook"), QStringLiteral("Restaurant social"));
    const qint64 other = addPost(a60, QStringLiteral("Gardener"), QStringLiteral("Parks"));
    const qint64 a = addDossier(*t.db, QStringLiteral("A-1"), d("2023-01-01"), QStringLiteral("Amrani"));
    const qint64 b = addDossier(*t.db, QStringLiteral("B-1"), d("2023-01-01"), QStringLiteral("Brel"));
    REQUIRE(a60.addContract(contractFor(a, post, d("2024-01-01"), 312)));
    const int contracts = count(*t.db, QStringLiteral("SELECT count(*) FROM article60_contract"));

    SECTION("the post is held by someone else over the period")
    {
        Result<qint64> r = a60.addContract(contractFor(b, post, d("2024-06-01"), 100));
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("Amrani")));
        CHECK(r.error().startsWith(QStringLiteral("Post:")));
    }
    SECTION("the person already has a contract over the period")
    {
        Result<qint64> r = a60.addContract(contractFor(a, other, d("2024-06-01"), 100));
        REQUIRE_FALSE(r);
        CHECK(r.error().startsWith(QStringLiteral("Person:")));
    }
    SECTION("the trajectory refuses: a later placement is in the way")
    {
        REQUIRE(trajectory.refer(b, Cell::Studies, d("2024-09-01"), {}, {}));
        const int withStudies = count(*t.db, QStringLiteral("SELECT count(*) FROM placement"));
        Result<qint64> r = a60.addContract(contractFor(b, other, d("2024-06-01"), 312));
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("overlaps")));
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM placement")) == withStudies);
    }
    SECTION("the trajectory refuses: the dossier opened later")
    {
        Result<qint64> r = a60.addContract(contractFor(b, other, d("2022-06-01"), 30));
        REQUIRE_FALSE(r);
        CHECK(r.error().contains(QStringLiteral("before the dossier B-1 opened")));
    }
    SECTION("the days needed are missing")
    {
        Result<qint64> r = a60.addContract(contractFor(b, other, d("2024-06-01"), 0));
        REQUIRE_FALSE(r);
        CHECK(r.error().startsWith(QStringLiteral("Days needed:")));
    }
    SECTION("the end of a contract before its start")
    {
        const qint64 first = a60.contractsOf(a)->first().id;
        const Status s = a60.endContract(first, d("2023-12-31"), ContractEndReason::Other);
        REQUIRE_FALSE(s);
        CHECK(s.error().startsWith(QStringLiteral("End:")));
    }
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM article60_contract")) == contracts);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM article60_contract WHERE actual_end IS NOT NULL")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM placement WHERE dossier_id = ") + QString::number(b)
                           + QStringLiteral(" AND cell = 'article60'"))
          == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'article60_contract'")) == 1);
}

TEST_CASE("Article 60: the occupancy board and the contracts ending in 30, 60 and 90 days", "[article60]")
{
    TempDatabase t;
    Article60 a60(*t.db);
    // Four posts; three people; on 2024-06-01 three posts are filled and one is vacant.
    const qint64 cook = addPost(a60, QStringLiteral("Cook"), QStringLiteral("Kitchen"));
    const qint64 driver = addPost(a60, QStringLiteral("Driver"), QStringLiteral("Logistics"));
    const qint64 gardener = addPost(a60, QStringLiteral("Gardener"), QStringLiteral("Parks"), PostSchedule::Half);
    const qint64 clerk = addPost(a60, QStringLiteral("Clerk"), QStringLiteral("Reception"));
    const qint64 a = addDossier(*t.db, QStringLiteral("A"), d("2023-01-01"), QStringLiteral("Amrani"));
    const qint64 b = addDossier(*t.db, QStringLiteral("B"), d("2023-01-01"), QStringLiteral("Brel"));
    const qint64 c = addDossier(*t.db, QStringLiteral("C"), d("2023-01-01"), QStringLiteral("Claes"));
    const qint64 e = addDossier(*t.db, QStringLiteral("E"), d("2023-01-01"), QStringLiteral("Eyskens"));
    // 2024-01-01 + 24 weeks - 1 = 2024-06-16 (15 days on); 48 days half time = 16 weeks.
    REQUIRE(a60.addContract(contractFor(a, cook, d("2024-01-01"), 144)));
    REQUIRE(a60.addContract(contractFor(b, driver, d("2024-05-06"), 60)));     // 10 weeks: ends 2024-07-14 (43 days)
    REQUIRE(a60.addContract(contractFor(c, gardener, d("2024-05-20"), 48)));   // 16 weeks: ends 2024-09-08 (99 days)
    const qint64 early = a60.addContract(contractFor(e, clerk, d("2024-01-01"), 312)).value();
    REQUIRE(a60.endContract(early, d("2024-04-30"), ContractEndReason::DroppedOut)); // clerk vacant since May

    const QList<PostOccupancy> board = a60.occupancy(d("2024-06-01")).value();
    REQUIRE(board.size() == 4);
    CHECK_FALSE(board.at(0).filled());
    CHECK(board.at(0).post.function == QStringLiteral("Clerk"));
    CHECK(board.at(1).filled());
    CHECK(board.at(1).post.function == QStringLiteral("Cook"));
    CHECK(board.at(1).contract->reference == QStringLiteral("A"));
    CHECK(std::count_if(board.begin(), board.end(), [](const PostOccupancy &o) { return o.filled(); }) == 3);

    const auto refs = [](const QList<Article60Contract> &list) {
        QStringList r;
        for (const Article60Contract &x : list)
            r << x.reference;
        return r;
    };
    CHECK(refs(a60.endingWithin(d("2024-06-01"), 30).value()) == QStringList{QStringLiteral("A")});
    CHECK(refs(a60.endingWithin(d("2024-06-01"), 60).value()) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(refs(a60.endingWithin(d("2024-06-01"), 90).value()) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(refs(a60.endingWithin(d("2024-06-15"), 90).value())
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    // After the cook's end the post is vacant.
    const QList<PostOccupancy> later = a60.occupancy(d("2024-06-17")).value();
    CHECK(std::count_if(later.begin(), later.end(), [](const PostOccupancy &o) { return o.filled(); }) == 2);
}

TEST_CASE("Article 60: an ended contract proposes the post-article-60 placement, created on acceptance", "[article60]")
{
    TempDatabase t;
    Article60 a60(*t.db);
    Trajectory trajectory(*t.db);
    const qint64 post = addPost(a60, QStringLiteral("Cook"), QStringLiteral("Kitchen"));
    const qint64 a = addDossier(*t.db, QStringLiteral("A-7"), d("2023-01-01"), QStringLiteral("Amrani"));
    const qint64 id = a60.addContract(contractFor(a, post, d("2024-02-05"), 312)).value();

    Result<PostArticle60Proposal> early = a60.proposePostArticle60(id);
    REQUIRE_FALSE(early);
    CHECK(early.error().contains(QStringLiteral("has not ended")));

    REQUIRE(a60.endContract(id, d("2025-01-31"), ContractEndReason::Completed));
    Result<PostArticle60Proposal> proposal = a60.proposePostArticle60(id);
    REQUIRE(proposal);
    CHECK(proposal->start == d("2025-02-01"));
    CHECK(proposal->end == d("2025-04-30"));
    CHECK(proposal->dossierId == a);

    Result<qint64> created = a60.acceptProposal(proposal.value(), QStringLiteral("Marie"));
    INFO(created.error().toStdString());
    REQUIRE(created);
    const QList<Placement> list = trajectory.placements(a);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).outcome == Outcome::MovedCell);
    CHECK(list.at(1).cell == Cell::PostArticle60);
    CHECK(list.at(1).start == d("2025-02-01"));
    CHECK(list.at(1).end == d("2025-04-30"));

    // Once it exists there is nothing more to propose, and a second acceptance is refused.
    CHECK_FALSE(a60.proposePostArticle60(id));
    CHECK_FALSE(a60.acceptProposal(proposal.value()));
    CHECK(trajectory.placements(a).size() == 2);
}

TEST_CASE("Article 60: contracts are in the subject-access export and retention erases their notes", "[article60][privacy]")
{
    TempDatabase t;
    Article60 a60(*t.db);
    const qint64 post = addPost(a60, QStringLiteral("Cook"), QStringLiteral("Kitchen"));
    const qint64 a = addDossier(*t.db, QStringLiteral("A-9"), d("2010-01-01"), QStringLiteral("Amrani"));
    Article60Contract c = contractFor(a, post, d("2010-02-01"), 60);
    c.note = QStringLiteral("Struggles with mornings");
    const qint64 id = a60.addContract(c).value();
    REQUIRE(a60.endContract(id, d("2010-03-31"), ContractEndReason::Completed));

    QSqlQuery nn(t.db->sql());
    REQUIRE(nn.exec(QStringLiteral("SELECT national_number FROM person")));
    REQUIRE(nn.next());
    Result<QJsonObject> report = SubjectAccess::collect(*t.db, nn.value(0).toString());
    REQUIRE(report);
    const QJsonArray contracts = report->value(QStringLiteral("article60_contracts")).toArray();
    REQUIRE(contracts.size() == 1);
    CHECK(contracts.at(0).toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Struggles with mornings"));
    CHECK(contracts.at(0).toObject().value(QStringLiteral("function")).toString() == QStringLiteral("Cook"));

    REQUIRE(Trajectory(*t.db).closeDossier(a, d("2010-06-30")));
    Result<Retention::Report> done = Retention::anonymise(*t.db, d("2015-01-01"), false);
    INFO(done.error().toStdString());
    REQUIRE(done);
    CHECK(done->people == 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM article60_contract WHERE note IS NOT NULL")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM article60_contract WHERE planned_end = '2010-04-11'")) == 1);
}

TEST_CASE("Article 60 demo: contracts match the demo's article60 placements, one person a post at a time",
          "[article60][demo]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 600;
    options.seed = 5;
    options.until = d("2024-12-31");
    const Status s = DemoGenerator::generate(*t.db, options);
    INFO(s.error().toStdString());
    REQUIRE(s);
    Database &db = *t.db;
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM article60_contract")) > 10);
    // Each contract on its dossier's article60 placement, from the same day to the same day.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM article60_contract c LEFT JOIN placement p ON p.id = c.placement_id "
                                   "WHERE p.id IS NULL OR p.cell <> 'article60' OR p.dossier_id <> c.dossier_id "
                                   "OR p.start_date <> c.starts_on OR p.end_date <> coalesce(c.actual_end, c.planned_end)"))
          == 0);
    // The placement is at the post's partner.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM article60_contract c JOIN placement p ON p.id = c.placement_id "
                                   "JOIN article60_post po ON po.id = c.post_id WHERE p.partner_id %1 po.partner_id")
                        .arg(dialect::notSameAs(db.sql())))
          == 0);
    // No post held by two people on one day.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM article60_contract a JOIN article60_contract b "
                                   "ON a.post_id = b.post_id AND a.id < b.id AND a.starts_on <= coalesce(b.actual_end, b.planned_end) "
                                   "AND b.starts_on <= coalesce(a.actual_end, a.planned_end)"))
          == 0);
    // The planned end follows the rule of Parcours.
    Article60 a60(db);
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT c.starts_on, c.days_needed, c.planned_end, po.schedule FROM article60_contract c "
                                  "JOIN article60_post po ON po.id = c.post_id")));
    while (q.next()) {
        const QDate planned = Article60::plannedEnd(d(q.value(0).toString().toLatin1().constData()), q.value(1).toInt(),
                                                    Article60::scheduleFromCode(q.value(3).toString()).value());
        CHECK(planned.toString(Qt::ISODate) == q.value(2).toString());
    }
    // The placement rules still hold for the dossiers with a contract.
    Trajectory trajectory(db);
    Registry registry(db);
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT dossier_id FROM article60_contract")));
    while (q.next()) {
        const qint64 dossierId = q.value(0).toLongLong();
        const Dossier dossier = registry.dossier(dossierId).value();
        const DossierPeriod period{dossierId, dossier.reference, dossier.opened, dossier.closed};
        const QList<Placement> list = trajectory.placements(dossierId);
        for (qsizetype i = 0; i < list.size(); ++i)
            CHECK(PlacementRules::check(list, i, period).isEmpty());
    }
    const QList<PostOccupancy> board = a60.occupancy(options.until).value();
    const auto filled = std::count_if(board.begin(), board.end(), [](const PostOccupancy &o) { return o.filled(); });
    CHECK(filled > 0);
    CHECK(filled < board.size());
}
