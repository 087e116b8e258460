// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/evolutioncsv.h"

#include "interchange/csvreader.h"

namespace parcours {

namespace {
QString percentField(const std::optional<double> &pct)
{
    return pct ? formatPercent(*pct) : QString();
}
} // namespace

QStringList EvolutionCsv::columnNames()
{
    return {QStringLiteral("date"),          QStringLiteral("source"),        QStringLiteral("dossiers"),
            QStringLiteral("integrated"),    QStringLiteral("integrated_pct"), QStringLiteral("health_equity"),
            QStringLiteral("facilitation"),  QStringLiteral("literacy"),      QStringLiteral("studies"),
            QStringLiteral("work"),          QStringLiteral("article60"),     QStringLiteral("post_article60"),
            QStringLiteral("spi"),           QStringLiteral("spi_pct")};
}

QStringList EvolutionCsv::fields(const Figures &f)
{
    return {f.date.toString(Qt::ISODate),
            sourceCode(f.source),
            formatCount(f.dossiers),
            formatCount(f.integrated),
            percentField(f.integratedPct()),
            formatCount(f.cell(Cell::HealthEquity)),
            formatCount(f.cell(Cell::Facilitation)),
            formatCount(f.cell(Cell::Literacy)),
            formatCount(f.cell(Cell::Studies)),
            formatCount(f.cell(Cell::Work)),
            formatCount(f.cell(Cell::Article60)),
            formatCount(f.cell(Cell::PostArticle60)),
            formatCount(f.spi),
            percentField(f.spiPct())};
}

QByteArray EvolutionCsv::format(const QList<Figures> &rows)
{
    const QChar comma(QLatin1Char(','));
    QByteArray out = CsvReader::formatRow(columnNames(), comma);
    for (const Figures &f : rows)
        out += CsvReader::formatRow(fields(f), comma);
    return out;
}

} // namespace parcours
