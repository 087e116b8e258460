// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/evolutiontable.h"

#include "trajectory/recordedfigures.h"

#include <algorithm>

namespace parcours {

QList<QDate> EvolutionTable::computedDays(const Request &request, const QDate &today)
{
    if (!request.at.isEmpty())
        return request.at;
    if (request.ranged())
        return Evolution::snapshotDays(request.from, request.to, request.step);
    return Evolution::snapshotDays(today.addMonths(-12).addDays(1), today, Evolution::Step::Month);
}

Result<QList<Figures>> EvolutionTable::load(Database &db, const Request &request, const QDate &today)
{
    using R = Result<QList<Figures>>;
    QList<Figures> rows;
    if (request.source != Source::Computed) {
        auto recorded = request.ranged() ? RecordedFigures(db).load(request.from, request.to) : RecordedFigures(db).load();
        if (!recorded)
            return R::failure(recorded.error());
        for (const Figures &f : recorded.value()) {
            if (request.at.isEmpty() || std::binary_search(request.at.cbegin(), request.at.cend(), f.date))
                rows << f;
        }
    }
    if (request.source != Source::Recorded) {
        const QList<QDate> days = computedDays(request, today);
        if (!days.isEmpty()) {
            auto computed = Evolution::compute(db, days);
            if (!computed)
                return R::failure(computed.error());
            rows += computed.value();
        }
    }
    sortRows(rows);
    return rows;
}

void EvolutionTable::sortRows(QList<Figures> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Figures &a, const Figures &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.source == Figures::Source::Recorded && b.source != Figures::Source::Recorded;
    });
}

} // namespace parcours
