// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/figures.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace parcours::ui {

// The evolution table laid out like the seed's (dates as rows; dossiers, integrated and %,
// health/equity, the cells with post-article 60 added, SPI and %), with a Source column:
// computed rows (from the trajectories) and recorded rows (as published, shown in italics on
// a tinted background, "not determined" where nothing was published).
class EvolutionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Date,
        Source,
        Dossiers,
        Integrated,
        IntegratedPct,
        HealthEquity,
        Facilitation,
        Literacy,
        Studies,
        Work,
        Article60,
        PostArticle60,
        Spi,
        SpiPct,
        ColumnCount
    };
    enum Role { SourceRole = Qt::UserRole + 1, DrillableRole };

    explicit EvolutionModel(QObject *parent = nullptr);

    void setRows(const QList<Figures> &rows);
    const QList<Figures> &rows() const { return m_rows; }
    const Figures *rowAt(int row) const;

    // The count behind a column, or nullopt for Date, Source and the percentages.
    static std::optional<FigureColumn> figureColumn(int column);
    // A column's title: `compact` for narrow places (the PDF table).
    static QString columnTitle(int column, bool compact = false);
    // What the table shows in a cell: locale's digits, "21,09 %", "n.d." (not determined).
    static QString displayText(const Figures &figures, int column);
    static QString sourceLabel(Figures::Source source);
    static QString notDetermined(); // "n.d."

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Figures> m_rows;
};

} // namespace parcours::ui
