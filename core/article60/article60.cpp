// SPDX-License-Identifier: GPL-3.0-or-later
#include "article60/article60.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

constexpr std::array<QLatin1String, 2> kScheduleCodes = {QLatin1String("full"), QLatin1String("half")};
constexpr std::array<QLatin1String, kAllContractEndReasons.size()> kEndReasonCodes = {
    QLatin1String("completed"), QLatin1String("job"), QLatin1String("dropped_out"), QLatin1String("dismissed"),
    QLatin1String("other")};

QVariant text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

const QString kPostColumns = QStringLiteral(
    "SELECT po.id, po.place, po.partner_id, po.social_economy, po.function, po.schedule, po.active, po.note, "
    "pa.name FROM article60_post po LEFT JOIN partner pa ON pa.id = po.partner_id ");

Article60Post postFrom(const QSqlQuery &q, int at = 0)
{
    Article60Post p;
    p.id = q.value(at + 0).toLongLong();
    p.place = q.value(at + 1).toString();
    p.partnerId = q.value(at + 2).toLongLong();
    p.socialEconomy = q.value(at + 3).toInt() != 0;
    p.function = q.value(at + 4).toString();
    p.schedule = Article60::scheduleFromCode(q.value(at + 5).toString()).value_or(PostSchedule::Full);
    p.active = q.value(at + 6).toInt() != 0;
    p.note = q.value(at + 7).toString();
    p.partnerName = q.value(at + 8).toString();
    return p;
}

const QString kContractColumns = QStringLiteral(
    "SELECT c.id, c.dossier_id, c.post_id, c.placement_id, c.starts_on, c.days_needed, c.planned_end, c.actual_end, "
    "c.end_reason, c.note, d.reference, pe.last_name || ', ' || pe.first_name, po.function || ' — ' || po.place "
    "FROM article60_contract c JOIN dossier d ON d.id = c.dossier_id JOIN person pe ON pe.id = d.person_id "
    "JOIN article60_post po ON po.id = c.post_id ");

Article60Contract contractFrom(const QSqlQuery &q)
{
    Article60Contract c;
    c.id = q.value(0).toLongLong();
    c.dossierId = q.value(1).toLongLong();
    c.postId = q.value(2).toLongLong();
    c.placementId = q.value(3).toLongLong();
    c.start = dateOf(q.value(4));
    c.daysNeeded = q.value(5).toInt();
    c.plannedEnd = dateOf(q.value(6));
    c.actualEnd = dateOf(q.value(7));
    if (!q.value(8).isNull())
        c.endReason = Article60::endReasonFromCode(q.value(8).toString());
    c.note = q.value(9).toString();
    c.reference = q.value(10).toString();
    c.personName = q.value(11).toString();
    c.postLabel = q.value(12).toString();
    return c;
}

// What the end of a contract means for its placement.
Outcome outcomeOf(ContractEndReason reason)
{
    switch (reason) {
    case ContractEndReason::Job:
        return Outcome::Job;
    case ContractEndReason::DroppedOut:
        return Outcome::DroppedOut;
    case ContractEndReason::Dismissed:
        return Outcome::Sanction;
    case ContractEndReason::Completed:
    case ContractEndReason::Other:
        break;
    }
    return Outcome::Other;
}

template<typename T>
Result<T> failed(const QSqlQuery &q)
{
    return Result<T>::failure(StorageMessages::describe(q.lastError()));
}

} // namespace

Article60::Article60(Database &db) : m_db(db) { }

QDate Article60::plannedEnd(const QDate &start, int daysNeeded, PostSchedule schedule)
{
    if (!start.isValid() || daysNeeded <= 0)
        return {};
    const int perWeek = schedule == PostSchedule::Full ? kDaysPerWeekFull : kDaysPerWeekFull / 2;
    const int weeks = (daysNeeded + perWeek - 1) / perWeek;
    return start.addDays(7LL * weeks - 1);
}

std::pair<QDate, QDate> Article60::postArticle60Period(const QDate &contractEnd)
{
    const QDate start = contractEnd.addDays(1);
    QDate end = start.addMonths(3);
    // addMonths keeps the day of the month unless the month is too short; only then is the
    // last day of that month already the end of the three months.
    if (end.day() == start.day())
        end = end.addDays(-1);
    return {start, end};
}

QString Article60::scheduleCode(PostSchedule schedule)
{
    return QString(kScheduleCodes[size_t(schedule)]);
}

std::optional<PostSchedule> Article60::scheduleFromCode(QStringView code)
{
    for (size_t i = 0; i < kScheduleCodes.size(); ++i) {
        if (code.trimmed().compare(kScheduleCodes[i], Qt::CaseInsensitive) == 0)
            return PostSchedule(i);
    }
    return std::nullopt;
}

