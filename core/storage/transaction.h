// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace parcours {

// A write transaction that rolls back unless committed. Every write of Parcours goes through
// one: either all of an operation lands, or none of it.
// BEGIN IMMEDIATE takes the write lock at once, so a busy database is reported at the start,
// before any work is done, and never as a deadlock half-way.
//
// It also says who writes: first thing inside the transaction it puts the actor into the
// one-row table audit_context, which the audit triggers (schema 0003) copy into every
// audit_log entry, and it empties it again just before COMMIT, so that a write made outside
// Parcours is never attributed to the last person who saved. The actor is the one of the
// Database that owns the connection (Database::setActor); without one the transaction does not
// start ("Nobody is signed in"), so no write path can write anonymously.
//
// A bulk import (Audit::BulkImport) is audited as one event instead of one entry a row: the
// transaction also sets audit_context.bulk_import, which makes the insert triggers of person,
// dossier and placement skip their row (schema 0005; updates and deletes stay audited row by
// row), and the importer records the one entry of the import with recordImport() — action
// "import", what it created and from which file. commit() refuses a bulk import that did not
// record it, so that no row can come in unaudited.
// Nesting: a Transaction begun while another one is active on the same connection (in the
// same thread) is a SAVEPOINT inside it, so that a service can call another service's write
// (e.g. the Job Table's orientation calling Trajectory::transfer) and land both or neither.
// The inner one's commit releases the savepoint, its rollback undoes only its own part; what
// lands is decided by the outermost commit. The actor is the outermost one's.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    enum class Audit { PerRow, BulkImport };

    explicit Transaction(QSqlDatabase db, Audit audit = Audit::PerRow);
    // Writes as `actor`, whoever is signed in: for the login machinery and migrations.
    Transaction(QSqlDatabase db, const Actor &actor);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not start (nobody signed in, locked by another writer,
    // read-only file…).
    bool active() const { return m_active; }
    const QString &error() const { return m_error; }
    Status begun() const { return m_active ? Status::success() : Status::failure(m_error); }

    // Bulk import only: the one audit entry of the import, as the actor of this transaction.
    // `entity` is the table imported into (dossier, placement), `details` JSON text
    // (core/interchange/importaudit.h).
    Status recordImport(const QString &entity, const QString &details);

    Status commit();
    void rollback();

private:
    void begin(const Actor &actor, Audit audit);

    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
    bool m_contextSet = false;
    bool m_bulkImport = false;
    bool m_importRecorded = false;
    int m_savepoint = 0; // > 0: a nested transaction, the savepoint's number
};

} // namespace parcours
