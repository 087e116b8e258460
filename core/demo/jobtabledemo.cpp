// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/jobtabledemo.h"

#include "demo/random.h"
#include "jobtable/freeaccess.h"
#include "jobtable/jobtables.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace parcours {

namespace {

// The Job Table services check EditRegister, which the administrator who may run the demo
// (ImportData) does not hold. The demo has been authorised as a bulk import of invented
// data into an empty database, and runs inside the generator's transaction, whose audit
// context still names who ran it; for the services' checks it acts as a System actor for the
// duration of the call, and the actor is restored afterwards.
class DemoActor
{
public:
    explicit DemoActor(Database &db) : m_db(db), m_saved(db.actor()) { db.setActor(Actor::system(QStringLiteral("demo"))); }
    ~DemoActor() { m_db.setActor(m_saved); }
    DemoActor(const DemoActor &) = delete;
    DemoActor &operator=(const DemoActor &) = delete;

private:
    Database &m_db;
    Actor m_saved;
};

struct Plan
{
    const char *title;
    const char *officers;
    int composeDaysAgo; // composing done this many days before `until` (negative: in the future)
    Stage reached;      // the last stage done; Composing with done == false: only planned
    bool done;
    int members;
    int waiting;
};

// The last placement of an open dossier, in the Work cell: a trajectory step at a group's
// conclusion then touches no later placement.
struct WorkStay
{
    qint64 dossierId;
    QDate start;
    QDate end; // null = open
};

// Every such stay still running after `since`, in placement order: one pass over the
// placements for all the groups (a pass per group cost 0.3 s each at 200,000 dossiers).
Result<QList<WorkStay>> workStays(Database &db, const QDate &since)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.dossier_id, p.start_date, p.end_date FROM placement p JOIN dossier d ON d.id = p.dossier_id "
                             "WHERE p.cell = 'work' AND (p.end_date IS NULL OR p.end_date > ?) AND d.closed IS NULL "
                             "AND NOT EXISTS (SELECT 1 FROM placement l WHERE l.dossier_id = p.dossier_id "
                             "AND l.start_date > p.start_date) ORDER BY p.id"));
    q.addBindValue(since.toString(Qt::ISODate));
    if (!q.exec())
        return Result<QList<WorkStay>>::failure(StorageMessages::describe(q.lastError()));
    QList<WorkStay> stays;
    while (q.next())
        stays.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                      q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return stays;
}

// Up to `count` dossiers in the Work cell from before `from` until after `to`, not in `taken`.
QList<qint64> workCell(const QList<WorkStay> &stays, const QDate &from, const QDate &to, int count, const QSet<qint64> &taken)
{
    QList<qint64> ids;
    for (const WorkStay &s : stays) {
        if (ids.size() >= count)
            break;
        if (s.start < from && (s.end.isNull() || s.end > to) && !taken.contains(s.dossierId))
            ids << s.dossierId;
    }
    return ids;
}

Status failed(const Result<qint64> &r)
{
    return r.ok() ? Status::success() : Status::failure(r.error());
}

} // namespace

