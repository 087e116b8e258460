// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy tools: retention anonymises identities and keeps the figures; a subject-access
// export holds everything about one person.
#include "clisupport.h"
#include "testsupport.h"

#include "domain/nationalnumber.h"
#include "privacy/retention.h"
#include "privacy/subjectaccess.h"
#include "registry/registry.h"
#include "security/accounts.h"
#include "security/audittrail.h"
#include "security/settings.h"
#include "trajectory/evolution.h"
#include "trajectory/trajectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

struct Someone
{
    QString last, first, number, phone, reference, note;
    qint64 personId = 0, dossierId = 0;
};

// Registers a person with one dossier (opened, closed) and a placement in `cell` over the
// dossier's life, with free texts that name them.
Someone add(Database &db, const QString &last, int serial, const QDate &opened, const QDate &closed, Cell cell)
{
    Someone s;
    s.last = last;
    s.first = last + QStringLiteral("ina");
    s.number = NationalNumber::make(QDate(1980, 5, 17), serial);
    s.phone = QStringLiteral("0470 99 %1").arg(serial, 3, 10, QLatin1Char('0'));
    s.reference = QStringLiteral("REF-") + last.toUpper();
    s.note = QStringLiteral("met ") + last + QStringLiteral(" about her debts");
    Person p;
    p.lastName = s.last;
    p.firstName = s.first;
    p.nationalNumber = s.number;
    p.birthDate = QDate(1980, 5, 17);
    p.phone = s.phone;
    p.email = last.toLower() + QStringLiteral("@example.org");
    p.address = QStringLiteral("Rue ") + last + QStringLiteral(" 12, 1080 Molenbeek");
    Dossier d;
    d.reference = s.reference;
    d.opened = opened;
    d.closed = closed;
    d.officer = QStringLiteral("Sofie Claes");
    auto saved = Registry(db).save(p, d);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    s.personId = saved.value().personId;
    s.dossierId = saved.value().dossierId;
    Placement pl;
    pl.dossierId = s.dossierId;
    pl.cell = cell;
    pl.start = opened;
    pl.end = closed;
    pl.outcome = closed.isValid() ? std::optional<Outcome>(Outcome::IncomeEnded) : std::nullopt;
    pl.outcomeDetail = closed.isValid() ? last + QStringLiteral(" moved in with family") : QString();
    pl.reason = QStringLiteral("referred for ") + last;
    pl.note = s.note;
    pl.officer = QStringLiteral("Sofie Claes");
    auto added = Trajectory(db).add(pl);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return s;
}

// Every value of every table, as text: what a dump of the database would show.
QString dump(Database &db)
{
    const QStringList names = db.sql().tables(); // SQLite or PostgreSQL alike
    REQUIRE(names.size() > 10);
    QString all;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + QLatin1Char('\n');
    }
    return all;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<Figures> figures(Database &db)
{
    auto computed = Evolution::compute(db, Evolution::snapshotDays(QDate(2012, 1, 1), QDate(2024, 12, 31), Evolution::Step::Month));
    INFO(computed.error().toStdString());
    REQUIRE(computed.ok());
    return computed.value();
}

