// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"
#include "interchange/dossiercsv.h"
#include "registry/registry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

// tests/data/dossiers/NAME: from PARCOURS_TEST_DATA (set by ctest), else beside this file.
QString fixture(const QString &name)
{
    const QString path = test::testDataFile(QStringLiteral("dossiers/") + name);
    INFO(path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    return path;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

int countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Every stored value of the register, ids included, in id order.
QStringList dump(Database &db)
{
    QStringList lines;
    for (const QString &table : {QStringLiteral("person"), QStringLiteral("dossier")}) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (q.next()) {
            QStringList values{table};
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

std::string joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

// The report, for the failure message.
std::string describe(const DossierCsv::ImportReport &r)
{
    return QStringLiteral("rows %1 created %2 updated %3 unchanged %4\nerrors:\n%5\nwarnings:\n%6")
        .arg(r.rows)
        .arg(r.created)
        .arg(r.updated)
        .arg(r.unchanged)
        .arg(r.errors.join(QLatin1Char('\n')), r.warnings.join(QLatin1Char('\n')))
        .toStdString();
}

const QByteArray kHeader = "reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed\n";

} // namespace

TEST_CASE("A comma-separated file is imported with every column in place", "[csvimport]")
{
    TempDatabase t;
    const auto report = DossierCsv::importFile(*t.db, fixture(QStringLiteral("good-comma.csv")), false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.rows == 4);
    CHECK(report.created == 4);
    CHECK(report.updated == 0);
    CHECK(report.unchanged == 0);
    CHECK(report.warnings.isEmpty());
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 4);
    CHECK(countOf(*t.db, QStringLiteral("person")) == 3); // Jan Peeters has two dossiers

    Registry reg(*t.db);
    const auto current = reg.dossierByReference(QStringLiteral("D-2021-0001"));
    const auto earlier = reg.dossierByReference(QStringLiteral("D-2019-0007"));
    REQUIRE(current);
    REQUIRE(earlier);
    CHECK(current->personId == earlier->personId);
    CHECK(current->opened == QDate(2021, 3, 1));
    CHECK(current->closed.isNull());
    CHECK(current->officer == QStringLiteral("Sofie Claes"));
    CHECK(earlier->closed == QDate(2020, 6, 30));
    const auto jan = reg.person(current->personId);
    REQUIRE(jan);
    CHECK(jan->nationalNumber == QStringLiteral("85073003328")); // written with separators in the file
    CHECK(jan->lastName == QStringLiteral("Peeters"));
    CHECK(jan->firstName == QStringLiteral("Jan"));
    CHECK(jan->birthDate == QDate(1985, 7, 30));
    CHECK(jan->gender == Gender::Male);
    CHECK(jan->language == QStringLiteral("nl"));
    CHECK(jan->phone == QStringLiteral("0470 12 34 56"));
    CHECK(jan->email == QStringLiteral("jan.peeters@example.be"));
    CHECK(jan->address == QStringLiteral("Rue de Ribaucourt 12, 1080 Molenbeek"));

    const auto fatima = reg.dossierByReference(QStringLiteral("D-2022-0144"));
    REQUIRE(fatima);
    CHECK(fatima->incomeType == IncomeType::Equivalent);
    CHECK(reg.person(fatima->personId)->gender == Gender::Female);

    // The search keys are filled, so the imported people are found like typed-in ones.
    Registry::Query query;
    query.text = QStringLiteral("benedicte vandenbroucke");
    const auto found = reg.search(query, 0, 10);
    REQUIRE(found.size() == 1);
    CHECK(found.first().reference == QStringLiteral("D-2023-0031"));
    CHECK(found.first().firstName == QStringLiteral("Bénédicte"));
    query.text = QStringLiteral("d2019");
    CHECK(reg.count(query) == 1);
}

TEST_CASE("A semicolon file with its columns in another order is imported", "[csvimport]")
{
    TempDatabase t;
    const auto report = DossierCsv::importFile(*t.db, fixture(QStringLiteral("good-semicolon.csv")), false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.created == 2);
    Registry reg(*t.db);
    const auto luc = reg.dossierByReference(QStringLiteral("D-2018-0099"));
    REQUIRE(luc);
    CHECK(luc->incomeType == IncomeType::Equivalent);
    CHECK(luc->closed == QDate(2022, 12, 31));
    const auto person = reg.person(luc->personId);
    REQUIRE(person);
    CHECK(person->lastName == QStringLiteral("Janssens"));
    CHECK(person->firstName == QStringLiteral("Luc"));
    CHECK(person->nationalNumber == QStringLiteral("69123100120"));
    CHECK(person->phone.isEmpty()); // optional columns left out
}

TEST_CASE("A UTF-8 file with a byte order mark is imported with its accents", "[csvimport]")
{
    TempDatabase t;
    const QString path = fixture(QStringLiteral("bom.csv"));
    REQUIRE(readBytes(path).startsWith("\xEF\xBB\xBF"));
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.warnings.isEmpty());
    Registry reg(*t.db);
    const auto d = reg.dossierByReference(QStringLiteral("D-2024-0001")); // the first column, right after the BOM
    REQUIRE(d);
    const auto p = reg.person(d->personId);
    CHECK(p->lastName == QStringLiteral("Müller"));
    CHECK(p->firstName == QStringLiteral("Zoë"));
    CHECK(p->language == QStringLiteral("other"));
}

TEST_CASE("Quoted fields keep their semicolons and doubled quotes", "[csvimport]")
{
    TempDatabase t;
    const auto report = DossierCsv::importFile(*t.db, fixture(QStringLiteral("quoted.csv")), false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.created == 2);
    Registry reg(*t.db);
    const auto jp = reg.dossierByReference(QStringLiteral("D-2021-0100"));
    REQUIRE(jp);
    CHECK(jp->officer == QStringLiteral("Claes; Sofie"));
    const auto p = reg.person(jp->personId);
    CHECK(p->lastName == QStringLiteral("D\"Hondt; Van Damme"));
    CHECK(p->firstName == QStringLiteral("Jean-Pierre \"JP\""));
    const auto anne = reg.dossierByReference(QStringLiteral("D-2021-0101"));
    REQUIRE(anne);
    CHECK(reg.person(anne->personId)->firstName == QStringLiteral("Anne; Marie"));
    CHECK(reg.person(anne->personId)->lastName == QStringLiteral("O'Neill"));
}

TEST_CASE("A Windows-1252 file is imported with its accents and a warning", "[csvimport]")
{
    TempDatabase t;
    const QString path = t.file(QStringLiteral("excel-ansi.csv"));
    writeBytes(path, "reference;national_number;last_name;first_name;birth_date;gender;language;income_type;opened;closed\r\n"
                     "D-2024-0200;90010100222;Dupr\xE9;Ren\xE9" "e;1990-01-01;F;fr;leefloon;2024-01-08;\r\n");
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.created == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().contains(QStringLiteral("Windows-1252")));
    CHECK(report.warnings.first().startsWith(path));
    Registry reg(*t.db);
    const auto d = reg.dossierByReference(QStringLiteral("D-2024-0200"));
    REQUIRE(d);
    CHECK(reg.person(d->personId)->lastName == QStringLiteral("Dupré"));
    CHECK(reg.person(d->personId)->firstName == QStringLiteral("Renée"));
}

