// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk CSV import is audited as one entry for the file (who, which file, its SHA-256, the
// counts, the ids it created), not one entry a row; refused and no-op imports record nothing;
// updates stay audited row by row; the subject-access export still finds the import.
#include "testsupport.h"

#include "domain/nationalnumber.h"
#include "interchange/dossiercsv.h"
#include "interchange/importaudit.h"
#include "interchange/placementcsv.h"
#include "privacy/subjectaccess.h"
#include "registry/registry.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

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

QList<qint64> ids(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table)));
    QList<qint64> list;
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}

// Every row of the tables an import touches, and the trail, as text.
QStringList dump(Database &db)
{
    QStringList lines;
    for (const char *table : {"person", "dossier", "placement", "audit_log", "audit_context"}) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
        while (q.next()) {
            QStringList values{QLatin1String(table)};
            for (int c = 0; c < q.record().count(); ++c)
                values << q.value(c).toString();
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QByteArray write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString number(int i)
{
    return NationalNumber::make(QDate(1980, 1, 1).addDays(i), 8); // even: a woman
}

// `n` dossiers D-1 … D-n, each of its own person, opened 2020-01-01.
QByteArray dossierFile(int n, const QString &phoneOfFirst = QString())
{
    QByteArray text("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed,phone\n");
    for (int i = 1; i <= n; ++i)
        text += QStringLiteral("D-%1,%2,Janssens,Lotte%1,,F,nl,leefloon,2020-01-01,,%3\n")
                    .arg(i)
                    .arg(number(i), i == 1 ? phoneOfFirst : QString())
                    .toUtf8();
    return text;
}

QJsonObject details(Database &db, const QString &entity)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'import' AND entity = '%1' ORDER BY id DESC")
                       .arg(entity)));
    REQUIRE(q.next());
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QJsonArray range(qint64 first, qint64 last)
{
    return QJsonArray{QJsonArray{first, last}};
}

} // namespace

TEST_CASE("A bulk import writes one audit entry naming the file, the count and the created records", "[importaudit]")
{
    TempDatabase t;
    const QString dossiers = t.file(QStringLiteral("dossiers.csv"));
    const QByteArray dossierSha = write(dossiers, dossierFile(5));
    const int before = count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log"));

    const auto report = DossierCsv::importFile(*t.db, dossiers, false);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    REQUIRE(report.created == 5);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before + 1);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")) == 0);
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, actor_kind, entity, entity_id, person_id FROM audit_log WHERE action = 'import'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("system:test"));
    CHECK(q.value(1).toString() == QStringLiteral("system"));
    CHECK(q.value(2).toString() == QStringLiteral("dossier"));
    CHECK(q.value(3).isNull());
    CHECK(q.value(4).isNull());

    QJsonObject d = details(*t.db, QStringLiteral("dossier"));
    CHECK(d.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(dossiers));
    CHECK(d.value(QStringLiteral("sha256")).toString().toLatin1() == dossierSha);
    CHECK(d.value(QStringLiteral("rows")).toInt() == 5);
    CHECK(d.value(QStringLiteral("created")).toInt() == 5);
    CHECK(d.value(QStringLiteral("updated")).toInt() == 0);
    const QList<qint64> people = ids(*t.db, QStringLiteral("person"));
    const QList<qint64> files = ids(*t.db, QStringLiteral("dossier"));
    REQUIRE(people.size() == 5);
    REQUIRE(files.size() == 5);
    CHECK(d.value(QStringLiteral("ids")).toObject().value(QStringLiteral("person")).toArray() == range(people.first(), people.last()));
    CHECK(d.value(QStringLiteral("ids")).toObject().value(QStringLiteral("dossier")).toArray() == range(files.first(), files.last()));
    const QString line = ImportAudit::describe(QString::fromUtf8(QJsonDocument(d).toJson()));
    CHECK(line.contains(QStringLiteral("dossiers.csv")));
    CHECK(line.contains(QStringLiteral("created 5")));
    CHECK(line.contains(QStringLiteral("dossier %1").arg(files.first())));

    // Placements: one entry too, with the placement ids.
    const QString placements = t.file(QStringLiteral("placements.csv"));
    QByteArray text("dossier,cell,start,end,officer,outcome\n");
    for (int i = 1; i <= 5; ++i)
        text += QStringLiteral("D-%1,facilitation,2020-02-01,2020-05-31,Sofie,moved_cell\nD-%1,work,2020-06-01,,Sofie,\n").arg(i).toUtf8();
    const QByteArray placementSha = write(placements, text);
    const auto second = PlacementCsv::importFile(*t.db, placements, false);
    INFO(second.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(second.ok());
    REQUIRE(second.created == 10);
    CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log")) == before + 2);
    d = details(*t.db, QStringLiteral("placement"));
    const QList<qint64> stays = ids(*t.db, QStringLiteral("placement"));
    REQUIRE(stays.size() == 10);
    CHECK(d.value(QStringLiteral("sha256")).toString().toLatin1() == placementSha);
    CHECK(d.value(QStringLiteral("created")).toInt() == 10);
    CHECK(d.value(QStringLiteral("ids")).toObject().value(QStringLiteral("placement")).toArray() == range(stays.first(), stays.last()));

    SECTION("re-importing both files changes nothing, the trail included")
    {
        const QStringList was = dump(*t.db);
        auto again = DossierCsv::importFile(*t.db, dossiers, false);
        REQUIRE(again.ok());
        CHECK(again.unchanged == 5);
        auto againPlacements = PlacementCsv::importFile(*t.db, placements, false);
        REQUIRE(againPlacements.ok());
        CHECK(againPlacements.unchanged == 10);
        CHECK(dump(*t.db) == was);
    }
    SECTION("a changed row is audited as an update of its own, and the import names it")
    {
        write(dossiers, dossierFile(5, QStringLiteral("0470 11 22 33")));
        auto changed = DossierCsv::importFile(*t.db, dossiers, false);
        REQUIRE(changed.ok());
        CHECK(changed.updated == 1);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'update' AND entity = 'person' "
                                          "AND person_id = %1").arg(people.first())) == 1);
        d = details(*t.db, QStringLiteral("dossier"));
        CHECK(d.value(QStringLiteral("updated")).toInt() == 1);
        CHECK(d.value(QStringLiteral("created")).toInt() == 0);
        CHECK(d.value(QStringLiteral("ids")).toObject().isEmpty());
    }
    SECTION("after an import, saving in the register is audited row by row again")
    {
        Person p;
        p.lastName = QStringLiteral("Peeters");
        p.firstName = QStringLiteral("Jan");
        p.nationalNumber = number(20);
        Dossier dossier;
        dossier.reference = QStringLiteral("D-99");
        dossier.opened = QDate(2021, 1, 1);
        REQUIRE(Registry(*t.db).save(p, dossier).ok());
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")) == 2);
        CHECK(count(*t.db, QStringLiteral("SELECT count(*) FROM audit_context WHERE bulk_import = 0 AND actor IS NULL")) == 1);
    }
    SECTION("the subject-access export says which import created the person's rows")
    {
        auto r = SubjectAccess::collect(*t.db, number(2));
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
        QJsonArray imports;
        for (const QJsonValue &e : r.value().value(QStringLiteral("audit_trail")).toArray()) {
            if (e.toObject().value(QStringLiteral("action")).toString() == QStringLiteral("import"))
                imports.append(e);
        }
        REQUIRE(imports.size() == 2); // the dossier file, then the placement file
        const QJsonObject first = imports[0].toObject().value(QStringLiteral("details")).toObject();
        CHECK(first.value(QStringLiteral("file")).toString() == QDir::toNativeSeparators(dossiers));
        CHECK(first.value(QStringLiteral("created")).toObject().value(QStringLiteral("person")).toArray()
              == QJsonArray{people.at(1)});
        CHECK(first.value(QStringLiteral("created")).toObject().value(QStringLiteral("dossier")).toArray()
              == QJsonArray{files.at(1)});
        const QJsonObject later = imports[1].toObject().value(QStringLiteral("details")).toObject();
        CHECK(later.value(QStringLiteral("created")).toObject().value(QStringLiteral("placement")).toArray().size() == 2);
        CHECK(imports[0].toObject().value(QStringLiteral("actor")).toString() == QStringLiteral("system:test"));
        // Another person's ids do not appear.
        CHECK_FALSE(QJsonDocument(r.value()).toJson().contains("Lotte3"));
    }
}