bool sameFigures(const QList<Figures> &a, const QList<Figures> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].date != b[i].date || a[i].dossiers != b[i].dossiers || a[i].integrated != b[i].integrated
            || a[i].spi != b[i].spi || a[i].cells != b[i].cells)
            return false;
    }
    return true;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Retention anonymises people whose dossiers all closed, and keeps the figures", "[privacy]")
{
    TempDatabase t;
    Database &db = *t.db;
    // Expired: every dossier closed before 2018.
    const Someone a = add(db, QStringLiteral("Vandenbroucke"), 21, QDate(2013, 2, 1), QDate(2015, 6, 30), Cell::Literacy);
    const Someone d = add(db, QStringLiteral("Zwijsenhoek"), 23, QDate(2014, 9, 1), QDate(2017, 12, 31), Cell::Work);
    // Kept: still open; closed too late; one of two dossiers still open.
    const Someone b = add(db, QStringLiteral("Oosterlinck"), 25, QDate(2015, 1, 5), QDate(), Cell::Facilitation);
    const Someone c = add(db, QStringLiteral("Quertinmont"), 27, QDate(2014, 3, 3), QDate(2019, 1, 31), Cell::Studies);
    const Someone e = add(db, QStringLiteral("Xhonneux"), 29, QDate(2012, 3, 1), QDate(2013, 1, 31), Cell::HealthEquity);
    {
        Dossier second;
        second.reference = QStringLiteral("REF-XHONNEUX-2");
        second.personId = e.personId;
        second.opened = QDate(2016, 4, 1);
        Registry reg(db);
        REQUIRE(reg.save(*reg.person(e.personId), second).ok());
    }
    // A change and a look leave the old name in the trail, too.
    {
        Registry reg(db);
        Person p = *reg.person(a.personId);
        p.email = QStringLiteral("vandenbroucke.new@example.org");
        REQUIRE(reg.save(p, *reg.dossier(a.dossierId)).ok());
        REQUIRE(AuditTrail(db).recordView(a.personId, QStringLiteral("dossier form")).ok());
    }

    const QList<Figures> before = figures(db);
    REQUIRE(before.size() > 100);
    const QDate cutOff(2018, 1, 1);

    SECTION("a dry run counts and writes nothing")
    {
        const int trail = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto dry = Retention::anonymise(db, cutOff, true);
        INFO(dry.error().toStdString());
        REQUIRE(dry.ok());
        CHECK(dry.value().people == 2);
        CHECK(dry.value().dossiers == 2);
        CHECK(dry.value().placements == 2);
        CHECK(dry.value().auditEntries >= 2 * 3);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log")) == trail);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM anonymisation")) == 0);
        CHECK(dump(db).contains(a.last));
    }
    SECTION("anonymising erases the identities, everywhere in the file, and not the figures")
    {
        auto run = Retention::anonymise(db, cutOff, false);
        INFO(run.error().toStdString());
        REQUIRE(run.ok());
        CHECK(run.value().people == 2);

        CHECK(sameFigures(figures(db), before));

        const QString text = dump(db);
        for (const Someone &gone : {a, d}) {
            INFO(gone.last.toStdString());
            for (const QString &trace : {gone.last, gone.first, gone.number, gone.phone, gone.reference, gone.note,
                                         gone.last.toLower(), NationalNumber::format(gone.number)})
                CHECK_FALSE(text.contains(trace, Qt::CaseInsensitive));
        }
        for (const Someone &kept : {b, c, e}) {
            CHECK(text.contains(kept.last));
            CHECK(text.contains(kept.number));
        }
        Registry reg(db);
        const Person p = *reg.person(a.personId);
        CHECK(p.lastName == Retention::anonymisedLastName());
        CHECK(p.nationalNumber == QStringLiteral("X%1").arg(a.personId, 10, 10, QLatin1Char('0')));
        CHECK_FALSE(NationalNumber::parse(p.nationalNumber, nullptr, nullptr));
        CHECK(p.birthDate == QDate(1980, 1, 1));
        CHECK(p.phone.isEmpty());
        CHECK(p.email.isEmpty());
        CHECK(p.address.isEmpty());
        CHECK(reg.dossier(a.dossierId)->reference == QStringLiteral("ANON-%1").arg(a.dossierId));
        CHECK(reg.dossier(a.dossierId)->closed == QDate(2015, 6, 30));
        const auto placements = Trajectory(db).placements(a.dossierId);
        REQUIRE(placements.size() == 1);
        CHECK(placements[0].cell == Cell::Literacy);
        CHECK(placements[0].outcome == Outcome::IncomeEnded);
        CHECK(placements[0].note.isEmpty());
        CHECK(placements[0].reason.isEmpty());

        // Who did what, when, stays; the values are redacted; the trail is otherwise locked.
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE person_id = %1 AND action = 'view'").arg(a.personId)) == 1);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE person_id = %1 AND action = 'anonymise'").arg(a.personId)) == 1);
        QSqlQuery q(db.sql());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE person_id = %1").arg(a.personId)));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET details = '{\"redacted\":true}' WHERE person_id = %1").arg(b.personId)));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM anonymisation")));

        // Nobody writes the identity back through the register.
        {
            Person back = *reg.person(a.personId);
            back.lastName = a.last;
            back.nationalNumber = a.number;
            auto refused = reg.save(back, *reg.dossier(a.dossierId));
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().contains(QStringLiteral("anonymised by retention")));
        }

        // Nobody is anonymised twice.
        auto again = Retention::anonymise(db, cutOff, false);
        REQUIRE(again.ok());
        CHECK(again.value().people == 0);

        // Not even the bytes of the file (and its log) hold the old identities. (A file's
        // bytes: on a server, VACUUM and the server's storage are its administrator's.)
        const QString path = t.path();
        if (Database::isServerUrl(path))
            return;
        t.db.reset();
        const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        REQUIRE(bytes.size() > 0);
        for (const Someone &gone : {a, d}) {
            INFO(gone.last.toStdString());
            CHECK_FALSE(bytes.contains(gone.last.toUtf8()));
            CHECK_FALSE(bytes.contains(gone.number.toUtf8()));
            CHECK_FALSE(bytes.contains(gone.phone.toUtf8()));
            CHECK_FALSE(bytes.contains(gone.note.toUtf8()));
        }
        CHECK(bytes.contains(b.last.toUtf8()));
    }
    SECTION("only the administrator (or the command line) may anonymise")
    {
        Actor officer;
        officer.name = QStringLiteral("sofie");
        officer.role = Role::Officer;
        db.setActor(officer);
        auto refused = Retention::anonymise(db, cutOff, false);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("may not anonymise")));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM anonymisation")) == 0);
    }
    SECTION("the retention setting gives the cut-off, and a future one is refused")
    {
        CHECK(Retention::defaultCutOff(db, QDate(2030, 6, 1)) == QDate(2030 - Settings(db).retentionYears(), 6, 1));
        CHECK_FALSE(Retention::anonymise(db, QDate::currentDate().addYears(1), true).ok());
    }
}

