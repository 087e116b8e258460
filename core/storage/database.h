// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

namespace parcours {

// One open Parcours database: a SQLite file (the default, one PC) or a PostgreSQL database on
// a server (a centre with many PCs), named by a URL postgresql://user@host:port/dbname.
// SQLite: WAL journal, foreign keys on, synchronous FULL (a power cut must never cost an
// acknowledged save; the few milliseconds per commit are worth it for a program that records
// people's history).
//
// Opening is careful: it never creates a file where a remembered one vanished, never
// migrates a file it does not recognise, and refuses newer schemas, foreign files and
// truncated files with a message and without changing a byte. On a server the same holds
// for the database: an empty one is initialised only in CreateIfMissing mode, one holding
// other tables is refused, and a migration is one transaction that lands whole or not at all.
// The password of a server is never part of the URL (it would show on the command line and
// in the list of recent databases): it comes from PARCOURS_DB_PASSWORD, from libpq's own
// PGPASSWORD or password file (~/.pgpass, PGPASSFILE), or from Options::askPassword.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // PRAGMA application_id of every Parcours file: "PaRc".
    static constexpr int kApplicationId = 0x50615263;

    enum class Mode {
        CreateIfMissing, // first start, File → New, `parcours-cli init`
        MustExist,       // a remembered or named file: never replaced by an empty one
    };
    struct Options
    {
        Mode mode = Mode::MustExist;
        int busyTimeoutMs = 5000; // how long to wait for another writer before giving up
        // Asked for the password of a server when none of the usual places had one (or it was
        // refused): gets the URL, returns the password, or an empty string to give up.
        std::function<QString(const QString &url)> askPassword = {};
        // A server's password typed in a connection dialog: tried first, before
        // PARCOURS_DB_PASSWORD and libpq's own sources. Never stored by the core.
        QString password = {};
        // For a database that is only read and must stay exactly as it is (the source of a
        // copy, storage/databasecopy.h): an older schema is refused instead of upgraded, and
        // neither opening nor closing refreshes the planner statistics.
        bool leaveUnchanged = false;
    };

    // Whether `location` names a database on a server (postgresql:// or postgres://) rather
    // than a file.
    static bool isServerUrl(const QString &location);

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;
    // The file's absolute path, or the server URL (never with a password).
    const QString &path() const { return m_path; }
    bool isServer() const { return m_server; }

    // Who works through this database from now on: the person who signed in (GUI), the CLI
    // (Actor::cli()), or a System actor. Every write Transaction on this connection writes it
    // into the audit context, and core services check its permissions (permissions.h). A
    // Database without an actor reads nothing of the register and writes nothing: a fresh
    // Database has none, unless setProcessActor() gave one.
    void setActor(const Actor &actor);
    void clearActor() { setActor(Actor()); }
    const Actor &actor() const { return m_actor; }
    // The actor of the Database that owns the connection `connectionName`; invalid if none.
    // (Transaction knows only its QSqlDatabase.)
    static Actor actorOfConnection(const QString &connectionName);
    // Every Database opened later in this process starts with `actor` (an invalid Actor turns
    // this off). For programs that act as one actor from start to end: parcours-cli, test
    // programs, benchmarks, the screenshot renderer. Never in the desktop program, where the
    // actor is whoever signed in.
    static void setProcessActor(const Actor &actor);
    // Things the user should know that did not stop the opening (network drive, …).
    const QStringList &warnings() const { return m_warnings; }
    // The consistent copy written before this open migrated the file, or empty.
    const QString &preMigrationCopy() const { return m_preMigrationCopy; }
    bool wasCreated() const { return m_created; }

    // Whether this file is known to be damaged (storage/damage.h says how that becomes known)
    // and, if so, the message every refused write gives: it says to restore the latest backup.
    // A damaged database can still be read, so that what it holds can be looked at.
    bool isDamaged() const { return !damage().isEmpty(); }
    QString damage() const;
    // Looks again whether this file is damaged when SQLite reported a damaged page somewhere
    // in this process since it was last looked at (one PRAGMA quick_check then; nothing
    // otherwise, so it may be called often). Returns isDamaged().
    bool recheckDamage();

    // Refreshes the statistics the query planner reads (a sample, fast): call after bulk
    // writes (imports, demo data) so that searches keep using the right index.
    void refreshStatistics();

    int schemaVersion() const;
    static int latestSchemaVersion();

    // A complete, verified copy at `target`, written while others may use the database.
    // Written to a temporary name, checked, flushed to disk, then renamed: on failure no
    // partial file is left and an existing file of that name is untouched.
    Status backupTo(const QString &target) const;

    struct CheckReport
    {
        bool ok = true;
        QStringList problems; // one line each, empty when ok
    };
    // PRAGMA integrity_check and foreign_key_check.
    CheckReport check() const;

    // The migrations for tests of the migration machinery: file name → SQL text.
    struct Migration
    {
        int version;
        QString name;
        QString sql;
    };
    static QList<Migration> builtInMigrations();
    // Test hook: open with another list of migrations (e.g. a deliberately broken one).
    static Result<std::unique_ptr<Database>> openWithMigrations(const QString &path, const Options &options,
                                                                const QList<Migration> &migrations);

private:
    // Automatic backups are the program's own safety copies, made whoever is signed in.
    friend class BackupSet;
    Database() = default;
    static Result<std::unique_ptr<Database>> openServer(const QString &url, const Options &options,
                                                        const QList<Migration> &migrations);
    Status migrate(const QList<Migration> &migrations);
    Status migrateServer(const QList<Migration> &migrations);
    void registerActor();
    CheckReport checkServer() const;
    static QString newConnectionName();
    static QString olderSchemaRefusal(const QString &shown, int version, int latest);
    Status writeCopy(const QString &target) const;
    QString m_connection;
    Actor m_actor;
    QString m_path;
    QStringList m_warnings;
    QString m_preMigrationCopy;
    bool m_created = false;
    bool m_server = false;
    bool m_leaveUnchanged = false;
};

// Splits a migration file into statements; a CREATE TRIGGER … END; stays one statement.
QStringList splitSqlStatements(const QString &script);

} // namespace parcours
