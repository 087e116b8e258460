// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, passwords, sign-in delays, and the role × action matrix enforced in core.
#include "testsupport.h"

#include "domain/nationalnumber.h"
#include "interchange/dossiercsv.h"
#include "registry/registry.h"
#include "security/accounts.h"
#include "security/audittrail.h"
#include "security/permissions.h"
#include "security/settings.h"

#include <QFile>
#include <QSqlQuery>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

const QString kAdminPassword = QStringLiteral("correct horse battery");

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all.join(QLatin1Char('\n'));
}

// A database with an administrator "admin", signed in, and a clock the test moves.
struct Fixture : TempDatabase
{
    QDateTime now = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC);
    Accounts accounts{*db, [this] { return now; }};
    Actor admin;

    Fixture()
    {
        db->clearActor();
        REQUIRE(accounts.needsFirstAdministrator());
        auto created = accounts.createFirstAdministrator(QStringLiteral("Admin"), QStringLiteral("Nathalie Lemaire"), kAdminPassword);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        admin = created.value();
        db->setActor(admin);
    }

    // Creates an account as the administrator and signs it in (with its own password set).
    Actor user(const QString &name, Role role)
    {
        const Actor before = db->actor();
        db->setActor(admin);
        const QString initial = QStringLiteral("initial-password-") + name;
        auto id = accounts.create(name, name, role, initial);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        auto signedIn = accounts.authenticate(name, initial);
        REQUIRE(signedIn.ok());
        db->setActor(before);
        return signedIn.value();
    }
};

Person somePerson(int serial = 3)
{
    Person p;
    p.lastName = QStringLiteral("Peeters");
    p.firstName = QStringLiteral("Jan");
    p.birthDate = QDate(1971, 4, 2);
    p.nationalNumber = NationalNumber::make(p.birthDate, serial);
    return p;
}

Dossier someDossier(const QString &reference)
{
    Dossier d;
    d.reference = reference;
    d.opened = QDate(2022, 1, 3);
    return d;
}

} // namespace

TEST_CASE("Passwords are stored only as Argon2id hashes, never in clear or in the trail", "[security]")
{
    const QString hash = Accounts::hashPassword(kAdminPassword);
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(kAdminPassword));
    CHECK(hash != Accounts::hashPassword(kAdminPassword)); // salted
    CHECK(Accounts::verifyPassword(hash, kAdminPassword));
    CHECK_FALSE(Accounts::verifyPassword(hash, QStringLiteral("correct horse battery!")));

    Fixture f;
    const QString stored = text(*f.db, QStringLiteral("SELECT password_hash FROM account"));
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(kAdminPassword));
    // The trail of the account (created, then its password changed) holds neither.
    f.now = f.now.addSecs(60);
    REQUIRE(f.accounts.changePassword(kAdminPassword, QStringLiteral("a much longer passphrase")).ok());
    const QString trail = text(*f.db, QStringLiteral("SELECT details FROM audit_log WHERE details IS NOT NULL"));
    CHECK(trail.contains(QStringLiteral("\"password\":\"changed\"")));
    CHECK_FALSE(trail.contains(QStringLiteral("argon2")));
    CHECK_FALSE(trail.contains(kAdminPassword));
    CHECK_FALSE(trail.contains(QStringLiteral("a much longer passphrase")));
    // Nor does any table of the database.
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM account WHERE password_hash LIKE '%passphrase%'")) == 0);
}

TEST_CASE("The first start asks for an administrator, once", "[security]")
{
    TempDatabase t;
    t.db->clearActor();
    Accounts accounts(*t.db);
    CHECK(accounts.needsFirstAdministrator());
    CHECK_FALSE(accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("A"), QStringLiteral("short")).ok());
    CHECK_FALSE(accounts.createFirstAdministrator(QStringLiteral("bad name!"), QStringLiteral("A"), kAdminPassword).ok());
    CHECK(accounts.needsFirstAdministrator());
    auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("A"), kAdminPassword);
    REQUIRE(admin.ok());
    CHECK(admin.value().role == Role::Administrator);
    CHECK(admin.value().kind == Actor::Kind::User);
    CHECK_FALSE(accounts.needsFirstAdministrator());
    auto second = accounts.createFirstAdministrator(QStringLiteral("other"), QStringLiteral("B"), kAdminPassword);
    CHECK_FALSE(second.ok());
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM account")) == 1);
}

