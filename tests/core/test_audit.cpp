// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: every write path leaves an entry with who, when and old → new values; the
// trail cannot be changed or deleted; nobody writes without being known.
#include "testsupport.h"

#include "domain/nationalnumber.h"
#include "partners/partners.h"
#include "interchange/dossiercsv.h"
#include "registry/registry.h"
#include "security/audittrail.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

struct Row
{
    QString actor, kind, action, entity, details;
    qint64 entityId = 0, personId = 0;
};

QList<Row> trail(Database &db, const QString &where = QString())
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, actor_kind, action, entity, details, entity_id, person_id FROM audit_log ")
                   + where + QStringLiteral(" ORDER BY id")));
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
    return rows;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Registry::Saved saveOne(Database &db, const QString &last, const QString &reference, int serial = 3)
{
    Person p;
    p.lastName = last;
    p.firstName = QStringLiteral("Anna");
    p.birthDate = QDate(1985, 7, 30);
    p.nationalNumber = NationalNumber::make(p.birthDate, serial);
    p.phone = QStringLiteral("0470 12 34 56");
    Dossier d;
    d.reference = reference;
    d.opened = QDate(2020, 1, 6);
    auto saved = Registry(db).save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value();
}

Actor officer()
{
    Actor a;
    a.name = QStringLiteral("sofie");
    a.displayName = QStringLiteral("Sofie Claes");
    a.role = Role::Officer;
    a.accountId = 1;
    return a;
}

} // namespace

TEST_CASE("Saving in the register records who created what, with the values", "[audit]")
{
    TempDatabase t;
    t.db->setActor(officer());
    const auto saved = saveOne(*t.db, QStringLiteral("Peeters"), QStringLiteral("D-1"));

    const auto rows = trail(*t.db, QStringLiteral("WHERE entity IN ('person', 'dossier')"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].actor == QStringLiteral("sofie"));
    CHECK(rows[0].kind == QStringLiteral("user"));
    CHECK(rows[0].action == QStringLiteral("create"));
    CHECK(rows[0].entity == QStringLiteral("person"));
    CHECK(rows[0].entityId == saved.personId);
    CHECK(rows[0].personId == saved.personId);
    CHECK(json(rows[0].details).value(QStringLiteral("last_name")).toString() == QStringLiteral("Peeters"));
    CHECK(json(rows[0].details).value(QStringLiteral("phone")).toString() == QStringLiteral("0470 12 34 56"));
    CHECK_FALSE(json(rows[0].details).contains(QStringLiteral("last_key"))); // derived columns stay out
    CHECK(rows[1].entity == QStringLiteral("dossier"));
    CHECK(rows[1].entityId == saved.dossierId);
    CHECK(rows[1].personId == saved.personId);
    CHECK(json(rows[1].details).value(QStringLiteral("reference")).toString() == QStringLiteral("D-1"));

    // The timestamp is UTC ISO 8601 with milliseconds, and now.
    AuditTrail::Filter all;
    auto entries = AuditTrail(*t.db).entries(all, 0, 10);
    CHECK_FALSE(entries.ok()); // an officer may not read the trail
    t.db->setActor(Actor::system(QStringLiteral("test")));
    entries = AuditTrail(*t.db).entries(all, 0, 10);
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() >= 2);
    CHECK(entries.value().first().at.isValid());
    CHECK(qAbs(entries.value().first().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    SECTION("a change records only the changed columns, old → new")
    {
        t.db->setActor(officer());
        Registry reg(*t.db);
        Person p = *reg.person(saved.personId);
        Dossier d = *reg.dossier(saved.dossierId);
        p.lastName = QStringLiteral("Peeters-Maes");
        p.phone.clear();
        d.closed = QDate(2021, 3, 31);
        REQUIRE(reg.save(p, d).ok());
        const auto updates = trail(*t.db, QStringLiteral("WHERE action = 'update'"));
        REQUIRE(updates.size() == 2);
        const QJsonObject person = json(updates[0].details);
        CHECK(person.keys() == QStringList{QStringLiteral("last_name"), QStringLiteral("phone")});
        CHECK(person.value(QStringLiteral("last_name")).toArray() == QJsonArray{QStringLiteral("Peeters"), QStringLiteral("Peeters-Maes")});
        CHECK(person.value(QStringLiteral("phone")).toArray().at(1).isNull());
        const QJsonObject dossier = json(updates[1].details);
        CHECK(dossier.keys() == QStringList{QStringLiteral("closed")});
        CHECK(dossier.value(QStringLiteral("closed")).toArray().at(1).toString() == QStringLiteral("2021-03-31"));
    }
    SECTION("saving without a change records nothing")
    {
        Registry reg(*t.db);
        const int before = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));
        REQUIRE(reg.save(*reg.person(saved.personId), *reg.dossier(saved.dossierId)).ok());
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    }
}