TEST_CASE("A subject-access export holds everything about one person", "[privacy]")
{
    TempDatabase t;
    Database &db = *t.db;
    const Someone a = add(db, QStringLiteral("Vandenbroucke"), 21, QDate(2013, 2, 1), QDate(2015, 6, 30), Cell::Literacy);
    const Someone other = add(db, QStringLiteral("Oosterlinck"), 25, QDate(2015, 1, 5), QDate(), Cell::Facilitation);

    auto report = SubjectAccess::collect(db, NationalNumber::format(a.number));
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    const QJsonObject r = report.value();
    CHECK(r.value(QStringLiteral("format")).toString() == QStringLiteral("parcours-subject-access-1"));
    CHECK(r.value(QStringLiteral("generated_by")).toString() == QStringLiteral("system:test"));
    const QJsonObject person = r.value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("last_name")).toString() == a.last);
    CHECK(person.value(QStringLiteral("phone")).toString() == a.phone);
    CHECK_FALSE(person.contains(QStringLiteral("last_key")));
    const QJsonArray dossiers = r.value(QStringLiteral("dossiers")).toArray();
    REQUIRE(dossiers.size() == 1);
    CHECK(dossiers[0].toObject().value(QStringLiteral("reference")).toString() == a.reference);
    const QJsonArray placements = r.value(QStringLiteral("placements")).toArray();
    REQUIRE(placements.size() == 1);
    CHECK(placements[0].toObject().value(QStringLiteral("note")).toString() == a.note);
    const QJsonArray trail = r.value(QStringLiteral("audit_trail")).toArray();
    REQUIRE(trail.size() == 4); // person, dossier, placement created; this export
    CHECK(trail.last().toObject().value(QStringLiteral("action")).toString() == QStringLiteral("view"));
    CHECK(trail[0].toObject().value(QStringLiteral("details")).toObject().value(QStringLiteral("last_name")).toString() == a.last);
    const QString json = QString::fromUtf8(QJsonDocument(r).toJson());
    CHECK_FALSE(json.contains(other.last));

    const QString html = SubjectAccess::toHtml(r);
    CHECK(html.contains(a.last));
    CHECK(html.contains(a.note));
    CHECK(html.contains(NationalNumber::format(a.number)));

    const QString file = t.file(SubjectAccess::fileStem(r) + QStringLiteral(".json"));
    CHECK(SubjectAccess::fileStem(r).startsWith(QStringLiteral("subject-access-") + a.number));
    REQUIRE(SubjectAccess::writeJson(r, file).ok());
    CHECK(QJsonDocument::fromJson(fileBytes(file)).object() == r);
#ifdef Q_OS_UNIX
    CHECK_FALSE(QFileInfo(file).permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFileInfo(file).permissions().testFlag(QFileDevice::ReadGroup));
#endif

    SECTION("refusals")
    {
        CHECK(SubjectAccess::collect(db, QStringLiteral("12345")).error().contains(QStringLiteral("not a national number")));
        CHECK(SubjectAccess::collect(db, NationalNumber::make(QDate(1999, 9, 9), 11)).error().contains(QStringLiteral("Nobody")));
        Actor manager;
        manager.name = QStringLiteral("manon");
        manager.role = Role::Manager;
        db.setActor(manager);
        CHECK_FALSE(SubjectAccess::collect(db, a.number).ok());
    }
}

