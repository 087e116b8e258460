// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page (issue 4): the evolution table with computed and recorded rows, the list
// behind a count, the charts and every export.
#include "uitestsupport.h"

#include "charts/evolutionchart.h"
#include "interchange/dossiercsv.h"
#include "interchange/figurescsv.h"
#include "interchange/placementcsv.h"
#include "mainwindow.h"
#include "reports/drilldowndialog.h"
#include "reports/evolutionmodel.h"
#include "reports/reportspage.h"
#include "trajectory/evolutioncsv.h"
#include "trajectory/evolutiontable.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

QString fixture(const QString &relative)
{
    QString dir = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (dir.isEmpty())
        dir = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(dir).filePath(relative);
}

// The four dossiers and five placements of tests/data/cli (2020–2021), and the seed's
// published figures (2009–2013) as recorded rows.
struct ReportsData : UiDatabase
{
    ReportsData()
    {
        const auto none = [](int, int) {};
        REQUIRE(DossierCsv::importFile(*db, fixture(QStringLiteral("cli/dossiers.csv")), false, none).ok());
        REQUIRE(PlacementCsv::importFile(*db, fixture(QStringLiteral("cli/placements.csv")), false, none).ok());
        REQUIRE(FiguresCsv::importFile(*db, fixture(QStringLiteral("seed-evolution-figures.csv"))).ok());
    }
};

EvolutionTable::Request yearly()
{
    EvolutionTable::Request r;
    r.source = EvolutionTable::Source::Both;
    r.from = QDate(2009, 1, 1);
    r.to = QDate(2021, 12, 31);
    r.step = Evolution::Step::Year;
    return r;
}

// A page on `db`, shown, with the yearly period computed.
void computeYearly(ReportsPage &page)
{
    page.resize(1100, 700);
    page.setPeriod(yearly().from, yearly().to, yearly().step);
    page.setSource(EvolutionTable::Source::Both);
    page.show();
    REQUIRE(eventually([&page] { return !page.busy() && page.model()->rowCount() > 0; }, 20000));
}

int rowOf(const EvolutionModel &model, const QDate &day, Figures::Source source)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r)->date == day && model.rowAt(r)->source == source)
            return r;
    }
    return -1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The Reports page shows computed and recorded rows side by side", "[reports]")
{
    ReportsData data;
    ReportsPage page;
    page.setDatabase(data.db.get());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    computeYearly(page);

    const EvolutionModel &model = *page.model();
    const auto expected = EvolutionTable::load(*data.db, yearly());
    REQUIRE(expected.ok());
    REQUIRE(model.rowCount() == expected.value().size());
    // 13 year ends computed, 5 published rows recorded.
    REQUIRE(model.rowCount() == 13 + 5);

    // The recorded December 2009: as published, health/equity "not determined", in italics.
    const int recorded = rowOf(model, QDate(2009, 12, 31), Figures::Source::Recorded);
    REQUIRE(recorded >= 0);
    CHECK(model.index(recorded, EvolutionModel::Dossiers).data().toString() == QStringLiteral("5,131"));
    CHECK(model.index(recorded, EvolutionModel::IntegratedPct).data().toString() == QStringLiteral("21.09 %"));
    CHECK(model.index(recorded, EvolutionModel::HealthEquity).data().toString() == QStringLiteral("n.d."));
    CHECK(model.index(recorded, EvolutionModel::Source).data().toString() == QStringLiteral("recorded"));
    CHECK(model.index(recorded, EvolutionModel::Dossiers).data(Qt::FontRole).value<QFont>().italic());
    // The recorded row comes before the computed one of the same day.
    CHECK(rowOf(model, QDate(2009, 12, 31), Figures::Source::Computed) == recorded + 1);

    // The computed 31 December 2020: the engine's figures.
    const int computed = rowOf(model, QDate(2020, 12, 31), Figures::Source::Computed);
    REQUIRE(computed >= 0);
    const auto engine = Evolution::compute(*data.db, {QDate(2020, 12, 31)});
    REQUIRE(engine.ok());
    const Figures &f = engine.value().first();
    CHECK(*f.dossiers == 3);
    CHECK(model.index(computed, EvolutionModel::Dossiers).data().toString() == QString::number(*f.dossiers));
    CHECK(model.index(computed, EvolutionModel::Work).data().toString() == QString::number(*f.cell(Cell::Work)));
    CHECK(model.index(computed, EvolutionModel::Article60).data().toString() == QString::number(*f.cell(Cell::Article60)));
    CHECK(model.index(computed, EvolutionModel::Spi).data().toString() == QString::number(*f.spi));
    CHECK(model.index(computed, EvolutionModel::Source).data().toString() == QStringLiteral("computed"));
    CHECK(model.index(computed, EvolutionModel::Work).data(EvolutionModel::DrillableRole).toBool());
    CHECK_FALSE(model.index(recorded, EvolutionModel::Work).data(EvolutionModel::DrillableRole).toBool());

    // Computed only: the recorded rows go.
    page.setSource(EvolutionTable::Source::Computed);
    REQUIRE(eventually([&page] { return !page.busy() && page.model()->rowCount() == 13; }, 20000));
}

