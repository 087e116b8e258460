// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "security/permissions.h"
#include "storage/damage.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include <atomic>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace parcours {

namespace {

std::atomic<int> s_connectionCounter{0};

// The actor of each open connection, for Transaction; and the process actor.
struct ActorRegistry
{
    QMutex mutex;
    QHash<QString, Actor> byConnection;
    Actor processActor;
};

ActorRegistry &actors()
{
    static ActorRegistry registry;
    return registry;
}

QString newConnectionName()
{
    return QStringLiteral("parcours-%1").arg(s_connectionCounter.fetch_add(1));
}

quint32 bigEndian(const QByteArray &bytes, int offset, int width)
{
    quint32 v = 0;
    for (int i = 0; i < width; ++i)
        v = (v << 8) | static_cast<quint8>(bytes.at(offset + i));
    return v;
}

// Looks at the 100-byte SQLite header without opening the file through SQLite, so that a
// foreign or damaged file is refused before anything could touch it.
Status inspectHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Database::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    const QString shown = QDir::toNativeSeparators(path);
    if (size == 0)
        return Status::failure(Database::tr("%1 is not a Parcours database: the file is empty.").arg(shown));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Status::failure(Database::tr("%1 is not a Parcours database: it is not a database file at all.").arg(shown));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const quint32 changeCounter = bigEndian(header, 24, 4);
    const quint32 validFor = bigEndian(header, 92, 4);
    const bool countValid = pageCount > 0 && changeCounter == validFor;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0
        || (countValid && static_cast<qint64>(pageCount) * pageSize > size)) {
        return Status::failure(Database::tr("%1 is damaged: the file is shorter than its header says (it was "
                                            "probably cut off while being copied). It was not opened. Restore "
                                            "a backup.").arg(shown));
    }
    return Status::success();
}

QString networkWarning(const QString &path)
{
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")))
        return Database::tr("The database lies on a network share. SQLite files on network drives can be damaged "
                            "when two computers write at once; keep it on this computer's disk.");
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    static const QList<QByteArray> networkTypes = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs",
                                                   "9p", "afs", "ncpfs", "davfs", "fuse.davfs2", "ceph"};
    if (networkTypes.contains(storage.fileSystemType()))
        return Database::tr("The database lies on a network drive (%1). SQLite files on network drives can be "
                            "damaged when two computers write at once; keep it on this computer's disk.")
            .arg(QString::fromLatin1(storage.fileSystemType()));
    return {};
}

bool createOwnerOnlyFile(const QString &path, QString *error)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
#endif
}

bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// Opens a second, read-only connection to verify a copy; closed before returning.
Status verifyCopy(const QString &path, int expectedVersion)
{
    const QString name = newConnectionName();
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Status::failure(Database::tr("The copy cannot be opened for checking: %1").arg(db.lastError().text()));
        } else {
            const QString integrity = scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
            const int appId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
            const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            if (integrity != QLatin1String("ok") || appId != Database::kApplicationId || version != expectedVersion)
                result = Status::failure(Database::tr("The copy did not pass its check (%1).").arg(integrity));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString Database::olderSchemaRefusal(const QString &shown, int version, int latest)
{
    return tr("The database %1 has an older schema (%2; this version of Parcours is at %3) and was opened to be "
              "read only, so it was not upgraded and not changed. Open it once with this version "
              "(parcours-cli --db %1 init) to upgrade it first.")
        .arg(shown)
        .arg(version)
        .arg(latest);
}

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inString = false;
    const auto isTrigger = [](const QString &s) {
        static const QRegularExpression re(QStringLiteral("^CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
        return re.match(s).hasMatch();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!inString && c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (!inString && c == QLatin1Char(';')) {
            const QString stmt = current.trimmed();
            if (isTrigger(stmt) && !stmt.endsWith(QLatin1String("END"), Qt::CaseInsensitive)) {
                current += c;
                continue;
            }
            if (!stmt.isEmpty())
                statements << stmt;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QList<Database::Migration> Database::builtInMigrations()
{
    QList<Migration> list;
    QDirIterator it(QStringLiteral(":/storage/schema"), {QStringLiteral("*.sql")});
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    while (it.hasNext()) {
        it.next();
        const auto m = re.match(it.fileName());
        if (!m.hasMatch())
            continue;
        QFile f(it.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append({m.captured(1).toInt(), it.fileName(), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const auto all = builtInMigrations();
        return all.isEmpty() ? 0 : all.last().version;
    }();
    return latest;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    return openWithMigrations(path, options, builtInMigrations());
}

Result<std::unique_ptr<Database>> Database::openWithMigrations(const QString &path, const Options &options,
                                                                const QList<Migration> &migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.trimmed().isEmpty())
        return R::failure(tr("No database file was given."));
    if (isServerUrl(path))
        return openServer(path, options, migrations);
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_leaveUnchanged = options.leaveUnchanged;

    if (!info.exists()) {
        if (options.mode == Mode::MustExist)
            return R::failure(tr("The database %1 does not exist any more. It may have been moved, renamed or be on "
                                 "a drive that is not connected. No new file was created in its place.")
                                  .arg(shown));
        if (!QDir().mkpath(info.absolutePath()))
            return R::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
        QString error;
        if (!createOwnerOnlyFile(db->m_path, &error))
            return R::failure(tr("The database %1 cannot be created: %2").arg(shown, error));
        db->m_created = true;
    } else if (info.isDir()) {
        return R::failure(tr("%1 is a folder, not a database file.").arg(shown));
    } else if (Status header = inspectHeader(db->m_path); !header) {
        return R::failure(header.error());
    }

    db->m_connection = newConnectionName();
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    sql.setDatabaseName(db->m_path);
    sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!sql.open())
        return R::failure(tr("The database %1 cannot be opened: %2").arg(shown, sql.lastError().text()));
    Damage::track(db->m_connection, db->m_path);

    QSqlQuery probe(sql);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
        const QString why = StorageMessages::isBusy(probe.lastError())
            ? tr("another program keeps it locked")
            : probe.lastError().text();
        return R::failure(tr("The database %1 cannot be read: %2").arg(shown, why));
    }
    const int appId = probe.value(0).toInt();
    const int version = scalar(sql, QStringLiteral("PRAGMA user_version")).toInt();
    probe.finish();
    if (!db->m_created && appId != kApplicationId)
        return R::failure(tr("%1 is not a Parcours database (it belongs to another program). It was not changed.").arg(shown));
    if (version > latest)
        return R::failure(tr("The database %1 was written by a newer version of Parcours (schema %2; this version "
                             "knows up to %3). It was not changed. Install the newer version to open it.")
                              .arg(shown)
                              .arg(version)
                              .arg(latest));

    // temp_store MEMORY: every write fires an audit trigger, so SQLite keeps a statement
    // journal per statement — in a temporary file by default (7 s of a 1.2-million-row
    // import). cache_size 64 MB: a large import otherwise rereads its pages from the WAL.
    // The large sorts of an import switch to files while they run (FileSorting,
    // storage/deferredindexes.h): SQLite's in-memory sorter is slow on a fragmented heap.
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -65536")}) {
        QSqlQuery q(sql);
        q.exec(pragma);
    }
    if (scalar(sql, QStringLiteral("PRAGMA journal_mode = WAL")).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        db->m_warnings << tr("The database could not switch to write-ahead logging; it works, but more slowly.");

    // Can we write at all? A writer that holds the lock past the busy timeout is reported
    // now, as a refusal, rather than as a hang or a failed save later.
    {
        Transaction probeWrite(sql, Actor::system(QStringLiteral("open")));
        if (!probeWrite.active()) {
            if (const QString damage = Damage::known(db->m_connection); !damage.isEmpty())
                return R::failure(damage);
            return R::failure(tr("The database %1 is locked by another program that is writing to it (waited %2 s). "
                                 "Close the other program or try again.")
                                  .arg(shown)
                                  .arg(options.busyTimeoutMs / 1000.0, 0, 'f', 1));
        }
    }

    if (version < latest && options.leaveUnchanged && !db->m_created)
        return R::failure(olderSchemaRefusal(shown, version, latest));
    if (version < latest) {
        if (version > 0) {
            const QString copy = QStringLiteral("%1.before-schema-%2.sqlite").arg(db->m_path).arg(latest);
            if (Status s = db->writeCopy(copy); !s)
                return R::failure(tr("The database %1 needs an upgrade, but the copy made before upgrading could not be "
                                     "written: %2 It was not changed.").arg(shown, s.error()));
            db->m_preMigrationCopy = copy;
        }
        if (Status s = db->migrate(migrations); !s)
            return R::failure(s.error());
    }

    // A file filled before it had planner statistics (or by another version) gets them now.
    if (!options.leaveUnchanged
        && scalar(sql, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).toInt() == 0
        && scalar(sql, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM dossier LIMIT 1000)")).toInt() >= 1000)
        db->refreshStatistics();

    if (const QString warning = networkWarning(db->m_path); !warning.isEmpty())
        db->m_warnings << warning;
    db->registerActor();
    return R(std::move(db));
}

void Database::registerActor()
{
    ActorRegistry &registry = actors();
    QMutexLocker lock(&registry.mutex);
    m_actor = registry.processActor;
    if (m_actor.isValid())
        registry.byConnection.insert(m_connection, m_actor);
}

QString Database::newConnectionName()
{
    return parcours::newConnectionName();
}

Status Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase sql = this->sql();
    int current = schemaVersion();
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        Transaction tx(sql, Actor::system(QStringLiteral("migration")));
        if (!tx.active())
            return Status::failure(tx.error());
        QStringList statements = splitSqlStatements(m.sql);
        if (current == 0)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q(sql);
            if (!q.exec(statement)) {
                tx.rollback();
                QString message = tr("The database could not be upgraded to schema %1 (%2): %3. The file was left as it "
                                     "was.").arg(m.version).arg(m.name, q.lastError().text());
                if (!m_preMigrationCopy.isEmpty())
                    message += QLatin1Char(' ') + tr("A copy made before the upgrade is at %1.").arg(QDir::toNativeSeparators(m_preMigrationCopy));
                return Status::failure(message);
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
        current = m.version;
    }
    return Status::success();
}

Database::~Database()
{
    if (m_connection.isEmpty())
        return;
    {
        ActorRegistry &registry = actors();
        QMutexLocker lock(&registry.mutex);
        registry.byConnection.remove(m_connection);
    }
    Damage::forget(m_connection);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !m_server && !m_leaveUnchanged) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
            q.exec(QStringLiteral("PRAGMA optimize")); // SQLite's advice for closing connections
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void Database::refreshStatistics()
{
    QSqlQuery q(sql());
    if (!m_server)
        q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
    q.exec(QStringLiteral("ANALYZE"));
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Database::setActor(const Actor &actor)
{
    m_actor = actor;
    ActorRegistry &registry = actors();
    QMutexLocker lock(&registry.mutex);
    if (actor.isValid())
        registry.byConnection.insert(m_connection, actor);
    else
        registry.byConnection.remove(m_connection);
}

Actor Database::actorOfConnection(const QString &connectionName)
{
    ActorRegistry &registry = actors();
    QMutexLocker lock(&registry.mutex);
    return registry.byConnection.value(connectionName);
}

void Database::setProcessActor(const Actor &actor)
{
    ActorRegistry &registry = actors();
    QMutexLocker lock(&registry.mutex);
    registry.processActor = actor;
}

QString Database::damage() const
{
    return Damage::known(m_connection);
}

bool Database::recheckDamage()
{
    Damage::writeRefusal(sql());
    return isDamaged();
}

int Database::schemaVersion() const
{
    if (m_server)
        return scalar(sql(), QStringLiteral("SELECT schema_version FROM parcours_meta")).toInt();
    return scalar(sql(), QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::backupTo(const QString &target) const
{
    // A backup holds everything: the same permission as any other export of the data.
    if (Status allowed = Permissions::require(*this, Permission::ExportData); !allowed)
        return allowed;
    return writeCopy(target);
}

Status Database::writeCopy(const QString &target) const
{
    if (m_server)
        return Status::failure(tr("A database on a server is backed up on the server, with pg_dump (see the README), "
                                  "not by Parcours. Nothing was written."));
    const QFileInfo info(target);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return Status::failure(tr("The folder %1 does not exist. Nothing was written.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (info.exists() && info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the database it copies."));
    const QString temp = dir.filePath(QStringLiteral(".%1.partial-%2").arg(info.fileName()).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const auto fail = [&](const QString &why) {
        QFile::remove(temp);
        return Status::failure(tr("The backup %1 could not be written: %2 Nothing was left behind; an earlier file of "
                                  "that name is untouched.").arg(shown, why));
    };
    {
        QSqlQuery q(sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec())
            return fail(StorageMessages::describe(q.lastError()));
    }
    if (Status verified = verifyCopy(temp, schemaVersion()); !verified)
        return fail(verified.error());
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!syncFile(temp))
        return fail(tr("the copy could not be flushed to disk."));
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()), std::filesystem::path(info.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return fail(QString::fromLocal8Bit(ec.message().c_str()));
    syncDirectory(dir.absolutePath());
    return Status::success();
}

Database::CheckReport Database::check() const
{
    CheckReport report;
    if (m_server)
        return checkServer();
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        Damage::noteLastError(sql());
        report.ok = false;
        report.problems << tr("The integrity check could not run: %1").arg(q.lastError().text());
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) {
            if (report.problems.isEmpty())
                Damage::mark(m_connection, line);
            report.problems << tr("Integrity: %1").arg(line);
        }
    }
    QSqlQuery fk(sql());
    fk.setForwardOnly(true);
    if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (fk.next())
            report.problems << tr("Table %1, row %2 refers to a missing row of %3.")
                                   .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString());
    } else {
        report.problems << tr("The reference check could not run: %1").arg(fk.lastError().text());
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace parcours
