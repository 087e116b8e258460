// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic backups and restore: which copies survive thinning, at most one a day, and a
// restore that keeps the current file aside and refuses what it must not put in place.
#include "testsupport.h"

#include "security/audittrail.h"
#include "security/settings.h"
#include "storage/backupset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace parcours;
using namespace parcours::test;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void touch(const QString &path, const QByteArray &content = "x")
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// The idle-lock minutes stand for "the data" in these tests: a value a user sets and sees.
int idleMinutesIn(const QString &path)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 1000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return Settings(*opened.value()).idleLockMinutes();
}

QDateTime at(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

// The administrator who restores, as the desktop program passes them.
Actor restorer()
{
    Actor a;
    a.name = QStringLiteral("a.admin");
    a.displayName = QStringLiteral("Anne Admin");
    a.role = Role::Administrator;
    return a;
}

// The entries of action "restore" in the audit trail of the file at `path`.
QList<AuditEntry> restoresIn(const QString &path)
{
    QList<AuditEntry> list;
    const QString connection = QStringLiteral("restores-in");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open()); // read-write, so that closing it leaves no -wal behind
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT actor, actor_kind, entity, details, at FROM audit_log WHERE action = 'restore' "
                                      "ORDER BY id")));
        while (q.next()) {
            AuditEntry e;
            e.actor = q.value(0).toString();
            e.actorKind = q.value(1).toString();
            e.entity = q.value(2).toString();
            e.details = q.value(3).toString();
            e.at = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            list << e;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return list;
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_CASE("Thinning a year of daily backups keeps 7 daily, 4 weekly and 12 monthly copies", "[backup][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    BackupSet set(dir.filePath(QStringLiteral("parcours.sqlite")), dir.filePath(QStringLiteral("chosen")));
    REQUIRE(QDir().mkpath(set.folder()));
    // Files that are not this database's backups: never listed, never removed.
    const QStringList strangers = {QStringLiteral("notes.txt"), QStringLiteral("other.sqlite.backup-2025-01-01_090000.sqlite"),
                                   QStringLiteral("parcours.sqlite.backup-2025-13-45_090000.sqlite"),
                                   QStringLiteral("parcours.sqlite.backup-2025-01-01_090000.sqlite.partial"),
                                   QStringLiteral("parcours.parcours.backup-2025-01-01_090000.sqlite")};
    for (const QString &name : strangers)
        touch(QDir(set.folder()).filePath(name));

    // One copy every day of 2025 at 09:00, thinned after each, as the program does.
    for (QDate day(2025, 1, 1); day.year() == 2025; day = day.addDays(1)) {
        touch(QDir(set.folder()).filePath(set.nameFor(QDateTime(day, QTime(9, 0)))));
        set.thin();
    }

    QStringList kept;
    for (const BackupInfo &b : set.list())
        kept << b.taken.date().toString(Qt::ISODate);
    const QStringList expected = {
        // daily: the 7 newest days
        QStringLiteral("2025-12-31"), QStringLiteral("2025-12-30"), QStringLiteral("2025-12-29"), QStringLiteral("2025-12-28"),
        QStringLiteral("2025-12-27"), QStringLiteral("2025-12-26"), QStringLiteral("2025-12-25"),
        // weekly: the last copy of the 4 newest ISO weeks (Sundays 21 and 14; 28 and 31 are daily already)
        QStringLiteral("2025-12-21"), QStringLiteral("2025-12-14"),
        // monthly: the last copy of the 12 newest months (December's is the 31st)
        QStringLiteral("2025-11-30"), QStringLiteral("2025-10-31"), QStringLiteral("2025-09-30"), QStringLiteral("2025-08-31"),
        QStringLiteral("2025-07-31"), QStringLiteral("2025-06-30"), QStringLiteral("2025-05-31"), QStringLiteral("2025-04-30"),
        QStringLiteral("2025-03-31"), QStringLiteral("2025-02-28"), QStringLiteral("2025-01-31")};
    CHECK(kept == expected);
    for (const QString &name : strangers)
        CHECK(QFileInfo::exists(QDir(set.folder()).filePath(name)));
    CHECK(namesIn(set.folder()).size() == expected.size() + strangers.size());

    // Thinning all at once gives the same answer as thinning day by day.
    QList<QDateTime> year;
    for (QDate day(2025, 1, 1); day.year() == 2025; day = day.addDays(1))
        year << QDateTime(day, QTime(9, 0));
    QStringList once;
    for (const QDateTime &t : BackupSet::survivors(year))
        once << t.date().toString(Qt::ISODate);
    CHECK(once == expected);
}

TEST_CASE("Thinning keeps the newest copy of a day and counts only days that have copies", "[backup][sqlite]")
{
    // Three copies on one day: only the last one stays.
    const QList<QDateTime> sameDay = {at(2026, 3, 2, 8), at(2026, 3, 2, 12), at(2026, 3, 2, 17)};
    CHECK(BackupSet::survivors(sameDay) == QList<QDateTime>{at(2026, 3, 2, 17)});
    // A program unused for months keeps its older copies: the 7 "days" are days with a copy.
    const QList<QDateTime> sparse = {at(2026, 1, 5), at(2026, 1, 6), at(2026, 1, 7), at(2026, 6, 1)};
    CHECK(BackupSet::survivors(sparse).size() == 4);
}

TEST_CASE("At most one automatic backup a day, each a database with the data of that moment", "[backup][sqlite]")
{
    TempDatabase t;
    Settings settings(*t.db);
    REQUIRE(settings.setIdleLockMinutes(15).ok());
    BackupSet set(t.path(), t.file(QStringLiteral("chosen")));
    REQUIRE(QDir().mkpath(t.file(QStringLiteral("chosen"))));

    auto first = set.makeIfDue(*t.db, at(2026, 3, 2, 8, 30));
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    REQUIRE(first.value().has_value());
    CHECK(QFileInfo(first.value()->path).fileName() == QStringLiteral("parcours.sqlite.backup-2026-03-02_083000.sqlite"));
    CHECK(first.value()->size == QFileInfo(first.value()->path).size());

    REQUIRE(settings.setIdleLockMinutes(20).ok());
    auto again = set.makeIfDue(*t.db, at(2026, 3, 2, 17, 0));
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().has_value()); // the same day: nothing new
    auto next = set.makeIfDue(*t.db, at(2026, 3, 3, 8, 0));
    REQUIRE(next.ok());
    REQUIRE(next.value().has_value());

    const QList<BackupInfo> all = set.list();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).taken == at(2026, 3, 3, 8, 0)); // newest first
    CHECK(all.at(1).taken == at(2026, 3, 2, 8, 30));
    CHECK(set.latest()->path == all.at(0).path);
    CHECK(idleMinutesIn(all.at(0).path) == 20);
    CHECK(idleMinutesIn(all.at(1).path) == 15);
    CHECK(BackupSet::verify(all.at(0).path).ok());
}

