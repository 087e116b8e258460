// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QPixmap>

namespace parcours::ui {

// Small pictures drawn with QPainter in the palette's colours: no icon theme is needed, so
// they look the same on every desktop, in dark mode and in offscreen renders.
QIcon calendarIcon(const QColor &color);
// The navigation's pictures, one per area of the program.
enum class AreaIcon { Dossiers, Trajectory, JobTable, Cells, Reports, Settings };
QIcon areaIcon(AreaIcon area, const QColor &color);
// The program's icon (resources/icons/parcours.svg) at the usual sizes, drawn by QSvgRenderer
// so no icon-engine plugin is needed.
QIcon applicationIcon();
// The empty-register illustration: an open folder with an empty sheet.
QPixmap emptyRegisterPixmap(const QPalette &palette, int size, qreal devicePixelRatio);

} // namespace parcours::ui
