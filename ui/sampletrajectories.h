// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace parcours {
class Registry;
class Trajectory;
}

namespace parcours::ui {

// The reference of the sample dossier with the long, varied trajectory (seven placements
// through facilitation, literacy, studies, work, article 60 and post-article 60) that the
// screenshots show.
QString sampleTrajectoryReference();

// Placements for the dossiers of addSampleDossiers(), saved through Trajectory like an
// officer's input: realistic paths through the cells, transfers, outcomes, gaps, some still
// running on `today`. Dossiers without a placement stay so (not everyone is placed at once).
Status addSampleTrajectories(Registry &registry, Trajectory &trajectory, const QDate &today = QDate::currentDate());

} // namespace parcours::ui
