// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"
#include "registry/registry.h"
#include "trajectory/trajectory.h"
#include "testsupport.h"

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

Person makePerson(const QString &last, const QString &first, const QDate &birth, int serial)
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.birthDate = birth;
    p.nationalNumber = NationalNumber::make(birth, serial);
    p.gender = serial % 2 ? Gender::Male : Gender::Female;
    p.language = QStringLiteral("nl");
    return p;
}

Dossier makeDossier(const QString &reference, const QDate &opened, const QDate &closed = {})
{
    Dossier d;
    d.reference = reference;
    d.opened = opened;
    d.closed = closed;
    d.officer = QStringLiteral("Sofie Claes");
    return d;
}

QStringList references(const QList<Registry::Row> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.reference;
    return out;
}

bool hasField(const FieldErrors &errors, const QString &field)
{
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) { return e.field == field; });
}

} // namespace

TEST_CASE("A person and a dossier are saved together and read back", "[registry]")
{
    TempDatabase t;
    Registry reg(*t.db);
    Person p = makePerson(QStringLiteral("Vandenbroucke-De Smedt"), QStringLiteral("Bénédicte"), QDate(1985, 7, 30), 34);
    p.nationalNumber = NationalNumber::format(p.nationalNumber); // typed with separators
    p.email = QStringLiteral("b.vds@example.be");
    auto saved = reg.save(p, makeDossier(QStringLiteral("D-2021-0001"), QDate(2021, 3, 1)));
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());

    const auto back = reg.person(saved.value().personId);
    REQUIRE(back);
    CHECK(back->nationalNumber.size() == 11);
    CHECK(back->lastName == QStringLiteral("Vandenbroucke-De Smedt"));
    CHECK(back->firstName == QStringLiteral("Bénédicte"));
    CHECK(back->birthDate == QDate(1985, 7, 30));
    CHECK(back->gender == Gender::Female);
    CHECK(back->email == QStringLiteral("b.vds@example.be"));
    const auto dossier = reg.dossier(saved.value().dossierId);
    REQUIRE(dossier);
    CHECK(dossier->reference == QStringLiteral("D-2021-0001"));
    CHECK(dossier->opened == QDate(2021, 3, 1));
    CHECK(dossier->closed.isNull());
    CHECK(reg.dossierCount() == 1);

    SECTION("a person may have several dossiers over the years")
    {
        Person same = *back;
        auto second = reg.save(same, makeDossier(QStringLiteral("D-2024-0107"), QDate(2024, 1, 15)));
        REQUIRE(second.ok());
        CHECK(second.value().personId == back->id);
        CHECK(reg.dossiersOf(back->id).size() == 2);
    }
    SECTION("updating keeps one row")
    {
        Person same = *back;
        same.phone = QStringLiteral("02 600 12 34");
        Dossier d = *dossier;
        d.closed = QDate(2023, 12, 31);
        REQUIRE(reg.save(same, d).ok());
        CHECK(reg.dossierCount() == 1);
        CHECK(reg.dossier(d.id)->closed == QDate(2023, 12, 31));
        CHECK(reg.person(same.id)->phone == QStringLiteral("02 600 12 34"));
    }
}

