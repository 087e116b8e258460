// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

class QIODevice;

namespace parcours {

class Database;

// One row of audit_log (schema 0003).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;     // user name, "cli:<OS user>", "system:<task>" or "unknown"
    QString actorKind; // user, cli, system, unknown
    QString action;    // create, update, delete, view, login, login_failed, anonymise
    QString entity;    // the table: person, dossier, placement, account, setting, audit_log
    qint64 entityId = 0;
    qint64 personId = 0; // 0 = not about a person
    QString details;     // JSON: new values, {"column": [old, new]}, old values, {"what": …}
};

// The audit trail: who created, changed, deleted or looked at what, and when.
//
// Creations, changes and deletions are written by triggers in the database (every write path
// gets them for free, see schema 0003). What the database cannot see is written here: the
// opening of person data (recordView), sign-ins (Accounts). The trail cannot be changed or
// deleted through the database. Reading it needs the ViewAudit permission.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    explicit AuditTrail(Database &db);

    struct Filter
    {
        QDate from;       // local calendar days, both included; null = open
        QDate to;
        QString actor;    // exact; empty = all
        QString entity;   // exact table name; empty = all
        QString action;   // exact; empty = all
        qint64 personId = 0; // 0 = all
        bool newestFirst = false;
    };

    // One page of entries matching `filter` (the database filters and pages). Needs ViewAudit.
    Result<QList<AuditEntry>> entries(const Filter &filter, int offset, int limit) const;
    Result<int> count(const Filter &filter) const;
    // The distinct actors and entities in the trail, sorted: for the filter lists of the view.
    QStringList actors() const;
    QStringList entities() const;

    // Writes the entries matching `filter`, oldest first, as CSV (UTF-8, comma, header row:
    // id, at, actor, actor_kind, action, entity, entity_id, person_id, details), `at` in UTC
    // ISO 8601. Needs ViewAudit. Reading the trail is itself recorded (a view of audit_log).
    Status writeCsv(const Filter &filter, QIODevice &out);
    // Records that the current actor read the entries matching `filter` (a view of
    // audit_log): the trail holds old and new values of person data. writeCsv() does it itself.
    Status recordRead(const Filter &filter);

    // Records that the current actor looked at `what` ("dossier form", "subject access
    // export", …) of the person `personId`; `entity`/`entityId` name the row opened, default
    // the person. Its own small transaction: call it after the data was read, not inside
    // another transaction (use record() there).
    Status recordView(qint64 personId, const QString &what, const QString &entity = QStringLiteral("person"),
                      qint64 entityId = 0);

    // Adds an entry as the actor of the current transaction (audit_context); for core code
    // that is already inside a Transaction on `sql`. `details` must be JSON text or empty.
    static Status record(QSqlDatabase sql, const QString &action, const QString &entity, qint64 entityId,
                         qint64 personId, const QString &details);

    // UTC timestamp as stored: 2024-03-05T14:02:11.123Z.
    static QString timestamp(const QDateTime &utc);

private:
    Database &m_db;
};

} // namespace parcours
