// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportsupport.h"

#include "interchange/csvreader.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <cmath>

namespace parcours {

QString ReportSupport::cancelledMessage()
{
    return tr("The report was cancelled.");
}

QString ReportSupport::unreadableMessage(const QString &why)
{
    return tr("The database cannot be read: %1").arg(why);
}

QString ReportSupport::damagedMessage()
{
    return tr("The database holds a date that is not of the form YYYY-MM-DD; run a database check.");
}

qint64 ReportSupport::largestId(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // `table` is one of the reports' own table names, never user input.
    if (!q.exec(QStringLiteral("SELECT max(id) FROM ") + table) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QByteArray ReportSupport::csv(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = CsvReader::formatRow(header);
    for (const QStringList &row : rows)
        out += CsvReader::formatRow(row);
    return out;
}

QString ReportSupport::table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &numeric)
{
    QList<QStringList> lines = {header};
    lines += rows;
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QStringList text;
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (qsizetype i = 0; i < line.size() && i < widths.size(); ++i)
            cells << (numeric.contains(int(i)) ? line.at(i).rightJustified(widths[i]) : line.at(i).leftJustified(widths[i]));
        QString joined = cells.join(QStringLiteral("  "));
        while (joined.endsWith(QLatin1Char(' ')))
            joined.chop(1);
        text << joined;
    }
    return text.join(QLatin1Char('\n'));
}

double quantileOfSorted(const std::vector<int> &sorted, double p)
{
    const double rank = double(sorted.size() - 1) * p;
    const auto lo = size_t(std::floor(rank));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (rank - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace parcours
