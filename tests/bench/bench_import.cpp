// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 200,000 dossiers and about a million placements from CSV (issue 3, "Speed"):
// DossierCsv::importFile + PlacementCsv::importFile into a fresh database, against the sqlite3
// shell's `.import --csv` of the same files into bare tables (no index, no check), both in
// this run. Target: Parcours ≤ 3 × the shell.
#include "benchsupport.h"

#include "interchange/csvreader.h"
#include "interchange/dossiercsv.h"
#include "interchange/placementcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace parcours;
using namespace parcours::bench;

namespace {

// Writes the result of `sql` as CSV with `header`, through CsvReader::formatRow. Returns rows.
int writeCsv(Database &db, const QString &path, const QStringList &header, const QString &sql)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        progress(QStringLiteral("%1: %2").arg(path, file.errorString()));
        std::exit(1);
    }
    QByteArray buffer = CsvReader::formatRow(header);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        progress(q.lastError().text());
        std::exit(1);
    }
    int rows = 0;
    QStringList fields;
    while (q.next()) {
        fields.clear();
        for (qsizetype c = 0; c < header.size(); ++c)
            fields << q.value(int(c)).toString();
        buffer += CsvReader::formatRow(fields);
        ++rows;
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return rows;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // PARCOURS_BENCH_CACHE_MB=N: import with PRAGMA cache_size = N MB instead of the default.
    const int cacheMb = qEnvironmentVariableIntValue("PARCOURS_BENCH_CACHE_MB");
    // PARCOURS_BENCH_NO_AUDIT=1: import without the audit triggers, to see what they cost.
    const bool noAudit = qEnvironmentVariableIntValue("PARCOURS_BENCH_NO_AUDIT") != 0;
    // PARCOURS_BENCH_TEMP_MEMORY=1: import with PRAGMA temp_store = MEMORY.
    const bool tempMemory = qEnvironmentVariableIntValue("PARCOURS_BENCH_TEMP_MEMORY") != 0;
    const Args args = parseArgs(QStringLiteral("CSV import of dossiers and placements against the sqlite3 shell's .import."));
    QTemporaryDir scratch;
    QString path;
    std::unique_ptr<Database> source = openDemoDatabase(args, scratch, &path);
    printEnvironment(args, *source);

    const QString dossiersCsv = scratch.filePath(QStringLiteral("dossiers.csv"));
    const QString placementsCsv = scratch.filePath(QStringLiteral("placements.csv"));
    const int dossierRows = writeCsv(*source, dossiersCsv, DossierCsv::requiredColumns() + DossierCsv::optionalColumns(),
                                     QStringLiteral("SELECT d.reference, p.national_number, p.last_name, p.first_name, "
                                                    "p.birth_date, p.gender, p.language, d.income_type, d.opened, d.closed, "
                                                    "d.officer, p.phone, p.email, p.address "
                                                    "FROM dossier d JOIN person p ON p.id = d.person_id ORDER BY d.id"));
    const int placementRows = writeCsv(*source, placementsCsv,
                                       {QStringLiteral("dossier"), QStringLiteral("cell"), QStringLiteral("start"),
                                        QStringLiteral("end"), QStringLiteral("officer"), QStringLiteral("outcome"),
                                        QStringLiteral("outcome_detail"), QStringLiteral("reason"), QStringLiteral("note")},
                                       QStringLiteral("SELECT d.reference, pl.cell, pl.start_date, pl.end_date, pl.officer, "
                                                      "pl.outcome, pl.outcome_detail, pl.reason, pl.note "
                                                      "FROM placement pl JOIN dossier d ON d.id = pl.dossier_id ORDER BY pl.id"));
    source.reset();
    say(QStringLiteral("\n## bench_import: %1 dossiers (%2 MB), %3 placements (%4 MB)\n")
            .arg(dossierRows)
            .arg(QFile(dossiersCsv).size() >> 20)
            .arg(placementRows)
            .arg(QFile(placementsCsv).size() >> 20));

    const int runs = std::max(1, std::min(args.runs, 3)); // each run takes seconds
    // Per run and side: wall-clock and CPU time (this process for Parcours, the child for the
    // shell), dossiers then placements.
    struct Sample
    {
        double wall = 0;
        double cpu = 0;
    };
    QList<std::array<Sample, 2>> parcours, shell;
    QList<Sample> starts;
    const QString target = scratch.filePath(QStringLiteral("import.sqlite"));
    const QString bare = scratch.filePath(QStringLiteral("bare.sqlite"));
    for (int run = 0; run < runs; ++run) {
        removeDatabase(target);
        std::array<Sample, 2> mine, theirs;
        {
            auto opened = Database::open(target, {Database::Mode::CreateIfMissing, 5000});
            if (!opened) {
                progress(opened.error());
                return 1;
            }
            Database &db = **opened;
            if (cacheMb > 0) // an experiment: what a larger page cache would change
                QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMb * 1024));
            if (tempMemory) // an experiment: statement journals in memory instead of temporary files
                QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
            if (noAudit) { // an experiment: what the audit triggers cost (never do this to a real file)
                for (const char *trigger : {"person_audit_insert", "dossier_audit_insert", "placement_audit_insert"})
                    QSqlQuery(db.sql()).exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger)));
            }
            QElapsedTimer timer;
            timer.start();
            double cpu = processCpuMs();
            const auto d = DossierCsv::importFile(db, dossiersCsv, false);
            mine[0] = {elapsedMs(timer), processCpuMs() - cpu};
            timer.start();
            cpu = processCpuMs();
            const auto p = PlacementCsv::importFile(db, placementsCsv, false);
            mine[1] = {elapsedMs(timer), processCpuMs() - cpu};
            if (!d.ok() || !p.ok() || d.created != dossierRows || p.created != placementRows) {
                progress(QStringLiteral("The import failed: %1 created %2 of %3 dossiers, %4 of %5 placements")
                             .arg((d.errors + p.errors).mid(0, 5).join(QLatin1Char('\n')))
                             .arg(d.created)
                             .arg(dossierRows)
                             .arg(p.created)
                             .arg(placementRows));
                return 1;
            }
        }
        removeDatabase(bare);
        for (int file = 0; file < 2; ++file) {
            // The shell started from this process, doing nothing: what starting it costs here.
            double cpu = childrenCpuMs();
            const double startWall = runProcess(args.sqlite3, {QStringLiteral(":memory:"), QStringLiteral("SELECT 1")});
            starts << Sample{startWall, childrenCpuMs() - cpu};
            cpu = childrenCpuMs();
            const double wall = runProcess(args.sqlite3, {QStringLiteral("-cmd"), QStringLiteral(".mode csv"), bare,
                                                          QStringLiteral(".import --csv %1 %2")
                                                              .arg(file == 0 ? dossiersCsv : placementsCsv,
                                                                   file == 0 ? QStringLiteral("d") : QStringLiteral("p"))});
            if (wall < 0)
                return 1;
            theirs[size_t(file)] = {wall, childrenCpuMs() - cpu};
        }
        parcours << mine;
        shell << theirs;
        progress(QStringLiteral("run %1 of %2 done").arg(run + 1).arg(runs));
    }
    QByteArray counted;
    runProcess(args.sqlite3, {bare, QStringLiteral("SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM p)")}, {}, &counted);

    // Medians per file (0, 1) and for both files together (2).
    const auto median = [](const QList<std::array<Sample, 2>> &samples, int file, bool cpu) {
        QList<double> values;
        for (const auto &s : samples) {
            const auto pick = [cpu](const Sample &x) { return cpu ? x.cpu : x.wall; };
            values << (file < 2 ? pick(s[size_t(file)]) : pick(s[0]) + pick(s[1]));
        }
        return summarise(values).median;
    };
    const auto ratio = [](double a, double b) { return b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("–"); };
    Table table({QStringLiteral("file"), QStringLiteral("rows"), QStringLiteral("Parcours import"), QStringLiteral("CPU"),
                 QStringLiteral("sqlite3 .import (bare table)"), QStringLiteral("CPU"), QStringLiteral("ratio"),
                 QStringLiteral("ratio (CPU)"), QStringLiteral("≤ 3")});
    const QStringList names = {QStringLiteral("dossiers.csv"), QStringLiteral("placements.csv"), QStringLiteral("both")};
    const QList<int> rowCounts = {dossierRows, placementRows, dossierRows + placementRows};
    for (int file = 0; file < 3; ++file) {
        const double pw = median(parcours, file, false), pc = median(parcours, file, true);
        const double sw = median(shell, file, false), sc = median(shell, file, true);
        table.add({names[file], QString::number(rowCounts[file]), ms(pw), ms(pc), ms(sw), ms(sc), ratio(pw, sw), ratio(pc, sc),
                   pw <= 3 * sw ? QStringLiteral("yes") : QStringLiteral("**no**")});
    }
    say(QStringLiteral("Medians of %1 runs, each into a fresh file%2%3.\n")
            .arg(runs)
            .arg(cacheMb > 0 ? QStringLiteral(", Parcours with PRAGMA cache_size = %1 MB (experiment)").arg(cacheMb) : QString())
            .arg(QString(noAudit ? QStringLiteral(", Parcours WITHOUT the audit triggers (experiment)") : QString())
                 + (tempMemory ? QStringLiteral(", Parcours with PRAGMA temp_store = MEMORY (experiment)") : QString())));
    table.print();
    QList<double> startWalls, startCpus;
    for (const Sample &x : std::as_const(starts)) {
        startWalls << x.wall;
        startCpus << x.cpu;
    }
    say(QStringLiteral("\nStarting the shell from this process (`sqlite3 :memory: \"SELECT 1\"`), included in its "
                       "figures above: %1 (%2 CPU), median of %3.")
            .arg(ms(summarise(startWalls).median), ms(summarise(startCpus).median))
            .arg(starts.size()));
    say(QStringLiteral("\nsqlite3 bare tables hold: %1").arg(QString::fromUtf8(counted.trimmed())));
    return 0;
}