QString Article60::scheduleLabel(PostSchedule schedule)
{
    return schedule == PostSchedule::Full ? tr("Full time") : tr("Half time");
}

QString Article60::endReasonCode(ContractEndReason reason)
{
    return QString(kEndReasonCodes[size_t(reason)]);
}

std::optional<ContractEndReason> Article60::endReasonFromCode(QStringView code)
{
    for (size_t i = 0; i < kEndReasonCodes.size(); ++i) {
        if (code.trimmed().compare(kEndReasonCodes[i], Qt::CaseInsensitive) == 0)
            return ContractEndReason(i);
    }
    return std::nullopt;
}

QString Article60::endReasonLabel(ContractEndReason reason)
{
    switch (reason) {
    case ContractEndReason::Completed:
        return tr("Completed (rights opened)");
    case ContractEndReason::Job:
        return tr("Left for a job");
    case ContractEndReason::DroppedOut:
        return tr("Dropped out");
    case ContractEndReason::Dismissed:
        return tr("Dismissed");
    case ContractEndReason::Other:
        return tr("Other");
    }
    return {};
}

Result<qint64> Article60::addPost(const Article60Post &post)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (post.place.trimmed().isEmpty())
        return R::failure(tr("Place: say where the work is done (the service or the site)."));
    if (post.function.trimmed().isEmpty())
        return R::failure(tr("Function: say what the work is."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO article60_post (place, partner_id, social_economy, function, schedule, active, note) "
                             "VALUES (?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(post.place.trimmed());
    q.addBindValue(id(post.partnerId));
    q.addBindValue(post.socialEconomy ? 1 : 0);
    q.addBindValue(post.function.trimmed());
    q.addBindValue(scheduleCode(post.schedule));
    q.addBindValue(post.active ? 1 : 0);
    q.addBindValue(text(post.note));
    if (!q.exec())
        return failed<qint64>(q);
    const qint64 newId = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return newId;
}

Status Article60::updatePost(const Article60Post &post)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (post.place.trimmed().isEmpty())
        return Status::failure(tr("Place: say where the work is done (the service or the site)."));
    if (post.function.trimmed().isEmpty())
        return Status::failure(tr("Function: say what the work is."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE article60_post SET place = ?, partner_id = ?, social_economy = ?, function = ?, "
                             "schedule = ?, active = ?, note = ? WHERE id = ?"));
    q.addBindValue(post.place.trimmed());
    q.addBindValue(id(post.partnerId));
    q.addBindValue(post.socialEconomy ? 1 : 0);
    q.addBindValue(post.function.trimmed());
    q.addBindValue(scheduleCode(post.schedule));
    q.addBindValue(post.active ? 1 : 0);
    q.addBindValue(text(post.note));
    q.addBindValue(post.id);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no article 60 post number %1.").arg(post.id));
    return tx.commit();
}

Result<Article60Post> Article60::post(qint64 postId) const
{
    using R = Result<Article60Post>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.prepare(kPostColumns + QStringLiteral("WHERE po.id = ?"));
    q.addBindValue(postId);
    if (!q.exec())
        return failed<Article60Post>(q);
    if (!q.next())
        return R::failure(tr("There is no article 60 post number %1.").arg(postId));
    return postFrom(q);
}

Result<QList<Article60Post>> Article60::posts(bool includeInactive) const
{
    using R = Result<QList<Article60Post>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(kPostColumns + (includeInactive ? QString() : QStringLiteral("WHERE po.active = 1 "))
                + QStringLiteral("ORDER BY lower(po.function), lower(po.place), po.id")))
        return failed<QList<Article60Post>>(q);
    QList<Article60Post> list;
    while (q.next())
        list.append(postFrom(q));
    return list;
}