TEST_CASE("A dossier import is one audit entry, not one per person and dossier written", "[audit]")
{
    TempDatabase t;
    const QString csv = t.file(QStringLiteral("in.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray text("reference;national_number;last_name;first_name;birth_date;gender;language;income_type;opened;closed\n");
        for (int i = 1; i <= 3; ++i)
            text += QStringLiteral("R-%1;%2;Maes;Bram%1;;;nl;leefloon;2021-02-01;\n")
                        .arg(i)
                        .arg(NationalNumber::make(QDate(1990, 1, i), 5))
                        .toUtf8();
        f.write(text);
    }
    const auto report = DossierCsv::importFile(*t.db, csv, false);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(trail(*t.db, QStringLiteral("WHERE entity IN ('person', 'dossier') AND action = 'create'")).isEmpty());
    const auto rows = trail(*t.db, QStringLiteral("WHERE action = 'import'"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].actor == QStringLiteral("system:test"));
    CHECK(rows[0].entity == QStringLiteral("dossier"));
    CHECK(json(rows[0].details).value(QStringLiteral("created")).toInt() == 3);
    // A second import of the same file changes nothing and records nothing.
    REQUIRE(DossierCsv::importFile(*t.db, csv, false).ok());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('person', 'dossier')")) == 1);
}

TEST_CASE("Placements are audited with the person they concern", "[audit]")
{
    TempDatabase t;
    const auto saved = saveOne(*t.db, QStringLiteral("Claes"), QStringLiteral("D-7"));
    t.db->setActor(officer());
    Trajectory trajectory(*t.db);
    auto id = trajectory.refer(saved.dossierId, Cell::Work, QDate(2020, 2, 1), QStringLiteral("Sofie"), QStringLiteral("ready for work"));
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    REQUIRE(trajectory.endPlacement(id.value(), QDate(2020, 5, 31), Outcome::Job, QStringLiteral("CDI")).ok());
    REQUIRE(trajectory.remove(id.value()).ok());

    const auto rows = trail(*t.db, QStringLiteral("WHERE entity = 'placement'"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].action == QStringLiteral("create"));
    CHECK(json(rows[0].details).value(QStringLiteral("reason")).toString() == QStringLiteral("ready for work"));
    CHECK(rows[1].action == QStringLiteral("update"));
    CHECK(json(rows[1].details).value(QStringLiteral("outcome")).toArray().at(1).toString() == QStringLiteral("job"));
    CHECK(rows[2].action == QStringLiteral("delete"));
    for (const Row &r : rows) {
        CHECK(r.actor == QStringLiteral("sofie"));
        CHECK(r.entityId == id.value());
        CHECK(r.personId == saved.personId);
    }
}

TEST_CASE("The audit trail cannot be changed or deleted through the database", "[audit]")
{
    TempDatabase t;
    saveOne(*t.db, QStringLiteral("Dubois"), QStringLiteral("D-2"));
    const int before = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(before >= 2);
    QSqlQuery q(t.db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be changed")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET details = '{\"redacted\":true}'"))); // not anonymised
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(q.lastError().text().contains(QStringLiteral("cannot be deleted")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_context")));
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'someone else'")) == 0);
}

TEST_CASE("Nobody writes without being known", "[audit]")
{
    TempDatabase t;
    SECTION("a database without an actor starts no transaction and saves nothing")
    {
        t.db->clearActor();
        Transaction tx(t.db->sql());
        CHECK_FALSE(tx.active());
        CHECK(tx.error().contains(QStringLiteral("Nobody is signed in")));
        Person p;
        Dossier d;
        CHECK_FALSE(Registry(*t.db).save(p, d).ok());
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
    }
    SECTION("after a commit the audit context is empty again")
    {
        saveOne(*t.db, QStringLiteral("Lambert"), QStringLiteral("D-3"));
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_context WHERE actor IS NULL AND actor_kind IS NULL")) == 1);
    }
    SECTION("a write made outside Parcours is recorded as unknown, not as the last one who saved")
    {
        saveOne(*t.db, QStringLiteral("Lambert"), QStringLiteral("D-3"));
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE person SET phone = '02 000 00 00'")));
        const auto rows = trail(*t.db, QStringLiteral("WHERE action = 'update'"));
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].actor == QStringLiteral("unknown"));
        CHECK(rows[0].kind == QStringLiteral("unknown"));
    }
    SECTION("the command line is recorded with the operating-system user")
    {
        t.db->setActor(Actor::cli());
        saveOne(*t.db, QStringLiteral("Lambert"), QStringLiteral("D-3"));
        const auto rows = trail(*t.db, QStringLiteral("WHERE entity = 'person'"));
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].actor.startsWith(QStringLiteral("cli:")));
        CHECK(rows[0].actor.size() > 4);
        CHECK(rows[0].kind == QStringLiteral("cli"));
    }
}

