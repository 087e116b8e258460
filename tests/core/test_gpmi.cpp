// SPDX-License-Identifier: GPL-3.0-or-later
// The GPMI / PIIS: the reflection period, the contract's rules, compliance on edge dates.
#include "balance/balanceprint.h"
#include "balance/compliance.h"
#include "balance/gpmi.h"
#include "balance/workingdays.h"
#include "domain/nationalnumber.h"
#include "registry/registry.h"
#include "storage/database.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QBuffer>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addDossier(Database &db, const QString &reference, const QDate &opened, IncomeType income = IncomeType::Leefloon,
                  const QDate &birth = QDate(1985, 6, 1), const QString &officer = QStringLiteral("Anke"))
{
    static int serial = 0;
    Person p;
    p.lastName = QStringLiteral("Janssens");
    p.firstName = reference;
    p.birthDate = birth;
    p.nationalNumber = NationalNumber::make(p.birthDate, 2 * ++serial);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.incomeType = income;
    dossier.officer = officer;
    auto saved = Registry(db).save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
}

Gpmi contract(qint64 dossier, const QDate &offered, const QDate &signedOn)
{
    Gpmi g;
    g.dossierId = dossier;
    g.start = offered;
    g.offered = offered;
    g.signed_ = signedOn;
    g.language = QStringLiteral("fr");
    g.domains = {GpmiDomain::Training, GpmiDomain::Employment};
    g.partners = {QStringLiteral("Bruxelles Formation")};
    g.goals = {{QStringLiteral("Finish the cook training"), QStringLiteral("attends every day"), QStringLiteral("pays the crèche"),
                offered.addMonths(10)}};
    return g;
}

Compliance::Facts signedFacts(const char *opened, const char *signedOn, QList<Compliance::Facts::Evaluation> evaluations = {})
{
    Compliance::Facts f;
    f.opened = d(opened);
    f.signedOn = d(signedOn);
    f.evaluations = std::move(evaluations);
    return f;
}

QStringList describe(const QList<Compliance::Finding> &findings)
{
    QStringList list;
    for (const auto &f : findings)
        list << Compliance::requirementCode(f.requirement) + QLatin1Char('/') + Compliance::stateCode(f.state) + QLatin1Char('/')
                    + f.due.toString(Qt::ISODate);
    return list;
}

} // namespace

TEST_CASE("Working days skip weekends and the Belgian public holidays", "[gpmi]")
{
    CHECK(workingdays::easterSunday(2024) == d("2024-03-31"));
    CHECK(workingdays::easterSunday(2025) == d("2025-04-20"));
    CHECK(workingdays::easterSunday(2026) == d("2026-04-05"));
    CHECK(workingdays::isPublicHoliday(d("2025-04-21")));  // Easter Monday
    CHECK(workingdays::isPublicHoliday(d("2025-05-29")));  // Ascension
    CHECK(workingdays::isPublicHoliday(d("2025-06-09")));  // Whit Monday
    CHECK(workingdays::isPublicHoliday(d("2025-07-21")));
    CHECK(workingdays::isPublicHoliday(d("2025-11-11")));
    CHECK_FALSE(workingdays::isPublicHoliday(d("2025-05-08"))); // Brussels' Iris Day is regional
    CHECK_FALSE(workingdays::isWorkingDay(d("2025-03-08")));    // a Saturday
    CHECK(workingdays::isWorkingDay(d("2025-03-10")));
}

