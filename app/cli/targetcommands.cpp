// SPDX-License-Identifier: GPL-3.0-or-later
// report targets: the cells' yearly targets and what was realised (core/targets).
#include "cli.h"

#include "reports/reportsupport.h"
#include "targets/targets.h"

#include <cstdio>

namespace parcours::cli {

int runReportTargets(const Invocation &inv)
{
    for (const QString &option : {QStringLiteral("--year"), QStringLiteral("--format"), QStringLiteral("--at")}) {
        if (inv.values.value(option).size() > 1)
            return usageError(runReportTargets, Cli::tr("the option %1 was given more than once.").arg(option));
    }
    if (!inv.has(QStringLiteral("--year")))
        return usageError(runReportTargets, Cli::tr("report targets needs --year."));
    bool ok = false;
    const int year = inv.value(QStringLiteral("--year")).trimmed().toInt(&ok);
    if (!ok || year < 1990 || year > 2100)
        return usageError(runReportTargets,
                          Cli::tr("--year: \"%1\" is not a year between 1990 and 2100.").arg(inv.value(QStringLiteral("--year"))));
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runReportTargets, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));
    QDate asOf = QDate::currentDate();
    if (inv.has(QStringLiteral("--at"))) {
        asOf = QDate::fromString(inv.value(QStringLiteral("--at")).trimmed(), Qt::ISODate);
        if (!asOf.isValid())
            return usageError(runReportTargets,
                              Cli::tr("--at: \"%1\" is not a date (YYYY-MM-DD).").arg(inv.value(QStringLiteral("--at"))));
    }
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    Result<QList<TargetRealisation>> rows = Targets(*db).realisation(year, asOf);
    if (!rows) {
        printErr(rows.error());
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        const QByteArray bytes = Targets::toCsv(rows.value());
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    QList<QStringList> lines;
    for (const TargetRealisation &r : rows.value()) {
        const QString percent = Targets::formatPercent(r.percent);
        lines.append({Targets::describe(r.target), QString::number(r.target.target), QString::number(r.realised),
                      percent.isEmpty() ? QStringLiteral("—") : percent});
    }
    printOut(ReportSupport::table({Cli::tr("target"), Cli::tr("aimed"), Cli::tr("realised"), Cli::tr("%")}, lines, {1, 2, 3}));
    return Success;
}

} // namespace parcours::cli
