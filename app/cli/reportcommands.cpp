// SPDX-License-Identifier: GPL-3.0-or-later
// report flows, report durations, report caseload: the manager's figures (core/reports).
// Other `report …` commands live in the files of their subjects.
#include "cli.h"

#include "reports/caseloadreport.h"
#include "reports/durationreport.h"
#include "reports/flowreport.h"
#include "trajectory/isodate.h"

#include <cstdio>

namespace parcours::cli {

namespace {

enum class Format { Csv, Table };

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The options every report command shares, once checked.
struct ReportRequest
{
    Format format = Format::Csv;
    QDate from;
    QDate to;
    QDate at;
    CaseloadReport::By by = CaseloadReport::By::Cell;
};

// An option given once at most, as a date; the reason for a usage error otherwise.
QString dateOption(const Invocation &inv, const QString &option, QDate &out)
{
    if (!inv.has(option))
        return QString();
    const QString text = inv.value(option);
    out = isodate::dateFromIso(text.trimmed());
    if (!out.isValid())
        return Cli::tr("%1: %2 is not a date (YYYY-MM-DD).").arg(option, quoted(text));
    return QString();
}

QString parseReport(const Invocation &inv, ReportRequest &request)
{
    for (const QString &option : {QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--at"),
                                  QStringLiteral("--by"), QStringLiteral("--format")}) {
        if (inv.values.value(option).size() > 1)
            return Cli::tr("the option %1 was given more than once.").arg(option);
    }
    if (inv.has(QStringLiteral("--format"))) {
        const QString code = inv.value(QStringLiteral("--format"));
        if (code == QLatin1String("csv"))
            request.format = Format::Csv;
        else if (code == QLatin1String("table"))
            request.format = Format::Table;
        else
            return Cli::tr("--format: %1 is not csv or table.").arg(quoted(code));
    }
    if (inv.has(QStringLiteral("--by"))) {
        const QString code = inv.value(QStringLiteral("--by"));
        const auto by = CaseloadReport::byFromCode(code);
        if (!by)
            return Cli::tr("--by: %1 is not cell, officer or both.").arg(quoted(code));
        request.by = *by;
    }
    for (const auto &[option, date] : {std::pair{QStringLiteral("--from"), &request.from},
                                       std::pair{QStringLiteral("--to"), &request.to},
                                       std::pair{QStringLiteral("--at"), &request.at}}) {
        if (QString error = dateOption(inv, option, *date); !error.isEmpty())
            return error;
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Cli::tr("--from %1 is after --to %2.").arg(isodate::toIso(request.from), isodate::toIso(request.to));
    return QString();
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Runs `compute` with a progress line on stderr (silent for short runs).
template<typename Report, typename Compute>
std::optional<Report> computeWithProgress(const QString &label, Compute compute)
{
    ProgressLine line(label);
    auto result = compute([&line](qint64 done, qint64 total) {
        // ProgressLine counts in int: scale down large counts.
        const qint64 scale = total > 1000000 ? total / 1000000 : 1;
        line.update(int(done / scale), int(total / scale));
        return true;
    });
    line.finish();
    if (!result) {
        printErr(result.error());
        return std::nullopt;
    }
    return result.take();
}

QString flowsTable(const FlowReport &r)
{
    QList<QStringList> rows;
    for (const FlowReport::Flow &f : r.flows)
        rows.append({FlowReport::fromLabel(f), FlowReport::toLabel(f), QString::number(f.count)});
    return ReportSupport::table({Cli::tr("from"), Cli::tr("to"), Cli::tr("count")}, rows, {2});
}

QString durationsTable(const DurationReport &r)
{
    QList<QStringList> rows;
    for (const DurationReport::Row &row : r.rows) {
        QStringList fields = DurationReport::csvFields(row);
        fields[0] = DurationReport::cellText(row);
        for (QString &field : fields) {
            if (field.isEmpty())
                field = QStringLiteral("—");
        }
        rows << fields;
    }
    return ReportSupport::table({Cli::tr("cell"), Cli::tr("placements"), Cli::tr("median"), Cli::tr("Q1"), Cli::tr("Q3"),
                                 Cli::tr("mean"), Cli::tr("min"), Cli::tr("max")},
                                rows, {1, 2, 3, 4, 5, 6, 7});
}

QString caseloadTable(const CaseloadReport &r, CaseloadReport::By by)
{
    QList<QStringList> rows = r.csvRows(by);
    for (QStringList &fields : rows) {
        if (by == CaseloadReport::By::Cell) {
            const auto cell = cellFromCode(fields[0]);
            fields[0] = cell ? cellLabel(*cell) : CaseloadReport::tr("All cells");
        } else {
            fields[0] = CaseloadReport::officerText(fields[0]);
            if (by == CaseloadReport::By::Both)
                fields[1] = cellLabel(cellFromCode(fields[1]).value_or(Cell::Facilitation));
        }
    }
    switch (by) {
    case CaseloadReport::By::Cell:
        return ReportSupport::table({Cli::tr("cell"), Cli::tr("count")}, rows, {1});
    case CaseloadReport::By::Officer:
        return ReportSupport::table({Cli::tr("officer"), Cli::tr("count")}, rows, {1});
    case CaseloadReport::By::Both:
        break;
    }
    return ReportSupport::table({Cli::tr("officer"), Cli::tr("cell"), Cli::tr("count")}, rows, {2});
}

} // namespace

int runReportFlows(const Invocation &inv)
{
    ReportRequest request;
    if (const QString error = parseReport(inv, request); !error.isEmpty())
        return usageError(runReportFlows, error);
    if (!request.from.isValid() || !request.to.isValid())
        return usageError(runReportFlows, Cli::tr("report flows needs --from and --to."));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const auto report = computeWithProgress<FlowReport>(Cli::tr("Counting the flows…"), [&](const ReportProgress &progress) {
        return FlowReport::compute(*db, request.from, request.to, progress);
    });
    if (!report)
        return Failure;
    if (request.format == Format::Csv)
        writeOut(report->toCsv());
    else
        printOut(flowsTable(*report));
    return Success;
}

int runReportDurations(const Invocation &inv)
{
    ReportRequest request;
    if (const QString error = parseReport(inv, request); !error.isEmpty())
        return usageError(runReportDurations, error);
    if (request.from.isValid() != request.to.isValid())
        return usageError(runReportDurations, Cli::tr("--from and --to go together."));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const auto report =
        computeWithProgress<DurationReport>(Cli::tr("Measuring the durations…"), [&](const ReportProgress &progress) {
            return DurationReport::compute(*db, request.from, request.to, progress);
        });
    if (!report)
        return Failure;
    if (request.format == Format::Csv)
        writeOut(report->toCsv());
    else
        printOut(durationsTable(*report));
    return Success;
}

int runReportCaseload(const Invocation &inv)
{
    ReportRequest request;
    if (const QString error = parseReport(inv, request); !error.isEmpty())
        return usageError(runReportCaseload, error);
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    const QDate day = request.at.isValid() ? request.at : QDate::currentDate();
    const auto report = computeWithProgress<CaseloadReport>(Cli::tr("Counting the caseload…"), [&](const ReportProgress &progress) {
        return CaseloadReport::compute(*db, day, progress);
    });
    if (!report)
        return Failure;
    if (request.format == Format::Csv)
        writeOut(report->toCsv(request.by));
    else
        printOut(caseloadTable(*report, request.by));
    return Success;
}

} // namespace parcours::cli