namespace {

int placementCount(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM placement")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

Status JobTableDemo::generate(Database &db, const QDate &until, quint32 seed, int *newPlacements)
{
    const int placementsBefore = placementCount(db);
    DemoActor actor(db);
    demo::Random random(quint64(seed) * 7919u + 60);
    JobTables tables(db);
    FreeAccess access(db);
    const QDate today = std::min(until, QDate::currentDate());

    if (Status s = access.setRules({QStringLiteral("2019-1"), today.addYears(-6),
                                    QStringLiteral("The Space for Work is open from 9:00 to 12:00 and from 13:30 to 16:00. "
                                                   "Computers and telephones serve the search for work. One hour at a "
                                                   "computer when others wait. Respect the others and the equipment.")});
        !s)
        return s;
    if (Status s = access.setRules({QStringLiteral("2024-1"), today.addMonths(-8),
                                    QStringLiteral("The Space for Work is open from 9:00 to 12:00 and from 13:30 to 16:00. "
                                                   "Computers, telephones and the printer serve the search for work and "
                                                   "training. One hour at a computer when others wait; print up to 20 pages "
                                                   "a day. Respect the others, the officers and the equipment.")});
        !s)
        return s;
    const QString rulesVersion = QStringLiteral("2024-1");

    const Plan plans[] = {
        {"Job Table spring", "Nathalie Lemaire, Karim Benali", 300, Stage::Debriefing, true, 10, 0},
        {"Job Table Molenbeek-Centre", "Sofie Claes", 170, Stage::Debriefing, true, 12, 2},
        {"Job Table young adults", "Karim Benali", 100, Stage::Conclusion, true, 9, 0},
        {"Job Table 45+", "Nathalie Lemaire", 45, Stage::Interviews, true, 8, 0},
        {"Job Table Brabant", "Sofie Claes, Ahmed El Idrissi", 20, Stage::JobSearch, true, 11, 1},
        {"Job Table autumn", "Ahmed El Idrissi", 5, Stage::Composing, true, 12, 3},
        {"Job Table next season", "Nathalie Lemaire", -30, Stage::Composing, false, 4, 0},
    };
    // Days from the composing to each stage.
    constexpr int kOffsets[kStageCount] = {0, 7, 14, 35, 56, 70};
    const Orientation orientations[] = {Orientation::Job,      Orientation::WorkFollowUp, Orientation::Training,
                                        Orientation::WorkFollowUp, Orientation::Job,      Orientation::Literacy,
                                        Orientation::Studies,  Orientation::Article60,    Orientation::Other};
    const char *contracts[] = {"permanent contract", "fixed-term contract", "interim", "part-time contract"};
    const auto stays = workStays(db, today.addDays(-330));
    if (!stays)
        return Status::failure(stays.error());
    QSet<qint64> taken;
    for (const Plan &plan : plans) {
        const QDate composed = today.addDays(-plan.composeDaysAgo);
        JobTable t;
        t.title = QString::fromUtf8(plan.title);
        t.officers = QString::fromUtf8(plan.officers);
        t.place = QStringLiteral("Space for Work, Rue Comte de Flandre 20, 1080 Molenbeek");
        t.capacity = plan.waiting > 0 ? plan.members : 12; // a waiting list only when the group is full
        t.targetPublic = QStringLiteral("People of the Work cell ready to look for a job");
        t.means = QStringLiteral("Meeting room for 14, 6 computers with internet, telephone, printer, newspapers");
        for (Stage s : kAllStages)
            t.stage(s).planned = composed.addDays(kOffsets[stageIndex(s)]);
        auto id = tables.create(t);
        if (!id)
            return Status::failure(id.error());
        t.id = id.value();

        const int wanted = plan.members + plan.waiting;
        const QDate addedOn = std::min(composed.addDays(-7), today);
        const QList<qint64> people =
            workCell(stays.value(), addedOn, std::min(t.stage(Stage::Conclusion).planned.addDays(3), today), wanted, taken);
        QList<qint64> participants;
        for (const qint64 dossier : people) {
            taken.insert(dossier);
            auto p = tables.addParticipant(t.id, dossier, addedOn);
            if (!p)
                return failed(p);
            participants << p.value();
        }
        const int members = std::min(plan.members, int(participants.size()));
        if (!plan.done || members == 0) // a tiny demo register may have nobody in the Work cell
            continue;
        for (int i = 0; i < members; ++i) {
            if (Status s = tables.acceptRules(participants[i], rulesVersion, composed.addDays(-int(random.between(0, 5)))); !s)
                return s;
        }
        // The stages up to the one reached, each on its planned day or a few days later.
        for (Stage s : kAllStages) {
            if (int(s) > int(plan.reached))
                break;
            t.stage(s).actual = t.stage(s).planned.addDays(s == Stage::Composing ? 0 : random.between(0, 2));
            if (s == Stage::Debriefing)
                t.debriefing = QStringLiteral("A motivated group; the interview role plays worked best. Two participants "
                                              "need French lessons first. Next time: more time at the computers.");
            if (Status st = tables.update(t); !st)
                return st;
            if (s == Stage::JobSearch || s == Stage::Interviews) {
                // The meetings of the module that began: three for job search, two for interviews.
                const Stage module = s;
                const int count = module == Stage::JobSearch ? 3 : 2;
                const QDate start = t.stage(s).actual;
                for (int m = 0; m < count; ++m) {
                    const QDate day = start.addDays(7 * m);
                    if (day > today)
                        break;
                    static const char *topics[] = {"The labour market and your project", "CV and cover letter",
                                                   "Job sites and Actiris", "Preparing an interview", "Interview role plays"};
                    Meeting meeting{0, t.id, module, QDateTime(day, QTime(m % 2 ? 13 : 9, 30)),
                                    QString::fromUtf8(topics[(module == Stage::JobSearch ? 0 : 3) + m])};
                    auto mid = tables.addMeeting(meeting);
                    if (!mid)
                        return failed(mid);
                    for (int i = 0; i < members; ++i) {
                        const int r = int(random.between(0, 99));
                        const Presence presence = r < 78 ? Presence::Present : r < 90 ? Presence::Excused : Presence::Absent;
                        if (Status st = tables.setAttendance(mid.value(), participants[i], presence); !st)
                            return st;
                    }
                }
            }
            if (s == Stage::Conclusion) {
                for (int i = 0; i < members; ++i) {
                    const Orientation o = orientations[random.between(0, std::size(orientations) - 1)];
                    const QString detail = o == Orientation::Job ? QString::fromUtf8(contracts[random.between(0, 3)])
                                           : o == Orientation::Training ? QStringLiteral("Bruxelles Formation: logistics")
                                                                        : QString();
                    if (Status st = tables.setOrientation(participants[i], o, detail, {}); !st)
                        return st;
                }
                if (auto steps = tables.createTrajectorySteps(t.id, QString::fromUtf8(plan.officers).section(QLatin1Char(','), 0, 0)); !steps)
                    return Status::failure(steps.error());
            }
        }
    }

    // A year of free access: a few visits each working day, most of them anonymous.
    const QList<qint64> known = workCell(stays.value(), today.addDays(-30), today, 40, taken);
    QStringList references;
    {
        QSqlQuery q(db.sql());
        for (const qint64 id : known) {
            q.prepare(QStringLiteral("SELECT reference FROM dossier WHERE id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next())
                references << q.value(0).toString();
        }
    }
    for (QDate day = today.addYears(-1).addDays(1); day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        const int visits = int(random.between(2, 9));
        for (int v = 0; v < visits; ++v) {
            const auto purpose = VisitPurpose(random.weighted(std::array<int, kVisitPurposeCount>{40, 25, 12, 18, 5}));
            const QString reference = !references.isEmpty() && random.chance(300)
                ? references.at(int(random.between(0, references.size() - 1)))
                : QString();
            auto recorded = access.record(day, purpose, reference);
            if (!recorded)
                return failed(recorded);
        }
    }
    if (newPlacements)
        *newPlacements = placementCount(db) - placementsBefore;
    return Status::success();
}

} // namespace parcours
