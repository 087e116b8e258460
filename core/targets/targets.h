// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

class Database;

// What a yearly target counts (seed 000: "400 article 60 posts in 2014, 50 more dossiers in
// studies, 850 literacy level tests"). The realisation of year Y is measured from 1 January
// to 31 December of Y — or to the day asked for, when that comes earlier (the current year):
// - PlacementsStarted: placements of the cell that start in the period (for article60: the
//   article 60 contracts started, as the trajectory records them);
// - NetChange: dossiers in the cell at the end of the period minus on 1 January, both from
//   the evolution engine (domain.md: open dossiers with a placement covering the day);
// - LiteracyTests: literacy level tests taken in the period (cell literacy only).
enum class TargetMeasure { PlacementsStarted, NetChange, LiteracyTests };
inline constexpr std::array<TargetMeasure, 3> kAllTargetMeasures = {TargetMeasure::PlacementsStarted,
                                                                    TargetMeasure::NetChange, TargetMeasure::LiteracyTests};

struct YearlyTarget
{
    qint64 id = 0;
    int year = 0;
    Cell cell = Cell::Article60;
    TargetMeasure measure = TargetMeasure::PlacementsStarted;
    int target = 0; // may be negative for a net change (fewer dossiers in a cell)
    QString note;
};

struct TargetRealisation
{
    YearlyTarget target;
    int realised = 0;
    QDate from;                    // 1 January
    QDate to;                      // 31 December, or the earlier day asked for; invalid before the year
    std::optional<double> percent; // realised ÷ target × 100, two decimals; none for a target of 0
};

// The yearly targets of the cells (schema 0011) and their realisation. Reading needs
// ViewReports, setting SetTargets (the manager). One target per year, cell and measure.
class Targets
{
    Q_DECLARE_TR_FUNCTIONS(Targets)
public:
    explicit Targets(Database &db);

    static QString measureCode(TargetMeasure measure); // placements_started, net_change, literacy_tests
    static std::optional<TargetMeasure> measureFromCode(QStringView code);
    static QString measureLabel(TargetMeasure measure); // translated
    // What the target is about, translated: "Article 60: placements started in the year".
    static QString describe(const YearlyTarget &target);

    Result<qint64> add(const YearlyTarget &target);
    Status update(const YearlyTarget &target);
    Status remove(qint64 id);
    // The targets of `year`, in the order of the cells, then of the measures.
    Result<QList<YearlyTarget>> list(int year) const;
    // The years that have targets, newest first.
    Result<QList<int>> years() const;

    // The targets of `year` with what was realised up to `asOf` (at most 31 December).
    Result<QList<TargetRealisation>> realisation(int year, const QDate &asOf = QDate::currentDate()) const;

    // year,cell,measure,target,realised,percent,from,to,note (UTF-8, as ReportSupport::csv writes it); percent with two
    // decimals and a dot, empty for a target of 0; to empty before the year began.
    static QByteArray toCsv(const QList<TargetRealisation> &rows);
    static QString formatPercent(const std::optional<double> &percent); // "87.50", "" when none

private:
    Status validate(const YearlyTarget &target) const;

    Database &m_db;
};

} // namespace parcours
