// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/accounts.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

namespace parcours {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // once; thread-safe (magic static)
    return ready;
}

// A password as bytes, wiped when it goes out of scope.
class Secret
{
public:
    explicit Secret(const QString &text) : m_bytes(text.toUtf8()) { }
    ~Secret() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

// The hash a sign-in with an unknown name is checked against, so that it takes as long as
// one with a known name.
const QString &dummyHash()
{
    static const QString hash = [] {
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        return Accounts::hashPassword(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex()));
    }();
    return hash;
}

// "1 second", "40 seconds", "15 minutes"
QString duration(int seconds)
{
    if (seconds == 1)
        return Accounts::tr("1 second");
    if (seconds < 120)
        return Accounts::tr("%1 seconds").arg(seconds);
    return Accounts::tr("%1 minutes").arg((seconds + 59) / 60);
}

int delayFor(int failures)
{
    const int over = failures - Accounts::kFreeAttempts;
    if (over < 0)
        return 0;
    if (over >= 20)
        return Accounts::kMaxDelaySeconds;
    return std::min(1 << over, Accounts::kMaxDelaySeconds);
}

} // namespace

struct Accounts::Stored
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Reception;
    bool active = false;
    QString hash;
};

Accounts::Accounts(Database &db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

// --- rules ----------------------------------------------------------------------------------

QString Accounts::normalisedUsername(const QString &username)
{
    return username.trimmed().toLower();
}

QString Accounts::checkUsername(const QString &username)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    const QString name = normalisedUsername(username);
    if (name.isEmpty())
        return tr("The user name is required.");
    if (!form.match(name).hasMatch())
        return tr("A user name has at most 64 letters a–z, digits, dots, dashes or underscores, and starts with a "
                  "letter or a digit.");
    return {};
}

QString Accounts::checkPassword(const QString &password, const QString &username)
{
    if (password.toUcs4().size() < kMinimumPasswordLength)
        return tr("A password has at least %1 characters.").arg(kMinimumPasswordLength);
    if (password.toUtf8().size() > kMaximumPasswordBytes)
        return tr("This password is too long.");
    if (!username.isEmpty() && password.trimmed().compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return tr("The password cannot be the user name.");
    return {};
}

QString Accounts::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return {};
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool Accounts::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const Secret secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

// --- storage --------------------------------------------------------------------------------

std::optional<Accounts::Stored> Accounts::stored(const QString &username) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, active, password_hash FROM account WHERE username = ?"));
    q.addBindValue(normalisedUsername(username));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Stored s;
    s.id = q.value(0).toLongLong();
    s.username = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.role = roleFromCode(q.value(3).toString()).value_or(Role::Reception);
    s.active = q.value(4).toInt() == 1;
    s.hash = q.value(5).toString();
    return s;
}

// An Argon2id hash of the name with the database's salt: the same name always gives the
// same key, and the key does not give the name (or a password typed into the name field) back.
QString Accounts::throttleKey(const QString &username) const
{
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'login_salt'")) && q.next()) {
        const QByteArray stored = QByteArray::fromHex(q.value(0).toString().toLatin1());
        if (stored.size() == salt.size())
            salt = stored;
    }
    const Secret name(normalisedUsername(username));
    unsigned char key[32];
    if (!sodiumReady()
        || crypto_pwhash(key, sizeof key, name.data(), name.size(), reinterpret_cast<const unsigned char *>(salt.constData()),
                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
            != 0)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(key), sizeof key).toHex());
}

int Accounts::waitFor(const QString &key, const QDateTime &now) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT failures, last_failed_at FROM login_throttle WHERE name_key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return 0;
    const int delay = delayFor(q.value(0).toInt());
    if (delay == 0)
        return 0;
    const QDateTime last = parseTime(q.value(1));
    if (!last.isValid())
        return delay;
    const qint64 remainingMs = now.msecsTo(last.addSecs(delay));
    if (remainingMs <= 0)
        return 0;
    // A clock set back never lengthens the wait beyond one delay.
    return std::min(delay, int((remainingMs + 999) / 1000));
}

