// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>

namespace parcours {

class Database;

// The literacy cell's data and the yearly targets of the demo centre, consistent with the
// demo trajectories (DemoGenerator calls it inside its transaction, after PartnerDemo):
// - a level test on the first day of every literacy placement (one set-based insert; the
//   level and the tested language follow from the placement and the person's language);
// - the courses of the current school year (September to June) at the centre and at the
//   demo literacy partners, in French and in Dutch, at the levels most people test at;
// - people in the literacy cell on `until` enrolled in the course of their level and
//   language while it has places (one course is kept full), the next ones on the waiting
//   list in the order of their test (at most a dozen a list);
// - yearly targets for the last three years and the current one (article 60 contracts
//   started, more dossiers in studies, literacy level tests, placements started in work),
//   the seed's "400 article 60 posts, 50 more dossiers in studies, 850 literacy level tests"
//   scaled to the demo's number of open dossiers (Molenbeek: about 5,400).
// A few hundred single writes besides the set-based insert: fast at 200,000 dossiers.
// Writes with SQL directly (the rules of core/literacy hold by construction), so that it works
// for whoever may write demo data.
class LiteracyDemo
{
public:
    static Status generate(Database &db, const QDate &until);
};

} // namespace parcours
