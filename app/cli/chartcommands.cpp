// SPDX-License-Identifier: GPL-3.0-or-later
// chart evolution: the evolution chart (or the PDF report) as a file, as the Reports page
// exports it. The drawing code is the desktop program's (parcours_ui), run on an offscreen
// QApplication that main() creates for this command only.
#include "cli.h"

#include "evolutionoptions.h"
#include "reports/evolutionreport.h"

#include <QFileInfo>

namespace parcours::cli {

namespace {

// A whole number of pixels in the range a chart accepts, or nullopt.
std::optional<int> pixels(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < ui::EvolutionReport::kMinSide || n > ui::EvolutionReport::kMaxSide)
        return std::nullopt;
    return n;
}

} // namespace

bool needsWidgetApplication(const QStringList &arguments)
{
    const qsizetype chartAt = arguments.indexOf(QStringLiteral("chart"));
    return chartAt >= 0 && arguments.indexOf(QStringLiteral("evolution"), chartAt + 1) == chartAt + 1;
}

int runChartEvolution(const Invocation &inv)
{
    for (const QString &option : {QStringLiteral("--out"), QStringLiteral("--kind"), QStringLiteral("--width"),
                                  QStringLiteral("--height"), QStringLiteral("--title")}) {
        if (inv.values.value(option).size() > 1)
            return usageError(runChartEvolution, Cli::tr("the option %1 was given more than once.").arg(option));
    }
    const QString out = inv.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(runChartEvolution, Cli::tr("--out FILE is required (FILE.png, FILE.svg or FILE.pdf)."));
    const auto format = ui::EvolutionReport::formatOfPath(out);
    if (!format || *format == ui::EvolutionReport::Format::Csv)
        return usageError(runChartEvolution,
                          Cli::tr("--out: %1 does not end in .png, .svg or .pdf.").arg(QFileInfo(out).fileName()));

    ui::EvolutionReport report;
    if (inv.has(QStringLiteral("--kind"))) {
        const QString code = inv.value(QStringLiteral("--kind"));
        const auto kind = ui::EvolutionChart::kindFromCode(code);
        if (!kind)
            return usageError(runChartEvolution, Cli::tr("--kind: \"%1\" is not rates, cells or dossiers.").arg(code));
        report.kind = *kind;
    }
    QSize size = ui::EvolutionReport::kDefaultSize;
    for (const auto &[option, side] : {std::pair{QStringLiteral("--width"), &size.rwidth()},
                                       std::pair{QStringLiteral("--height"), &size.rheight()}}) {
        if (!inv.has(option))
            continue;
        const auto n = pixels(inv.value(option));
        if (!n)
            return usageError(runChartEvolution, Cli::tr("%1: \"%2\" is not a whole number of pixels from %3 to %4.")
                                                     .arg(option, inv.value(option))
                                                     .arg(ui::EvolutionReport::kMinSide)
                                                     .arg(ui::EvolutionReport::kMaxSide));
        *side = *n;
    }
    report.title = inv.value(QStringLiteral("--title"));

    EvolutionRequest request;
    if (const QString error = parseEvolution(inv, request); !error.isEmpty())
        return usageError(runChartEvolution, error);
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    auto rows = EvolutionTable::load(*db, request.table);
    if (!rows) {
        printErr(rows.error());
        return Failure;
    }
    report.rows = rows.take();
    if (report.rows.isEmpty()) // still drawn (axes and title), so that a script finds its file
        printErr(Cli::tr("No figures for these days and sources: the chart is empty."));
    report.period = ui::EvolutionReport::describePeriod(request.table);
    if (const Status written = report.save(*format, out, size); !written) {
        printErr(written.error());
        return Failure;
    }
    printOut(Cli::tr("Wrote %1 (%2).").arg(shownPath(out), rowCount(int(report.rows.size()))));
    return Success;
}

} // namespace parcours::cli
