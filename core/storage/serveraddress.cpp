// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serveraddress.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace parcours {

namespace {

// libpq's client settings that may come in the URL's query besides sslmode and sslrootcert.
const QStringList &extraParameters()
{
    static const QStringList list{QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
    return list;
}

const QList<QPair<ServerAddress::Tls, QString>> &tlsNames()
{
    using T = ServerAddress::Tls;
    static const QList<QPair<T, QString>> list{
        {T::Disable, QStringLiteral("disable")}, {T::Allow, QStringLiteral("allow")},
        {T::Prefer, QStringLiteral("prefer")},   {T::Require, QStringLiteral("require")},
        {T::VerifyCa, QStringLiteral("verify-ca")}, {T::VerifyFull, QStringLiteral("verify-full")}};
    return list;
}

// A libpq connection-string value: quoted, with \ and ' escaped (libpq's rules).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// The URL as it may be shown in a message: without anything before the last '@' (a user
// name, and a password if someone typed one).
QString safeToShow(const QString &url)
{
    const int scheme = url.indexOf(QLatin1String("://"));
    const int at = url.lastIndexOf(QLatin1Char('@'));
    if (scheme < 0 || at < scheme)
        return url;
    return url.left(scheme + 3) + QStringLiteral("…@") + url.mid(at + 1);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

QAtomicInteger<int> s_probeCounter;

} // namespace

QString ServerAddress::tlsName(Tls tls)
{
    for (const auto &[value, name] : tlsNames())
        if (value == tls)
            return name;
    return {};
}

std::optional<ServerAddress::Tls> ServerAddress::tlsFromName(const QString &name)
{
    for (const auto &[value, known] : tlsNames())
        if (known == name)
            return value;
    return std::nullopt;
}

Result<ServerAddress> ServerAddress::parse(const QString &location)
{
    using R = Result<ServerAddress>;
    const QString text = location.trimmed();
    const QString shown = safeToShow(text);
    const QString form = tr("A database address has the form postgresql://user@server:port/database.");
    if (!Database::isServerUrl(text))
        return R::failure(tr("%1 is not a database address. %2").arg(shown, form));

    // The port first, by hand: QUrl only says "invalid", and the user should hear which part.
    const int start = text.indexOf(QLatin1String("://")) + 3;
    static const QRegularExpression authorityEnd(QStringLiteral("[/?#]"));
    int end = text.indexOf(authorityEnd, start);
    const QString authority = text.mid(start, end < 0 ? -1 : end - start);
    const QString hostPort = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
    const int bracket = hostPort.lastIndexOf(QLatin1Char(']'));
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon > bracket && (bracket >= 0 || hostPort.count(QLatin1Char(':')) == 1)) {
        const QString portText = hostPort.mid(colon + 1);
        bool number = false;
        const int port = portText.toInt(&number);
        if (!number || port < 1 || port > 65535)
            return R::failure(tr("The port \"%1\" in the database address %2 is not a number from 1 to 65535.")
                                  .arg(portText, shown));
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(tr("%1 is not a valid database address (%2). %3").arg(shown, url.errorString(), form));
    if (!url.password().isEmpty() || authority.section(QLatin1Char('@'), 0, -2).contains(QLatin1Char(':')))
        return R::failure(tr("The database address contains a password. A password there would be visible to others "
                             "(command lines, lists of recent databases); give it in the PARCOURS_DB_PASSWORD "
                             "environment variable or a .pgpass file, or type it when asked."));

    ServerAddress a;
    a.host = url.host();
    a.port = url.port(kDefaultPort);
    a.database = url.path().mid(1);
    a.user = url.userName(QUrl::FullyDecoded);
    if (a.host.isEmpty())
        return R::failure(tr("The database address %1 names no server. %2").arg(shown, form));
    if (a.database.isEmpty())
        return R::failure(tr("The database address %1 names no database. %2").arg(shown, form));
    if (a.database.contains(QLatin1Char('/')))
        return R::failure(tr("The database address %1 names more than one database (\"%2\"). %3").arg(shown, a.database, form));
    if (url.hasFragment())
        return R::failure(tr("The database address %1 ends in a \"#…\" part that means nothing here.").arg(shown));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            const std::optional<Tls> tls = tlsFromName(value);
            if (!tls)
                return R::failure(tr("The database address has an unknown sslmode \"%1\" (known: disable, require, "
                                     "verify-ca, verify-full, prefer, allow).")
                                      .arg(value));
            a.tls = *tls;
        } else if (key == QLatin1String("sslrootcert")) {
            a.caFile = value;
        } else if (extraParameters().contains(key)) {
            a.extra.append({key, value});
        } else {
            return R::failure(tr("The database address has an unknown setting \"%1\".").arg(key));
        }
    }
    if (Status s = a.validate(); !s)
        return R::failure(s.error());
    return R(a);
}

