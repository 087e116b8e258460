// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace parcours {

class Database;

// One account as the administrator sees it; never the password hash.
struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Reception;
    bool active = true;
    bool mustChangePassword = false;
    int failedAttempts = 0; // failed sign-ins since the last successful one
    QDateTime lastFailedAt; // UTC; null when none
    QDateTime lastLoginAt;  // UTC; null when never
    QDateTime createdAt;    // UTC
};

// The accounts of one database, their passwords and sign-in.
//
// Passwords are stored only as libsodium crypto_pwhash_str strings with Argon2id
// (OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE): never in clear, never in the audit trail (the
// account trigger records "password": "changed"), never in a message or a log.
//
// Failed sign-ins slow down: from the kFreeAttempts-th failure in a row on, a name refuses
// every attempt (even the right password) for 2^(failures − kFreeAttempts) seconds, at most
// kMaxDelaySeconds. The wait is kept in the database (login_throttle) with the time of the
// last failure, so that restarting the program does not shorten it; it is counted for every
// name typed, whether an account has it or not, and the messages are the same for both, so
// that neither tells which names exist. A successful sign-in, or an administrator's password
// reset, ends it.
//
// Permissions: creating, (de)activating, changing the role of and resetting the password of
// accounts, and listing them, need ManageAccounts. The first administrator is created only
// while the database has no account at all. Everyone changes their own password.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Accounts)
public:
    static constexpr int kMinimumPasswordLength = 10;
    static constexpr int kMaximumPasswordBytes = 1024;
    static constexpr int kFreeAttempts = 3;
    static constexpr int kMaxDelaySeconds = 15 * 60;

    // Now, in UTC. Tests pass a clock of their own.
    using Clock = std::function<QDateTime()>;

    explicit Accounts(Database &db, Clock clock = {});

    // True while the database has no account: the GUI then asks for the administrator.
    bool needsFirstAdministrator() const;
    // Creates the first administrator; refused once any account exists. On success returns
    // the administrator, signed in.
    Result<Actor> createFirstAdministrator(const QString &username, const QString &displayName, const QString &password);

    // Checks the name and password. The actor to set on the Database on success; otherwise a
    // message that does not tell whether the name exists.
    Result<Actor> authenticate(const QString &username, const QString &password);
    // How long `username` must still wait before the next attempt (0 when it may try now).
    int secondsToWait(const QString &username) const;
    // After an administrator's reset the user must choose a password of their own.
    bool mustChangePassword(const Actor &actor) const;

    // The signed-in user (the Database's actor) changes their own password. A wrong old
    // password counts as a failed sign-in.
    Status changePassword(const QString &oldPassword, const QString &newPassword);

    // Administration (ManageAccounts). New accounts and reset passwords must be changed at the
    // next sign-in.
    QList<Account> list() const; // empty without ManageAccounts
    std::optional<Account> account(qint64 id) const;
    Result<qint64> create(const QString &username, const QString &displayName, Role role, const QString &initialPassword);
    Status setActive(qint64 accountId, bool active);
    Status setRole(qint64 accountId, Role role);
    Status setDisplayName(qint64 accountId, const QString &displayName);
    Status resetPassword(qint64 accountId, const QString &newPassword);

    // The rules, for the dialogs to check as the user types. Empty when fine.
    static QString checkUsername(const QString &username);
    static QString checkPassword(const QString &password, const QString &username);
    // Lower case, trimmed: how names are stored and compared.
    static QString normalisedUsername(const QString &username);

    // The Argon2id hash string of `password` ("$argon2id$v=19$m=65536,t=2,p=1$…").
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    struct Stored;
    std::optional<Stored> stored(const QString &username) const;
    QString throttleKey(const QString &username) const;
    int waitFor(const QString &key, const QDateTime &now) const;
    Status recordFailure(const QString &key, const std::optional<Stored> &account, const QDateTime &now);
    Status requireManager() const;
    Status keepOneAdministrator(qint64 accountId, bool deactivating, std::optional<Role> newRole) const;
    QString failureMessage(int failures) const;

    Database &m_db;
    Clock m_clock;
};

} // namespace parcours
