// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/figures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace parcours {

class Database;

// Evolution figures published before Parcours was used (the seed's table): stored as
// published, each count either a number or "not determined" (std::nullopt, never zero).
//
// Nothing is recomputed from its parts: `integrated` stays what was published even where it
// is not health_equity + SPI (2012 and 2013 in the seed). The table has no SPI column; the
// SPI of a recorded row is derived by deriveSpi() when read, and both percentages follow
// from the counts (Figures::integratedPct(), spiPct()).
//
// Reading needs ViewReports or ImportData (at() gives nothing without them); storing and removing, which
// replace what was published, ImportData.
class RecordedFigures
{
    Q_DECLARE_TR_FUNCTIONS(RecordedFigures)
public:
    explicit RecordedFigures(Database &db);

    // Every recorded snapshot, oldest first; from/to (inclusive) limit the days when valid.
    Result<QList<Figures>> load(const QDate &from = {}, const QDate &to = {}) const;
    std::optional<Figures> at(const QDate &day) const;

    // Stores one snapshot (replacing the one of that day), or several in one transaction.
    // Refused when the date is invalid or a count is negative. `spi` is not stored.
    Status store(const Figures &figures);
    Status store(const QList<Figures> &figures);
    Status remove(const QDate &day);

    // SPI of a recorded row: the sum of facilitation, literacy, studies, work and article60
    // when all five are determined, plus post_article60 when it is (the seed predates that
    // cell); not determined otherwise. health_equity is never part of it.
    static std::optional<int> deriveSpi(const Figures &figures);

    // Why `figures` cannot be stored, or empty.
    static QString check(const Figures &figures);

private:
    Database &m_db;
};

} // namespace parcours
