// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload read from the database a page at a time: the same people as the whole day,
// in the same order, with the counts per cell, whatever the filters and however far it
// scrolls.
#include "caseloadmodel.h"
#include "demo/demogenerator.h"
#include "trajectorytestsupport.h"

#include <set>
#include <tuple>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

using Key = std::tuple<int, QString, QString>; // cell, last name key, first name key: the order

QList<Key> orderOf(const QList<Trajectory::CaseloadRow> &rows)
{
    QList<Key> keys;
    for (const Trajectory::CaseloadRow &r : rows)
        keys << Key{int(r.cell), r.lastKey, r.firstKey};
    return keys;
}

QList<Trajectory::CaseloadRow> rowsOf(const CaseloadModel &model)
{
    QList<Trajectory::CaseloadRow> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << *model.rowAt(r);
    return rows;
}

std::set<qint64> placementsOf(const QList<Trajectory::CaseloadRow> &rows)
{
    std::set<qint64> ids;
    for (const Trajectory::CaseloadRow &r : rows)
        ids.insert(r.placementId);
    return ids;
}

void fetchAll(CaseloadModel &model)
{
    int guard = 0;
    while (model.canFetchMore({}) && guard++ < 1000)
        model.fetchMore({});
}

} // namespace

TEST_CASE("The caseload model reads the day a page at a time and finds everyone", "[ui][caseload][model]")
{
    UiDatabase t;
    DemoGenerator::Options options;
    options.dossiers = 1500;
    options.until = QDate(2025, 6, 30);
    REQUIRE(DemoGenerator::generate(*t.db, options).ok());
    Trajectory trajectory(*t.db);
    const QDate day(2025, 6, 30);
    const QList<Trajectory::CaseloadRow> whole = trajectory.caseload(day); // the day read at once
    REQUIRE(whole.size() > 2 * CaseloadModel::kPageSize);

    CaseloadModel model;
    {
        ModelCheck check(&model);
        model.setSource(&trajectory, day);
        CHECK(model.rowCount() == CaseloadModel::kPageSize);
        CHECK(model.totalOnDay() == whole.size());
        CHECK(model.matchingRows() == whole.size());
        CHECK(model.canFetchMore({}));
        model.fetchMore({});
        CHECK(model.rowCount() == 2 * CaseloadModel::kPageSize);
        fetchAll(model);
        CHECK_FALSE(model.canFetchMore({}));
        const QList<Trajectory::CaseloadRow> paged = rowsOf(model);
        CHECK(paged.size() == whole.size());
        CHECK(orderOf(paged) == orderOf(whole));
        CHECK(placementsOf(paged) == placementsOf(whole));

        // The counts per cell and the officers, as the whole day gives them.
        std::array<int, kCellCount> counts{};
        QStringList officers;
        for (const Trajectory::CaseloadRow &r : whole) {
            ++counts[size_t(r.cell)];
            officers << r.officer;
        }
        CHECK(model.countsPerCell() == counts);
        officers.removeDuplicates();
        CHECK(model.officers().size() == officers.size());

        // A cell: only its people, also beyond the first page.
        const Cell busiest = Cell(std::max_element(counts.begin(), counts.end()) - counts.begin());
        model.setFilter(busiest, std::nullopt);
        CHECK(model.matchingRows() == counts[size_t(busiest)]);
        fetchAll(model);
        CHECK(model.rowCount() == counts[size_t(busiest)]);
        QList<Trajectory::CaseloadRow> ofCell;
        for (const Trajectory::CaseloadRow &r : whole)
            if (r.cell == busiest)
                ofCell << r;
        CHECK(placementsOf(rowsOf(model)) == placementsOf(ofCell));

        // An officer: their people in every cell, and the counts follow the officer.
        const QString officer = whole.first().officer;
        model.setFilter(std::nullopt, officer);
        fetchAll(model);
        QList<Trajectory::CaseloadRow> ofOfficer;
        std::array<int, kCellCount> officerCounts{};
        for (const Trajectory::CaseloadRow &r : whole) {
            if (r.officer == officer) {
                ofOfficer << r;
                ++officerCounts[size_t(r.cell)];
            }
        }
        CHECK(orderOf(rowsOf(model)) == orderOf(ofOfficer));
        CHECK(model.countsPerCell() == officerCounts);

        // Sorted by a column: every row of the filter at once, sorted; back to the core's
        // order: pages again.
        model.sort(CaseloadModel::Days, Qt::DescendingOrder);
        CHECK(model.rowCount() == ofOfficer.size());
        CHECK_FALSE(model.canFetchMore({}));
        for (int r = 1; r < model.rowCount(); ++r)
            CHECK(model.rowAt(r - 1)->days >= model.rowAt(r)->days);
        model.setFilter(std::nullopt, std::nullopt);
        CHECK(model.rowCount() == whole.size());
        model.sort(-1);
        CHECK(model.rowCount() == CaseloadModel::kPageSize);
        CHECK(model.canFetchMore({}));

        // Another day, and no database.
        model.setSource(&trajectory, QDate(2000, 1, 1));
        CHECK(model.rowCount() == 0);
        CHECK(model.totalOnDay() == 0);
        CHECK_FALSE(model.canFetchMore({}));
        model.setSource(nullptr, day);
        CHECK(model.rowCount() == 0);
    }
    INFO(ModelCheck::warnings().join(QLatin1Char('\n')).toStdString());
    CHECK(ModelCheck::warnings().isEmpty());
}