TEST_CASE("The reflection period: signing from the 5th working day after the offer", "[gpmi]")
{
    // Monday → the next Monday.
    CHECK(GpmiRules::firstSigningDay(d("2025-03-03")) == d("2025-03-10"));
    // Friday → the next Friday (the weekend does not count).
    CHECK(GpmiRules::firstSigningDay(d("2025-03-07")) == d("2025-03-14"));
    // Thursday before Easter: Easter Monday does not count.
    CHECK(GpmiRules::firstSigningDay(d("2025-04-17")) == d("2025-04-25"));
    // Around Christmas.
    CHECK(GpmiRules::firstSigningDay(d("2024-12-18")) == d("2024-12-26"));

    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2025-000001"), d("2025-03-01"));
    GpmiStore store(*t.db);
    const QDate today = d("2025-06-01");

    SECTION("a signature inside the period is refused and names the first allowed day")
    {
        FieldErrors errors;
        auto refused = store.save(contract(dossier, d("2025-04-17"), d("2025-04-24")), &errors, today);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("2025-04-25")));
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().field == QStringLiteral("signed"));
        CHECK_FALSE(store.gpmiOf(dossier).has_value());
    }
    SECTION("on the 5th working day it is accepted")
    {
        auto saved = store.save(contract(dossier, d("2025-04-17"), d("2025-04-25")), nullptr, today);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        const auto g = store.gpmiOf(dossier);
        REQUIRE(g.has_value());
        CHECK(g->signed_ == d("2025-04-25"));
        CHECK(g->goals.size() == 1);
        CHECK(g->goals.first().centreCommitment == QStringLiteral("pays the crèche"));
        CHECK(g->domains == QList<GpmiDomain>{GpmiDomain::Training, GpmiDomain::Employment});
    }
    SECTION("a signed contract without a domain or a goal is refused")
    {
        Gpmi g = contract(dossier, d("2025-03-03"), d("2025-03-10"));
        g.domains.clear();
        g.goals.clear();
        FieldErrors errors;
        CHECK_FALSE(store.save(g, &errors, today).ok());
        CHECK(errors.size() == 2);
    }
    SECTION("an unsigned draft is saved; evaluations wait for the signature")
    {
        Gpmi g = contract(dossier, d("2025-03-03"), {});
        auto id = store.save(g, nullptr, today);
        REQUIRE(id.ok());
        GpmiEvaluation e;
        e.gpmiId = id.value();
        e.date = d("2025-05-01");
        CHECK_FALSE(store.saveEvaluation(e, today).ok());
        g.id = id.value();
        g.signed_ = d("2025-03-10");
        REQUIRE(store.save(g, nullptr, today).ok());
        REQUIRE(store.saveEvaluation(e, today).ok());
        CHECK(store.evaluations(id.value()).size() == 1);
        // Moving the signature after the evaluation would orphan it.
        g.signed_ = d("2025-05-15");
        CHECK_FALSE(store.save(g, nullptr, today).ok());
        CHECK(store.gpmiOf(dossier)->signed_ == d("2025-03-10"));
    }
}

TEST_CASE("Compliance: the GPMI is signed within 3 months of the opening, to the day", "[gpmi][compliance]")
{
    Compliance::Facts f;
    f.opened = d("2024-01-15");
    CHECK(Compliance::signatureDeadline(f) == d("2024-04-15"));
    CHECK(describe(Compliance::assess(f, d("2024-03-15"))) == QStringList{});
    CHECK(describe(Compliance::assess(f, d("2024-03-16"))) == QStringList{QStringLiteral("signature/due_soon/2024-04-15")});
    CHECK(describe(Compliance::assess(f, d("2024-04-15"))) == QStringList{QStringLiteral("signature/due_soon/2024-04-15")});
    CHECK(describe(Compliance::assess(f, d("2024-04-16"))) == QStringList{QStringLiteral("signature/missing/2024-04-15")});

    f.signedOn = d("2024-04-15");
    CHECK(describe(Compliance::assess(f, d("2024-04-16"))).filter(QStringLiteral("signature")).isEmpty());
    f.signedOn = d("2024-04-16");
    CHECK(describe(Compliance::assess(f, d("2024-04-16"))).contains(QStringLiteral("signature/signed_late/2024-04-15")));

    Compliance::Facts endOfMonth;
    endOfMonth.opened = d("2024-11-30");
    CHECK(Compliance::signatureDeadline(endOfMonth) == d("2025-02-28"));
}

TEST_CASE("Compliance: who must have a GPMI", "[gpmi][compliance]")
{
    CHECK(Compliance::required(d("2016-11-01"), d("1970-01-01")));
    CHECK_FALSE(Compliance::required(d("2016-10-31"), d("1970-01-01")));
    CHECK(Compliance::required(d("2015-05-01"), d("1991-05-02")));  // 24 on the opening day
    CHECK_FALSE(Compliance::required(d("2015-05-01"), d("1990-05-01"))); // 25 that day
    CHECK_FALSE(Compliance::required(d("2015-05-01"), QDate()));

    Compliance::Facts exempt;
    exempt.opened = d("2024-01-15");
    exempt.exemptOnDay = true;
    CHECK(Compliance::assess(exempt, d("2024-06-01")).isEmpty());

    // An exemption that ended restarts the 3 months the day after.
    Compliance::Facts after;
    after.opened = d("2024-01-15");
    after.lastExemptionEnd = d("2024-05-31");
    CHECK(Compliance::signatureDeadline(after) == d("2024-09-01"));
    CHECK(describe(Compliance::assess(after, d("2024-06-15"))) == QStringList{});
}

