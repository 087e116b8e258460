// SPDX-License-Identifier: GPL-3.0-or-later
// The manager's reports at 200,000 dossiers / about a million placements (issue 4, "Reports"):
//  - FlowReport over the last year of the history and over all of it;
//  - DurationReport over the last year and over every ended placement;
//  - CaseloadReport on the last day of the history;
// each against the sqlite3 shell reading the same columns once (the floor any report that
// reads every placement stands on), and how soon a report stops after Cancel.
#include "benchsupport.h"

#include "reports/caseloadreport.h"
#include "reports/durationreport.h"
#include "reports/flowreport.h"

#include <QCoreApplication>

#include <atomic>

using namespace parcours;
using namespace parcours::bench;

namespace {

// The sqlite3 shell: `sql` minus `SELECT 1` (process start), medians of wall-clock time.
double shellScan(const Args &args, const QString &path, const QString &sql)
{
    QList<double> start, scan;
    for (int i = 0; i <= args.runs; ++i) {
        const double s = runProcess(args.sqlite3, {path, QStringLiteral("SELECT 1")});
        const double t = runProcess(args.sqlite3, {path, sql});
        if (s < 0 || t < 0)
            std::exit(1);
        if (i > 0) {
            start << s;
            scan << t;
        }
    }
    return summarise(scan).median - summarise(start).median;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Args args = parseArgs(QStringLiteral("Flows, durations and caseload reports against a table scan."));
    QTemporaryDir scratch;
    QString path;
    std::unique_ptr<Database> db = openDemoDatabase(args, scratch, &path);
    printEnvironment(args, *db);

    const QDate yearFrom = args.until.addYears(-1).addDays(1), yearTo = args.until;
    const QDate allFrom(1900, 1, 1), allTo(2100, 12, 31);

    struct Case
    {
        QString what;
        std::function<Status(const ReportProgress &)> run;
        QString floorSql;
    };
    const QString flowSql = QStringLiteral("SELECT max(dossier_id), max(span_key), max(outcome) FROM placement "
                                           "INDEXED BY placement_dossier_start ORDER BY dossier_id, start_date");
    const QString durationSql = QStringLiteral("SELECT max(span_key) FROM placement WHERE end_date IS NOT NULL");
    const QString caseloadSql = QStringLiteral("SELECT (SELECT max(opened) || max(closed) FROM dossier), "
                                               "(SELECT max(dossier_id) + max(span_key) || max(officer) FROM placement)");
    const auto status = [](const auto &r) { return r ? Status::success() : Status::failure(r.error()); };
    QList<Case> cases = {
        {QStringLiteral("flows, last year (%1 … %2)").arg(yearFrom.toString(Qt::ISODate), yearTo.toString(Qt::ISODate)),
         [&](const ReportProgress &p) { return status(FlowReport::compute(*db, yearFrom, yearTo, p)); }, flowSql},
        {QStringLiteral("flows, the whole history"),
         [&](const ReportProgress &p) { return status(FlowReport::compute(*db, allFrom, allTo, p)); }, flowSql},
        {QStringLiteral("durations, ended last year"),
         [&](const ReportProgress &p) { return status(DurationReport::compute(*db, yearFrom, yearTo, p)); }, durationSql},
        {QStringLiteral("durations, every ended placement"),
         [&](const ReportProgress &p) { return status(DurationReport::compute(*db, {}, {}, p)); }, durationSql},
        {QStringLiteral("caseload on %1").arg(yearTo.toString(Qt::ISODate)),
         [&](const ReportProgress &p) { return status(CaseloadReport::compute(*db, yearTo, p)); }, caseloadSql},
    };

    // What the reports find, for the record.
    auto flows = FlowReport::compute(*db, yearFrom, yearTo);
    auto durations = DurationReport::compute(*db);
    auto caseload = CaseloadReport::compute(*db, yearTo);
    if (!flows || !durations || !caseload)
        return 1;
    say(QStringLiteral("\n## bench_reports\n"));
    say(QStringLiteral("Last year: %1 entries, %2 moves, %3 exits. Every ended placement: %4, median %5 days. "
                       "On %6: %7 placements, %8 officers.\n")
            .arg(flows->entries())
            .arg(flows->moves())
            .arg(flows->exits())
            .arg(durations->row(std::nullopt).count)
            .arg(DurationReport::days(durations->row(std::nullopt).median))
            .arg(yearTo.toString(Qt::ISODate))
            .arg(caseload->total)
            .arg(caseload->officers.size()));

    Table table({QStringLiteral("report"), QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max"),
                 QStringLiteral("CPU"), QStringLiteral("sqlite3 reading the same columns"), QStringLiteral("report / sqlite3")});
    for (const Case &c : cases) {
        QList<double> cpu;
        const Timing t = measure(args.runs, [&] {
            const double before = processCpuMs();
            if (Status s = c.run(ReportProgress()); !s) {
                progress(s.error());
                std::exit(1);
            }
            cpu << processCpuMs() - before;
        });
        cpu.removeFirst();
        const double floor = shellScan(args, path, c.floorSql);
        table.add({c.what, ms(t.median), ms(t.min), ms(t.max), ms(summarise(cpu).median), ms(floor),
                   floor > 0 ? QString::number(t.median / floor, 'f', 2) : QStringLiteral("–")});
    }
    table.print();

    // With a progress function (what the GUI passes) and Cancel half-way: the time from the
    // flag being set to the report returning.
    say(QString());
    Table cancel({QStringLiteral("report"), QStringLiteral("with a progress function"), QStringLiteral("calls"),
                  QStringLiteral("Cancel half-way, just after a check: stopped after (worst of the runs)")});
    for (const Case &c : cases) {
        std::atomic<qint64> calls{0};
        const Timing watched = measure(args.runs, [&] {
            c.run([&calls](qint64, qint64) {
                ++calls;
                return true;
            });
        });
        const qint64 perRun = calls.load() / (args.runs + 1);
        QList<double> latencies;
        for (int i = 0; i < args.runs; ++i) {
            QElapsedTimer sinceCancel;
            qint64 n = 0;
            // Cancel pressed just after a check (the worst moment): the flag is seen at the
            // next check, and the report then returns.
            const Status s = c.run([&](qint64, qint64) {
                if (++n < perRun / 2)
                    return true;
                if (!sinceCancel.isValid()) {
                    sinceCancel.start();
                    return true;
                }
                return false;
            });
            if (s.ok() || !sinceCancel.isValid())
                continue; // finished before half-way: nothing to measure
            latencies << elapsedMs(sinceCancel);
        }
        cancel.add({c.what, ms(watched.median), QString::number(perRun),
                    latencies.isEmpty() ? QStringLiteral("–") : ms(summarise(latencies).max)});
    }
    cancel.print();
    return 0;
}