Status Accounts::recordFailure(const QString &key, const std::optional<Stored> &account, const QDateTime &now)
{
    QSqlDatabase sql = m_db.sql();
    Transaction tx(sql, Actor::system(QStringLiteral("login")));
    if (!tx.active())
        return tx.begun();
    const QString at = AuditTrail::timestamp(now);
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("INSERT INTO login_throttle (name_key, failures, last_failed_at) VALUES (?, 1, ?) "
                             "ON CONFLICT (name_key) DO UPDATE SET failures = login_throttle.failures + 1, "
                             "last_failed_at = excluded.last_failed_at"));
    q.addBindValue(key);
    q.addBindValue(at);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (account) {
        q.prepare(QStringLiteral("UPDATE account SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = ?"));
        q.addBindValue(at);
        q.addBindValue(account->id);
        if (!q.exec())
            return Status::failure(StorageMessages::describe(q.lastError()));
    }
    // Which account was tried, if any; never the name typed.
    if (Status s = AuditTrail::record(sql, QStringLiteral("login_failed"), QStringLiteral("account"),
                                      account ? account->id : 0, 0, {});
        !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM login_throttle WHERE last_failed_at < ?"));
    q.addBindValue(AuditTrail::timestamp(now.addDays(-1)));
    q.exec();
    return tx.commit();
}

QString Accounts::failureMessage(int failures) const
{
    QString message = tr("The user name or the password is not right.");
    if (const int delay = delayFor(failures); delay > 0)
        message += QLatin1Char(' ') + tr("The next attempt with this name is possible in %1.").arg(duration(delay));
    return message;
}

// --- sign-in ----------------------------------------------------------------------------------

bool Accounts::needsFirstAdministrator() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM account)")) && q.next() && q.value(0).toBool();
}

