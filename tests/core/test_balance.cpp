// SPDX-License-Identifier: GPL-3.0-or-later
// The socio-professional balance: versions, comparison, sensitive data, the orientation as a
// referral in the trajectory.
#include "balance/balance.h"
#include "balance/balancestore.h"
#include "balance/gpmi.h"
#include "privacy/retention.h"
#include "privacy/subjectaccess.h"
#include "domain/nationalnumber.h"
#include "registry/registry.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addDossier(Database &db, const QString &reference, const QDate &opened, const QDate &closed = {})
{
    static int people = 0;
    Person p;
    p.lastName = QStringLiteral("El Amrani");
    p.firstName = QStringLiteral("Yasmina");
    p.birthDate = QDate(1985, 1, 1).addDays(++people);
    p.nationalNumber = NationalNumber::make(p.birthDate, 2);
    Dossier dossier;
    dossier.reference = reference;
    dossier.opened = opened;
    dossier.closed = closed;
    auto saved = Registry(db).save(p, dossier);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    return saved.value().dossierId;
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

Balance firstBalance()
{
    Balance b;
    b.educationLevel = EducationLevel::UpperSecondary;
    b.diplomas = {{QStringLiteral("Baccalauréat"), QStringLiteral("Morocco"), Recognition::Pending}};
    b.experience = {{QStringLiteral("Kitchen help"), QStringLiteral("Restaurant Atlas"), d("2019-03-01"), d("2020-06-30"), {}}};
    b.acquiredSkills = {QStringLiteral("cooking"), QStringLiteral("stock keeping")};
    b.latentSkills = {QStringLiteral("team leading")};
    b.languages = {{QStringLiteral("nl"), LanguageLevel::A1}, {QStringLiteral("fr"), LanguageLevel::B2}, {QStringLiteral("Arabic"), LanguageLevel::C2}};
    b.wishes = QStringLiteral("Work in a kitchen, daytime hours.");
    b.obstacles = {{ObstacleKind::Health, ObstacleState::BeingResolved, QStringLiteral("back pain, physiotherapy")},
                   {ObstacleKind::Childcare, ObstacleState::Identified, QStringLiteral("two children under 3")}};
    b.targetOccupation = QStringLiteral("Cook");
    b.projectText = QStringLiteral("Qualifying training as a cook at Bruxelles Formation.");
    b.judgement = ProjectJudgement::Feasible;
    return b;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Each save of a balance is a new version; earlier versions stay as they were", "[balance]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2024-000001"), d("2024-01-15"));
    BalanceStore store(*t.db);
    CHECK(store.versions(dossier).isEmpty());
    CHECK_FALSE(store.version(dossier).ok());

    const Balance v1 = firstBalance();
    auto saved = store.save(dossier, v1);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved.value() == 1);

    Balance v2 = v1;
    v2.languages[0].level = LanguageLevel::A2;
    v2.obstacles[0].state = ObstacleState::Resolved;
    v2.obstacles.append({ObstacleKind::Mobility, ObstacleState::Identified, QStringLiteral("no driving licence")});
    v2.orientation = Cell::Studies;
    REQUIRE(store.save(dossier, v2).value() == 2);

    SECTION("the list of versions names the author and the orientation")
    {
        const auto versions = store.versions(dossier);
        REQUIRE(versions.size() == 2);
        CHECK(versions.at(0).number == 1);
        CHECK(versions.at(1).number == 2);
        CHECK(versions.at(0).author == QStringLiteral("system:test"));
        CHECK_FALSE(versions.at(0).orientation.has_value());
        CHECK(versions.at(1).orientation == Cell::Studies);
        CHECK(versions.at(1).savedAt.isValid());
    }
    SECTION("version 1 reads back exactly as saved, the latest is version 2")
    {
        auto one = store.version(dossier, 1);
        REQUIRE(one.ok());
        CHECK(one->balance == v1);
        auto latest = store.version(dossier);
        REQUIRE(latest.ok());
        CHECK(latest->info.number == 2);
        CHECK(latest->balance == v2);
        CHECK_FALSE(store.version(dossier, 3).ok());
    }
    SECTION("saving without a change is refused, nothing is added")
    {
        auto again = store.save(dossier, v2);
        CHECK_FALSE(again.ok());
        CHECK(again.error().contains(QStringLiteral("version 2")));
        CHECK(store.versions(dossier).size() == 2);
    }
    SECTION("the database refuses to change a stored version")
    {
        QSqlQuery q(t.db->sql());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE balance_version SET document = '{}' WHERE version = 1")));
    }
    SECTION("the comparison marks exactly the changed fields")
    {
        auto rows = store.compare(dossier, 1, 2);
        REQUIRE(rows.ok());
        QStringList changed;
        for (const FieldComparison &r : rows.value()) {
            if (r.changed)
                changed << r.key;
        }
        CHECK(changed == QStringList{QStringLiteral("language.nl"), QStringLiteral("obstacle.health.state"),
                                     QStringLiteral("obstacle.mobility.state"), QStringLiteral("obstacle.mobility.note"),
                                     QStringLiteral("orientation")});
        const auto row = std::find_if(rows->begin(), rows->end(), [](const FieldComparison &r) { return r.key == QStringLiteral("language.nl"); });
        REQUIRE(row != rows->end());
        CHECK(row->before == QStringLiteral("A1"));
        CHECK(row->after == QStringLiteral("A2"));
        const auto health = std::find_if(rows->begin(), rows->end(), [](const FieldComparison &r) { return r.key == QStringLiteral("obstacle.health.state"); });
        CHECK(health->sensitive);
        const auto unchanged = std::find_if(rows->begin(), rows->end(), [](const FieldComparison &r) { return r.key == QStringLiteral("wishes"); });
        REQUIRE(unchanged != rows->end());
        CHECK_FALSE(unchanged->changed);
        CHECK(unchanged->before == unchanged->after);
    }
}

