// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellstyle.h"

#include <QPainter>
#include <QPixmap>

namespace parcours::ui {

namespace {

QColor hatchFor(const QColor &fill)
{
    // Relative luminance decides whether dark or light lines stay visible on the fill.
    const double l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.45 ? QColor(0, 0, 0, 110) : QColor(255, 255, 255, 150);
}

} // namespace

CellStyle CellStyle::of(Cell cell)
{
    QColor fill;
    Qt::BrushStyle pattern = Qt::SolidPattern;
    switch (cell) {
    case Cell::Facilitation:
        fill = QColor(0xe6, 0x9f, 0x00); // orange
        pattern = Qt::SolidPattern;
        break;
    case Cell::Literacy:
        fill = QColor(0x56, 0xb4, 0xe9); // sky blue
        pattern = Qt::BDiagPattern;
        break;
    case Cell::Studies:
        fill = QColor(0x00, 0x9e, 0x73); // bluish green
        pattern = Qt::HorPattern;
        break;
    case Cell::Work:
        fill = QColor(0x00, 0x72, 0xb2); // blue
        pattern = Qt::CrossPattern;
        break;
    case Cell::Article60:
        fill = QColor(0xd5, 0x5e, 0x00); // vermilion
        pattern = Qt::FDiagPattern;
        break;
    case Cell::PostArticle60:
        fill = QColor(0xcc, 0x79, 0xa7); // reddish purple
        pattern = Qt::VerPattern;
        break;
    case Cell::HealthEquity:
        fill = QColor(0xf0, 0xe4, 0x42); // yellow
        pattern = Qt::DiagCrossPattern;
        break;
    }
    return {fill, pattern, hatchFor(fill)};
}

QString CellNames::shortLabel(Cell cell)
{
    switch (cell) {
    case Cell::Facilitation:
        return tr("Facil.", "short for project facilitation");
    case Cell::Literacy:
        return tr("Lit.", "short for literacy");
    case Cell::Studies:
        return tr("Stud.", "short for studies and training");
    case Cell::Work:
        return tr("Work", "short for the work cell");
    case Cell::Article60:
        return tr("Art. 60", "short for article 60");
    case Cell::PostArticle60:
        return tr("Post-60", "short for post-article 60");
    case Cell::HealthEquity:
        return tr("H/E", "short for health / equity");
    }
    return {};
}

void paintCellSwatch(QPainter &painter, const QRectF &rect, Cell cell)
{
    const CellStyle style = CellStyle::of(cell);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.fill);
    painter.drawRect(rect);
    if (style.pattern != Qt::SolidPattern) {
        // Hatching anchored to the rectangle, so that it does not crawl when the band scrolls.
        painter.setBrushOrigin(rect.topLeft());
        painter.setBrush(QBrush(style.hatch, style.pattern));
        painter.drawRect(rect);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.fill.darker(160), 1));
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter.restore();
}

QIcon cellIcon(Cell cell, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintCellSwatch(painter, QRectF(0, 0, size, size), cell);
    painter.end();
    return QIcon(pixmap);
}

} // namespace parcours::ui
