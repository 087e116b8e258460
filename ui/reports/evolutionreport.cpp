// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/evolutionreport.h"

#include "common/wholefile.h"
#include "format.h"
#include "reports/evolutionmodel.h"
#include "trajectory/evolutioncsv.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <memory>

namespace parcours::ui {

namespace {

QString describe(const QString &path, const QString &why)
{
    return EvolutionReport::tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), why);
}

// Rendered into memory, then written whole (common/wholefile.h says why).
Status writeWhole(const QString &path, const QByteArray &bytes)
{
    if (Status s = WholeFile::write(path, bytes); !s)
        return Status::failure(describe(path, s.error()));
    return Status::success();
}

Status checkSize(const QSize &size)
{
    if (size.width() < EvolutionReport::kMinSide || size.height() < EvolutionReport::kMinSide
        || size.width() > EvolutionReport::kMaxSide || size.height() > EvolutionReport::kMaxSide)
        return Status::failure(EvolutionReport::tr("A chart is from %1 to %2 pixels wide and high; %3 × %4 is not.")
                                   .arg(EvolutionReport::kMinSide)
                                   .arg(EvolutionReport::kMaxSide)
                                   .arg(size.width())
                                   .arg(size.height()));
    return Status::success();
}

} // namespace

std::optional<EvolutionReport::Format> EvolutionReport::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString EvolutionReport::effectiveTitle() const
{
    return title.isEmpty() ? tr("Evolution of the persons in the integration trajectory") : title;
}

QString EvolutionReport::describePeriod(const EvolutionTable::Request &request)
{
    QString source;
    switch (request.source) {
    case EvolutionTable::Source::Computed:
        source = tr("computed figures");
        break;
    case EvolutionTable::Source::Recorded:
        source = tr("recorded figures");
        break;
    case EvolutionTable::Source::Both:
        source = tr("computed and recorded figures");
        break;
    }
    QString days;
    if (!request.at.isEmpty()) {
        QStringList list;
        for (const QDate &d : request.at)
            list << formatDate(d);
        days = list.join(QStringLiteral(", "));
    } else if (request.ranged()) {
        QString step;
        switch (request.step) {
        case Evolution::Step::Month:
            step = tr("by month");
            break;
        case Evolution::Step::Quarter:
            step = tr("by quarter");
            break;
        case Evolution::Step::Year:
            step = tr("by year");
            break;
        }
        days = tr("%1 – %2, %3").arg(formatDate(request.from), formatDate(request.to), step);
    } else {
        days = tr("the month ends of the last 12 months");
    }
    return tr("%1; %2").arg(days, source);
}

Status EvolutionReport::savePng(const QString &path, const QSize &size) const
{
    if (Status ok = checkSize(size); !ok)
        return ok;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        std::unique_ptr<QChart> chart(EvolutionChart::build(rows, kind, effectiveTitle()));
        EvolutionChart::render(chart.get(), painter, QRectF(QPointF(0, 0), size));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Status::failure(describe(path, tr("the image could not be encoded")));
    return writeWhole(path, bytes);
}

Status EvolutionReport::saveSvg(const QString &path, const QSize &size) const
{
    if (Status ok = checkSize(size); !ok)
        return ok;
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96);
        svg.setTitle(effectiveTitle());
        svg.setDescription(period);
        QPainter painter(&svg);
        painter.setRenderHint(QPainter::Antialiasing);
        std::unique_ptr<QChart> chart(EvolutionChart::build(rows, kind, effectiveTitle()));
        EvolutionChart::render(chart.get(), painter, QRectF(QPointF(0, 0), size));
    }
    file.close();
    return writeWhole(path, bytes);
}

Status EvolutionReport::savePdf(const QString &path) const
{
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setTitle(effectiveTitle());
        pdf.setCreator(QStringLiteral("Parcours"));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return Status::failure(describe(path, tr("the PDF could not be started")));
        paint(pdf, painter);
    }
    file.close();
    return writeWhole(path, bytes);
}

Status EvolutionReport::saveCsv(const QString &path) const
{
    return writeWhole(path, EvolutionCsv::format(rows));
}

Status EvolutionReport::save(Format format, const QString &path, const QSize &size) const
{
    switch (format) {
    case Format::Png:
        return savePng(path, size);
    case Format::Svg:
        return saveSvg(path, size);
    case Format::Pdf:
        return savePdf(path);
    case Format::Csv:
        break;
    }
    return saveCsv(path);
}

