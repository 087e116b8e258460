// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload page (who is in which cell on a day) and the demo data button.
#include "caseloadmodel.h"
#include "caseloadview.h"
#include "dossierlistview.h"
#include "dossierwindow.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "placementmodel.h"
#include "trajectorytestsupport.h"
#include "trajectoryview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

// Five dossiers; on 15 April 2024:
//   Aerts      Literacy since 1 January 2024 (Nathalie Lemaire)
//   Bah        Work 1 February – 31 May 2024 (Pieter De Wolf)
//   Claes      Literacy since 1 March 2024 (Pieter De Wolf)
//   Dupont     Work since 1 April 2024, dossier closed 30 April 2024 (no officer)
//   Evers      nothing yet: placed from 1 May 2024 (Nathalie Lemaire)
struct Centre
{
    UiDatabase t;
    Trajectory trajectory{*t.db};
    qint64 aerts = 0, bah = 0, claes = 0, dupont = 0, evers = 0;

    Centre()
    {
        const QDate opened(2023, 12, 1);
        aerts = addDossier(*t.registry, QStringLiteral("Aerts"), QStringLiteral("Ilse"), QStringLiteral("D-2023-0001"), opened, {}, 102);
        bah = addDossier(*t.registry, QStringLiteral("Bah"), QStringLiteral("Aïssatou"), QStringLiteral("D-2023-0002"), opened, {}, 104);
        claes = addDossier(*t.registry, QStringLiteral("Claes"), QStringLiteral("Jolien"), QStringLiteral("D-2023-0003"), opened, {}, 106);
        dupont = addDossier(*t.registry, QStringLiteral("Dupont"), QStringLiteral("Jean"), QStringLiteral("D-2023-0004"), opened,
                            QDate(2024, 4, 30), 107);
        evers = addDossier(*t.registry, QStringLiteral("Evers"), QStringLiteral("Tom"), QStringLiteral("D-2023-0005"), opened, {}, 109);
        const QString nathalie = QStringLiteral("Nathalie Lemaire");
        const QString pieter = QStringLiteral("Pieter De Wolf");
        addPlacement(trajectory, aerts, Cell::Literacy, QDate(2024, 1, 1), {}, nathalie);
        addPlacement(trajectory, bah, Cell::Work, QDate(2024, 2, 1), QDate(2024, 5, 31), pieter, Outcome::Job);
        addPlacement(trajectory, claes, Cell::Facilitation, QDate(2023, 12, 4), QDate(2024, 2, 29), nathalie, Outcome::MovedCell);
        addPlacement(trajectory, claes, Cell::Literacy, QDate(2024, 3, 1), {}, pieter);
        addPlacement(trajectory, dupont, Cell::Work, QDate(2024, 4, 1), QDate(2024, 4, 30), {}, Outcome::IncomeEnded);
        addPlacement(trajectory, evers, Cell::HealthEquity, QDate(2024, 5, 1), {}, nathalie);
    }
};

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, CaseloadModel::Name).data().toString();
    return out;
}

QString cellOf(const QAbstractItemModel &model, int row)
{
    return model.index(row, CaseloadModel::CellColumn).data().toString();
}

} // namespace

