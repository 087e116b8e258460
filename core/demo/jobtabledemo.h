// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace parcours {

class Database;

// The Job Tables of the demo centre, so that a newcomer sees them at work: groups at every
// stage (finished and debriefed, concluded with their orientations and trajectory steps, in
// each module, being composed with a waiting list, only planned), with participants chosen
// among the people of the Work cell, meetings and attendance, and a year of free-access
// visits. Deterministic for a seed and `until`; a few hundred writes, whatever the size of
// the register.
class JobTableDemo
{
public:
    // Called by DemoGenerator inside its transaction, after the register and trajectories are
    // written (so a failure leaves the database empty, as the generator promises).
    // `newPlacements` (if given) receives the number of placements the orientations added.
    static Status generate(Database &db, const QDate &until, quint32 seed, int *newPlacements = nullptr);
};

} // namespace parcours
