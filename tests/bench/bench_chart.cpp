// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page at 200,000 dossiers (issue 4, "Speed"): the ten-year monthly evolution
// computed and drawn (target: under a second), and the page opening without a pause (the
// computation runs in a worker thread; the window's thread only builds the widgets).
//  (a) EvolutionTable::load: 121 month ends, computed and recorded rows;
//  (b) EvolutionChart::build for each kind (the series from the rows);
//  (c) drawing that chart into a 1200 × 750 image;
//  (d) a ReportsPage shown: time spent in the window's thread (construction + show), and
//      until the rows are on screen (the worker's open + compute + the model and chart).
#include "benchsupport.h"

#include "charts/evolutionchart.h"
#include "reports/evolutionmodel.h"
#include "reports/reportspage.h"
#include "trajectory/evolutiontable.h"

#include <QApplication>
#include <QChart>
#include <QImage>
#include <QPainter>

#include <memory>

using namespace parcours;
using namespace parcours::bench;
using namespace parcours::ui;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Args args = parseArgs(QStringLiteral("The Reports page: evolution computed, charted and drawn."));
    QTemporaryDir scratch;
    QString path;
    std::unique_ptr<Database> db = openDemoDatabase(args, scratch, &path);
    printEnvironment(args, *db);

    EvolutionTable::Request request;
    request.source = EvolutionTable::Source::Both;
    request.from = args.until.addYears(-10);
    request.to = args.until;
    request.step = Evolution::Step::Month;

    QList<Figures> rows;
    const Timing load = measure(args.runs, [&] {
        auto r = EvolutionTable::load(*db, request);
        if (!r) {
            progress(r.error());
            std::exit(1);
        }
        rows = r.take();
    });
    say(QStringLiteral("\n## bench_chart: %1 rows (%2 … %3)\n")
            .arg(rows.size())
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));

    Table table({QStringLiteral("what"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max")});
    table.add({QStringLiteral("(a) EvolutionTable::load, 121 month ends"), ms(load.median), ms(load.min), ms(load.max)});
    double worst = 0;
    for (const auto kind : {EvolutionChart::Kind::Rates, EvolutionChart::Kind::Cells, EvolutionChart::Kind::Dossiers}) {
        const Timing build = measure(args.runs, [&] { delete EvolutionChart::build(rows, kind, QStringLiteral("Evolution")); });
        const Timing draw = measure(args.runs, [&] {
            std::unique_ptr<QChart> chart(EvolutionChart::build(rows, kind, QStringLiteral("Evolution")));
            QImage image(1200, 750, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            EvolutionChart::render(chart.get(), painter, QRectF(0, 0, 1200, 750));
        });
        worst = std::max(worst, load.median + draw.median);
        table.add({QStringLiteral("(b) build the %1 chart").arg(EvolutionChart::kindCode(kind)), ms(build.median),
                   ms(build.min), ms(build.max)});
        table.add({QStringLiteral("(c) build and draw the %1 chart, 1200 × 750").arg(EvolutionChart::kindCode(kind)),
                   ms(draw.median), ms(draw.min), ms(draw.max)});
    }

    // (e) what the worker adds to the computation: its own connection, opened and closed.
    const Timing connection = measure(args.runs, [&] {
        auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (!opened) {
            progress(opened.error());
            std::exit(1);
        }
    });
    table.add({QStringLiteral("(e) the worker's connection: Database::open and close"), ms(connection.median),
               ms(connection.min), ms(connection.max)});
    const Timing fresh = measure(args.runs, [&] {
        auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (!opened || !EvolutionTable::load(*opened.value(), request)) {
            progress(QStringLiteral("the evolution failed on a fresh connection"));
            std::exit(1);
        }
    });
    table.add({QStringLiteral("(e) open, EvolutionTable::load and close, as the worker does"), ms(fresh.median),
               ms(fresh.min), ms(fresh.max)});

    // (d) the page: what the window's thread spends, and when the rows are there.
    QList<double> opening, ready;
    for (int i = 0; i <= args.runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto page = std::make_unique<ReportsPage>();
        page->setDatabase(db.get());
        page->setPeriod(request.from, request.to, request.step);
        page->setSource(request.source);
        page->resize(1100, 700);
        page->show();
        QApplication::processEvents();
        const double shown = elapsedMs(clock);
        while (page->busy() || page->model()->rowCount() == 0)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        page->showTab(1);
        QApplication::processEvents();
        page->chartView()->grab(); // the chart painted once
        if (i > 0) {
            opening << shown;
            ready << elapsedMs(clock);
        }
    }
    const Timing open = summarise(opening), done = summarise(ready);

    // (f) the same page computing again (another step, then back): the worker's connection
    // is open and its page cache warm.
    QList<double> again;
    {
        ReportsPage page;
        page.setDatabase(db.get());
        page.setPeriod(request.from, request.to, request.step);
        page.setSource(request.source);
        page.resize(1100, 700);
        page.show();
        while (page.busy() || page.model()->rowCount() == 0)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        for (int i = 0; i <= args.runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            page.refresh();
            while (page.busy())
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            if (i > 0)
                again << elapsedMs(clock);
        }
    }
    const Timing recompute = summarise(again);
    table.add({QStringLiteral("(d) page constructed and shown (window's thread)"), ms(open.median), ms(open.min), ms(open.max)});
    table.add({QStringLiteral("(d) page shown until the rows and chart are drawn"), ms(done.median), ms(done.min), ms(done.max)});
    table.add({QStringLiteral("(f) the same page computed again (Update)"), ms(recompute.median), ms(recompute.min),
               ms(recompute.max)});
    table.print();

    say(QString());
    Table targets({QStringLiteral("target"), QStringLiteral("value"), QStringLiteral("met")});
    targets.add({QStringLiteral("compute + build + draw, slowest kind < 1 s"), ms(worst),
                 worst < 1000 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    targets.add({QStringLiteral("page shows without a pause (window's thread < 100 ms)"), ms(open.median),
                 open.median < 100 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    targets.add({QStringLiteral("page ready, rows and chart < 1 s"), ms(done.median),
                 done.median < 1000 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    targets.print();
    return 0;
}
