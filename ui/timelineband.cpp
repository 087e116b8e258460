// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineband.h"

#include "cellstyle.h"
#include "format.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace parcours::ui {

namespace {

constexpr qreal kMargin = 10;     // left and right of the axis
constexpr qreal kSwatch = 14;     // legend swatches
constexpr qreal kLegendGap = 18;  // between legend items
constexpr qreal kMinSegment = 3;  // a one-day placement stays visible and clickable
constexpr int kMinDays = 120;     // the narrowest span shown, so a new dossier is not one wide bar
const QColor kTodayColor(0xb3, 0x26, 0x1e);

// The dossier's open period behind the segments: visible, but quieter than any cell.
QColor trackColor(const QPalette &palette)
{
    return palette.color(QPalette::Mid).lighter(112);
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

// Black text with a white halo: readable on every fill, hatched or not, and in grey scale.
void drawHaloText(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font)
{
    const QFontMetricsF fm(font);
    const qreal x = rect.left() + (rect.width() - fm.horizontalAdvance(text)) / 2;
    const qreal y = rect.top() + (rect.height() + fm.ascent() - fm.descent()) / 2;
    QPainterPath path;
    path.addText(QPointF(x, y), font, text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.strokePath(path, QPen(QColor(255, 255, 255, 230), 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.fillPath(path, Qt::black);
    painter.restore();
}

QString daysText(qint64 days)
{
    return days == 1 ? TimelineBand::tr("1 day") : TimelineBand::tr("%1 days").arg(formatCount(days));
}

} // namespace

TimelineBand::TimelineBand(QWidget *parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("timelineBand"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Trajectory over time"));
    updateRange();
}

void TimelineBand::setTrajectory(const QList<Placement> &placements, const QDate &opened, const QDate &closed)
{
    m_placements = placements;
    std::stable_sort(m_placements.begin(), m_placements.end(),
                     [](const Placement &a, const Placement &b) { return a.start < b.start; });
    m_opened = opened;
    m_closed = closed;
    updateRange();
    updateGeometry();
    update();
}

void TimelineBand::setToday(const QDate &today)
{
    m_today = today;
    updateRange();
    update();
}

void TimelineBand::setSelectedPlacement(qint64 placementId)
{
    if (m_selected == placementId)
        return;
    m_selected = placementId;
    update();
}

QDate TimelineBand::drawnEnd(const Placement &p) const
{
    if (!p.isOpen())
        return p.end;
    return std::max(p.start, m_today);
}

void TimelineBand::updateRange()
{
    QDate lo = m_opened;
    QDate hi;
    for (const Placement &p : std::as_const(m_placements)) {
        if (!p.start.isValid())
            continue;
        if (!lo.isValid() || p.start < lo)
            lo = p.start;
        const QDate end = drawnEnd(p);
        if (!hi.isValid() || end > hi)
            hi = end;
    }
    // An open dossier runs until today; a closed one until it closed (today may lie far after).
    const QDate periodEnd = m_closed.isValid() ? m_closed : m_today;
    if (!hi.isValid() || periodEnd > hi)
        hi = periodEnd;
    if (!lo.isValid() || lo > hi)
        lo = hi.addMonths(-6);
    lo = QDate(lo.year(), lo.month(), 1);
    hi = QDate(hi.year(), hi.month(), hi.daysInMonth());
    if (lo.daysTo(hi) < kMinDays) {
        const QDate mid = lo.addDays(lo.daysTo(hi) / 2);
        lo = mid.addDays(-kMinDays / 2);
        lo = QDate(lo.year(), lo.month(), 1);
        hi = mid.addDays(kMinDays / 2);
        hi = QDate(hi.year(), hi.month(), hi.daysInMonth());
    }
    m_first = lo;
    m_last = hi;
}

QList<TimelineBand::LegendItem> TimelineBand::legendItems() const
{
    QList<LegendItem> items;
    for (const Cell cell : kAllCells) {
        if (std::any_of(m_placements.begin(), m_placements.end(), [cell](const Placement &p) { return p.cell == cell; }))
            items.append({LegendItem::Kind::Cell, cell, cellLabel(cell)});
    }
    items.append({LegendItem::Kind::Period, Cell::Facilitation, tr("Dossier open, in no cell")});
    items.append({LegendItem::Kind::Today, Cell::Facilitation, tr("Today")});
    return items;
}

int TimelineBand::legendRowsFor(qreal width) const
{
    const QFontMetricsF fm(font());
    int rows = 1;
    qreal x = kMargin;
    for (const LegendItem &item : legendItems()) {
        const qreal w = kSwatch + 6 + fm.horizontalAdvance(item.text);
        if (x > kMargin && x + w > width - kMargin) {
            ++rows;
            x = kMargin;
        }
        x += w + kLegendGap;
    }
    return rows;
}

TimelineBand::Geometry TimelineBand::geometryFor(int width) const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF small(smallFont(font()));
    const qreal top = small.height() + 4; // room for the "Today" label above the band
    const qreal bandHeight = std::max<qreal>(30, fm.height() + 14);
    Geometry g;
    g.band = QRectF(kMargin, top, std::max<qreal>(40, width - 2 * kMargin), bandHeight);
    g.axisTop = g.band.bottom() + 1;
    const qreal axisHeight = 5 + small.height() * 2 + 4; // ticks, month row, year row
    g.legendTop = g.axisTop + axisHeight + 8;
    g.legendRows = legendRowsFor(width);
    return g;
}

void TimelineBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

int TimelineBand::heightForWidth(int width) const
{
    const Geometry g = geometryFor(width);
    const QFontMetricsF fm(font());
    return int(std::ceil(g.legendTop + g.legendRows * (std::max(fm.height(), kSwatch) + 6) + 4));
}

QSize TimelineBand::sizeHint() const
{
    return QSize(720, heightForWidth(720));
}

QSize TimelineBand::minimumSizeHint() const
{
    return QSize(240, heightForWidth(240));
}

qreal TimelineBand::xOf(const QDate &day, const QRectF &band) const
{
    const qreal days = qreal(m_first.daysTo(m_last) + 1);
    return band.left() + band.width() * qreal(m_first.daysTo(day)) / days;
}

QDate TimelineBand::dayAt(qreal x, const QRectF &band) const
{
    const qreal days = qreal(m_first.daysTo(m_last) + 1);
    return m_first.addDays(qint64(std::floor((x - band.left()) / band.width() * days)));
}

QRectF TimelineBand::segmentRect(qint64 placementId) const
{
    const Geometry g = geometryFor(width());
    for (const Placement &p : std::as_const(m_placements)) {
        if (p.id != placementId || !p.start.isValid())
            continue;
        const qreal left = xOf(p.start, g.band);
        const qreal right = std::max(xOf(drawnEnd(p).addDays(1), g.band), left + kMinSegment);
        return QRectF(QPointF(left, g.band.top()), QPointF(right, g.band.bottom()));
    }
    return {};
}

qint64 TimelineBand::placementAt(const QPoint &pos) const
{
    // Later placements are drawn over earlier ones, so they win where a tiny one was widened.
    for (auto it = m_placements.crbegin(); it != m_placements.crend(); ++it) {
        if (segmentRect(it->id).adjusted(-1, 0, 1, 0).contains(pos))
            return it->id;
    }
    return 0;
}

QString TimelineBand::toolTipAt(const QPoint &pos) const
{
    if (const qint64 id = placementAt(pos)) {
        for (const Placement &p : std::as_const(m_placements)) {
            if (p.id != id)
                continue;
            QStringList lines;
            lines << QStringLiteral("<b>%1</b>").arg(cellLabel(p.cell).toHtmlEscaped());
            if (p.isOpen())
                lines << tr("From %1, ongoing (%2 so far)").arg(formatDate(p.start), daysText(std::max<qint64>(0, p.start.daysTo(m_today))));
            else
                lines << tr("From %1 to %2 (%3)").arg(formatDate(p.start), formatDate(p.end), daysText(p.start.daysTo(p.end) + 1));
            if (!p.officer.isEmpty())
                lines << tr("Officer: %1").arg(p.officer.toHtmlEscaped());
            if (p.outcome) {
                QString outcome = outcomeLabel(*p.outcome);
                if (!p.outcomeDetail.isEmpty())
                    outcome += QStringLiteral(" — ") + p.outcomeDetail;
                lines << tr("Outcome: %1").arg(outcome.toHtmlEscaped());
            }
            return lines.join(QStringLiteral("<br>"));
        }
    }
    const Geometry g = geometryFor(width());
    if (!g.band.contains(pos))
        return {};
    const QDate day = dayAt(pos.x(), g.band);
    if (m_opened.isValid() && day >= m_opened && (!m_closed.isValid() || day <= m_closed))
        return tr("%1: dossier open, in no cell").arg(formatDate(day));
    return formatDate(day);
}

bool TimelineBand::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineBand::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = placementAt(event->position().toPoint())) {
            setSelectedPlacement(id);
            Q_EMIT placementClicked(id);
        }
    }
    QWidget::mousePressEvent(event);
}

void TimelineBand::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = placementAt(event->position().toPoint()))
            Q_EMIT placementActivated(id);
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineBand::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Geometry g = geometryFor(width());
    const QPalette pal = palette();

    // The dossier's open period, a quiet track behind the band: where it shows, the person
    // had an open dossier but was in no cell.
    if (m_opened.isValid()) {
        const QDate periodEnd = m_closed.isValid() ? m_closed : std::max(m_today, m_opened);
        const QRectF track(QPointF(xOf(m_opened, g.band), g.band.top() + g.band.height() * 0.3),
                           QPointF(xOf(periodEnd.addDays(1), g.band), g.band.bottom() - g.band.height() * 0.3));
        painter.fillRect(track, trackColor(pal));
    }

    if (m_placements.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(g.band, Qt::AlignCenter, tr("No placements yet"));
    }
    for (const Placement &p : std::as_const(m_placements)) {
        if (p.start.isValid())
            paintSegment(painter, p, segmentRect(p.id));
    }

    paintAxis(painter, g);

    // Today: a dashed line (it stays a line in black and white) labelled above the band.
    if (m_today >= m_first && m_today <= m_last) {
        const qreal x = xOf(m_today, g.band) + (xOf(m_today.addDays(1), g.band) - xOf(m_today, g.band)) / 2;
        painter.save();
        painter.setPen(QPen(kTodayColor, 2, Qt::DashLine));
        painter.drawLine(QPointF(x, g.band.top() - 2), QPointF(x, g.axisTop + 4));
        const QFont small = smallFont(font());
        painter.setFont(small);
        const QString label = tr("Today");
        const qreal w = QFontMetricsF(small).horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
        painter.setPen(kTodayColor);
        painter.drawText(QRectF(left, 0, w + 1, g.band.top() - 2), Qt::AlignHCenter | Qt::AlignBottom, label);
        painter.restore();
    }

    paintLegend(painter, g);
}