TEST_CASE("A removed field shows in the comparison with an empty new side", "[balance]")
{
    Balance older = firstBalance();
    Balance newer = older;
    newer.diplomas.clear();
    const auto rows = BalanceRules::compare(older, newer);
    const auto title = std::find_if(rows.begin(), rows.end(), [](const FieldComparison &r) { return r.key == QStringLiteral("diploma.1.title"); });
    REQUIRE(title != rows.end());
    CHECK(title->changed);
    CHECK(title->before == QStringLiteral("Baccalauréat"));
    CHECK(title->after.isEmpty());
    // It keeps its place: right after the education level, before the work experience.
    CHECK(rows.at(1).key == QStringLiteral("diploma.1.title"));
}

TEST_CASE("A balance that breaks a rule is refused with the field", "[balance]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2024-000002"), d("2024-01-15"));
    Balance b = firstBalance();
    b.experience[0].to = d("2018-01-01");
    b.languages.append({QStringLiteral("FR"), LanguageLevel::A1});
    b.obstacles.append({ObstacleKind::Other, ObstacleState::Identified, {}});
    FieldErrors errors;
    auto saved = BalanceStore(*t.db).save(dossier, b, &errors);
    CHECK_FALSE(saved.ok());
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("experience.1.to"), QStringLiteral("language.4.language"), QStringLiteral("obstacle.other.note")});
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM balance_version")) == 0);
}

