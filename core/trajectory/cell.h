// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace parcours {

// The cells of the SPI service (domain.md, "The integration trajectory"), in the order of the
// trajectory. The numeric values index arrays (Figures::cells) and never reach storage:
// storage and files use the codes.
enum class Cell {
    Facilitation,  // facilitation
    Literacy,      // literacy
    Studies,       // studies
    Work,          // work
    Article60,     // article60
    PostArticle60, // post_article60
    HealthEquity,  // health_equity: counted as integrated, not as SPI
};
inline constexpr int kCellCount = 7;
inline constexpr std::array<Cell, kCellCount> kAllCells = {Cell::Facilitation, Cell::Literacy,      Cell::Studies,
                                                           Cell::Work,         Cell::Article60,     Cell::PostArticle60,
                                                           Cell::HealthEquity};

// Why a placement ended.
enum class Outcome {
    Job,               // job: found work (outcome_detail: the contract type)
    TrainingCompleted, // training_completed: studies or training completed (detail: diploma, certificate)
    MovedCell,         // moved_cell: transferred to another cell
    DroppedOut,        // dropped_out
    Sanction,          // sanction
    MovedAway,         // moved_away: left the municipality
    IncomeEnded,       // income_ended: the income dossier closed
    Other,             // other
};
inline constexpr int kOutcomeCount = 8;
inline constexpr std::array<Outcome, kOutcomeCount> kAllOutcomes = {
    Outcome::Job,       Outcome::TrainingCompleted, Outcome::MovedCell,   Outcome::DroppedOut,
    Outcome::Sanction,  Outcome::MovedAway,         Outcome::IncomeEnded, Outcome::Other};

// Stable codes, as stored and as written in CSV files ("post_article60", "income_ended").
QString cellCode(Cell cell);
QString outcomeCode(Outcome outcome);
// Exact codes; surrounding spaces and case are ignored. nullopt for anything else.
std::optional<Cell> cellFromCode(QStringView code);
std::optional<Outcome> outcomeFromCode(QStringView code);

// True for the six cells of the SPI trajectory: every cell but health_equity.
constexpr bool isSpi(Cell cell)
{
    return cell != Cell::HealthEquity;
}

// Translated names for the user ("Project facilitation", "Job found").
class TrajectoryLabels
{
    Q_DECLARE_TR_FUNCTIONS(TrajectoryLabels)
public:
    static QString cell(Cell cell);
    static QString outcome(Outcome outcome);
};

inline QString cellLabel(Cell cell)
{
    return TrajectoryLabels::cell(cell);
}
inline QString outcomeLabel(Outcome outcome)
{
    return TrajectoryLabels::outcome(outcome);
}

} // namespace parcours