void TimelineBand::paintSegment(QPainter &painter, const Placement &p, const QRectF &rect) const
{
    const bool selected = p.id != 0 && p.id == m_selected;
    paintCellSwatch(painter, rect, p.cell);
    if (p.isOpen()) {
        // An arrowhead past the end: the placement goes on.
        const qreal h = rect.height();
        QPainterPath arrow;
        arrow.moveTo(rect.right(), rect.top() + h * 0.2);
        arrow.lineTo(rect.right() + 7, rect.center().y());
        arrow.lineTo(rect.right(), rect.bottom() - h * 0.2);
        arrow.closeSubpath();
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        const CellStyle style = CellStyle::of(p.cell);
        painter.fillPath(arrow, style.fill);
        painter.setPen(QPen(style.fill.darker(160), 1));
        painter.drawPath(arrow);
        painter.restore();
    }
    if (selected) {
        painter.save();
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-1, -2, 1, 2));
        painter.restore();
    }
    const QFontMetricsF fm(font());
    const qreal room = rect.width() - 8;
    QString text = cellLabel(p.cell);
    if (fm.horizontalAdvance(text) > room)
        text = CellNames::shortLabel(p.cell);
    if (fm.horizontalAdvance(text) <= room)
        drawHaloText(painter, rect, text, font());
}

