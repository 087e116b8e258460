// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/evolutionchart.h"

#include "cellstyle.h"
#include "format.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace parcours::ui {

namespace {

const char *const kSourceProperty = "parcoursSource";

enum class Marker { Circle, Square, Diamond, Triangle };

qint64 msecsOf(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}

// A marker image drawn at every point of a line (QXYSeries::setLightMarker): the shape,
// not only the colour, tells the series apart on a black-and-white print.
QImage markerImage(Marker marker, const QColor &colour, bool hollow)
{
    const int size = 11;
    const qreal scale = 2; // drawn at twice the size, for PDF and large exports
    QImage image(int(size * scale), int(size * scale), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 1.6));
    p.setBrush(hollow ? QBrush(Qt::white) : QBrush(colour));
    const QRectF r(1.5, 1.5, size - 3, size - 3);
    switch (marker) {
    case Marker::Circle:
        p.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case Marker::Square:
        p.drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case Marker::Diamond: {
        const QPointF c = r.center();
        p.drawPolygon(QPolygonF({QPointF(c.x(), r.top()), QPointF(r.right(), c.y()), QPointF(c.x(), r.bottom()),
                                 QPointF(r.left(), c.y())}));
        break;
    }
    case Marker::Triangle:
        p.drawPolygon(QPolygonF({QPointF(r.center().x(), r.top()), QPointF(r.right(), r.bottom()),
                                 QPointF(r.left(), r.bottom())}));
        break;
    }
    p.end();
    return image;
}

// One line of the chart: computed figures solid, recorded figures dashed and hollow.
QLineSeries *lineSeries(const QString &name, const QList<QPointF> &points, const QColor &colour, Marker marker,
                        Figures::Source source)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->replace(points); // one call, not point by point (architecture.md)
    const bool recorded = source == Figures::Source::Recorded;
    QPen pen(colour, recorded ? 2.0 : 2.4);
    pen.setStyle(recorded ? Qt::DashLine : Qt::SolidLine);
    series->setPen(pen);
    series->setLightMarker(markerImage(marker, colour, recorded));
    series->setMarkerSize(11);
    series->setProperty(kSourceProperty, int(source));
    return series;
}

// The cell's colour under its hatch pattern, as a brush that tiles.
QBrush cellBrush(Cell cell)
{
    const CellStyle style = CellStyle::of(cell);
    QPixmap tile(16, 16);
    tile.fill(style.fill);
    if (style.pattern != Qt::SolidPattern) {
        QPainter p(&tile);
        p.fillRect(tile.rect(), QBrush(style.hatch, style.pattern));
    }
    return QBrush(tile);
}

QString percentText(const std::optional<double> &pct)
{
    return pct ? QLocale().toString(*pct, 'f', 2) + QStringLiteral(" %") : EvolutionChart::tr("not determined");
}

QString countText(const std::optional<int> &count)
{
    return count ? formatCount(*count) : EvolutionChart::tr("not determined");
}

// The time axis from a year (or month) boundary before the first day to one after the last,
// with a tick on each boundary. QDateTimeAxis spaces its ticks evenly in time while months
// and years differ in length, so a tick may fall up to two days off the boundary: the range
// starts three days after it, and a label never shows the month or year before.
void setTimeRange(QDateTimeAxis *axis, const QList<Figures> &rows)
{
    QDate first, last;
    for (const Figures &f : rows) {
        if (!first.isValid() || f.date < first)
            first = f.date;
        if (!last.isValid() || f.date > last)
            last = f.date;
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    constexpr int kShift = 3;
    if (first.daysTo(last) > 3 * 366) {
        const int y0 = first.year();
        const int years = last.year() + 1 - y0;
        const int step = (years + 11) / 12; // at most 12 intervals
        const int intervals = (years + step - 1) / step;
        axis->setRange(QDate(y0, 1, 1).addDays(kShift).startOfDay(),
                       QDate(y0 + intervals * step, 1, 1).addDays(kShift).startOfDay());
        axis->setTickCount(intervals + 1);
        axis->setFormat(QStringLiteral("yyyy"));
        return;
    }
    const QDate m0(first.year(), first.month(), 1);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    int step = 1;
    for (const int s : {1, 2, 3, 6, 12}) {
        step = s;
        if ((months + s - 1) / s <= 8) // "janv. 2020" needs room: at most 8 intervals
            break;
    }
    const int intervals = (months + step - 1) / step;
    axis->setRange(m0.addDays(kShift).startOfDay(), m0.addMonths(intervals * step).addDays(kShift).startOfDay());
    axis->setTickCount(intervals + 1);
    axis->setFormat(QStringLiteral("MMM yyyy"));
}

} // namespace

QString EvolutionChart::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Rates:
        return QStringLiteral("rates");
    case Kind::Cells:
        return QStringLiteral("cells");
    case Kind::Dossiers:
        break;
    }
    return QStringLiteral("dossiers");
}