TEST_CASE("cli: export person, retention, audit and accounts work on the file as the CLI user", "[privacy][cli]")
{
    if (!test::cliAvailable())
        return;
    TempDatabase t;
    const Someone a = add(*t.db, QStringLiteral("Vandenbroucke"), 21, QDate(2013, 2, 1), QDate(2015, 6, 30), Cell::Literacy);
    const Someone b = add(*t.db, QStringLiteral("Oosterlinck"), 25, QDate(2015, 1, 5), QDate(), Cell::Facilitation);
    const QList<Figures> before = figures(*t.db);
    const QString path = t.path();
    t.db.reset();
    const QString home = t.file(QStringLiteral("home"));
    const auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        test::CliOptions options;
        options.home = home;
        options.input = input;
        const test::CliOutcome r = test::runCli(QStringList{QStringLiteral("--db"), path} + args, options);
        INFO(r.describe());
        return r;
    };

    // export person: a JSON and a PDF, owner-only, in a new folder.
    const QString out = t.file(QStringLiteral("request"));
    test::CliOutcome r = cli({QStringLiteral("export"), QStringLiteral("person"), NationalNumber::format(a.number), QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    CHECK(files[0].endsWith(QStringLiteral(".json")));
    CHECK(files[1].endsWith(QStringLiteral(".pdf")));
    const QJsonObject json = QJsonDocument::fromJson(fileBytes(QDir(out).filePath(files[0]))).object();
    CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("last_name")).toString() == a.last);
    CHECK(json.value(QStringLiteral("generated_by")).toString().startsWith(QStringLiteral("cli:")));
    CHECK(fileBytes(QDir(out).filePath(files[1])).startsWith("%PDF"));
#ifdef Q_OS_UNIX
    CHECK_FALSE(QFileInfo(QDir(out).filePath(files[1])).permissions().testFlag(QFileDevice::ReadOther));
#endif
    CHECK(cli({QStringLiteral("export"), QStringLiteral("person"), a.number}).exitCode == 2); // --out missing

    // retention: a dry run, then the real one; the figures are the same.
    CHECK(cli({QStringLiteral("retention")}).exitCode == 2);
    r = cli({QStringLiteral("retention"), QStringLiteral("--closed-before"), QStringLiteral("2018-01-01"), QStringLiteral("--dry-run")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run")));
    CHECK(r.out.contains(QStringLiteral("1 people")));
    r = cli({QStringLiteral("retention"), QStringLiteral("--closed-before=2018-01-01")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("Anonymised: 1 people")));

    // audit: CSV of the trail, with the CLI's actor on what it did.
    r = cli({QStringLiteral("audit"), QStringLiteral("--from"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("id,at,actor,actor_kind,action,entity,entity_id,person_id,details")));
    CHECK(r.out.contains(QStringLiteral(",cli,anonymise,person,")));
    CHECK(r.out.contains(QStringLiteral(",cli,view,person,"))); // the export (its details redacted since)
    CHECK_FALSE(r.out.contains(a.last)); // redacted since
    CHECK(r.out.contains(b.last));
    CHECK(cli({QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("yesterday")}).exitCode == 2);
    r = cli({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("table"), QStringLiteral("--entity"), QStringLiteral("placement")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 1 + 3); // header; two created, one emptied by retention

    // accounts: add one with a password from standard input; reset it.
    r = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Marie"), QStringLiteral("officer"), QStringLiteral("--name"),
             QStringLiteral("Marie Dupont")}, "first-password-1\n");
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("accounts")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("marie")));
    CHECK(r.out.contains(QStringLiteral("Marie Dupont")));
    CHECK(cli({QStringLiteral("account"), QStringLiteral("password"), QStringLiteral("marie")}, "short\n").exitCode == 1);
    CHECK(cli({QStringLiteral("account"), QStringLiteral("password"), QStringLiteral("marie")}, "another-password\n").exitCode == 0);

    auto reopened = Database::open(path, {Database::Mode::MustExist, 2000});
    REQUIRE(reopened.ok());
    reopened.value()->setActor(Actor::system(QStringLiteral("test")));
    CHECK(sameFigures(figures(*reopened.value()), before));
    CHECK(Accounts(*reopened.value()).authenticate(QStringLiteral("marie"), QStringLiteral("another-password")).ok());
}
