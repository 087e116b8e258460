// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/audittrail.h"

#include "interchange/csvreader.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// The UTC timestamp of the start of a local calendar day.
QString localDayStart(const QDate &day)
{
    return AuditTrail::timestamp(QDateTime(day, QTime(0, 0)).toUTC());
}

Where whereClause(const AuditTrail::Filter &f)
{
    QStringList parts;
    QVariantList values;
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        values << localDayStart(f.from);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        values << localDayStart(f.to.addDays(1));
    }
    const auto exact = [&](const QString &column, const QVariant &value) {
        parts << column + QStringLiteral(" = ?");
        values << value;
    };
    if (!f.actor.isEmpty())
        exact(QStringLiteral("actor"), f.actor);
    if (!f.entity.isEmpty())
        exact(QStringLiteral("entity"), f.entity);
    if (!f.action.isEmpty())
        exact(QStringLiteral("action"), f.action);
    if (f.personId != 0)
        exact(QStringLiteral("person_id"), f.personId);
    return {parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND ")), values};
}

const QString kColumns = QStringLiteral("id, at, actor, actor_kind, action, entity, entity_id, person_id, details");

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.actor = q.value(2).toString();
    e.actorKind = q.value(3).toString();
    e.action = q.value(4).toString();
    e.entity = q.value(5).toString();
    e.entityId = q.value(6).toLongLong();
    e.personId = q.value(7).toLongLong();
    e.details = q.value(8).toString();
    return e;
}

QVariant idValue(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

AuditTrail::AuditTrail(Database &db) : m_db(db) { }

QString AuditTrail::timestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

Result<QList<AuditEntry>> AuditTrail::entries(const Filter &filter, int offset, int limit) const
{
    using R = Result<QList<AuditEntry>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewAudit); !allowed)
        return R::failure(allowed.error());
    const Where where = whereClause(filter);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") + where.sql
              + (filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id"))
              + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    QList<AuditEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<int> AuditTrail::count(const Filter &filter) const
{
    if (Status allowed = Permissions::require(m_db, Permission::ViewAudit); !allowed)
        return Result<int>::failure(allowed.error());
    const Where where = whereClause(filter);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + where.sql);
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<int>::failure(StorageMessages::describe(q.lastError()));
    return q.value(0).toInt();
}

QStringList AuditTrail::actors() const
{
    QStringList list;
    if (!Permissions::allows(m_db.actor(), Permission::ViewAudit))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")))
        while (q.next())
            list << q.value(0).toString();
    return list;
}

QStringList AuditTrail::entities() const
{
    QStringList list;
    if (!Permissions::allows(m_db.actor(), Permission::ViewAudit))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity")))
        while (q.next())
            list << q.value(0).toString();
    return list;
}

Status AuditTrail::writeCsv(const Filter &filter, QIODevice &out)
{
    if (Status s = recordRead(filter); !s)
        return s;
    const Where where = whereClause(filter);
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log") + where.sql
              + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : where.values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    const auto write = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    if (!write(CsvReader::formatRow(kColumns.split(QStringLiteral(", ")))))
        return Status::failure(tr("The audit trail could not be written: %1").arg(out.errorString()));
    QStringList fields;
    while (q.next()) {
        fields.clear();
        for (int c = 0; c < 9; ++c)
            fields << q.value(c).toString();
        if (!write(CsvReader::formatRow(fields)))
            return Status::failure(tr("The audit trail could not be written: %1").arg(out.errorString()));
    }
    if (q.lastError().isValid())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return Status::success();
}

Status AuditTrail::recordRead(const Filter &filter)
{
    if (Status allowed = Permissions::require(m_db, Permission::ViewAudit); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QJsonObject what{{QStringLiteral("what"), QStringLiteral("audit trail read")}};
    if (filter.from.isValid())
        what.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        what.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.actor.isEmpty())
        what.insert(QStringLiteral("actor"), filter.actor);
    if (!filter.entity.isEmpty())
        what.insert(QStringLiteral("entity"), filter.entity);
    if (Status s = record(m_db.sql(), QStringLiteral("view"), QStringLiteral("audit_log"), 0, filter.personId,
                          QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

Status AuditTrail::recordView(qint64 personId, const QString &what, const QString &entity, qint64 entityId)
{
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    const QJsonObject details{{QStringLiteral("what"), what}};
    if (Status s = record(m_db.sql(), QStringLiteral("view"), entity, entityId != 0 ? entityId : personId, personId,
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    return tx.commit();
}

Status AuditTrail::record(QSqlDatabase sql, const QString &action, const QString &entity, qint64 entityId,
                          qint64 personId, const QString &details)
{
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, actor_kind, action, entity, entity_id, person_id, details) "
                             "SELECT ?, coalesce(actor, 'unknown'), coalesce(actor_kind, 'unknown'), ?, ?, ?, ?, ? "
                             "FROM audit_context"));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(idValue(entityId));
    q.addBindValue(idValue(personId));
    q.addBindValue(details.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(details));
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The audit trail of this database is damaged (no audit context). Nothing was saved."));
    return Status::success();
}

} // namespace parcours
