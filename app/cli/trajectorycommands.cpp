// SPDX-License-Identifier: GPL-3.0-or-later
// import placements, import figures, evolution, demo: the integration trajectory.
#include "cli.h"

#include "demo/demogenerator.h"
#include "interchange/figurescsv.h"
#include "interchange/placementcsv.h"
#include "trajectory/evolution.h"
#include "trajectory/evolutioncsv.h"
#include "evolutionoptions.h"
#include "trajectory/isodate.h"
#include "trajectory/recordedfigures.h"

#include <QSet>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace parcours::cli {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// --- evolution -----------------------------------------------------------------------------

// The options that may be given once only.
const QStringList &singleOptions()
{
    static const QStringList names = {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--step"),
                                      QStringLiteral("--source"), QStringLiteral("--format")};
    return names;
}

} // namespace

// Fills `request` from `inv`; the reason for a usage error otherwise.
QString parseEvolution(const Invocation &inv, EvolutionRequest &request)
{
    for (const QString &option : singleOptions()) {
        if (inv.values.value(option).size() > 1)
            return Cli::tr("the option %1 was given more than once.").arg(option);
    }
    const auto date = [](const QString &option, const QString &text, QDate &out) -> QString {
        out = isodate::dateFromIso(text.trimmed());
        if (!out.isValid())
            return Cli::tr("%1: %2 is not a date (YYYY-MM-DD).").arg(option, quoted(text));
        return QString();
    };

    if (inv.has(QStringLiteral("--source"))) {
        const QString code = inv.value(QStringLiteral("--source"));
        if (code == QLatin1String("computed"))
            request.table.source = EvolutionTable::Source::Computed;
        else if (code == QLatin1String("recorded"))
            request.table.source = EvolutionTable::Source::Recorded;
        else if (code == QLatin1String("both"))
            request.table.source = EvolutionTable::Source::Both;
        else
            return Cli::tr("--source: %1 is not computed, recorded or both.").arg(quoted(code));
    }
    if (inv.has(QStringLiteral("--format"))) {
        const QString code = inv.value(QStringLiteral("--format"));
        if (code == QLatin1String("csv"))
            request.format = EvolutionRequest::Format::Csv;
        else if (code == QLatin1String("table"))
            request.format = EvolutionRequest::Format::Table;
        else if (code == QLatin1String("json"))
            request.format = EvolutionRequest::Format::Json;
        else
            return Cli::tr("--format: %1 is not csv, table or json.").arg(quoted(code));
    }

    const bool at = inv.has(QStringLiteral("--at"));
    const bool from = inv.has(QStringLiteral("--from"));
    const bool to = inv.has(QStringLiteral("--to"));
    const bool step = inv.has(QStringLiteral("--step"));
    if (at && (from || to || step))
        return Cli::tr("--at gives the days itself: it does not go with --from, --to or --step.");
    if (to && !from)
        return Cli::tr("--to needs --from.");
    if (step && !from)
        return Cli::tr("--step needs --from.");

    if (at) {
        QSet<QDate> seen;
        for (const QString &value : inv.values.value(QStringLiteral("--at"))) {
            for (const QString &piece : value.split(QLatin1Char(','))) {
                QDate day;
                if (QString error = date(QStringLiteral("--at"), piece, day); !error.isEmpty())
                    return error;
                if (!seen.contains(day)) {
                    seen.insert(day);
                    request.table.at << day;
                }
            }
        }
        std::sort(request.table.at.begin(), request.table.at.end());
    }
    if (from) {
        if (QString error = date(QStringLiteral("--from"), inv.value(QStringLiteral("--from")), request.table.from);
            !error.isEmpty())
            return error;
        request.table.to = QDate::currentDate();
        if (to) {
            if (QString error = date(QStringLiteral("--to"), inv.value(QStringLiteral("--to")), request.table.to);
                !error.isEmpty())
                return error;
        }
        if (request.table.from > request.table.to)
            return to ? Cli::tr("--from %1 is after --to %2.").arg(isodate::toIso(request.table.from), isodate::toIso(request.table.to))
                      : Cli::tr("--from %1 is after today (%2); give --to.")
                            .arg(isodate::toIso(request.table.from), isodate::toIso(request.table.to));
    }
    if (step) {
        const QString code = inv.value(QStringLiteral("--step"));
        const auto parsed = Evolution::stepFromCode(code);
        if (!parsed)
            return Cli::tr("--step: %1 is not month, quarter or year.").arg(quoted(code));
        request.table.step = *parsed;
    }
    return QString();
}

namespace {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// An array of objects with the CSV's keys; counts and percentages are JSON numbers (the
// percentages written with their two decimals, 70.40), not determined is null.
QByteArray formatJson(const QList<Figures> &rows)
{
    const QStringList keys = EvolutionCsv::columnNames();
    QByteArray out = "[";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList fields = EvolutionCsv::fields(rows.at(r));
        QByteArray object = "{";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                object += ", ";
            object += '"' + keys.at(i).toUtf8() + "\": ";
            const QString &field = fields.at(i);
            if (i < 2) // date and source: ISO dates and fixed codes, nothing to escape
                object += '"' + field.toUtf8() + '"';
            else if (field.isEmpty())
                object += "null";
            else
                object += field.toUtf8();
        }
        object += '}';
        out += (r == 0 ? "\n  " : ",\n  ") + object;
    }
    out += rows.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