TEST_CASE("Backups of two databases never mix", "[backup][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Beside the databases: the full file name tells a.sqlite's from a.parcours's.
    const BackupSet a(dir.filePath(QStringLiteral("a.sqlite")), QString(dir.filePath(QStringLiteral("x"))));
    const BackupSet sameNameElsewhere(dir.filePath(QStringLiteral("other/a.sqlite")), dir.filePath(QStringLiteral("x")));
    // In one chosen folder, two files called a.sqlite get two subfolders.
    CHECK(a.folder() != sameNameElsewhere.folder());
    CHECK(QFileInfo(a.folder()).absolutePath() == QFileInfo(dir.filePath(QStringLiteral("x"))).absoluteFilePath());

    const QString beside = dir.filePath(QStringLiteral("beside"));
    REQUIRE(QDir().mkpath(beside));
    REQUIRE(QDir().mkpath(beside + QStringLiteral("/backups")));
    const BackupSet one(beside + QStringLiteral("/a.sqlite"), QString());
    const BackupSet two(beside + QStringLiteral("/a.parcours"), QString());
    if (!BackupSet::configuredFolder().isEmpty())
        return; // this machine has a chosen folder: the default is not in use
    CHECK(one.folder() == beside + QStringLiteral("/backups"));
    CHECK(one.folder() == two.folder());
    touch(beside + QStringLiteral("/backups/") + one.nameFor(at(2026, 1, 1)));
    touch(beside + QStringLiteral("/backups/") + two.nameFor(at(2026, 1, 2)));
    REQUIRE(one.list().size() == 1);
    CHECK(one.list().first().taken == at(2026, 1, 1));
    REQUIRE(two.list().size() == 1);
    CHECK(two.list().first().taken == at(2026, 1, 2));
}

TEST_CASE("An automatic backup that cannot be written fails cleanly", "[backup][sqlite]")
{
    TempDatabase t;
    SECTION("a chosen folder that vanished (a drive not connected) is not recreated")
    {
        const QString gone = t.file(QStringLiteral("usb-drive"));
        BackupSet set(t.path(), gone);
        auto made = set.make(*t.db, at(2026, 3, 2));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(gone));
    }
#ifdef Q_OS_LINUX
    SECTION("a folder that cannot be created")
    {
        BackupSet set(t.path(), QStringLiteral("/proc"));
        auto made = set.make(*t.db, at(2026, 3, 2));
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().contains(QStringLiteral("cannot be created")));
    }
