// SPDX-License-Identifier: GPL-3.0-or-later
// The report views (ui/reports): computed in a worker thread, shown, exported as CSV.
#include "dateedit.h"
#include "reports/caseloadreportview.h"
#include "reports/durationreportview.h"
#include "reports/flowreportview.h"
#include "reports/reporttablemodel.h"
#include "storage/transaction.h"
#include "trajectorytestsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <optional>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

// Three dossiers in 2024:
//   Aerts  facilitation 2 Jan – 29 Feb (moved on) → literacy from 1 Mar (open), Nathalie
//   Bah    work 1 Feb – 31 May, job found, Pieter
//   Claes  literacy 1 Mar – 30 Apr, dropped out, Pieter
struct Centre
{
    UiDatabase t;
    Trajectory trajectory{*t.db};

    Centre()
    {
        const QDate opened(2023, 12, 1);
        const qint64 aerts = addDossier(*t.registry, QStringLiteral("Aerts"), QStringLiteral("Ilse"), QStringLiteral("D-1"), opened, {}, 102);
        const qint64 bah = addDossier(*t.registry, QStringLiteral("Bah"), QStringLiteral("Aïssatou"), QStringLiteral("D-2"), opened, {}, 104);
        const qint64 claes = addDossier(*t.registry, QStringLiteral("Claes"), QStringLiteral("Jolien"), QStringLiteral("D-3"), opened, {}, 106);
        const QString nathalie = QStringLiteral("Nathalie Lemaire");
        const QString pieter = QStringLiteral("Pieter De Wolf");
        addPlacement(trajectory, aerts, Cell::Facilitation, QDate(2024, 1, 2), QDate(2024, 2, 29), nathalie, Outcome::MovedCell);
        addPlacement(trajectory, aerts, Cell::Literacy, QDate(2024, 3, 1), {}, nathalie);
        addPlacement(trajectory, bah, Cell::Work, QDate(2024, 2, 1), QDate(2024, 5, 31), pieter, Outcome::Job);
        addPlacement(trajectory, claes, Cell::Literacy, QDate(2024, 3, 1), QDate(2024, 4, 30), pieter, Outcome::DroppedOut);
    }
};

// Computes and waits for the worker; true when a report is shown.
bool computeAndWait(ReportView &view)
{
    QSignalSpy finished(&view, &ReportView::finished);
    view.compute();
    REQUIRE(view.isRunning());
    REQUIRE(eventually([&] { return finished.count() == 1; }, 30000));
    return finished.at(0).at(0).toBool();
}

QStringList column(const ReportTableModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.text(r, column);
    return out;
}

} // namespace