std::optional<EvolutionChart::Kind> EvolutionChart::kindFromCode(QStringView code)
{
    for (const Kind k : {Kind::Rates, Kind::Cells, Kind::Dossiers}) {
        if (code.trimmed().compare(kindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString EvolutionChart::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Rates:
        return tr("Integration rates (%)");
    case Kind::Cells:
        return tr("Dossiers per cell");
    case Kind::Dossiers:
        break;
    }
    return tr("Number of dossiers");
}

QChart *EvolutionChart::build(const QList<Figures> &rows, Kind kind, const QString &title)
{
    auto *chart = new QChart;
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    if (!title.isEmpty()) {
        chart->setTitle(title);
        QFont font = chart->titleFont();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        chart->setTitleFont(font);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    QList<Figures> computed, recorded;
    for (const Figures &f : rows)
        (f.source == Figures::Source::Recorded ? recorded : computed) << f;
    const auto byDate = [](const Figures &a, const Figures &b) { return a.date < b.date; };
    std::sort(computed.begin(), computed.end(), byDate);
    std::sort(recorded.begin(), recorded.end(), byDate);

    // The points of one value over time, leaving out the days where it is not determined.
    const auto points = [](const QList<Figures> &list, const auto &value) {
        QList<QPointF> out;
        out.reserve(list.size());
        for (const Figures &f : list) {
            if (const std::optional<double> v = value(f))
                out << QPointF(double(msecsOf(f.date)), *v);
        }
        return out;
    };
    const auto asDouble = [](const std::optional<int> &n) { return n ? std::optional<double>(*n) : std::nullopt; };

    const QColor blue(0x00, 0x72, 0xb2), vermilion(0xd5, 0x5e, 0x00), black(0x20, 0x20, 0x20);
    QList<QAbstractSeries *> series;
    double maxValue = 0;
    QString yTitle;
    const QString computedSuffix = tr("computed"), recordedSuffix = tr("recorded");
    const auto named = [](const QString &what, const QString &source) {
        return EvolutionChart::tr("%1 (%2)").arg(what, source);
    };

    switch (kind) {
    case Kind::Rates: {
        yTitle = tr("% of the dossiers");
        const auto integrated = [](const Figures &f) { return f.integratedPct(); };
        const auto spi = [](const Figures &f) { return f.spiPct(); };
        if (!computed.isEmpty()) {
            series << lineSeries(named(tr("Integrated %"), computedSuffix), points(computed, integrated), blue,
                                 Marker::Circle, Figures::Source::Computed);
            series << lineSeries(named(tr("SPI %"), computedSuffix), points(computed, spi), vermilion, Marker::Square,
                                 Figures::Source::Computed);
        }
        if (!recorded.isEmpty()) {
            series << lineSeries(named(tr("Integrated %"), recordedSuffix), points(recorded, integrated), blue,
                                 Marker::Diamond, Figures::Source::Recorded);
            series << lineSeries(named(tr("SPI %"), recordedSuffix), points(recorded, spi), vermilion, Marker::Triangle,
                                 Figures::Source::Recorded);
        }
        maxValue = 100;
        break;
    }
    case Kind::Cells: {
        yTitle = tr("Dossiers");
        // Stacked from the first cell of the trajectory up; the top is the computed
        // "integrated". The recorded "integrated" is drawn over it as it was published.
        QList<QPointF> lower;
        for (const Cell cell : kAllCells) {
            QList<QPointF> upper;
            upper.reserve(computed.size());
            for (qsizetype i = 0; i < computed.size(); ++i) {
                const double below = lower.isEmpty() ? 0.0 : lower.at(i).y();
                upper << QPointF(double(msecsOf(computed.at(i).date)), below + computed.at(i).cell(cell).value_or(0));
            }
            if (computed.isEmpty())
                break;
            auto *area = new QAreaSeries;
            auto *upperLine = new QLineSeries(area);
            upperLine->replace(upper);
            area->setUpperSeries(upperLine);
            if (!lower.isEmpty()) {
                auto *lowerLine = new QLineSeries(area);
                lowerLine->replace(lower);
                area->setLowerSeries(lowerLine);
            }
            area->setName(cellLabel(cell));
            area->setBrush(cellBrush(cell));
            area->setPen(QPen(CellStyle::of(cell).fill.darker(170), 1));
            area->setProperty(kSourceProperty, int(Figures::Source::Computed));
            series << area;
            lower = upper;
        }
        for (const QPointF &p : std::as_const(lower))
            maxValue = std::max(maxValue, p.y());
        if (!recorded.isEmpty()) {
            const auto integrated = [&asDouble](const Figures &f) { return asDouble(f.integrated); };
            QLineSeries *line = lineSeries(named(tr("Integrated"), recordedSuffix), points(recorded, integrated), black,
                                           Marker::Diamond, Figures::Source::Recorded);
            for (const QPointF &p : line->points())
                maxValue = std::max(maxValue, p.y());
            series << line;
        }
        break;
    }
    case Kind::Dossiers: {
        yTitle = tr("Dossiers");
        const auto dossiers = [&asDouble](const Figures &f) { return asDouble(f.dossiers); };
        if (!computed.isEmpty())
            series << lineSeries(named(tr("Dossiers"), computedSuffix), points(computed, dossiers), blue, Marker::Circle,
                                 Figures::Source::Computed);
        if (!recorded.isEmpty())
            series << lineSeries(named(tr("Dossiers"), recordedSuffix), points(recorded, dossiers), black,
                                 Marker::Diamond, Figures::Source::Recorded);
        for (QAbstractSeries *s : std::as_const(series)) {
            for (const QPointF &p : static_cast<QLineSeries *>(s)->points())
                maxValue = std::max(maxValue, p.y());
        }
        break;
    }
    }

    auto *xAxis = new QDateTimeAxis;
    xAxis->setTitleText(tr("Date"));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(yTitle);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : std::as_const(series)) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }

    setTimeRange(xAxis, rows);
    if (kind == Kind::Cells) {
        // Eight long names: beside the chart, where they need not be shortened.
        chart->legend()->setAlignment(Qt::AlignRight);
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (qobject_cast<QAreaSeries *>(marker->series()))
                marker->setShape(QLegend::MarkerShapeRectangle); // shows the hatched brush
        }
    }

    if (kind == Kind::Rates) {
        yAxis->setRange(0, 100);
        yAxis->setTickCount(11);
    } else {
        yAxis->setRange(0, maxValue > 0 ? maxValue * 1.08 : 10);
        yAxis->applyNiceNumbers();
    }
    return chart;
}