TEST_CASE("The register refuses bad people and dossiers and writes nothing", "[registry]")
{
    TempDatabase t;
    Registry reg(*t.db);
    REQUIRE(reg.save(makePerson(QStringLiteral("Peeters"), QStringLiteral("Jan"), QDate(1990, 1, 2), 11),
                     makeDossier(QStringLiteral("D-1"), QDate(2020, 1, 1))).ok());
    FieldErrors errors;

    SECTION("wrong check digits")
    {
        Person p = makePerson(QStringLiteral("Claes"), QStringLiteral("An"), QDate(1991, 5, 6), 22);
        p.nationalNumber[10] = p.nationalNumber[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        CHECK_FALSE(reg.save(p, makeDossier(QStringLiteral("D-2"), QDate(2020, 1, 1)), &errors).ok());
        CHECK(hasField(errors, QStringLiteral("national_number")));
    }
    SECTION("national number that disagrees with the birth date")
    {
        Person p = makePerson(QStringLiteral("Claes"), QStringLiteral("An"), QDate(1991, 5, 6), 22);
        p.birthDate = QDate(1991, 5, 7);
        CHECK_FALSE(reg.save(p, makeDossier(QStringLiteral("D-2"), QDate(2020, 1, 1)), &errors).ok());
        CHECK(hasField(errors, QStringLiteral("national_number")));
    }
    SECTION("missing names")
    {
        Person p = makePerson(QStringLiteral("  "), QString(), QDate(1991, 5, 6), 22);
        CHECK_FALSE(reg.save(p, makeDossier(QStringLiteral("D-2"), QDate(2020, 1, 1)), &errors).ok());
        CHECK(hasField(errors, QStringLiteral("last_name")));
        CHECK(hasField(errors, QStringLiteral("first_name")));
    }
    SECTION("closed before opened")
    {
        Person p = makePerson(QStringLiteral("Claes"), QStringLiteral("An"), QDate(1991, 5, 6), 22);
        const auto r = reg.save(p, makeDossier(QStringLiteral("D-2"), QDate(2020, 5, 1), QDate(2020, 4, 30)), &errors);
        CHECK_FALSE(r.ok());
        CHECK(hasField(errors, QStringLiteral("closed")));
        CHECK(r.error().contains(QStringLiteral("2020-04-30")));
    }
    SECTION("a reference that is already used")
    {
        Person p = makePerson(QStringLiteral("Claes"), QStringLiteral("An"), QDate(1991, 5, 6), 22);
        CHECK_FALSE(reg.save(p, makeDossier(QStringLiteral("D-1"), QDate(2020, 1, 1)), &errors).ok());
        CHECK(hasField(errors, QStringLiteral("reference")));
    }
    SECTION("a new person with a national number already registered")
    {
        Person p = makePerson(QStringLiteral("Peeters"), QStringLiteral("Jan"), QDate(1990, 1, 2), 11);
        const auto r = reg.save(p, makeDossier(QStringLiteral("D-9"), QDate(2020, 1, 1)), &errors);
        CHECK_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("Jan Peeters")));
    }
    CHECK(reg.dossierCount() == 1);
}

TEST_CASE("Searching the register: prefixes of names, numbers and references, filters, order, pages", "[registry]")
{
    TempDatabase t;
    Registry reg(*t.db);
    const QDate today(2024, 6, 30);
    struct Row { const char *last; const char *first; int year; const char *ref; QDate closed; IncomeType income; };
    const QList<Row> rows = {
        {"Peeters", "Jan", 1980, "D-2019-001", {}, IncomeType::Leefloon},
        {"Janssens", "Marie", 1975, "D-2019-002", QDate(2022, 1, 31), IncomeType::Leefloon},
        {"D'Hondt", "Élodie", 1992, "D-2020-003", {}, IncomeType::Equivalent},
        {"Vandenberghe", "Pieter", 1988, "D-2020-004", {}, IncomeType::Leefloon},
        {"El Amrani", "Youssef", 1995, "D-2021-005", QDate(2024, 7, 31), IncomeType::Equivalent},
        {"Dubois", "Jean-Pierre", 1969, "D-2021-006", QDate(2023, 3, 15), IncomeType::Leefloon},
    };
    int serial = 1;
    for (const Row &r : rows)
        REQUIRE(reg.save(makePerson(QString::fromUtf8(r.last), QString::fromUtf8(r.first), QDate(r.year, 3, 14), serial++),
                         [&] { Dossier d = makeDossier(QString::fromUtf8(r.ref), QDate(2019, 1, 1), r.closed); d.incomeType = r.income; return d; }())
                    .ok());

    Registry::Query q;
    q.today = today;
    const auto find = [&](const QString &text) {
        q.text = text;
        return references(reg.search(q, 0, 100));
    };
    CHECK(find(QStringLiteral("jan")) == QStringList{QStringLiteral("D-2019-002"), QStringLiteral("D-2019-001")});
    CHECK(find(QStringLiteral("elo")) == QStringList{QStringLiteral("D-2020-003")});      // accent-free typing
    CHECK(find(QStringLiteral("dhon")) == QStringList{QStringLiteral("D-2020-003")});     // apostrophe ignored
    CHECK(find(QStringLiteral("van den")) == QStringList{QStringLiteral("D-2020-004")});  // words run together
    CHECK(find(QStringLiteral("jean pierre")) == QStringList{QStringLiteral("D-2021-006")});
    CHECK(find(QStringLiteral("d-2021")) == QStringList{QStringLiteral("D-2021-006"), QStringLiteral("D-2021-005")}); // by name: Dubois, El Amrani
    const QString nn = reg.search([&] { Registry::Query x; x.text = QStringLiteral("Youssef"); return x; }(), 0, 1).first().nationalNumber;
    CHECK(find(NationalNumber::format(nn).left(8)) == QStringList{QStringLiteral("D-2021-005")});
    CHECK(find(QStringLiteral("nobody")).isEmpty());

    q.text.clear();
    q.state = Registry::StateFilter::Open;
    CHECK(reg.count(q) == 4); // closes on 2024-07-31: still open on 30 June
    q.state = Registry::StateFilter::Closed;
    CHECK(references(reg.search(q, 0, 100)) == QStringList{QStringLiteral("D-2021-006"), QStringLiteral("D-2019-002")});
    q.state = Registry::StateFilter::All;
    q.income = IncomeType::Equivalent;
    CHECK(reg.count(q) == 2);
    q.income.reset();

    q.sort = Registry::SortKey::Reference;
    q.order = Qt::DescendingOrder;
    CHECK(references(reg.search(q, 0, 2)) == QStringList{QStringLiteral("D-2021-006"), QStringLiteral("D-2021-005")});
    CHECK(references(reg.search(q, 2, 2)) == QStringList{QStringLiteral("D-2020-004"), QStringLiteral("D-2020-003")});
    CHECK(reg.count(q) == 6);
}