TEST_CASE("Compliance: 3 evaluations a year, 2 of them face to face", "[gpmi][compliance]")
{
    using E = Compliance::Facts::Evaluation;
    // Signed 2024-01-10: contract year 1 runs 2024-01-10 – 2025-01-09.
    SECTION("a year with only 2 evaluations is overdue once it has ended")
    {
        const auto f = signedFacts("2023-11-01", "2024-01-10", {E{d("2024-03-01"), true}, E{d("2024-08-01"), true}});
        // The last day of the year: the third evaluation is due today, not late yet.
        CHECK(describe(Compliance::assess(f, d("2025-01-09"))) == QStringList{QStringLiteral("evaluations/due_soon/2025-01-09")});
        const QStringList next = describe(Compliance::assess(f, d("2025-01-10")));
        CHECK(next.contains(QStringLiteral("evaluations/overdue/2025-01-09")));
        CHECK_FALSE(next.contains(QStringLiteral("face_to_face/overdue/2025-01-09")));
    }
    SECTION("3 evaluations, only 1 face to face: the face-to-face rule is broken")
    {
        const auto f = signedFacts("2023-11-01", "2024-01-10",
                                   {E{d("2024-03-01"), true}, E{d("2024-08-01"), false}, E{d("2024-12-01"), false}});
        CHECK(describe(Compliance::assess(f, d("2024-12-20"))) == QStringList{QStringLiteral("face_to_face/due_soon/2025-01-09")});
        CHECK(describe(Compliance::assess(f, d("2025-01-10"))).contains(QStringLiteral("face_to_face/overdue/2025-01-09")));
    }
    SECTION("a year in order: nothing, then the next year's first evaluation comes due")
    {
        const auto f = signedFacts("2023-11-01", "2024-01-10",
                                   {E{d("2024-03-01"), true}, E{d("2024-08-01"), true}, E{d("2024-12-01"), false}});
        CHECK(describe(Compliance::assess(f, d("2025-01-10"))) == QStringList{});
        CHECK(describe(Compliance::assess(f, d("2025-04-09"))) == QStringList{QStringLiteral("evaluations/due_soon/2025-05-09")});
        CHECK(describe(Compliance::assess(f, d("2025-05-10"))) == QStringList{QStringLiteral("evaluations/overdue/2025-05-09")});
    }
    SECTION("in the running year, the first evaluation falls due 4 months after the signature")
    {
        const auto f = signedFacts("2023-11-01", "2024-01-10");
        CHECK(describe(Compliance::assess(f, d("2024-04-09"))) == QStringList{QStringLiteral("evaluations/due_soon/2024-05-09")});
        CHECK(describe(Compliance::assess(f, d("2024-05-10"))) == QStringList{QStringLiteral("evaluations/overdue/2024-05-09")});
    }
}

TEST_CASE("Compliance list over the register", "[gpmi][compliance]")
{
    TempDatabase t;
    const QDate today = d("2025-06-30");
    const qint64 missing = addDossier(*t.db, QStringLiteral("D-2025-000001"), d("2025-01-10"));
    const qint64 soon = addDossier(*t.db, QStringLiteral("D-2025-000002"), d("2025-04-15"));
    addDossier(*t.db, QStringLiteral("D-2025-000003"), d("2025-01-10"), IncomeType::Equivalent);
    const qint64 exempt = addDossier(*t.db, QStringLiteral("D-2025-000004"), d("2025-01-10"), IncomeType::Leefloon, QDate(1985, 6, 1),
                                     QStringLiteral("Bram"));
    REQUIRE(Trajectory(*t.db).refer(exempt, Cell::HealthEquity, d("2025-02-01"), QStringLiteral("Bram"), {}).ok());
    const qint64 inOrder = addDossier(*t.db, QStringLiteral("D-2025-000005"), d("2025-01-10"));
    auto inOrderGpmi = GpmiStore(*t.db).save(contract(inOrder, d("2025-02-03"), d("2025-02-10")), nullptr, today);
    REQUIRE(inOrderGpmi.ok());
    GpmiEvaluation evaluation;
    evaluation.gpmiId = inOrderGpmi.value();
    evaluation.date = d("2025-05-20");
    REQUIRE(GpmiStore(*t.db).saveEvaluation(evaluation, today).ok());
    const qint64 late = addDossier(*t.db, QStringLiteral("D-2025-000006"), d("2025-01-10"));
    REQUIRE(GpmiStore(*t.db).save(contract(late, d("2025-02-03"), d("2025-02-10")), nullptr, today).ok());
    Q_UNUSED(missing)
    Q_UNUSED(soon)

    auto rows = Compliance(*t.db).rows(today);
    INFO(rows.error().toStdString());
    REQUIRE(rows.ok());
    QStringList seen;
    for (const auto &r : rows.value())
        seen << r.reference + QLatin1Char(' ') + Compliance::stateCode(r.finding.state) + QLatin1Char(' ') + QString::number(r.daysLeft);
    // Overdue first (oldest due day first), then what comes due; the exemption, the
    // equivalent income and the contract in order are not listed.
    CHECK(seen == QStringList{QStringLiteral("D-2025-000001 missing -81"), QStringLiteral("D-2025-000006 overdue -21"),
                              QStringLiteral("D-2025-000002 due_soon 15")});

    SECTION("one officer's list")
    {
        auto bram = Compliance(*t.db).rows(today, QStringLiteral("Bram"));
        REQUIRE(bram.ok());
        CHECK(bram->isEmpty());
    }
    SECTION("as CSV")
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Compliance::writeCsv(rows.value(), buffer);
        const QStringList lines = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 4);
        CHECK(lines.at(0) == QStringLiteral("reference,last_name,first_name,officer,requirement,state,due,days_left,detail"));
        CHECK(lines.at(1).startsWith(QStringLiteral("D-2025-000001,Janssens,D-2025-000001,Anke,signature,missing,2025-04-10,-81,")));
    }
}