TEST_CASE("The list behind a count has as many dossiers as the count", "[reports]")
{
    ReportsData data;
    ReportsPage page;
    page.setDatabase(data.db.get());
    computeYearly(page);
    const EvolutionModel &model = *page.model();
    const int row = rowOf(model, QDate(2020, 12, 31), Figures::Source::Computed);
    REQUIRE(row >= 0);

    for (const int column : {int(EvolutionModel::Dossiers), int(EvolutionModel::Work), int(EvolutionModel::Article60),
                             int(EvolutionModel::Spi), int(EvolutionModel::Literacy)}) {
        const int count = *model.rowAt(row)->count(*EvolutionModel::figureColumn(column));
        DrillDownDialog *dialog = page.drillDown(row, column);
        REQUIRE(dialog != nullptr);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(dialog->model()->totalRows() == count);
        CHECK(dialog->model()->rowCount() == count);
        dialog->close();
    }

    // Double-clicking a dossier of the list asks to open it.
    DrillDownDialog *dialog = page.drillDown(row, EvolutionModel::Work);
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->model()->rowCount() == 1);
    CHECK(dialog->model()->index(0, DrillDownModel::Reference).data().toString() == QStringLiteral("D-0001"));
    QSignalSpy opened(&page, &ReportsPage::openDossierRequested);
    Q_EMIT dialog->table()->activated(dialog->model()->index(0, 0));
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toLongLong() == dialog->model()->dossierId(0));
    dialog->close();

    // Clicking a computed count opens its list; the double-click of the same gesture
    // (activated) does not open a second one.
    const QModelIndex work = model.index(row, EvolutionModel::Work);
    Q_EMIT page.table()->clicked(work);
    Q_EMIT page.table()->activated(work);
    int shown = 0;
    for (DrillDownDialog *d : page.findChildren<DrillDownDialog *>())
        shown += d->isVisible() ? 1 : 0;
    CHECK(shown == 1);
    // A click on a date or a percentage opens nothing.
    Q_EMIT page.table()->clicked(model.index(row, EvolutionModel::IntegratedPct));
    shown = 0;
    for (DrillDownDialog *d : page.findChildren<DrillDownDialog *>())
        shown += d->isVisible() ? 1 : 0;
    CHECK(shown == 1);

    // A recorded count names nobody: no list.
    CHECK(page.drillDown(rowOf(model, QDate(2012, 12, 31), Figures::Source::Recorded), EvolutionModel::Work) == nullptr);
}

