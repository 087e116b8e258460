// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/balancestore.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/trajectory.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

QJsonObject parse(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

BalanceStore::VersionInfo infoFrom(const QSqlQuery &q)
{
    BalanceStore::VersionInfo info;
    info.id = q.value(0).toLongLong();
    info.number = q.value(1).toInt();
    info.savedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    info.savedAt.setTimeSpec(Qt::UTC);
    info.author = q.value(3).toString();
    info.authorName = q.value(4).toString();
    if (!q.value(5).isNull())
        info.orientation = cellFromCode(q.value(5).toString());
    return info;
}

const QString kInfoColumns = QStringLiteral("id, version, saved_at, author, author_name, orientation");

} // namespace

BalanceStore::BalanceStore(Database &db) : m_db(db) { }

QList<BalanceStore::VersionInfo> BalanceStore::versions(qint64 dossierId) const
{
    QList<VersionInfo> list;
    if (!Permissions::require(m_db, Permission::ViewRegister))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kInfoColumns + QStringLiteral(" FROM balance_version WHERE dossier_id = ? ORDER BY version"));
    q.addBindValue(dossierId);
    if (q.exec()) {
        while (q.next())
            list.append(infoFrom(q));
    }
    return list;
}

Result<BalanceStore::Version> BalanceStore::version(qint64 dossierId, int number)
{
    using R = Result<Version>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    const bool maySeeSensitive = Permissions::allows(m_db.actor(), Permission::ViewSensitive);
    QSqlQuery q(m_db.sql());
    const QString which = number > 0 ? QStringLiteral("version = ?")
                                     : QStringLiteral("version = (SELECT max(version) FROM balance_version WHERE dossier_id = ?)");
    q.prepare(QStringLiteral("SELECT ") + kInfoColumns
              + QStringLiteral(", document, sensitive, (SELECT person_id FROM dossier WHERE id = dossier_id) "
                               "FROM balance_version WHERE dossier_id = ? AND ")
              + which);
    q.addBindValue(dossierId);
    q.addBindValue(number > 0 ? QVariant(number) : QVariant(dossierId));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (!q.next()) {
        if (number > 0)
            return R::failure(tr("This dossier has no version %1 of the balance.").arg(number));
        return R::failure(tr("No balance has been recorded for this dossier yet."));
    }
    Version v;
    v.info = infoFrom(q);
    const bool hasSensitive = !q.value(7).isNull();
    v.balance = BalanceRules::fromJson(parse(q.value(6)), maySeeSensitive ? parse(q.value(7)) : QJsonObject());
    v.balance.sensitiveHidden = hasSensitive && !maySeeSensitive;
    const qint64 personId = q.value(8).toLongLong();
    q.finish();
    if (hasSensitive && maySeeSensitive) {
        // Special categories of data: who read them, and when, is part of the evidence.
        if (Status s = AuditTrail(m_db).recordView(personId, QStringLiteral("balance version %1, sensitive obstacles").arg(v.info.number),
                                                   QStringLiteral("balance_version"), v.info.id);
            !s)
            return R::failure(s.error());
    }
    return v;
}

Result<int> BalanceStore::save(qint64 dossierId, const Balance &balance, FieldErrors *errors)
{
    using R = Result<int>;
    if (Status allowed = Permissions::require(m_db, Permission::EditSensitive); !allowed)
        return R::failure(allowed.error());
    if (balance.sensitiveHidden)
        return R::failure(tr("This balance was read without its health, addiction and criminal-record part, so saving "
                             "it would lose that part. Nothing was saved."));
    const FieldErrors problems = BalanceRules::check(balance);
    if (errors)
        *errors = problems;
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : problems)
            messages << e.message;
        return R::failure(tr("The balance was not saved: %1").arg(messages.join(QLatin1Char(' '))));
    }
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM dossier WHERE id = ?), "
                             "(SELECT document FROM balance_version WHERE dossier_id = ? ORDER BY version DESC LIMIT 1), "
                             "(SELECT sensitive FROM balance_version WHERE dossier_id = ? ORDER BY version DESC LIMIT 1), "
                             "(SELECT coalesce(max(version), 0) FROM balance_version WHERE dossier_id = ?)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(dossierId);
    if (!q.exec() || !q.next())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (q.value(0).toInt() == 0)
        return R::failure(tr("There is no dossier number %1 in the register (it may have been removed).").arg(dossierId));
    const int latest = q.value(3).toInt();
    const QJsonObject general = BalanceRules::toJson(balance);
    const QJsonObject sensitive = BalanceRules::sensitiveToJson(balance);
    if (latest > 0 && parse(q.value(1)) == general && parse(q.value(2)) == sensitive)
        return R::failure(tr("Nothing changed since version %1 of the balance; no new version was saved.").arg(latest));
    q.finish();

    QSqlQuery insert(m_db.sql());
    insert.prepare(QStringLiteral("INSERT INTO balance_version (dossier_id, version, saved_at, author, author_name, orientation, "
                                  "document, sensitive) VALUES (?,?,?,?,?,?,?,?)"));
    insert.addBindValue(dossierId);
    insert.addBindValue(latest + 1);
    insert.addBindValue(AuditTrail::timestamp(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(m_db.actor().name);
    insert.addBindValue(m_db.actor().displayName.isEmpty() ? m_db.actor().name : m_db.actor().displayName);
    insert.addBindValue(balance.orientation ? QVariant(cellCode(*balance.orientation)) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(compact(general));
    insert.addBindValue(sensitive.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(sensitive)));
    if (!insert.exec())
        return R::failure(StorageMessages::describe(insert.lastError()));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return latest + 1;
}

Result<QList<FieldComparison>> BalanceStore::compare(qint64 dossierId, int a, int b)
{
    using R = Result<QList<FieldComparison>>;
    auto older = version(dossierId, a);
    if (!older)
        return R::failure(older.error());
    auto newer = version(dossierId, b);
    if (!newer)
        return R::failure(newer.error());
    return BalanceRules::compare(older->balance, newer->balance);
}

Result<qint64> BalanceStore::referToOrientation(qint64 dossierId, int number, const QDate &day, const QString &officer)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("The referral needs a valid day."));
    auto v = version(dossierId, number);
    if (!v)
        return R::failure(v.error());
    if (!v->balance.orientation)
        return R::failure(tr("Version %1 of the balance has no orientation yet: choose one and save the balance first.")
                              .arg(v->info.number));
    const Cell cell = *v->balance.orientation;
    const QString reason = tr("Orientation of the socio-professional balance (version %1)").arg(v->info.number);
    Trajectory trajectory(m_db);
    const std::optional<Placement> current = trajectory.placementOn(dossierId, day);
    if (current && current->cell == cell)
        return R::failure(tr("The dossier is already in %1 on %2.").arg(cellLabel(cell), day.toString(Qt::ISODate)));
    if (current && current->start < day)
        return trajectory.transfer(dossierId, cell, day, officer, reason);
    return trajectory.refer(dossierId, cell, day, officer, reason, v->balance.orientationNote);
}

} // namespace parcours
