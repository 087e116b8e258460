// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/gpmi.h"

#include "balance/workingdays.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/rowversion.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/isodate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

const char *const kDomainCodes[] = {"studies", "training", "employment", "social", "health", "housing", "language", "other"};

QString iso(const QDate &d)
{
    return isodate::toIso(d);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(iso(d)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textValue(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : isodate::dateFromIso(v.toString());
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray array(const QVariant &v)
{
    return v.isNull() ? QJsonArray() : QJsonDocument::fromJson(v.toString().toUtf8()).array();
}

const QString kGpmiColumns = QStringLiteral(
    "SELECT id, dossier_id, start_date, end_date, offered_date, signed_date, language, domains, partners, goals, "
    "planned_evaluations, assisted_by, officer, note, row_version FROM gpmi ");

Gpmi gpmiFrom(const QSqlQuery &q)
{
    Gpmi g;
    g.id = q.value(0).toLongLong();
    g.dossierId = q.value(1).toLongLong();
    g.rowVersion = q.value(14).toInt();
    g.start = dateOf(q.value(2));
    g.end = dateOf(q.value(3));
    g.offered = dateOf(q.value(4));
    g.signed_ = dateOf(q.value(5));
    g.language = q.value(6).toString();
    for (const QJsonValue &v : array(q.value(7))) {
        if (const auto d = gpmiDomainFromCode(v.toString()))
            g.domains.append(*d);
    }
    for (const QJsonValue &v : array(q.value(8)))
        g.partners << v.toString();
    for (const QJsonValue &v : array(q.value(9))) {
        const QJsonObject o = v.toObject();
        g.goals.append({o.value(QStringLiteral("goal")).toString(), o.value(QStringLiteral("person")).toString(),
                        o.value(QStringLiteral("centre")).toString(),
                        isodate::dateFromIso(o.value(QStringLiteral("deadline")).toString())});
    }
    for (const QJsonValue &v : array(q.value(10)))
        g.plannedEvaluations << isodate::dateFromIso(v.toString());
    g.assistedBy = q.value(11).toString();
    g.officer = q.value(12).toString();
    g.note = q.value(13).toString();
    return g;
}

void bindGpmi(QSqlQuery &q, const Gpmi &g)
{
    QJsonArray domains;
    for (GpmiDomain d : g.domains)
        domains.append(gpmiDomainCode(d));
    QJsonArray partners;
    for (const QString &p : g.partners) {
        if (!p.trimmed().isEmpty())
            partners.append(p.trimmed());
    }
    QJsonArray goals;
    for (const GpmiGoal &goal : g.goals)
        goals.append(QJsonObject{{QStringLiteral("goal"), goal.goal.trimmed()},
                                 {QStringLiteral("person"), goal.personCommitment.trimmed()},
                                 {QStringLiteral("centre"), goal.centreCommitment.trimmed()},
                                 {QStringLiteral("deadline"), iso(goal.deadline)}});
    QJsonArray planned;
    for (const QDate &d : g.plannedEvaluations)
        planned.append(iso(d));
    q.addBindValue(dateValue(g.start));
    q.addBindValue(dateValue(g.end));
    q.addBindValue(dateValue(g.offered));
    q.addBindValue(dateValue(g.signed_));
    q.addBindValue(textValue(g.language));
    q.addBindValue(json(domains));
    q.addBindValue(json(partners));
    q.addBindValue(json(goals));
    q.addBindValue(json(planned));
    q.addBindValue(textValue(g.assistedBy));
    q.addBindValue(textValue(g.officer));
    q.addBindValue(textValue(g.note));
}

QString joined(const FieldErrors &errors)
{
    QStringList messages;
    for (const FieldError &e : errors)
        messages << e.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

QString gpmiDomainCode(GpmiDomain domain)
{
    return QString::fromLatin1(kDomainCodes[int(domain)]);
}

std::optional<GpmiDomain> gpmiDomainFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (GpmiDomain d : kAllGpmiDomains) {
        if (c == QLatin1String(kDomainCodes[int(d)]))
            return d;
    }
    return std::nullopt;
}

QDate GpmiRules::firstSigningDay(const QDate &offered)
{
    return workingdays::addWorkingDays(offered, kReflectionWorkingDays);
}

FieldErrors GpmiRules::check(const Gpmi &g, const QDate &today)
{
    FieldErrors errors;
    if (!g.start.isValid())
        errors.append({QStringLiteral("start"), tr("The GPMI needs a start date.")});
    if (g.end.isValid() && g.start.isValid() && g.end < g.start)
        errors.append({QStringLiteral("end"), tr("The GPMI ends (%1) before it starts (%2).").arg(iso(g.end), iso(g.start))});
    if (g.language != QLatin1String("nl") && g.language != QLatin1String("fr"))
        errors.append({QStringLiteral("language"), tr("The GPMI is written in Dutch or in French: choose one.")});
    for (qsizetype i = 0; i < g.goals.size(); ++i) {
        const GpmiGoal &goal = g.goals.at(i);
        if (goal.goal.trimmed().isEmpty())
            errors.append({QStringLiteral("goal.%1").arg(i + 1), tr("Goal %1 has no text.").arg(i + 1)});
        if (goal.deadline.isValid() && g.start.isValid() && goal.deadline < g.start)
            errors.append({QStringLiteral("goal.%1.deadline").arg(i + 1),
                           tr("The deadline of goal %1 (%2) lies before the start of the GPMI (%3).")
                               .arg(i + 1)
                               .arg(iso(goal.deadline), iso(g.start))});
    }
    for (qsizetype i = 0; i < g.plannedEvaluations.size(); ++i) {
        const QDate &d = g.plannedEvaluations.at(i);
        if (!d.isValid() || (g.start.isValid() && d < g.start) || (g.end.isValid() && d > g.end))
            errors.append({QStringLiteral("planned.%1").arg(i + 1),
                           tr("Planned evaluation %1 must be a day within the GPMI's period.").arg(i + 1)});
    }
    if (g.isSigned()) {
        if (!g.offered.isValid()) {
            errors.append({QStringLiteral("offered"),
                           tr("A signed GPMI needs the day it was offered to the person (the reflection period starts then).")});
        } else {
            const QDate first = firstSigningDay(g.offered);
            if (g.signed_ < first)
                errors.append({QStringLiteral("signed"),
                               tr("The GPMI was offered on %1: the person has %2 working days to reflect, so it can be signed "
                                  "from %3 on (Saturdays, Sundays and public holidays do not count).")
                                   .arg(iso(g.offered))
                                   .arg(kReflectionWorkingDays)
                                   .arg(iso(first))});
        }
        if (g.signed_ > today)
            errors.append({QStringLiteral("signed"), tr("The signature date %1 lies in the future.").arg(iso(g.signed_))});
        if (g.domains.isEmpty())
            errors.append({QStringLiteral("domains"), tr("A signed GPMI names at least one domain (studies, training, employment, …).")});
        if (g.goals.isEmpty())
            errors.append({QStringLiteral("goal.1"), tr("A signed GPMI has at least one goal with the commitments of both sides.")});
    }
    if (g.offered.isValid() && g.offered > today)
        errors.append({QStringLiteral("offered"), tr("The day the GPMI was offered (%1) lies in the future.").arg(iso(g.offered))});
    return errors;
}

FieldErrors GpmiRules::checkEvaluation(const GpmiEvaluation &e, const Gpmi &g, const QDate &today)
{
    FieldErrors errors;
    if (!e.date.isValid())
        errors.append({QStringLiteral("date"), tr("An evaluation needs its date.")});
    else if (!g.isSigned())
        errors.append({QStringLiteral("date"), tr("Only a signed GPMI is evaluated: record the signature first.")});
    else if (e.date < g.signed_)
        errors.append({QStringLiteral("date"), tr("The evaluation of %1 lies before the signature of the GPMI (%2).")
                                                   .arg(iso(e.date), iso(g.signed_))});
    else if (e.date > today)
        errors.append({QStringLiteral("date"), tr("The evaluation of %1 lies in the future: plan it in the contract instead.")
                                                   .arg(iso(e.date))});
    else if (g.end.isValid() && e.date > g.end)
        errors.append({QStringLiteral("date"), tr("The evaluation of %1 lies after the end of the GPMI (%2).").arg(iso(e.date), iso(g.end))});
    if (e.progress.size() > g.goals.size())
        errors.append({QStringLiteral("progress"), tr("The evaluation notes progress for more goals than the GPMI has.")});
    return errors;
}

QString GpmiRules::domainLabel(GpmiDomain domain)
{
    switch (domain) {
    case GpmiDomain::Studies: return tr("Studies");
    case GpmiDomain::Training: return tr("Training");
    case GpmiDomain::Employment: return tr("Employment");
    case GpmiDomain::Social: return tr("Social");
    case GpmiDomain::Health: return tr("Health");
    case GpmiDomain::Housing: return tr("Housing");
    case GpmiDomain::Language: return tr("Language");
    case GpmiDomain::Other: return tr("Other");
    }
    return {};
}

GpmiStore::GpmiStore(Database &db) : m_db(db) { }

std::optional<Gpmi> GpmiStore::gpmiOf(qint64 dossierId) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kGpmiColumns + QStringLiteral("WHERE dossier_id = ?"));
    q.addBindValue(dossierId);
    if (q.exec() && q.next())
        return gpmiFrom(q);
    return std::nullopt;
}

std::optional<Gpmi> GpmiStore::gpmi(qint64 gpmiId) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kGpmiColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(gpmiId);
    if (q.exec() && q.next())
        return gpmiFrom(q);
    return std::nullopt;
}

