// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: opening, migrating and checking (the file side is
// database.cpp). The SQL of the schema is translated from the SQLite migrations
// (storage/pgschema.h); the version lives in the table parcours_meta instead of SQLite's
// PRAGMA user_version and application_id.
#include "storage/database.h"

#include "storage/pgschema.h"
#include "storage/serveraddress.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// Whether asking the password again may help.
bool passwordProblem(const QSqlError &error)
{
    const QString text = error.text();
    const ServerProbe::Outcome outcome = ServerProbe::classify(text);
    return outcome == ServerProbe::Outcome::WrongPassword || outcome == ServerProbe::Outcome::PasswordNeeded
        || text.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &location, const Options &options,
                                                       const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> parsed = ServerAddress::parse(location);
    if (!parsed)
        return R::failure(parsed.error());
    const ServerAddress &address = parsed.value();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;

    std::unique_ptr<Database> db(new Database);
    db->m_server = true;
    db->m_leaveUnchanged = options.leaveUnchanged;
    db->m_path = address.url();
    const QString shown = db->m_path;
    db->m_connection = newConnectionName();
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connection);
    if (!sql.isValid())
        return R::failure(tr("This installation cannot reach database servers: Qt's PostgreSQL driver is missing "
                             "(Debian: libqt6sql6-psql)."));
    sql.setHostName(address.host);
    sql.setPort(address.port);
    sql.setDatabaseName(address.database);
    sql.setUserName(address.user);
    // Without a password here, libpq looks in PGPASSWORD and the password file itself.
    sql.setPassword(options.password.isEmpty() ? qEnvironmentVariable("PARCOURS_DB_PASSWORD") : options.password);
    sql.setConnectOptions(address.connectOptions());
    bool opened = sql.open();
    if (!opened && passwordProblem(sql.lastError()) && options.askPassword) {
        const QString password = options.askPassword(shown);
        if (!password.isEmpty()) {
            sql.setPassword(password);
            opened = sql.open();
        }
    }
    if (!opened) {
        // Which of the usual causes it is (wrong password, unknown host…), in the user's words.
        ServerProbe failure;
        failure.detail = sql.lastError().text().trimmed();
        failure.outcome = ServerProbe::classify(failure.detail);
        return R::failure(tr("The database %1 cannot be opened: %2").arg(shown, failure.message(address)));
    }

    // A writer that waits for another one's rows gives up after the same time as on SQLite
    // (StorageMessages reports it as busy). Notices (IF EXISTS…) are not for the user.
    for (const QString &setting : {QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs),
                                   QStringLiteral("SET client_min_messages = warning"),
                                   QStringLiteral("SET TIME ZONE 'UTC'")}) {
        QSqlQuery q(sql);
        if (!q.exec(setting))
            return R::failure(tr("The database %1 cannot be used: %2").arg(shown, q.lastError().text()));
    }

    const bool known = scalar(sql, QStringLiteral("SELECT to_regclass('parcours_meta') IS NOT NULL")).toBool();
    int version = 0;
    if (known) {
        QSqlQuery meta(sql);
        if (!meta.exec(QStringLiteral("SELECT application_id, schema_version FROM parcours_meta")) || !meta.next()
            || meta.value(0).toLongLong() != kApplicationId)
            return R::failure(tr("%1 is not a Parcours database (it belongs to another program). It was not changed.").arg(shown));
        version = meta.value(1).toInt();
    } else {
        const int tables = scalar(sql, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).toInt();
        if (tables > 0)
            return R::failure(tr("%1 is not a Parcours database (it holds tables of another program). It was not changed.").arg(shown));
        if (options.mode == Mode::MustExist)
            return R::failure(tr("The database %1 on the server is empty. Set it up first with \"parcours-cli init --db %1\" "
                                 "or File → New.").arg(shown));
        db->m_created = true;
    }
    if (version > latest)
        return R::failure(tr("The database %1 was written by a newer version of Parcours (schema %2; this version "
                             "knows up to %3). It was not changed. Install the newer version to open it.")
                              .arg(shown)
                              .arg(version)
                              .arg(latest));
    if (version < latest && options.leaveUnchanged && !db->m_created)
        return R::failure(olderSchemaRefusal(shown, version, latest));
    if (version < latest) {
        if (Status s = db->migrateServer(migrations); !s)
            return R::failure(s.error());
    }

    // Who writes is per connection: each session gets its own audit_context row, a temporary
    // table that hides the shared one from the triggers (temporary tables come first in the
    // search path). Writers of different PCs then never queue on one row; a write made
    // outside Parcours (psql) still finds the shared, empty row and is recorded as 'unknown'.
    // The shared table's triggers (it cannot be emptied) are put on the session's too.
    QStringList session{QStringLiteral("CREATE TEMPORARY TABLE audit_context (LIKE public.audit_context INCLUDING DEFAULTS "
                                       "INCLUDING CONSTRAINTS INCLUDING INDEXES)"),
                        QStringLiteral("INSERT INTO pg_temp.audit_context (id) VALUES (1)")};
    {
        QSqlQuery triggers(sql);
        if (!triggers.exec(QStringLiteral("SELECT pg_get_triggerdef(oid) FROM pg_trigger "
                                          "WHERE tgrelid = 'public.audit_context'::regclass AND NOT tgisinternal")))
            return R::failure(tr("The database %1 cannot be used: %2").arg(shown, triggers.lastError().text()));
        while (triggers.next())
            session << triggers.value(0).toString().replace(QLatin1String(" ON public.audit_context "),
                                                            QLatin1String(" ON pg_temp.audit_context "));
    }
    session << QStringLiteral("DISCARD PLANS");
    for (const QString &statement : std::as_const(session)) {
        QSqlQuery q(sql);
        if (!q.exec(statement))
            return R::failure(tr("The database %1 cannot be used: %2").arg(shown, q.lastError().text()));
    }
    db->registerActor();
    return R(std::move(db));
}