TEST_CASE("A failed bulk import writes no audit entry and changes nothing", "[importaudit]")
{
    TempDatabase t;
    const QString dossiers = t.file(QStringLiteral("dossiers.csv"));
    write(dossiers, dossierFile(3));
    REQUIRE(DossierCsv::importFile(*t.db, dossiers, false).ok());
    const QStringList was = dump(*t.db);

    SECTION("a refused dossier file")
    {
        write(dossiers, dossierFile(4) + "D-5,not-a-number,X,Y,,,nl,leefloon,2020-01-01,,\n");
        const auto report = DossierCsv::importFile(*t.db, dossiers, false);
        CHECK_FALSE(report.ok());
        CHECK(report.created == 0);
    }
    SECTION("a refused placement file")
    {
        const QString placements = t.file(QStringLiteral("placements.csv"));
        write(placements, "dossier,cell,start,end,officer,outcome\nD-1,work,2020-02-01,,,\nD-1,literacy,2020-03-01,,,\n");
        const auto report = PlacementCsv::importFile(*t.db, placements, false);
        CHECK_FALSE(report.ok());
        CHECK(report.errors.join(QString()).contains(QStringLiteral("overlaps")));
    }
    SECTION("a bulk transaction that does not record its import entry cannot commit")
    {
        Transaction tx(t.db->sql(), Transaction::Audit::BulkImport);
        REQUIRE(tx.active());
        QSqlQuery q(t.db->sql());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO person (national_number, last_name, first_name, last_key, first_key) "
                                      "VALUES ('%1', 'Stil', 'Ilse', 'stil', 'ilse')").arg(number(30))));
        const Status s = tx.commit();
        CHECK_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("not recorded in the audit trail")));
    }
    CHECK(dump(*t.db) == was);
}

TEST_CASE("The ids an import records are the ids of the rows it created, past one statement's rows", "[importaudit]")
{
    TempDatabase t;
    const QString dossiers = t.file(QStringLiteral("dossiers.csv"));
    write(dossiers, dossierFile(150)); // two statements of 64 rows and one of 22
    const auto report = DossierCsv::importFile(*t.db, dossiers, false);
    INFO(report.errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    const QList<qint64> people = ids(*t.db, QStringLiteral("person"));
    REQUIRE(people.size() == 150);
    const QJsonObject d = details(*t.db, QStringLiteral("dossier"));
    CHECK(d.value(QStringLiteral("ids")).toObject().value(QStringLiteral("person")).toArray() == range(people.first(), people.last()));
    CHECK(people.last() - people.first() == 149);
    // Each dossier belongs to the person of its own row.
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM dossier d JOIN person p ON p.id = d.person_id "
                                  "WHERE p.first_name = 'Lotte' || substr(d.reference, 3)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 150);
}
