// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace parcours {

// Where a database on a PostgreSQL server is: the fields of the URL
// postgresql://user@host:port/database?sslmode=…&sslrootcert=… that `--db` takes and the
// GUI's connection dialog fills in. It never holds a password: parse() refuses a URL that
// carries one (it would show on command lines and in the list of recent servers) and never
// repeats it in its message.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    static constexpr int kDefaultPort = 5432;

    // libpq's sslmode. Unset: libpq's own default ("prefer": encrypted when the server
    // offers it, without checking whose certificate it is).
    enum class Tls {
        Unset,
        Disable,    // no encryption: only for a server on this PC (loopback)
        Allow,
        Prefer,
        Require,    // always encrypted
        VerifyCa,
        VerifyFull, // encrypted, and the certificate must be signed by the CA and name the host
    };

    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    Tls tls = Tls::Unset;
    QString caFile; // sslrootcert: the CA that signed the server's certificate (verify-*)
    // Other libpq settings the URL named (connect_timeout, application_name, sslcert, …), kept
    // as given so that url() gives them back.
    QList<QPair<QString, QString>> extra;

    // postgresql:// or postgres://, a host, an optional port (1–65535), one database name, and
    // only the settings libpq documents for a client that Parcours lets through.
    static Result<ServerAddress> parse(const QString &url);
    // Whether the fields make a usable address; the message names the field and why.
    Status validate() const;
    // The URL form, without a password; sslmode only when set.
    QString url() const;
    // The options for QSqlDatabase::setConnectOptions (QPSQL): libpq keywords separated by
    // ';', each value quoted for libpq so that a CA path with spaces or backslashes
    // (C:\Program Files\…) arrives whole. A connect timeout of 10 seconds unless the URL set
    // one: a server that does not answer must not freeze the program for minutes.
    QString connectOptions() const;

    // localhost, 127.0.0.0/8 or ::1: the only hosts where Tls::Disable is offered and accepted
    // (the traffic never leaves the PC).
    bool isLoopback() const;

    static QString tlsName(Tls tls);                       // "require", … ("" for Unset)
    static std::optional<Tls> tlsFromName(const QString &name); // nullopt when unknown

    bool operator==(const ServerAddress &other) const = default;
};

// What "Test the connection" found, before anything is changed: no migration, no setup.
struct ServerProbe
{
    Q_DECLARE_TR_FUNCTIONS(ServerProbe)
public:
    enum class Outcome {
        Ready,            // a Parcours database of this version
        NeedsUpgrade,     // a Parcours database of an older schema: opening it upgrades it
        Empty,            // an empty database: Parcours can set it up
        Newer,            // written by a newer Parcours: refused
        NotParcours,      // tables of another program: refused
        UnknownHost,      // the host name cannot be resolved
        Unreachable,      // nothing answers (refused, no route, timeout)
        TlsProblem,       // encryption refused or the certificate not trusted
        PasswordNeeded,   // the server asks a password and none was given
        WrongPassword,    // user or password refused
        NotAllowed,       // pg_hba.conf has no line for this PC, user and database, or no CONNECT right
        DatabaseMissing,  // no database of that name on the server
        NoDriver,         // Qt's QPSQL driver is not installed
        Other,            // anything else: the server's own words are in `detail`
    };
    Outcome outcome = Outcome::Other;
    QString detail;      // what libpq or the server said (never contains the password)
    int schemaVersion = 0;

    bool canOpen() const { return outcome == Outcome::Ready || outcome == Outcome::NeedsUpgrade; }
    // One or two sentences for the user naming what is wrong and what to do.
    QString message(const ServerAddress &address) const;

    // Classifies a failed connection by libpq's and the server's words. These are English
    // unless libpq or the server was set to another language; then the outcome is Other and
    // message() quotes their words.
    static Outcome classify(const QString &libpqError);
    // Connects with `password` (empty: PARCOURS_DB_PASSWORD, then libpq's PGPASSWORD and
    // password file) and looks at what the database holds. Changes nothing.
    static ServerProbe run(const ServerAddress &address, const QString &password);
};

} // namespace parcours
