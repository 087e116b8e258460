// SPDX-License-Identifier: GPL-3.0-or-later
// The options `evolution` and `chart evolution` share: which days, which source.
#pragma once

#include "cli.h"
#include "trajectory/evolutiontable.h"

namespace parcours::cli {

// What `evolution` (or `chart evolution`) was asked, once the options are checked.
struct EvolutionRequest
{
    enum class Format { Csv, Table, Json };
    EvolutionTable::Request table; // --at, --from/--to/--step, --source
    Format format = Format::Csv;   // --format (evolution only)
};

// Fills `request` from the --at, --from, --to, --step, --source and --format options of
// `inv` (defaults for those not given); the reason for a usage error otherwise.
QString parseEvolution(const Invocation &inv, EvolutionRequest &request);

} // namespace parcours::cli
