// SPDX-License-Identifier: GPL-3.0-or-later
// The partner a Job Table participant is oriented to (job_table_participant.orientation_partner_id).
#include "testsupport.h"

#include "domain/nationalnumber.h"
#include "jobtable/jobtables.h"
#include "partners/partners.h"
#include "registry/registry.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

TEST_CASE("Job Table orientation: the partner a participant is oriented to is stored, audited and refused when unknown",
          "[jobtable][partners]")
{
    TempDatabase t;
    Registry reg(*t.db);
    Person p;
    p.lastName = QStringLiteral("Janssens");
    p.firstName = QStringLiteral("Eva");
    p.birthDate = QDate(1990, 4, 5);
    p.nationalNumber = NationalNumber::make(p.birthDate, 9);
    Dossier dossier;
    dossier.reference = QStringLiteral("JT-P1");
    dossier.opened = QDate(2024, 1, 1);
    const qint64 dossierId = reg.save(p, dossier).value().dossierId;
    JobTables tables(*t.db);
    JobTable table;
    table.title = QStringLiteral("Spring");
    table.capacity = 5;
    const qint64 tableId = tables.create(table).value();
    const qint64 participant = tables.addParticipant(tableId, dossierId, QDate(2024, 2, 1)).value();
    Partner school;
    school.name = QStringLiteral("Bruxelles Formation");
    school.kind = PartnerKind::Training;
    const qint64 schoolId = Partners(*t.db).add(school).value();

    REQUIRE(tables.setOrientationPartner(participant, schoolId));
    CHECK(tables.participants(tableId).first().orientationPartnerId == schoolId);
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'job_table_participant' "
                                  "AND details LIKE '%orientation_partner_id%' AND person_id IS NOT NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    const Status unknown = tables.setOrientationPartner(participant, 999);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().contains(QStringLiteral("999")));
    CHECK(tables.participants(tableId).first().orientationPartnerId == schoolId);

    REQUIRE(tables.setOrientationPartner(participant, 0));
    CHECK(tables.participants(tableId).first().orientationPartnerId == 0);
}