TEST_CASE("Health, addiction and criminal-record data are shown only to who may see them, and each reading is recorded", "[balance][security]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2024-000003"), d("2024-01-15"));
    Balance b = firstBalance();
    b.obstacles.append({ObstacleKind::CriminalRecord, ObstacleState::Identified, QStringLiteral("conviction 2019")});
    REQUIRE(BalanceStore(*t.db).save(dossier, b).ok());

    SECTION("the audit trail records the saving, never the sensitive text")
    {
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE entity = 'balance_version' AND action = 'create'")));
        REQUIRE(q.next());
        const QString details = q.value(0).toString();
        CHECK(details.contains(QStringLiteral("two children under 3")));
        // PostgreSQL writes JSON with spaces after the colons; the content is the same.
        CHECK(QString(details).remove(QLatin1Char(' ')).contains(QStringLiteral("\"sensitive\":\"recorded\"")));
        CHECK_FALSE(details.contains(QStringLiteral("back pain")));
        CHECK_FALSE(details.contains(QStringLiteral("conviction")));
    }
    SECTION("a manager reads the balance without them and may not save it")
    {
        t.db->setActor(user("manon", Role::Manager));
        BalanceStore store(*t.db);
        auto v = store.version(dossier);
        REQUIRE(v.ok());
        CHECK(v->balance.sensitiveHidden);
        CHECK_FALSE(v->balance.hasSensitive());
        CHECK(v->balance.obstacle(ObstacleKind::Childcare) != nullptr);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'balance_version'")) == 0);
        Balance changed = v->balance;
        changed.wishes = QStringLiteral("other");
        CHECK_FALSE(store.save(dossier, changed).ok());
        t.db->setActor(user("sofie", Role::Officer));
        auto refusedHidden = store.save(dossier, changed);
        CHECK_FALSE(refusedHidden.ok());
        CHECK(store.versions(dossier).size() == 1);
    }
    SECTION("an officer reads them, and the reading is in the audit trail")
    {
        t.db->setActor(user("sofie", Role::Officer));
        auto v = BalanceStore(*t.db).version(dossier);
        REQUIRE(v.ok());
        CHECK_FALSE(v->balance.sensitiveHidden);
        REQUIRE(v->balance.obstacle(ObstacleKind::CriminalRecord) != nullptr);
        CHECK(v->balance.obstacle(ObstacleKind::CriminalRecord)->note == QStringLiteral("conviction 2019"));
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'view' AND entity = 'balance_version' "
                                          "AND actor = 'sofie' AND person_id IS NOT NULL")) == 1);
    }
    SECTION("reception sees no balance at all")
    {
        t.db->setActor(user("rita", Role::Reception));
        CHECK(BalanceStore(*t.db).versions(dossier).isEmpty());
        CHECK_FALSE(BalanceStore(*t.db).version(dossier).ok());
    }
}

TEST_CASE("The orientation becomes the referral in the trajectory in one step", "[balance][trajectory]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2024-000004"), d("2024-01-15"));
    Trajectory trajectory(*t.db);
    REQUIRE(trajectory.refer(dossier, Cell::Facilitation, d("2024-01-20"), QStringLiteral("Anke"), QStringLiteral("intake")).ok());
    BalanceStore store(*t.db);
    Balance b = firstBalance();
    REQUIRE(store.save(dossier, b).ok());

    SECTION("without an orientation there is nothing to refer to")
    {
        auto refused = store.referToOrientation(dossier, 0, d("2024-03-01"), QStringLiteral("Anke"));
        CHECK_FALSE(refused.ok());
        CHECK(trajectory.placements(dossier).size() == 1);
    }
    b.orientation = Cell::Studies;
    b.orientationNote = QStringLiteral("cook training");
    REQUIRE(store.save(dossier, b).ok());

    SECTION("from facilitation: the facilitation ends the day before, studies start on the day")
    {
        auto id = store.referToOrientation(dossier, 2, d("2024-03-01"), QStringLiteral("Anke"));
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        const auto list = trajectory.placements(dossier);
        REQUIRE(list.size() == 2);
        CHECK(list.at(0).cell == Cell::Facilitation);
        CHECK(list.at(0).end == d("2024-02-29"));
        CHECK(list.at(0).outcome == Outcome::MovedCell);
        CHECK(list.at(1).cell == Cell::Studies);
        CHECK(list.at(1).start == d("2024-03-01"));
        CHECK(list.at(1).isOpen());
        CHECK(list.at(1).reason.contains(QStringLiteral("version 2")));

        auto twice = store.referToOrientation(dossier, 2, d("2024-03-02"), QStringLiteral("Anke"));
        CHECK_FALSE(twice.ok());
        CHECK(trajectory.placements(dossier).size() == 2);
    }
    SECTION("a referral the trajectory's rules refuse changes nothing")
    {
        // Before the dossier was opened.
        auto early = store.referToOrientation(dossier, 2, d("2023-12-01"), QStringLiteral("Anke"));
        CHECK_FALSE(early.ok());
        // On the start day of the facilitation placement: it would overlap it.
        auto sameDay = store.referToOrientation(dossier, 2, d("2024-01-20"), QStringLiteral("Anke"));
        CHECK_FALSE(sameDay.ok());
        const auto list = trajectory.placements(dossier);
        REQUIRE(list.size() == 1);
        CHECK(list.at(0).isOpen());
    }
    SECTION("a role that may not change the trajectory is refused")
    {
        t.db->setActor(user("manon", Role::Manager));
        CHECK_FALSE(store.referToOrientation(dossier, 2, d("2024-03-01"), QStringLiteral("Anke")).ok());
        t.db->setActor(Actor::system(QStringLiteral("test")));
        CHECK(trajectory.placements(dossier).size() == 1);
    }
}

