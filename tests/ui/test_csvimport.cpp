// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import dossiers / placements: the core's all-or-nothing imports from the window.
#include "uitestsupport.h"

#include "domain/nationalnumber.h"
#include "mainwindow.h"
#include "registry/registry.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::ui;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("Importing dossiers and placements from the File menu", "[ui][import]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("import.sqlite")), {Database::Mode::CreateIfMissing, 1000});
    REQUIRE(opened.ok());
    MainWindow window;
    window.setDatabase(opened.take(), false);
    const QByteArray nn1 = NationalNumber::make(QDate(1985, 7, 30), 33).toUtf8();
    const QByteArray nn2 = NationalNumber::make(QDate(2001, 2, 3), 44).toUtf8();

    SECTION("a good file goes in and the list shows it")
    {
        const QString dossiers = writeFile(dir, QStringLiteral("dossiers.csv"),
            "reference;national_number;last_name;first_name;birth_date;gender;language;income_type;opened;closed\r\n"
            "D-1;" + nn1 + ";Peeters;Jan;;;nl;leefloon;2020-01-06;\r\n"
            "D-2;" + nn2 + ";\"Vandenbroucke; De Smedt\";Bénédicte;;F;fr;equivalent;2021-03-01;2022-12-31\r\n");
        const CsvImport::Outcome outcome = window.importCsv(CsvImport::Kind::Dossiers, dossiers, false);
        INFO(outcome.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(outcome.imported);
        CHECK(outcome.errors.isEmpty());
        CHECK(outcome.summary.contains(QStringLiteral("2 new")));
        CHECK(window.registry()->dossierCount() == 2);

        const QString placements = writeFile(dir, QStringLiteral("placements.csv"),
            "dossier,cell,start,end,officer,outcome\n"
            "D-1,facilitation,2020-01-06,2020-03-31,Sofie Claes,moved_cell\n"
            "D-1,work,2020-04-01,,Sofie Claes,\n");
        const CsvImport::Outcome second = window.importCsv(CsvImport::Kind::Placements, placements, false);
        CHECK(second.imported);
        const qint64 id = window.registry()->dossierByReference(QStringLiteral("D-1"))->id;
        CHECK(window.trajectory()->placements(id).size() == 2);
    }
    SECTION("a bad file writes nothing and names each bad line")
    {
        const QString dossiers = writeFile(dir, QStringLiteral("bad.csv"),
            "reference,national_number,last_name,first_name,birth_date,gender,language,income_type,opened,closed\n"
            "D-1," + nn1 + ",Peeters,Jan,,,nl,leefloon,2020-01-06,\n"
            "D-2,12345678901,Claes,An,,,nl,leefloon,2020-01-06,\n"
            "D-3," + nn2 + ",,Lotte,,,fr,leefloon,2020-13-01,\n");
        const CsvImport::Outcome outcome = window.importCsv(CsvImport::Kind::Dossiers, dossiers, false);
        CHECK_FALSE(outcome.imported);
        REQUIRE(outcome.errors.size() == 2);
        CHECK(outcome.errors.at(0).startsWith(dossiers + QStringLiteral(":3:")));
        CHECK(outcome.errors.at(1).startsWith(dossiers + QStringLiteral(":4:")));
        CHECK(outcome.summary.contains(QStringLiteral("Nothing was imported")));
        CHECK(window.registry()->dossierCount() == 0);
    }
}