TEST_CASE("The caseload shows who is in a cell on the day, and filters by cell and officer", "[ui][caseload]")
{
    Centre c;
    CaseloadView view;
    view.setTrajectory(&c.trajectory);
    view.setDay(QDate(2024, 4, 15));
    view.resize(1100, 600);
    view.show();
    CaseloadModel *model = view.model();
    QTableView *table = child<QTableView>(&view, "caseloadTable");
    REQUIRE(table->model() == model);

    // In the core's order: by cell (trajectory order), then by name.
    REQUIRE(names(*model) == QStringList({QStringLiteral("Aerts, Ilse"), QStringLiteral("Claes, Jolien"), QStringLiteral("Bah, Aïssatou"),
                                          QStringLiteral("Dupont, Jean")}));
    CHECK(cellOf(*model, 0) == QStringLiteral("Literacy"));
    CHECK(cellOf(*model, 2) == QStringLiteral("Work"));
    CHECK(model->index(0, CaseloadModel::Reference).data().toString() == QStringLiteral("D-2023-0001"));
    CHECK(model->index(0, CaseloadModel::Since).data().toString() == QStringLiteral("01/01/2024"));
    CHECK(model->index(0, CaseloadModel::Days).data().toString() == QStringLiteral("105"));
    CHECK(model->index(0, CaseloadModel::Officer).data().toString() == QStringLiteral("Nathalie Lemaire"));
    CHECK(model->index(0, 0).data(CaseloadModel::DossierIdRole).toLongLong() == c.aerts);
    const QString summary = child<QLabel>(&view, "caseloadSummary")->text();
    CHECK(summary.contains(QStringLiteral("On 15/04/2024, 4 people are in a cell")));
    CHECK(summary.contains(QStringLiteral("Literacy\u00a02")));
    CHECK(summary.contains(QStringLiteral("Work\u00a02")));

    // The officers found on the day, and "no officer" for Dupont's placement.
    auto *officers = child<QComboBox>(&view, "caseloadOfficerFilter");
    QStringList offered;
    for (int i = 0; i < officers->count(); ++i)
        offered << officers->itemText(i);
    CHECK(offered == QStringList({QStringLiteral("All officers"), QStringLiteral("(no officer recorded)"),
                                  QStringLiteral("Nathalie Lemaire"), QStringLiteral("Pieter De Wolf")}));

    auto *cells = child<QComboBox>(&view, "caseloadCellFilter");
    REQUIRE(cells->count() == 1 + kCellCount);
    cells->setCurrentIndex(cells->findData(int(Cell::Literacy)));
    CHECK(names(*model) == QStringList({QStringLiteral("Aerts, Ilse"), QStringLiteral("Claes, Jolien")}));
    officers->setCurrentIndex(officers->findText(QStringLiteral("Pieter De Wolf")));
    CHECK(names(*model) == QStringList({QStringLiteral("Claes, Jolien")}));
    CHECK(child<QLabel>(&view, "caseloadSummary")->text().contains(QStringLiteral("Pieter De Wolf follows 2 people")));
    view.setCellFilter(std::nullopt);
    CHECK(names(*model) == QStringList({QStringLiteral("Claes, Jolien"), QStringLiteral("Bah, Aïssatou")}));
    view.setOfficerFilter(QString()); // placements without an officer
    CHECK(names(*model) == QStringList({QStringLiteral("Dupont, Jean")}));
    view.setOfficerFilter(std::nullopt);

    // Another day: Bah's placement ended, Dupont's dossier closed, Evers was exempted.
    auto *day = child<QLineEdit>(&view, "caseloadDay");
    day->clear();
    QTest::keyClicks(day, QStringLiteral("15/06/2024"));
    QTest::keyClick(day, Qt::Key_Return);
    CHECK(view.day() == QDate(2024, 6, 15));
    CHECK(names(*model) == QStringList({QStringLiteral("Aerts, Ilse"), QStringLiteral("Claes, Jolien"), QStringLiteral("Evers, Tom")}));
    CHECK(cellOf(*model, 2) == QStringLiteral("Health / equity"));

    // A day before anyone was placed: an empty state, not an empty table.
    view.setDay(QDate(2023, 12, 2));
    CHECK(model->rowCount() == 0);
    CHECK(child<QLabel>(&view, "caseloadEmpty")->isVisible());
    CHECK(child<QLabel>(&view, "caseloadEmpty")->text() == QStringLiteral("Nobody is in a cell on 02/12/2023."));
    QTest::mouseClick(child<QPushButton>(&view, "caseloadTodayButton"), Qt::LeftButton);
    CHECK(view.day() == QDate::currentDate());
}

