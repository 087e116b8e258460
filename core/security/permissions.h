// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QCoreApplication>

namespace parcours {

class Database;

// What an actor may do. Enforced in core services (Registry, DossierCsv, Accounts,
// AuditTrail, Retention, SubjectAccess, …), so the GUI and the CLI obey the same rules; the
// GUI also hides what a role may not use, but that is comfort, not protection.
//
// The matrix (✓ = allowed). Cli and System actors have every permission.
//
// | permission     | what it covers                                        | admin | manager | facilitator | officer | reception |
// |----------------|-------------------------------------------------------|:-----:|:-------:|:-----------:|:-------:|:---------:|
// | ViewRegister   | people, dossiers, trajectories (names, numbers, …)    |       |    ✓    |      ✓      |    ✓    |           |
// | EditRegister   | create and change people, dossiers, placements        |       |         |      ✓      |    ✓    |           |
// | ViewSensitive  | the socio-professional balance (health, addiction, …) |       |         |      ✓      |    ✓    |           |
// | EditSensitive  | record and change the balance                         |       |         |      ✓      |    ✓    |           |
// | ViewReports    | evolution figures, aggregate reports, their exports   |       |    ✓    |      ✓      |    ✓    |           |
// | ExportData     | person-level exports (dossier/placement CSV), backups |   ✓   |         |             |         |           |
// | ImportData     | bulk imports (dossiers, placements, figures)          |   ✓   |         |             |         |           |
// | ManageAccounts | create, deactivate accounts, reset passwords, roles   |   ✓   |         |             |         |           |
// | ManageSettings | idle lock, retention period                           |   ✓   |         |             |         |           |
// | ViewAudit      | the audit trail                                       |   ✓   |         |             |         |           |
// | FreeAccessLog  | the free-access log of the Space for Work             |       |         |      ✓      |    ✓    |     ✓     |
// | SubjectAccess  | export everything held about one person (GDPR art 15) |   ✓   |         |             |         |           |
// | Anonymise      | retention: anonymise people whose dossiers closed     |   ✓   |         |             |         |           |
// | SetTargets     | the cells' yearly targets (core/targets)              |       |    ✓    |             |         |           |
//
// Restoring a backup (File → Restore…) needs ExportData as well. The automatic backups need
// no permission (the program's own copies, BackupSet), nor does restoring from the start-up
// message of a damaged file, where nobody can sign in: whoever reaches the file can replace it.
//
// The administrator manages the program and the data as a whole but does not work in the
// register; someone who needs both gets two accounts.
enum class Permission {
    ViewRegister,
    EditRegister,
    ViewSensitive,
    EditSensitive,
    ViewReports,
    ExportData,
    ImportData,
    ManageAccounts,
    ManageSettings,
    ViewAudit,
    FreeAccessLog,
    SubjectAccess,
    Anonymise,
    SetTargets,
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QList<Permission> all();
    static bool allows(Role role, Permission permission);
    // False for an invalid (absent) actor; true for Cli and System actors.
    static bool allows(const Actor &actor, Permission permission);

    // Success when the actor of `db` may do it; otherwise the message to show, e.g. "Your role
    // (Manager) may not change dossiers." or "Nobody is signed in…".
    static Status require(const Database &db, Permission permission);
    static Status require(const Actor &actor, Permission permission);

    static QString code(Permission permission); // "view_register", … (stable, for docs and tests)
};

} // namespace parcours
