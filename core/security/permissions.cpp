// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/permissions.h"

#include "storage/database.h"

namespace parcours {

QList<Permission> Permissions::all()
{
    return {Permission::ViewRegister,   Permission::EditRegister,   Permission::ViewSensitive, Permission::EditSensitive,
            Permission::ViewReports,    Permission::ExportData,     Permission::ImportData,    Permission::ManageAccounts,
            Permission::ManageSettings, Permission::ViewAudit,      Permission::FreeAccessLog, Permission::SubjectAccess,
            Permission::Anonymise,      Permission::SetTargets};
}

bool Permissions::allows(Role role, Permission permission)
{
    // Keep in step with the table in permissions.h.
    switch (permission) {
    case Permission::ViewRegister:
    case Permission::ViewReports:
        return role == Role::Manager || role == Role::Facilitator || role == Role::Officer;
    case Permission::EditRegister:
    case Permission::ViewSensitive:
    case Permission::EditSensitive:
        return role == Role::Facilitator || role == Role::Officer;
    case Permission::ExportData:
    case Permission::ImportData:
    case Permission::ManageAccounts:
    case Permission::ManageSettings:
    case Permission::ViewAudit:
    case Permission::SubjectAccess:
    case Permission::Anonymise:
        return role == Role::Administrator;
    case Permission::FreeAccessLog:
        return role == Role::Facilitator || role == Role::Officer || role == Role::Reception;
    case Permission::SetTargets:
        return role == Role::Manager;
    }
    return false;
}

bool Permissions::allows(const Actor &actor, Permission permission)
{
    if (!actor.isValid())
        return false;
    if (actor.kind != Actor::Kind::User)
        return true;
    return allows(actor.role, permission);
}

Status Permissions::require(const Database &db, Permission permission)
{
    return require(db.actor(), permission);
}

Status Permissions::require(const Actor &actor, Permission permission)
{
    if (!actor.isValid())
        return Status::failure(tr("Nobody is signed in. Sign in first; nothing was done."));
    if (allows(actor, permission))
        return Status::success();
    const QString role = RoleNames::label(actor.role);
    switch (permission) {
    case Permission::ViewRegister:
        return Status::failure(tr("Your role (%1) may not see the register of people and dossiers.").arg(role));
    case Permission::EditRegister:
        return Status::failure(tr("Your role (%1) may not change dossiers.").arg(role));
    case Permission::ViewSensitive:
        return Status::failure(tr("Your role (%1) may not see the socio-professional balance.").arg(role));
    case Permission::EditSensitive:
        return Status::failure(tr("Your role (%1) may not change the socio-professional balance.").arg(role));
    case Permission::ViewReports:
        return Status::failure(tr("Your role (%1) may not see reports and figures.").arg(role));
    case Permission::ExportData:
        return Status::failure(tr("Your role (%1) may not export or back up data.").arg(role));
    case Permission::ImportData:
        return Status::failure(tr("Your role (%1) may not import data.").arg(role));
    case Permission::ManageAccounts:
        return Status::failure(tr("Your role (%1) may not manage accounts.").arg(role));
    case Permission::ManageSettings:
        return Status::failure(tr("Your role (%1) may not change the settings.").arg(role));
    case Permission::ViewAudit:
        return Status::failure(tr("Your role (%1) may not see the audit trail.").arg(role));
    case Permission::FreeAccessLog:
        return Status::failure(tr("Your role (%1) may not use the free-access log.").arg(role));
    case Permission::SubjectAccess:
        return Status::failure(tr("Your role (%1) may not export everything held about a person.").arg(role));
    case Permission::Anonymise:
        return Status::failure(tr("Your role (%1) may not anonymise people.").arg(role));
    case Permission::SetTargets:
        return Status::failure(tr("Your role (%1) may not set the yearly targets.").arg(role));
    }
    return Status::failure(tr("Your role (%1) may not do this.").arg(role));
}

QString Permissions::code(Permission permission)
{
    switch (permission) {
    case Permission::ViewRegister:
        return QStringLiteral("view_register");
    case Permission::EditRegister:
        return QStringLiteral("edit_register");
    case Permission::ViewSensitive:
        return QStringLiteral("view_sensitive");
    case Permission::EditSensitive:
        return QStringLiteral("edit_sensitive");
    case Permission::ViewReports:
        return QStringLiteral("view_reports");
    case Permission::ExportData:
        return QStringLiteral("export_data");
    case Permission::ImportData:
        return QStringLiteral("import_data");
    case Permission::ManageAccounts:
        return QStringLiteral("manage_accounts");
    case Permission::ManageSettings:
        return QStringLiteral("manage_settings");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::FreeAccessLog:
        return QStringLiteral("free_access_log");
    case Permission::SubjectAccess:
        return QStringLiteral("subject_access");
    case Permission::Anonymise:
        return QStringLiteral("anonymise");
    case Permission::SetTargets:
        return QStringLiteral("set_targets");
    }
    return {};
}

} // namespace parcours