Status ServerAddress::validate() const
{
    if (host.trimmed().isEmpty())
        return Status::failure(tr("The server is missing: give its name or IP address."));
    static const QRegularExpression badHost(QStringLiteral("[\\s/@?#;'\\\\]"));
    if (host.contains(badHost))
        return Status::failure(tr("The server name \"%1\" contains characters a server name cannot have.").arg(host));
    if (port < 1 || port > 65535)
        return Status::failure(tr("The port %1 is not a number from 1 to 65535.").arg(port));
    if (database.trimmed().isEmpty())
        return Status::failure(tr("The database name is missing."));
    if (database.contains(QLatin1Char('/')))
        return Status::failure(tr("The database name \"%1\" cannot contain \"/\".").arg(database));
    if (tls == Tls::Disable && !isLoopback())
        return Status::failure(tr("An unencrypted connection (sslmode=disable) is refused for %1: people's data would "
                                  "cross the network readable by anyone on it. Use require or verify-full; the server "
                                  "needs ssl = on (see the README, \"One PC or a server\").")
                                   .arg(host));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isFile())
        return Status::failure(tr("The CA certificate file %1 does not exist.").arg(caFile));
    // QPSQL turns every ';' of the options into a space: a value with one would arrive cut.
    if (caFile.contains(QLatin1Char(';')))
        return Status::failure(tr("The path of the CA certificate file cannot contain \";\": %1").arg(caFile));
    for (const auto &[key, value] : extra) {
        if (value.contains(QLatin1Char(';')))
            return Status::failure(tr("The setting %1 cannot contain \";\".").arg(key));
        if (key == QLatin1String("connect_timeout")) {
            bool number = false;
            if (value.toInt(&number) < 0 || !number)
                return Status::failure(tr("connect_timeout must be a number of seconds, not \"%1\".").arg(value));
        }
    }
    return Status::success();
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database, QUrl::DecodedMode);
    QUrlQuery query;
    if (tls != Tls::Unset)
        query.addQueryItem(QStringLiteral("sslmode"), tlsName(tls));
    if (!caFile.isEmpty())
        // '/' and ':' stay readable (the URL is shown in messages and the recent list).
        query.addQueryItem(QStringLiteral("sslrootcert"), QString::fromLatin1(QUrl::toPercentEncoding(caFile, "/:")));
    for (const auto &[key, value] : extra)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : extra)
        timeout = timeout || key == QLatin1String("connect_timeout");
    if (!timeout)
        options << QStringLiteral("connect_timeout=10");
    if (tls != Tls::Unset)
        options << QStringLiteral("sslmode=") + tlsName(tls);
    if (!caFile.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(caFile);
    for (const auto &[key, value] : extra)
        options << key + QLatin1Char('=') + quoted(value);
    return options.join(QLatin1Char(';'));
}

bool ServerAddress::isLoopback() const
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1 (QHostAddress would pull in Qt Network, which core does not link).
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"));
    return host == QLatin1String("::1") || ipv4Loopback.match(host).hasMatch();
}

ServerProbe::Outcome ServerProbe::classify(const QString &libpqError)
{
    const QString e = libpqError.toLower();
    const auto has = [&](const char *marker) { return e.contains(QLatin1String(marker)); };
    if (has("driver not loaded"))
        return Outcome::NoDriver;
    if (has("could not translate host name") || has("name or service not known") || has("no such host")
        || has("nodename nor servname"))
        return Outcome::UnknownHost;
    if (has("no pg_hba.conf entry") || has("permission denied for database"))
        return Outcome::NotAllowed;
    if (has("password authentication failed") || (has("role \"") && has("does not exist")))
        return Outcome::WrongPassword;
    if (has("no password supplied"))
        return Outcome::PasswordNeeded;
    if (has("database \"") && has("does not exist"))
        return Outcome::DatabaseMissing;
    if (has("ssl") || has("certificate"))
        return Outcome::TlsProblem;
    if (has("connection refused") || has("timeout expired") || has("no route to host") || has("network is unreachable")
        || has("connection timed out") || has("could not connect to server"))
        return Outcome::Unreachable;
    return Outcome::Other;
}

