// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload as its page reads it: counts per cell and officer, and pages in name order,
// agreeing with Trajectory::caseload (the whole day at once).
#include "demo/demogenerator.h"
#include "trajectory/trajectory.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <set>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

// Every row of `cell` read page by page, as the model does.
QList<Trajectory::CaseloadRow> allPages(const Trajectory &t, const QDate &day, Cell cell, const std::optional<QString> &officer,
                                        int expected, int pageSize)
{
    QList<Trajectory::CaseloadRow> rows;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = t.caseloadPage(day, cell, officer, rows.isEmpty() ? nullptr : &rows.last(), pageSize, expected);
        rows += page;
        if (page.size() < pageSize)
            break;
    }
    return rows;
}

std::set<qint64> placements(const QList<Trajectory::CaseloadRow> &rows)
{
    std::set<qint64> ids;
    for (const auto &r : rows)
        ids.insert(r.placementId);
    return ids;
}

} // namespace

TEST_CASE("Caseload counts and pages agree with the whole day, by both plans", "[trajectory][caseload]")
{
    TempDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 800;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    Trajectory trajectory(*t.db);

    // A dossier closed without its placement being ended (as a dossier import can leave it):
    // on days after the closing it is in no caseload, although its placement still runs.
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT d.id FROM dossier d JOIN placement p ON p.dossier_id = d.id "
                                  "WHERE p.end_date IS NULL AND d.closed IS NULL AND p.start_date < '2025-01-01' LIMIT 1")));
    REQUIRE(q.next());
    const qint64 closedEarly = q.value(0).toLongLong();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("UPDATE dossier SET closed = '2025-02-01' WHERE id = %1").arg(closedEarly)));

    for (const QDate &day : {QDate(2025, 6, 30), QDate(2021, 3, 15), QDate(2016, 1, 1)}) {
        INFO("day " << day.toString(Qt::ISODate).toStdString());
        const QList<Trajectory::CaseloadRow> whole = trajectory.caseload(day);
        Trajectory::CellCounts expected{};
        QStringList officers;
        for (const auto &r : whole) {
            ++expected[size_t(r.cell)];
            officers << r.officer;
            if (day > QDate(2025, 2, 1))
                CHECK(r.dossierId != closedEarly);
        }
        officers.removeDuplicates();
        officers.sort();
        CHECK(trajectory.caseloadCounts(day) == expected);
        CHECK(trajectory.caseloadOfficers(day) == officers);

        for (const Cell cell : kAllCells) {
            QList<Trajectory::CaseloadRow> ofCell;
            for (const auto &r : whole)
                if (r.cell == cell)
                    ofCell << r;
            const int n = expected[size_t(cell)];
            // The same rows whichever plan reads them: collecting (few rows) or walking people
            // in name order (many), small pages to cross many page ends.
            for (const int planHint : {n, Trajectory::kCaseloadWalkFrom + n}) {
                const auto paged = allPages(trajectory, day, cell, std::nullopt, planHint, 7);
                CHECK(placements(paged) == placements(ofCell));
                REQUIRE(paged.size() == ofCell.size());
                for (qsizetype i = 1; i < paged.size(); ++i) {
                    const auto &a = paged.at(i - 1);
                    const auto &b = paged.at(i);
                    CHECK(std::tie(a.lastKey, a.firstKey, a.personId, a.reference) < std::tie(b.lastKey, b.firstKey, b.personId, b.reference));
                }
            }
        }
        if (!whole.isEmpty()) {
            const QString officer = whole.first().officer;
            Trajectory::CellCounts theirs{};
            for (const auto &r : whole)
                if (r.officer == officer)
                    ++theirs[size_t(r.cell)];
            CHECK(trajectory.caseloadCounts(day, officer) == theirs);
            const Cell cell = whole.first().cell;
            const auto paged = allPages(trajectory, day, cell, officer, theirs[size_t(cell)], 5);
            CHECK(int(paged.size()) == theirs[size_t(cell)]);
            for (const auto &r : paged)
                CHECK(r.officer == officer);
        }
    }
}
