// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10: "The evolution figures of the same data are identical on both back ends." The
// demo's data (deterministic for a seed) is written, read back and counted by hand, day by day,
// with the definitions of domain.md; the engine must give those counts. The figures are then
// compared with known values written below, which both runs of the suite (SQLite, PostgreSQL)
// check: the same data gives the same figures on either back end.
#include "demo/demogenerator.h"
#include "testsupport.h"
#include "trajectory/cell.h"
#include "trajectory/evolution.h"
#include "trajectory/evolutioncsv.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <vector>

using namespace parcours;
using parcours::test::TempDatabase;

namespace {

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

struct Stay
{
    qint64 dossier = 0;
    Cell cell = Cell::Facilitation;
    QDate start, end; // end invalid: open
};

struct Open
{
    QDate opened, closed; // closed invalid: still open
};

// The counts of one day, in the order dossiers, integrated, the seven cells (kAllCells), spi.
using Counts = std::vector<int>;

Counts engineCounts(const Figures &f)
{
    Counts out = {f.dossiers.value_or(-1), f.integrated.value_or(-1)};
    for (const Cell c : kAllCells)
        out.push_back(f.cell(c).value_or(-1));
    out.push_back(f.spi.value_or(-1));
    return out;
}

// domain.md, "The evolution table", counted the slow and obvious way: a dossier counts on D
// when it is open on D; it is in a cell when one of its stays in that cell covers D (ends
// inclusive, an open stay runs on). Sets of dossiers, so no reliance on stays never overlapping.
Counts countByHand(const QHash<qint64, Open> &dossiers, const std::vector<Stay> &stays, const QDate &day)
{
    QSet<qint64> open, integrated, spi;
    std::vector<QSet<qint64>> inCell(kCellCount);
    for (auto it = dossiers.cbegin(); it != dossiers.cend(); ++it) {
        if (it->opened <= day && (!it->closed.isValid() || day <= it->closed))
            open.insert(it.key());
    }
    for (const Stay &s : stays) {
        if (!open.contains(s.dossier) || day < s.start || (s.end.isValid() && s.end < day))
            continue;
        integrated.insert(s.dossier);
        if (isSpi(s.cell))
            spi.insert(s.dossier);
        for (size_t c = 0; c < kAllCells.size(); ++c) {
            if (kAllCells[c] == s.cell)
                inCell[c].insert(s.dossier);
        }
    }
    Counts out = {int(open.size()), int(integrated.size())};
    for (const QSet<qint64> &cell : inCell)
        out.push_back(int(cell.size()));
    out.push_back(int(spi.size()));
    return out;
}

} // namespace

TEST_CASE("The demo's evolution figures are the counts by hand, and the same known figures on both back ends",
          "[evolution][demo]")
{
    TempDatabase t;
    Database &db = *t.db;
    DemoGenerator::Options options;
    options.dossiers = 300;
    options.seed = 20261124;
    options.until = QDate(2024, 12, 31);
    const Status generated = DemoGenerator::generate(db, options);
    INFO(generated.error().toStdString());
    REQUIRE(generated);

    // What is stored, read back.
    QHash<qint64, Open> dossiers;
    std::vector<Stay> stays;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, opened, closed FROM dossier")));
    while (q.next())
        dossiers.insert(q.value(0).toLongLong(), {dateOf(q.value(1)), dateOf(q.value(2))});
    REQUIRE(q.exec(QStringLiteral("SELECT dossier_id, cell, start_date, end_date FROM placement")));
    while (q.next()) {
        const auto cell = cellFromCode(q.value(1).toString());
        REQUIRE(cell);
        stays.push_back({q.value(0).toLongLong(), *cell, dateOf(q.value(2)), dateOf(q.value(3))});
    }
    REQUIRE(dossiers.size() == 300);
    REQUIRE(stays.size() > 600);

    // Many days: every month end of the history and past it, and every 13th day (any weekday,
    // any day of the month, first and last days of stays among them).
    QList<QDate> days = Evolution::snapshotDays(QDate(2014, 1, 1), QDate(2025, 6, 30), Evolution::Step::Month);
    for (QDate day(2014, 1, 1); day <= QDate(2025, 6, 30); day = day.addDays(13))
        days << day;
    auto figures = Evolution::compute(db, days);
    INFO(figures.error().toStdString());
    REQUIRE(figures.ok());
    REQUIRE(figures->size() > 400);
    int busy = 0;
    for (const Figures &f : *figures) {
        INFO(f.date.toString(Qt::ISODate).toStdString());
        const Counts expected = countByHand(dossiers, stays, f.date);
        CHECK(engineCounts(f) == expected);
        busy += expected[1] > 20 ? 1 : 0;
    }
    CHECK(busy > figures->size() / 2); // a history with people in it, not empty days

    // The known figures of this data: two rows in full, and the whole table (its CSV, the
    // 400-odd days) by its SHA-256. Both back ends must give them. They change only when the
    // demo's data or the definitions change on purpose: then take the new values from this
    // test's failure message.
    const auto row = [&](const QDate &day) {
        for (const Figures &f : *figures) {
            if (f.date == day)
                return engineCounts(f);
        }
        FAIL("no row for " << day.toString(Qt::ISODate).toStdString());
        return Counts();
    };
    // dossiers, integrated, facilitation, literacy, studies, work, article60, post_article60,
    // health_equity, spi
    CHECK(row(QDate(2019, 12, 31)) == Counts{103, 78, 16, 15, 13, 14, 15, 2, 3, 75});
    CHECK(row(QDate(2024, 12, 31)) == Counts{208, 150, 30, 29, 38, 29, 20, 2, 2, 148});
    const QByteArray table = EvolutionCsv::format(*figures);
    INFO(table.toStdString());
    CHECK(QString::fromLatin1(QCryptographicHash::hash(table, QCryptographicHash::Sha256).toHex())
          == QStringLiteral("b7919150759e7e9ef2d9f0d038e25f3b9f55ead904f86bad395907f6a34672c4"));
}
