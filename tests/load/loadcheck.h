// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadclient.h"

#include "common/result.h"

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

// What each check found: true when it held.
struct Checks
{
    bool placements = false; // count = before + what the clients added
    bool overlaps = false;   // no dossier in two cells on one day
    bool audit = false;      // the trail's new entries = what the clients' actions write, by actor
    bool attendance = false; // each client's Job Table holds exactly its last presences
    bool all() const { return placements && overlaps && audit && attendance; }
    bool none() const { return !placements && !overlaps && !audit && !attendance; }
};

// One line per check, "ok …" or "MISMATCH …".
Checks verify(Database &db, const Fixture &fixture, const Snapshot &before, const QList<Tally> &tallies, QStringList *report);

// The check of the checks (--tamper): behind the clients' back, as another actor, removes one
// presence of the first client's Job Table (or adds one when it has none) and adds a
// placement that overlaps the latest one of a shared dossier. Every check must then fail.
Status tamper(Database &db, const Fixture &fixture);

} // namespace parcours::load
