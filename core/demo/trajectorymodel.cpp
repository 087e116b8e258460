// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/trajectorymodel.h"

#include <array>

namespace parcours::demo {

namespace {

enum class Gap : quint8 { None, Short, Long, Never };

struct Transition
{
    int permille;
    Outcome outcome;
    Cell next;
    Gap gap; // None: transferred the next day; Short/Long: comes back after a while; Never: leaves
};

constexpr Transition t(int permille, Outcome outcome, Cell next, Gap gap)
{
    return {permille, outcome, next, gap};
}

using O = Outcome;
using C = Cell;

// Where people go when a placement ends, per cell (each list sums to 1000).
const std::array<std::vector<Transition>, kCellCount> &transitions()
{
    static const std::array<std::vector<Transition>, kCellCount> all = {{
        // facilitation: the professional project orients the person
        {t(280, O::MovedCell, C::Literacy, Gap::None), t(170, O::MovedCell, C::Studies, Gap::None),
         t(300, O::MovedCell, C::Work, Gap::None), t(30, O::MovedCell, C::Article60, Gap::None),
         t(50, O::MovedCell, C::HealthEquity, Gap::None), t(90, O::DroppedOut, C::Facilitation, Gap::Short),
         t(40, O::DroppedOut, C::Facilitation, Gap::Never), t(20, O::Sanction, C::Facilitation, Gap::Short),
         t(20, O::Other, C::Facilitation, Gap::Short)},
        // literacy
        {t(220, O::TrainingCompleted, C::Studies, Gap::None), t(170, O::TrainingCompleted, C::Work, Gap::None),
         t(150, O::MovedCell, C::Studies, Gap::None), t(170, O::MovedCell, C::Work, Gap::None),
         t(40, O::MovedCell, C::Article60, Gap::None), t(130, O::DroppedOut, C::Facilitation, Gap::Short),
         t(50, O::DroppedOut, C::Facilitation, Gap::Never), t(70, O::Other, C::Literacy, Gap::Short)},
        // studies
        {t(330, O::TrainingCompleted, C::Work, Gap::None), t(60, O::TrainingCompleted, C::Article60, Gap::None),
         t(70, O::Job, C::Work, Gap::Long), t(70, O::Job, C::Work, Gap::Never),
         t(110, O::MovedCell, C::Work, Gap::None), t(180, O::DroppedOut, C::Facilitation, Gap::Short),
         t(80, O::DroppedOut, C::Facilitation, Gap::Never), t(100, O::Other, C::Studies, Gap::Short)},
        // work: article 60 places are few (Molenbeek: 350 posts)
        {t(170, O::Job, C::Work, Gap::Never), t(150, O::Job, C::Work, Gap::Long),
         t(170, O::MovedCell, C::Article60, Gap::None), t(100, O::MovedCell, C::Studies, Gap::None),
         t(80, O::MovedCell, C::Facilitation, Gap::None), t(170, O::DroppedOut, C::Facilitation, Gap::Short),
         t(60, O::DroppedOut, C::Facilitation, Gap::Never), t(40, O::Sanction, C::Work, Gap::Short),
         t(60, O::Other, C::Work, Gap::Short)},
        // article60: three months of post-article-60 guidance follow most contracts
        {t(850, O::MovedCell, C::PostArticle60, Gap::None), t(60, O::Job, C::Work, Gap::Never),
         t(50, O::DroppedOut, C::Facilitation, Gap::Short), t(20, O::Sanction, C::Facilitation, Gap::Short),
         t(20, O::Other, C::Work, Gap::Short)},
        // post_article60
        {t(250, O::Job, C::Work, Gap::Never), t(150, O::Job, C::Work, Gap::Long),
         t(450, O::MovedCell, C::Work, Gap::None), t(50, O::MovedCell, C::Studies, Gap::None),
         t(60, O::DroppedOut, C::Facilitation, Gap::Short), t(40, O::Other, C::Work, Gap::Never)},
        // health_equity: the exemption ends
        {t(550, O::MovedCell, C::Facilitation, Gap::None), t(100, O::MovedCell, C::Literacy, Gap::None),
         t(200, O::Other, C::Facilitation, Gap::Short), t(150, O::Other, C::Facilitation, Gap::Never)},
    }};
    return all;
}

// Days spent in a cell.
qint64 duration(Random &r, Cell cell)
{
    switch (cell) {
    case Cell::Facilitation:
        return r.low(21, 300); // weeks to months
    case Cell::Literacy:
        return r.between(120, 540);
    case Cell::Studies:
        return r.low(120, 900);
    case Cell::Work:
        return r.low(45, 330);
    case Cell::Article60:
        return r.between(365, 730); // 12 to 24 months
    case Cell::PostArticle60:
        return r.between(89, 92); // three months
    case Cell::HealthEquity:
        return r.low(90, 1460);
    }
    return 30;
}

} // namespace

void simulateTrajectory(Random &r, qint64 opened, qint64 closed, qint64 last, std::vector<PlannedPlacement> &out)
{
    out.clear();
    const qint64 end = closed ? closed : last;
    qint64 day = opened + r.low(0, 75); // the social service refers the person after the decision
    if (day > end || r.chance(60))      // some are never placed
        return;
    Cell cell = r.chance(70) ? Cell::HealthEquity
        : r.chance(40)       ? Cell::Work
        : r.chance(30)       ? Cell::Literacy
                             : Cell::Facilitation;
    for (int guard = 0; guard < 200; ++guard) {
        const qint64 stop = day + duration(r, cell) - 1;
        const auto &options = transitions()[size_t(cell)];
        int pick = int(r.between(0, 999));
        const Transition *next = &options.back();
        for (const Transition &option : options) {
            if (pick < option.permille) {
                next = &option;
                break;
            }
            pick -= option.permille;
        }
        if (closed && stop >= closed) { // closing the dossier ends the placement
            constexpr std::array<int, 5> weights = {300, 350, 220, 80, 50};
            constexpr std::array<Outcome, 5> outcomes = {O::Job, O::IncomeEnded, O::MovedAway, O::Other, O::Sanction};
            out.push_back({cell, day, closed, int(outcomes[size_t(r.weighted(weights))])});
            return;
        }
        if (!closed && stop > last) { // still running: contracts keep their planned end
            const bool planned = cell == Cell::Article60 || cell == Cell::PostArticle60;
            out.push_back({cell, day, planned ? stop : 0, -1});
            return;
        }
        out.push_back({cell, day, stop, int(next->outcome)});
        Gap gap = next->gap;
        // Who leaves the trajectory for good mostly leaves the income too; while the dossier
        // stays open most come back (the job ended, the move fell through).
        if (gap == Gap::Never) {
            if (closed || r.chance(150))
                return;
            gap = Gap::Long;
        }
        day = stop + 1 + (gap == Gap::Short ? r.low(20, 240) : gap == Gap::Long ? r.low(45, 540) : 0);
        if (day > end)
            return;
        cell = next->next;
    }
}

} // namespace parcours::demo
