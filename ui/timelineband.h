// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/placement.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace parcours::ui {

// A dossier's trajectory drawn over time: one coloured, hatched segment per placement on a
// band, the dossier's open period behind it (so that days in no cell show as gaps), a date
// axis with the years (and the months when the history is short), a marker on today and a
// legend of the cells shown. Segments carry their cell's name when it fits, so a print in
// black and white still reads; the tooltip gives the exact dates.
//
// Clicking a segment emits placementClicked; double-clicking it, placementActivated.
class TimelineBand : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineBand(QWidget *parent = nullptr);

    // The placements (any order) and the dossier's period; opened may be null when unknown,
    // closed is null while the dossier is open.
    void setTrajectory(const QList<Placement> &placements, const QDate &opened, const QDate &closed);
    // The day marked as today (the current date unless a test or screenshot says otherwise).
    void setToday(const QDate &today);
    void setSelectedPlacement(qint64 placementId);
    qint64 selectedPlacement() const { return m_selected; }

    // The days the axis spans (whole months around the history and today).
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // The placement drawn under `pos`, or 0.
    qint64 placementAt(const QPoint &pos) const;
    // Where a placement is drawn, in widget coordinates; empty when it is not shown.
    QRectF segmentRect(qint64 placementId) const;
    // The tooltip text for `pos` (a placement, a gap in the dossier, or nothing).
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void placementClicked(qint64 placementId);
    void placementActivated(qint64 placementId);

protected:
    // QEvent::LanguageChange: the legend's words change length, so its rows may too.
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Geometry
    {
        QRectF band;    // where the segments go
        qreal axisTop;  // the axis line, just under the band
        qreal legendTop;
        int legendRows;
    };
    struct LegendItem
    {
        enum class Kind { Cell, Period, Today } kind;
        Cell cell;
        QString text;
    };

    void updateRange();
    Geometry geometryFor(int width) const;
    QList<LegendItem> legendItems() const;
    int legendRowsFor(qreal width) const;
    qreal xOf(const QDate &day, const QRectF &band) const;
    QDate dayAt(qreal x, const QRectF &band) const;
    QDate drawnEnd(const Placement &p) const; // the last day drawn (today for an open one)
    void paintAxis(QPainter &painter, const Geometry &g) const;
    void paintSegment(QPainter &painter, const Placement &p, const QRectF &rect) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;

    QList<Placement> m_placements; // by start date
    QDate m_opened;
    QDate m_closed;
    QDate m_today;
    QDate m_first;
    QDate m_last;
    qint64 m_selected = 0;
};

} // namespace parcours::ui
