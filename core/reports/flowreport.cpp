// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/flowreport.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/rowcursor.h"
#include "trajectory/spankey.h"

#include <array>

namespace parcours {

namespace {

// Counting grid: rows 0 = entry, 1 + cell; columns cell, then kCellCount + outcome, then
// the last one for "no outcome recorded".
constexpr int kRows = kCellCount + 1;
constexpr int kColumns = kCellCount + kOutcomeCount + 1;
using Grid = std::array<std::array<int, kColumns>, kRows>;

// The outcome as a small integer in SQL: the driver hands over an integer faster than text.
QString outcomeNumberSql()
{
    QString sql = QStringLiteral("CASE outcome");
    for (const Outcome o : kAllOutcomes)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(outcomeCode(o)).arg(int(o));
    return sql + QStringLiteral(" END");
}

struct Stay
{
    Cell cell;
    qint64 start;
    qint64 end; // isodate::kOpenEnd when open
    int outcome; // -1: none recorded
};

class Counter
{
public:
    Counter(qint64 from, qint64 to) : m_from(from), m_to(to) { }

    // The next stay of the dossier the cursor is in (stays come in start order).
    void add(const Stay &s)
    {
        const bool follows = m_hasPrevious && m_previous.end != isodate::kOpenEnd && s.start == m_previous.end + 1;
        if (follows)
            countEnd(m_previous, &s);
        else
            closePrevious();
        if (!follows && inPeriod(s.start))
            ++m_grid[0][size_t(s.cell)];
        m_previous = s;
        m_hasPrevious = true;
    }
    // The dossier's stays are over.
    void closePrevious()
    {
        if (m_hasPrevious && m_previous.end != isodate::kOpenEnd)
            countEnd(m_previous, nullptr);
        m_hasPrevious = false;
    }
    const Grid &grid() const { return m_grid; }

private:
    bool inPeriod(qint64 day) const { return day >= m_from && day <= m_to; }
    void countEnd(const Stay &p, const Stay *next)
    {
        if (!inPeriod(p.end))
            return;
        const size_t column = next ? size_t(next->cell) : p.outcome < 0 ? size_t(kColumns - 1) : size_t(kCellCount + p.outcome);
        ++m_grid[1 + size_t(p.cell)][column];
    }

    qint64 m_from;
    qint64 m_to;
    Grid m_grid{};
    Stay m_previous{};
    bool m_hasPrevious = false;
};

} // namespace

Result<FlowReport> FlowReport::compute(Database &db, const QDate &from, const QDate &to, const ReportProgress &progress)
{
    using R = Result<FlowReport>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    if (!from.isValid() || !to.isValid())
        return R::failure(tr("The flows need a valid period."));
    if (from > to)
        return R::failure(tr("The period starts on %1, after its end on %2.")
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));

    ReportTicker ticker(progress, ReportSupport::largestId(db, QStringLiteral("placement")));
    Counter counter(from.toJulianDay(), to.toJulianDay());
    RowCursor rows(db.sql(), QStringLiteral("SELECT dossier_id, span_key, ") + outcomeNumberSql()
                                 + QStringLiteral(" FROM placement ORDER BY dossier_id, start_date"));
    qint64 dossier = -1;
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        const auto span = decodeSpanKey(rows.integer(1));
        if (!span)
            return R::failure(ReportSupport::damagedMessage());
        if (id != dossier) {
            counter.closePrevious();
            dossier = id;
        }
        counter.add({span->cell, span->start, span->end, rows.isNull(2) ? -1 : int(rows.integer(2))});
        if (!ticker.step())
            return R::failure(ReportSupport::cancelledMessage());
    }
    if (!rows.ok())
        return R::failure(ReportSupport::unreadableMessage(rows.error()));
    counter.closePrevious();
    if (!ticker.finish())
        return R::failure(ReportSupport::cancelledMessage());

    FlowReport report;
    report.from = from;
    report.to = to;
    const Grid &grid = counter.grid();
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            const int n = grid[size_t(r)][size_t(c)];
            if (n == 0)
                continue;
            Flow f;
            f.count = n;
            if (r > 0)
                f.from = Cell(r - 1);
            if (c < kCellCount)
                f.to = Cell(c);
            else if (c < kCellCount + kOutcomeCount)
                f.outcome = Outcome(c - kCellCount);
            report.flows.append(f);
        }
    }
    return report;
}

int FlowReport::count(std::optional<Cell> fromCell, std::optional<Cell> toCell, std::optional<Outcome> outcome) const
{
    for (const Flow &f : flows) {
        if (f.from == fromCell && f.to == toCell && f.outcome == outcome)
            return f.count;
    }
    return 0;
}

std::array<FlowReport::Balance, kCellCount> FlowReport::balance() const
{
    std::array<Balance, kCellCount> out{};
    for (const Flow &f : flows) {
        if (f.isEntry()) {
            out[size_t(*f.to)].entries += f.count;
        } else if (f.isExit()) {
            out[size_t(*f.from)].exits += f.count;
        } else if (*f.from != *f.to) {
            out[size_t(*f.from)].movesOut += f.count;
            out[size_t(*f.to)].movesIn += f.count;
        }
    }
    return out;
}

int FlowReport::entries() const
{
    int n = 0;
    for (const Flow &f : flows)
        n += f.isEntry() ? f.count : 0;
    return n;
}

int FlowReport::exits() const
{
    int n = 0;
    for (const Flow &f : flows)
        n += f.isExit() ? f.count : 0;
    return n;
}

int FlowReport::moves() const
{
    int n = 0;
    for (const Flow &f : flows)
        n += !f.isEntry() && !f.isExit() ? f.count : 0;
    return n;
}

QStringList FlowReport::csvHeader()
{
    return {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("outcome"), QStringLiteral("count")};
}

QStringList FlowReport::csvFields(const Flow &f)
{
    return {f.from ? cellCode(*f.from) : QStringLiteral("entry"), f.to ? cellCode(*f.to) : QStringLiteral("exit"),
            f.to ? QString() : f.outcome ? outcomeCode(*f.outcome) : QStringLiteral("unrecorded"), QString::number(f.count)};
}

QByteArray FlowReport::toCsv() const
{
    QList<QStringList> rows;
    for (const Flow &f : flows)
        rows << csvFields(f);
    return ReportSupport::csv(csvHeader(), rows);
}

QString FlowReport::fromLabel(const Flow &f)
{
    return f.from ? cellLabel(*f.from) : tr("Entry (no cell)");
}

QString FlowReport::toLabel(const Flow &f)
{
    if (f.to)
        return cellLabel(*f.to);
    return tr("Exit: %1").arg(f.outcome ? outcomeLabel(*f.outcome) : tr("no outcome recorded"));
}

} // namespace parcours
