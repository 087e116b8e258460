// SPDX-License-Identifier: GPL-3.0-or-later
#include "trajectory/trajectory.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/rowversion.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/isodate.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

const QString kPlacementColumns = QStringLiteral(
    "SELECT id, dossier_id, cell, start_date, end_date, officer, reason, outcome, outcome_detail, note, partner_id, row_version "
    "FROM placement ");

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : isodate::dateFromIso(v.toString());
}

Placement placementFrom(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.dossierId = q.value(1).toLongLong();
    p.cell = cellFromCode(q.value(2).toString()).value_or(Cell::Facilitation);
    p.start = dateOf(q.value(3));
    p.end = dateOf(q.value(4));
    p.officer = q.value(5).toString();
    p.reason = q.value(6).toString();
    if (!q.value(7).isNull())
        p.outcome = outcomeFromCode(q.value(7).toString());
    p.outcomeDetail = q.value(8).toString();
    p.note = q.value(9).toString();
    p.partnerId = q.value(10).toLongLong();
    p.rowVersion = q.value(11).toInt();
    return p;
}

// Text as it is stored: names simplified, free text trimmed.
Placement normalised(Placement p)
{
    p.officer = p.officer.simplified();
    p.reason = p.reason.trimmed();
    p.outcomeDetail = p.outcomeDetail.trimmed();
    p.note = p.note.trimmed();
    return p;
}

// A dossier and its placements, read inside the caller's transaction.
struct Loaded
{
    DossierPeriod dossier;
    QList<Placement> placements; // by start date
};

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Trajectory)
public:
    explicit Store(QSqlDatabase sql) : m_sql(std::move(sql)) { }

    // load() for a write: first waits for any other writer of the dossier's trajectory
    // (dialect::lockForUpdate), so that the rules are checked on what that writer committed.
    Result<Loaded> loadForWrite(qint64 dossierId) const
    {
        if (Status locked = dialect::lockForUpdate(m_sql, QStringLiteral("dossier"), dossierId); !locked)
            return Result<Loaded>::failure(locked.error());
        return load(dossierId);
    }

    Result<Loaded> load(qint64 dossierId) const
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("SELECT id, reference, opened, closed FROM dossier WHERE id = ?"));
        q.addBindValue(dossierId);
        if (!q.exec())
            return Result<Loaded>::failure(StorageMessages::describe(q.lastError()));
        if (!q.next())
            return Result<Loaded>::failure(tr("There is no dossier number %1 in the register (it may have been removed).").arg(dossierId));
        Loaded loaded;
        loaded.dossier = {q.value(0).toLongLong(), q.value(1).toString(), dateOf(q.value(2)), dateOf(q.value(3))};
        QSqlQuery p(m_sql);
        p.setForwardOnly(true);
        p.prepare(kPlacementColumns + QStringLiteral("WHERE dossier_id = ? ORDER BY start_date, id"));
        p.addBindValue(dossierId);
        if (!p.exec())
            return Result<Loaded>::failure(StorageMessages::describe(p.lastError()));
        while (p.next())
            loaded.placements.append(placementFrom(p));
        return loaded;
    }

    // The dossier of a placement, or a message saying the placement does not exist.
    Result<qint64> dossierOf(qint64 placementId) const
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("SELECT dossier_id FROM placement WHERE id = ?"));
        q.addBindValue(placementId);
        if (!q.exec())
            return Result<qint64>::failure(StorageMessages::describe(q.lastError()));
        if (!q.next())
            return Result<qint64>::failure(tr("There is no placement number %1 (it may have been removed).").arg(placementId));
        return q.value(0).toLongLong();
    }

    Result<qint64> insert(const Placement &p) const
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date, end_date, officer, reason, outcome, "
                                 "outcome_detail, note, partner_id) VALUES (?,?,?,?,?,?,?,?,?,?)")
                  + dialect::returningId(m_sql));
        q.addBindValue(p.dossierId);
        bindFields(q, p);
        if (!q.exec())
            return Result<qint64>::failure(StorageMessages::describe(q.lastError()));
        return dialect::insertedId(q);
    }

    // Writes `p` over the stored row if that is still at p.rowVersion (any version when 0);
    // a conflict when somebody else saved it since.
    Status update(const Placement &p) const
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("UPDATE placement SET cell = ?, start_date = ?, end_date = ?, officer = ?, reason = ?, "
                                 "outcome = ?, outcome_detail = ?, note = ?, partner_id = ?, row_version = row_version + 1 "
                                 "WHERE id = ?")
                  + (p.rowVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()));
        bindFields(q, p);
        q.addBindValue(p.id);
        if (p.rowVersion > 0)
            q.addBindValue(p.rowVersion);
        if (!q.exec())
            return Status::failure(StorageMessages::describe(q.lastError()));
        if (q.numRowsAffected() == 0)
            return conflict(p.id);
        return Status::success();
    }

    // The refusal of a write over placement `placementId` saved by somebody else since.
    Status conflict(qint64 placementId) const
    {
        QSqlQuery q(m_sql);
        q.prepare(QStringLiteral("SELECT p.id, p.dossier_id, p.cell, p.start_date, p.end_date, p.officer, p.reason, p.outcome, "
                                 "p.outcome_detail, p.note, p.partner_id, p.row_version, d.reference, d.person_id "
                                 "FROM placement p JOIN dossier d ON d.id = p.dossier_id WHERE p.id = ?"));
        q.addBindValue(placementId);
        if (!q.exec() || !q.next())
            return Status::conflict(tr("The placement was removed by somebody else after you opened it, so nothing was saved."));
        const Placement now = placementFrom(q);
        const QString what = tr("The placement %1 of dossier %2").arg(PlacementRules::describe(now), q.value(12).toString());
        return RowVersion::conflict(m_sql, what, QStringLiteral("placement"), placementId, q.value(13).toLongLong());
    }

    Status exec(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(m_sql);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(StorageMessages::describe(q.lastError()));
        return Status::success();
    }

