// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/settings.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

Settings::Settings(Database &db) : m_db(db) { }

int Settings::number(const char *key, int fallback, int min, int max) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return fallback;
    bool ok = false;
    const int value = q.value(0).toString().toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

Status Settings::setNumber(const char *key, int value)
{
    if (Status allowed = Permissions::require(m_db, Permission::ManageSettings); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(QString::number(value));
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

int Settings::idleLockMinutes() const
{
    return number("idle_lock_minutes", kDefaultIdleLockMinutes, kMinIdleLockMinutes, kMaxIdleLockMinutes);
}

Status Settings::setIdleLockMinutes(int minutes)
{
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return Status::failure(tr("The idle time before locking lies between %1 and %2 minutes.")
                                   .arg(kMinIdleLockMinutes)
                                   .arg(kMaxIdleLockMinutes));
    return setNumber("idle_lock_minutes", minutes);
}

int Settings::retentionYears() const
{
    return number("retention_years", kDefaultRetentionYears, kMinRetentionYears, kMaxRetentionYears);
}

Status Settings::setRetentionYears(int years)
{
    if (years < kMinRetentionYears || years > kMaxRetentionYears)
        return Status::failure(tr("The retention period lies between %1 and %2 years.")
                                   .arg(kMinRetentionYears)
                                   .arg(kMaxRetentionYears));
    return setNumber("retention_years", years);
}

} // namespace parcours
