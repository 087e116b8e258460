// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtable/jobtables.h"

#include "domain/dossier.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

QVariant textValue(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

const QString kMeetingTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

// Runs a prepared statement with `values`; the failure as a Status.
Status run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return Status::success();
}

const QString kParticipantColumns = QStringLiteral(
    "SELECT jp.id, jp.job_table_id, jp.dossier_id, jp.status, jp.seq, jp.added_on, jp.rules_version, "
    "jp.rules_accepted_on, jp.left_on, jp.orientation, jp.orientation_detail, jp.orientation_note, "
    "jp.orientation_placement_id, d.reference, p.last_name, p.first_name, jp.orientation_partner_id "
    "FROM job_table_participant jp JOIN dossier d ON d.id = jp.dossier_id JOIN person p ON p.id = d.person_id ");

Participant participantFrom(const QSqlQuery &q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.jobTableId = q.value(1).toLongLong();
    p.dossierId = q.value(2).toLongLong();
    p.membership = membershipFromCode(q.value(3).toString()).value_or(Membership::Member);
    p.seq = q.value(4).toInt();
    p.addedOn = dateOf(q.value(5));
    p.rulesVersion = q.value(6).toString();
    p.rulesAcceptedOn = dateOf(q.value(7));
    p.leftOn = dateOf(q.value(8));
    if (!q.value(9).isNull())
        p.orientation = orientationFromCode(q.value(9).toString());
    p.orientationDetail = q.value(10).toString();
    p.orientationNote = q.value(11).toString();
    p.orientationPlacementId = q.value(12).toLongLong();
    p.reference = q.value(13).toString();
    p.lastName = q.value(14).toString();
    p.firstName = q.value(15).toString();
    p.orientationPartnerId = q.value(16).toLongLong();
    return p;
}

// Reads inside the caller's transaction (or outside one): no permission check here.
std::optional<JobTable> loadTable(const QSqlDatabase &sql, qint64 id)
{
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("SELECT id, title, officers, place, capacity, target_public, means, debriefing "
                             "FROM job_table WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    JobTable t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.officers = q.value(2).toString();
    t.place = q.value(3).toString();
    t.capacity = q.value(4).toInt();
    t.targetPublic = q.value(5).toString();
    t.means = q.value(6).toString();
    t.debriefing = q.value(7).toString();
    QSqlQuery s(sql);
    s.prepare(QStringLiteral("SELECT stage, planned_date, actual_date, note FROM job_table_stage WHERE job_table_id = ?"));
    s.addBindValue(id);
    if (s.exec()) {
        while (s.next()) {
            const int n = s.value(0).toInt();
            if (n < 1 || n > kStageCount)
                continue;
            StageDates &d = t.stages[size_t(n - 1)];
            d.planned = dateOf(s.value(1));
            d.actual = dateOf(s.value(2));
            d.note = s.value(3).toString();
        }
    }
    return t;
}

QList<Participant> loadParticipants(const QSqlDatabase &sql, qint64 jobTableId)
{
    QList<Participant> list;
    QSqlQuery q(sql);
    q.setForwardOnly(true);
    q.prepare(kParticipantColumns + QStringLiteral(
        "WHERE jp.job_table_id = ? ORDER BY CASE jp.status WHEN 'member' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, "
        "CASE WHEN jp.status = 'member' THEN p.last_key ELSE '' END, CASE WHEN jp.status = 'member' THEN p.first_key ELSE '' END, "
        "jp.seq"));
    q.addBindValue(jobTableId);
    if (q.exec()) {
        while (q.next())
            list.append(participantFrom(q));
    }
    return list;
}

std::optional<Participant> loadParticipant(const QSqlDatabase &sql, qint64 participantId)
{
    QSqlQuery q(sql);
    q.prepare(kParticipantColumns + QStringLiteral("WHERE jp.id = ?"));
    q.addBindValue(participantId);
    if (q.exec() && q.next())
        return participantFrom(q);
    return std::nullopt;
}

Status writeStages(const QSqlDatabase &sql, const JobTable &t)
{
    QSqlQuery q(sql);
    if (Status s = run(q, QStringLiteral("DELETE FROM job_table_stage WHERE job_table_id = ?"), {t.id}); !s)
        return s;
    for (Stage stage : kAllStages) {
        const StageDates &d = t.stage(stage);
        if (!d.planned.isValid() && !d.actual.isValid() && d.note.trimmed().isEmpty())
            continue;
        if (Status s = run(q, QStringLiteral("INSERT INTO job_table_stage (job_table_id, stage, planned_date, actual_date, note) "
                                             "VALUES (?,?,?,?,?)"),
                           {t.id, int(stage), dateValue(d.planned), dateValue(d.actual), textValue(d.note)});
            !s)
            return s;
    }
    return Status::success();
}

} // namespace

