// SPDX-License-Identifier: GPL-3.0-or-later
// The search index behind the dossier list (schema 0004, search_token): it finds what the
// keys of the register say, after every kind of write.
#include "demo/demogenerator.h"
#include "domain/nationalnumber.h"
#include "interchange/dossiercsv.h"
#include "privacy/retention.h"
#include "registry/registry.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <set>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

Person makePerson(const QString &last, const QString &first, int serial)
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.birthDate = QDate(1980, 3, 14);
    p.nationalNumber = NationalNumber::make(p.birthDate, serial);
    p.gender = serial % 2 ? Gender::Male : Gender::Female;
    return p;
}

Dossier makeDossier(const QString &reference, const QDate &opened = QDate(2019, 1, 1), const QDate &closed = {})
{
    Dossier d;
    d.reference = reference;
    d.opened = opened;
    d.closed = closed;
    return d;
}

QStringList found(const Registry &reg, const QString &text)
{
    Registry::Query q;
    q.text = text;
    QStringList refs;
    for (const Registry::Row &r : reg.search(q, 0, 1000))
        refs << r.reference;
    return refs;
}

int countOf(const Registry &reg, const QString &text)
{
    Registry::Query q;
    q.text = text;
    return reg.count(q);
}

// The rows of search_token that hold `key` in any column.
int tokensWith(Database &db, const QString &key)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM search_token WHERE token = ? OR last_key = ? OR first_key = ? "
                             "OR national_number = ? OR reference_key = ?"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(key);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// What the search box promises, computed the slow way over every dossier: each word a prefix
// of the last name, first name, national number or reference key, or all words run together
// a prefix of one of them.
std::set<qint64> expectedMatches(Database &db, const QString &text)
{
    QStringList words;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!searchKey(w).isEmpty())
            words << searchKey(w);
    std::set<qint64> ids;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT d.id, p.last_key, p.first_key, p.national_number, d.reference_key "
                                  "FROM dossier d JOIN person p ON p.id = d.person_id")));
    while (q.next()) {
        const QStringList keys = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        const auto anyKeyStartsWith = [&keys](const QString &w) {
            return std::any_of(keys.begin(), keys.end(), [&w](const QString &k) { return k.startsWith(w); });
        };
        const bool each = std::all_of(words.begin(), words.end(), anyKeyStartsWith);
        if (each || (words.size() > 1 && anyKeyStartsWith(words.join(QString()))))
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

} // namespace

TEST_CASE("The search follows renames, new references and new dossiers", "[registry][search]")
{
    TempDatabase t;
    Registry reg(*t.db);
    auto peeters = reg.save(makePerson(QStringLiteral("Peeters"), QStringLiteral("Jan"), 1), makeDossier(QStringLiteral("D-2019-001")));
    REQUIRE(peeters.ok());
    REQUIRE(reg.save(makePerson(QStringLiteral("Thomas"), QStringLiteral("Thomas"), 3), makeDossier(QStringLiteral("D-2019-002"))).ok());
    CHECK(found(reg, QStringLiteral("pee")) == QStringList{QStringLiteral("D-2019-001")});
    CHECK(countOf(reg, QStringLiteral("thomas")) == 1); // the same key twice is one dossier

    SECTION("a rename: the old name no longer finds the dossier, the new one does")
    {
        Person p = *reg.person(peeters.value().personId);
        p.lastName = QStringLiteral("Öztürk");
        REQUIRE(reg.save(p, *reg.dossier(peeters.value().dossierId)).ok());
        CHECK(found(reg, QStringLiteral("pee")).isEmpty());
        CHECK(countOf(reg, QStringLiteral("pee")) == 0);
        CHECK(found(reg, QStringLiteral("ozt jan")) == QStringList{QStringLiteral("D-2019-001")});
        CHECK(tokensWith(*t.db, QStringLiteral("peeters")) == 0);
    }
    SECTION("a new reference, and a second dossier of the same person")
    {
        Person p = *reg.person(peeters.value().personId);
        Dossier d = *reg.dossier(peeters.value().dossierId);
        d.reference = QStringLiteral("LL-77");
        REQUIRE(reg.save(p, d).ok());
        CHECK(found(reg, QStringLiteral("d-2019")) == QStringList{QStringLiteral("D-2019-002")});
        CHECK(found(reg, QStringLiteral("ll7")) == QStringList{QStringLiteral("LL-77")});
        REQUIRE(reg.save(p, makeDossier(QStringLiteral("D-2024-009"), QDate(2024, 1, 1))).ok());
        CHECK(found(reg, QStringLiteral("jan pee")) == QStringList({QStringLiteral("LL-77"), QStringLiteral("D-2024-009")})); // one person: by dossier
        CHECK(countOf(reg, QStringLiteral("jan pee")) == 2);
    }
    SECTION("a dossier import: new people and changed names are found")
    {
        const QString csv = t.file(QStringLiteral("dossiers.csv"));
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QString nn = NationalNumber::make(QDate(1990, 5, 6), 11);
        f.write(QStringLiteral("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed\n"
                               "D-2020-100,%1,Wouters,Lien,1990-05-06,M,nl,leefloon,2020-02-01,\n"
                               "D-2019-001,%2,Peeters-Goossens,Jan,1980-03-14,M,nl,leefloon,2019-01-01,\n")
                    .arg(nn, reg.person(peeters.value().personId)->nationalNumber)
                    .toUtf8());
        f.close();
        const DossierCsv::ImportReport imported = DossierCsv::importFile(*t.db, csv, false);
        INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
        REQUIRE(imported.ok());
        CHECK(found(reg, QStringLiteral("wou li")) == QStringList{QStringLiteral("D-2020-100")});
        CHECK(found(reg, QStringLiteral("peetersg")) == QStringList{QStringLiteral("D-2019-001")});
        CHECK(found(reg, QStringLiteral("peeters j")) == QStringList{QStringLiteral("D-2019-001")});
        CHECK(found(reg, nn.left(6)) == QStringList{QStringLiteral("D-2020-100")});
    }
}