TEST_CASE("Sign-in: wrong passwords and unknown names get the same answer", "[security]")
{
    Fixture f;
    auto ok = f.accounts.authenticate(QStringLiteral("  ADMIN "), kAdminPassword);
    REQUIRE(ok.ok());
    CHECK(ok.value().name == QStringLiteral("admin"));
    CHECK(ok.value().displayName == QStringLiteral("Nathalie Lemaire"));
    CHECK(ok.value().accountId == f.admin.accountId);

    auto wrong = f.accounts.authenticate(QStringLiteral("admin"), QStringLiteral("wrong password"));
    auto unknown = f.accounts.authenticate(QStringLiteral("nobody"), QStringLiteral("wrong password"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error() == unknown.error());
    CHECK_FALSE(wrong.error().contains(QStringLiteral("admin")));

    SECTION("an inactive account answers like an unknown name")
    {
        const Actor clerk = f.user(QStringLiteral("clerk"), Role::Reception);
        REQUIRE(f.accounts.setActive(clerk.accountId, false).ok());
        auto refused = f.accounts.authenticate(QStringLiteral("clerk"), QStringLiteral("initial-password-clerk"));
        REQUIRE_FALSE(refused.ok());
        auto other = f.accounts.authenticate(QStringLiteral("nobody2"), QStringLiteral("initial-password-clerk"));
        CHECK(refused.error() == other.error());
        REQUIRE(f.accounts.setActive(clerk.accountId, true).ok());
        CHECK(f.accounts.authenticate(QStringLiteral("clerk"), QStringLiteral("initial-password-clerk")).ok());
    }
    SECTION("sign-ins are in the trail, without the name typed for unknown names")
    {
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login' AND actor = 'admin'")) == 1);
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'")) == 2);
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed' AND entity_id = %1")
                               .arg(f.admin.accountId)) == 1);
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM login_throttle WHERE name_key LIKE '%nobody%'")) == 0);
        CHECK(text(*f.db, QStringLiteral("SELECT coalesce(details, '') FROM audit_log")).contains(QStringLiteral("nobody")) == false);
    }
}

TEST_CASE("Failed sign-ins make a name wait longer and longer, kept in the database", "[security]")
{
    Fixture f;
    const QString name = GENERATE(QStringLiteral("admin"), QStringLiteral("ghost")); // an account, and no account
    INFO(name.toStdString());
    const auto attempt = [&](const QString &password) { return f.accounts.authenticate(name, password); };

    for (int i = 0; i < Accounts::kFreeAttempts - 1; ++i)
        CHECK_FALSE(attempt(QStringLiteral("wrong")).ok());
    auto third = attempt(QStringLiteral("wrong"));
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().contains(QStringLiteral("1 second")));

    // During the wait even the right password is refused, and nothing is counted.
    auto during = attempt(kAdminPassword);
    REQUIRE_FALSE(during.ok());
    CHECK(during.error().contains(QStringLiteral("Try again in 1 second")));
    CHECK(f.accounts.secondsToWait(name) == 1);

    // Restarting the program (a new Accounts) does not end the wait.
    Accounts again(*f.db, [&f] { return f.now; });
    CHECK(again.secondsToWait(name) == 1);

    f.now = f.now.addSecs(1);
    CHECK(f.accounts.secondsToWait(name) == 0);
    auto fourth = attempt(QStringLiteral("wrong"));
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().contains(QStringLiteral("2 seconds")));
    f.now = f.now.addSecs(1);
    CHECK(f.accounts.secondsToWait(name) == 1);
    f.now = f.now.addSecs(1);
    CHECK_FALSE(attempt(QStringLiteral("wrong")).ok()); // 5th
    CHECK(f.accounts.secondsToWait(name) == 4);
    f.now = f.now.addSecs(4);
    CHECK_FALSE(attempt(QStringLiteral("wrong")).ok()); // 6th
    CHECK(f.accounts.secondsToWait(name) == 8);

    // A clock set back does not lengthen the wait beyond one delay.
    f.now = f.now.addSecs(-3600);
    CHECK(f.accounts.secondsToWait(name) == 8);
    f.now = f.now.addSecs(3600 + 8);

    if (name == QStringLiteral("admin")) {
        CHECK(count(*f.db, QStringLiteral("SELECT failed_attempts FROM account WHERE username = 'admin'")) == 6);
        REQUIRE(attempt(kAdminPassword).ok()); // success ends the wait
        CHECK(f.accounts.secondsToWait(name) == 0);
        CHECK(count(*f.db, QStringLiteral("SELECT failed_attempts FROM account WHERE username = 'admin'")) == 0);
    }
    // The delay is capped (2^(14 − 3) s would be over 15 minutes).
    while (count(*f.db, QStringLiteral("SELECT coalesce(max(failures), 0) FROM login_throttle")) < 14) {
        f.now = f.now.addSecs(Accounts::kMaxDelaySeconds);
        attempt(QStringLiteral("wrong"));
    }
    CHECK(f.accounts.secondsToWait(name) == Accounts::kMaxDelaySeconds);
    f.now = f.now.addSecs(Accounts::kMaxDelaySeconds);
    attempt(QStringLiteral("wrong"));
    CHECK(f.accounts.secondsToWait(name) == Accounts::kMaxDelaySeconds);
}