TEST_CASE("A file with bad rows is refused whole, each bad row named by its line", "[csvimport]")
{
    TempDatabase t;
    const QString path = fixture(QStringLiteral("bad.csv"));
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    CHECK_FALSE(report.ok());
    CHECK(report.rows == 6);
    CHECK(report.created == 0);
    REQUIRE(report.errors.size() == 3);
    const QString shown = QDir::toNativeSeparators(path);
    CHECK(report.errors.at(0).startsWith(shown + QStringLiteral(":3: national_number \"92021412445\": ")));
    CHECK(report.errors.at(1).startsWith(shown + QStringLiteral(":5: last_name \"\": ")));
    CHECK(report.errors.at(2).startsWith(shown + QStringLiteral(":6: opened \"05/01/2024\": ")));
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);
    CHECK(countOf(*t.db, QStringLiteral("person")) == 0); // not even the good rows 2, 4 and 7
}

TEST_CASE("Rows that contradict each other or their national number are refused", "[csvimport]")
{
    TempDatabase t;
    const QString path = t.file(QStringLiteral("contradictions.csv"));
    writeBytes(path, kHeader
                         + "D-1,85073003328,Peeters,Jan,1985-07-30,M,nl,leefloon,2021-03-01,\n"           // 2
                           "D-1,92021412444,Benali,Fatima,1992-02-14,F,fr,leefloon,2021-03-02,\n"        // 3: reference again
                           "D-3,78110305716,El Amrani,Mohamed,1978-11-03,M,fr,leefloon,2021-03-03,\n"    // 4
                           "D-4,78110305716,Janssens,Luc,1978-11-03,M,fr,leefloon,2021-03-04,\n"         // 5: same number, other name
                           "D-5,69123100120,Janssens,Luc,1969-12-30,M,nl,leefloon,2021-03-05,\n"         // 6: birth date disagrees
                           "D-6,90010100222,Maes,An,1990-01-01,F,nl,ris,2021-03-06,\n"                   // 7: income type
                           "D-7,01052021249,Maes,Els,2001-05-20,F,nl,leefloon,2021-03-07,2021-01-01\n"   // 8: closed before opened
                           "D-8,03030309822,Maes,Ine\n"                                                 // 9: too few fields
                           "D-9,88080808131,Wouters,Tom,1988-08-08,X,nl,leefloon,2021-03-09,\n"          // 10: gender X = unknown: fine
                           "D-10,88080808131,Wouters,Tom,1988-08-08,Q,nl,leefloon,2021-03-10,\n");       // 11: gender Q
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    REQUIRE(report.errors.size() == 7);
    const auto line = [&](int n) -> QString { return path + QLatin1Char(':') + QString::number(n) + QStringLiteral(": "); };
    CHECK(report.errors.at(0).startsWith(line(3) + QStringLiteral("reference \"D-1\": ")));
    CHECK(report.errors.at(0).contains(QStringLiteral("line 2")));
    CHECK(report.errors.at(1).startsWith(line(5) + QStringLiteral("national_number \"78110305716\": ")));
    CHECK(report.errors.at(1).contains(QStringLiteral("line 4")));
    CHECK(report.errors.at(2).startsWith(line(6) + QStringLiteral("national_number \"69123100120\": ")));
    CHECK(report.errors.at(3).startsWith(line(7) + QStringLiteral("income_type \"ris\": ")));
    CHECK(report.errors.at(4).startsWith(line(8) + QStringLiteral("closed \"2021-01-01\": ")));
    CHECK(report.errors.at(5).startsWith(line(9)));
    CHECK(report.errors.at(6).startsWith(line(11) + QStringLiteral("gender \"Q\": ")));
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);
}