JobTables::JobTables(Database &db) : m_db(db) { }

// --- groups ------------------------------------------------------------------------------------

QList<JobTables::ListRow> JobTables::list() const
{
    QList<ListRow> rows;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return rows;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT t.id, t.title, t.officers, t.place, t.capacity, "
            "(SELECT count(*) FROM job_table_participant p WHERE p.job_table_id = t.id AND p.status = 'member'), "
            "(SELECT count(*) FROM job_table_participant p WHERE p.job_table_id = t.id AND p.status = 'waiting') "
            "FROM job_table t")))
        return rows;
    while (q.next()) {
        ListRow r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.officers = q.value(2).toString();
        r.place = q.value(3).toString();
        r.capacity = q.value(4).toInt();
        r.members = q.value(5).toInt();
        r.waiting = q.value(6).toInt();
        rows.append(r);
    }
    for (ListRow &r : rows) {
        const auto t = loadTable(m_db.sql(), r.id);
        if (!t)
            continue;
        r.lastDone = t->lastDone();
        r.next = t->next();
        if (r.next)
            r.nextPlanned = t->stage(*r.next).planned;
        r.launched = t->stage(Stage::Launch).actual;
    }
    // Running groups first, then those to come, then the finished ones; newest first within.
    auto rank = [](const ListRow &r) { return !r.next ? 2 : (r.lastDone ? 0 : 1); };
    auto when = [](const ListRow &r) { return r.launched.isValid() ? r.launched : r.nextPlanned; };
    std::stable_sort(rows.begin(), rows.end(), [&](const ListRow &a, const ListRow &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return when(a) > when(b);
    });
    return rows;
}

std::optional<JobTable> JobTables::jobTable(qint64 id) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    return loadTable(m_db.sql(), id);
}

Result<qint64> JobTables::create(const JobTable &table)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (const QString why = JobTableRules::check(table); !why.isEmpty())
        return R::failure(why);
    if (table.stage(Stage::Launch).actual.isValid())
        return R::failure(tr("A new Job Table cannot have been launched already: compose the group first."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("INSERT INTO job_table (title, officers, place, capacity, target_public, means, debriefing) "
                                         "VALUES (?,?,?,?,?,?,?)")
                           + dialect::returningId(m_db.sql()),
                       {table.title.simplified(), textValue(table.officers), textValue(table.place), table.capacity,
                        textValue(table.targetPublic), textValue(table.means), textValue(table.debriefing)});
        !s)
        return R::failure(s.error());
    JobTable stored = table;
    stored.id = dialect::insertedId(q);
    if (Status s = writeStages(m_db.sql(), stored); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return stored.id;
}