void EvolutionReport::paint(QPagedPaintDevice &device, QPainter &painter) const
{
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(device.width(), device.height()));
    QFont base = painter.font();
    base.setPointSizeF(9);
    const auto fontOf = [&base](double points, bool bold = false, bool italic = false) {
        QFont f = base;
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    };

    // Title, period, date of printing.
    double y = page.top();
    painter.setPen(Qt::black);
    painter.setFont(fontOf(15, true));
    QRectF used;
    painter.drawText(QRectF(page.left(), y, page.width(), 200), Qt::TextWordWrap, effectiveTitle(), &used);
    y = used.bottom() + 4;
    painter.setFont(fontOf(9.5));
    QStringList sub;
    if (!period.isEmpty())
        sub << period;
    sub << tr("Made with Parcours on %1").arg(formatDate(QDate::currentDate()));
    painter.drawText(QRectF(page.left(), y, page.width(), 100), Qt::TextWordWrap, sub.join(QStringLiteral(" · ")), &used);
    y = used.bottom() + 8;

    // The chart on the rest of the first page.
    {
        const QRectF chartRect(page.left(), y, page.width(), page.bottom() - y);
        std::unique_ptr<QChart> chart(EvolutionChart::build(rows, kind));
        EvolutionChart::render(chart.get(), painter, chartRect);
    }

    // The table: as many pages as it needs, the header on each.
    const int columns = EvolutionModel::ColumnCount;
    QList<double> weights;
    for (int c = 0; c < columns; ++c)
        weights << (c == EvolutionModel::Date ? 1.5 : c == EvolutionModel::Source ? 1.3 : c <= EvolutionModel::Integrated ? 1.25 : 1.0);
    double total = 0;
    for (double w : std::as_const(weights))
        total += w;
    QList<double> x = {page.left()};
    for (int c = 0; c < columns; ++c)
        x << x.last() + page.width() * weights[c] / total;

    const QFont headerFont = fontOf(8, true);
    const QFont rowFont = fontOf(8);
    const QFont recordedFont = fontOf(8, false, true);
    const double rowHeight = QFontMetricsF(rowFont, &device).height() * 1.5;
    const double headerHeight = QFontMetricsF(headerFont, &device).height() * 2.6;

    const auto header = [&](double top) {
        painter.setFont(headerFont);
        painter.setPen(Qt::black);
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x[c] + 3, top, x[c + 1] - x[c] - 6, headerHeight);
            const Qt::Alignment align = (c <= EvolutionModel::Source ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom;
            painter.drawText(cell, int(align) | Qt::TextWordWrap, EvolutionModel::columnTitle(c, true));
        }
        painter.setPen(QPen(Qt::black, 1));
        painter.drawLine(QPointF(page.left(), top + headerHeight + 2), QPointF(page.right(), top + headerHeight + 2));
        return top + headerHeight + 4;
    };

    device.newPage();
    y = header(page.top());
    for (const Figures &f : rows) {
        if (y + rowHeight > page.bottom()) {
            device.newPage();
            y = header(page.top());
        }
        const bool recorded = f.source == Figures::Source::Recorded;
        if (recorded) // the same tint as on screen; in black and white the italics tell
            painter.fillRect(QRectF(page.left(), y, page.width(), rowHeight), QColor(0xf3, 0xec, 0xd8));
        painter.setFont(recorded ? recordedFont : rowFont);
        for (int c = 0; c < columns; ++c) {
            const auto figure = EvolutionModel::figureColumn(c);
            const bool missing = figure && !f.count(*figure);
            painter.setPen(missing ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black));
            const QRectF cell(x[c] + 3, y, x[c + 1] - x[c] - 6, rowHeight);
            const Qt::Alignment align = (c <= EvolutionModel::Source ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            const QString text = EvolutionModel::displayText(f, c);
            painter.drawText(cell, int(align), text);
        }
        painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.5));
        painter.drawLine(QPointF(page.left(), y + rowHeight), QPointF(page.right(), y + rowHeight));
        y += rowHeight;
    }
    if (y + 3 * rowHeight < page.bottom()) {
        painter.setFont(fontOf(8, false, true));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(page.left(), y + rowHeight, page.width(), 3 * rowHeight), Qt::TextWordWrap,
                         tr("Recorded rows (italics) are the figures as published, never recomputed; n.d. = not "
                            "determined. Computed rows count the dossiers open on the day."));
    }
}

} // namespace parcours::ui