TEST_CASE("Passwords: change with the old one, rules, administrator's reset", "[security]")
{
    Fixture f;
    const Actor officer = f.user(QStringLiteral("sofie"), Role::Officer);
    CHECK(f.accounts.mustChangePassword(officer)); // a new account: the administrator chose the password
    REQUIRE(f.accounts.resetPassword(officer.accountId, QStringLiteral("temporary-secret")).ok());
    auto signedIn = f.accounts.authenticate(QStringLiteral("sofie"), QStringLiteral("temporary-secret"));
    REQUIRE(signedIn.ok());
    CHECK(f.accounts.mustChangePassword(signedIn.value()));
    f.db->setActor(signedIn.value());

    auto wrongOld = f.accounts.changePassword(QStringLiteral("not the old one"), QStringLiteral("my own passphrase"));
    REQUIRE_FALSE(wrongOld.ok());
    CHECK(wrongOld.error().contains(QStringLiteral("current password")));
    auto tooShort = f.accounts.changePassword(QStringLiteral("temporary-secret"), QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().contains(QStringLiteral("10")));
    CHECK_FALSE(f.accounts.changePassword(QStringLiteral("temporary-secret"), QStringLiteral("sofie")).ok());
    REQUIRE(f.accounts.changePassword(QStringLiteral("temporary-secret"), QStringLiteral("my own passphrase")).ok());
    CHECK_FALSE(f.accounts.mustChangePassword(signedIn.value()));
    CHECK_FALSE(f.accounts.authenticate(QStringLiteral("sofie"), QStringLiteral("temporary-secret")).ok());
    CHECK(f.accounts.authenticate(QStringLiteral("sofie"), QStringLiteral("my own passphrase")).ok());

    SECTION("a new account must change its password at the first sign-in")
    {
        f.db->setActor(f.admin);
        REQUIRE(f.accounts.create(QStringLiteral("jan"), QStringLiteral("Jan"), Role::Manager, QStringLiteral("first-password")).ok());
        auto jan = f.accounts.authenticate(QStringLiteral("jan"), QStringLiteral("first-password"));
        REQUIRE(jan.ok());
        CHECK(jan.value().role == Role::Manager);
        CHECK(f.accounts.mustChangePassword(jan.value()));
    }
}