Status JobTables::update(const JobTable &table)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (const QString why = JobTableRules::check(table); !why.isEmpty())
        return Status::failure(why);
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    // Several officers at once: the members are counted against the new capacity on what the
    // other writers of this Job Table committed. addParticipant() locks the same row first, so
    // a capacity lowered while somebody joins is checked after the join (or the join sees the
    // new capacity and waits), never both on the state before the other.
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("job_table"), table.id); !s)
        return s;
    const auto stored = loadTable(m_db.sql(), table.id);
    if (!stored)
        return Status::failure(tr("There is no Job Table number %1 (it may have been removed).").arg(table.id));
    const QList<Participant> people = loadParticipants(m_db.sql(), table.id);
    const auto members = std::count_if(people.begin(), people.end(),
                                       [](const Participant &p) { return p.membership == Membership::Member; });
    if (table.capacity < members)
        return Status::failure(tr("The capacity cannot fall to %1: %2 people are in the group. Take people out of the group "
                                  "first.").arg(table.capacity).arg(members));
    const QDate launch = table.stage(Stage::Launch).actual;
    if (launch.isValid() && launch != stored->stage(Stage::Launch).actual) {
        if (members == 0)
            return Status::failure(tr("The Job Table cannot be launched on %1: nobody is in the group yet.").arg(iso(launch)));
        for (const Participant &p : people) {
            if (p.membership != Membership::Member)
                continue;
            if (!p.acceptedRules())
                return Status::failure(tr("The Job Table cannot be launched on %1: %2 (%3) has not accepted the usage rules.")
                                           .arg(iso(launch), p.personName(), p.reference));
            if (p.rulesAcceptedOn > launch)
                return Status::failure(tr("The Job Table cannot be launched on %1: %2 (%3) accepted the usage rules only on %4.")
                                           .arg(iso(launch), p.personName(), p.reference, iso(p.rulesAcceptedOn)));
        }
    }
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("UPDATE job_table SET title = ?, officers = ?, place = ?, capacity = ?, target_public = ?, "
                                         "means = ?, debriefing = ? WHERE id = ?"),
                       {table.title.simplified(), textValue(table.officers), textValue(table.place), table.capacity,
                        textValue(table.targetPublic), textValue(table.means), textValue(table.debriefing), table.id});
        !s)
        return s;
    if (Status s = writeStages(m_db.sql(), table); !s)
        return s;
    return tx.commit();
}

Status JobTables::setStage(qint64 jobTableId, Stage stage, const StageDates &dates)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    auto table = loadTable(m_db.sql(), jobTableId);
    if (!table)
        return Status::failure(tr("There is no Job Table number %1 (it may have been removed).").arg(jobTableId));
    table->stage(stage) = dates;
    return update(*table);
}

// --- participants --------------------------------------------------------------------------------

QList<Participant> JobTables::participants(qint64 jobTableId) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return {};
    return loadParticipants(m_db.sql(), jobTableId);
}