QString EvolutionChart::describePoint(const QList<Figures> &rows, Figures::Source source, qint64 msecs, Kind kind)
{
    const Figures *best = nullptr;
    qint64 bestDistance = 0;
    for (const Figures &f : rows) {
        if (f.source != source)
            continue;
        const qint64 distance = std::llabs(msecsOf(f.date) - msecs);
        if (!best || distance < bestDistance) {
            best = &f;
            bestDistance = distance;
        }
    }
    if (!best)
        return {};
    const Figures &f = *best;
    QStringList lines;
    lines << (source == Figures::Source::Recorded ? tr("%1, recorded (as published)") : tr("%1, computed"))
                 .arg(formatDate(f.date));
    lines << tr("Dossiers: %1").arg(countText(f.dossiers));
    lines << tr("Integrated: %1 (%2)").arg(countText(f.integrated), percentText(f.integratedPct()));
    lines << tr("SPI: %1 (%2)").arg(countText(f.spi), percentText(f.spiPct()));
    if (kind == Kind::Cells) {
        for (const Cell cell : kAllCells)
            lines << tr("%1: %2").arg(cellLabel(cell), countText(f.cell(cell)));
    }
    if (!f.note.isEmpty())
        lines << f.note;
    return lines.join(QLatin1Char('\n'));
}

void EvolutionChart::render(QChart *chart, QPainter &painter, const QRectF &target)
{
    // The chart is laid out in a scene of its own at the target's size, then painted: the
    // same drawing for a PNG, an SVG, a PDF page or a printer.
    QGraphicsScene scene;
    const bool own = chart->scene() == nullptr;
    if (own)
        scene.addItem(chart);
    const QRectF area(QPointF(0, 0), target.size());
    chart->setGeometry(area);
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    (own ? &scene : chart->scene())->render(&painter, target, chart->mapRectToScene(area));
    if (own)
        scene.removeItem(chart);
}

EvolutionChartView::EvolutionChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("evolutionChartView"));
    setRenderHint(QPainter::Antialiasing);
    rebuild();
}

void EvolutionChartView::changeEvent(QEvent *event)
{
    // The axis titles, the legend and the dates and numbers on the axes: the chart is made
    // anew in the new language (it holds nothing the user typed).
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void EvolutionChartView::setRows(const QList<Figures> &rows)
{
    m_rows = rows;
    rebuild();
}

void EvolutionChartView::setKind(EvolutionChart::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    rebuild();
}

void EvolutionChartView::rebuild()
{
    QChart *old = chart();
    QChart *fresh = EvolutionChart::build(m_rows, m_kind);
    setChart(fresh); // the view lets go of the previous chart without deleting it
    delete old;
    for (QAbstractSeries *s : fresh->series()) {
        const auto source = Figures::Source(s->property(kSourceProperty).toInt());
        const auto show = [this, source](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QString text = EvolutionChart::describePoint(m_rows, source, qint64(point.x()), m_kind);
            if (!text.isEmpty())
                QToolTip::showText(QCursor::pos(), text, this);
        };
        if (auto *line = qobject_cast<QLineSeries *>(s))
            connect(line, &QLineSeries::hovered, this, show);
        else if (auto *area = qobject_cast<QAreaSeries *>(s))
            connect(area, &QAreaSeries::hovered, this, show);
    }
}

} // namespace parcours::ui
