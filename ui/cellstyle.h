// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>

class QPainter;
class QRectF;

namespace parcours::ui {

// How a cell looks wherever cells are drawn (timeline band, legends, table swatches): a
// colour from the Okabe–Ito palette, which colour-blind readers can tell apart, and a hatch
// pattern of its own, so that a black-and-white print still tells the cells apart.
struct CellStyle
{
    QColor fill;
    Qt::BrushStyle pattern; // Qt::SolidPattern = no hatching
    QColor hatch;           // dark lines on light fills, light lines on dark fills

    static CellStyle of(Cell cell);
};

class CellNames
{
    Q_DECLARE_TR_FUNCTIONS(CellNames)
public:
    // A short name for narrow places (segments of the band): "Facil.", "Art. 60".
    static QString shortLabel(Cell cell);
};

// Fills `rect` with the cell's colour and hatching, and a thin darker border.
void paintCellSwatch(QPainter &painter, const QRectF &rect, Cell cell);
// A small square icon of the swatch, for tables and combo boxes.
QIcon cellIcon(Cell cell, int size = 14);

} // namespace parcours::ui