// Aligned columns for a terminal: numbers right-aligned, "—" for not determined.
QString formatTable(const QList<Figures> &rows)
{
    const QStringList header = {Cli::tr("date"),     Cli::tr("source"),  Cli::tr("dossiers"), Cli::tr("integrated"),
                                Cli::tr("%"),        Cli::tr("health"),  Cli::tr("facil."),   Cli::tr("literacy"),
                                Cli::tr("studies"),  Cli::tr("work"),    Cli::tr("art60"),    Cli::tr("post60"),
                                Cli::tr("SPI"),      Cli::tr("%")};
    QList<QStringList> lines = {header};
    for (const Figures &f : rows) {
        QStringList fields = EvolutionCsv::fields(f);
        for (QString &field : fields) {
            if (field.isEmpty())
                field = QStringLiteral("—");
        }
        lines << fields;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QStringList text;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (qsizetype i = 0; i < line.size(); ++i)
            cells << (i < 2 ? line.at(i).leftJustified(widths[i]) : line.at(i).rightJustified(widths[i]));
        QString joined = cells.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        text << joined;
    }
    return text.join(QLatin1Char('\n'));
}

// --- demo ----------------------------------------------------------------------------------

// A whole number in [min, max], or nullopt.
std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max || text.trimmed() != text || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return n;
}

} // namespace

int runImportPlacements(const Invocation &inv)
{
    return runCsvImport(inv, &PlacementCsv::importFile);
}

int runImportFigures(const Invocation &inv)
{
    // A table of published figures has a few dozen rows: no progress line.
    const auto import = [](Database &db, const QString &path, bool dryRun, const std::function<void(int, int)> &) {
        return FiguresCsv::importFile(db, path, dryRun);
    };
    return runCsvImport(inv, import, false);
}

int runEvolution(const Invocation &inv)
{
    EvolutionRequest request;
    if (const QString error = parseEvolution(inv, request); !error.isEmpty())
        return usageError(runEvolution, error);
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;

    const EvolutionTable::Request &table = request.table;
    if (table.source != EvolutionTable::Source::Recorded && EvolutionTable::computedDays(table).isEmpty())
        printErr(Cli::tr("No %1 end lies between %2 and %3: nothing to compute.")
                     .arg(Evolution::stepCode(table.step), isodate::toIso(table.from), isodate::toIso(table.to)));
    auto loaded = EvolutionTable::load(*db, table);
    if (!loaded) {
        printErr(loaded.error());
        return Failure;
    }
    const QList<Figures> rows = loaded.take();

    switch (request.format) {
    case EvolutionRequest::Format::Csv:
        writeOut(EvolutionCsv::format(rows));
        break;
    case EvolutionRequest::Format::Json:
        writeOut(formatJson(rows));
        break;
    case EvolutionRequest::Format::Table:
        printOut(formatTable(rows));
        break;
    }
    return Success;
}

int runDemo(const Invocation &inv)
{
    DemoGenerator::Options options;
    if (inv.values.value(QStringLiteral("--dossiers")).size() > 1 || inv.values.value(QStringLiteral("--seed")).size() > 1)
        return usageError(runDemo, Cli::tr("--dossiers and --seed may be given once only."));
    if (inv.has(QStringLiteral("--dossiers"))) {
        const QString text = inv.value(QStringLiteral("--dossiers"));
        const auto n = wholeNumber(text, 1, 1000000);
        if (!n)
            return usageError(runDemo, Cli::tr("--dossiers: %1 is not a number from 1 to 1000000.").arg(quoted(text)));
        options.dossiers = int(*n);
    }
    if (inv.has(QStringLiteral("--seed"))) {
        const QString text = inv.value(QStringLiteral("--seed"));
        const auto n = wholeNumber(text, 0, 4294967295LL);
        if (!n)
            return usageError(runDemo, Cli::tr("--seed: %1 is not a number from 0 to 4294967295.").arg(quoted(text)));
        options.seed = quint32(*n);
    }

    const auto db = openDatabase(inv, Database::Mode::CreateIfMissing);
    if (!db)
        return Failure;
    if (db->wasCreated())
        printOut(Cli::tr("Created %1 (schema %2).").arg(shownPath(db->path()), QString::number(db->schemaVersion())));

    QElapsedTimer clock;
    clock.start();
    DemoGenerator::Summary summary;
    ProgressLine progress(Cli::tr("Generating demo data…"));
    const Status status = DemoGenerator::generate(
        *db, options,
        [&progress](int done, int total) {
            progress.update(done, total);
            return true;
        },
        &summary);
    progress.finish();
    if (!status) {
        printErr(status.error());
        return Failure;
    }
    printOut(Cli::tr("Demo data: %1 dossiers of %2 people, %3 placements, up to %4 (seed %5), in %6 s.")
                 .arg(summary.dossiers)
                 .arg(summary.people)
                 .arg(summary.placements)
                 .arg(isodate::toIso(options.until))
                 .arg(options.seed)
                 .arg(QString::number(double(clock.elapsed()) / 1000.0, 'f', 1)));
    return Success;
}

} // namespace parcours::cli
