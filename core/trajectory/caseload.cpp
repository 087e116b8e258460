// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload as its page reads it: counts, then pages (see trajectory.h).
#include "trajectory/trajectory.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "trajectory/isodate.h"
#include "trajectory/spankey.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

// The key of the index placement_day (schema 0015): the cell's number × 10^8 + the end as a
// yyyymmdd number (99999999 when open), from span_key. SQLite uses an index on an expression
// only where a query writes that same expression, so it is written here once.
const QString kDayKey = QStringLiteral("p.span_key / 10000000000000000 * 100000000 + p.span_key % 100000000");

// A placement of a cell covers the day: its key lies between the cell's day and the cell's
// open end (one index range), and its start (span_key's middle eight digits) is not after
// the day. The range is bound by bindCellOnDay to the placeholders numbered `slot`.
QString cellOnDay(int slot)
{
    return kDayKey + QStringLiteral(" BETWEEN :from%1 AND :to%1 AND p.span_key / 100000000 % 100000000 <= :dayNumber").arg(slot);
}

qint64 dayNumber(const QDate &day)
{
    return qint64(day.year()) * 10000 + day.month() * 100 + day.day();
}

void bindCellOnDay(QSqlQuery &q, int slot, Cell cell, const QDate &day)
{
    constexpr qint64 kCellStep = 100000000;
    const qint64 n = int(cell);
    q.bindValue(QStringLiteral(":from%1").arg(slot), n * kCellStep + dayNumber(day));
    q.bindValue(QStringLiteral(":to%1").arg(slot), n * kCellStep + kSpanOpenEnd);
    q.bindValue(QStringLiteral(":dayNumber"), dayNumber(day));
}

// Every cell, one index range each, as one UNION ALL: `select` over placement p, and one
// column a cell (c0 … c6) that is 1 in that cell's rows and 0 in the others, so that the
// caller counts with plain sums: portable, and without the sort of the day's 90,000 rows
// that a GROUP BY of the cell would make (counts 93 ms instead of 77–85 at 200,000 dossiers).
QString everyCell(const QString &select, const QString &condition = {})
{
    QStringList arms;
    for (const Cell cell : kAllCells) {
        const int n = int(cell);
        QStringList flags;
        for (const Cell other : kAllCells)
            flags << QStringLiteral("%1 AS c%2").arg(other == cell ? 1 : 0).arg(int(other));
        arms << QStringLiteral("SELECT ") + select + QStringLiteral(", ") + flags.join(QStringLiteral(", "))
                + QStringLiteral(" FROM placement p WHERE ") + cellOnDay(n) + condition;
    }
    return arms.join(QStringLiteral(" UNION ALL "));
}

void bindEveryCell(QSqlQuery &q, const QDate &day)
{
    for (const Cell cell : kAllCells)
        bindCellOnDay(q, int(cell), cell, day);
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
    // read, no sorting); the dossiers not open on the day as one list from their indexes,
    // read once. Looking up each placement's dossier instead costs three times as much
    // (90,000 lookups on a recent day).
    QStringList sums;
    for (const Cell cell : kAllCells)
        sums << QStringLiteral("sum(c%1)").arg(int(cell));
    const QString sql = QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) + QStringLiteral(" FROM (")
        + everyCell(QStringLiteral("p.dossier_id AS dossier"),
                    officer ? QStringLiteral(" AND COALESCE(p.officer, '') = :officer") : QString())
        + QStringLiteral(") AS t WHERE dossier NOT IN (SELECT id FROM dossier WHERE closed < :day "
                         "UNION ALL SELECT id FROM dossier WHERE opened > :day)");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    bindEveryCell(q, day);
    q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (officer)
        q.bindValue(QStringLiteral(":officer"), *officer);
    if (!q.exec())
        return counts;
    if (q.next()) {
        for (const Cell cell : kAllCells)
            counts[size_t(cell)] = q.value(int(cell)).toInt(); // NULL (no row at all): 0
    }
    return counts;
}

QStringList Trajectory::caseloadOfficers(const QDate &day) const
{
    QStringList officers;
    if (!Permissions::allows(m_db.actor(), Permission::ViewRegister))
        return officers;
    // The placements of the day, from the index alone, one cell's range at a time (one
    // statement over all seven would pass every row through a UNION). Their dossiers are not
    // checked: an officer whose only placement of the day lies in a closed dossier (a file
    // imported that way) is offered and shows an empty list.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT COALESCE(p.officer, '') FROM placement p WHERE ") + cellOnDay(0));
    QSet<QString> seen;
    for (const Cell cell : kAllCells) {
        bindCellOnDay(q, 0, cell, day); // the cell is in the bound range: one statement serves all seven
        if (!q.exec())
            return officers;
        while (q.next()) {
            const QString officer = q.value(0).toString();
            if (!seen.contains(officer)) {
                seen.insert(officer);
                officers << officer;
            }
        }
    }
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
        // The day's placements of the cell (a range of placement_day), then their dossiers and people,
        // sorted: a few thousand rows at most.
        sql += QStringLiteral("FROM placement p CROSS JOIN dossier d CROSS JOIN person pe "
                              "WHERE d.id = p.dossier_id AND pe.id = d.person_id AND ");
    }
    sql += cellOnDay(0) + QStringLiteral(" AND ") + kDossierOpen;
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
    bindCellOnDay(q, 0, cell, day);
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
