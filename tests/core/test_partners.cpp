// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "partners/partners.h"
#include "security/actor.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

Partner named(const QString &name, PartnerKind kind = PartnerKind::Training)
{
    Partner p;
    p.name = name;
    p.kind = kind;
    return p;
}

} // namespace

TEST_CASE("Partners: the directory adds, lists by name and keeps inactive partners out of the lists", "[partners]")
{
    TempDatabase t;
    Partners partners(*t.db);
    Partner actiris = named(QStringLiteral("Actiris"), PartnerKind::EmploymentService);
    actiris.email = QStringLiteral("partenaires@actiris.be");
    const Result<qint64> a = partners.add(actiris);
    REQUIRE(a);
    REQUIRE(partners.add(named(QStringLiteral("Bruxelles Formation"))));
    const Result<qint64> lee = partners.add(named(QStringLiteral("Lire et Écrire"), PartnerKind::Literacy));
    REQUIRE(lee);

    Result<QList<Partner>> all = partners.list();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).name == QStringLiteral("Actiris"));
    CHECK(all->at(0).email == QStringLiteral("partenaires@actiris.be"));
    CHECK(all->at(2).name == QStringLiteral("Lire et Écrire"));

    Result<QList<Partner>> literacy = partners.list(false, PartnerKind::Literacy);
    REQUIRE(literacy);
    REQUIRE(literacy->size() == 1);
    CHECK(literacy->at(0).id == lee.value());

    REQUIRE(partners.setActive(lee.value(), false));
    CHECK(partners.list()->size() == 2);
    CHECK(partners.list(true)->size() == 3);
    CHECK_FALSE(partners.get(lee.value())->active);

    Result<std::optional<Partner>> found = partners.findByName(QStringLiteral("  actiris "));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->id == a.value());
    // Every change is in the audit trail.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'partner'")) == 4);
}

TEST_CASE("Partners: a nameless, duplicate or badly addressed partner is refused and nothing is written", "[partners]")
{
    TempDatabase t;
    Partners partners(*t.db);
    REQUIRE(partners.add(named(QStringLiteral("Actiris"))));

    const Result<qint64> nameless = partners.add(named(QStringLiteral("   ")));
    REQUIRE_FALSE(nameless);
    CHECK(nameless.error().contains(QStringLiteral("Name")));

    const Result<qint64> twice = partners.add(named(QStringLiteral("ACTIRIS")));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QStringLiteral("already a partner called \"ACTIRIS\"")));

    Partner bad = named(QStringLiteral("VDAB"));
    bad.email = QStringLiteral("vdab.be");
    const Result<qint64> mail = partners.add(bad);
    REQUIRE_FALSE(mail);
    CHECK(mail.error().contains(QStringLiteral("\"vdab.be\" is not an e-mail address")));

    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM partner")) == 1);
}

TEST_CASE("Partners: agreements run from their start to their end, and a backwards one is refused", "[partners]")
{
    TempDatabase t;
    Partners partners(*t.db);
    const qint64 id = partners.add(named(QStringLiteral("Les Petits Riens"), PartnerKind::SocialEconomy)).value();
    PartnerAgreement a;
    a.partnerId = id;
    a.subject = QStringLiteral("Postes article 60");
    a.startsOn = QDate(2014, 1, 1);
    a.endsOn = QDate(2014, 12, 31);
    REQUIRE(partners.addAgreement(a));

    PartnerAgreement backwards = a;
    backwards.endsOn = QDate(2013, 12, 31);
    const Result<qint64> refused = partners.addAgreement(backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("2013-12-31")));

    PartnerAgreement nowhere = a;
    nowhere.partnerId = id + 100;
    CHECK_FALSE(partners.addAgreement(nowhere));

    Result<QList<PartnerAgreement>> list = partners.agreements(id);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).runsOn(QDate(2014, 6, 30)));
    CHECK_FALSE(list->at(0).runsOn(QDate(2015, 1, 1)));
}

TEST_CASE("Partners: a role that may not change the register may read the directory but not change it", "[partners]")
{
    TempDatabase t;
    Partners partners(*t.db);
    REQUIRE(partners.add(named(QStringLiteral("Actiris"))));
    Actor manager;
    manager.name = QStringLiteral("m.manager");
    manager.role = Role::Manager;
    t.db->setActor(manager);
    CHECK(partners.list());
    const Result<qint64> refused = partners.add(named(QStringLiteral("VDAB")));
    REQUIRE_FALSE(refused);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM partner")) == 1);
}