TEST_CASE("Importing the same file twice changes nothing the second time", "[csvimport]")
{
    TempDatabase t;
    const QString path = fixture(QStringLiteral("good-comma.csv"));
    REQUIRE(DossierCsv::importFile(*t.db, path, false).ok());
    const QStringList before = dump(*t.db);

    const auto again = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(again));
    REQUIRE(again.ok());
    CHECK(again.rows == 4);
    CHECK(again.unchanged == 4);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    const QStringList after = dump(*t.db);
    INFO(joined(before) << "\n---\n" << joined(after));
    CHECK(after == before);
}

TEST_CASE("A changed row updates its dossier and its person; a new row is added", "[csvimport]")
{
    TempDatabase t;
    REQUIRE(DossierCsv::importFile(*t.db, fixture(QStringLiteral("good-comma.csv")), false).ok());
    Registry reg(*t.db);
    const qint64 dossierId = reg.dossierByReference(QStringLiteral("D-2021-0001"))->id;
    const qint64 fatimaId = reg.dossierByReference(QStringLiteral("D-2022-0144"))->personId;

    QByteArray text = readBytes(fixture(QStringLiteral("good-comma.csv")));
    text.replace("2021-03-01,,Sofie Claes", "2021-03-01,2024-02-29,Sofie Claes");
    text.replace("Benali,Fatima", "Benali-Haddad,Fatima");
    text += "D-2024-0300,90010100222,Maes,An,1990-01-01,F,nl,leefloon,2024-03-01,,,,,\n";
    const QString changed = t.file(QStringLiteral("changed.csv"));
    writeBytes(changed, text);

    const auto report = DossierCsv::importFile(*t.db, changed, false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.rows == 5);
    CHECK(report.created == 1);
    CHECK(report.updated == 2);
    CHECK(report.unchanged == 2);

    const auto d = reg.dossierByReference(QStringLiteral("D-2021-0001"));
    CHECK(d->id == dossierId);
    CHECK(d->closed == QDate(2024, 2, 29));
    const auto fatima = reg.person(fatimaId);
    CHECK(fatima->lastName == QStringLiteral("Benali-Haddad"));
    Registry::Query query;
    query.text = QStringLiteral("benali-had");
    CHECK(reg.count(query) == 1); // the search key followed the name
    CHECK(countOf(*t.db, QStringLiteral("person")) == 4);
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 5);
}