ServerProbe ServerProbe::run(const ServerAddress &address, const QString &password)
{
    ServerProbe p;
    if (Status s = address.validate(); !s) {
        p.detail = s.error();
        return p;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        p.outcome = Outcome::NoDriver;
        return p;
    }
    const QString name = QStringLiteral("parcours-probe-%1").arg(s_probeCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        sql.setHostName(address.host);
        sql.setPort(address.port);
        sql.setDatabaseName(address.database);
        sql.setUserName(address.user);
        sql.setPassword(password.isEmpty() ? qEnvironmentVariable("PARCOURS_DB_PASSWORD") : password);
        sql.setConnectOptions(address.connectOptions());
        if (!sql.open()) {
            p.detail = sql.lastError().text().trimmed();
            p.outcome = classify(p.detail);
        } else if (scalar(sql, QStringLiteral("SELECT to_regclass('parcours_meta') IS NOT NULL")).toBool()) {
            QSqlQuery meta(sql);
            if (!meta.exec(QStringLiteral("SELECT application_id, schema_version FROM parcours_meta")) || !meta.next()
                || meta.value(0).toLongLong() != Database::kApplicationId) {
                p.outcome = Outcome::NotParcours;
            } else {
                p.schemaVersion = meta.value(1).toInt();
                const int latest = Database::latestSchemaVersion();
                p.outcome = p.schemaVersion > latest   ? Outcome::Newer
                            : p.schemaVersion < latest ? Outcome::NeedsUpgrade
                                                       : Outcome::Ready;
            }
        } else {
            const int tables = scalar(sql, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).toInt();
            p.outcome = tables > 0 ? Outcome::NotParcours : Outcome::Empty;
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(name);
    return p;
}

QString ServerProbe::message(const ServerAddress &a) const
{
    const QString server = a.host + QLatin1Char(':') + QString::number(a.port);
    QString text;
    switch (outcome) {
    case Outcome::Ready:
        return tr("Connected: the database %1 on %2 is a Parcours database of this version.").arg(a.database, server);
    case Outcome::NeedsUpgrade:
        return tr("Connected: the database %1 is a Parcours database of an older version (schema %2). Opening it "
                  "upgrades it to this version (schema %3) for every PC that uses it; make a backup with pg_dump first.")
            .arg(a.database)
            .arg(schemaVersion)
            .arg(Database::latestSchemaVersion());
    case Outcome::Empty:
        return tr("Connected: the database %1 is empty. Parcours can set it up as a new register when you open it.")
            .arg(a.database);
    case Outcome::Newer:
        return tr("The database %1 was written by a newer version of Parcours (schema %2; this version knows up to %3). "
                  "Install the newer version on this PC.")
            .arg(a.database)
            .arg(schemaVersion)
            .arg(Database::latestSchemaVersion());
    case Outcome::NotParcours:
        return tr("The database %1 holds tables of another program: it is not a Parcours database. Check the database "
                  "name. Nothing was changed.")
            .arg(a.database);
    case Outcome::UnknownHost:
        text = tr("The server name %1 is not known on this network. Check the spelling, or use the server's IP address.")
                   .arg(a.host);
        break;
    case Outcome::Unreachable:
        text = tr("The server %1 does not answer on port %2. Check the name and the port, that PostgreSQL runs there and "
                  "listens on the network (listen_addresses), and that no firewall blocks the port.")
                   .arg(a.host)
                   .arg(a.port);
        break;
    case Outcome::TlsProblem:
        text = tr("The encrypted connection to %1 failed. Check the TLS setting: the server needs ssl = on, and to verify "
                  "it the CA file must be the one that signed the server's certificate, made out to the name %1.")
                   .arg(a.host);
        break;
    case Outcome::PasswordNeeded:
        text = tr("The server asks for the password of the user %1. Type it in the password field.").arg(a.user);
        break;
    case Outcome::WrongPassword:
        text = tr("The server refused the user %1 with this password. Check the user name and the password (both are "
                  "case-sensitive).")
                   .arg(a.user);
        break;
    case Outcome::NotAllowed:
        text = tr("The server does not let the user %1 connect to the database %2 from this PC. The administrator adds a "
                  "line for this network to pg_hba.conf (see the README, \"One PC or a server\").")
                   .arg(a.user, a.database);
        break;
    case Outcome::DatabaseMissing:
        text = tr("There is no database %1 on the server %2. Check the name, or ask the administrator to create it "
                  "(createdb).")
                   .arg(a.database, server);
        break;
    case Outcome::NoDriver:
        return tr("This installation cannot reach database servers: Qt's PostgreSQL driver is missing "
                  "(Debian: libqt6sql6-psql).");
    case Outcome::Other:
        return tr("The connection failed: %1").arg(detail);
    }
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + tr("The server said: %1").arg(detail);
    return text;
}

} // namespace parcours
