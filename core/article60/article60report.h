// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article60/article60.h"

namespace parcours {

// The article 60 situation on a day, as `parcours-cli report article60` prints it: every post
// with its occupancy, and the contracts ending within 90 days, each in the smallest of the
// 30 / 60 / 90-day windows it falls in.
struct Article60Report
{
    QDate on;
    QList<PostOccupancy> board;       // vacant first
    QList<Article60Contract> ending;  // soonest first, within 90 days

    static Result<Article60Report> compute(Database &db, const QDate &on);

    int filled() const;
    int vacant() const { return int(board.size()) - filled(); }
    // 30, 60 or 90: the window a contract ending on `end` falls in.
    int windowOf(const Article60Contract &contract) const;
    int endingWithin(int days) const; // how many contracts end within `days`

    // One line a post (kind "post", status filled|vacant), then one line a contract ending
    // soon (kind "ending", within 30|60|90). Columns: kind, post_id, function, place, partner,
    // social_economy, schedule, status, reference, person, start, end, days_left, within.
    QString toCsv() const;
};

} // namespace parcours
