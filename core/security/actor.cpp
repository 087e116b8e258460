// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/actor.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace parcours {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Facilitator:
        return QStringLiteral("facilitator");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reception:
        return QStringLiteral("reception");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : allRoles()) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    return {Role::Administrator, Role::Manager, Role::Facilitator, Role::Officer, Role::Reception};
}

QString RoleNames::label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Manager:
        return tr("Manager");
    case Role::Facilitator:
        return tr("Project facilitator");
    case Role::Officer:
        return tr("Insertion officer");
    case Role::Reception:
        return tr("Reception");
    }
    return {};
}

QString actorKindCode(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::User:
        return QStringLiteral("user");
    case Actor::Kind::Cli:
        return QStringLiteral("cli");
    case Actor::Kind::System:
        return QStringLiteral("system");
    }
    return {};
}

Actor Actor::cli()
{
    QString user;
#ifdef Q_OS_UNIX
    // The account the process runs as, not $USER, which anyone can set.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        user = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    Actor a;
    a.name = QStringLiteral("cli:") + user;
    a.displayName = a.name;
    a.role = Role::Administrator;
    a.kind = Kind::Cli;
    return a;
}

Actor Actor::system(const QString &task)
{
    Actor a;
    a.name = QStringLiteral("system:") + task;
    a.displayName = a.name;
    a.role = Role::Administrator;
    a.kind = Kind::System;
    return a;
}

} // namespace parcours