Result<qint64> Article60::addContract(const Article60Contract &contract, const QString &officer)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (contract.dossierId <= 0)
        return R::failure(tr("Person: choose the dossier of the person the contract is for."));
    if (contract.postId <= 0)
        return R::failure(tr("Post: choose the post of the contract."));
    if (!contract.start.isValid())
        return R::failure(tr("Start: a contract needs the day it starts."));
    if (contract.daysNeeded <= 0 || contract.daysNeeded > kMaxDaysNeeded)
        return R::failure(tr("Days needed: enter the number of days of work the person needs to open their "
                             "unemployment rights (1 to %1).").arg(kMaxDaysNeeded));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    // Several officers at once: "one person a post, one post a person" is checked on what the
    // other writers committed. The post first, then the dossier (the order every writer locks
    // in; the trajectory's own write below locks the dossier again, which it already holds).
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("article60_post"), contract.postId); !s)
        return R::failure(s.error());
    if (Status s = dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), contract.dossierId); !s)
        return R::failure(s.error());
    Result<Article60Post> thePost = post(contract.postId);
    if (!thePost)
        return R::failure(thePost.error());
    if (!thePost->active)
        return R::failure(tr("Post: the post %1 — %2 is no longer in use.").arg(thePost->function, thePost->place));
    const QDate end = plannedEnd(contract.start, contract.daysNeeded, thePost->schedule);

    // One person a post, one post a person, at a time.
    QSqlQuery clash(m_db.sql());
    clash.prepare(kContractColumns + QStringLiteral("WHERE (c.post_id = ? OR c.dossier_id = ?) AND c.starts_on <= ? "
                                                    "AND coalesce(c.actual_end, c.planned_end) >= ? ORDER BY c.starts_on"));
    clash.addBindValue(contract.postId);
    clash.addBindValue(contract.dossierId);
    clash.addBindValue(iso(end));
    clash.addBindValue(iso(contract.start));
    if (!clash.exec())
        return failed<qint64>(clash);
    if (clash.next()) {
        const Article60Contract other = contractFrom(clash);
        if (other.postId == contract.postId)
            return R::failure(tr("Post: %1 is held by %2 (%3) from %4 to %5, which overlaps this contract (%6 to %7).")
                                  .arg(other.postLabel, other.personName, other.reference, iso(other.start),
                                       iso(other.end()), iso(contract.start), iso(end)));
        return R::failure(tr("Person: the dossier %1 already has an article 60 contract on %2 from %3 to %4, which "
                             "overlaps this one (%5 to %6).")
                              .arg(other.reference, other.postLabel, iso(other.start), iso(other.end()),
                                   iso(contract.start), iso(end)));
    }

    // The article60 placement over the contract, by the trajectory's own writes (nested
    // transactions: they land with the contract or not at all).
    Trajectory trajectory(m_db);
    const QString reason = tr("Article 60 contract: %1 — %2").arg(thePost->function, thePost->place);
    qint64 placementId = 0;
    const std::optional<Placement> current = trajectory.placementOn(contract.dossierId, contract.start);
    if (current && current->cell == Cell::Article60) {
        // Already in the cell (e.g. a change of post): the placement runs at least as long.
        placementId = current->id;
        if (!current->isOpen() && current->end < end) {
            Placement longer = *current;
            longer.end = end;
            longer.outcome.reset();
            longer.outcomeDetail.clear();
            if (Status s = trajectory.update(longer); !s)
                return R::failure(tr("The contract was refused: %1").arg(s.error()));
        }
    } else {
        Result<qint64> created = current ? trajectory.transfer(contract.dossierId, Cell::Article60, contract.start, officer, reason)
                                         : trajectory.refer(contract.dossierId, Cell::Article60, contract.start, officer, reason);
        if (!created)
            return R::failure(tr("The contract was refused: %1").arg(created.error()));
        placementId = created.value();
        std::optional<Placement> made = trajectory.placement(placementId);
        if (!made)
            return R::failure(tr("There is no placement number %1 (it may have been removed).").arg(placementId));
        made->end = end;
        made->partnerId = thePost->partnerId;
        if (Status s = trajectory.update(*made); !s)
            return R::failure(tr("The contract was refused: %1").arg(s.error()));
    }

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO article60_contract (dossier_id, post_id, placement_id, starts_on, days_needed, "
                             "planned_end, note) VALUES (?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(contract.dossierId);
    q.addBindValue(contract.postId);
    q.addBindValue(id(placementId));
    q.addBindValue(day(contract.start));
    q.addBindValue(contract.daysNeeded);
    q.addBindValue(day(end));
    q.addBindValue(text(contract.note));
    if (!q.exec())
        return failed<qint64>(q);
    const qint64 newId = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return newId;
}

