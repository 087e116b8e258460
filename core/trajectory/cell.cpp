// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/cell.h"

namespace parcours {

namespace {

constexpr std::array<QLatin1String, kCellCount> kCellCodes = {
    QLatin1String("facilitation"), QLatin1String("literacy"),       QLatin1String("studies"),
    QLatin1String("work"),         QLatin1String("article60"),      QLatin1String("post_article60"),
    QLatin1String("health_equity")};

constexpr std::array<QLatin1String, kOutcomeCount> kOutcomeCodes = {
    QLatin1String("job"),      QLatin1String("training_completed"), QLatin1String("moved_cell"),
    QLatin1String("dropped_out"), QLatin1String("sanction"),        QLatin1String("moved_away"),
    QLatin1String("income_ended"), QLatin1String("other")};

template<typename Enum, size_t N>
std::optional<Enum> fromCode(const std::array<QLatin1String, N> &codes, QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < N; ++i) {
        if (trimmed.compare(codes[i], Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString cellCode(Cell cell)
{
    return QString(kCellCodes[size_t(cell)]);
}

QString outcomeCode(Outcome outcome)
{
    return QString(kOutcomeCodes[size_t(outcome)]);
}

std::optional<Cell> cellFromCode(QStringView code)
{
    return fromCode<Cell>(kCellCodes, code);
}

std::optional<Outcome> outcomeFromCode(QStringView code)
{
    return fromCode<Outcome>(kOutcomeCodes, code);
}

QString TrajectoryLabels::cell(Cell cell)
{
    switch (cell) {
    case Cell::Facilitation:
        return tr("Project facilitation");
    case Cell::Literacy:
        return tr("Literacy");
    case Cell::Studies:
        return tr("Studies and training");
    case Cell::Work:
        return tr("Work");
    case Cell::Article60:
        return tr("Article 60");
    case Cell::PostArticle60:
        return tr("Post-article 60");
    case Cell::HealthEquity:
        return tr("Health / equity");
    }
    return {};
}

QString TrajectoryLabels::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Job:
        return tr("Job found");
    case Outcome::TrainingCompleted:
        return tr("Studies or training completed");
    case Outcome::MovedCell:
        return tr("Moved to another cell");
    case Outcome::DroppedOut:
        return tr("Dropped out");
    case Outcome::Sanction:
        return tr("Sanction");
    case Outcome::MovedAway:
        return tr("Moved away");
    case Outcome::IncomeEnded:
        return tr("Income ended");
    case Outcome::Other:
        return tr("Other");
    }
    return {};
}

} // namespace parcours
