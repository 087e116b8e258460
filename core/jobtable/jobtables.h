// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobtable/jobtable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace parcours {

class Database;

// The Job Tables of the centre: groups, their stages, participants and waiting list,
// meetings and attendance, the orientation table and the trajectory steps it leads to.
//
// Permissions (security/permissions.h): reading needs ViewRegister (the readers return
// nothing without it: participants are people of the register), every write EditRegister.
// Every write is one Transaction; a refusal names the stage, person or date and changes
// nothing.
class JobTables
{
    Q_DECLARE_TR_FUNCTIONS(JobTables)
public:
    explicit JobTables(Database &db);

    // --- groups ----------------------------------------------------------------------------
    struct ListRow
    {
        qint64 id = 0;
        QString title;
        QString officers;
        QString place;
        int capacity = 0;
        int members = 0;
        int waiting = 0;
        std::optional<Stage> lastDone; // where it stands
        std::optional<Stage> next;     // what comes next (nullopt: all done)
        QDate nextPlanned;             // the planned date of `next`, if any
        QDate launched;                // the actual date of the launch, if any
    };
    // Every Job Table, the running ones first (by launch / planned date, newest first).
    QList<ListRow> list() const;
    std::optional<JobTable> jobTable(qint64 id) const;

    // Creates a Job Table (id ignored); checks JobTableRules. Returns its id.
    Result<qint64> create(const JobTable &table);
    // Replaces every field and stage of the stored Job Table `table.id`. Refused when a rule
    // breaks, when the capacity falls below the members, and when the launch date is set or
    // moved while the group is not composed (no composing date, nobody in the group) or a
    // member has not accepted the usage rules on or before the launch.
    Status update(const JobTable &table);
    // Sets one stage's dates and note (the rest unchanged), with the same checks as update().
    Status setStage(qint64 jobTableId, Stage stage, const StageDates &dates);

    // --- participants ------------------------------------------------------------------------
    // Members, then the waiting list in its order, then those who left.
    QList<Participant> participants(qint64 jobTableId) const;
    // Adds the dossier to the group on `day`: a member while there is room, else on the
    // waiting list. Refused when the dossier is not open on `day`, is already listed, or the
    // group has concluded. Returns the participant id.
    Result<qint64> addParticipant(qint64 jobTableId, qint64 dossierId, const QDate &day);
    // Records that the participant accepted the usage rules `version` on `on`.
    Status acceptRules(qint64 participantId, const QString &version, const QDate &on);
    // Takes the participant out of the group on `on`. Before the launch (and for the waiting
    // list) the row goes; after it a member is kept as "left" (their attendance stays). When a
    // member goes, the first person of the waiting list takes the place.
    Status removeParticipant(qint64 participantId, const QDate &on);

    // Open dossiers to choose from on `day` (domain: open on that day), with filters.
    struct CandidateFilter
    {
        QDate day = QDate::currentDate();
        QString text;          // each word a prefix of the last name, first name or reference
        bool inWorkCell = false; // only dossiers in the Work cell on `day`
        QString language;      // "nl", "fr", "other" or empty for any
        QString officer;       // the dossier's officer (exact, case-insensitive) or empty
        int limit = 200;
    };
    struct Candidate
    {
        qint64 dossierId = 0;
        QString reference;
        QString lastName;
        QString firstName;
        QString language;
        QString officer;
        std::optional<Cell> cell; // the cell on `day`
    };
    QList<Candidate> candidates(const CandidateFilter &filter) const;

    // --- meetings and attendance -------------------------------------------------------------
    QList<Meeting> meetings(qint64 jobTableId) const; // by start
    Result<qint64> addMeeting(const Meeting &meeting);
    Status updateMeeting(const Meeting &meeting);
    Status removeMeeting(qint64 meetingId); // with its attendance
    // (meeting id, participant id) → presence, for one Job Table.
    using AttendanceKey = QPair<qint64, qint64>;
    QHash<AttendanceKey, Presence> attendance(qint64 jobTableId) const;
    // Records (or with nullopt clears) one presence. Only people who were in the group.
    Status setAttendance(qint64 meetingId, qint64 participantId, std::optional<Presence> presence);
    // Counts per participant and for the whole group (the rates: AttendanceCount).
    QHash<qint64, AttendanceCount> attendanceByParticipant(qint64 jobTableId) const;
    AttendanceCount groupAttendance(qint64 jobTableId) const;

    // --- conclusion: the orientation table ------------------------------------------------------
    // Sets (or clears) where the participant goes next. Once its trajectory step exists the
    // orientation can no longer change (change the trajectory instead).
    Status setOrientation(qint64 participantId, std::optional<Orientation> orientation, const QString &detail,
                          const QString &note);
    // The partner the participant is oriented to (Actiris, a training centre…); 0 clears it.
    // Informative: it may change after the trajectory step was made.
    Status setOrientationPartner(qint64 participantId, qint64 partnerId);

    // Creates the trajectory step of every oriented participant who has none yet, on the
    // conclusion's actual date, through the trajectory and its rules (Trajectory::transfer or
    // refer; for a job, the current placement ends with outcome job and the contract type):
    // all in one transaction, so a refusal for one person leaves everybody as they were.
    // A participant already in the target cell keeps their placement (it is linked).
    struct StepReport
    {
        int created = 0;
        int kept = 0;    // already in the target cell
        int skipped = 0; // orientation "other": the step is chosen by hand
    };
    Result<StepReport> createTrajectorySteps(qint64 jobTableId, const QString &officer);

private:
    Database &m_db;
};

} // namespace parcours
