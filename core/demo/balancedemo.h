// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace parcours::demo {

// The balances and GPMI contracts of the demo data (DemoGenerator calls it inside its
// transaction, after the dossiers and placements are written):
// - a socio-professional balance for about half of the open dossiers opened in the last three
//   years (within the budget below), a third of them with two or three versions (the project
//   and the obstacles move on);
// - a GPMI for most open integration-income dossiers that need one (at most the 6,000 most
//   recently opened of them, so that a 200,000-dossier demo stays fast): offered some weeks after
//   the opening, signed after the reflection period — a few too late — with evaluations every
//   four months of which careless follow-ups skip some or hold them by phone; about one
//   dossier in thirty has no GPMI at all, so that the compliance list shows what is missing,
//   what is overdue and what comes due.
// Deterministic for a seed and a day. Writes only rows about dossiers open on `until`.
struct BalanceDemoSummary
{
    int balances = 0; // versions
    int contracts = 0;
    int evaluations = 0;
};

Status writeBalanceDemo(QSqlDatabase sql, const QDate &until, quint64 seed, BalanceDemoSummary *summary = nullptr);

} // namespace parcours::demo