#endif
#ifdef Q_OS_UNIX
    SECTION("a read-only folder: no partial file, the earlier backups untouched")
    {
        const QString chosen = t.file(QStringLiteral("chosen"));
        REQUIRE(QDir().mkpath(chosen));
        BackupSet set(t.path(), chosen);
        REQUIRE(set.make(*t.db, at(2026, 3, 1)).ok());
        const QString earlier = set.list().first().path;
        const QByteArray before = bytesOf(earlier);
        const QStringList namesBefore = namesIn(set.folder());
        QFile::setPermissions(set.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const bool simulated = !QFileInfo(set.folder()).isWritable();
        auto made = set.make(*t.db, at(2026, 3, 2));
        QFile::setPermissions(set.folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!simulated) {
            WARN("running as root: a read-only folder cannot be simulated here");
            return;
        }
        REQUIRE_FALSE(made.ok());
        CHECK(namesIn(set.folder()) == namesBefore);
        CHECK(bytesOf(earlier) == before);
    }
#endif
}

TEST_CASE("Restore keeps the current file aside and puts the backup's data in place", "[backup][restore][sqlite]")
{
    TempDatabase t;
    const QString db = t.path();
    REQUIRE(Settings(*t.db).setIdleLockMinutes(15).ok());
    BackupSet set(db, t.file(QStringLiteral("chosen")));
    REQUIRE(QDir().mkpath(t.file(QStringLiteral("chosen"))));
    auto made = set.make(*t.db, at(2026, 3, 2, 8, 0));
    REQUIRE(made.ok());
    REQUIRE(Settings(*t.db).setIdleLockMinutes(30).ok());

    // While the database is open, nothing happens.
    auto refused = BackupSet::restore(made.value().path, db, restorer(), at(2026, 3, 2, 14, 0));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("open in another window or program")));
    CHECK(QDir(t.dir.path()).entryList({QStringLiteral("*before-restore*"), QStringLiteral("*restoring*")},
                                       QDir::Files | QDir::Hidden).isEmpty());
    CHECK(restoresIn(db).isEmpty());

    t.db.reset();
    const QByteArray backupBytes = bytesOf(made.value().path);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto restored = BackupSet::restore(made.value().path, db, restorer(), at(2026, 3, 2, 14, 0));
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    const QString aside = restored.value().keptAside;
    // One entry in the restored trail: who, when, which backup (name, date, hash) and where
    // the data it replaced is kept. The backup itself is not changed.
    const QList<AuditEntry> entries = restoresIn(db);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).actor == QStringLiteral("a.admin"));
    CHECK(entries.at(0).actorKind == QStringLiteral("user"));
    CHECK(entries.at(0).entity == QStringLiteral("database"));
    CHECK(entries.at(0).at >= started);
    const QJsonObject details = json(entries.at(0).details);
    CHECK(details.value(QStringLiteral("backup")).toString() == QFileInfo(made.value().path).fileName());
    CHECK(details.value(QStringLiteral("taken")).toString() == QStringLiteral("2026-03-02T08:00:00"));
    CHECK(details.value(QStringLiteral("sha256")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(backupBytes, QCryptographicHash::Sha256).toHex()));
    CHECK(details.value(QStringLiteral("kept_aside")).toString() == QFileInfo(aside).fileName());
    CHECK(bytesOf(made.value().path) == backupBytes);
    CHECK(restoresIn(aside).isEmpty());
    CHECK(QFileInfo(aside).fileName() == QStringLiteral("parcours.sqlite.before-restore-2026-03-02_140000.sqlite"));
    CHECK(restored.value().taken == at(2026, 3, 2, 8, 0));
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK(idleMinutesIn(db) == 15);    // the backup's data
    CHECK(idleMinutesIn(aside) == 30); // what was there before, kept
    CHECK(QDir(t.dir.path()).entryList({QStringLiteral("*restoring*")}, QDir::Files | QDir::Hidden).isEmpty());

    // A second restore in the same second never overwrites the first file kept aside.
    auto second = BackupSet::restore(made.value().path, db, restorer(), at(2026, 3, 2, 14, 0));
    REQUIRE(second.ok());
    CHECK(second.value().keptAside != aside);
    CHECK(QFileInfo::exists(aside));
    CHECK(idleMinutesIn(aside) == 30);
    // Each file's trail has the restores of its own data: the first one went aside with it.
    CHECK(restoresIn(db).size() == 1);
    CHECK(restoresIn(second.value().keptAside).size() == 1);
}