TEST_CASE("A dry run checks and counts but writes nothing", "[csvimport]")
{
    TempDatabase t;
    const QString path = fixture(QStringLiteral("good-comma.csv"));
    const auto dry = DossierCsv::importFile(*t.db, path, true);
    INFO(describe(dry));
    REQUIRE(dry.ok());
    CHECK(dry.created == 4);
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);
    CHECK(countOf(*t.db, QStringLiteral("person")) == 0);

    REQUIRE(DossierCsv::importFile(*t.db, path, false).ok());
    const QStringList before = dump(*t.db);
    QByteArray text = readBytes(path);
    text.replace("Benali,Fatima", "Benali-Haddad,Fatima");
    const QString changed = t.file(QStringLiteral("changed.csv"));
    writeBytes(changed, text);
    const auto dryUpdate = DossierCsv::importFile(*t.db, changed, true);
    CHECK(dryUpdate.updated == 1);
    CHECK(dryUpdate.unchanged == 3);
    CHECK(dump(*t.db) == before);

    const auto dryBad = DossierCsv::importFile(*t.db, fixture(QStringLiteral("bad.csv")), true);
    CHECK(dryBad.errors.size() == 3);
    CHECK(dump(*t.db) == before);
}

TEST_CASE("A missing required column is named and nothing is read", "[csvimport]")
{
    TempDatabase t;
    const QString path = t.file(QStringLiteral("no-income.csv"));
    writeBytes(path, "reference,national_number,last_name,first_name,birth_date,gender,language,opened,closed,remarks\n"
                     "D-1,85073003328,Peeters,Jan,1985-07-30,M,nl,2021-03-01,,first contact\n");
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().startsWith(path + QStringLiteral(": ")));
    CHECK(report.errors.first().contains(QStringLiteral("\"income_type\"")));
    CHECK(report.warnings.size() == 1); // "remarks" is not known
    CHECK(report.warnings.first().contains(QStringLiteral("remarks")));
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);
}

TEST_CASE("An exported file imports back unchanged", "[csvimport]")
{
    TempDatabase t;
    for (const char *name : {"good-comma.csv", "good-semicolon.csv", "bom.csv", "quoted.csv"})
        REQUIRE(DossierCsv::importFile(*t.db, fixture(QString::fromLatin1(name)), false).ok());
    const QStringList before = dump(*t.db);

    const QString exported = t.file(QStringLiteral("export.csv"));
    const Status s = DossierCsv::exportFile(*t.db, exported);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    const QByteArray bytes = readBytes(exported);
#ifdef Q_OS_UNIX
    CHECK_FALSE(QFile::permissions(exported) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)); // personal data
#endif
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.startsWith("reference,national_number,last_name,first_name,birth_date,gender,language,income_type,"
                           "opened,closed,officer,phone,email,address\n"));
    CHECK(bytes.contains("\nD-2021-0001,85073003328,Peeters,Jan,1985-07-30,M,nl,leefloon,2021-03-01,,Sofie Claes,"
                         "0470 12 34 56,jan.peeters@example.be,\"Rue de Ribaucourt 12, 1080 Molenbeek\"\n"));
    CHECK(bytes.contains(QStringLiteral("Müller,Zoë").toUtf8()));
    CHECK(bytes.count('\n') == 10);

    const auto again = DossierCsv::importFile(*t.db, exported, false);
    INFO(describe(again));
    REQUIRE(again.ok());
    CHECK(again.unchanged == 9);
    CHECK(dump(*t.db) == before);

    // Into an empty register: the same dossiers, written out the same, byte for byte.
    TempDatabase other;
    const auto fresh = DossierCsv::importFile(*other.db, exported, false);
    REQUIRE(fresh.ok());
    CHECK(fresh.created == 9);
    const QString second = other.file(QStringLiteral("export.csv"));
    REQUIRE(DossierCsv::exportFile(*other.db, second).ok());
    CHECK(readBytes(second) == bytes);
}

TEST_CASE("An export to a folder that does not exist fails and leaves nothing", "[csvimport]")
{
    TempDatabase t;
    REQUIRE(DossierCsv::importFile(*t.db, fixture(QStringLiteral("good-comma.csv")), false).ok());
    const QString folder = t.file(QStringLiteral("missing"));
    const Status s = DossierCsv::exportFile(*t.db, folder + QStringLiteral("/out.csv"));
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("out.csv")));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden).filter(QStringLiteral(".csv")).isEmpty());
}

