// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadclient.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {
class Database;
}

// What the load test checks at the end: that the database holds exactly what the clients
// report they did — no lost write, no duplicated one, no overlapping trajectory.
namespace parcours::load {

// The state the checks compare against, taken after every client signed in and before any
// started working.
struct Snapshot
{
    qint64 placements = 0;
    // "actor\naction entity" → entries in the audit trail.
    QHash<QString, qint64> audit;
    qint64 overlaps = 0;
};

// Reads the snapshot; on a read failure `error` says why.
Snapshot takeSnapshot(Database &db, QString *error);

// One line per check, "ok …" or "MISMATCH …"; returns whether all held.
bool verify(Database &db, const Fixture &fixture, const Snapshot &before, const QList<Tally> &tallies, QStringList *report);

} // namespace parcours::load
