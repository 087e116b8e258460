// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload as its page reads it: counts, then pages (see trajectory.h).
#include "trajectory/trajectory.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "trajectory/isodate.h"

#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

// A placement covers the day, and its dossier is open on it. The COALESCE expression is the
// one of the index placement_day (schema 0004): within a cell, an index range over the
// placements that end on or after the day, which for today and recent days are about the
// ones that cover it.
const QString kPlacementOnDay = QStringLiteral("COALESCE(p.end_date, '9999-12-31') >= :day AND p.start_date <= :day");
// Every cell: lets the index placement_day, which starts with the cell, be read as one range
// per cell. Made on first use (cellCode's table may not exist yet at static initialisation).
QString anyCell()
{
    static const QString condition = []() -> QString {
        QStringList codes;
        for (const Cell cell : kAllCells)
            codes << QLatin1Char('\'') + cellCode(cell) + QLatin1Char('\'');
        return QStringLiteral("p.cell IN (") + codes.join(QLatin1Char(',')) + QLatin1Char(')');
    }();
    return condition;
}
const QString kDossierOpen = QStringLiteral("d.opened <= :day AND COALESCE(d.closed, '9999-12-31') >= :day");

const QString kRowColumns = QStringLiteral(
    "SELECT p.id, d.id, d.reference, pe.last_name, pe.first_name, p.cell, p.start_date, p.end_date, p.officer, "
    "pe.id, pe.last_key, pe.first_key ");

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : isodate::dateFromIso(v.toString());
}

} // namespace

Trajectory::CellCounts Trajectory::caseloadCounts(const QDate &day, const std::optional<QString> &officer) const
{
    CellCounts counts{};
    if (!Permissions::allows(m_db.actor(), Permission::ViewRegister))
        return counts;
    // One index range of placement_day per cell, counted in the index (no placement row is
    // read, no sorting: the groups come in index order); the dossiers not open on the day as
    // one list from their indexes, read once. Looking up each placement's dossier instead
    // costs three times as much (90,000 lookups on a recent day).
    QString sql = QStringLiteral("SELECT p.cell, count(*) FROM placement p WHERE ") + anyCell() + QStringLiteral(" AND ")
        + kPlacementOnDay;
    if (officer)
        sql += QStringLiteral(" AND COALESCE(p.officer, '') = :officer");
    sql += QStringLiteral(" AND p.dossier_id NOT IN (SELECT id FROM dossier WHERE closed < :day "
                          "UNION ALL SELECT id FROM dossier WHERE opened > :day) GROUP BY p.cell");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (officer)
        q.bindValue(QStringLiteral(":officer"), *officer);
    if (!q.exec())
        return counts;
    while (q.next()) {
        if (const std::optional<Cell> cell = cellFromCode(q.value(0).toString()))
            counts[size_t(*cell)] += q.value(1).toInt();
    }
    return counts;
}

QStringList Trajectory::caseloadOfficers(const QDate &day) const
{
    QStringList officers;
    if (!Permissions::allows(m_db.actor(), Permission::ViewRegister))
        return officers;
    // The placements of the day, from the index alone. Their dossiers are not checked: an
    // officer whose only placement of the day lies in a closed dossier (a file imported that
    // way) is offered and shows an empty list.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT COALESCE(p.officer, '') FROM placement p WHERE ") + anyCell() + QStringLiteral(" AND ")
              + kPlacementOnDay);
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (!q.exec())
        return officers;
    while (q.next())
        officers << q.value(0).toString();
    officers.sort();
    return officers;
}

QList<Trajectory::CaseloadRow> Trajectory::caseloadPage(const QDate &day, Cell cell, const std::optional<QString> &officer,
                                                       const CaseloadRow *after, int limit, int expected) const
{
    QList<CaseloadRow> rows;
    if (!Permissions::allows(m_db.actor(), Permission::ViewRegister) || limit <= 0 || expected <= 0)
        return rows;
    // Both plans are fixed by the order of the CROSS JOINs (portable SQL that SQLite reads as
    // "this table outside"): the planner cannot know how many rows a cell has on a day.
    QString sql = kRowColumns;
    if (expected >= kCaseloadWalkFrom) {
        // People in name order (person_last_key), their dossiers, the placement that covers
        // the day: stops when the page is full, after about limit × people / expected people.
        sql += QStringLiteral("FROM person pe CROSS JOIN dossier d CROSS JOIN placement p "
                              "WHERE d.person_id = pe.id AND p.dossier_id = d.id AND ");
    } else {
        // The day's placements of the cell (placement_day), then their dossiers and people,
        // sorted: a few thousand rows at most.
        sql += QStringLiteral("FROM placement p CROSS JOIN dossier d CROSS JOIN person pe "
                              "WHERE d.id = p.dossier_id AND pe.id = d.person_id AND ");
    }
    sql += kPlacementOnDay + QStringLiteral(" AND ") + kDossierOpen + QStringLiteral(" AND p.cell = :cell");
    if (officer)
        sql += QStringLiteral(" AND COALESCE(p.officer, '') = :officer");
    if (after) {
        // The rows after the previous page's last one (keyset paging: every page costs the
        // same, however far the list was scrolled).
        sql += QStringLiteral(" AND pe.last_key >= :lastKey AND (pe.last_key > :lastKey OR pe.first_key > :firstKey "
                              "OR (pe.first_key = :firstKey AND (pe.id > :personId "
                              "OR (pe.id = :personId AND d.reference > :reference))))");
    }
    sql += QStringLiteral(" ORDER BY pe.last_key, pe.first_key, pe.id, d.reference LIMIT :limit");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":cell"), cellCode(cell));
    if (officer)
        q.bindValue(QStringLiteral(":officer"), *officer);
    if (after) {
        q.bindValue(QStringLiteral(":lastKey"), after->lastKey);
        q.bindValue(QStringLiteral(":firstKey"), after->firstKey);
        q.bindValue(QStringLiteral(":personId"), after->personId);
        q.bindValue(QStringLiteral(":reference"), after->reference);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return rows;
    rows.reserve(std::min(limit, expected));
    while (q.next()) {
        CaseloadRow r;
        r.placementId = q.value(0).toLongLong();
        r.dossierId = q.value(1).toLongLong();
        r.reference = q.value(2).toString();
        r.lastName = q.value(3).toString();
        r.firstName = q.value(4).toString();
        r.cell = cellFromCode(q.value(5).toString()).value_or(cell);
        r.since = dateOf(q.value(6));
        r.until = dateOf(q.value(7));
        r.days = int(r.since.daysTo(day));
        r.officer = q.value(8).toString();
        r.personId = q.value(9).toLongLong();
        r.lastKey = q.value(10).toString();
        r.firstKey = q.value(11).toString();
        rows.append(r);
    }
    return rows;
}

} // namespace parcours