Result<Actor> Accounts::createFirstAdministrator(const QString &username, const QString &displayName,
                                                 const QString &password)
{
    using R = Result<Actor>;
    const QString name = normalisedUsername(username);
    if (const QString e = checkUsername(name); !e.isEmpty())
        return R::failure(e);
    if (displayName.trimmed().isEmpty())
        return R::failure(tr("The name shown is required."));
    if (const QString e = checkPassword(password, name); !e.isEmpty())
        return R::failure(e);
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return R::failure(tr("The password could not be protected (not enough memory). Nothing was saved."));

    QSqlDatabase sql = m_db.sql();
    Transaction tx(sql, Actor::system(QStringLiteral("first-run")));
    if (!tx.active())
        return R::failure(tx.error());
    if (!needsFirstAdministrator()) // checked inside the write lock: only one first administrator
        return R::failure(tr("This database already has accounts. Sign in instead."));
    const QString now = AuditTrail::timestamp(m_clock());
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("INSERT INTO account (username, display_name, role, password_hash, created_at, "
                             "password_changed_at, last_login_at) VALUES (?, ?, 'administrator', ?, ?, ?, ?)")
              + dialect::returningId(sql));
    for (const QVariant &v : {QVariant(name), QVariant(displayName.trimmed()), QVariant(hash), QVariant(now), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    Actor actor;
    actor.name = name;
    actor.displayName = displayName.trimmed();
    actor.role = Role::Administrator;
    actor.accountId = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return actor;
}

int Accounts::secondsToWait(const QString &username) const
{
    return waitFor(throttleKey(username), m_clock());
}

Result<Actor> Accounts::authenticate(const QString &username, const QString &password)
{
    using R = Result<Actor>;
    const QDateTime now = m_clock();
    const QString key = throttleKey(username);
    if (key.isEmpty())
        return R::failure(tr("Signing in is not possible right now (not enough memory)."));
    if (const int wait = waitFor(key, now); wait > 0)
        return R::failure(tr("Too many failed attempts with this name. Try again in %1.").arg(duration(wait)));

    const std::optional<Stored> account = stored(username);
    bool ok = false;
    if (account && account->active)
        ok = verifyPassword(account->hash, password);
    else
        verifyPassword(dummyHash(), password); // the same time for unknown and inactive names
    if (!ok) {
        if (Status s = recordFailure(key, account, now); !s)
            return R::failure(s.error());
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT failures FROM login_throttle WHERE name_key = ?"));
        q.addBindValue(key);
        const int failures = q.exec() && q.next() ? q.value(0).toInt() : 1;
        return R::failure(failureMessage(failures));
    }

    Actor actor;
    actor.name = account->username;
    actor.displayName = account->displayName;
    actor.role = account->role;
    actor.accountId = account->id;

    QSqlDatabase sql = m_db.sql();
    Transaction tx(sql, actor);
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(sql);
    q.prepare(QStringLiteral("DELETE FROM login_throttle WHERE name_key = ? OR last_failed_at < ?"));
    q.addBindValue(key);
    q.addBindValue(AuditTrail::timestamp(now.addDays(-1)));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    q.prepare(QStringLiteral("UPDATE account SET failed_attempts = 0, last_login_at = ? WHERE id = ?"));
    q.addBindValue(AuditTrail::timestamp(now));
    q.addBindValue(account->id);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    // Stronger parameters in a later libsodium: the hash is renewed while the password is known.
    const QByteArray hash = account->hash.toLatin1();
    if (crypto_pwhash_str_needs_rehash(hash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        if (const QString renewed = hashPassword(password); !renewed.isEmpty()) {
            q.prepare(QStringLiteral("UPDATE account SET password_hash = ? WHERE id = ?"));
            q.addBindValue(renewed);
            q.addBindValue(account->id);
            q.exec();
        }
    }
    if (Status s = AuditTrail::record(sql, QStringLiteral("login"), QStringLiteral("account"), account->id, 0, {}); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return actor;
}

bool Accounts::mustChangePassword(const Actor &actor) const
{
    if (!actor.isUser() || actor.accountId == 0)
        return false;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT must_change_password FROM account WHERE id = ?"));
    q.addBindValue(actor.accountId);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

Status Accounts::changePassword(const QString &oldPassword, const QString &newPassword)
{
    const Actor &me = m_db.actor();
    if (!me.isValid())
        return Permissions::require(me, Permission::ViewRegister); // "Nobody is signed in"
    if (!me.isUser() || me.accountId == 0)
        return Status::failure(tr("Only a person signed in with an account has a password to change."));
    const QDateTime now = m_clock();
    const QString key = throttleKey(me.name);
    if (const int wait = waitFor(key, now); wait > 0)
        return Status::failure(tr("Too many failed attempts with this name. Try again in %1.").arg(duration(wait)));
    const std::optional<Stored> account = stored(me.name);
    if (!account || !account->active || account->id != me.accountId)
        return Status::failure(tr("Your account is no longer active."));
    if (!verifyPassword(account->hash, oldPassword)) {
        if (Status s = recordFailure(key, account, now); !s)
            return s;
        return Status::failure(tr("The current password is not right."));
    }
    if (const QString e = checkPassword(newPassword, account->username); !e.isEmpty())
        return Status::failure(e);
    if (newPassword == oldPassword)
        return Status::failure(tr("The new password must differ from the current one."));
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return Status::failure(tr("The password could not be protected (not enough memory). Nothing was saved."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE account SET password_hash = ?, must_change_password = 0, password_changed_at = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(AuditTrail::timestamp(now));
    q.addBindValue(account->id);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

// --- administration ---------------------------------------------------------------------------

Status Accounts::requireManager() const
{
    return Permissions::require(m_db, Permission::ManageAccounts);
}

QList<Account> Accounts::list() const
{
    QList<Account> accounts;
    if (!requireManager())
        return accounts;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, active, must_change_password, failed_attempts, "
                               "last_failed_at, last_login_at, created_at FROM account ORDER BY username")))
        return accounts;
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.username = q.value(1).toString();
        a.displayName = q.value(2).toString();
        a.role = roleFromCode(q.value(3).toString()).value_or(Role::Reception);
        a.active = q.value(4).toInt() == 1;
        a.mustChangePassword = q.value(5).toInt() == 1;
        a.failedAttempts = q.value(6).toInt();
        a.lastFailedAt = parseTime(q.value(7));
        a.lastLoginAt = parseTime(q.value(8));
        a.createdAt = parseTime(q.value(9));
        accounts.append(a);
    }
    return accounts;
}

std::optional<Account> Accounts::account(qint64 id) const
{
    for (const Account &a : list()) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

Result<qint64> Accounts::create(const QString &username, const QString &displayName, Role role,
                                const QString &initialPassword)
{
    using R = Result<qint64>;
    if (Status allowed = requireManager(); !allowed)
        return R::failure(allowed.error());
    const QString name = normalisedUsername(username);
    if (const QString e = checkUsername(name); !e.isEmpty())
        return R::failure(e);
    if (displayName.trimmed().isEmpty())
        return R::failure(tr("The name shown is required."));
    if (const QString e = checkPassword(initialPassword, name); !e.isEmpty())
        return R::failure(e);
    if (stored(name))
        return R::failure(tr("The user name %1 is already taken.").arg(name));
    const QString hash = hashPassword(initialPassword);
    if (hash.isEmpty())
        return R::failure(tr("The password could not be protected (not enough memory). Nothing was saved."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO account (username, display_name, role, password_hash, must_change_password, "
                             "created_at) VALUES (?, ?, ?, ?, 1, ?)")
              + dialect::returningId(m_db.sql()));
    for (const QVariant &v : {QVariant(name), QVariant(displayName.trimmed()), QVariant(roleCode(role)), QVariant(hash),
                              QVariant(AuditTrail::timestamp(m_clock()))})
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Accounts::keepOneAdministrator(qint64 accountId, bool deactivating, std::optional<Role> newRole) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT role = 'administrator' AND active = 1, "
                             "(SELECT count(*) FROM account WHERE role = 'administrator' AND active = 1 AND id <> ?) "
                             "FROM account WHERE id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return Status::failure(tr("This account does not exist."));
    const bool isActiveAdministrator = q.value(0).toBool();
    const int others = q.value(1).toInt();
    const bool losesAdministrator = deactivating || (newRole && *newRole != Role::Administrator);
    if (isActiveAdministrator && losesAdministrator && others == 0)
        return Status::failure(tr("There must remain at least one active administrator. Make another account "
                                  "administrator first."));
    return Status::success();
}

Status Accounts::setActive(qint64 accountId, bool active)
{
    if (Status allowed = requireManager(); !allowed)
        return allowed;
    if (Status s = keepOneAdministrator(accountId, !active, std::nullopt); !s)
        return s;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE account SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(accountId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

Status Accounts::setRole(qint64 accountId, Role role)
{
    if (Status allowed = requireManager(); !allowed)
        return allowed;
    if (Status s = keepOneAdministrator(accountId, false, role); !s)
        return s;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE account SET role = ? WHERE id = ?"));
    q.addBindValue(roleCode(role));
    q.addBindValue(accountId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

Status Accounts::setDisplayName(qint64 accountId, const QString &displayName)
{
    if (Status allowed = requireManager(); !allowed)
        return allowed;
    if (displayName.trimmed().isEmpty())
        return Status::failure(tr("The name shown is required."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE account SET display_name = ? WHERE id = ?"));
    q.addBindValue(displayName.trimmed());
    q.addBindValue(accountId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

Status Accounts::resetPassword(qint64 accountId, const QString &newPassword)
{
    if (Status allowed = requireManager(); !allowed)
        return allowed;
    QString username;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT username FROM account WHERE id = ?"));
        q.addBindValue(accountId);
        if (!q.exec() || !q.next())
            return Status::failure(tr("This account does not exist."));
        username = q.value(0).toString();
    }
    if (const QString e = checkPassword(newPassword, username); !e.isEmpty())
        return Status::failure(e);
    const QString hash = hashPassword(newPassword);
    const QString key = throttleKey(username);
    if (hash.isEmpty() || key.isEmpty())
        return Status::failure(tr("The password could not be protected (not enough memory). Nothing was saved."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE account SET password_hash = ?, must_change_password = 1, failed_attempts = 0, "
                             "password_changed_at = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(AuditTrail::timestamp(m_clock()));
    q.addBindValue(accountId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    q.prepare(QStringLiteral("DELETE FROM login_throttle WHERE name_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

} // namespace parcours
