// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/caseloadreport.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/rowcursor.h"
#include "trajectory/isodate.h"
#include "trajectory/spankey.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace parcours {

QString CaseloadReport::byCode(By by)
{
    switch (by) {
    case By::Cell:
        return QStringLiteral("cell");
    case By::Officer:
        return QStringLiteral("officer");
    case By::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<CaseloadReport::By> CaseloadReport::byFromCode(QStringView code)
{
    for (const By by : {By::Cell, By::Officer, By::Both}) {
        if (code.trimmed().compare(byCode(by), Qt::CaseInsensitive) == 0)
            return by;
    }
    return std::nullopt;
}

Result<CaseloadReport> CaseloadReport::compute(Database &db, const QDate &day, const ReportProgress &progress)
{
    using R = Result<CaseloadReport>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("The caseload needs a valid day."));
    const qint64 d = day.toJulianDay();
    ReportTicker ticker(progress, ReportSupport::largestId(db, QStringLiteral("dossier"))
                                      + ReportSupport::largestId(db, QStringLiteral("placement")));

    // The dossiers open on the day, by id (INTEGER PRIMARY KEYs are dense: a bit vector).
    std::vector<bool> open;
    {
        RowCursor rows(db.sql(), QStringLiteral("SELECT id, opened, closed FROM dossier"));
        while (rows.next()) {
            const auto opened = isodate::julianDayFromIso(rows.text(1));
            const auto closed = rows.isNull(2) ? std::optional<qint64>(isodate::kOpenEnd) : isodate::julianDayFromIso(rows.text(2));
            if (!opened || !closed)
                return R::failure(ReportSupport::damagedMessage());
            const qint64 id = rows.integer(0);
            if (*opened <= d && d <= *closed && id >= 0) {
                if (size_t(id) >= open.size())
                    open.resize(size_t(id) + 1, false);
                open[size_t(id)] = true;
            }
            if (!ticker.step())
                return R::failure(ReportSupport::cancelledMessage());
        }
        if (!rows.ok())
            return R::failure(ReportSupport::unreadableMessage(rows.error()));
    }

    CaseloadReport report;
    report.day = day;
    QHash<QString, OfficerRow> officers;
    RowCursor rows(db.sql(), QStringLiteral("SELECT dossier_id, span_key, officer FROM placement"));
    while (rows.next()) {
        if (!ticker.step())
            return R::failure(ReportSupport::cancelledMessage());
        const auto span = decodeSpanKey(rows.integer(1));
        if (!span)
            return R::failure(ReportSupport::damagedMessage());
        const qint64 id = rows.integer(0);
        if (span->start > d || span->end < d || id < 0 || size_t(id) >= open.size() || !open[size_t(id)])
            continue;
        const size_t cell = size_t(span->cell);
        ++report.cells[cell];
        ++report.total;
        // Only the placements on the day get their officer read as text.
        const QString officer = rows.isNull(2) ? QString() : QString::fromUtf8(rows.text(2)).trimmed();
        OfficerRow &row = officers[officer];
        row.officer = officer;
        ++row.cells[cell];
        ++row.total;
    }
    if (!rows.ok())
        return R::failure(ReportSupport::unreadableMessage(rows.error()));
    if (!ticker.finish())
        return R::failure(ReportSupport::cancelledMessage());

    report.officers = officers.values();
    std::sort(report.officers.begin(), report.officers.end(), [](const OfficerRow &a, const OfficerRow &b) {
        if (a.officer.isEmpty() != b.officer.isEmpty())
            return b.officer.isEmpty();
        const int c = a.officer.compare(b.officer, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.officer < b.officer;
    });
    return report;
}

int CaseloadReport::officerCount(const QString &officer, std::optional<Cell> cell) const
{
    for (const OfficerRow &row : officers) {
        if (row.officer == officer)
            return cell ? row.cells[size_t(*cell)] : row.total;
    }
    return 0;
}

QStringList CaseloadReport::csvHeader(By by)
{
    switch (by) {
    case By::Cell:
        return {QStringLiteral("cell"), QStringLiteral("count")};
    case By::Officer:
        return {QStringLiteral("officer"), QStringLiteral("count")};
    case By::Both:
        break;
    }
    return {QStringLiteral("officer"), QStringLiteral("cell"), QStringLiteral("count")};
}

QList<QStringList> CaseloadReport::csvRows(By by) const
{
    QList<QStringList> rows;
    switch (by) {
    case By::Cell:
        for (const Cell c : kAllCells)
            rows.append({cellCode(c), QString::number(cells[size_t(c)])});
        rows.append({QStringLiteral("all"), QString::number(total)});
        break;
    case By::Officer:
        for (const OfficerRow &o : officers)
            rows.append({o.officer, QString::number(o.total)});
        break;
    case By::Both:
        for (const OfficerRow &o : officers) {
            for (const Cell c : kAllCells) {
                if (o.cells[size_t(c)] > 0)
                    rows.append({o.officer, cellCode(c), QString::number(o.cells[size_t(c)])});
            }
        }
        break;
    }
    return rows;
}

QByteArray CaseloadReport::toCsv(By by) const
{
    return ReportSupport::csv(csvHeader(by), csvRows(by));
}

QString CaseloadReport::officerText(const QString &officer)
{
    return officer.isEmpty() ? tr("(no officer recorded)") : officer;
}

} // namespace parcours