TEST_CASE("Opening a person's data is recorded as a view; the trail is read through filters", "[audit]")
{
    TempDatabase t;
    const auto saved = saveOne(*t.db, QStringLiteral("Diallo"), QStringLiteral("D-4"));
    t.db->setActor(officer());
    REQUIRE(Registry(*t.db).recordView(saved.dossierId, QStringLiteral("dossier form")).ok());
    const auto views = trail(*t.db, QStringLiteral("WHERE action = 'view'"));
    REQUIRE(views.size() == 1);
    CHECK(views[0].actor == QStringLiteral("sofie"));
    CHECK(views[0].entity == QStringLiteral("dossier"));
    CHECK(views[0].entityId == saved.dossierId);
    CHECK(views[0].personId == saved.personId);
    CHECK(json(views[0].details).value(QStringLiteral("what")).toString() == QStringLiteral("dossier form"));

    Actor admin = officer();
    admin.name = QStringLiteral("admin");
    admin.role = Role::Administrator;
    t.db->setActor(admin);
    AuditTrail audit(*t.db);
    AuditTrail::Filter f;
    f.actor = QStringLiteral("sofie");
    CHECK(audit.count(f).value() == 1);
    f = {};
    f.personId = saved.personId;
    CHECK(audit.count(f).value() == 3); // person, dossier, view
    f = {};
    f.entity = QStringLiteral("dossier");
    f.newestFirst = true;
    auto page = audit.entries(f, 0, 10);
    REQUIRE(page.ok());
    REQUIRE(page.value().size() == 2);
    CHECK(page.value().first().action == QStringLiteral("view"));
    f = {};
    f.from = QDate::currentDate().addDays(1);
    CHECK(audit.count(f).value() == 0);
    f.from = QDate::currentDate().addDays(-1);
    f.to = QDate::currentDate();
    CHECK(audit.count(f).value() == 3);
    CHECK(audit.actors().contains(QStringLiteral("sofie")));
    CHECK(audit.entities().contains(QStringLiteral("person")));

    QBuffer csv;
    REQUIRE(csv.open(QIODevice::WriteOnly));
    REQUIRE(audit.writeCsv({}, csv).ok());
    const QStringList lines = QString::fromUtf8(csv.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.first().startsWith(QStringLiteral("id,at,actor,actor_kind,action,entity,entity_id,person_id,details")));
    CHECK(lines.size() == 1 + 4); // the export is itself recorded before it is read
    CHECK(lines.last().contains(QStringLiteral("audit_log")));
}