TEST_CASE("Anonymisation removes the erased names and numbers from the search index", "[registry][search][privacy]")
{
    TempDatabase t;
    Registry reg(*t.db);
    const Person gone = makePerson(QStringLiteral("Vandermeulen"), QStringLiteral("Griet"), 5);
    REQUIRE(reg.save(gone, makeDossier(QStringLiteral("D-2010-001"), QDate(2010, 1, 1), QDate(2011, 6, 30))).ok());
    REQUIRE(reg.save(makePerson(QStringLiteral("Vandamme"), QStringLiteral("Ann"), 7), makeDossier(QStringLiteral("D-2020-002"))).ok());
    CHECK(found(reg, QStringLiteral("vand")).size() == 2);

    auto run = Retention::anonymise(*t.db, QDate(2015, 1, 1), false);
    INFO(run.error().toStdString());
    REQUIRE(run.ok());
    REQUIRE(run.value().people == 1);

    CHECK(found(reg, QStringLiteral("vand")) == QStringList{QStringLiteral("D-2020-002")});
    CHECK(found(reg, QStringLiteral("griet")).isEmpty());
    CHECK(found(reg, gone.nationalNumber).isEmpty());
    CHECK(found(reg, QStringLiteral("d-2010")).isEmpty());
    CHECK(tokensWith(*t.db, QStringLiteral("vandermeulen")) == 0);
    CHECK(tokensWith(*t.db, QStringLiteral("griet")) == 0);
    CHECK(tokensWith(*t.db, gone.nationalNumber) == 0);
    CHECK(tokensWith(*t.db, QStringLiteral("d2010001")) == 0);
}

