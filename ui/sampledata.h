// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

namespace parcours {
class Registry;
}

namespace parcours::ui {

// Demonstration and test data, saved through Registry::save like any officer's input, with
// valid national numbers from NationalNumber::make. Nothing here is a real person.

// About thirty realistic Brussels dossiers: Dutch, French and other names, long compound
// names and accents, open and closed, both income types.
Status addSampleDossiers(Registry &registry);

// `count` generated dossiers, deterministic for a given `firstIndex`: for tests and
// benchmarks that need volume. References are "G-<index>", 6 digits.
Status addGeneratedDossiers(Registry &registry, int count, int firstIndex = 0);

} // namespace parcours::ui