TEST_CASE("An export replaces an earlier file of that name whole", "[csvimport]")
{
    TempDatabase t;
    const QString path = t.file(QStringLiteral("out.csv"));
    writeBytes(path, QByteArray(5000, 'x'));
    REQUIRE(DossierCsv::importFile(*t.db, fixture(QStringLiteral("bom.csv")), false).ok());
    REQUIRE(DossierCsv::exportFile(*t.db, path).ok());
    const QByteArray bytes = readBytes(path);
    CHECK(bytes.count('\n') == 2);
    CHECK(bytes.startsWith("reference,"));
    CHECK(bytes.endsWith("2024-01-08,,,,,\n")); // nothing of the longer earlier file is left
}

TEST_CASE("Import progress climbs to its total", "[csvimport]")
{
    TempDatabase t;
    QByteArray text = kHeader;
    for (int i = 0; i < 300; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i * 37);
        text += QStringLiteral("P-%1,%2,Name%1,First,%3,M,nl,leefloon,2020-01-01,\n")
                    .arg(i)
                    .arg(NationalNumber::make(birth, 1), birth.toString(Qt::ISODate))
                    .toUtf8();
    }
    const QString path = t.file(QStringLiteral("many.csv"));
    writeBytes(path, text);
    QList<QPair<int, int>> calls;
    const auto report = DossierCsv::importFile(*t.db, path, false, [&calls](int done, int total) { calls.append({done, total}); });
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.created == 300);
    REQUIRE(calls.size() >= 50);
    CHECK(calls.size() <= 210);
    CHECK(calls.last() == qMakePair(600, 600));
    for (qsizetype i = 1; i < calls.size(); ++i)
        CHECK(calls.at(i).first >= calls.at(i - 1).first);
}

TEST_CASE("A person on several rows is stored once; differing details are warned about", "[csvimport]")
{
    TempDatabase t;
    const QString path = t.file(QStringLiteral("twice.csv"));
    writeBytes(path, "reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed,phone\n"
                     "D-1,85073003328,Peeters,Jan,1985-07-30,M,nl,leefloon,2019-01-15,2020-06-30,0470 11 11 11\n"
                     "D-2,85.07.30-033.28,PEETERS,Jan,1985-07-30,M,nl,leefloon,2021-03-01,,0470 22 22 22\n");
    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.created == 2);
    CHECK(countOf(*t.db, QStringLiteral("person")) == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().startsWith(path + QStringLiteral(":3: ")));
    CHECK(report.warnings.first().contains(QStringLiteral("phone")));
    Registry reg(*t.db);
    const auto jan = reg.person(reg.dossierByReference(QStringLiteral("D-2"))->personId);
    CHECK(jan->lastName == QStringLiteral("Peeters")); // the first row's values
    CHECK(jan->phone == QStringLiteral("0470 11 11 11"));

    // Imported again: nothing to do, although the rows still differ.
    const auto again = DossierCsv::importFile(*t.db, path, false);
    CHECK(again.unchanged == 2);
}

TEST_CASE("A dossier whose national number changed moves to that person, with a warning", "[csvimport]")
{
    TempDatabase t;
    const QString first = t.file(QStringLiteral("first.csv"));
    writeBytes(first, kHeader + "D-1,85073003328,Peeters,Jan,1985-07-30,M,nl,leefloon,2021-03-01,\n");
    REQUIRE(DossierCsv::importFile(*t.db, first, false).ok());
    const QString corrected = t.file(QStringLiteral("corrected.csv"));
    writeBytes(corrected, kHeader + "D-1,78110305716,El Amrani,Mohamed,1978-11-03,M,fr,leefloon,2021-03-01,\n");
    const auto report = DossierCsv::importFile(*t.db, corrected, false);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.updated == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.first().contains(QStringLiteral("78.11.03-057.16")));
    Registry reg(*t.db);
    const auto d = reg.dossierByReference(QStringLiteral("D-1"));
    CHECK(reg.person(d->personId)->lastName == QStringLiteral("El Amrani"));
    CHECK(countOf(*t.db, QStringLiteral("person")) == 2); // Jan Peeters stays in the register
}

