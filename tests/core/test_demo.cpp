// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "domain/dossier.h"
#include "domain/nationalnumber.h"
#include "security/actor.h"
#include "testsupport.h"
#include "trajectory/trajectory.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

const QDate kUntil(2024, 12, 31);

DemoGenerator::Options options(int dossiers, quint32 seed)
{
    DemoGenerator::Options o;
    o.dossiers = dossiers;
    o.seed = seed;
    o.until = kUntil;
    return o;
}

void generate(Database &db, int dossiers, quint32 seed, DemoGenerator::Summary *summary = nullptr)
{
    const Status s = DemoGenerator::generate(db, options(dossiers, seed), {}, summary);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

// Every row of the register and the trajectories, in id order, as text.
QString dump(Database &db)
{
    QString out;
    for (const char *table : {"person", "dossier", "placement"}) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                out += (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString()) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

int scalar(Database &db, const QString &sqlText)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sqlText));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

TEST_CASE("Demo data: the same seed gives the same data, another seed other data", "[demo]")
{
    TempDatabase a, b, c;
    // SQLite's bulk settings (PRAGMAs) are undone afterwards; a server has none.
    const bool file = !a.db->isServer();
    const int cacheSize = file ? scalar(*a.db, QStringLiteral("PRAGMA cache_size")) : 0;
    const int tempStore = file ? scalar(*a.db, QStringLiteral("PRAGMA temp_store")) : 0;
    DemoGenerator::Summary summary;
    generate(*a.db, 500, 42, &summary);
    if (file) {
        CHECK(scalar(*a.db, QStringLiteral("PRAGMA cache_size")) == cacheSize);
        CHECK(scalar(*a.db, QStringLiteral("PRAGMA temp_store")) == tempStore);
    }
    generate(*b.db, 500, 42);
    generate(*c.db, 500, 43);

    CHECK(summary.dossiers == 500);
    CHECK(summary.people == scalar(*a.db, QStringLiteral("SELECT count(*) FROM person")));
    CHECK(summary.placements == scalar(*a.db, QStringLiteral("SELECT count(*) FROM placement")));
    const QString first = dump(*a.db);
    CHECK(first.size() > 100000);
    CHECK(first == dump(*b.db));
    CHECK(first != dump(*c.db));
}

TEST_CASE("Demo data looks like a register: valid people, dossiers over ten years", "[demo]")
{
    TempDatabase t;
    generate(*t.db, 500, 1);
    Database &db = *t.db;

    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM dossier")) == 500);
    const int people = scalar(db, QStringLiteral("SELECT count(*) FROM person"));
    CHECK(people < 500);  // some people come back with a second dossier
    CHECK(people > 400);

    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT national_number, birth_date, gender, last_name, first_name, last_key, first_key, "
                                  "language, email FROM person")));
    int born2000 = 0, bornBefore1970 = 0, languages = 0;
    QHash<QString, int> lastNames;
    while (q.next()) {
        const QString number = q.value(0).toString();
        QString digits, why;
        INFO(number.toStdString());
        REQUIRE(NationalNumber::parse(number, &digits, &why));
        CHECK(digits == number);
        const QDate birth = dateOf(q.value(1));
        const Gender gender = genderFromCode(q.value(2).toString()).value_or(Gender::Unknown);
        CHECK(NationalNumber::checkAgreement(number, birth, gender).isEmpty());
        CHECK(birth.year() >= 1958);
        CHECK(birth.year() <= 2006);
        born2000 += birth.year() >= 2000;
        bornBefore1970 += birth.year() < 1970;
        CHECK(q.value(5).toString() == searchKey(q.value(3).toString()));
        CHECK(q.value(6).toString() == searchKey(q.value(4).toString()));
        languages += !q.value(7).isNull();
        ++lastNames[q.value(3).toString()];
        // What the dossier form and the CSV import accept.
        Person p;
        p.nationalNumber = number;
        p.lastName = q.value(3).toString();
        p.firstName = q.value(4).toString();
        p.birthDate = birth;
        p.gender = gender;
        p.language = q.value(7).toString();
        p.email = q.value(8).toString();
        CHECK(RegisterRules::checkPerson(p).isEmpty());
    }
    CHECK(born2000 > 0);
    CHECK(bornBefore1970 > 0);
    CHECK(languages > people * 9 / 10);
    CHECK(lastNames.size() > 150); // names from many origins
    CHECK(lastNames.value(QStringLiteral("Peeters")) > 0);

    REQUIRE(q.exec(QStringLiteral("SELECT reference, reference_key, opened, closed FROM dossier ORDER BY id")));
    int closed = 0;
    QDate previous;
    while (q.next()) {
        const QString reference = q.value(0).toString();
        const QDate opened = dateOf(q.value(2));
        CHECK(reference.startsWith(QStringLiteral("D-%1-").arg(opened.year())));
        CHECK(reference.size() == 13);
        CHECK(q.value(1).toString() == searchKey(reference));
        CHECK(opened > kUntil.addYears(-10));
        CHECK(opened <= kUntil);
        CHECK(opened >= previous); // ids follow the order of opening
        previous = opened;
        if (!q.value(3).isNull()) {
            ++closed;
            CHECK(dateOf(q.value(3)) >= opened);
            CHECK(dateOf(q.value(3)) <= kUntil);
        }
    }
    CHECK(closed >= 500 * 20 / 100);
    CHECK(closed <= 500 * 40 / 100);
}

