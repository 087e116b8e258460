// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/random.h"
#include "trajectory/cell.h"

#include <vector>

namespace parcours::demo {

// One placement of a simulated trajectory; days are Julian day numbers.
struct PlannedPlacement
{
    Cell cell = Cell::Facilitation;
    qint64 start = 0;
    qint64 end = 0;   // 0 = open
    int outcome = -1; // Outcome, -1 = none
};

// The trajectory of one dossier opened on `opened` and closed on `closed` (0 = still open on
// `last`), shaped like a Brussels SPI service's: most start in facilitation and go on to
// literacy, studies or work; article 60 (12–24 months) is mostly followed by three months of
// post_article60; some are exempted (health_equity) or never placed; people drop out and
// come back after a gap. The placements follow each other without overlap, inside
// [opened, closed]; a closed dossier's last placement ends on `closed` with an outcome. A
// placement still running on `last` is open, except article 60 and post-article-60
// contracts, which keep their planned end (after `last`) without an outcome.
void simulateTrajectory(Random &random, qint64 opened, qint64 closed, qint64 last, std::vector<PlannedPlacement> &out);

} // namespace parcours::demo
