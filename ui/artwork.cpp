// SPDX-License-Identifier: GPL-3.0-or-later
#include "artwork.h"

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace parcours::ui {

QIcon calendarIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(5, 7, 22, 20), 2, 2);
    p.fillRect(QRectF(5, 7, 22, 6), color);
    p.drawLine(QPointF(11, 4), QPointF(11, 9));
    p.drawLine(QPointF(21, 4), QPointF(21, 9));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col)
            p.drawRect(QRectF(9 + col * 6, 16 + row * 5, 3, 3));
    return QIcon(pixmap);
}

QIcon areaIcon(AreaIcon area, const QColor &color)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (area) {
    case AreaIcon::Dossiers: { // a folder
        QPainterPath path;
        path.moveTo(6, 12);
        path.lineTo(19, 12);
        path.lineTo(23, 17);
        path.lineTo(42, 17);
        path.lineTo(42, 38);
        path.lineTo(6, 38);
        path.closeSubpath();
        p.drawPath(path);
        p.drawLine(QPointF(6, 23), QPointF(42, 23));
        break;
    }
    case AreaIcon::Trajectory: // steps along a path
        p.drawPolyline(QPolygonF({QPointF(6, 38), QPointF(18, 38), QPointF(18, 27), QPointF(30, 27), QPointF(30, 16),
                                  QPointF(42, 16)}));
        p.setBrush(color);
        p.drawEllipse(QPointF(42, 10), 3, 3);
        break;
    case AreaIcon::JobTable: // people around a table
        p.drawEllipse(QPointF(14, 14), 5, 5);
        p.drawEllipse(QPointF(34, 14), 5, 5);
        p.drawArc(QRectF(6, 22, 16, 14), 0, 180 * 16);
        p.drawArc(QRectF(26, 22, 16, 14), 0, 180 * 16);
        p.drawLine(QPointF(4, 34), QPointF(44, 34));
        p.drawLine(QPointF(12, 34), QPointF(12, 42));
        p.drawLine(QPointF(36, 34), QPointF(36, 42));
        break;
    case AreaIcon::Cells: // four cells, one of them filled
        p.drawRoundedRect(QRectF(6, 6, 16, 16), 3, 3);
        p.drawRoundedRect(QRectF(26, 6, 16, 16), 3, 3);
        p.drawRoundedRect(QRectF(6, 26, 16, 16), 3, 3);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(26, 26, 16, 16), 3, 3);
        break;
    case AreaIcon::Reports: // a bar chart
        p.drawLine(QPointF(6, 40), QPointF(42, 40));
        p.setBrush(color);
        p.drawRect(QRectF(10, 26, 6, 12));
        p.drawRect(QRectF(21, 14, 6, 24));
        p.drawRect(QRectF(32, 20, 6, 18));
        break;
    case AreaIcon::Settings: // sliders
        for (int i = 0; i < 3; ++i) {
            const qreal y = 12 + i * 12;
            p.drawLine(QPointF(6, y), QPointF(42, y));
        }
        p.setBrush(QColor(Qt::white));
        p.drawEllipse(QPointF(16, 12), 4, 4);
        p.drawEllipse(QPointF(32, 24), 4, 4);
        p.drawEllipse(QPointF(22, 36), 4, 4);
        break;
    }
    return QIcon(pixmap);
}

QPixmap emptyRegisterPixmap(const QPalette &palette, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 96.0, size / 96.0);

    const QColor accent = palette.color(QPalette::Highlight);
    const QColor back = accent.lighter(170);
    const QColor front = accent.lighter(130);
    const QColor line = palette.color(QPalette::Mid);

    // Back of the folder with its tab.
    QPainterPath backPath;
    backPath.moveTo(10, 24);
    backPath.lineTo(36, 24);
    backPath.lineTo(42, 30);
    backPath.lineTo(86, 30);
    backPath.lineTo(86, 80);
    backPath.lineTo(10, 80);
    backPath.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(back);
    p.drawPath(backPath);

    // An empty sheet sticking out.
    p.setBrush(palette.color(QPalette::Base));
    p.setPen(QPen(line, 1.5));
    p.drawRoundedRect(QRectF(22, 16, 52, 50), 3, 3);
    p.setPen(QPen(line.lighter(115), 2, Qt::DashLine));
    p.drawLine(QPointF(30, 30), QPointF(66, 30));
    p.drawLine(QPointF(30, 40), QPointF(58, 40));

    // Front flap.
    QPainterPath frontPath;
    frontPath.moveTo(6, 44);
    frontPath.lineTo(90, 44);
    frontPath.lineTo(84, 82);
    frontPath.lineTo(12, 82);
    frontPath.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(front);
    p.drawPath(frontPath);
    return pixmap;
}

QIcon applicationIcon()
{
    QSvgRenderer svg(QStringLiteral(":/icons/parcours.svg"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, size, size));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace parcours::ui
