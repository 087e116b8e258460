// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/figures.h"

#include <QChartView>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace parcours::ui {

// The evolution table as a chart, for the Reports page, its exports and `parcours-cli chart
// evolution`. Three kinds:
// - Rates: integrated % and SPI % of the dossiers;
// - Cells: the count in each cell, stacked, with the published "integrated" on top;
// - Dossiers: the number of dossiers open.
// Computed figures are solid lines with round or square markers; recorded (published)
// figures are dashed lines with diamond or triangle markers. Cells carry their colour and
// hatch pattern (cellstyle.h), so a black-and-white print still tells everything apart.
class EvolutionChart
{
    Q_DECLARE_TR_FUNCTIONS(EvolutionChart)
public:
    enum class Kind { Rates, Cells, Dossiers };
    static QString kindCode(Kind kind); // "rates", "cells", "dossiers"
    static std::optional<Kind> kindFromCode(QStringView code);
    static QString kindLabel(Kind kind); // translated, for the kind chooser

    // A new chart (the caller owns it) of `rows` (any order, computed and recorded mixed).
    // An empty title leaves the chart without one. Dates and numbers in QLocale()'s format.
    static QChart *build(const QList<Figures> &rows, Kind kind, const QString &title = {});

    // The tooltip of a point: the exact figures of the row of `source` whose day is nearest
    // to `msecs` (ms since the epoch, as on the time axis); empty when there is none.
    static QString describePoint(const QList<Figures> &rows, Figures::Source source, qint64 msecs, Kind kind);

    // Draws `chart` into `target` of `painter` at the chart's full resolution (PNG, SVG,
    // PDF, printer): the chart is laid out at target's size first.
    static void render(QChart *chart, QPainter &painter, const QRectF &target);
};

// The chart on screen: rebuilt when the rows or the kind change, with the exact figures in
// a tooltip when the mouse rests on a point.
class EvolutionChartView : public QChartView
{
    Q_OBJECT
public:
    explicit EvolutionChartView(QWidget *parent = nullptr);
    void setRows(const QList<Figures> &rows);
    void setKind(EvolutionChart::Kind kind);
    EvolutionChart::Kind kind() const { return m_kind; }
    const QList<Figures> &rows() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QList<Figures> m_rows;
    EvolutionChart::Kind m_kind = EvolutionChart::Kind::Rates;
};

} // namespace parcours::ui