TEST_CASE("Retention erases the balance and the GPMI's texts with the person's identity", "[balance][privacy]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2015-000009"), d("2015-01-05"), d("2016-06-30"));
    Balance b = firstBalance();
    b.wishes = QStringLiteral("Wants to work near Zwijsenhoek street");
    REQUIRE(BalanceStore(*t.db).save(dossier, b).ok());
    Gpmi g;
    g.dossierId = dossier;
    g.start = d("2015-02-02");
    g.offered = d("2015-02-02");
    g.signed_ = d("2015-02-09");
    g.language = QStringLiteral("nl");
    g.domains = {GpmiDomain::Employment};
    g.goals = {{QStringLiteral("Work near Zwijsenhoek street"), QStringLiteral("applies"), QStringLiteral("coaches"), {}}};
    auto gpmiId = GpmiStore(*t.db).save(g, nullptr, d("2016-01-01"));
    REQUIRE(gpmiId.ok());
    GpmiEvaluation e;
    e.gpmiId = gpmiId.value();
    e.date = d("2015-05-01");
    e.nextSteps = QStringLiteral("Zwijsenhoek interview");
    REQUIRE(GpmiStore(*t.db).saveEvaluation(e, d("2016-01-01")).ok());

    auto done = Retention::anonymise(*t.db, d("2018-01-01"), false);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM balance_version")) == 0);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM gpmi WHERE goals IS NULL AND signed_date = '2015-02-09'")) == 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM gpmi_evaluation WHERE next_steps IS NULL")) == 1);
    // Nothing of the texts is left anywhere, the audit trail included.
    for (const char *table : {"balance_version", "gpmi", "gpmi_evaluation", "audit_log"}) {
        INFO(table);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM %1 WHERE CAST(%2 AS TEXT) LIKE '%Zwijsenhoek%'")
                               .arg(QString::fromLatin1(table),
                                    QString::fromLatin1(std::string_view(table) == "audit_log" ? "details"
                                                        : std::string_view(table) == "balance_version" ? "document"
                                                        : std::string_view(table) == "gpmi" ? "goals" : "next_steps")))
              == 0);
    }
}

