// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

// The six stages of a Job Table (seed 002), in their order. The numbers are stored
// (job_table_stage.stage) and shown ("3. Module …"): keep them.
enum class Stage {
    Composing = 1,   // composing the group (selecting participants)
    Launch = 2,      // launching the Job Table
    JobSearch = 3,   // module "Aspects of job search"
    Interviews = 4,  // module "Interviews"
    Conclusion = 5,  // concluding the group intervention (the orientation table)
    Debriefing = 6,  // the officers' evaluation
};
inline constexpr int kStageCount = 6;
inline constexpr std::array<Stage, kStageCount> kAllStages = {Stage::Composing, Stage::Launch, Stage::JobSearch,
                                                              Stage::Interviews, Stage::Conclusion, Stage::Debriefing};
inline constexpr int stageIndex(Stage s) { return int(s) - 1; }

// How a participant stands in the group.
enum class Membership { Member, Waiting, Left };

// Attendance at one meeting.
enum class Presence { Present, Excused, Absent };

// Where a participant goes after the conclusion (the orientation table of the handbook).
enum class Orientation { Job, Training, WorkFollowUp, Literacy, Studies, Article60, Other };
inline constexpr std::array<Orientation, 7> kAllOrientations = {Orientation::Job,      Orientation::Training,
                                                                Orientation::WorkFollowUp, Orientation::Literacy,
                                                                Orientation::Studies,  Orientation::Article60,
                                                                Orientation::Other};

// The cell an orientation leads to (nullopt: job — the current placement ends with outcome
// job — and other — no automatic step).
std::optional<Cell> orientationCell(Orientation o);

// Stable codes, as stored and in CSV files.
QString membershipCode(Membership m);
QString presenceCode(Presence p);
QString orientationCode(Orientation o);
std::optional<Membership> membershipFromCode(QStringView code);
std::optional<Presence> presenceFromCode(QStringView code);
std::optional<Orientation> orientationFromCode(QStringView code);

struct StageDates
{
    QDate planned;
    QDate actual; // set when the stage took place (done)
    QString note;
};

// One Job Table: a group led by insertion officers through the six stages.
struct JobTable
{
    qint64 id = 0; // 0 = not stored yet
    QString title;
    QString officers; // names, comma separated
    QString place;
    int capacity = 12;
    QString targetPublic;
    QString means;
    QString debriefing;
    std::array<StageDates, kStageCount> stages;

    const StageDates &stage(Stage s) const { return stages[size_t(stageIndex(s))]; }
    StageDates &stage(Stage s) { return stages[size_t(stageIndex(s))]; }
    // The last stage with an actual date, nullopt when none took place yet.
    std::optional<Stage> lastDone() const;
    // The first stage without an actual date (what comes next), nullopt when all are done.
    std::optional<Stage> next() const;
};

struct Participant
{
    qint64 id = 0;
    qint64 jobTableId = 0;
    qint64 dossierId = 0;
    Membership membership = Membership::Member;
    int seq = 0; // order of arrival: the waiting list's order
    QDate addedOn;
    QString rulesVersion;
    QDate rulesAcceptedOn;
    QDate leftOn;
    std::optional<Orientation> orientation;
    QString orientationDetail;
    QString orientationNote;
    qint64 orientationPlacementId = 0; // the trajectory step made for the orientation, 0 = none yet
    qint64 orientationPartnerId = 0;   // the partner they are oriented to (partners/partners.h), 0 = none
    // From the register, for display:
    QString reference;
    QString lastName;
    QString firstName;
    QString personName() const { return lastName + QLatin1String(", ") + firstName; }
    bool acceptedRules() const { return rulesAcceptedOn.isValid() && !rulesVersion.isEmpty(); }
};

struct Meeting
{
    qint64 id = 0;
    qint64 jobTableId = 0;
    Stage module = Stage::JobSearch; // JobSearch or Interviews
    QDateTime startsAt;              // local time, minutes
    QString topic;
};

// Attendance rates: present ÷ recorded (present + excused + absent), as a percentage.
struct AttendanceCount
{
    int present = 0;
    int excused = 0;
    int absent = 0;
    int recorded() const { return present + excused + absent; }
    // -1 when nothing is recorded (no rate, not 0 %).
    double ratePercent() const { return recorded() == 0 ? -1.0 : 100.0 * present / recorded(); }
    AttendanceCount &operator+=(const AttendanceCount &o)
    {
        present += o.present;
        excused += o.excused;
        absent += o.absent;
        return *this;
    }
};

// The rules of one Job Table that need no database: each returns an empty string when it
// holds, else a translated sentence naming the stage and dates.
class JobTableRules
{
    Q_DECLARE_TR_FUNCTIONS(JobTableRules)
public:
    // Title, capacity; stages done in order (no actual date while an earlier stage has none);
    // an actual date not before the previous stage's; planned dates in order too.
    static QString check(const JobTable &t);
};

// Translated names for the user.
class JobTableLabels
{
    Q_DECLARE_TR_FUNCTIONS(JobTableLabels)
public:
    static QString stage(Stage s);      // "Module \"Interviews\""
    static QString stageShort(Stage s); // "Interviews" (the stepper)
    static QString membership(Membership m);
    static QString presence(Presence p);
    static QString orientation(Orientation o);
};

} // namespace parcours
