// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/figures.h"

namespace parcours {

FigureColumn figureColumn(Cell cell)
{
    switch (cell) {
    case Cell::Facilitation:
        return FigureColumn::Facilitation;
    case Cell::Literacy:
        return FigureColumn::Literacy;
    case Cell::Studies:
        return FigureColumn::Studies;
    case Cell::Work:
        return FigureColumn::Work;
    case Cell::Article60:
        return FigureColumn::Article60;
    case Cell::PostArticle60:
        return FigureColumn::PostArticle60;
    case Cell::HealthEquity:
        break;
    }
    return FigureColumn::HealthEquity;
}

std::optional<Cell> cellOfColumn(FigureColumn column)
{
    for (const Cell c : kAllCells) {
        if (figureColumn(c) == column)
            return c;
    }
    return std::nullopt;
}

std::optional<int> Figures::count(FigureColumn column) const
{
    switch (column) {
    case FigureColumn::Dossiers:
        return dossiers;
    case FigureColumn::Integrated:
        return integrated;
    case FigureColumn::Spi:
        return spi;
    default:
        break;
    }
    return cell(*cellOfColumn(column));
}

std::optional<double> Figures::percentage(std::optional<int> count, std::optional<int> of)
{
    if (!count || !of || *of <= 0)
        return std::nullopt;
    // In integers, so that 1082 / 5131 (21.0875…) is 21.09 without a floating-point doubt;
    // the double then holds the nearest value to those hundredths, which formatPercent prints.
    const qint64 hundredths = (qint64(*count) * 20000 + *of) / (qint64(2) * *of);
    return double(hundredths) / 100.0;
}

QString sourceCode(Figures::Source source)
{
    return source == Figures::Source::Recorded ? QStringLiteral("recorded") : QStringLiteral("computed");
}

QString formatPercent(double percent)
{
    return QString::number(percent, 'f', 2); // QString::number ignores the locale: always a dot
}

QString formatCount(const std::optional<int> &count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace parcours