private:
    static void bindFields(QSqlQuery &q, const Placement &p)
    {
        q.addBindValue(cellCode(p.cell));
        q.addBindValue(dateValue(p.start));
        q.addBindValue(dateValue(p.end));
        q.addBindValue(textValue(p.officer));
        q.addBindValue(textValue(p.reason));
        q.addBindValue(p.outcome ? QVariant(outcomeCode(*p.outcome)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(textValue(p.outcomeDetail));
        q.addBindValue(textValue(p.note));
        q.addBindValue(p.partnerId > 0 ? QVariant(p.partnerId) : QVariant(QMetaType(QMetaType::LongLong)));
    }

    QSqlDatabase m_sql;
};

qsizetype indexOfId(const QList<Placement> &list, qint64 id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

Trajectory::Trajectory(Database &db) : m_db(db) { }

QList<Placement> Trajectory::placements(qint64 dossierId) const
{
    QList<Placement> list;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kPlacementColumns + QStringLiteral("WHERE dossier_id = ? ORDER BY start_date, id"));
    q.addBindValue(dossierId);
    if (q.exec()) {
        while (q.next())
            list.append(placementFrom(q));
    }
    return list;
}

std::optional<Placement> Trajectory::placement(qint64 placementId) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kPlacementColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(placementId);
    if (q.exec() && q.next())
        return placementFrom(q);
    return std::nullopt;
}

std::optional<Placement> Trajectory::placementOn(qint64 dossierId, const QDate &day) const
{
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return std::nullopt;
    QSqlQuery q(m_db.sql());
    q.prepare(kPlacementColumns + QStringLiteral("WHERE dossier_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)"));
    const QString iso = day.toString(Qt::ISODate);
    q.addBindValue(dossierId);
    q.addBindValue(iso);
    q.addBindValue(iso);
    if (q.exec() && q.next())
        return placementFrom(q);
    return std::nullopt;
}

Result<qint64> Trajectory::refer(qint64 dossierId, Cell cell, const QDate &start, const QString &officer,
                                 const QString &reason, const QString &note)
{
    Placement p;
    p.dossierId = dossierId;
    p.cell = cell;
    p.start = start;
    p.officer = officer;
    p.reason = reason;
    p.note = note;
    return add(p);
}

