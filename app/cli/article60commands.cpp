// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli report article60: the occupancy of the article 60 posts and the contracts
// ending within 30, 60 and 90 days.
#include "cli.h"

#include "article60/article60report.h"

namespace parcours::cli {

int runReportArticle60(const Invocation &inv)
{
    QDate day = QDate::currentDate();
    if (inv.has(QStringLiteral("--at"))) {
        day = QDate::fromString(inv.value(QStringLiteral("--at")), Qt::ISODate);
        if (!day.isValid())
            return usageError(runReportArticle60,
                              Cli::tr("--at: \"%1\" is not a date (YYYY-MM-DD).").arg(inv.value(QStringLiteral("--at"))));
    }
    const QString format = inv.has(QStringLiteral("--format")) ? inv.value(QStringLiteral("--format")) : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("table"))
        return usageError(runReportArticle60, Cli::tr("--format: \"%1\" is not csv or table.").arg(format));
    const auto db = openDatabase(inv, Database::Mode::MustExist);
    if (!db)
        return Failure;
    Result<Article60Report> report = Article60Report::compute(*db, day);
    if (!report) {
        printErr(report.error());
        return Failure;
    }
    if (format == QLatin1String("csv")) {
        const QStringList lines = report->toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            printOut(line);
        return Success;
    }
    const Article60Report &r = report.value();
    printOut(Cli::tr("Article 60 on %1: %2 posts, %3 filled, %4 vacant; contracts ending within 30 days: %5, 60 days: %6, "
                     "90 days: %7.")
                 .arg(day.toString(Qt::ISODate))
                 .arg(r.board.size())
                 .arg(r.filled())
                 .arg(r.vacant())
                 .arg(r.endingWithin(30))
                 .arg(r.endingWithin(60))
                 .arg(r.endingWithin(90)));
    if (!r.board.isEmpty()) {
        printOut(QString());
        printOut(Cli::tr("Status").leftJustified(8) + QLatin1Char(' ') + Cli::tr("Function").leftJustified(24) + QLatin1Char(' ')
                 + Cli::tr("Place").leftJustified(24) + QLatin1Char(' ') + Cli::tr("Time").leftJustified(10) + QLatin1Char(' ')
                 + Cli::tr("Held by").leftJustified(30) + QLatin1Char(' ') + Cli::tr("Until"));
        for (const PostOccupancy &o : r.board) {
            printOut((o.filled() ? Cli::tr("filled") : Cli::tr("vacant")).leftJustified(8) + QLatin1Char(' ')
                     + o.post.function.leftJustified(24, QLatin1Char(' '), true) + QLatin1Char(' ')
                     + o.post.place.leftJustified(24, QLatin1Char(' '), true) + QLatin1Char(' ')
                     + Article60::scheduleLabel(o.post.schedule).leftJustified(10, QLatin1Char(' '), true) + QLatin1Char(' ')
                     + (o.filled() ? o.contract->personName + QStringLiteral(" (") + o.contract->reference + QLatin1Char(')')
                                   : QString())
                           .leftJustified(30, QLatin1Char(' '), true)
                     + QLatin1Char(' ') + (o.filled() ? o.contract->end().toString(Qt::ISODate) : QString()));
        }
    }
    if (!r.ending.isEmpty()) {
        printOut(QString());
        printOut(Cli::tr("Within").leftJustified(7) + QLatin1Char(' ') + Cli::tr("End").leftJustified(10) + QLatin1Char(' ')
                 + Cli::tr("Reference").leftJustified(15) + QLatin1Char(' ') + Cli::tr("Name").leftJustified(28) + QLatin1Char(' ')
                 + Cli::tr("Post"));
        for (const Article60Contract &c : r.ending) {
            printOut(QString::number(r.windowOf(c)).leftJustified(7) + QLatin1Char(' ') + c.end().toString(Qt::ISODate)
                     + QLatin1Char(' ') + c.reference.leftJustified(15, QLatin1Char(' '), true) + QLatin1Char(' ')
                     + c.personName.leftJustified(28, QLatin1Char(' '), true) + QLatin1Char(' ') + c.postLabel);
        }
    }
    return Success;
}

} // namespace parcours::cli