TEST_CASE("The caseload model passes QAbstractItemModelTester while filtering and sorting", "[ui][caseload][model]")
{
    Centre c;
    const QList<Trajectory::CaseloadRow> rows = c.trajectory.caseload(QDate(2024, 4, 15));
    REQUIRE(rows.size() == 4);
    CaseloadModel model;
    {
        ModelCheck check(&model);
        model.setRows(rows, QDate(2024, 4, 15));
        model.setFilter(Cell::Work, std::nullopt);
        CHECK(model.rowCount() == 2);
        model.sort(CaseloadModel::Days, Qt::DescendingOrder);
        CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Bah, Aïssatou"));
        model.setFilter(std::nullopt, std::nullopt);
        model.sort(CaseloadModel::Name, Qt::AscendingOrder);
        CHECK(names(model) == QStringList({QStringLiteral("Aerts, Ilse"), QStringLiteral("Bah, Aïssatou"), QStringLiteral("Claes, Jolien"),
                                           QStringLiteral("Dupont, Jean")}));
        model.sort(CaseloadModel::Since, Qt::DescendingOrder);
        CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Dupont, Jean"));
        const std::array<int, kCellCount> counts = model.countsPerCell();
        CHECK(counts[size_t(Cell::Literacy)] == 2);
        CHECK(counts[size_t(Cell::Work)] == 2);
        CHECK(counts[size_t(Cell::Facilitation)] == 0);
        model.setFilter(std::nullopt, QStringLiteral("Nobody"));
        CHECK(model.rowCount() == 0);
        model.setRows({}, QDate(2024, 4, 16));
    }
    INFO(ModelCheck::warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(ModelCheck::warnings().isEmpty());
}

TEST_CASE("Double-clicking a person in the caseload opens their dossier's trajectory", "[ui][caseload]")
{
    Centre c;
    MainWindow window;
    window.setDatabase(std::move(c.t.db), false);
    window.show();
    window.showPage(MainWindow::Page::Trajectory);
    CaseloadView *view = window.caseloadView();
    REQUIRE(view->isVisible());
    view->setDay(QDate(2024, 4, 15));
    QSignalSpy requested(view, &CaseloadView::openDossierRequested);
    QTableView *table = view->table();
    const QModelIndex claes = view->model()->index(1, CaseloadModel::Name);
    REQUIRE(claes.data().toString() == QStringLiteral("Claes, Jolien"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(claes).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(claes).center());
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toLongLong() == c.claes);
    auto *dossier = window.findChild<DossierWindow *>();
    REQUIRE(dossier != nullptr);
    CHECK(dossier->dossierId() == c.claes);
    CHECK(dossier->trajectoryView()->model()->rowCount() == 2);

    // A change in the dossier shows in the caseload when it is saved.
    dossier->trajectoryView()->setConfirmPrompt([](const QString &) { return true; });
    dossier->trajectoryView()->selectPlacement(dossier->trajectoryView()->model()->placements().last().id);
    REQUIRE(dossier->trajectoryView()->removePlacement());
    CHECK(view->model()->rowCount() == 3);
    dossier->reject();
    window.setDatabase(nullptr, false);
}

TEST_CASE("Fill with demo data: on an empty database, with progress, and cancellable", "[ui][demo]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), {Database::Mode::CreateIfMissing, 2000});
    REQUIRE(opened.ok());
    MainWindow window;
    window.setDatabase(opened.take(), false);
    window.show();
    auto *button = child<QPushButton>(&window, "demoDataButton");
    REQUIRE(button->isVisible());

    SECTION("Cancelled: nothing is written and the register stays empty")
    {
        window.setDemoCountPrompt([] { return std::optional<int>(300); });
        // Cancel as soon as the progress dialog processes events.
        QTimer::singleShot(0, &window, [&window] {
            if (auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress")))
                progress->cancel();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(window.dossierView()->totalDossiers() == 0);
        CHECK(child<QWidget>(&window, "emptyState")->isVisible());
        CHECK(window.messageBar()->text().contains(QStringLiteral("cancelled")));
    }
    SECTION("Generated: the list and the caseload show the invented dossiers")
    {
        window.setDemoCountPrompt([] { return std::optional<int>(60); });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(window.dossierView()->totalDossiers() == 60);
        CHECK_FALSE(child<QWidget>(&window, "emptyState")->isVisible());
        CHECK(window.messageBar()->text().contains(QStringLiteral("60 dossiers")));
        CHECK(window.findChild<QProgressDialog *>(QStringLiteral("demoProgress")) == nullptr);
        window.showPage(MainWindow::Page::Trajectory);
        CHECK(window.caseloadView()->model()->totalOnDay() > 0);
    }
    SECTION("Asked for no number: nothing happens")
    {
        window.setDemoCountPrompt([] { return std::optional<int>(); });
        QTest::mouseClick(button, Qt::LeftButton);
        CHECK(window.dossierView()->totalDossiers() == 0);
    }
}
