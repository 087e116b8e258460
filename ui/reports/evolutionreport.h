// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/evolutionchart.h"
#include "common/result.h"
#include "trajectory/evolutiontable.h"
#include "trajectory/figures.h"

#include <QCoreApplication>
#include <QSize>

#include <optional>

class QPagedPaintDevice;
class QPainter;

namespace parcours::ui {

// The evolution table and chart as files, the same from the Reports page and from
// `parcours-cli chart evolution`. Every file is written atomically (QSaveFile): a failed or
// refused export leaves no file and an existing one untouched.
struct EvolutionReport
{
    Q_DECLARE_TR_FUNCTIONS(EvolutionReport)
public:
    enum class Format { Png, Svg, Pdf, Csv };
    // By the file's suffix (.png, .svg, .pdf, .csv; any case); nullopt for anything else.
    static std::optional<Format> formatOfPath(const QString &path);

    QList<Figures> rows;
    EvolutionChart::Kind kind = EvolutionChart::Kind::Rates;
    QString title;  // the chart's and the PDF's title; empty for the default one
    QString period; // a line under the PDF's title, e.g. "31/01/2015 – 30/06/2025, by month"

    static constexpr QSize kDefaultSize = QSize(1200, 750);
    static constexpr int kMinSide = 200;
    static constexpr int kMaxSide = 10000;

    QString effectiveTitle() const;
    // "31/01/2015 – 30/06/2025, by month; computed and recorded figures", or the days of `at`.
    static QString describePeriod(const EvolutionTable::Request &request);

    Status savePng(const QString &path, const QSize &size = kDefaultSize) const;
    Status saveSvg(const QString &path, const QSize &size = kDefaultSize) const;
    // A4 landscape: title, period, the chart, then the table over as many pages as needed.
    Status savePdf(const QString &path) const;
    // The CSV of `parcours-cli evolution` for the same rows (EvolutionCsv).
    Status saveCsv(const QString &path) const;
    Status save(Format format, const QString &path, const QSize &size = kDefaultSize) const;

    // Paints the PDF report on `device` (a QPdfWriter or a QPrinter, at about 96 dpi so that the
    // chart's fonts keep their size); starts new pages on the device as needed.
    void paint(QPagedPaintDevice &device, QPainter &painter) const;
};

} // namespace parcours::ui