TEST_CASE("The printed GPMI and balance hold the agreed content and places to sign", "[gpmi][print]")
{
    TempDatabase t;
    const qint64 dossierId = addDossier(*t.db, QStringLiteral("D-2025-000042"), d("2025-03-01"));
    Registry registry(*t.db);
    const Dossier dossier = *registry.dossier(dossierId);
    const Person person = *registry.person(dossier.personId);
    Gpmi g = contract(dossierId, d("2025-04-17"), d("2025-04-25"));
    g.plannedEvaluations = {d("2025-08-01"), d("2025-12-01")};
    g.assistedBy = QStringLiteral("Karim (brother)");
    g.officer = QStringLiteral("Anke Peeters");
    GpmiEvaluation e;
    e.date = d("2025-05-20");
    e.faceToFace = true;
    e.nextSteps = QStringLiteral("Visit the training centre");

    const QString html = BalancePrint::gpmiHtml(person, dossier, g, {e}, QStringLiteral("fr"));
    for (const QString &expected :
         {QStringLiteral("Individualised social integration project (GPMI)"), QStringLiteral("Janssens, D-2025-000042"),
          NationalNumber::format(person.nationalNumber), QStringLiteral("D-2025-000042"),
          QStringLiteral("17/04/2025"),                                   // offered and start
          QStringLiteral("5 working days: signing from 25/04/2025 on"), // the reflection period
          QStringLiteral("Karim (brother)"), QStringLiteral("Anke Peeters"), QStringLiteral("Training, Employment"),
          QStringLiteral("Bruxelles Formation"), QStringLiteral("Finish the cook training"), QStringLiteral("attends every day"),
          QStringLiteral("pays the crèche"), QStringLiteral("17/02/2026"), // the goal's deadline
          QStringLiteral("at least 3 times a year, at least twice in a face-to-face meeting"),
          QStringLiteral("Planned: 01/08/2025, 01/12/2025."), QStringLiteral("Visit the training centre"),
          QStringLiteral("Signed in two copies, one for each party, on 25/04/2025."), QStringLiteral("The person"),
          QStringLiteral("The social worker"), QStringLiteral("For the centre")}) {
        INFO(expected.toStdString());
        CHECK(html.contains(expected.toHtmlEscaped()));
    }
    CHECK(html.count(QStringLiteral("Date and signature")) == 3);
    // Not signed yet: a blank to fill in by hand.
    g.signed_ = QDate();
    CHECK(BalancePrint::gpmiHtml(person, dossier, g, {}, QStringLiteral("fr")).contains(QStringLiteral("____/____/________")));

    Balance b;
    b.targetOccupation = QStringLiteral("Cook");
    b.obstacles = {{ObstacleKind::Addiction, ObstacleState::BeingResolved, QStringLiteral("follows a programme at the CAD")},
                   {ObstacleKind::Housing, ObstacleState::Identified, QStringLiteral("looking for a flat")}};
    BalanceStore::Version v;
    v.info.number = 2;
    v.info.savedAt = QDateTime(d("2025-03-10"), QTime(10, 0), Qt::UTC);
    v.info.authorName = QStringLiteral("Anke Peeters");
    v.balance = b;
    const QString summary = BalancePrint::balanceHtml(person, dossier, v, QStringLiteral("nl"));
    CHECK(summary.contains(QStringLiteral("Socio-professional balance")));
    CHECK(summary.contains(QStringLiteral("Version 2 of 10/03/2025, recorded by Anke Peeters.")));
    CHECK(summary.contains(QStringLiteral("Cook")));
    CHECK(summary.contains(QStringLiteral("looking for a flat")));
    CHECK_FALSE(summary.contains(QStringLiteral("CAD")));
    CHECK_FALSE(summary.contains(QStringLiteral("Addiction")));
    CHECK(summary.contains(QStringLiteral("not printed")));
    CHECK(summary.count(QStringLiteral("Date and signature")) == 2);
}
