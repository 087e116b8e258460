// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/rowversion.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace parcours {

std::optional<RowVersion::LastChange> RowVersion::lastChange(const QSqlDatabase &db, const QString &entity,
                                                             qint64 entityId, qint64 personId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The person's entries (audit_log_person), newest first: a few dozen rows at most.
    q.prepare(QStringLiteral("SELECT a.actor, a.at, ac.display_name FROM audit_log a "
                             "LEFT JOIN account ac ON ac.username = a.actor "
                             "WHERE a.person_id = ? AND a.entity = ? AND a.entity_id = ? "
                             "AND (a.action = 'update' OR a.action = 'create' OR a.action = 'anonymise') "
                             "ORDER BY a.id DESC LIMIT 1"));
    q.addBindValue(personId);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    LastChange change;
    change.who = q.value(2).isNull() ? q.value(0).toString() : q.value(2).toString();
    change.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    change.at.setTimeZone(QTimeZone::utc());
    return change;
}

QString RowVersion::message(const QString &what, const std::optional<LastChange> &change, const QDate &today)
{
    if (!change || !change->at.isValid())
        return tr("%1 was changed by somebody else after you opened it, so nothing was saved. Reload to see the changes.")
            .arg(what);
    const QDateTime local = change->at.toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return tr("%1 was changed by %2 at %3 after you opened it, so nothing was saved. Reload to see the changes.")
            .arg(what, change->who, time);
    // Core writes days as ISO dates; the interface shows them in its own format.
    return tr("%1 was changed by %2 on %3 at %4 after you opened it, so nothing was saved. Reload to see the changes.")
        .arg(what, change->who, local.date().toString(Qt::ISODate), time);
}

Status RowVersion::conflict(const QSqlDatabase &db, const QString &what, const QString &entity, qint64 entityId,
                            qint64 personId)
{
    return Status::conflict(message(what, lastChange(db, entity, entityId, personId)));
}

int RowVersion::stored(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace parcours