TEST_CASE("Demo trajectories obey the placement rules and look like a centre's", "[demo]")
{
    TempDatabase t;
    generate(*t.db, 500, 3);
    Database &db = *t.db;
    Trajectory trajectory(db);

    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, reference, opened, closed FROM dossier ORDER BY id")));
    int placements = 0, neverPlaced = 0, startInFacilitation = 0, article60Ended = 0, followedByPost = 0;
    int healthEquity = 0, comeBack = 0;
    while (q.next()) {
        DossierPeriod period;
        period.id = q.value(0).toLongLong();
        period.reference = q.value(1).toString();
        period.opened = dateOf(q.value(2));
        period.closed = dateOf(q.value(3));
        const QList<Placement> list = trajectory.placements(period.id);
        placements += int(list.size());
        if (list.isEmpty()) {
            ++neverPlaced;
            continue;
        }
        startInFacilitation += list.first().cell == Cell::Facilitation;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Placement &p = list.at(i);
            INFO(period.reference.toStdString() << " " << PlacementRules::describe(p).toStdString());
            CHECK(PlacementRules::check(list, i, period).isEmpty());
            if (i + 1 < list.size()) {
                REQUIRE(!p.isOpen()); // only the last one may be open
                CHECK(p.end < list.at(i + 1).start);
                comeBack += p.end.addDays(1) < list.at(i + 1).start;
            }
            // An outcome once ended, none before: open, or a contract whose end lies ahead.
            if (!p.isOpen() && p.end <= kUntil)
                CHECK(p.outcome.has_value());
            else
                CHECK(!p.outcome.has_value());
            healthEquity += p.cell == Cell::HealthEquity;
            if (p.cell == Cell::Article60 && !p.isOpen() && p.end < kUntil && (period.closed.isNull() || p.end < period.closed)) {
                ++article60Ended;
                followedByPost += i + 1 < list.size() && list.at(i + 1).cell == Cell::PostArticle60
                    && list.at(i + 1).start == p.end.addDays(1);
            }
        }
    }
    CHECK(placements > 500 * 4);
    CHECK(placements < 500 * 7);
    CHECK(neverPlaced > 0);
    CHECK(neverPlaced < 500 / 5);
    CHECK(startInFacilitation > (500 - neverPlaced) * 3 / 4);
    CHECK(healthEquity > 0);
    CHECK(comeBack > 0); // people drop out and come back
    REQUIRE(article60Ended > 20);
    CHECK(followedByPost > article60Ended * 3 / 4);
}

TEST_CASE("Demo data refuses a database that holds data", "[demo]")
{
    TempDatabase t;
    generate(*t.db, 20, 1);
    const QString before = dump(*t.db);
    const Status again = DemoGenerator::generate(*t.db, options(20, 2), {});
    REQUIRE(!again.ok());
    CHECK(again.error().contains(QStringLiteral("empty database")));
    CHECK(again.error().contains(QStringLiteral("20 dossier")));
    CHECK(dump(*t.db) == before);
}

TEST_CASE("Demo data needs the permission to import", "[demo]")
{
    TempDatabase t;
    Actor officer;
    officer.name = QStringLiteral("officer1");
    officer.displayName = QStringLiteral("Officer One");
    officer.role = Role::Officer;
    t.db->setActor(officer);
    const Status refused = DemoGenerator::generate(*t.db, options(20, 1), {});
    CHECK(!refused.ok());
    t.db->setActor(Actor::system(QStringLiteral("test")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM dossier")) == 0);

    t.db->clearActor();
    CHECK(!DemoGenerator::generate(*t.db, options(20, 1), {}).ok());
    t.db->setActor(Actor::system(QStringLiteral("test")));
    CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM dossier")) == 0);
}

TEST_CASE("Demo data: cancelling through the progress leaves the database empty", "[demo]")
{
    TempDatabase t;
    QList<int> seen;
    const Status s = DemoGenerator::generate(*t.db, options(300, 1), [&seen](int done, int total) {
        REQUIRE(total == 300);
        seen << done;
        return done < 150;
    });
    CHECK(!s.ok());
    CHECK(s.error().contains(QStringLiteral("cancelled")));
    CHECK(seen.first() == 0);
    CHECK(seen.last() >= 150);
    CHECK(seen.size() > 40); // about every 1 %
    for (const char *table : {"person", "dossier", "placement"})
        CHECK(scalar(*t.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);

    // The progress runs to the end when nothing cancels it.
    seen.clear();
    REQUIRE(DemoGenerator::generate(*t.db, options(300, 1), [&seen](int done, int) {
                seen << done;
                return true;
            }).ok());
    CHECK(seen.last() == 300);
}
