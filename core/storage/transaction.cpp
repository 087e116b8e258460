// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace parcours {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    begin(Database::actorOfConnection(m_db.connectionName()));
}

Transaction::Transaction(QSqlDatabase db, const Actor &actor) : m_db(std::move(db))
{
    begin(actor);
}

void Transaction::begin(const Actor &actor)
{
    if (!actor.isValid()) {
        m_error = tr("Nobody is signed in. Sign in first; nothing was saved.");
        return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = StorageMessages::describe(q.lastError());
        return;
    }
    m_active = true;
    q.prepare(QStringLiteral("UPDATE audit_context SET actor = ?, actor_kind = ? WHERE id = 1"));
    q.addBindValue(actor.name);
    q.addBindValue(actorKindCode(actor.kind));
    m_contextSet = q.exec() && q.numRowsAffected() == 1;
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

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery q(m_db);
    if (m_contextSet && !q.exec(QStringLiteral("UPDATE audit_context SET actor = NULL, actor_kind = NULL WHERE id = 1"))) {
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
    return Status::success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace parcours
