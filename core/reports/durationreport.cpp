// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/durationreport.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/rowcursor.h"
#include "trajectory/spankey.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <vector>

namespace parcours {

namespace {

DurationReport::Row summarise(std::optional<Cell> cell, std::vector<int> &days)
{
    DurationReport::Row row;
    row.cell = cell;
    row.count = int(days.size());
    if (days.empty())
        return row;
    std::sort(days.begin(), days.end());
    row.median = quantileOfSorted(days, 0.5);
    row.firstQuartile = quantileOfSorted(days, 0.25);
    row.thirdQuartile = quantileOfSorted(days, 0.75);
    row.mean = double(std::accumulate(days.begin(), days.end(), qint64(0))) / double(days.size());
    row.shortest = days.front();
    row.longest = days.back();
    return row;
}

} // namespace

Result<DurationReport> DurationReport::compute(Database &db, const QDate &from, const QDate &to, const ReportProgress &progress)
{
    using R = Result<DurationReport>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    const bool period = !from.isNull() || !to.isNull();
    if (period && (!from.isValid() || !to.isValid()))
        return R::failure(tr("The durations need a valid period, or none."));
    if (period && from > to)
        return R::failure(tr("The period starts on %1, after its end on %2.")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const qint64 first = period ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 last = period ? to.toJulianDay() : isodate::kOpenEnd - 1;

    ReportTicker ticker(progress, ReportSupport::largestId(db, QStringLiteral("placement")));
    std::array<std::vector<int>, kCellCount> perCell;
    RowCursor rows(db.sql(), QStringLiteral("SELECT span_key FROM placement WHERE end_date IS NOT NULL"));
    while (rows.next()) {
        const auto span = decodeSpanKey(rows.integer(0));
        if (!span)
            return R::failure(ReportSupport::damagedMessage());
        if (span->end >= first && span->end <= last)
            perCell[size_t(span->cell)].push_back(int(span->end - span->start + 1));
        if (!ticker.step())
            return R::failure(ReportSupport::cancelledMessage());
    }
    if (!rows.ok())
        return R::failure(ReportSupport::unreadableMessage(rows.error()));

    DurationReport report;
    report.from = period ? from : QDate();
    report.to = period ? to : QDate();
    std::vector<int> all;
    for (const Cell c : kAllCells) {
        all.insert(all.end(), perCell[size_t(c)].begin(), perCell[size_t(c)].end());
        report.rows.append(summarise(c, perCell[size_t(c)]));
    }
    report.rows.append(summarise(std::nullopt, all));
    if (!ticker.finish())
        return R::failure(ReportSupport::cancelledMessage());
    return report;
}

const DurationReport::Row &DurationReport::row(std::optional<Cell> cell) const
{
    return rows.at(cell ? qsizetype(*cell) : rows.size() - 1);
}

QString DurationReport::days(double value)
{
    // One decimal at most, and none when it is zero: medians are whole or end in .5.
    QString text = QString::number(value, 'f', 1);
    if (text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

QStringList DurationReport::csvHeader()
{
    return {QStringLiteral("cell"),     QStringLiteral("placements"), QStringLiteral("median_days"),
            QStringLiteral("q1_days"),  QStringLiteral("q3_days"),    QStringLiteral("mean_days"),
            QStringLiteral("min_days"), QStringLiteral("max_days")};
}

QStringList DurationReport::csvFields(const Row &r)
{
    const QString code = r.cell ? cellCode(*r.cell) : QStringLiteral("all");
    if (r.count == 0)
        return {code, QStringLiteral("0"), {}, {}, {}, {}, {}, {}};
    return {code,
            QString::number(r.count),
            days(r.median),
            days(r.firstQuartile),
            days(r.thirdQuartile),
            days(r.mean),
            QString::number(r.shortest),
            QString::number(r.longest)};
}

QByteArray DurationReport::toCsv() const
{
    QList<QStringList> out;
    for (const Row &r : rows)
        out << csvFields(r);
    return ReportSupport::csv(csvHeader(), out);
}

QString DurationReport::cellText(const Row &r)
{
    return r.cell ? cellLabel(*r.cell) : tr("All cells");
}

} // namespace parcours
