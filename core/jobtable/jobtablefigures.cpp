// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtable/jobtablefigures.h"

#include "jobtable/jobtables.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "trajectory/cell.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct Stay
{
    Cell cell;
    QDate start;
    QDate end; // null = open
    std::optional<Outcome> outcome;
    bool covers(const QDate &day) const { return start <= day && (end.isNull() || day <= end); }
};

// Job, training or neither for one dossier at `check`, after `conclusion`.
void measure(const QList<Stay> &stays, const QDate &conclusion, const QDate &check, JobTableOutcome &out)
{
    ++out.measured;
    bool job = false;
    bool training = false;
    for (const Stay &s : stays) {
        const bool endedInSpan = s.end.isValid() && conclusion <= s.end && s.end <= check;
        if ((endedInSpan && s.outcome == Outcome::Job) || (s.cell == Cell::Article60 && s.covers(check)))
            job = true;
        if ((endedInSpan && s.outcome == Outcome::TrainingCompleted) || (s.cell == Cell::Studies && s.covers(check)))
            training = true;
    }
    if (job)
        ++out.job;
    else if (training)
        ++out.training;
}

} // namespace

Result<JobTableFigures> JobTableReport::compute(Database &db, const QDate &from, const QDate &to, const QDate &asOf)
{
    using R = Result<JobTableFigures>;
    if (Status allowed = Permissions::require(db, Permission::ViewReports); !allowed)
        return R::failure(allowed.error());
    if (!from.isValid() || !to.isValid() || from > to)
        return R::failure(tr("The period of the Job Table figures needs two dates, the first not after the second."));
    JobTableFigures f;
    f.from = from;
    f.to = to;
    f.asOf = asOf;
    f.total.title = tr("Total");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.title, s.actual_date, (SELECT c.actual_date FROM job_table_stage c WHERE c.job_table_id = t.id AND c.stage = 5), "
        "(SELECT max(x.stage) FROM job_table_stage x WHERE x.job_table_id = t.id AND x.actual_date IS NOT NULL), "
        "(SELECT count(*) FROM job_table_meeting m WHERE m.job_table_id = t.id) "
        "FROM job_table t JOIN job_table_stage s ON s.job_table_id = t.id AND s.stage = 2 "
        "WHERE s.actual_date BETWEEN ? AND ? ORDER BY s.actual_date, t.id"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    while (q.next()) {
        JobTableFigureRow r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.launched = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        r.concluded = q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!q.value(4).isNull())
            r.lastDone = Stage(q.value(4).toInt());
        r.meetings = q.value(5).toInt();
        f.rows.append(r);
    }
    for (JobTableFigureRow &r : f.rows) {
        QSqlQuery p(db.sql());
        p.setForwardOnly(true);
        p.prepare(QStringLiteral("SELECT jp.id, jp.dossier_id, jp.status, "
                                 "(SELECT count(*) FROM job_table_attendance a WHERE a.participant_id = jp.id AND a.presence = 'present'), "
                                 "(SELECT count(*) FROM job_table_attendance a WHERE a.participant_id = jp.id AND a.presence = 'excused'), "
                                 "(SELECT count(*) FROM job_table_attendance a WHERE a.participant_id = jp.id AND a.presence = 'absent') "
                                 "FROM job_table_participant jp WHERE jp.job_table_id = ?"));
        p.addBindValue(r.id);
        if (!p.exec())
            return R::failure(StorageMessages::describe(p.lastError()));
        QList<qint64> dossiers;
        while (p.next()) {
            const QString status = p.value(2).toString();
            if (status == QLatin1String("waiting")) {
                ++r.waiting;
                continue;
            }
            ++r.participants;
            if (status == QLatin1String("left"))
                ++r.left;
            r.attendance += AttendanceCount{p.value(3).toInt(), p.value(4).toInt(), p.value(5).toInt()};
            dossiers.append(p.value(1).toLongLong());
        }
        if (!r.concluded.isValid())
            continue;
        const QDate check3 = r.concluded.addMonths(3);
        const QDate check6 = r.concluded.addMonths(6);
        for (const qint64 dossier : std::as_const(dossiers)) {
            QSqlQuery s(db.sql());
            s.setForwardOnly(true);
            s.prepare(QStringLiteral("SELECT cell, start_date, end_date, outcome FROM placement WHERE dossier_id = ?"));
            s.addBindValue(dossier);
            if (!s.exec())
                return R::failure(StorageMessages::describe(s.lastError()));
            QList<Stay> stays;
            while (s.next()) {
                Stay st{cellFromCode(s.value(0).toString()).value_or(Cell::Facilitation),
                        QDate::fromString(s.value(1).toString(), Qt::ISODate),
                        s.value(2).isNull() ? QDate() : QDate::fromString(s.value(2).toString(), Qt::ISODate), std::nullopt};
                if (!s.value(3).isNull())
                    st.outcome = outcomeFromCode(s.value(3).toString());
                stays.append(st);
            }
            if (check3 <= asOf)
                measure(stays, r.concluded, check3, r.after3);
            if (check6 <= asOf)
                measure(stays, r.concluded, check6, r.after6);
        }
    }
    for (const JobTableFigureRow &r : std::as_const(f.rows)) {
        f.total.participants += r.participants;
        f.total.left += r.left;
        f.total.waiting += r.waiting;
        f.total.meetings += r.meetings;
        f.total.attendance += r.attendance;
        f.total.after3 += r.after3;
        f.total.after6 += r.after6;
    }
    return f;
}

QString JobTableReport::percent(double value)
{
    return value < 0 ? QString() : QString::number(value, 'f', 2);
}

QStringList JobTableReport::csvHeader()
{
    return {QStringLiteral("job_table"),   QStringLiteral("title"),         QStringLiteral("stage"),
            QStringLiteral("launched"),    QStringLiteral("concluded"),     QStringLiteral("participants"),
            QStringLiteral("left"),        QStringLiteral("waiting"),       QStringLiteral("meetings"),
            QStringLiteral("present"),     QStringLiteral("excused"),       QStringLiteral("absent"),
            QStringLiteral("attendance_pct"), QStringLiteral("m3_measured"), QStringLiteral("m3_job"),
            QStringLiteral("m3_training"), QStringLiteral("m3_pct"),        QStringLiteral("m6_measured"),
            QStringLiteral("m6_job"),      QStringLiteral("m6_training"),   QStringLiteral("m6_pct")};
}

QString JobTableReport::csv(const JobTableFigures &figures)
{
    auto quoted = [](const QString &s) -> QString {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
            return s;
        QString t = s;
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    };
    auto line = [&](const JobTableFigureRow &r, bool total) -> QString {
        QStringList cells;
        cells << (total ? QStringLiteral("total") : QString::number(r.id)) << (total ? QString() : quoted(r.title))
              << (r.lastDone ? QString::number(int(*r.lastDone)) : QString()) << r.launched.toString(Qt::ISODate)
              << r.concluded.toString(Qt::ISODate) << QString::number(r.participants) << QString::number(r.left)
              << QString::number(r.waiting) << QString::number(r.meetings) << QString::number(r.attendance.present)
              << QString::number(r.attendance.excused) << QString::number(r.attendance.absent)
              << percent(r.attendance.ratePercent());
        for (const JobTableOutcome *o : {&r.after3, &r.after6})
            cells << QString::number(o->measured) << QString::number(o->job) << QString::number(o->training)
                  << percent(o->sharePercent());
        return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    QString out = csvHeader().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const JobTableFigureRow &r : figures.rows)
        out += line(r, false);
    out += line(figures.total, true);
    return out;
}

} // namespace parcours