Result<qint64> GpmiStore::save(const Gpmi &gpmi, FieldErrors *errors, const QDate &today)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    FieldErrors problems = GpmiRules::check(gpmi, today);
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    // Several officers at once: one GPMI a dossier even when two officers record it at once,
    // and no save over an amendment somebody else saved after the page was opened.
    if (Status locked = dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), gpmi.dossierId); !locked)
        return R::failure(locked.error());
    if (gpmi.id != 0 && gpmi.rowVersion > 0) {
        const int stored = RowVersion::stored(m_db.sql(), QStringLiteral("gpmi"), gpmi.id);
        if (stored != 0 && stored != gpmi.rowVersion)
            return R(conflict(gpmi.id));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT opened, closed, (SELECT id FROM gpmi WHERE dossier_id = dossier.id) FROM dossier WHERE id = ?"));
    q.addBindValue(gpmi.dossierId);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (!q.next())
        return R::failure(tr("There is no dossier number %1 in the register (it may have been removed).").arg(gpmi.dossierId));
    const QDate opened = dateOf(q.value(0));
    const QDate closed = dateOf(q.value(1));
    const qint64 existing = q.value(2).toLongLong();
    q.finish();
    if (gpmi.start.isValid() && (gpmi.start < opened || (closed.isValid() && gpmi.start > closed)))
        problems.append({QStringLiteral("start"), tr("The GPMI must start while the dossier is open (from %1%2).")
                                                      .arg(iso(opened), closed.isValid() ? QStringLiteral(" – ") + iso(closed) : QString())});
    if (gpmi.id == 0 && existing != 0)
        problems.append({QStringLiteral("start"), tr("This dossier already has a GPMI: open it and amend it instead.")});
    if (gpmi.id != 0 && existing != gpmi.id)
        problems.append({QStringLiteral("start"), tr("This GPMI does not belong to this dossier.")});
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return R::failure(tr("The GPMI was not saved: %1").arg(joined(problems)));

    QSqlQuery w(m_db.sql());
    if (gpmi.id == 0) {
        w.prepare(QStringLiteral("INSERT INTO gpmi (start_date, end_date, offered_date, signed_date, language, domains, partners, "
                                 "goals, planned_evaluations, assisted_by, officer, note, dossier_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    } else {
        w.prepare(QStringLiteral("UPDATE gpmi SET start_date = ?, end_date = ?, offered_date = ?, signed_date = ?, language = ?, "
                                 "domains = ?, partners = ?, goals = ?, planned_evaluations = ?, assisted_by = ?, officer = ?, "
                                 "note = ?, row_version = row_version + 1 WHERE dossier_id = ?")
                  + (gpmi.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    }
    bindGpmi(w, gpmi);
    w.addBindValue(gpmi.dossierId);
    if (gpmi.id != 0 && gpmi.rowVersion > 0)
        w.addBindValue(gpmi.rowVersion);
    if (!w.exec())
        return R::failure(StorageMessages::describe(w.lastError()));
    if (gpmi.id != 0 && w.numRowsAffected() == 0)
        return R(conflict(gpmi.id));
    const qint64 id = gpmi.id == 0 ? dialect::insertedId(w) : gpmi.id;
    if (gpmi.id != 0) {
        // Evaluations recorded before a new signature date would no longer count.
        QSqlQuery e(m_db.sql());
        e.prepare(QStringLiteral("SELECT min(eval_date) FROM gpmi_evaluation WHERE gpmi_id = ?"));
        e.addBindValue(id);
        if (e.exec() && e.next() && !e.value(0).isNull() && (!gpmi.isSigned() || dateOf(e.value(0)) < gpmi.signed_))
            return R::failure(tr("The GPMI was not saved: it has an evaluation on %1, before the signature date.")
                                  .arg(e.value(0).toString()));
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status GpmiStore::conflict(qint64 gpmiId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT d.reference, d.person_id FROM gpmi g JOIN dossier d ON d.id = g.dossier_id WHERE g.id = ?"));
    q.addBindValue(gpmiId);
    const bool found = q.exec() && q.next();
    const QString what = found ? tr("The GPMI of dossier %1").arg(q.value(0).toString()) : tr("The GPMI");
    return RowVersion::conflict(m_db.sql(), what, QStringLiteral("gpmi"), gpmiId, found ? q.value(1).toLongLong() : 0);
}

namespace {

const QString kEvaluationColumns = QStringLiteral(
    "SELECT id, gpmi_id, eval_date, face_to_face, progress, next_steps, officer, row_version FROM gpmi_evaluation ");

GpmiEvaluation evaluationFrom(const QSqlQuery &q)
{
    GpmiEvaluation e;
    e.id = q.value(0).toLongLong();
    e.gpmiId = q.value(1).toLongLong();
    e.date = dateOf(q.value(2));
    e.faceToFace = q.value(3).toInt() != 0;
    for (const QJsonValue &v : array(q.value(4)))
        e.progress << v.toString();
    e.nextSteps = q.value(5).toString();
    e.officer = q.value(6).toString();
    e.rowVersion = q.value(7).toInt();
    return e;
}

} // namespace

QList<GpmiEvaluation> GpmiStore::evaluations(qint64 gpmiId) const
{
    QList<GpmiEvaluation> list;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kEvaluationColumns + QStringLiteral("WHERE gpmi_id = ? ORDER BY eval_date, id"));
    q.addBindValue(gpmiId);
    if (q.exec()) {
        while (q.next())
            list.append(evaluationFrom(q));
    }
    return list;
}

std::optional<GpmiEvaluation> GpmiStore::evaluation(qint64 evaluationId) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kEvaluationColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(evaluationId);
    if (q.exec() && q.next())
        return evaluationFrom(q);
    return std::nullopt;
}

Result<qint64> GpmiStore::saveEvaluation(const GpmiEvaluation &evaluation, const QDate &today)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    // Several officers at once: the evaluation is checked against the contract's signature and
    // end as the other writers left them (an amendment of the GPMI locks the same dossier),
    // and a change is not written over one somebody else saved after the form was opened.
    QSqlQuery d(m_db.sql());
    d.prepare(QStringLiteral("SELECT dossier_id FROM gpmi WHERE id = ?"));
    d.addBindValue(evaluation.gpmiId);
    if (!d.exec())
        return R::failure(StorageMessages::describe(d.lastError()));
    if (d.next()) {
        const qint64 dossierId = d.value(0).toLongLong();
        d.finish();
        if (Status locked = dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), dossierId); !locked)
            return R::failure(locked.error());
    }
    const bool checked = evaluation.id != 0 && evaluation.rowVersion > 0;
    if (checked) {
        const int stored = RowVersion::stored(m_db.sql(), QStringLiteral("gpmi_evaluation"), evaluation.id);
        if (stored != 0 && stored != evaluation.rowVersion)
            return R(evaluationConflict(evaluation.id));
    }
    const std::optional<Gpmi> g = gpmi(evaluation.gpmiId);
    if (!g)
        return R::failure(tr("There is no GPMI number %1 (it may have been removed).").arg(evaluation.gpmiId));
    if (const FieldErrors problems = GpmiRules::checkEvaluation(evaluation, *g, today); !problems.isEmpty())
        return R::failure(tr("The evaluation was not saved: %1").arg(joined(problems)));
    QJsonArray progress;
    for (const QString &p : evaluation.progress)
        progress.append(p.trimmed());
    QSqlQuery q(m_db.sql());
    if (evaluation.id == 0)
        q.prepare(QStringLiteral("INSERT INTO gpmi_evaluation (eval_date, face_to_face, progress, next_steps, officer, gpmi_id) "
                                 "VALUES (?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    else
        q.prepare(QStringLiteral("UPDATE gpmi_evaluation SET eval_date = ?, face_to_face = ?, progress = ?, next_steps = ?, "
                                 "officer = ?, row_version = row_version + 1 WHERE gpmi_id = ? AND id = ?")
                  + (checked ? QStringLiteral(" AND row_version = ?") : QString()));
    q.addBindValue(iso(evaluation.date));
    q.addBindValue(evaluation.faceToFace ? 1 : 0);
    q.addBindValue(json(progress));
    q.addBindValue(textValue(evaluation.nextSteps));
    q.addBindValue(textValue(evaluation.officer));
    q.addBindValue(evaluation.gpmiId);
    if (evaluation.id != 0)
        q.addBindValue(evaluation.id);
    if (checked)
        q.addBindValue(evaluation.rowVersion);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (evaluation.id != 0 && q.numRowsAffected() != 1) {
        // Gone, or (a writer that took no lock) changed between the check and the write.
        if (checked && RowVersion::stored(m_db.sql(), QStringLiteral("gpmi_evaluation"), evaluation.id) != 0)
            return R(evaluationConflict(evaluation.id));
        return R::failure(tr("This evaluation no longer exists."));
    }
    const qint64 id = evaluation.id == 0 ? dialect::insertedId(q) : evaluation.id;
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status GpmiStore::evaluationConflict(qint64 evaluationId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT e.eval_date, d.reference, d.person_id FROM gpmi_evaluation e JOIN gpmi g ON g.id = e.gpmi_id "
                             "JOIN dossier d ON d.id = g.dossier_id WHERE e.id = ?"));
    q.addBindValue(evaluationId);
    const bool found = q.exec() && q.next();
    const QString what = found ? tr("The evaluation of %1 of the GPMI of dossier %2").arg(q.value(0).toString(), q.value(1).toString())
                               : tr("The evaluation");
    return RowVersion::conflict(m_db.sql(), what, QStringLiteral("gpmi_evaluation"), evaluationId,
                                found ? q.value(2).toLongLong() : 0);
}

Status GpmiStore::removeEvaluation(qint64 evaluationId)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM gpmi_evaluation WHERE id = ?"));
    q.addBindValue(evaluationId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("This evaluation no longer exists."));
    return tx.commit();
}

} // namespace parcours