TEST_CASE("Account administration needs ManageAccounts and keeps an administrator", "[security]")
{
    Fixture f;
    const Actor manager = f.user(QStringLiteral("manon"), Role::Manager);
    f.db->setActor(manager);
    CHECK(f.accounts.list().isEmpty());
    auto refused = f.accounts.create(QStringLiteral("x"), QStringLiteral("X"), Role::Administrator, QStringLiteral("0123456789abc"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("Your role (Manager) may not manage accounts."));
    CHECK_FALSE(f.accounts.setRole(manager.accountId, Role::Administrator).ok());
    CHECK_FALSE(f.accounts.resetPassword(f.admin.accountId, QStringLiteral("0123456789abc")).ok());

    f.db->setActor(f.admin);
    CHECK(f.accounts.list().size() == 2);
    auto taken = f.accounts.create(QStringLiteral("MANON"), QStringLiteral("Other"), Role::Officer, QStringLiteral("0123456789abc"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().contains(QStringLiteral("already taken")));
    auto last = f.accounts.setActive(f.admin.accountId, false);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().contains(QStringLiteral("at least one active administrator")));
    CHECK_FALSE(f.accounts.setRole(f.admin.accountId, Role::Officer).ok());
    REQUIRE(f.accounts.setRole(manager.accountId, Role::Administrator).ok());
    CHECK(f.accounts.setActive(f.admin.accountId, false).ok()); // another administrator remains
    CHECK(f.accounts.account(manager.accountId)->role == Role::Administrator);
    QSqlQuery q(f.db->sql());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM account"))); // deactivated, never deleted
}

TEST_CASE("Settings: read by anyone, changed by the administrator", "[security]")
{
    Fixture f;
    Settings settings(*f.db);
    CHECK(settings.idleLockMinutes() == 10);
    CHECK(settings.retentionYears() == Settings::kDefaultRetentionYears);
    REQUIRE(settings.setIdleLockMinutes(5).ok());
    CHECK(settings.idleLockMinutes() == 5);
    CHECK_FALSE(settings.setIdleLockMinutes(0).ok());
    f.db->setActor(f.user(QStringLiteral("sofie"), Role::Officer));
    auto refused = settings.setRetentionYears(7);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("may not change the settings")));
    CHECK(settings.retentionYears() == Settings::kDefaultRetentionYears);
    CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'setting' AND actor = 'admin'")) == 1);
}

TEST_CASE("The permission matrix as documented", "[security]")
{
    using P = Permission;
    // One row per role, in the order of Permissions::all().
    const QList<std::pair<Role, QList<bool>>> expected = {
        {Role::Administrator, {false, false, false, false, false, true, true, true, true, true, false, true, true, false}},
        {Role::Manager, {true, false, false, false, true, false, false, false, false, false, false, false, false, true}},
        {Role::Facilitator, {true, true, true, true, true, false, false, false, false, false, true, false, false, false}},
        {Role::Officer, {true, true, true, true, true, false, false, false, false, false, true, false, false, false}},
        {Role::Reception, {false, false, false, false, false, false, false, false, false, false, true, false, false, false}},
    };
    const QList<P> all = Permissions::all();
    REQUIRE(all.size() == 14);
    for (const auto &[role, row] : expected) {
        for (qsizetype i = 0; i < all.size(); ++i) {
            INFO(roleCode(role).toStdString() << " × " << Permissions::code(all[i]).toStdString());
            CHECK(Permissions::allows(role, all[i]) == row[i]);
        }
    }
    CHECK(Permissions::allows(Actor::cli(), P::Anonymise));
    CHECK_FALSE(Permissions::allows(Actor(), P::ViewRegister));
}

