// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backupset.h"

#include "security/audittrail.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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

const QString kFolderKey = QStringLiteral("backup/folder");
const QString kStampFormat = QStringLiteral("yyyy-MM-dd_HHmmss");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
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

QString connectionName(const char *purpose)
{
    return QStringLiteral("parcours-%1-%2").arg(QLatin1String(purpose)).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// The journal files SQLite pairs with a database by name alone: a stale one beside another
// file would be replayed into it.
const QStringList &journalSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("-wal"), QStringLiteral("-journal")};
    return suffixes;
}

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// `path` checked, its messages naming `name` (the file the user chose).
Status verifyAs(const QString &path, const QString &name)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(BackupSet::tr("The backup %1 cannot be read: %2").arg(name, file.errorString()));
        static const QByteArray magic("SQLite format 3\0", 16);
        if (file.read(16) != magic)
            return Status::failure(BackupSet::tr("%1 is not a Parcours backup: it is not a database file.").arg(name));
    }
    const QString connection = connectionName("verify");
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Status::failure(BackupSet::tr("The backup %1 cannot be opened: %2").arg(name, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            int appId = 0;
            int version = 0;
            bool readable = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (readable) {
                appId = q.value(0).toInt();
                readable = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
                version = readable ? q.value(0).toInt() : 0;
            }
            const int latest = Database::latestSchemaVersion();
            if (!readable) {
                result = Status::failure(BackupSet::tr("The backup %1 is damaged and cannot be restored (%2).")
                                             .arg(name, q.lastError().text()));
            } else if (appId != Database::kApplicationId || version <= 0) {
                result = Status::failure(BackupSet::tr("%1 is not a Parcours backup: it belongs to another program.").arg(name));
            } else if (version > latest) {
                result = Status::failure(BackupSet::tr("The backup %1 was written by a newer version of Parcours (schema %2; "
                                                       "this version knows up to %3). Install the newer version to restore it.")
                                             .arg(name)
                                             .arg(version)
                                             .arg(latest));
            } else {
                QStringList problems;
                if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                    while (q.next() && problems.size() < 3) {
                        if (q.value(0).toString() != QLatin1String("ok"))
                            problems << q.value(0).toString();
                    }
                } else {
                    problems << q.lastError().text();
                }
                if (!problems.isEmpty())
                    result = Status::failure(BackupSet::tr("The backup %1 is damaged and cannot be restored (%2).")
                                                 .arg(name, problems.join(QStringLiteral("; "))));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Whether another connection (this process or another program) has the database open.
// Checkpoints the -wal into the file on the way: when this connection is the last one,
// closing it removes the -wal, so one still there after closing means someone else uses it.
// A file SQLite cannot read at all (damaged) is not "in use": false.
bool inUseElsewhere(const QString &path)
{
    const QString connection = connectionName("restore");
    bool readable = false;
    bool busy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()) {
                readable = true;
                busy = q.value(0).toInt() != 0;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return busy || (readable && QFileInfo::exists(path + QStringLiteral("-wal")));
}

// The SHA-256 of a file, hex; empty when it cannot be read.
QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// Writes the entry of a restore into the audit trail of `path` (the checked copy of the
// backup, before it is put in place), as `actor`, in its own transaction; the journal is
// folded back into the file so that the entry travels with it.
Status recordRestore(const QString &path, const Actor &actor, const QJsonObject &details)
{
    const QString connection = connectionName("restore-audit");
    Status result = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = Status::failure(db.lastError().text());
        } else {
            {
                Transaction tx(db, actor);
                if (!tx.active())
                    result = tx.begun();
                else if (Status s = AuditTrail::record(db, QStringLiteral("restore"), QStringLiteral("database"), 0, 0,
                                                       QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
                         !s)
                    result = s;
                else
                    result = tx.commit();
            }
            QSqlQuery q(db);
            if (result && !(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0))
                result = Status::failure(q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    // The last connection closed merges and removes the journal; one left with content would
    // hold the entry outside the file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (result && QFileInfo(path + suffix).size() > 0)
            result = Status::failure(BackupSet::tr("the journal %1 was not merged").arg(shown(path + suffix)));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    return result;
}

bool renameReplacing(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()), std::filesystem::path(to.toStdU16String()), ec);
    if (ec && error)
        *error = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

} // namespace

BackupSet::BackupSet(const QString &databasePath, const QString &chosenFolder)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QString root = chosenFolder.isEmpty() ? configuredFolder() : chosenFolder;
    const QFileInfo db(m_databasePath);
    if (root.isEmpty()) {
        m_folder = db.absoluteDir().filePath(QStringLiteral("backups"));
    } else {
        // A shared folder may receive the backups of many `parcours.sqlite`: one subfolder
        // for each database file, named after it and its full path.
#ifdef Q_OS_WIN
        const QString key = QDir::cleanPath(m_databasePath).toLower(); // C:\Data and c:\data are one file
#else
        const QString key = QDir::cleanPath(m_databasePath);
#endif
        const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        m_chosenRoot = QFileInfo(root).absoluteFilePath();
        m_folder = QDir(m_chosenRoot).filePath(db.fileName() + QLatin1Char('-') + QString::fromLatin1(hash));
    }
}

QString BackupSet::configuredFolder()
{
    return QSettings().value(kFolderKey).toString();
}

void BackupSet::setConfiguredFolder(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(kFolderKey);
    else
        settings.setValue(kFolderKey, QFileInfo(folder).absoluteFilePath());
}

QString BackupSet::nameFor(const QDateTime &taken) const
{
    return QFileInfo(m_databasePath).fileName() + QStringLiteral(".backup-") + taken.toString(kStampFormat) + QStringLiteral(".sqlite");
}

QList<BackupInfo> BackupSet::list() const
{
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(QFileInfo(m_databasePath).fileName())
                                     + QStringLiteral("\\.backup-(\\d{4}-\\d{2}-\\d{2}_\\d{6})\\.sqlite$"));
    QList<BackupInfo> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch m = pattern.match(entry.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime taken = QDateTime::fromString(m.captured(1), kStampFormat);
        if (!taken.isValid())
            continue;
        found.append({entry.absoluteFilePath(), taken, entry.size()});
    }
    std::sort(found.begin(), found.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return found;
}

std::optional<BackupInfo> BackupSet::latest() const
{
    const QList<BackupInfo> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

Result<BackupInfo> BackupSet::make(const Database &db, const QDateTime &now)
{
    // A chosen folder that is missing is most likely a drive or share that is not connected:
    // never recreate it on the local disk. The default folder beside the database is made.
    if (!m_chosenRoot.isEmpty() && !QFileInfo(m_chosenRoot).isDir())
        return Result<BackupInfo>::failure(tr("The backup folder %1 does not exist (a drive or network share that is not "
                                              "connected?). No backup was made.").arg(shown(m_chosenRoot)));
    if (!QDir().mkpath(m_folder))
        return Result<BackupInfo>::failure(tr("The backup folder %1 cannot be created. No backup was made.").arg(shown(m_folder)));
    QDateTime taken = now;
    QDir folder(m_folder);
    while (folder.exists(nameFor(taken)))
        taken = taken.addSecs(1); // two backups in one second: the second one a second later
    const QString target = folder.filePath(nameFor(taken));
    if (Status s = db.writeCopy(target); !s)
        return Result<BackupInfo>::failure(s.error());
    thin();
    return BackupInfo{target, QDateTime::fromString(taken.toString(kStampFormat), kStampFormat), QFileInfo(target).size()};
}

Result<std::optional<BackupInfo>> BackupSet::makeIfDue(const Database &db, const QDateTime &now)
{
    using R = Result<std::optional<BackupInfo>>;
    if (const std::optional<BackupInfo> last = latest(); last && last->taken.date() == now.date())
        return R(std::optional<BackupInfo>());
    Result<BackupInfo> made = make(db, now);
    if (!made)
        return R::failure(made.error());
    return R(std::optional<BackupInfo>(made.take()));
}

QList<QDateTime> BackupSet::survivors(QList<QDateTime> taken)
{
    std::sort(taken.begin(), taken.end(), std::greater<>());
    QSet<int> kept; // indices into `taken`
    const auto keepNewestPer = [&](int buckets, const auto &bucketOf) {
        QSet<qint64> seen;
        for (int i = 0; i < taken.size(); ++i) {
            const qint64 bucket = bucketOf(taken.at(i).date());
            if (seen.contains(bucket))
                continue; // an older copy of a day/week/month already represented
            if (seen.size() == buckets)
                break;
            seen.insert(bucket);
            kept.insert(i);
        }
    };
    keepNewestPer(kDaily, [](const QDate &d) { return d.toJulianDay(); });
    keepNewestPer(kWeekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(kMonthly, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); });
    QList<QDateTime> result;
    for (int i = 0; i < taken.size(); ++i) {
        if (kept.contains(i))
            result << taken.at(i);
    }
    return result;
}

QStringList BackupSet::thin()
{
    const QList<BackupInfo> all = list();
    QList<QDateTime> taken;
    for (const BackupInfo &b : all)
        taken << b.taken;
    const QList<QDateTime> keep = survivors(taken);
    QStringList removed;
    for (const BackupInfo &b : all) {
        if (!keep.contains(b.taken) && QFile::remove(b.path))
            removed << b.path;
    }
    return removed;
}

Status BackupSet::verify(const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        return Status::failure(tr("The backup %1 does not exist.").arg(shown(backup)));
    return verifyAs(backup, shown(backup));
}

Result<BackupSet::Restored> BackupSet::restore(const QString &backup, const QString &databasePath, const Actor &actor,
                                               const QDateTime &now)
{
    using R = Result<Restored>;
    const QFileInfo source(backup);
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString name = shown(backup);
    const QString nothingChanged = tr("The database was not changed.");
    if (!source.isFile())
        return R::failure(tr("The backup %1 does not exist.").arg(name) + QLatin1Char(' ') + nothingChanged);
    if (source.absoluteFilePath() == target)
        return R::failure(tr("A database cannot be restored from itself."));
    if (QFileInfo(target).isDir())
        return R::failure(tr("%1 is a folder, not a database file.").arg(shown(target)));
    // Every restore is in the restored file's audit trail, with who did it (see step 4).
    if (!actor.isValid())
        return R::failure(tr("Nobody is signed in. Sign in first; nothing was done.") + QLatin1Char(' ') + nothingChanged);
    const QDir dir = QFileInfo(target).absoluteDir();
    if (!dir.exists())
        return R::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir.absolutePath())));

    // 1. The backup, copied beside the database (so that putting it in place is one rename
    // on one disk) and checked there: what gets checked is what gets put in place.
    const QString temp = dir.filePath(QStringLiteral(".%1.restoring-%2")
                                          .arg(QFileInfo(target).fileName())
                                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    const auto fail = [&](const QString &why) {
        removeWithSideFiles(temp);
        return R::failure(why + QLatin1Char(' ') + nothingChanged);
    };
    {
        QFile in(backup);
        if (!in.copy(temp))
            return fail(tr("The backup %1 could not be copied beside the database: %2").arg(name, in.errorString()));
    }
    QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status verified = verifyAs(temp, name); !verified)
        return fail(verified.error());
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(temp + suffix); // the check's own side files, if SQLite left any
    const QString hash = sha256Of(temp); // of the backup as it is on disk, before the entry below
    if (hash.isEmpty())
        return fail(tr("The copy of the backup could not be read back."));

    // 2. The current file, with the journals SQLite pairs with it, is copied aside exactly as
    // found (a damaged file's -wal may hold the last work), under a name no earlier file has.
    Restored restored;
    restored.taken = QDateTime::fromString(QRegularExpression(QStringLiteral("\\.backup-(\\d{4}-\\d{2}-\\d{2}_\\d{6})\\.sqlite$"))
                                               .match(source.fileName())
                                               .captured(1),
                                           kStampFormat);
    QStringList sideFiles; // suffixes of the current file's journals, copied aside too
    const bool exists = QFileInfo::exists(target);
    const auto removeAside = [&] {
        if (restored.keptAside.isEmpty())
            return;
        QFile::remove(restored.keptAside);
        for (const QString &suffix : std::as_const(sideFiles))
            QFile::remove(restored.keptAside + suffix);
    };
    if (exists) {
        for (const QString &suffix : journalSuffixes()) {
            if (QFileInfo::exists(target + suffix))
                sideFiles << suffix;
        }
        const QString base = target + QStringLiteral(".before-restore-") + now.toString(kStampFormat);
        QString aside = base + QStringLiteral(".sqlite");
        for (int n = 2; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral("-wal")); ++n)
            aside = base + QStringLiteral("-%1.sqlite").arg(n);
        QFile current(target);
        if (!current.copy(aside))
            return fail(tr("The current database could not be kept aside as %1: %2").arg(shown(aside), current.errorString()));
        restored.keptAside = aside;
        for (const QString &suffix : std::as_const(sideFiles)) {
            QFile side(target + suffix);
            if (!side.copy(aside + suffix)) {
                removeAside();
                return fail(tr("The current database could not be kept aside as %1: %2").arg(shown(aside), side.errorString()));
            }
        }
        bool synced = syncFile(aside);
        for (const QString &suffix : std::as_const(sideFiles))
            synced = syncFile(aside + suffix) && synced;
        if (!synced) {
            removeAside();
            return fail(tr("The copy of the current database could not be flushed to disk."));
        }
        syncDirectory(dir.absolutePath());

        // 3. Nobody else may have it open: replacing a file under a running program would
        // mix the two. (Only asked of a file SQLite can read; a damaged one is left alone.)
        QFile header(target);
        const bool looksLikeSqlite = header.open(QIODevice::ReadOnly) && header.read(16) == QByteArray("SQLite format 3\0", 16);
        header.close();
        if (looksLikeSqlite && inUseElsewhere(target)) {
            removeAside();
            return fail(tr("The database %1 is open in another window or program. Close it there and try again.").arg(shown(target)));
        }
    }

    // 4. The restore's entry, in the trail of the data that takes the place (the file kept
    // aside has the trail of the data it replaced): from now on the trail shows when the data
    // was replaced, by whom, with which backup. Written into the checked copy before it is put
    // in place, so that a restore without its entry cannot happen.
    {
        QJsonObject details{{QStringLiteral("backup"), source.fileName()},
                            {QStringLiteral("sha256"), hash},
                            {QStringLiteral("size"), source.size()},
                            {QStringLiteral("kept_aside"), QFileInfo(restored.keptAside).fileName()}};
        if (restored.taken.isValid())
            details.insert(QStringLiteral("taken"), restored.taken.toString(Qt::ISODate));
        if (Status s = recordRestore(temp, actor, details); !s) {
            removeAside();
            return fail(tr("The restore could not be recorded in the backup's audit trail: %1").arg(s.error()));
        }
        if (!syncFile(temp)) {
            removeAside();
            return fail(tr("The copy of the backup could not be flushed to disk."));
        }
    }

    // 5. The journals of the current file go: the restored file must never be paired with
    // them. (Their copies are aside; put back if a later step fails.)
    QStringList removed;
    const auto putJournalsBack = [&] {
        if (restored.keptAside.isEmpty())
            return;
        for (const QString &suffix : std::as_const(removed))
            QFile::copy(restored.keptAside + suffix, target + suffix);
    };
    for (const QString &suffix : journalSuffixes()) {
        if (!QFileInfo::exists(target + suffix))
            continue;
        if (!QFile::remove(target + suffix)) {
            putJournalsBack();
            removeAside();
            return fail(tr("The journal %1 of the current database cannot be removed.").arg(shown(target + suffix)));
        }
        removed << suffix;
    }
    QFile::remove(target + QStringLiteral("-shm")); // an index of the -wal, rebuilt on open

    // 6. The checked copy takes the database's place in one step.
    QString error;
    if (!renameReplacing(temp, target, &error)) {
        putJournalsBack();
        removeAside();
        return fail(tr("The backup could not be put in place: %1").arg(error));
    }
    syncDirectory(dir.absolutePath());
    return R(restored);
}

} // namespace parcours
