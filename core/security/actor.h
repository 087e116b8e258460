// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace parcours {

// What a signed-in person does at the centre; decides their permissions (permissions.h).
enum class Role {
    Administrator, // accounts, settings, audit trail, data handling (import, backup, retention)
    Manager,       // evolution figures and reports; the register read-only, no sensitive data
    Facilitator,   // project facilitator: register, trajectories, the balance (sensitive)
    Officer,       // insertion officer: register, trajectories, the balance (sensitive)
    Reception,     // the free-access log of the Space for Work only
};

// The stable codes stored in account.role: administrator, manager, facilitator, officer,
// reception.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QList<Role> allRoles();

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(Role)
public:
    static QString label(Role role); // "Administrator", "Manager", … translated
};

// Who does what through a Database: the person signed in (Kind::User), the command-line
// program (Kind::Cli) or a program-internal task (Kind::System: migrations, the login
// machinery, test fixtures). Written into every audit entry (audit_log.actor, actor_kind).
//
// A User's rights come from their role. Cli and System actors have every permission: the
// command line works on the file directly, so whoever may run it on the file already holds
// everything in it (docs/security.md says so plainly); a System actor is created only by code.
struct Actor
{
    enum class Kind { User, Cli, System };

    QString name;        // account user name, "cli:<OS user>" or "system:<task>"; unique per person
    QString displayName; // for messages and the title bar
    Role role = Role::Reception;
    Kind kind = Kind::User;
    qint64 accountId = 0; // the account row of a User, else 0

    bool isValid() const { return !name.isEmpty(); }
    bool isUser() const { return kind == Kind::User; }

    // "cli:" + the operating-system user running the program.
    static Actor cli();
    // "system:" + `task`; every permission. For program-internal work and test fixtures.
    static Actor system(const QString &task);
};

// audit_log.actor_kind: "user", "cli", "system".
QString actorKindCode(Actor::Kind kind);

} // namespace parcours
