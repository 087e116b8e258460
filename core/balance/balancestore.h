// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "balance/balance.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace parcours {

class Database;

// The versions of the socio-professional balance of each dossier (schema 0006).
//
// save() never changes a stored version: it adds the next one (1, 2, …) with the time and the
// author, in one transaction; the database refuses any later change to a version.
//
// Permissions (security/permissions.h): listing versions and reading a balance needs
// ViewRegister; the sensitive obstacles (health, mental health, addiction, criminal record)
// are read only with ViewSensitive — without it they are left out and the Balance says so
// (sensitiveHidden) — and every reading of them is recorded in the audit trail. Saving needs
// EditSensitive. Referring to the orientation needs EditRegister (Trajectory checks it).
class BalanceStore
{
    Q_DECLARE_TR_FUNCTIONS(BalanceStore)
public:
    explicit BalanceStore(Database &db);

    struct VersionInfo
    {
        qint64 id = 0;
        int number = 0;
        QDateTime savedAt; // UTC
        QString author;    // the actor's name
        QString authorName; // display name at the time
        std::optional<Cell> orientation;
    };
    struct Version
    {
        VersionInfo info;
        Balance balance;
    };

    // The versions of a dossier's balance, oldest first.
    QList<VersionInfo> versions(qint64 dossierId) const;
    // One version (number ≥ 1), or the latest when number is 0. Reading sensitive obstacles
    // records a view in the audit trail (its own small transaction: call outside another one).
    Result<Version> version(qint64 dossierId, int number = 0);

    // Saves `balance` as the next version of the dossier's balance; returns its number. Refused
    // (nothing written) when the balance breaks a rule (`errors` receives the fields), when
    // nothing changed since the latest version, or when the balance was read without its
    // sensitive part.
    Result<int> save(qint64 dossierId, const Balance &balance, FieldErrors *errors = nullptr);

    // Side by side: version a (older) against version b. Both must exist.
    Result<QList<FieldComparison>> compare(qint64 dossierId, int a, int b);

    // Turns the orientation of version `number` (0 = the latest) into the referral in the
    // trajectory, on `day`, under the trajectory's rules: when another cell covers `day` the
    // dossier is transferred (that placement ends the day before), else it is referred. One
    // transaction (Trajectory's). Refused when the version has no orientation, when the
    // dossier is already in that cell on `day`, or when a rule of the trajectory says no.
    // Returns the id of the new placement.
    Result<qint64> referToOrientation(qint64 dossierId, int number, const QDate &day, const QString &officer);

private:
    Database &m_db;
};

} // namespace parcours