TEST_CASE("Saving a dossier keeps its trajectory inside its open period", "[registry][trajectory]")
{
    TempDatabase t;
    Registry reg(*t.db);
    auto saved = reg.save(makePerson(QStringLiteral("Peeters"), QStringLiteral("Jan"), QDate(1990, 1, 2), 11),
                          makeDossier(QStringLiteral("D-1"), QDate(2020, 1, 1)));
    REQUIRE(saved.ok());
    Trajectory trajectory(*t.db);
    REQUIRE(trajectory.refer(saved.value().dossierId, Cell::Facilitation, QDate(2020, 2, 1), QStringLiteral("Sofie Claes"), {}).ok());
    REQUIRE(trajectory.transfer(saved.value().dossierId, Cell::Work, QDate(2020, 6, 1), QStringLiteral("Sofie Claes"), {}).ok());
    Person person = *reg.person(saved.value().personId);
    FieldErrors errors;

    SECTION("closing the dossier ends its open placement on that day")
    {
        Dossier d = *reg.dossier(saved.value().dossierId);
        d.closed = QDate(2021, 3, 31);
        REQUIRE(reg.save(person, d).ok());
        const auto placements = trajectory.placements(d.id);
        REQUIRE(placements.size() == 2);
        CHECK(placements.last().end == QDate(2021, 3, 31));
        REQUIRE(placements.last().outcome);
        CHECK(*placements.last().outcome == Outcome::IncomeEnded);
        CHECK(placements.first().end == QDate(2020, 5, 31)); // untouched
    }
    SECTION("a closing date before the last placement's start is refused, nothing changes")
    {
        Dossier d = *reg.dossier(saved.value().dossierId);
        d.closed = QDate(2020, 5, 15);
        CHECK_FALSE(reg.save(person, d, &errors).ok());
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().field == QStringLiteral("closed"));
        CHECK(errors.first().message.contains(QStringLiteral("2020-06-01")));
        CHECK(reg.dossier(d.id)->closed.isNull());
        CHECK(trajectory.placements(d.id).last().isOpen());
    }
    SECTION("an opening date after the first placement is refused")
    {
        Dossier d = *reg.dossier(saved.value().dossierId);
        d.opened = QDate(2020, 3, 1);
        CHECK_FALSE(reg.save(person, d, &errors).ok());
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().field == QStringLiteral("opened"));
        CHECK(reg.dossier(d.id)->opened == QDate(2020, 1, 1));
    }
}

TEST_CASE("Search keys fold letters people type without their accents or strokes", "[registry]")
{
    CHECK(searchKey(QStringLiteral("Yılmaz")) == QStringLiteral("yilmaz"));
    CHECK(searchKey(QStringLiteral("Łukasz Wójcik")) == QStringLiteral("lukaszwojcik"));
    CHECK(searchKey(QStringLiteral("Søren Œuvray-Straße")) == QStringLiteral("sorenoeuvraystrasse"));
    CHECK(searchKey(QStringLiteral("D'Hondt-Van Damme")) == QStringLiteral("dhondtvandamme"));
    CHECK(searchKey(QStringLiteral("Bénédicte")) == QStringLiteral("benedicte"));
    // Plain ASCII takes a shorter way to the same keys.
    CHECK(searchKey(QStringLiteral("O'Brien-Mc Kay 3")) == QStringLiteral("obrienmckay3"));
    CHECK(searchKey(QStringLiteral("D-2015-000012")) == QStringLiteral("d2015000012"));
    CHECK(searchKey(QStringLiteral(" -/ ")).isEmpty());
}
