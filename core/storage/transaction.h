// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace parcours {

// A write transaction that rolls back unless committed. Every write of Parcours goes through
// one: either all of an operation lands, or none of it.
// BEGIN IMMEDIATE takes the write lock at once, so a busy database is reported at the start,
// before any work is done, and never as a deadlock half-way.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not start (locked by another writer, read-only file…).
    bool active() const { return m_active; }
    const QString &error() const { return m_error; }
    Status begun() const { return m_active ? Status::success() : Status::failure(m_error); }

    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace parcours
