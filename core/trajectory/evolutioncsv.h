// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/figures.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace parcours {

// The evolution table as text, the same for the CLI's csv, table and json outputs:
//
//   date,source,dossiers,integrated,integrated_pct,health_equity,facilitation,literacy,
//   studies,work,article60,post_article60,spi,spi_pct
//
// date ISO, source "computed" or "recorded", counts as integers, percentages with two
// decimals and a dot; a value not determined is an empty field.
class EvolutionCsv
{
public:
    static QStringList columnNames();
    // The fields of one row, in the order of columnNames().
    static QStringList fields(const Figures &figures);
    // Header and rows, UTF-8, comma-separated, "\n" line ends; rows in the order given.
    static QByteArray format(const QList<Figures> &rows);
};

} // namespace parcours
