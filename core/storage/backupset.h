// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "security/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace parcours {

class Database;

// One automatic backup on disk.
struct BackupInfo
{
    QString path;    // absolute
    QDateTime taken; // local time, from the file's name
    qint64 size = 0; // bytes
};

// The automatic backups of one database file: where they live, their names, making one,
// thinning them, and putting one back. The desktop program and `parcours-cli backup --auto`
// both go through here, so both obey the same folder, names and thinning rule.
//
// Folder: `<folder of the database>/backups` by default — the officer can write there, since
// they write the database itself. An administrator may choose another folder on this
// computer (File → Restore… → Change folder…, or `--dir` on the command line); it is kept
// in this computer's settings (QSettings key `backup/folder`), not in the database, so the
// backups can still be found when the database is too damaged to open. In a chosen folder
// each database gets its own subfolder `<file name>-<8 hex digits of its path>`, so that
// two `parcours.sqlite` of different people never mix.
//
// Names: `<database file name>.backup-<yyyy-MM-dd_HHmmss>.sqlite`, local time: they sort by
// date, and the full file name in front means a backup of a.sqlite is never taken for one of
// b.sqlite (or of a.parcours) in the same folder. Other files there are ignored.
//
// Thinning (after each successful automatic backup; never when it failed): a backup survives
// when it is the newest one of one of the 7 most recent days that have a backup, of one of
// the 4 most recent ISO weeks (Monday–Sunday) that have one, or of one of the 12 most recent
// calendar months that have one. So the weekly copy of a finished week is its last copy
// (usually Sunday's or Friday's), the monthly copy of a finished month its last copy. The
// days, weeks and months are counted among those that have backups, not on the calendar: a
// program left unused for a summer keeps its older copies.
class BackupSet
{
    Q_DECLARE_TR_FUNCTIONS(BackupSet)
public:
    static constexpr int kDaily = 7;
    static constexpr int kWeekly = 4;
    static constexpr int kMonthly = 12;

    // `chosenFolder` empty: the folder chosen on this computer (configuredFolder()), else
    // the `backups` folder beside the database.
    explicit BackupSet(const QString &databasePath, const QString &chosenFolder = {});

    // The folder chosen on this computer (QSettings backup/folder); empty when none.
    static QString configuredFolder();
    static void setConfiguredFolder(const QString &folder); // empty: back to the default

    const QString &databasePath() const { return m_databasePath; }
    const QString &folder() const { return m_folder; } // where this database's backups are

    QString nameFor(const QDateTime &taken) const;
    // This database's backups, newest first; other files in the folder are left out.
    QList<BackupInfo> list() const;
    std::optional<BackupInfo> latest() const;

    // A verified copy of `db` (taken at `now`), then thinning. Needs no permission of the
    // signed-in person: it is the program's own safety copy into the administrator's folder.
    Result<BackupInfo> make(const Database &db, const QDateTime &now = QDateTime::currentDateTime());
    // make(), unless a backup was already taken on the day of `now`: at most one a day.
    // Returns the new backup, or nothing when one of that day already exists.
    Result<std::optional<BackupInfo>> makeIfDue(const Database &db, const QDateTime &now = QDateTime::currentDateTime());

    // Removes the backups the rule above does not keep; returns the removed paths.
    QStringList thin();
    // The rule itself: of `taken` (any order), the ones that survive.
    static QList<QDateTime> survivors(QList<QDateTime> taken);

    // Is `backup` a sound Parcours database that this version can open (integrity check,
    // application id, schema not newer than this program)? Changes nothing.
    static Status verify(const QString &backup);

    struct Restored
    {
        QString keptAside; // where the database as it was is kept; empty when there was none
        QDateTime taken;   // of the backup, when its name says it
    };
    // Puts `backup` in place of the database at `databasePath`. Every Database on that file
    // must be closed first (refused when another connection still has it open). Steps: the
    // backup is copied beside the database and verified; the current file (with its -wal) is
    // copied aside to `<name>.before-restore-<yyyy-MM-dd_HHmmss>.sqlite` (never over an
    // existing file); one audit entry is written into the copy, in its own transaction, as
    // `actor` (action "restore", entity "database"; details: the backup's file name, when it
    // was taken, its SHA-256 and size, the name of the file kept aside), so that the restored
    // trail shows when its data was put back and by whom; the -wal/-shm of the current file
    // are removed so that the restored file is never paired with them; the copy is renamed
    // over the database. A failure at any step leaves the current file as it was, and no
    // file has the entry.
    static Result<Restored> restore(const QString &backup, const QString &databasePath, const Actor &actor,
                                    const QDateTime &now = QDateTime::currentDateTime());

private:
    QString m_databasePath;
    QString m_folder;
    QString m_chosenRoot; // the folder the administrator chose, or empty
};

} // namespace parcours