Status Database::migrateServer(const QList<Migration> &migrations)
{
    QSqlDatabase sql = this->sql();
    Transaction tx(sql, Actor::system(QStringLiteral("migration")));
    if (!tx.active())
        return Status::failure(tx.error());
    const auto run = [&](const QString &statement, const Migration *m) -> Status {
        QSqlQuery q(sql);
        if (q.exec(statement))
            return Status::success();
        const QString why = q.lastError().text();
        if (!m)
            return Status::failure(tr("The database could not be upgraded: %1. It was left as it was.").arg(why));
        return Status::failure(tr("The database could not be upgraded to schema %1 (%2): %3. It was left as it was.")
                                   .arg(m->version)
                                   .arg(m->name, why));
    };
    // Several PCs may start a new version at once: one migrates, the others wait, then find
    // the work done. All migrations are one transaction (PostgreSQL's DDL is transactional).
    if (Status s = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId), nullptr); !s)
        return s;
    int current = 0;
    if (scalar(sql, QStringLiteral("SELECT to_regclass('parcours_meta') IS NOT NULL")).toBool()) {
        current = scalar(sql, QStringLiteral("SELECT schema_version FROM parcours_meta")).toInt();
    } else {
        for (const QString &statement :
             {QStringLiteral("CREATE TABLE parcours_meta (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL)"),
              QStringLiteral("INSERT INTO parcours_meta VALUES (%1, 0)").arg(kApplicationId)}) {
            if (Status s = run(statement, nullptr); !s)
                return s;
        }
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        const auto translated = PgSchema::translateScript(m.sql);
        if (!translated)
            return Status::failure(tr("The database could not be upgraded to schema %1 (%2): %3. It was left as it was.")
                                       .arg(m.version)
                                       .arg(m.name, translated.error()));
        for (const QString &statement : translated.value()) {
            if (Status s = run(statement, &m); !s)
                return s;
        }
        if (Status s = run(QStringLiteral("UPDATE parcours_meta SET schema_version = %1").arg(m.version), &m); !s)
            return s;
    }
    return tx.commit();
}

Database::CheckReport Database::checkServer() const
{
    // The server keeps its own pages consistent and enforces foreign keys on every write;
    // what Parcours can check is that its audit machinery is all there.
    CheckReport report;
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                               "WHERE NOT t.tgisinternal AND t.tgenabled = 'D'"))
        || !q.next()) {
        report.ok = false;
        report.problems << tr("The check could not run: %1").arg(q.lastError().text());
        return report;
    }
    if (const int disabled = q.value(0).toInt(); disabled > 0)
        report.problems << tr("%n trigger(s) of the audit trail are disabled.", nullptr, disabled);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace parcours