TEST_CASE("The flow view computes in the background, shows the flows and exports the CLI's CSV", "[ui][reports]")
{
    Centre centre;
    FlowReportView view(*centre.t.db);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    view.show();
    CHECK_FALSE(child<QPushButton>(&view, "reportExportButton")->isEnabled());

    REQUIRE(computeAndWait(view));
    CHECK_FALSE(view.isRunning());
    CHECK(child<QPushButton>(&view, "reportExportButton")->isEnabled());
    CHECK(column(*view.model(), FlowReportView::From)
          == QStringList({QStringLiteral("Entry (no cell)"), QStringLiteral("Entry (no cell)"), QStringLiteral("Entry (no cell)"),
                          QStringLiteral("Project facilitation"), QStringLiteral("Literacy"), QStringLiteral("Work")}));
    CHECK(column(*view.model(), FlowReportView::To)
          == QStringList({QStringLiteral("Project facilitation"), QStringLiteral("Literacy"), QStringLiteral("Work"),
                          QStringLiteral("Literacy"), QStringLiteral("Exit: Dropped out"), QStringLiteral("Exit: Job found")}));
    CHECK(column(*view.model(), FlowReportView::Count).join(QLatin1Char(' ')) == QStringLiteral("1 1 1 1 1 1"));
    // Beside it, per cell: literacy took Claes in (entry) and Aerts (move), and let Claes go.
    QAbstractItemModelTester balanceTester(view.balanceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int literacy = int(Cell::Literacy);
    CHECK(view.balanceModel()->text(literacy, FlowReportView::BalanceCell) == QStringLiteral("Literacy"));
    CHECK(view.balanceModel()->text(literacy, FlowReportView::Entries) == QStringLiteral("1"));
    CHECK(view.balanceModel()->text(literacy, FlowReportView::MovesIn) == QStringLiteral("1"));
    CHECK(view.balanceModel()->text(literacy, FlowReportView::MovesOut) == QStringLiteral("0"));
    CHECK(view.balanceModel()->text(literacy, FlowReportView::Exits) == QStringLiteral("1"));
    CHECK(view.balanceModel()->text(int(Cell::Facilitation), FlowReportView::MovesOut) == QStringLiteral("1"));
    CHECK(view.balanceModel()->text(kCellCount, FlowReportView::Entries) == QStringLiteral("3")); // all cells
    CHECK(view.summary().contains(QStringLiteral("entries into a cell: 3 · moves between cells: 1 · exits: 2")));

    const QString path = centre.t.dir.filePath(QStringLiteral("flows.csv"));
    REQUIRE(view.exportCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
          == QStringLiteral("from,to,outcome,count\n"
                            "entry,facilitation,,1\n"
                            "entry,literacy,,1\n"
                            "entry,work,,1\n"
                            "facilitation,literacy,,1\n"
                            "literacy,exit,dropped_out,1\n"
                            "work,exit,job,1\n"));

    SECTION("a period that ends before it starts is refused before any work, the table kept")
    {
        view.setPeriod(QDate(2024, 12, 31), QDate(2024, 1, 1));
        view.compute();
        CHECK_FALSE(view.isRunning());
        CHECK(view.status().contains(QStringLiteral("after its end")));
        CHECK(view.model()->rowCount() == 6);
    }
    SECTION("a role without reports gets the core's refusal")
    {
        Actor reception;
        reception.name = QStringLiteral("desk");
        reception.displayName = QStringLiteral("Desk");
        reception.role = Role::Reception;
        reception.accountId = 7;
        centre.t.db->setActor(reception);
        CHECK_FALSE(computeAndWait(view));
        CHECK(view.status().contains(QStringLiteral("Reception")));
        CHECK(view.model()->rowCount() == 6); // the last report stays
    }
}

TEST_CASE("The duration and caseload views show the core's figures", "[ui][reports]")
{
    Centre centre;
    SECTION("durations of the placements that ended in 2024")
    {
        DurationReportView view(*centre.t.db);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
        REQUIRE(computeAndWait(view));
        // Facilitation 59 days, literacy 61 (Claes; Aerts is still there), work 121.
        CHECK(view.model()->text(int(Cell::Facilitation), DurationReportView::Median) == QStringLiteral("59"));
        CHECK(view.model()->text(int(Cell::Literacy), DurationReportView::Placements) == QStringLiteral("1"));
        CHECK(view.model()->text(int(Cell::Work), DurationReportView::Median) == QStringLiteral("121"));
        CHECK(view.model()->text(int(Cell::Studies), DurationReportView::Median) == QStringLiteral("—"));
        CHECK(view.model()->text(kCellCount, DurationReportView::Median) == QStringLiteral("61"));
    }
    SECTION("the caseload on 15 April 2024 per officer and cell")
    {
        CaseloadReportView view(*centre.t.db);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.setDay(QDate(2024, 4, 15));
        view.setBy(CaseloadReport::By::Both);
        REQUIRE(computeAndWait(view));
        // Nathalie: Aerts in literacy; Pieter: Bah in work, Claes in literacy; then the total.
        REQUIRE(view.model()->rowCount() == 3);
        CHECK(view.model()->text(0, 0) == QStringLiteral("Nathalie Lemaire"));
        CHECK(view.model()->text(1, 1 + int(Cell::Literacy)) == QStringLiteral("1"));
        CHECK(view.model()->text(1, 1 + kCellCount) == QStringLiteral("2"));
        CHECK(view.model()->text(2, 1 + kCellCount) == QStringLiteral("3"));
        // Another breakdown redraws without reading again; the export follows it.
        view.setBy(CaseloadReport::By::Officer);
        CHECK(view.model()->columnCount() == 2);
        const QString path = centre.t.dir.filePath(QStringLiteral("caseload.csv"));
        REQUIRE(view.exportCsv(path).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()) == QStringLiteral("officer,count\nNathalie Lemaire,1\nPieter De Wolf,2\n"));
    }
}

TEST_CASE("Cancel stops a running report while the window keeps working", "[ui][reports]")
{
    Centre centre;
    FlowReportView view(*centre.t.db);
    view.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    view.show();
    QSignalSpy finished(&view, &ReportView::finished);
    auto *computeButton = child<QPushButton>(&view, "reportComputeButton");
    auto *cancelButton = child<QPushButton>(&view, "reportCancelButton");
    CHECK_FALSE(cancelButton->isVisible());

    // Another writer holds the database: the worker waits at its opening (up to its busy
    // timeout), which makes "still running" certain rather than a race with a tiny database.
    std::optional<Transaction> writer(std::in_place, centre.t.db->sql());
    REQUIRE(writer->active());
    view.compute();
    REQUIRE(view.isRunning());
    QTest::qWait(200); // the event loop turns meanwhile: the window is not frozen
    CHECK(view.isRunning());
    CHECK(cancelButton->isVisible());
    CHECK_FALSE(computeButton->isEnabled());
    CHECK(child<QLabel>(&view, "reportStatus")->text() == QStringLiteral("Computing…"));

    QTest::mouseClick(cancelButton, Qt::LeftButton);
    writer->rollback();
    writer.reset();
    REQUIRE(eventually([&] { return finished.count() == 1; }, 10000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(view.status() == QStringLiteral("Cancelled."));
    CHECK(view.model()->rowCount() == 0);
    CHECK(computeButton->isEnabled());
    CHECK_FALSE(cancelButton->isVisible());
    CHECK_FALSE(child<QPushButton>(&view, "reportExportButton")->isEnabled());

    // The next run is not cancelled.
    REQUIRE(computeAndWait(view));
    CHECK(view.model()->rowCount() == 6);
}