TEST_CASE("Retention erases what the Job Table wrote about the person; subject access shows it", "[jobtable][privacy]")
{
    TempDatabase t;
    const qint64 gone = addDossier(*t.db, QStringLiteral("D-2015-000011"), d("2015-01-05"), d("2016-06-30"));
    const qint64 stays = addDossier(*t.db, QStringLiteral("D-2024-000012"), d("2024-01-05"));
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO job_table (id, title, capacity) VALUES (1, 'Jobtafel 2015', 12)")));
    for (const qint64 dossier : {gone, stays}) {
        q.prepare(QStringLiteral("INSERT INTO job_table_participant (job_table_id, dossier_id, status, seq, added_on, "
                                 "orientation, orientation_detail, orientation_note) "
                                 "VALUES (1, ?, 'member', ?, '2015-03-01', 'job', 'CDD Zwijsenhoek', 'Zwijsenhoek bakery')"));
        q.addBindValue(dossier);
        q.addBindValue(dossier);
        REQUIRE(q.exec());
        q.prepare(QStringLiteral("INSERT INTO free_access_visit (visit_date, dossier_id, purpose, note) "
                                 "VALUES ('2015-04-01', ?, 'phone', 'called Zwijsenhoek')"));
        q.addBindValue(dossier);
        REQUIRE(q.exec());
    }

    auto done = Retention::anonymise(*t.db, d("2018-01-01"), false);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
    CHECK(done->people == 1);
    // The anonymised person's texts are gone; their participation and orientation stay for the figures.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM job_table_participant WHERE dossier_id = %1 AND orientation = 'job' "
                                      "AND orientation_detail IS NULL AND orientation_note IS NULL").arg(gone)) == 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM free_access_visit WHERE dossier_id = %1 AND note IS NULL").arg(gone)) == 1);
    // The other person's are untouched.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM job_table_participant WHERE dossier_id = %1 "
                                      "AND orientation_note = 'Zwijsenhoek bakery'").arg(stays)) == 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM free_access_visit WHERE dossier_id = %1 "
                                      "AND note = 'called Zwijsenhoek'").arg(stays)) == 1);
    // Before anonymising, the person's own copy (GDPR art. 15) held their Job Table data.
    // (Checked on the other person, whose data is intact.)
    const QString number = Registry(*t.db).person(Registry(*t.db).dossier(stays)->personId)->nationalNumber;
    auto report = SubjectAccess::collect(*t.db, number);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QJsonArray tables = report->value(QStringLiteral("job_tables")).toArray();
    REQUIRE(tables.size() == 1);
    CHECK(tables.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Jobtafel 2015"));
    CHECK(tables.at(0).toObject().value(QStringLiteral("orientation_note")).toString() == QStringLiteral("Zwijsenhoek bakery"));
    CHECK(report->value(QStringLiteral("free_access_visits")).toArray().size() == 1);
    CHECK(SubjectAccess::toHtml(report.value()).contains(QStringLiteral("Zwijsenhoek bakery")));
    // Nothing of the erased texts is left in the audit trail under the anonymised person.
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN dossier x ON x.person_id = a.person_id "
                                      "WHERE x.id = %1 AND a.details LIKE '%Zwijsenhoek%'").arg(gone)) == 0);
}

TEST_CASE("A subject-access export holds every version of the balance and the GPMI", "[balance][privacy]")
{
    TempDatabase t;
    const qint64 dossier = addDossier(*t.db, QStringLiteral("D-2024-000010"), d("2024-01-15"));
    Balance b = firstBalance();
    REQUIRE(BalanceStore(*t.db).save(dossier, b).ok());
    b.wishes = QStringLiteral("Evening work only");
    REQUIRE(BalanceStore(*t.db).save(dossier, b).ok());
    Gpmi g;
    g.dossierId = dossier;
    g.start = d("2024-02-01");
    g.language = QStringLiteral("fr");
    REQUIRE(GpmiStore(*t.db).save(g, nullptr, d("2024-03-01")).ok());
    const QString number = Registry(*t.db).person(Registry(*t.db).dossier(dossier)->personId)->nationalNumber;
    auto report = SubjectAccess::collect(*t.db, number);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QJsonArray versions = report->value(QStringLiteral("balance_versions")).toArray();
    REQUIRE(versions.size() == 2);
    // The person's own health data belongs in their copy (GDPR art. 15).
    CHECK(versions.at(0).toObject().value(QStringLiteral("sensitive")).toString().contains(QStringLiteral("back pain")));
    CHECK(versions.at(1).toObject().value(QStringLiteral("document")).toString().contains(QStringLiteral("Evening work only")));
    CHECK(report->value(QStringLiteral("gpmi")).toArray().size() == 1);
    CHECK(SubjectAccess::toHtml(report.value()).contains(QStringLiteral("Evening work only")));
}