TEST_CASE("Role × action: each denied action is refused in core and writes nothing", "[security]")
{
    Fixture f;
    const Role role = GENERATE(Role::Administrator, Role::Manager, Role::Facilitator, Role::Officer, Role::Reception);
    INFO(roleCode(role).toStdString());
    const Actor actor = f.user(QStringLiteral("user-") + roleCode(role), role);

    // One dossier exists, saved by someone who may.
    f.db->setActor(Actor::system(QStringLiteral("test")));
    REQUIRE(Registry(*f.db).save(somePerson(5), someDossier(QStringLiteral("D-0"))).ok());
    const QString csv = f.file(QStringLiteral("in.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed\n"
                                  "R-1,%1,Maes,Bram,,,nl,leefloon,2021-02-01,\n")
                       .arg(NationalNumber::make(QDate(1990, 1, 2), 7))
                       .toUtf8());
    }
    f.db->setActor(actor);
    const int trailBefore = count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto allowed = [&](Permission p) { return Permissions::allows(role, p); };

    // EditRegister: Registry::save
    auto saved = Registry(*f.db).save(somePerson(), someDossier(QStringLiteral("D-1")));
    CHECK(saved.ok() == allowed(Permission::EditRegister));
    if (!saved.ok()) {
        CHECK(saved.error() == QStringLiteral("Your role (%1) may not change dossiers.").arg(RoleNames::label(role)));
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM dossier")) == 1);
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM person")) == 1);
    }
    // ViewRegister: search, lookups
    Registry::Query all;
    CHECK((Registry(*f.db).count(all) > 0) == allowed(Permission::ViewRegister));
    CHECK(!Registry(*f.db).search(all, 0, 10).isEmpty() == allowed(Permission::ViewRegister));
    CHECK(Registry(*f.db).dossierByReference(QStringLiteral("D-0")).has_value() == allowed(Permission::ViewRegister));
    // ImportData: a dossier import (a dry run too)
    auto dry = DossierCsv::importFile(*f.db, csv, true);
    CHECK(dry.ok() == allowed(Permission::ImportData));
    auto imported = DossierCsv::importFile(*f.db, csv, false);
    CHECK(imported.ok() == allowed(Permission::ImportData));
    if (!imported.ok())
        CHECK(imported.errors.join(QString()).contains(QStringLiteral("may not import data")));
    // ExportData: CSV export (the backup, a copy of the SQLite file, is the next test's)
    CHECK(DossierCsv::exportFile(*f.db, f.file(QStringLiteral("out.csv"))).ok() == allowed(Permission::ExportData));
    CHECK(QFile::exists(f.file(QStringLiteral("out.csv"))) == allowed(Permission::ExportData));
    // ViewAudit
    CHECK(AuditTrail(*f.db).count({}).ok() == allowed(Permission::ViewAudit));
    CHECK(AuditTrail(*f.db).entries({}, 0, 5).ok() == allowed(Permission::ViewAudit));
    // ManageAccounts
    CHECK(f.accounts.create(QStringLiteral("new-") + roleCode(role), QStringLiteral("N"), Role::Reception,
                            QStringLiteral("0123456789abc")).ok() == allowed(Permission::ManageAccounts));
    CHECK(!f.accounts.list().isEmpty() == allowed(Permission::ManageAccounts));
    // ManageSettings
    CHECK(Settings(*f.db).setIdleLockMinutes(3).ok() == allowed(Permission::ManageSettings));
    CHECK((Settings(*f.db).idleLockMinutes() == 3) == allowed(Permission::ManageSettings));

    // A role allowed nothing of the above wrote nothing at all.
    if (role == Role::Manager || role == Role::Reception)
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'view'")) == trailBefore);
}

// The backup of the role × action matrix: a copy of the database file, so SQLite's alone (on a
// server the copy is pg_dump's job and Database::backupTo refuses for every role).
TEST_CASE("Role × action: a backup needs ExportData and a refused one leaves no file", "[security][sqlite]")
{
    Fixture f;
    const Role role = GENERATE(Role::Administrator, Role::Manager, Role::Facilitator, Role::Officer, Role::Reception);
    INFO(roleCode(role).toStdString());
    const Actor actor = f.user(QStringLiteral("user-") + roleCode(role), role);
    f.db->setActor(Actor::system(QStringLiteral("test")));
    REQUIRE(Registry(*f.db).save(somePerson(5), someDossier(QStringLiteral("D-0"))).ok());
    f.db->setActor(actor);
    const int trailBefore = count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'view'"));
    const bool allowed = Permissions::allows(role, Permission::ExportData);

    const auto backup = f.db->backupTo(f.file(QStringLiteral("copy.sqlite")));
    CHECK(backup.ok() == allowed);
    CHECK(QFile::exists(f.file(QStringLiteral("copy.sqlite"))) == allowed);
    if (!allowed) {
        CHECK(backup.error() == QStringLiteral("Your role (%1) may not export or back up data.").arg(RoleNames::label(role)));
        CHECK(count(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action <> 'view'")) == trailBefore);
    }
}