Result<qint64> Trajectory::add(const Placement &placement)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return Result<qint64>::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Result<qint64>::failure(tx.error());
    const Store store(m_db.sql());
    auto loaded = store.loadForWrite(placement.dossierId);
    if (!loaded)
        return Result<qint64>::failure(loaded.error());
    Placement p = normalised(placement);
    p.id = 0;
    loaded->placements.append(p);
    if (const QString why = PlacementRules::check(loaded->placements, loaded->placements.size() - 1, loaded->dossier); !why.isEmpty())
        return Result<qint64>::failure(why);
    auto id = store.insert(p);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Result<qint64> Trajectory::transfer(qint64 dossierId, Cell newCell, const QDate &day, const QString &officer,
                                    const QString &reason)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("A transfer needs a valid day."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    const Store store(m_db.sql());
    auto loaded = store.loadForWrite(dossierId);
    if (!loaded)
        return R::failure(loaded.error());
    QList<Placement> &list = loaded->placements;
    const auto current = std::find_if(list.begin(), list.end(), [&day](const Placement &p) { return p.covers(day); });
    if (current == list.end())
        return R::failure(tr("The dossier %1 is in no cell on %2, so there is nothing to transfer from: refer it to a cell instead.")
                              .arg(loaded->dossier.reference, day.toString(Qt::ISODate)));
    if (current->start >= day)
        return R::failure(tr("The transfer on %1 must come after the start of the current placement %2: edit that placement "
                             "instead.").arg(day.toString(Qt::ISODate), PlacementRules::describe(*current)));
    if (current->cell == newCell)
        return R::failure(tr("The dossier %1 is already in %2 on %3.").arg(loaded->dossier.reference, cellLabel(newCell),
                                                                          day.toString(Qt::ISODate)));
    const qsizetype ended = std::distance(list.begin(), current);
    list[ended].end = day.addDays(-1);
    list[ended].outcome = Outcome::MovedCell;
    list[ended].outcomeDetail.clear();

    Placement next;
    next.dossierId = dossierId;
    next.cell = newCell;
    next.start = day;
    next.officer = officer;
    next.reason = reason;
    list.append(normalised(next));
    for (const qsizetype i : {ended, list.size() - 1}) {
        if (const QString why = PlacementRules::check(list, i, loaded->dossier); !why.isEmpty())
            return R::failure(tr("The transfer to %1 on %2 was refused: %3").arg(cellLabel(newCell), day.toString(Qt::ISODate), why));
    }
    if (Status s = store.update(list.at(ended)); !s)
        return R::failure(s.error());
    auto id = store.insert(list.last());
    if (!id)
        return id; // the guard rolls back the end of the previous placement too
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Trajectory::endPlacement(qint64 placementId, const QDate &end, Outcome outcome, const QString &detail,
                                int loadedVersion)
{
    if (!end.isValid())
        return Status::failure(tr("Ending a placement needs a valid end date."));
    return edit(placementId, loadedVersion, [&](Placement &p) {
        p.end = end;
        p.outcome = outcome;
        p.outcomeDetail = detail;
        return Status::success();
    });
}

Status Trajectory::update(const Placement &placement)
{
    return edit(placement.id, placement.rowVersion, [&placement](Placement &p) {
        if (placement.dossierId != 0 && placement.dossierId != p.dossierId)
            return Status::failure(tr("A placement cannot move to another dossier: end it and refer the other dossier instead."));
        const qint64 dossierId = p.dossierId;
        p = placement;
        p.dossierId = dossierId;
        return Status::success();
    });
}

Status Trajectory::edit(qint64 placementId, int loadedVersion, const std::function<Status(Placement &)> &change)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const Store store(m_db.sql());
    auto dossierId = store.dossierOf(placementId);
    if (!dossierId)
        return Status::failure(dossierId.error());
    auto loaded = store.loadForWrite(*dossierId);
    if (!loaded)
        return Status::failure(loaded.error());
    const qsizetype i = indexOfId(loaded->placements, placementId);
    if (i < 0) // removed while we waited for the lock
        return Status::conflict(tr("The placement was removed by somebody else after you opened it, so nothing was saved."));
    const int stored = loaded->placements.at(i).rowVersion;
    // Several officers at once: the officer's change was made on the placement as it was
    // when the dialog opened; somebody else's save since then is not written over.
    if (loadedVersion > 0 && loadedVersion != stored)
        return store.conflict(placementId);
    Placement p = loaded->placements.at(i);
    if (Status s = change(p); !s)
        return s;
    p = normalised(p);
    p.id = placementId;
    p.rowVersion = stored;
    loaded->placements[i] = p;
    if (const QString why = PlacementRules::check(loaded->placements, i, loaded->dossier); !why.isEmpty())
        return Status::failure(why);
    if (Status s = store.update(p); !s)
        return s;
    return tx.commit();
}

Status Trajectory::remove(qint64 placementId)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const Store store(m_db.sql());
    auto dossierId = store.dossierOf(placementId);
    if (!dossierId)
        return Status::failure(dossierId.error());
    if (Status locked = dialect::lockForUpdate(m_db.sql(), QStringLiteral("dossier"), *dossierId); !locked)
        return locked;
    if (Status s = store.exec(QStringLiteral("DELETE FROM placement WHERE id = ?"), {placementId}); !s)
        return s;
    return tx.commit();
}