Result<qint64> JobTables::addParticipant(qint64 jobTableId, qint64 dossierId, const QDate &day)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("Adding a participant needs a valid day."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    // Several officers at once: the places left and "already listed" are counted on what the
    // other writers of this Job Table committed, not on the state before them.
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("job_table"), jobTableId); !s)
        return R::failure(s.error());
    const auto table = loadTable(m_db.sql(), jobTableId);
    if (!table)
        return R::failure(tr("There is no Job Table number %1 (it may have been removed).").arg(jobTableId));
    if (table->stage(Stage::Conclusion).actual.isValid())
        return R::failure(tr("The Job Table \"%1\" concluded on %2: nobody can join it any more.")
                              .arg(table->title, iso(table->stage(Stage::Conclusion).actual)));
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("SELECT reference, opened, closed FROM dossier WHERE id = ?"), {dossierId}); !s)
        return R::failure(s.error());
    if (!q.next())
        return R::failure(tr("There is no dossier number %1 in the register (it may have been removed).").arg(dossierId));
    const QString reference = q.value(0).toString();
    const QDate opened = dateOf(q.value(1));
    const QDate closed = dateOf(q.value(2));
    if (opened > day || (closed.isValid() && closed < day))
        return R::failure(tr("The dossier %1 is not open on %2: only open dossiers can join a Job Table.").arg(reference, iso(day)));
    const QList<Participant> people = loadParticipants(m_db.sql(), jobTableId);
    int members = 0;
    int seq = 0;
    for (const Participant &p : people) {
        if (p.dossierId == dossierId)
            return R::failure(tr("%1 (%2) is already listed in this Job Table (%3).")
                                  .arg(p.personName(), reference, JobTableLabels::membership(p.membership)));
        members += p.membership == Membership::Member ? 1 : 0;
        seq = std::max(seq, p.seq);
    }
    const Membership membership = members < table->capacity ? Membership::Member : Membership::Waiting;
    if (Status s = run(q, QStringLiteral("INSERT INTO job_table_participant (job_table_id, dossier_id, status, seq, added_on) "
                                         "VALUES (?,?,?,?,?)")
                           + dialect::returningId(m_db.sql()),
                       {jobTableId, dossierId, membershipCode(membership), seq + 1, iso(day)});
        !s)
        return R::failure(s.error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status JobTables::acceptRules(qint64 participantId, const QString &version, const QDate &on)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (version.trimmed().isEmpty())
        return Status::failure(tr("Name the version of the usage rules that was accepted."));
    if (!on.isValid())
        return Status::failure(tr("The acceptance of the usage rules needs a valid date."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const auto p = loadParticipant(m_db.sql(), participantId);
    if (!p)
        return Status::failure(tr("There is no participant number %1 (they may have been removed).").arg(participantId));
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET rules_version = ?, rules_accepted_on = ? WHERE id = ?"),
                       {version.trimmed(), iso(on), participantId});
        !s)
        return s;
    return tx.commit();
}

Status JobTables::removeParticipant(qint64 participantId, const QDate &on)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (!on.isValid())
        return Status::failure(tr("Taking someone out of a group needs a valid day."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    auto p = loadParticipant(m_db.sql(), participantId);
    // Several officers at once: the freed place goes to one waiting person, once. Lock the
    // group, then read the participant again as the other writers left it.
    if (p) {
        if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("job_table"), p->jobTableId); !s)
            return s;
        p = loadParticipant(m_db.sql(), participantId);
    }
    if (!p)
        return Status::failure(tr("There is no participant number %1 (they may have been removed).").arg(participantId));
    if (p->membership == Membership::Left)
        return Status::failure(tr("%1 (%2) already left the group on %3.").arg(p->personName(), p->reference, iso(p->leftOn)));
    const auto table = loadTable(m_db.sql(), p->jobTableId);
    const QDate launch = table ? table->stage(Stage::Launch).actual : QDate();
    QSqlQuery q(m_db.sql());
    const bool keep = p->membership == Membership::Member && launch.isValid() && launch <= on;
    if (keep) {
        if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET status = 'left', left_on = ? WHERE id = ?"),
                           {iso(on), participantId});
            !s)
            return s;
    } else {
        if (Status s = run(q, QStringLiteral("DELETE FROM job_table_attendance WHERE participant_id = ?"), {participantId}); !s)
            return s;
        if (Status s = run(q, QStringLiteral("DELETE FROM job_table_participant WHERE id = ?"), {participantId}); !s)
            return s;
    }
    // The freed place goes to the first of the waiting list (unless the group concluded).
    if (p->membership == Membership::Member && table && !table->stage(Stage::Conclusion).actual.isValid()) {
        if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET status = 'member' WHERE id = "
                                             "(SELECT id FROM job_table_participant WHERE job_table_id = ? AND status = 'waiting' "
                                             "ORDER BY seq LIMIT 1)"),
                           {p->jobTableId});
            !s)
            return s;
    }
    return tx.commit();
}