// Issue 10: the same write leaves the same trail on both back ends, to the byte (the audit
// triggers write SQLite's compact JSON; PgSchema puts the same text together on a server).
// Texts with a quote, a backslash, a line break, a tab, a control character and letters
// beyond ASCII; values missing (null), numbers, nested arrays and objects.
TEST_CASE("An audit entry's stored text is byte for byte the same on both back ends", "[audit]")
{
    TempDatabase t;
    Registry reg(*t.db);
    Person p;
    p.lastName = QStringLiteral("Lemaître");
    p.firstName = QStringLiteral("Jan \"Jo\"");
    p.birthDate = QDate(1971, 4, 2);
    p.nationalNumber = NationalNumber::make(p.birthDate, 3);
    p.address = QStringLiteral("Rue de l'Église 1\\2\nBruxelles\t1000") + QChar(0x01) + QStringLiteral(" 😀");
    Dossier d;
    d.reference = QStringLiteral("D-1");
    d.opened = QDate(2022, 1, 3);
    const auto saved = reg.save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    p = *reg.person(saved.value().personId);
    p.lastName = QStringLiteral("Peeters");
    p.address.clear();
    REQUIRE(reg.save(p, *reg.dossier(saved.value().dossierId)).ok());

    Partners partners(*t.db);
    Partner partner;
    partner.name = QStringLiteral("Atelier « Ô »");
    partner.kind = PartnerKind::Employer;
    const auto partnerId = partners.add(partner);
    INFO(partnerId.error().toStdString());
    REQUIRE(partnerId.ok());
    partner = partners.get(partnerId.value()).value();
    partner.phone = QStringLiteral("02 123");
    REQUIRE(partners.update(partner));

    const auto rows = trail(*t.db, QStringLiteral("WHERE entity IN ('person', 'dossier', 'partner')"));
    REQUIRE(rows.size() == 5);
    // The address as JSON writes it: \\ for the backslash, \n, \t, \u0001; the rest as is.
    const QString address = QStringLiteral("\"Rue de l'Église 1\\\\2\\nBruxelles\\t1000\\u0001 😀\"");
    CHECK(rows[0].details
          == QStringLiteral("{\"national_number\":\"%1\",\"last_name\":\"Lemaître\",\"first_name\":\"Jan \\\"Jo\\\"\","
                            "\"birth_date\":\"1971-04-02\",\"gender\":null,\"language\":null,\"phone\":null,\"email\":null,"
                            "\"address\":%2}")
                 .arg(p.nationalNumber, address));
    CHECK(rows[1].details
          == QStringLiteral("{\"reference\":\"D-1\",\"person_id\":%1,\"income_type\":\"leefloon\",\"opened\":\"2022-01-03\","
                            "\"closed\":null,\"officer\":null}")
                 .arg(saved.value().personId));
    CHECK(rows[2].details == QStringLiteral("{\"last_name\":[\"Lemaître\",\"Peeters\"],\"address\":[%1,null]}").arg(address));
    const QString before = QStringLiteral("{\"name\":\"Atelier « Ô »\",\"kind\":\"employer\",\"address\":null,\"contact_name\":null,"
                                          "\"phone\":null,\"email\":null,\"note\":null,\"active\":1}");
    CHECK(rows[3].details == before);
    QString after = before;
    after.replace(QStringLiteral("\"phone\":null"), QStringLiteral("\"phone\":\"02 123\""));
    CHECK(rows[4].details == QStringLiteral("{\"before\":%1,\"after\":%2}").arg(before, after));
}