Status Article60::endContract(qint64 contractId, const QDate &end, ContractEndReason reason)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (!end.isValid())
        return Status::failure(tr("End: ending a contract needs its last day."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    Result<Article60Contract> c = contract(contractId);
    if (!c)
        return Status::failure(c.error());
    if (end < c->start)
        return Status::failure(tr("End: the contract of %1 cannot end on %2, before it starts on %3.")
                                   .arg(c->reference, iso(end), iso(c->start)));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE article60_contract SET actual_end = ?, end_reason = ? WHERE id = ?"));
    q.addBindValue(day(end));
    q.addBindValue(endReasonCode(reason));
    q.addBindValue(contractId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (c->placementId > 0) {
        Trajectory trajectory(m_db);
        if (Status s = trajectory.endPlacement(c->placementId, end, outcomeOf(reason)); !s)
            return Status::failure(tr("The contract was not ended: %1").arg(s.error()));
    }
    return tx.commit();
}

Result<QList<Article60Contract>> Article60::readContracts(const QString &where, const QVariantList &values) const
{
    using R = Result<QList<Article60Contract>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kContractColumns + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed<QList<Article60Contract>>(q);
    QList<Article60Contract> list;
    while (q.next())
        list.append(contractFrom(q));
    return list;
}

Result<Article60Contract> Article60::contract(qint64 contractId) const
{
    auto list = readContracts(QStringLiteral("WHERE c.id = ?"), {contractId});
    if (!list)
        return Result<Article60Contract>::failure(list.error());
    if (list->isEmpty())
        return Result<Article60Contract>::failure(tr("There is no article 60 contract number %1.").arg(contractId));
    return list->first();
}

Result<QList<Article60Contract>> Article60::contractsOf(qint64 dossierId) const
{
    return readContracts(QStringLiteral("WHERE c.dossier_id = ? ORDER BY c.starts_on, c.id"), {dossierId});
}

Result<QList<PostOccupancy>> Article60::occupancy(const QDate &on) const
{
    using R = Result<QList<PostOccupancy>>;
    auto running = readContracts(QStringLiteral("WHERE c.starts_on <= ? AND coalesce(c.actual_end, c.planned_end) >= ?"),
                                 {iso(on), iso(on)});
    if (!running)
        return R::failure(running.error());
    auto all = posts(true);
    if (!all)
        return R::failure(all.error());
    // A big centre has thousands of posts: find each one's contract by its id.
    QHash<qint64, qsizetype> byPost;
    for (qsizetype i = 0; i < running->size(); ++i)
        byPost.insert(running->at(i).postId, i);
    QList<PostOccupancy> board;
    for (const Article60Post &p : std::as_const(all.value())) {
        PostOccupancy row{p, std::nullopt};
        if (const auto it = byPost.constFind(p.id); it != byPost.constEnd())
            row.contract = running->at(*it);
        if (p.active || row.filled())
            board.append(row);
    }
    std::stable_sort(board.begin(), board.end(),
                     [](const PostOccupancy &a, const PostOccupancy &b) { return !a.filled() && b.filled(); });
    return board;
}

Result<QList<Article60Contract>> Article60::endingWithin(const QDate &on, int days) const
{
    return readContracts(QStringLiteral("WHERE c.starts_on <= ? AND coalesce(c.actual_end, c.planned_end) >= ? "
                                        "AND coalesce(c.actual_end, c.planned_end) <= ? "
                                        "ORDER BY coalesce(c.actual_end, c.planned_end), c.id"),
                         {iso(on), iso(on), iso(on.addDays(days))});
}

Result<PostArticle60Proposal> Article60::proposePostArticle60(qint64 contractId) const
{
    using R = Result<PostArticle60Proposal>;
    Result<Article60Contract> c = contract(contractId);
    if (!c)
        return R::failure(c.error());
    if (!c->ended())
        return R::failure(tr("The contract of %1 has not ended yet: end it first.").arg(c->reference));
    const auto [start, end] = postArticle60Period(c->actualEnd);
    Trajectory trajectory(m_db);
    if (const std::optional<Placement> there = trajectory.placementOn(c->dossierId, start))
        return R::failure(tr("No post-article-60 guidance to propose: the dossier %1 is already in %2 on %3.")
                              .arg(c->reference, PlacementRules::describe(*there), iso(start)));
    return PostArticle60Proposal{contractId, c->dossierId, c->reference, start, end};
}

Result<qint64> Article60::acceptProposal(const PostArticle60Proposal &proposal, const QString &officer)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    Trajectory trajectory(m_db);
    Placement p;
    p.dossierId = proposal.dossierId;
    p.cell = Cell::PostArticle60;
    p.start = proposal.start;
    p.end = proposal.end;
    p.officer = officer;
    p.reason = tr("End of the article 60 contract");
    Result<qint64> created = trajectory.add(p);
    if (!created)
        return created;
    // The article60 placement ended "completed" (outcome other): the person moves on to the
    // post-article-60 cell the next day.
    if (Result<Article60Contract> c = contract(proposal.contractId); c && c->placementId > 0) {
        const std::optional<Placement> before = trajectory.placement(c->placementId);
        if (before && before->end == proposal.start.addDays(-1) && before->outcome == Outcome::Other) {
            if (Status s = trajectory.endPlacement(before->id, before->end, Outcome::MovedCell, before->outcomeDetail); !s)
                return R::failure(s.error());
        }
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return created;
}

} // namespace parcours
