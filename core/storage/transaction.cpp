// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/damage.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlQuery>

namespace parcours {

namespace {

// How many Transactions are active on each connection of this thread (connections are per
// thread in Qt). The first one is BEGIN IMMEDIATE, the others savepoints.
QHash<QString, int> &depths()
{
    thread_local QHash<QString, int> d;
    return d;
}

} // namespace

Transaction::Transaction(QSqlDatabase db, Audit audit) : m_db(std::move(db))
{
    begin(Database::actorOfConnection(m_db.connectionName()), audit);
}

Transaction::Transaction(QSqlDatabase db, const Actor &actor) : m_db(std::move(db))
{
    begin(actor, Audit::PerRow);
}

void Transaction::begin(const Actor &actor, Audit audit)
{
    if (!actor.isValid()) {
        m_error = tr("Nobody is signed in. Sign in first; nothing was saved.");
        return;
    }
    // A file known to be damaged is not written to: a write could spread the damage over
    // pages that are still good, and what is left is what a restore must not lose.
    if (QString refusal = Damage::writeRefusal(m_db); !refusal.isEmpty()) {
        m_error = std::move(refusal);
        return;
    }
    QSqlQuery q(m_db);
    if (const int depth = depths().value(m_db.connectionName()); depth > 0) {
        // A bulk import changes how the whole transaction is audited: it must be the outermost.
        if (audit == Audit::BulkImport) {
            m_error = tr("An import cannot run inside another change; nothing was saved.");
            return;
        }
        if (!q.exec(QStringLiteral("SAVEPOINT parcours_%1").arg(depth))) {
            m_error = StorageMessages::describe(q.lastError());
            return;
        }
        m_savepoint = depth;
        m_active = true;
        depths()[m_db.connectionName()] = depth + 1;
        return;
    }
    if (!q.exec(dialect::beginWrite(m_db))) {
        Damage::noteLastError(m_db);
        m_error = StorageMessages::describe(q.lastError());
        return;
    }
    m_active = true;
    depths()[m_db.connectionName()] = 1;
    m_bulkImport = audit == Audit::BulkImport;
    q.prepare(m_bulkImport ? QStringLiteral("UPDATE audit_context SET actor = ?, actor_kind = ?, bulk_import = 1 WHERE id = 1")
                           : QStringLiteral("UPDATE audit_context SET actor = ?, actor_kind = ? WHERE id = 1"));
    q.addBindValue(actor.name);
    q.addBindValue(actorKindCode(actor.kind));
    m_contextSet = q.exec() && q.numRowsAffected() == 1;
    if (!m_contextSet && dialect::isPostgres(m_db)) {
        // A failed statement ends a PostgreSQL transaction: start again (a System actor on a
        // database without audit_context yet, i.e. before the migrations).
        q.exec(QStringLiteral("ROLLBACK"));
        if (!q.exec(dialect::beginWrite(m_db))) {
            m_active = false;
            depths().remove(m_db.connectionName());
            m_error = StorageMessages::describe(q.lastError());
            return;
        }
    }
    if (m_bulkImport && !m_contextSet) { // never skip the per-row entries without an actor
        rollback();
        m_error = tr("The audit trail of this database cannot record who you are, so nothing was saved. Run "
                     "\"parcours-cli check\" and restore a backup if it reports problems.");
        return;
    }
    // A System actor also works on files from before the audit trail (schema 0003), which
    // the migrations are about to upgrade. Anybody else must be recorded, or write nothing.
    if (!m_contextSet && actor.kind != Actor::Kind::System) {
        rollback();
        m_error = tr("The audit trail of this database cannot record who you are, so nothing was saved. Run "
                     "\"parcours-cli check\" and restore a backup if it reports problems.");
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::recordImport(const QString &entity, const QString &details)
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details) "
                             "SELECT %1, coalesce(actor, 'unknown'), "
                             "coalesce(actor_kind, 'unknown'), 'import', ?, NULL, NULL, ? FROM audit_context")
                  .arg(dialect::nowIsoUtc(m_db)));
    q.addBindValue(entity);
    q.addBindValue(details);
    if (!q.exec() || q.numRowsAffected() != 1)
        return Status::failure(StorageMessages::describe(q.lastError()));
    m_importRecorded = true;
    return Status::success();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    if (m_bulkImport && !m_importRecorded) {
        rollback();
        m_error = tr("The import was not recorded in the audit trail, so nothing was saved.");
        return Status::failure(m_error);
    }
    QSqlQuery q(m_db);
    if (m_savepoint > 0) {
        if (!q.exec(QStringLiteral("RELEASE parcours_%1").arg(m_savepoint))) {
            m_error = StorageMessages::describe(q.lastError());
            rollback();
            return Status::failure(m_error);
        }
        m_active = false;
        depths()[m_db.connectionName()] = m_savepoint;
        return Status::success();
    }
    if (m_contextSet
        && !q.exec(m_bulkImport ? QStringLiteral("UPDATE audit_context SET actor = NULL, actor_kind = NULL, bulk_import = 0 WHERE id = 1")
                                : QStringLiteral("UPDATE audit_context SET actor = NULL, actor_kind = NULL WHERE id = 1"))) {
        m_error = StorageMessages::describe(q.lastError());
        rollback();
        return Status::failure(m_error);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = StorageMessages::describe(q.lastError());
        rollback();
        return Status::failure(m_error);
    }
    m_active = false;
    depths().remove(m_db.connectionName());
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    // The statement that made the work stop may have met a damaged page: remember it before
    // ROLLBACK replaces the connection's last error.
    Damage::noteLastError(m_db);
    QSqlQuery q(m_db);
    m_active = false;
    if (m_savepoint > 0) {
        q.exec(QStringLiteral("ROLLBACK TO parcours_%1").arg(m_savepoint));
        q.exec(QStringLiteral("RELEASE parcours_%1").arg(m_savepoint));
        depths()[m_db.connectionName()] = m_savepoint;
        return;
    }
    q.exec(QStringLiteral("ROLLBACK"));
    depths().remove(m_db.connectionName());
}

} // namespace parcours