Status Trajectory::closeDossier(qint64 dossierId, const QDate &closed)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (!closed.isValid())
        return Status::failure(tr("Closing a dossier needs a valid closing date."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    const Store store(m_db.sql());
    auto loaded = store.loadForWrite(dossierId);
    if (!loaded)
        return Status::failure(loaded.error());
    DossierPeriod &dossier = loaded->dossier;
    if (closed < dossier.opened)
        return Status::failure(tr("The dossier %1 cannot close on %2, before it opened on %3.")
                                   .arg(dossier.reference, closed.toString(Qt::ISODate), dossier.opened.toString(Qt::ISODate)));
    dossier.closed = closed;
    QList<qsizetype> changed;
    QList<Placement> &list = loaded->placements;
    for (qsizetype i = 0; i < list.size(); ++i) {
        Placement &p = list[i];
        if (p.start > closed)
            return Status::failure(tr("The dossier %1 cannot close on %2: the placement %3 starts later. Remove or move that "
                                      "placement first.").arg(dossier.reference, closed.toString(Qt::ISODate), PlacementRules::describe(p)));
        if (p.isOpen() || p.end > closed) {
            p.end = closed;
            if (!p.outcome)
                p.outcome = Outcome::IncomeEnded;
            changed << i;
        }
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (const QString why = PlacementRules::check(list, i, dossier); !why.isEmpty())
            return Status::failure(why);
    }
    if (Status s = store.exec(QStringLiteral("UPDATE dossier SET closed = ? WHERE id = ?"), {dateValue(closed), dossierId}); !s)
        return s;
    for (const qsizetype i : std::as_const(changed)) {
        if (Status s = store.update(list.at(i)); !s)
            return s;
    }
    return tx.commit();
}

Status Trajectory::checkDossierPeriod(qint64 dossierId, const QDate &opened, const QDate &closed) const
{
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return allowed;
    const Store store(m_db.sql());
    auto loaded = store.load(dossierId);
    if (!loaded)
        return Status::failure(loaded.error());
    loaded->dossier.opened = opened;
    loaded->dossier.closed = closed;
    for (const Placement &p : std::as_const(loaded->placements)) {
        if (const QString why = PlacementRules::checkInside(p, loaded->dossier); !why.isEmpty())
            return Status::failure(why);
    }
    return Status::success();
}

QList<Trajectory::CaseloadRow> Trajectory::caseload(const QDate &day, std::optional<Cell> cell, const QString &officer) const
{
    QList<CaseloadRow> rows;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return rows;
    QString sql = QStringLiteral(
        "SELECT p.id, d.id, d.reference, pe.last_name, pe.first_name, p.cell, p.start_date, p.end_date, p.officer, "
        "pe.id, pe.last_key, pe.first_key FROM placement p JOIN dossier d ON d.id = p.dossier_id JOIN person pe ON pe.id = d.person_id "
        "WHERE p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?) "
        "AND d.opened <= ? AND (d.closed IS NULL OR d.closed >= ?)");
    if (cell)
        sql += QStringLiteral(" AND p.cell = ?");
    if (!officer.isEmpty())
        sql += QStringLiteral(" AND p.officer = ?");
    sql += QStringLiteral(" ORDER BY pe.last_key, pe.first_key, d.reference");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    const QString iso = day.toString(Qt::ISODate);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(iso);
    if (cell)
        q.addBindValue(cellCode(*cell));
    if (!officer.isEmpty())
        q.addBindValue(officer.simplified());
    if (!q.exec())
        return rows;
    while (q.next()) {
        CaseloadRow r;
        r.placementId = q.value(0).toLongLong();
        r.dossierId = q.value(1).toLongLong();
        r.reference = q.value(2).toString();
        r.lastName = q.value(3).toString();
        r.firstName = q.value(4).toString();
        r.cell = cellFromCode(q.value(5).toString()).value_or(Cell::Facilitation);
        r.since = dateOf(q.value(6));
        r.until = dateOf(q.value(7));
        r.days = int(r.since.daysTo(day));
        r.officer = q.value(8).toString();
        r.personId = q.value(9).toLongLong();
        r.lastKey = q.value(10).toString();
        r.firstKey = q.value(11).toString();
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CaseloadRow &a, const CaseloadRow &b) { return a.cell < b.cell; });
    return rows;
}

} // namespace parcours
