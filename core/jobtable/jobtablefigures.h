// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "jobtable/jobtable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace parcours {

class Database;

// The figures of the Job Tables launched in a period: groups, participants, attendance and
// outcomes, read from the trajectory.
//
// Definitions (also in the CLI's help and the GUI's tooltips):
// - a group counts when its launch (actual date) lies in [from, to];
// - participants: everybody who was in the group (members and those who left), not the
//   waiting list;
// - attendance: present ÷ recorded presences (present + excused + absent);
// - outcome at 3 and 6 months: for each participant of a concluded group whose check day
//   (conclusion + 3 or 6 months) is on or before `asOf`: "job" when a placement of the dossier
//   ended with outcome job between the conclusion and the check day (both included), or an
//   article 60 placement covers the check day (the centre employs the person); otherwise
//   "training" when a studies-and-training placement covers the check day, or one ended with
//   outcome training_completed in that span. Share = (job + training) ÷ measured.
struct JobTableOutcome
{
    int measured = 0;
    int job = 0;
    int training = 0;
    double sharePercent() const { return measured == 0 ? -1.0 : 100.0 * (job + training) / measured; }
    JobTableOutcome &operator+=(const JobTableOutcome &o)
    {
        measured += o.measured;
        job += o.job;
        training += o.training;
        return *this;
    }
};

struct JobTableFigureRow
{
    qint64 id = 0; // 0 in the total row
    QString title;
    std::optional<Stage> lastDone;
    QDate launched;
    QDate concluded;
    int participants = 0;
    int left = 0;
    int waiting = 0;
    int meetings = 0;
    AttendanceCount attendance;
    JobTableOutcome after3;
    JobTableOutcome after6;
};

struct JobTableFigures
{
    QDate from;
    QDate to;
    QDate asOf;
    QList<JobTableFigureRow> rows; // by launch date
    JobTableFigureRow total;       // sums; id 0
};

class JobTableReport
{
    Q_DECLARE_TR_FUNCTIONS(JobTableReport)
public:
    // Needs ViewReports.
    static Result<JobTableFigures> compute(Database &db, const QDate &from, const QDate &to,
                                           const QDate &asOf = QDate::currentDate());
    // The CSV (UTF-8, comma, header line, then one line a group and a last "total" line);
    // percentages with two decimals, empty when there is nothing to divide by.
    static QString csv(const JobTableFigures &figures);
    static QStringList csvHeader();
    // "12.50" or "" (-1).
    static QString percent(double value);
};

} // namespace parcours