void TimelineBand::paintAxis(QPainter &painter, const Geometry &g) const
{
    const QPalette pal = palette();
    const QFont small = smallFont(font());
    const QFontMetricsF fm(small);
    painter.save();
    painter.setFont(small);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawLine(QPointF(g.band.left(), g.axisTop), QPointF(g.band.right(), g.axisTop));

    const qreal monthRowTop = g.axisTop + 5;
    const qreal yearRowTop = monthRowTop + fm.height();
    // Months are labelled when a month is wide enough for its short name.
    const qreal monthWidth = g.band.width() * 30.4 / qreal(m_first.daysTo(m_last) + 1);
    const QLocale locale;
    qreal widestMonth = 0;
    for (int m = 1; m <= 12; ++m)
        widestMonth = std::max(widestMonth, fm.horizontalAdvance(locale.standaloneMonthName(m, QLocale::ShortFormat)));
    const bool monthLabels = monthWidth >= widestMonth + 6;
    const bool monthTicks = monthWidth >= 6;
    const QColor tickColor = pal.color(QPalette::Mid);

    for (QDate month = m_first; month <= m_last; month = month.addMonths(1)) {
        const qreal x = xOf(month, g.band);
        const bool yearStart = month.month() == 1;
        if (yearStart) {
            // Year boundaries reach down through the year labels, which sit between them.
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawLine(QPointF(x, g.axisTop), QPointF(x, (monthLabels ? yearRowTop : monthRowTop) + fm.height()));
        } else if (monthTicks) {
            painter.setPen(tickColor);
            painter.drawLine(QPointF(x, g.axisTop), QPointF(x, g.axisTop + 4));
        }
        if (monthLabels) {
            const qreal right = xOf(month.addMonths(1), g.band);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRectF(x, monthRowTop, right - x, fm.height()), Qt::AlignCenter,
                             locale.standaloneMonthName(month.month(), QLocale::ShortFormat));
        }
    }
    // Years: centred on the part of the year that is shown, when it has room.
    painter.setPen(pal.color(QPalette::WindowText));
    QFont bold = small;
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF bm(bold);
    const qreal yearTop = monthLabels ? yearRowTop : monthRowTop;
    for (int year = m_first.year(); year <= m_last.year(); ++year) {
        const QDate from = std::max(m_first, QDate(year, 1, 1));
        const QDate to = std::min(m_last, QDate(year, 12, 31));
        const qreal left = xOf(from, g.band);
        const qreal right = xOf(to.addDays(1), g.band);
        const QString text = QString::number(year);
        if (right - left >= bm.horizontalAdvance(text) + 6)
            painter.drawText(QRectF(left, yearTop, right - left, bm.height()), Qt::AlignCenter, text);
    }
    painter.restore();
}