QList<JobTables::Candidate> JobTables::candidates(const CandidateFilter &filter) const
{
    QList<Candidate> list;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return list;
    const QString day = iso(filter.day);
    QString sql = QStringLiteral(
        "SELECT d.id, d.reference, p.last_name, p.first_name, p.language, d.officer, "
        "(SELECT pl.cell FROM placement pl WHERE pl.dossier_id = d.id AND pl.start_date <= ? "
        "AND (pl.end_date IS NULL OR pl.end_date >= ?)) AS cell "
        "FROM dossier d JOIN person p ON p.id = d.person_id "
        "WHERE d.opened <= ? AND (d.closed IS NULL OR d.closed >= ?)");
    QVariantList values = {day, day, day, day};
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString key = searchKey(word);
        if (key.isEmpty())
            continue;
        sql += QStringLiteral(" AND (p.last_key LIKE ? OR p.first_key LIKE ? OR d.reference_key LIKE ?)");
        const QString prefix = key + QLatin1Char('%');
        values << prefix << prefix << prefix;
    }
    if (!filter.language.isEmpty()) {
        sql += QStringLiteral(" AND p.language = ?");
        values << filter.language;
    }
    if (!filter.officer.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND lower(d.officer) = lower(?)");
        values << filter.officer.simplified();
    }
    if (filter.inWorkCell) { // not "cell = 'work'": PostgreSQL's WHERE does not see the select list's names
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM placement pw WHERE pw.dossier_id = d.id AND pw.cell = 'work' "
                              "AND pw.start_date <= ? AND (pw.end_date IS NULL OR pw.end_date >= ?))");
        values << day << day;
    }
    sql += QStringLiteral(" ORDER BY p.last_key, p.first_key, d.reference LIMIT ?");
    values << filter.limit;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return list;
    while (q.next()) {
        Candidate c;
        c.dossierId = q.value(0).toLongLong();
        c.reference = q.value(1).toString();
        c.lastName = q.value(2).toString();
        c.firstName = q.value(3).toString();
        c.language = q.value(4).toString();
        c.officer = q.value(5).toString();
        if (!q.value(6).isNull())
            c.cell = cellFromCode(q.value(6).toString());
        list.append(c);
    }
    return list;
}

// --- meetings and attendance -------------------------------------------------------------------

QList<Meeting> JobTables::meetings(qint64 jobTableId) const
{
    QList<Meeting> list;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT id, job_table_id, stage, starts_at, topic FROM job_table_meeting WHERE job_table_id = ? "
                               "ORDER BY starts_at, id"),
             {jobTableId}))
        return list;
    while (q.next()) {
        Meeting m;
        m.id = q.value(0).toLongLong();
        m.jobTableId = q.value(1).toLongLong();
        m.module = Stage(q.value(2).toInt());
        m.startsAt = QDateTime::fromString(q.value(3).toString(), kMeetingTimeFormat);
        m.topic = q.value(4).toString();
        list.append(m);
    }
    return list;
}

namespace {

QString checkMeeting(const Meeting &m)
{
    if (m.module != Stage::JobSearch && m.module != Stage::Interviews)
        return JobTables::tr("A meeting belongs to one of the two modules.");
    if (!m.startsAt.isValid())
        return JobTables::tr("A meeting needs a valid date and time.");
    return {};
}

} // namespace

Result<qint64> JobTables::addMeeting(const Meeting &meeting)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (const QString why = checkMeeting(meeting); !why.isEmpty())
        return R::failure(why);
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    if (!loadTable(m_db.sql(), meeting.jobTableId))
        return R::failure(tr("There is no Job Table number %1 (it may have been removed).").arg(meeting.jobTableId));
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("INSERT INTO job_table_meeting (job_table_id, stage, starts_at, topic) VALUES (?,?,?,?)")
                           + dialect::returningId(m_db.sql()),
                       {meeting.jobTableId, int(meeting.module), meeting.startsAt.toString(kMeetingTimeFormat),
                        textValue(meeting.topic)});
        !s)
        return R::failure(s.error());
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status JobTables::updateMeeting(const Meeting &meeting)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (const QString why = checkMeeting(meeting); !why.isEmpty())
        return Status::failure(why);
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("UPDATE job_table_meeting SET stage = ?, starts_at = ?, topic = ? WHERE id = ?"),
                       {int(meeting.module), meeting.startsAt.toString(kMeetingTimeFormat), textValue(meeting.topic), meeting.id});
        !s)
        return s;
    return tx.commit();
}

