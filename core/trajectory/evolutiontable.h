// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/evolution.h"
#include "trajectory/figures.h"

#include <QDate>
#include <QList>

namespace parcours {

class Database;

// The rows of the evolution table as `parcours-cli evolution` prints them, for every program
// that shows or writes the table (the CLI, the Reports page, the chart command), so that a
// CSV saved from the window equals the command's output byte for byte.
class EvolutionTable
{
public:
    enum class Source { Computed, Recorded, Both };

    struct Request
    {
        Source source = Source::Computed;
        QList<QDate> at; // given days (sorted, each once); otherwise from/to/step
        QDate from;      // valid together with `to`
        QDate to;
        Evolution::Step step = Evolution::Step::Month;
        bool ranged() const { return from.isValid(); }
    };

    // The days whose figures are computed: `at`, the period ends from `from` to `to`, or the
    // month ends of the last 12 months up to `today`.
    static QList<QDate> computedDays(const Request &request, const QDate &today = QDate::currentDate());

    // Recorded rows (those on the days of `at`, or within from/to, else all) and computed
    // rows, oldest first, the recorded row first on a day that has both. An empty list of
    // days computes nothing (not an error).
    static Result<QList<Figures>> load(Database &db, const Request &request, const QDate &today = QDate::currentDate());

    // Oldest first, a recorded row before the computed one of the same day.
    static void sortRows(QList<Figures> &rows);
};

} // namespace parcours
