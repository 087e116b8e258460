// SPDX-License-Identifier: GPL-3.0-or-later
// The balance and the GPMI on the command line: the compliance report an inspector asks for.
#include "cli.h"

#include "balance/compliance.h"

#include <QFile>
#include <QTextStream>

namespace parcours::cli {

// --- report gpmi ---------------------------------------------------------------------------

int runReportGpmi(const Invocation &inv)
{
    QDate day = QDate::currentDate();
    if (inv.has(QStringLiteral("--at"))) {
        day = QDate::fromString(inv.value(QStringLiteral("--at")), Qt::ISODate);
        if (!day.isValid())
            return usageError(runReportGpmi, Cli::tr("--at: \"%1\" is not a date (YYYY-MM-DD).").arg(inv.value(QStringLiteral("--at"))));
    }
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runReportGpmi, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));
    auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    auto rows = Compliance(*db).rows(day, inv.value(QStringLiteral("--officer")));
    if (!rows.ok()) {
        printErr(rows.error());
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Failure;
        Compliance::writeCsv(rows.value(), out);
        out.flush();
        return Success;
    }
    QTextStream out(stdout);
    out << Cli::tr("GPMI compliance on %1; findings: %2").arg(day.toString(Qt::ISODate)).arg(rows->size()) << '\n';
    if (rows->isEmpty()) {
        out.flush();
        return Success;
    }
    out << Cli::tr("Reference").leftJustified(15) << ' ' << Cli::tr("Name").leftJustified(28) << ' '
        << Cli::tr("Officer").leftJustified(14) << ' ' << Cli::tr("Requirement").leftJustified(34) << ' '
        << Cli::tr("State").leftJustified(12) << ' ' << Cli::tr("Due").leftJustified(10) << ' ' << Cli::tr("Days").rightJustified(6)
        << '\n';
    for (const Compliance::Row &r : rows.value()) {
        out << r.reference.leftJustified(15) << ' ' << QString(r.lastName + QStringLiteral(", ") + r.firstName).leftJustified(28, QLatin1Char(' '), true)
            << ' ' << r.officer.leftJustified(14, QLatin1Char(' '), true) << ' '
            << Compliance::requirementLabel(r.finding.requirement).leftJustified(34) << ' '
            << Compliance::stateLabel(r.finding.state).leftJustified(12) << ' ' << r.finding.due.toString(Qt::ISODate) << ' '
            << QString::number(r.daysLeft).rightJustified(6) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace parcours::cli