TEST_CASE("A file that cannot be read is one error naming it", "[csvimport]")
{
    TempDatabase t;
    const QString missing = t.file(QStringLiteral("nowhere.csv"));
    auto report = DossierCsv::importFile(*t.db, missing, false);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().contains(QStringLiteral("nowhere.csv")));

    const QString unterminated = t.file(QStringLiteral("unterminated.csv"));
    writeBytes(unterminated, kHeader + "D-1,85073003328,\"Peeters,Jan,1985-07-30,M,nl,leefloon,2021-03-01,\n");
    report = DossierCsv::importFile(*t.db, unterminated, false);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().contains(QStringLiteral("unterminated.csv")));
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);

    const QString headerOnly = t.file(QStringLiteral("empty.csv"));
    writeBytes(headerOnly, kHeader);
    report = DossierCsv::importFile(*t.db, headerOnly, false);
    CHECK(report.ok());
    CHECK(report.rows == 0);
}

TEST_CASE("A large file's refusals come in line order, duplicates named across thousands of lines",
          "[csvimport]")
{
    // 6,000 rows, bad ones near the start and near the end, duplicates thousands of lines apart.
    TempDatabase t;
    QByteArray csv = kHeader;
    QStringList numbers;
    for (int i = 0; i < 6000; ++i) {
        const QDate birth = QDate(1960, 1, 1).addDays(i % 9000);
        const QString nn = NationalNumber::make(birth, 2 + 2 * (i / 9000) + (i % 2));
        numbers << nn;
        QByteArray row = "R-" + QByteArray::number(i) + ',' + nn.toLatin1() + ",Name" + QByteArray::number(i) + ",Ann,"
            + birth.toString(Qt::ISODate).toLatin1() + ',' + (i % 2 ? "M" : "F") + ",nl,leefloon,2020-01-01,\n"; // odd serial: a man
        if (i == 10) // line 12: a gender that is no code (near the start)
            row.replace(",F,nl,", ",Q,nl,");
        if (i == 20) // line 22: too few fields (near the start)
            row = "R-20," + nn.toLatin1() + ",Name20\n";
        if (i == 3500) // line 3502: the reference of line 2 again (far on)
            row.replace("R-3500,", "R-0,");
        if (i == 4000) // line 4002: the national number of line 102, another name (far on)
            row = "R-4000," + numbers.at(100).toLatin1() + ",Other,Bob,,,nl,leefloon,2020-01-01,\n";
        if (i == 5999) // line 6001: too few fields (the last row)
            row = "R-5999\n";
        csv += row;
    }
    // Line 6002: the person of line 103 again, with a language that differs: a warning only.
    const QDate birth103 = QDate(1960, 1, 1).addDays(101);
    csv += "R-EXTRA," + numbers.at(101).toLatin1() + ",Name101,Ann," + birth103.toString(Qt::ISODate).toLatin1()
        + ",M,fr,leefloon,2020-01-01,\n";
    const QString path = t.file(QStringLiteral("large.csv"));
    writeBytes(path, csv);

    const auto report = DossierCsv::importFile(*t.db, path, false);
    INFO(describe(report));
    CHECK(report.rows == 6001);
    const auto line = [&](int n) -> QString { return path + QLatin1Char(':') + QString::number(n) + QStringLiteral(": "); };
    REQUIRE(report.errors.size() == 5);
    CHECK(report.errors.at(0).startsWith(line(12) + QStringLiteral("gender \"Q\": ")));
    CHECK(report.errors.at(1).startsWith(line(22) + QStringLiteral("the row has 3 fields")));
    CHECK(report.errors.at(2).startsWith(line(3502) + QStringLiteral("reference \"R-0\": ")));
    CHECK(report.errors.at(2).contains(QStringLiteral("line 2")));
    CHECK(report.errors.at(3).startsWith(line(4002) + QStringLiteral("national_number \"") + numbers.at(100)));
    CHECK(report.errors.at(3).contains(QStringLiteral("line 102")));
    CHECK(report.errors.at(4).startsWith(line(6001) + QStringLiteral("the row has 1 fields")));
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.at(0).startsWith(line(6002)));
    CHECK(report.warnings.at(0).contains(QStringLiteral("line 103")));
    CHECK(countOf(*t.db, QStringLiteral("dossier")) == 0);

    SECTION("without the refused rows, the file goes in whole")
    {
        QList<QByteArray> lines = csv.split('\n');
        for (const int n : {6001, 4002, 3502, 22, 12}) // 1-based lines, last first
            lines.removeAt(n - 1);
        writeBytes(path, lines.join('\n'));
        const auto good = DossierCsv::importFile(*t.db, path, false);
        INFO(describe(good));
        REQUIRE(good.ok());
        CHECK(good.created == 5996);
        CHECK(countOf(*t.db, QStringLiteral("dossier")) == 5996);
    }
}