void TimelineBand::paintLegend(QPainter &painter, const Geometry &g) const
{
    const QFontMetricsF fm(font());
    const qreal rowHeight = std::max(fm.height(), kSwatch) + 6;
    qreal x = kMargin;
    qreal y = g.legendTop;
    painter.save();
    for (const LegendItem &item : legendItems()) {
        const qreal w = kSwatch + 6 + fm.horizontalAdvance(item.text);
        if (x > kMargin && x + w > width() - kMargin) {
            x = kMargin;
            y += rowHeight;
        }
        const QRectF swatch(x, y + (rowHeight - 6 - kSwatch) / 2, kSwatch, kSwatch);
        switch (item.kind) {
        case LegendItem::Kind::Cell:
            paintCellSwatch(painter, swatch, item.cell);
            break;
        case LegendItem::Kind::Period:
            painter.fillRect(swatch.adjusted(0, kSwatch * 0.3, 0, -kSwatch * 0.3), trackColor(palette()));
            break;
        case LegendItem::Kind::Today:
            painter.setPen(QPen(kTodayColor, 2, Qt::DashLine));
            painter.drawLine(QPointF(swatch.center().x(), swatch.top()), QPointF(swatch.center().x(), swatch.bottom()));
            break;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(x + kSwatch + 6, y, w - kSwatch - 6 + 1, rowHeight - 6), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += w + kLegendGap;
    }
    painter.restore();
}

} // namespace parcours::ui