Status JobTables::removeMeeting(qint64 meetingId)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("DELETE FROM job_table_attendance WHERE meeting_id = ?"), {meetingId}); !s)
        return s;
    if (Status s = run(q, QStringLiteral("DELETE FROM job_table_meeting WHERE id = ?"), {meetingId}); !s)
        return s;
    return tx.commit();
}

QHash<JobTables::AttendanceKey, Presence> JobTables::attendance(qint64 jobTableId) const
{
    QHash<AttendanceKey, Presence> map;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return map;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT a.meeting_id, a.participant_id, a.presence FROM job_table_attendance a "
                               "JOIN job_table_meeting m ON m.id = a.meeting_id WHERE m.job_table_id = ?"),
             {jobTableId}))
        return map;
    while (q.next()) {
        if (const auto p = presenceFromCode(q.value(2).toString()))
            map.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, *p);
    }
    return map;
}

Status JobTables::setAttendance(qint64 meetingId, qint64 participantId, std::optional<Presence> presence)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("SELECT job_table_id, starts_at FROM job_table_meeting WHERE id = ?"), {meetingId}); !s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no meeting number %1 (it may have been removed).").arg(meetingId));
    const qint64 jobTableId = q.value(0).toLongLong();
    const QDate meetingDay = QDateTime::fromString(q.value(1).toString(), kMeetingTimeFormat).date();
    const auto p = loadParticipant(m_db.sql(), participantId);
    if (!p || p->jobTableId != jobTableId)
        return Status::failure(tr("This person is not a participant of the meeting's Job Table."));
    if (presence && p->membership == Membership::Waiting)
        return Status::failure(tr("%1 (%2) is on the waiting list, not in the group: no attendance is recorded for them.")
                                   .arg(p->personName(), p->reference));
    if (presence && p->membership == Membership::Left && p->leftOn < meetingDay)
        return Status::failure(tr("%1 (%2) left the group on %3, before this meeting.").arg(p->personName(), p->reference, iso(p->leftOn)));
    if (presence) {
        if (Status s = run(q, QStringLiteral("INSERT INTO job_table_attendance (meeting_id, participant_id, presence) VALUES (?,?,?) "
                                             "ON CONFLICT (meeting_id, participant_id) DO UPDATE SET presence = excluded.presence"),
                           {meetingId, participantId, presenceCode(*presence)});
            !s)
            return s;
    } else if (Status s = run(q, QStringLiteral("DELETE FROM job_table_attendance WHERE meeting_id = ? AND participant_id = ?"),
                              {meetingId, participantId});
               !s) {
        return s;
    }
    return tx.commit();
}

QHash<qint64, AttendanceCount> JobTables::attendanceByParticipant(qint64 jobTableId) const
{
    QHash<qint64, AttendanceCount> counts;
    const auto all = attendance(jobTableId);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        AttendanceCount &c = counts[it.key().second];
        switch (it.value()) {
        case Presence::Present:
            ++c.present;
            break;
        case Presence::Excused:
            ++c.excused;
            break;
        case Presence::Absent:
            ++c.absent;
            break;
        }
    }
    return counts;
}

AttendanceCount JobTables::groupAttendance(qint64 jobTableId) const
{
    AttendanceCount total;
    const auto byParticipant = attendanceByParticipant(jobTableId);
    for (const AttendanceCount &c : byParticipant)
        total += c;
    return total;
}

// --- orientation --------------------------------------------------------------------------------