TEST_CASE("Opening a file of schema 3 fills the search index", "[registry][search][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QList<Database::Migration> upTo3;
    for (const Database::Migration &m : Database::builtInMigrations())
        if (m.version <= 3)
            upTo3 << m;
    REQUIRE(upTo3.size() == 3);
    {
        auto old = Database::openWithMigrations(path, {Database::Mode::CreateIfMissing, 2000}, upTo3);
        REQUIRE(old.ok());
        auto db = old.take();
        db->setActor(Actor::system(QStringLiteral("test")));
        Registry reg(*db);
        REQUIRE(reg.save(makePerson(QStringLiteral("Claes"), QStringLiteral("Jolien"), 9), makeDossier(QStringLiteral("D-2018-004"))).ok());
        REQUIRE(reg.save(makePerson(QStringLiteral("Bah"), QStringLiteral("Aïssatou"), 11), makeDossier(QStringLiteral("D-2018-005"))).ok());
    }
    auto opened = Database::open(path, {Database::Mode::MustExist, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    auto db = opened.take();
    db->setActor(Actor::system(QStringLiteral("test")));
    CHECK(db->schemaVersion() >= 4);
    Registry reg(*db);
    CHECK(found(reg, QStringLiteral("aiss")) == QStringList{QStringLiteral("D-2018-005")});
    CHECK(found(reg, QStringLiteral("jol cla")) == QStringList{QStringLiteral("D-2018-004")});
    CHECK(countOf(reg, QStringLiteral("d-2018")) == 2);
}

TEST_CASE("Searches with short and frequent words find exactly what every key says", "[registry][search][demo]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 400;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    Registry reg(*t.db);
    for (const char *text : {"a", "el a", "a el", "m a", "van den", "a b c", "85 a", "d 2", "jan pe", "e l", "xyz a"}) {
        const QString typed = QString::fromUtf8(text);
        INFO("search: " << text);
        const std::set<qint64> expected = expectedMatches(*t.db, typed);
        Registry::Query q;
        q.text = typed;
        CHECK(reg.count(q) == int(expected.size()));
        std::set<qint64> got;
        QString previous;
        bool sorted = true;
        for (const Registry::Row &r : reg.search(q, 0, 1000)) {
            got.insert(r.dossierId);
            const QString name = searchKey(r.lastName) + QLatin1Char(' ') + searchKey(r.firstName);
            sorted = sorted && previous <= name;
            previous = name;
        }
        CHECK(got == expected);
        CHECK(sorted);
        q.state = Registry::StateFilter::Open;
        q.today = QDate(2025, 6, 30);
        CHECK(reg.count(q) <= int(expected.size()));
        CHECK(reg.count(q) == reg.search(q, 0, 1000).size());
    }
}

namespace {

// Every row of search_token, and every row the insert trigger of schema 0004 would give the
// register as it is now, as "token|dossier|last|first|number|reference" texts.
std::set<QString> tokenRows(Database &db, const QString &sql)
{
    std::set<QString> rows;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < 6; ++c)
            fields << q.value(c).toString();
        rows.insert(fields.join(QLatin1Char('|')));
    }
    return rows;
}

std::set<QString> storedTokens(Database &db)
{
    return tokenRows(db, QStringLiteral("SELECT token, dossier_id, last_key, first_key, national_number, reference_key "
                                        "FROM search_token"));
}

std::set<QString> expectedTokens(Database &db)
{
    const QString from = QStringLiteral(", d.id, p.last_key, p.first_key, p.national_number, d.reference_key "
                                        "FROM dossier d JOIN person p ON p.id = d.person_id");
    return tokenRows(db, QStringLiteral("SELECT p.last_key") + from + QStringLiteral(" UNION SELECT p.first_key") + from
                             + QStringLiteral(" UNION SELECT p.national_number") + from
                             + QStringLiteral(" UNION SELECT d.reference_key") + from);
}

} // namespace

TEST_CASE("A dossier import fills the search index of the people it brings in", "[registry][search][import]")
{
    // The import writes the tokens of its new dossiers at once, the insert trigger standing
    // aside (schema 0009): they must be exactly the rows the trigger writes.
    TempDatabase source;
    DemoGenerator::Options options;
    options.dossiers = 300;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*source.db, options).ok());
    const QString csv = source.file(QStringLiteral("dossiers.csv"));
    REQUIRE(DossierCsv::exportFile(*source.db, csv).ok());
    const QString sameNames = NationalNumber::make(QDate(1980, 3, 14), 41);
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::Append));
        // First name = last name: one token for both, as the trigger's UNION gives.
        f.write(QStringLiteral("T-2020-001,%1,Thomas,Thomas,1980-03-14,M,nl,leefloon,2020-01-01,,,,,\n").arg(sameNames).toUtf8());
    }

    TempDatabase t;
    Registry reg(*t.db);
    // A person already in the register, whom the file renames and gives new dossiers.
    QSqlQuery first(source.db->sql());
    REQUIRE(first.exec(QStringLiteral("SELECT national_number, birth_date, last_name, gender FROM person LIMIT 1")));
    REQUIRE(first.next());
    Person known = makePerson(QStringLiteral("Oldname"), QStringLiteral("Karel"), 5);
    known.nationalNumber = first.value(0).toString();
    known.birthDate = QDate::fromString(first.value(1).toString(), Qt::ISODate);
    known.gender = genderFromCode(first.value(3).toString()).value_or(Gender::Unknown);
    const QString newName = first.value(2).toString();
    REQUIRE(reg.save(known, makeDossier(QStringLiteral("OLD-2010-1"), QDate(2010, 1, 1))).ok());
    CHECK(found(reg, QStringLiteral("oldname")) == QStringList{QStringLiteral("OLD-2010-1")});

    const DossierCsv::ImportReport imported = DossierCsv::importFile(*t.db, csv, false);
    INFO(imported.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.ok());
    REQUIRE(imported.created == 301);

    CHECK(storedTokens(*t.db) == expectedTokens(*t.db));
    CHECK(storedTokens(*t.db).size() > 3 * 300);
    CHECK(found(reg, QStringLiteral("oldname")).isEmpty()); // the import renamed the known person
    CHECK(found(reg, searchKey(newName)).contains(QStringLiteral("OLD-2010-1")));
    CHECK(found(reg, QStringLiteral("thomas thomas")) == QStringList{QStringLiteral("T-2020-001")});
    CHECK(found(reg, sameNames) == QStringList{QStringLiteral("T-2020-001")});
    for (const char *text : {"a", "el a", "m a", "van den", "85 a", "d 2", "jan pe", "t-2020", "old"}) {
        const QString typed = QString::fromUtf8(text);
        INFO("search: " << text);
        const std::set<qint64> expected = expectedMatches(*t.db, typed);
        Registry::Query q;
        q.text = typed;
        std::set<qint64> got;
        for (const Registry::Row &r : reg.search(q, 0, 1000))
            got.insert(r.dossierId);
        CHECK(got == expected);
        CHECK(reg.count(q) == int(expected.size()));
    }

    // After the import, a dossier saved one by one gets its tokens from the trigger again.
    REQUIRE(reg.save(makePerson(QStringLiteral("Vandenbroucke"), QStringLiteral("Lotte"), 7),
                     makeDossier(QStringLiteral("D-2025-900"), QDate(2025, 1, 1)))
                .ok());
    CHECK(found(reg, QStringLiteral("vandenbr lot")) == QStringList{QStringLiteral("D-2025-900")});
    CHECK(storedTokens(*t.db) == expectedTokens(*t.db));
}

