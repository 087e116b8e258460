// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/evolution.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "trajectory/isodate.h"
#include "trajectory/spankey.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/rowcursor.h"

#include <algorithm>
#include <vector>

namespace parcours {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Valid days, sorted, each once; nullopt when one is invalid.
std::optional<QList<QDate>> sortedDays(const QList<QDate> &days)
{
    QList<QDate> sorted = days;
    for (const QDate &d : sorted) {
        if (!d.isValid())
            return std::nullopt;
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

QDate periodEnd(const QDate &d, Evolution::Step step)
{
    switch (step) {
    case Evolution::Step::Month:
        return QDate(d.year(), d.month(), d.daysInMonth());
    case Evolution::Step::Quarter: {
        const int month = ((d.month() - 1) / 3 + 1) * 3;
        return QDate(d.year(), month, QDate(d.year(), month, 1).daysInMonth());
    }
    case Evolution::Step::Year:
        break;
    }
    return QDate(d.year(), 12, 31);
}

int monthsIn(Evolution::Step step)
{
    return step == Evolution::Step::Month ? 1 : step == Evolution::Step::Quarter ? 3 : 12;
}

// Difference arrays, one per column, over the sorted snapshot days.
class Sweep
{
public:
    static constexpr int kDossierColumn = kCellCount; // after the cells
    static constexpr int kColumns = kCellCount + 1;

    explicit Sweep(const QList<QDate> &days) : m_size(days.size())
    {
        m_diff.assign(size_t(kColumns) * size_t(m_size + 1), 0);
        if (days.isEmpty())
            return;
        // before[x - m_first] = how many snapshot days come before day x, for every day from
        // the first snapshot to the last: a lookup instead of a binary search per stay (ten
        // years of days is a 15 kB table).
        // Days further apart than a few centuries fall back to a binary search.
        for (const QDate &d : days)
            m_days.push_back(d.toJulianDay());
        m_first = m_days.front();
        m_last = m_days.back();
        if (m_last - m_first > kMaxTable)
            return;
        m_before.assign(size_t(m_last - m_first + 1), 0);
        qsizetype k = 0;
        for (qint64 x = m_first; x <= m_last; ++x) {
            while (m_days[size_t(k)] < x)
                ++k;
            m_before[size_t(x - m_first)] = qint32(k);
        }
    }

    // The stay [first, last] (julian days, inclusive; last may be kOpenEnd) counts in
    // `column` on every snapshot day it covers.
    void add(int column, qint64 first, qint64 last)
    {
        const qsizetype lo = before(first);
        const qsizetype hi = last >= m_last ? m_size : before(last + 1);
        if (lo >= hi)
            return;
        int *diff = m_diff.data() + size_t(column) * size_t(m_size + 1);
        ++diff[lo];
        --diff[hi];
    }

    QList<Figures> rows(const QList<QDate> &days) const
    {
        QList<Figures> out;
        out.reserve(m_size);
        std::array<int, kColumns> running{};
        for (qsizetype k = 0; k < m_size; ++k) {
            for (int c = 0; c < kColumns; ++c)
                running[size_t(c)] += m_diff[size_t(c) * (m_size + 1) + size_t(k)];
            Figures f;
            f.date = days.at(k);
            f.source = Figures::Source::Computed;
            f.dossiers = running[kDossierColumn];
            int spi = 0;
            for (const Cell c : kAllCells) {
                f.cell(c) = running[size_t(c)];
                if (isSpi(c))
                    spi += running[size_t(c)];
            }
            f.spi = spi;
            f.integrated = spi + running[size_t(Cell::HealthEquity)];
            out.append(f);
        }
        return out;
    }

private:
    // The number of snapshot days before day x.
    qsizetype before(qint64 x) const
    {
        if (x <= m_first)
            return 0;
        if (x > m_last)
            return m_size;
        if (m_before.empty())
            return std::lower_bound(m_days.begin(), m_days.end(), x) - m_days.begin();
        return m_before[size_t(x - m_first)];
    }

    static constexpr qint64 kMaxTable = 400 * 366;
    qsizetype m_size;
    std::vector<qint64> m_days;
    qint64 m_first = 0;
    qint64 m_last = 0;
    std::vector<qint32> m_before;
    std::vector<int> m_diff;
};

// Each dossier's open period, found by id: a direct table when the ids are dense (as
// INTEGER PRIMARY KEYs are), a binary search otherwise.
class Periods
{
public:
    struct Period
    {
        qint64 id;
        qint64 opened;
        qint64 closed; // kOpenEnd when open
    };

    void append(const Period &p) { m_list.push_back(p); }

    void index()
    {
        if (!std::is_sorted(m_list.begin(), m_list.end(), byId))
            std::sort(m_list.begin(), m_list.end(), byId);
        const qint64 maxId = m_list.empty() ? 0 : m_list.back().id;
        if (!m_list.empty() && m_list.front().id >= 0 && maxId <= 2 * qint64(m_list.size()) + 1024) {
            m_direct.assign(size_t(maxId) + 1, -1);
            for (size_t i = 0; i < m_list.size(); ++i)
                m_direct[size_t(m_list[i].id)] = qint32(i);
        }
    }

    const Period *find(qint64 id) const
    {
        if (!m_direct.empty()) {
            if (id < 0 || id >= qint64(m_direct.size()) || m_direct[size_t(id)] < 0)
                return nullptr;
            return &m_list[size_t(m_direct[size_t(id)])];
        }
        const auto it = std::lower_bound(m_list.begin(), m_list.end(), id, [](const Period &p, qint64 v) { return p.id < v; });
        return it != m_list.end() && it->id == id ? &*it : nullptr;
    }

private:
    static bool byId(const Period &a, const Period &b) { return a.id < b.id; }
    std::vector<Period> m_list;
    std::vector<qint32> m_direct;
};

} // namespace

QString Evolution::stepCode(Step step)
{
    switch (step) {
    case Step::Month:
        return QStringLiteral("month");
    case Step::Quarter:
        return QStringLiteral("quarter");
    case Step::Year:
        break;
    }
    return QStringLiteral("year");
}

std::optional<Evolution::Step> Evolution::stepFromCode(QStringView code)
{
    for (const Step s : {Step::Month, Step::Quarter, Step::Year}) {
        if (code.trimmed().compare(stepCode(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QList<QDate> Evolution::snapshotDays(const QDate &from, const QDate &to, Step step, bool periodEnds)
{
    QList<QDate> days;
    if (!from.isValid() || !to.isValid() || from > to)
        return days;
    if (periodEnds) {
        for (QDate d = periodEnd(from, step); d <= to; d = periodEnd(d.addDays(1), step))
            days.append(d);
    } else {
        for (int k = 0;; ++k) {
            const QDate d = from.addMonths(k * monthsIn(step)); // from `from` each time: no drift
            if (!d.isValid() || d > to)
                break;
            days.append(d);
        }
    }
    return days;
}

Result<QList<Figures>> Evolution::compute(Database &db, const QList<QDate> &input)
{
    using R = Result<QList<Figures>>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    const auto days = sortedDays(input);
    if (!days)
        return R::failure(tr("The evolution needs valid dates."));
    Sweep sweep(*days);
    if (days->isEmpty())
        return QList<Figures>();
    const auto damaged = [] {
        return R::failure(tr("The database holds a date that is not of the form YYYY-MM-DD; run a database check."));
    };

    // The dossiers' open periods: dates read as text and parsed by hand (QDate::fromString
    // would cost more than the whole query).
    Periods periods;
    {
        RowCursor rows(db.sql(), QStringLiteral("SELECT id, opened, closed FROM dossier"));
        while (rows.next()) {
            const auto opened = isodate::julianDayFromIso(rows.text(1));
            const auto closed = rows.isNull(2) ? std::optional<qint64>(isodate::kOpenEnd) : isodate::julianDayFromIso(rows.text(2));
            if (!opened || !closed)
                return damaged();
            periods.append({rows.integer(0), *opened, *closed});
            sweep.add(Sweep::kDossierColumn, *opened, *closed);
        }
        if (!rows.ok())
            return R::failure(tr("The database cannot be read: %1").arg(rows.error()));
    }
    periods.index();

    // The placements: two integers a row (see spankey.h), the cheapest a driver can hand over.
    RowCursor rows(db.sql(), QStringLiteral("SELECT dossier_id, span_key FROM placement"));
    while (rows.next()) {
        const Periods::Period *dossier = periods.find(rows.integer(0));
        if (!dossier)
            continue; // a foreign key the database would not have let through
        const auto span = decodeSpanKey(rows.integer(1));
        if (!span)
            return damaged();
        // Clipped to the dossier's open period: outside it the dossier is not counted at all.
        sweep.add(int(span->cell), std::max(span->start, dossier->opened), std::min(span->end, dossier->closed));
    }
    if (!rows.ok())
        return R::failure(tr("The database cannot be read: %1").arg(rows.error()));
    return sweep.rows(*days);
}

namespace {
const QString kDossierOpen = QStringLiteral("d.opened <= :day AND (d.closed IS NULL OR d.closed >= :day)");
const QString kPlacementCovers = QStringLiteral("p.start_date <= :day AND (p.end_date IS NULL OR p.end_date >= :day)");
const QString kInCells = QStringLiteral("FROM placement p JOIN dossier d ON d.id = p.dossier_id WHERE ") + kDossierOpen
    + QStringLiteral(" AND ") + kPlacementCovers;
} // namespace

Result<QList<Figures>> Evolution::computeByQueries(Database &db, const QList<QDate> &input)
{
    using R = Result<QList<Figures>>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    const auto days = sortedDays(input);
    if (!days)
        return R::failure(tr("The evolution needs valid dates."));
    QSqlQuery dossiers(db.sql()), cells(db.sql()), spi(db.sql()), integrated(db.sql());
    for (QSqlQuery *q : {&dossiers, &cells, &spi, &integrated})
        q->setForwardOnly(true);
    const bool prepared =
        dossiers.prepare(QStringLiteral("SELECT count(*) FROM dossier d WHERE ") + kDossierOpen)
        && cells.prepare(QStringLiteral("SELECT p.cell, count(DISTINCT p.dossier_id) ") + kInCells + QStringLiteral(" GROUP BY p.cell"))
        && spi.prepare(QStringLiteral("SELECT count(DISTINCT p.dossier_id) ") + kInCells + QStringLiteral(" AND p.cell <> 'health_equity'"))
        && integrated.prepare(QStringLiteral("SELECT count(DISTINCT p.dossier_id) ") + kInCells);
    if (!prepared)
        return R::failure(StorageMessages::describe(db.sql().lastError()));

    QList<Figures> rows;
    for (const QDate &day : *days) {
        const QString text = iso(day);
        Figures f;
        f.date = day;
        for (const Cell c : kAllCells)
            f.cell(c) = 0;
        const auto single = [&text](QSqlQuery &q, std::optional<int> &into) {
            q.bindValue(QStringLiteral(":day"), text);
            if (!q.exec() || !q.next())
                return false;
            into = q.value(0).toInt();
            return true;
        };
        if (!single(dossiers, f.dossiers) || !single(spi, f.spi) || !single(integrated, f.integrated))
            return R::failure(StorageMessages::describe(dossiers.lastError().isValid() ? dossiers.lastError()
                                                        : spi.lastError().isValid()    ? spi.lastError()
                                                                                       : integrated.lastError()));
        cells.bindValue(QStringLiteral(":day"), text);
        if (!cells.exec())
            return R::failure(StorageMessages::describe(cells.lastError()));
        while (cells.next()) {
            if (const auto c = cellFromCode(cells.value(0).toString()))
                f.cell(*c) = cells.value(1).toInt();
        }
        rows.append(f);
    }
    return rows;
}

Result<QList<Evolution::DrillRow>> Evolution::drillDown(Database &db, const QDate &day, FigureColumn column)
{
    using R = Result<QList<DrillRow>>;
    if (Status allowed = Permissions::require(db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error()); // it names people
    if (!day.isValid())
        return R::failure(tr("The evolution needs valid dates."));
    QString sql = QStringLiteral("SELECT DISTINCT d.id, d.reference, pe.last_name, pe.first_name FROM dossier d "
                                 "JOIN person pe ON pe.id = d.person_id ");
    if (column == FigureColumn::Dossiers) {
        sql += QStringLiteral("WHERE ") + kDossierOpen;
    } else {
        sql += QStringLiteral("JOIN placement p ON p.dossier_id = d.id WHERE ") + kDossierOpen + QStringLiteral(" AND ")
            + kPlacementCovers;
        if (column == FigureColumn::Spi)
            sql += QStringLiteral(" AND p.cell <> 'health_equity'");
        else if (const auto cell = cellOfColumn(column))
            sql += QStringLiteral(" AND p.cell = '%1'").arg(cellCode(*cell));
    }
    sql += QStringLiteral(" ORDER BY d.reference");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":day"), iso(day));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    QList<DrillRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return rows;
}

} // namespace parcours