Status JobTables::setOrientation(qint64 participantId, std::optional<Orientation> orientation, const QString &detail,
                                 const QString &note)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const auto p = loadParticipant(m_db.sql(), participantId);
    if (!p)
        return Status::failure(tr("There is no participant number %1 (they may have been removed).").arg(participantId));
    if (p->membership == Membership::Waiting)
        return Status::failure(tr("%1 (%2) is on the waiting list: only people of the group are oriented.")
                                   .arg(p->personName(), p->reference));
    if (p->orientationPlacementId != 0 && orientation != p->orientation)
        return Status::failure(tr("The trajectory step for %1 (%2) was already made: change the trajectory instead.")
                                   .arg(p->personName(), p->reference));
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET orientation = ?, orientation_detail = ?, "
                                         "orientation_note = ? WHERE id = ?"),
                       {orientation ? QVariant(orientationCode(*orientation)) : QVariant(QMetaType(QMetaType::QString)),
                        textValue(detail), textValue(note), participantId});
        !s)
        return s;
    return tx.commit();
}

Status JobTables::setOrientationPartner(qint64 participantId, qint64 partnerId)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const auto p = loadParticipant(m_db.sql(), participantId);
    if (!p)
        return Status::failure(tr("There is no participant number %1 (they may have been removed).").arg(participantId));
    if (partnerId > 0) {
        QSqlQuery exists(m_db.sql());
        if (Status s = run(exists, QStringLiteral("SELECT 1 FROM partner WHERE id = ?"), {partnerId}); !s)
            return s;
        if (!exists.next())
            return Status::failure(tr("There is no partner number %1.").arg(partnerId));
    }
    QSqlQuery q(m_db.sql());
    if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET orientation_partner_id = ? WHERE id = ?"),
                       {partnerId > 0 ? QVariant(partnerId) : QVariant(QMetaType(QMetaType::LongLong)), participantId});
        !s)
        return s;
    return tx.commit();
}

Result<JobTables::StepReport> JobTables::createTrajectorySteps(qint64 jobTableId, const QString &officer)
{
    using R = Result<StepReport>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    const auto table = loadTable(m_db.sql(), jobTableId);
    if (!table)
        return R::failure(tr("There is no Job Table number %1 (it may have been removed).").arg(jobTableId));
    const QDate day = table->stage(Stage::Conclusion).actual;
    if (!day.isValid())
        return R::failure(tr("Record the date of the conclusion first: the trajectory steps start on that day."));
    Trajectory trajectory(m_db);
    StepReport report;
    QSqlQuery q(m_db.sql());
    const QString reason = tr("Job Table \"%1\": orientation").arg(table->title);
    for (const Participant &p : loadParticipants(m_db.sql(), jobTableId)) {
        if (!p.orientation || p.orientationPlacementId != 0 || p.membership == Membership::Waiting)
            continue;
        const auto refused = [&](const QString &why) {
            return R::failure(tr("No trajectory step was made (for nobody): %1 (%2): %3").arg(p.personName(), p.reference, why));
        };
        if (*p.orientation == Orientation::Other) {
            ++report.skipped;
            continue;
        }
        const auto current = trajectory.placementOn(p.dossierId, day);
        qint64 placementId = 0;
        if (*p.orientation == Orientation::Job) {
            // A job ends the current stay with outcome job; the contract type is its detail.
            if (!current)
                return refused(tr("the dossier is in no cell on %1, so there is no placement to end with a job.").arg(iso(day)));
            if (Status s = trajectory.endPlacement(current->id, day, Outcome::Job, p.orientationDetail); !s)
                return refused(s.error());
            placementId = current->id;
            ++report.created;
        } else {
            const Cell cell = *orientationCell(*p.orientation);
            if (current && current->cell == cell) {
                placementId = current->id;
                ++report.kept;
            } else {
                auto made = current ? trajectory.transfer(p.dossierId, cell, day, officer, reason)
                                    : trajectory.refer(p.dossierId, cell, day, officer, reason, p.orientationDetail);
                if (!made)
                    return refused(made.error());
                placementId = made.value();
                ++report.created;
            }
        }
        if (Status s = run(q, QStringLiteral("UPDATE job_table_participant SET orientation_placement_id = ? WHERE id = ?"),
                           {placementId, p.id});
            !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return report;
}

} // namespace parcours
