// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/evolutionmodel.h"

#include "cellstyle.h"
#include "format.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace parcours::ui {

EvolutionModel::EvolutionModel(QObject *parent) : QAbstractTableModel(parent) { }

void EvolutionModel::setRows(const QList<Figures> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Figures *EvolutionModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<FigureColumn> EvolutionModel::figureColumn(int column)
{
    switch (column) {
    case Dossiers:
        return FigureColumn::Dossiers;
    case Integrated:
        return FigureColumn::Integrated;
    case HealthEquity:
        return FigureColumn::HealthEquity;
    case Facilitation:
        return FigureColumn::Facilitation;
    case Literacy:
        return FigureColumn::Literacy;
    case Studies:
        return FigureColumn::Studies;
    case Work:
        return FigureColumn::Work;
    case Article60:
        return FigureColumn::Article60;
    case PostArticle60:
        return FigureColumn::PostArticle60;
    case Spi:
        return FigureColumn::Spi;
    default:
        break;
    }
    return std::nullopt;
}

QString EvolutionModel::columnTitle(int column, bool compact)
{
    if (const auto figure = figureColumn(column)) {
        if (const auto cell = cellOfColumn(*figure))
            return compact ? CellNames::shortLabel(*cell) : cellLabel(*cell);
    }
    switch (column) {
    case Date:
        return tr("Date");
    case Source:
        return tr("Source");
    case Dossiers:
        return compact ? tr("Dossiers") : tr("Dossiers (equiv.) income");
    case Integrated:
        return tr("Integrated");
    case IntegratedPct:
    case SpiPct:
        return tr("%");
    case Spi:
        return compact ? tr("SPI") : tr("SPI dossiers");
    default:
        break;
    }
    return {};
}

QString EvolutionModel::sourceLabel(Figures::Source source)
{
    return source == Figures::Source::Recorded ? tr("recorded") : tr("computed");
}

QString EvolutionModel::notDetermined()
{
    return tr("n.d.", "not determined: nothing was published for this count");
}

QString EvolutionModel::displayText(const Figures &f, int column)
{
    const auto pct = [](const std::optional<double> &p) {
        return p ? QLocale().toString(*p, 'f', 2) + QStringLiteral(" %") : notDetermined();
    };
    switch (column) {
    case Date:
        return formatDate(f.date);
    case Source:
        return sourceLabel(f.source);
    case IntegratedPct:
        return pct(f.integratedPct());
    case SpiPct:
        return pct(f.spiPct());
    default:
        break;
    }
    if (const auto figure = figureColumn(column)) {
        const std::optional<int> n = f.count(*figure);
        return n ? formatCount(*n) : notDetermined();
    }
    return {};
}

int EvolutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvolutionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvolutionModel::data(const QModelIndex &index, int role) const
{
    const Figures *f = rowAt(index.row());
    if (!f || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool recorded = f->source == Figures::Source::Recorded;
    const auto figure = figureColumn(index.column());
    const bool missing = figure && !f->count(*figure);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*f, index.column());
    case Qt::TextAlignmentRole:
        return index.column() <= Source ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (recorded) {
            QFont font = QApplication::font();
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Published rows on a tint: the reader sees at once which figures Parcours computed.
        return recorded ? QVariant(QColor(0xf3, 0xec, 0xd8)) : QVariant();
    case Qt::ForegroundRole:
        if (missing)
            return QApplication::palette().color(QPalette::PlaceholderText);
        if (!recorded && figure)
            return QApplication::palette().color(QPalette::Link); // a count that opens its list
        return {};
    case Qt::ToolTipRole:
        if (missing)
            return tr("Not determined: nothing was published for this count (not zero).");
        if (recorded)
            return f->note.isEmpty() ? tr("Recorded: kept exactly as published, never recomputed.")
                                     : tr("Recorded: kept exactly as published, never recomputed (%1).").arg(f->note);
        if (figure)
            return tr("Click to list the dossiers behind this count.");
        return {};
    case SourceRole:
        return int(f->source);
    case DrillableRole:
        return !recorded && figure.has_value();
    default:
        break;
    }
    return {};
}

QVariant EvolutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole) {
        if (section == IntegratedPct)
            return tr("Integrated dossiers ÷ dossiers × 100");
        if (section == SpiPct)
            return tr("SPI dossiers ÷ dossiers × 100");
        if (section == Spi)
            return tr("Dossiers in any of the six cells of the SPI trajectory (not health/equity)");
    }
    return {};
}

} // namespace parcours::ui