TEST_CASE("Restore puts a damaged database aside with its -wal and never pairs the backup with it", "[backup][restore][sqlite]")
{
    TempDatabase t;
    const QString db = t.path();
    REQUIRE(QDir().mkpath(t.file(QStringLiteral("chosen"))));
    BackupSet set(db, t.file(QStringLiteral("chosen")));
    auto made = set.make(*t.db, at(2026, 3, 2));
    REQUIRE(made.ok());
    t.db.reset();
    // The current file is garbage with a -wal beside it (SQLite cannot open it to merge it).
    touch(db, QByteArray(8192, '\x5a'));
    touch(db + QStringLiteral("-wal"), QByteArray(4096, '\x11'));
    auto restored = BackupSet::restore(made.value().path, db, restorer(), at(2026, 3, 3));
    INFO(restored.error().toStdString());
    REQUIRE(restored.ok());
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
    CHECK(bytesOf(restored.value().keptAside) == QByteArray(8192, '\x5a'));
    CHECK(bytesOf(restored.value().keptAside + QStringLiteral("-wal")) == QByteArray(4096, '\x11'));
    CHECK(idleMinutesIn(db) == Settings::kDefaultIdleLockMinutes);
}

TEST_CASE("Restore refuses a corrupt, foreign or newer backup and changes nothing", "[backup][restore][sqlite]")
{
    TempDatabase t;
    const QString db = t.path();
    REQUIRE(Settings(*t.db).setIdleLockMinutes(25).ok());
    const QString good = t.file(QStringLiteral("good.sqlite"));
    REQUIRE(t.db->backupTo(good).ok());
    t.db.reset();
    const QString bad = t.file(QStringLiteral("bad.sqlite"));

    QString expected;
    SECTION("not a database at all")
    {
        touch(bad, "These are not the dossiers you are looking for.\n");
        expected = QStringLiteral("not a database file");
    }
    SECTION("a damaged page")
    {
        QByteArray bytes = bytesOf(good);
        REQUIRE(bytes.size() > 4 * 4096);
        for (int i = 2 * 4096; i < 3 * 4096; ++i)
            bytes[i] = char(i * 7);
        touch(bad, bytes);
        expected = QStringLiteral("damaged");
    }
    SECTION("another program's database")
    {
        {
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            foreign.setDatabaseName(bad);
            REQUIRE(foreign.open());
            QSqlQuery q(foreign);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE music (title TEXT)")));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expected = QStringLiteral("belongs to another program");
    }
    SECTION("a newer version's backup")
    {
        REQUIRE(QFile::copy(good, bad));
        {
            QSqlDatabase newer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            newer.setDatabaseName(bad);
            REQUIRE(newer.open());
            QSqlQuery q(newer);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            newer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        expected = QStringLiteral("newer version");
    }
    SECTION("a backup that does not exist")
    {
        expected = QStringLiteral("does not exist");
    }

    const QByteArray before = bytesOf(db);
    const QStringList namesBefore = namesIn(t.dir.path());
    CHECK_FALSE(BackupSet::verify(bad).ok());
    auto restored = BackupSet::restore(bad, db, restorer());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().contains(expected));
    CHECK(restored.error().contains(QStringLiteral("The database was not changed.")));
    CHECK(bytesOf(db) == before); // not even an audit entry
    CHECK(namesIn(t.dir.path()) == namesBefore);
    CHECK(restoresIn(db).isEmpty());
    CHECK(idleMinutesIn(db) == 25);
}

TEST_CASE("Restore is refused without an actor, or when the backup's trail cannot record it; nothing changes",
          "[backup][restore][sqlite]")
{
    TempDatabase t;
    const QString db = t.path();
    REQUIRE(Settings(*t.db).setIdleLockMinutes(25).ok());
    const QString good = t.file(QStringLiteral("good.sqlite"));
    REQUIRE(t.db->backupTo(good).ok());
    t.db.reset();
    const QByteArray before = bytesOf(db);
    const QStringList namesBefore = namesIn(t.dir.path());

    SECTION("nobody")
    {
        auto refused = BackupSet::restore(good, db, Actor());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("Nobody is signed in")));
    }
    SECTION("a backup without an audit trail")
    {
        const QString bare = t.file(QStringLiteral("bare.sqlite"));
        REQUIRE(QFile::copy(good, bare));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
            raw.setDatabaseName(bare);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("DROP TABLE audit_log")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
        auto refused = BackupSet::restore(bare, db, restorer());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("audit trail")));
        CHECK(refused.error().contains(QStringLiteral("The database was not changed.")));
        QFile::remove(bare);
    }
    CHECK(bytesOf(db) == before);
    CHECK(namesIn(t.dir.path()) == namesBefore); // no file kept aside, no copy left over
    CHECK(idleMinutesIn(db) == 25);
}
