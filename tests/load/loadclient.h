// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtable/jobtable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <chrono>
#include <latch>
#include <mutex>

// One client of the load test: a thread with its own connection, signed in as its own officer,
// doing a weighted mix of what officers do all day through core's public API (the same calls
// the desktop program makes, so permissions, rules and the audit trail apply), and counting
// exactly what it did so that the end of the run can check the database against it.
namespace parcours::load {

enum class Op { Search, OpenDossier, Placement, Attendance, Evolution };
inline constexpr int kOpCount = 5;
inline constexpr std::array<Op, kOpCount> kAllOps = {Op::Search, Op::OpenDossier, Op::Placement, Op::Attendance,
                                                     Op::Evolution};
QString opName(Op op);

// The mix, in parts of 100: what an officer's day looks like (look people up and open their
// dossiers most, record a step or a presence now and then, a report once in a while).
inline constexpr std::array<int, kOpCount> kWeights = {40, 30, 12, 13, 5};

// What every client reads and nobody changes while they run: prepared before the start.
struct Fixture
{
    QString location;            // SQLite file or postgresql:// URL (the client opens its own connection)
    QDate today;                 // the demo's last day: searches and reports look at it
    QList<qint64> dossiers;      // every dossier: what "open a dossier" picks from
    QList<qint64> hotDossiers;   // open dossiers in a cell today: where placements are recorded
    QSet<qint64> sensitiveBalance; // dossiers whose latest balance holds sensitive obstacles (reading them is audited)
    QStringList lastNames;       // what the search box is typed with
    struct Group                 // the client's own Job Table
    {
        qint64 jobTableId = 0;
        QList<qint64> meetings;
        QList<qint64> participants; // members
    };
    QList<Group> groups;         // one a client
    QStringList usernames;       // one a client
    QString password;
    quint32 seed = 1;
    int thinkMs = 0;             // pause between two operations of a client
};

// How one kind of operation went for one client.
struct OpTally
{
    int ok = 0;
    int refused = 0; // a rule of the trajectory said no: a normal outcome, nothing written
    int busy = 0;    // another writer held the database past the busy timeout (or a deadlock): nothing written
    int failed = 0;  // anything else: the run fails
    QList<double> latencyMs; // of every finished operation, whatever its outcome
};

// Everything one client did.
struct Tally
{
    std::array<OpTally, kOpCount> ops;
    int refers = 0;
    int transfers = 0;
    // Audit entries this client's actions must have written: "action entity" → count.
    QHash<QString, int> audit;
    // The attendance of the client's Job Table as it must be in the database.
    using Key = QPair<qint64, qint64>; // meeting, participant
    QHash<Key, Presence> attendance;
    QStringList errors; // the first few unexpected messages
    QString setupError; // could not open or sign in: the client did nothing

    OpTally &of(Op op) { return ops[size_t(op)]; }
    const OpTally &of(Op op) const { return ops[size_t(op)]; }
};

// What the clients share while running: the start line and the end of the run.
struct Race
{
    explicit Race(int clients) : ready(clients) { }
    std::latch ready;              // every client signed in
    std::latch start{1};           // the main thread's baseline is taken
    std::chrono::steady_clock::time_point deadline;
    std::mutex signIn;             // one Argon2id hash at a time: 64 MB each
};

// The body of client `index`'s thread: opens its connection, signs in, waits for the start,
// works until the deadline, closes its connection. Never throws; problems go into `tally`.
void runClient(const Fixture &fixture, int index, Race &race, Tally &tally);

} // namespace parcours::load
