// SPDX-License-Identifier: GPL-3.0-or-later
// The evolution table at 200,000 dossiers / about a million placements, every month end over
// ten years (issue 3, "Speed"):
//  (a) the engine (Evolution::compute: one sorted sweep);
//  (b) the sqlite3 shell scanning the placement table once, as a separate process;
//  (c) one set of COUNT queries per date (Evolution::computeByQueries), on every tenth date
//      and scaled to all of them.
// Targets: engine ≤ 2 × scan; queries ≥ 30 × engine.
#include "benchsupport.h"

#include "trajectory/evolution.h"

#include <QCoreApplication>

using namespace parcours;
using namespace parcours::bench;

namespace {

bool sameFigures(const QList<Figures> &a, const QList<Figures> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].date != b[i].date || a[i].dossiers != b[i].dossiers || a[i].integrated != b[i].integrated
            || a[i].spi != b[i].spi || a[i].cells != b[i].cells)
            return false;
    }
    return true;
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("–");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Args args = parseArgs(QStringLiteral("The evolution engine against a table scan and against COUNT queries."));
    QTemporaryDir scratch;
    QString path;
    std::unique_ptr<Database> db = openDemoDatabase(args, scratch, &path);
    printEnvironment(args, *db);

    const QList<QDate> days = Evolution::snapshotDays(args.until.addYears(-10), args.until, Evolution::Step::Month);
    QList<QDate> subset;
    for (qsizetype i = 0; i < days.size(); i += 10)
        subset << days[i];

    // (a) the engine
    QList<Figures> figures;
    QList<double> engineCpuSamples;
    const Timing engine = measure(args.runs, [&] {
        const double cpu = processCpuMs();
        auto r = Evolution::compute(*db, days);
        if (!r) {
            progress(r.error());
            std::exit(1);
        }
        figures = r.take();
        engineCpuSamples << processCpuMs() - cpu;
    });
    engineCpuSamples.removeFirst(); // the warm-up
    const Timing engineCpu = summarise(engineCpuSamples);
    const Figures &lastRow = figures.last();
    say(QStringLiteral("\n## bench_evolution: %1 month ends (%2 … %3)\n")
            .arg(days.size())
            .arg(days.first().toString(Qt::ISODate), days.last().toString(Qt::ISODate)));
    say(QStringLiteral("On %1: %2 dossiers open, %3 integrated (%4 %), SPI %5 (%6 %)\n")
            .arg(lastRow.date.toString(Qt::ISODate))
            .arg(*lastRow.dossiers)
            .arg(*lastRow.integrated)
            .arg(formatPercent(*lastRow.integratedPct()))
            .arg(*lastRow.spi)
            .arg(formatPercent(*lastRow.spiPct())));

    // (b) the sqlite3 shell: process start alone, then one scan of the placement table
    QByteArray scanOutput;
    const QString scanSql = QStringLiteral("SELECT count(*), max(start_date), max(end_date), max(cell) FROM placement");
    QList<double> startSamples, scanSamples, startCpuSamples, scanCpuSamples;
    for (int i = 0; i <= args.runs; ++i) {
        double cpu = childrenCpuMs();
        const double start = runProcess(args.sqlite3, {path, QStringLiteral("SELECT 1")});
        const double startCpu = childrenCpuMs() - cpu;
        cpu = childrenCpuMs();
        const double scan = runProcess(args.sqlite3, {path, scanSql}, {}, &scanOutput);
        const double scanCpu = childrenCpuMs() - cpu;
        if (start < 0 || scan < 0)
            return 1;
        if (i > 0) { // the first run warms the file cache
            startSamples << start;
            scanSamples << scan;
            startCpuSamples << startCpu;
            scanCpuSamples << scanCpu;
        }
    }
    const Timing processStart = summarise(startSamples), scan = summarise(scanSamples);
    const Timing startCpu = summarise(startCpuSamples), scanCpu = summarise(scanCpuSamples);
    const double scanOnly = scan.median - processStart.median;

    // (c) COUNT queries per date, on a subset, checked against the engine
    QList<Figures> byQueries;
    const Timing queries = measure(std::max(1, args.runs / 3), [&] {
        auto r = Evolution::computeByQueries(*db, subset);
        if (!r) {
            progress(r.error());
            std::exit(1);
        }
        byQueries = r.take();
    }, false);
    auto engineSubset = Evolution::compute(*db, subset);
    const bool agree = engineSubset && sameFigures(*engineSubset, byQueries);
    const double queriesAll = queries.median * double(days.size()) / double(subset.size());

    Table table({QStringLiteral("what"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max")});
    table.add({QStringLiteral("(a) engine, %1 dates").arg(days.size()), ms(engine.median), ms(engine.min), ms(engine.max)});
    table.add({QStringLiteral("(b) sqlite3 shell: `SELECT 1` (process start)"), ms(processStart.median), ms(processStart.min),
               ms(processStart.max)});
    table.add({QStringLiteral("(b) sqlite3 shell: scan of placement"), ms(scan.median), ms(scan.min), ms(scan.max)});
    table.add({QStringLiteral("(b) scan minus process start"), ms(scanOnly), QString(), QString()});
    table.add({QStringLiteral("(a) engine, CPU time"), ms(engineCpu.median), ms(engineCpu.min), ms(engineCpu.max)});
    table.add({QStringLiteral("(b) sqlite3 scan minus process start, CPU time"), ms(scanCpu.median - startCpu.median),
               QString(), QString()});
    table.add({QStringLiteral("(c) COUNT queries, %1 dates").arg(subset.size()), ms(queries.median), ms(queries.min),
               ms(queries.max)});
    table.add({QStringLiteral("(c) COUNT queries, scaled to %1 dates").arg(days.size()), ms(queriesAll), QString(), QString()});
    table.print();
    say(QStringLiteral("\nsqlite3 scan output: %1").arg(QString::fromUtf8(scanOutput.trimmed())));
    say(QStringLiteral("Engine and COUNT queries agree on the %1 checked dates: %2")
            .arg(subset.size())
            .arg(agree ? QStringLiteral("yes") : QStringLiteral("**NO**")));

    say(QString());
    Table ratios({QStringLiteral("ratio"), QStringLiteral("value"), QStringLiteral("target"), QStringLiteral("met")});
    const double r1 = engine.median / scanOnly, r2 = engine.median / scan.median, r3 = queriesAll / engine.median;
    ratios.add({QStringLiteral("engine / scan (process start subtracted)"), ratio(engine.median, scanOnly), QStringLiteral("≤ 2"),
                r1 <= 2 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    ratios.add({QStringLiteral("engine / scan (whole sqlite3 run)"), ratio(engine.median, scan.median), QStringLiteral("≤ 2"),
                r2 <= 2 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    const double r4 = engineCpu.median / (scanCpu.median - startCpu.median);
    ratios.add({QStringLiteral("engine / scan, CPU times"), ratio(engineCpu.median, scanCpu.median - startCpu.median),
                QStringLiteral("≤ 2"), r4 <= 2 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    ratios.add({QStringLiteral("COUNT queries / engine"), ratio(queriesAll, engine.median), QStringLiteral("≥ 30"),
                r3 >= 30 ? QStringLiteral("yes") : QStringLiteral("**no**")});
    ratios.print();
    return agree ? 0 : 1;
}
