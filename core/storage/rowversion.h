// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace parcours {

// Optimistic concurrency for what officers edit in forms (schema 0012, 0013): person, dossier,
// placement, gpmi and gpmi_evaluation rows carry row_version. A form keeps the version it
// loaded and its save writes only where the stored version is still that one; when somebody
// else saved in between, nothing is written and the save is refused with a conflict
// (Status::conflict) that says who changed the record and when, so the form can offer to
// reload it.
//
// A loaded version of 0 means "no expectation": the caller read and writes in one go (the
// command line, a service changing its own rows); then the write is not checked.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(RowVersion)
public:
    struct LastChange
    {
        QString who;  // the account's display name, else the actor as recorded (cli:…, system:…)
        QDateTime at; // UTC
    };
    // The last update of row `entityId` of `entity` recorded in the audit trail, if any.
    // `personId` (the person the row is about) lets the trail's person index answer.
    static std::optional<LastChange> lastChange(const QSqlDatabase &db, const QString &entity, qint64 entityId,
                                                qint64 personId);

    // The refusal of a stale save of `what` (e.g. "Dossier 2024/0123", already translated):
    // "Dossier 2024/0123 was changed by Marie Dubois at 14:02 after you opened it …".
    static Status conflict(const QSqlDatabase &db, const QString &what, const QString &entity, qint64 entityId,
                           qint64 personId);
    // The same sentence from a known last change (nullopt: who and when are unknown).
    static QString message(const QString &what, const std::optional<LastChange> &change,
                           const QDate &today = QDate::currentDate());

    // The stored version of a row, 0 when the row does not exist.
    static int stored(const QSqlDatabase &db, const QString &table, qint64 id);
};

} // namespace parcours