TEST_CASE("After renames, moves, new references, deletions and anonymisation the tokens are exactly the register's keys",
          "[registry][search]")
{
    // The triggers find a dossier's tokens by their keys (schema 0014): every change must
    // leave exactly the rows the register's keys give, no stale row and none missing.
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 60;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    REQUIRE(storedTokens(*t.db) == expectedTokens(*t.db));
    QSqlQuery q(t.db->sql());
    const auto run = [&](const QString &sql) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        CHECK(storedTokens(*t.db) == expectedTokens(*t.db));
    };
    // A person with two dossiers or more, renamed (both names, then the number).
    run(QStringLiteral("UPDATE person SET last_key = 'zzrenamed', first_key = 'yyfirst' WHERE id = "
                       "(SELECT person_id FROM dossier GROUP BY person_id ORDER BY count(*) DESC, person_id LIMIT 1)"));
    run(QStringLiteral("UPDATE person SET national_number = '00000000097' WHERE last_key = 'zzrenamed'"));
    // Keys that collide: a first name equal to the last name, a reference equal to a name.
    run(QStringLiteral("UPDATE person SET first_key = last_key WHERE id = (SELECT min(id) FROM person)"));
    run(QStringLiteral("UPDATE dossier SET reference_key = (SELECT last_key FROM person p WHERE p.id = dossier.person_id) "
                       "WHERE id = (SELECT min(id) FROM dossier)"));
    run(QStringLiteral("UPDATE person SET last_key = 'afterclash' WHERE id = (SELECT person_id FROM dossier WHERE id = "
                       "(SELECT min(id) FROM dossier))"));
    // A dossier moved to another person, a new reference, a deletion.
    run(QStringLiteral("UPDATE dossier SET person_id = (SELECT max(id) FROM person) WHERE id = (SELECT max(id) FROM dossier)"));
    run(QStringLiteral("UPDATE dossier SET reference_key = 'newref' || id WHERE id % 7 = 0"));
    run(QStringLiteral("INSERT INTO dossier (reference, reference_key, person_id, income_type, opened) "
                       "SELECT 'GONE-1', 'gone1', min(id), 'leefloon', '2024-01-01' FROM person"));
    run(QStringLiteral("DELETE FROM dossier WHERE reference = 'GONE-1'"));
    // Anonymisation (core/privacy/retention.cpp): the keys become the person's id.
    run(QStringLiteral("UPDATE person SET last_key = CAST(id AS VARCHAR(20)), first_key = CAST(id AS VARCHAR(20)) "
                       "WHERE id % 5 = 0"));
    CHECK(storedTokens(*t.db).size() > 3 * 50);
}