TEST_CASE("The evolution exports: PNG, SVG, PDF and the CLI's CSV", "[reports]")
{
    ReportsData data;
    ReportsPage page;
    page.setDatabase(data.db.get());
    computeYearly(page);
    QTemporaryDir out;

    SECTION("PNG at the size asked, for every kind")
    {
        for (const auto kind : {EvolutionChart::Kind::Rates, EvolutionChart::Kind::Cells, EvolutionChart::Kind::Dossiers}) {
            page.setChartKind(kind);
            const QString path = out.filePath(EvolutionChart::kindCode(kind) + QStringLiteral(".png"));
            const Status s = page.exportTo(path, QSize(900, 560));
            INFO(s.error().toStdString());
            REQUIRE(s.ok());
            const QImage image(path);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(900, 560));
            // Something was drawn: many colours, not a blank image.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            CHECK(colours.size() > 20);
        }
    }
    SECTION("SVG that parses")
    {
        const QString path = out.filePath(QStringLiteral("chart.svg"));
        REQUIRE(page.exportTo(path, QSize(800, 500)).ok());
        QSvgRenderer svg(path);
        CHECK(svg.isValid());
        CHECK(readAll(path).contains("<svg"));
    }
    SECTION("PDF report with pages")
    {
        const QString path = out.filePath(QStringLiteral("report.pdf"));
        REQUIRE(page.exportTo(path).ok());
        const QByteArray pdf = readAll(path);
        CHECK(pdf.startsWith("%PDF"));
        // Page objects, not the /Pages tree: the chart's page, then the table's.
        const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?!s)"));
        CHECK(QString::fromLatin1(pdf).count(pageObject) >= 2);
    }
    SECTION("CSV equal byte for byte to parcours-cli evolution")
    {
        const QString path = out.filePath(QStringLiteral("evolution.csv"));
        REQUIRE(page.exportTo(path).ok());
        const QByteArray csv = readAll(path);
        const auto rows = EvolutionTable::load(*data.db, yearly());
        REQUIRE(rows.ok());
        CHECK(csv == EvolutionCsv::format(rows.value()));
        CHECK(csv.startsWith("date,source,dossiers,integrated,integrated_pct,health_equity,"));
        CHECK(csv.contains("2009-12-31,recorded,5131,1082,21.09,,208,81,300,192,301,,1082,21.09\n"));
        if (!qEnvironmentVariableIsEmpty("PARCOURS_CLI")) {
            QProcess cli;
            cli.start(qEnvironmentVariable("PARCOURS_CLI"),
                      {QStringLiteral("--db"), data.db->path(), QStringLiteral("evolution"), QStringLiteral("--from"),
                       QStringLiteral("2009-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                       QStringLiteral("--step"), QStringLiteral("year"), QStringLiteral("--source"), QStringLiteral("both")});
            REQUIRE(cli.waitForFinished(120000));
            INFO(cli.readAllStandardError().toStdString());
            REQUIRE(cli.exitCode() == 0);
            CHECK(cli.readAllStandardOutput() == csv);
        }
    }
    SECTION("A refused export leaves no file")
    {
        const QString path = out.filePath(QStringLiteral("tiny.png"));
        const Status s = page.exportTo(path, QSize(20, 20));
        CHECK_FALSE(s.ok());
        CHECK(s.error().contains(QStringLiteral("20 × 20")));
        CHECK_FALSE(QFile::exists(path));
        // A file already there stays as it was.
        const QString existing = out.filePath(QStringLiteral("kept.png"));
        {
            QFile f(existing);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("earlier chart");
        }
        CHECK_FALSE(page.exportTo(existing, QSize(90000, 500)).ok());
        CHECK(readAll(existing) == QByteArray("earlier chart"));
        CHECK_FALSE(page.exportTo(out.filePath(QStringLiteral("chart.bmp"))).ok());
    }
}

TEST_CASE("The charts tell computed from recorded figures", "[reports][chart]")
{
    ReportsData data;
    const auto rows = EvolutionTable::load(*data.db, yearly());
    REQUIRE(rows.ok());
    for (const auto kind : {EvolutionChart::Kind::Rates, EvolutionChart::Kind::Cells, EvolutionChart::Kind::Dossiers}) {
        std::unique_ptr<QChart> chart(EvolutionChart::build(rows.value(), kind, QStringLiteral("T")));
        int dashed = 0, solid = 0;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                (line->pen().style() == Qt::DashLine ? dashed : solid) += 1;
            else if (qobject_cast<QAreaSeries *>(s))
                solid += 1;
        }
        INFO("kind " << EvolutionChart::kindCode(kind).toStdString());
        CHECK(dashed >= 1); // the recorded figures
        CHECK(solid >= 1);  // the computed ones
        CHECK(chart->axes(Qt::Horizontal).size() == 1);
        CHECK(chart->axes(Qt::Horizontal).first()->type() == QAbstractAxis::AxisTypeDateTime);
    }
    // The cells: one stacked area per cell.
    std::unique_ptr<QChart> cells(EvolutionChart::build(rows.value(), EvolutionChart::Kind::Cells));
    int areas = 0;
    for (QAbstractSeries *s : cells->series())
        areas += qobject_cast<QAreaSeries *>(s) ? 1 : 0;
    CHECK(areas == kCellCount);

    // The tooltip of a recorded point gives its exact, published figures.
    const QString tip = EvolutionChart::describePoint(rows.value(), Figures::Source::Recorded,
                                                      QDate(2012, 12, 20).startOfDay().toMSecsSinceEpoch(),
                                                      EvolutionChart::Kind::Rates);
    CHECK(tip.contains(QStringLiteral("31/12/2012")));
    CHECK(tip.contains(QStringLiteral("3,815")));
    CHECK(tip.contains(QStringLiteral("70.40 %")));
    CHECK(EvolutionChart::kindFromCode(QStringLiteral("cells")) == EvolutionChart::Kind::Cells);
    CHECK_FALSE(EvolutionChart::kindFromCode(QStringLiteral("pie")).has_value());
}

TEST_CASE("Cancel gives the page back at once and drops the late answer", "[reports]")
{
    ReportsData data;
    ReportsPage page;
    page.setDatabase(data.db.get());
    page.resize(1100, 700);
    page.setPeriod(QDate(2000, 1, 1), QDate(2021, 12, 31), Evolution::Step::Month);
    page.show(); // starts the computation in the background
    REQUIRE(page.busy());
    auto *progressRow = child<QWidget>(&page, "reportsProgress");
    CHECK(progressRow->isVisibleTo(&page));
    QTest::mouseClick(child<QPushButton>(&page, "reportsCancel"), Qt::LeftButton);
    CHECK_FALSE(page.busy());
    CHECK_FALSE(progressRow->isVisibleTo(&page));
    // The worker still finishes; its rows must not appear.
    QTest::qWait(500);
    CHECK(page.model()->rowCount() == 0);
    CHECK(child<QLabel>(&page, "reportsMessage")->text().contains(QStringLiteral("cancelled")));

    // Update computes again.
    QTest::mouseClick(child<QPushButton>(&page, "reportsUpdate"), Qt::LeftButton);
    REQUIRE(eventually([&page] { return !page.busy() && page.model()->rowCount() > 0; }, 20000));
    CHECK(page.model()->rowCount() == 22 * 12 + 5);
}

TEST_CASE("The main window's Reports area is the Reports page, computed when first shown", "[reports]")
{
    ReportsData data;
    MainWindow window;
    Database *db = data.db.get();
    window.setDatabase(std::move(data.db), false);
    window.show();
    ReportsPage *page = window.reportsPage();
    REQUIRE(page != nullptr);
    CHECK(page->model()->rowCount() == 0); // nothing computed while another page is shown
    CHECK_FALSE(page->busy());
    window.showPage(MainWindow::Page::Reports);
    REQUIRE(eventually([page] { return !page->busy() && page->model()->rowCount() > 0; }, 20000));
    const auto expected = EvolutionTable::load(*db, page->request());
    REQUIRE(expected.ok());
    CHECK(page->model()->rowCount() == expected.value().size());

    // A new report joins as a tab.
    const int tabs = page->tabs()->count();
    page->addReport(QStringLiteral("Flows"), new QWidget);
    CHECK(page->tabs()->count() == tabs + 1);
    CHECK(page->tabs()->tabText(tabs) == QStringLiteral("Flows"));
}
