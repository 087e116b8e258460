// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "trajectory/placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <array>

#include <functional>
#include <optional>

namespace parcours {

class Database;

// The trajectory of dossiers through the cells: placements, their rules, the caseloads.
//
// Every write reads the dossier and all of its placements inside one write transaction,
// applies the change in memory, checks the PlacementRules on the result and only then
// writes. A refusal returns a message naming the cells and dates and leaves the database
// exactly as it was; so does a failed write half-way (the transaction rolls back).
//
// Permissions (security/permissions.h): reading needs ViewRegister (the readers return
// nothing without it), every write EditRegister (refused with the permission's message).
class Trajectory
{
    Q_DECLARE_TR_FUNCTIONS(Trajectory)
public:
    explicit Trajectory(Database &db);
    // The database it works on (the dossier window builds its balance and GPMI views on it).
    Database &database() const { return m_db; }

    // The dossier's placements, oldest first (by start date).
    QList<Placement> placements(qint64 dossierId) const;
    std::optional<Placement> placement(qint64 placementId) const;
    // The placement of the dossier that covers `day`, if any (at most one: no overlaps).
    std::optional<Placement> placementOn(qint64 dossierId, const QDate &day) const;

    // Refers the dossier to a cell from `start` on: a new open placement. Returns its id.
    Result<qint64> refer(qint64 dossierId, Cell cell, const QDate &start, const QString &officer,
                         const QString &reason, const QString &note = {});
    // Adds a placement as given (open or already ended, e.g. recorded afterwards); dossierId
    // must be set, id is ignored. Returns the new id.
    Result<qint64> add(const Placement &placement);

    // Moves the dossier to `newCell` on `day`: the placement covering `day` ends on day − 1
    // with outcome moved_cell, and a new open placement in `newCell` starts on `day`, both in
    // one transaction. Refused (nothing written) when no placement covers `day`, when it
    // starts on `day` or later (edit it instead), when it is already in `newCell`, or when
    // the new placement would break a rule (e.g. it would overlap a later placement, or the
    // dossier is closed). Returns the id of the new placement.
    Result<qint64> transfer(qint64 dossierId, Cell newCell, const QDate &day, const QString &officer,
                            const QString &reason);

    // Ends a placement on `end` (inclusive) with an outcome (detail: contract type, diploma…).
    // May also move the end of an already ended placement.
    // Several officers at once: `loadedVersion` is the placement's rowVersion as the officer
    // saw it; when somebody else saved the placement since, the change is refused as a
    // conflict (Status::isConflict) naming who and when, and nothing is written. 0: no check.
    Status endPlacement(qint64 placementId, const QDate &end, Outcome outcome, const QString &detail = {},
                        int loadedVersion = 0);

    // Replaces every field of the stored placement `placement.id`. The dossier cannot change
    // (dossierId 0 means "the same"). placement.rowVersion is checked as in endPlacement().
    //
    // Every write here first locks the dossier's row (dialect::lockForUpdate): on a server, two
    // officers transferring or referring the same dossier at once are taken one after the
    // other, and the second one's rules see the first one's placements.
    Status update(const Placement &placement);
    Status remove(qint64 placementId);

    // Closes the dossier on `closed`: sets dossier.closed, and the placement that is open on
    // that day (open-ended, or ending later) ends on `closed`, with outcome income_ended
    // unless it already has one. One transaction. Refused when a placement starts after
    // `closed` or `closed` is before the opening.
    Status closeDossier(qint64 dossierId, const QDate &closed);

    // Would the dossier's placements still lie inside [opened, closed] (closed null = open)?
    // For the dossier form before it changes the dates; success, or the first conflict.
    Status checkDossierPeriod(qint64 dossierId, const QDate &opened, const QDate &closed) const;

    // Who is in which cell on `day`: one row per placement covering `day` in a dossier open on
    // `day`; optionally one cell, optionally one officer (the placement's officer, exact).
    // Sorted by cell (trajectory order), then last name, first name, reference.
    struct CaseloadRow
    {
        qint64 dossierId = 0;
        qint64 placementId = 0;
        QString reference;
        QString lastName;
        QString firstName;
        Cell cell = Cell::Facilitation;
        QDate since;   // start of the placement
        QDate until;   // its planned end, null when open
        int days = 0;  // days in the cell on `day`: 0 on the start day, since.daysTo(day)
        QString officer;
        // The person and their sort keys: the order of the rows, and where a page ends.
        qint64 personId = 0;
        QString lastKey;
        QString firstKey;
        QString personName() const { return lastName + QLatin1String(", ") + firstName; }
    };
    QList<CaseloadRow> caseload(const QDate &day, std::optional<Cell> cell = {}, const QString &officer = {}) const;

    // The caseload as its page reads it (core/trajectory/caseload.cpp): the number of people
    // per cell and officer first, then one cell a page at a time. A big centre has 90,000
    // people in a cell on a day: reading them all took a second, a count and a page take a
    // few dozen milliseconds (docs/benchmarks.md).
    //
    // People per cell on `day`; `officer`: nullopt = every officer, "" = no officer recorded.
    using CellCounts = std::array<int, kCellCount>;
    CellCounts caseloadCounts(const QDate &day, const std::optional<QString> &officer = {}) const;
    // The officers of the placements that cover `day`, sorted; "" when some have none.
    QStringList caseloadOfficers(const QDate &day) const;
    // Up to `limit` rows of `cell` on `day`, sorted by last name, first name, person and
    // reference, after `after` (the last row of the previous page of the same query; nullptr
    // for the first page). `officer`: nullopt = every officer, "" = no officer recorded.
    // `expected`, the number of rows of the query (from caseloadCounts), chooses the plan: a
    // frequent cell is read by walking the people in name order until the page is full, a
    // rare one by collecting its few placements of the day and sorting them.
    QList<CaseloadRow> caseloadPage(const QDate &day, Cell cell, const std::optional<QString> &officer,
                                    const CaseloadRow *after, int limit, int expected) const;
    // From this many rows of a cell on, walking the people in name order is the faster plan
    // (measured at 200,000 dossiers and 182,000 people).
    static constexpr int kCaseloadWalkFrom = 8000;

private:
    // Reads the placement and its dossier in a write transaction, lets `change` edit the
    // placement, checks the rules on the result and writes it.
    Status edit(qint64 placementId, int loadedVersion, const std::function<Status(Placement &)> &change);

    Database &m_db;
};

} // namespace parcours
