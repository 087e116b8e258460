// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

// The counted columns of the evolution table (domain.md, "The evolution table").
enum class FigureColumn {
    Dossiers,   // dossiers open on the day
    Integrated, // in any cell (SPI + health_equity)
    HealthEquity,
    Facilitation,
    Literacy,
    Studies,
    Work,
    Article60,
    PostArticle60,
    Spi, // in any of the six SPI cells
};

// The column of a cell, and back (nullopt for Dossiers, Integrated, Spi).
FigureColumn figureColumn(Cell cell);
std::optional<Cell> cellOfColumn(FigureColumn column);

// One row of the evolution table: the figures on one day, computed from the trajectories or
// recorded as published. A count without a value is "not determined" (never zero); computed
// rows have every count.
struct Figures
{
    enum class Source { Computed, Recorded };

    QDate date;
    Source source = Source::Computed;
    std::optional<int> dossiers;
    std::optional<int> integrated;
    std::array<std::optional<int>, kCellCount> cells{}; // indexed by Cell
    std::optional<int> spi;
    QString note; // recorded rows: where the figures were published

    std::optional<int> &cell(Cell c) { return cells[size_t(c)]; }
    const std::optional<int> &cell(Cell c) const { return cells[size_t(c)]; }
    std::optional<int> count(FigureColumn column) const;

    // count ÷ dossiers × 100, rounded half up to two decimals; not determined when either
    // count is, or when there are no dossiers.
    std::optional<double> integratedPct() const { return percentage(integrated, dossiers); }
    std::optional<double> spiPct() const { return percentage(spi, dossiers); }

    static std::optional<double> percentage(std::optional<int> count, std::optional<int> of);
};

QString sourceCode(Figures::Source source); // "computed", "recorded"

// A percentage with two decimals and a dot, whatever the locale: "21.09", "0.00".
QString formatPercent(double percent);
// A count, or the empty string when not determined.
QString formatCount(const std::optional<int> &count);

} // namespace parcours
