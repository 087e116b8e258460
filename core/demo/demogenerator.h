// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace parcours {

class Database;

// Fills an empty database with invented people, ten years of income dossiers and their
// integration trajectories, shaped like the caseload of a Brussels SPI service: for
// demonstrations, screenshots, training sessions and the benchmarks.
//
// What the generated data looks like:
// - people with valid, unique national numbers (a few BIS numbers) that agree with their birth
//   date (1958–2006) and gender; Belgian Dutch and French names and names of Moroccan,
//   Turkish, Congolese, Romanian and Syrian origin; language nl, fr or other (a few unknown);
//   most with an address in Molenbeek, some with a phone number or an e-mail address
//   (example.com/.net/.org only); about one person in eight comes back with a second dossier;
// - dossiers opened over the ten years before `until`, about 30 % closed, references
//   "D-<year opened>-<sequence in that year>" in the order of opening (D-2019-004213);
// - trajectories: most start in facilitation (weeks to months), go on to literacy, studies or
//   work; article 60 (12 to 24 months) is mostly followed by three months of post-article-60
//   guidance; some people are exempted (health_equity), some never placed; people drop out
//   and come back after a gap. On average about five placements a dossier.
//
// Guarantees (what Registry and Trajectory enforce holds for these rows too): searchKey() in
// the *_key columns; a dossier's placements never overlap and lie inside its period (a
// closed dossier's last placement ends on the closing day); an outcome on every placement
// that ended on or before `until`, none on an open one. Article 60 and post-article-60
// placements still running on `until` keep their planned (future) end, without outcome.
//
// Deterministic: the same options give the same rows, on every platform. Only std::mt19937_64
// (whose sequence the standard fixes) and integer arithmetic decide; no standard
// distribution, no hash order, no clock (`until` is the only date that matters).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    struct Options
    {
        int dossiers = 2000;
        quint32 seed = 1;
        QDate until = QDate::currentDate(); // the last day of the history
    };
    struct Summary
    {
        int people = 0;
        int dossiers = 0;
        int placements = 0;
    };
    // Called about every 1 % with the dossiers written so far (0 first, `total` last).
    // Returning false cancels: nothing is written.
    using Progress = std::function<bool(int done, int total)>;

    // Refuses a database that already holds a person, a dossier or a placement: invented
    // people are never mixed with real ones. Needs the ImportData permission (an
    // administrator, the command line). Everything is written in one transaction, as the
    // database's actor (the audit trail records every row); on failure or cancel the
    // database is left empty, as it was. Refreshes the planner statistics afterwards.
    static Status generate(Database &db, const Options &options, const Progress &progress = {},
                           Summary *summary = nullptr);
};

} // namespace parcours
