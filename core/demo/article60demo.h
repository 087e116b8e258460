// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace parcours {

class Database;

// The article 60 posts and contracts of the demo centre, consistent with the demo
// trajectories: every article60 placement still running on `until` or ended in the year
// before it gets its contract, on a post at a social-economy enterprise, an employer or the
// centre itself, one person a post at a time; a few posts more stay vacant. A running
// contract's planned end follows the rule of Article60::plannedEnd, and its placement's
// planned end is set to it (it is the dossier's last placement, so nothing can overlap); an
// ended contract ends with its placement. Set-based: a few queries and one insert a contract.
class Article60Demo
{
public:
    // Called by DemoGenerator inside its transaction, after PartnerDemo.
    static Status generate(Database &db, const QDate &until);
};

} // namespace parcours
