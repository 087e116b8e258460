// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QMessageBox;
class QPushButton;
class QWidget;

namespace parcours::ui {

// Where databases live and which ones the user opened before. Opening follows the core's
// rule: only the default path (on first start) and File → New may create a file; a path
// that was opened before and vanished is refused, never silently replaced by an empty one.
class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)
public:
    static constexpr int kMaxRecent = 8;

    // AppLocalDataLocation/parcours.sqlite
    static QString defaultPath();
    // Most recent first; the first entry is the database to open at start.
    static QStringList recent();
    static void remember(const QString &path);
    static void forget(const QString &path);
    static void clearRecent();
    // A file's absolute path, or a server URL as it is.
    static QString normalized(const QString &location);
    static bool isRecent(const QString &location);

    // Servers opened before (URLs without password), most recent first; remember() adds to it.
    static QStringList recentServers();
    // A server's password kept in memory until the program ends (never in the settings), as
    // the connection dialog's "remember until Parcours closes" asks; an empty one forgets it.
    static QString sessionPassword(const QString &url);
    static void keepSessionPassword(const QString &url, const QString &password);

    // How to open `path` at start: the default path may be created when it was never used
    // before (first start); any other path must exist.
    static Database::Mode startupMode(const QString &path);

    // A server's password comes from the session (keepSessionPassword), the environment or
    // ~/.pgpass; this never asks (the connection dialog does).
    static Result<std::unique_ptr<Database>> open(const QString &path, Database::Mode mode);

    // File dialogs. Empty when the user cancels. chooseNew refuses an existing file: "New"
    // never opens or replaces what is already there.
    static QString chooseExisting(QWidget *parent);
    static QString chooseNew(QWidget *parent);

    // Start-up: opens `path`. A server that does not open (no password yet, or down) shows
    // the connection dialog with the reason instead (Cancel quits). A file that does not open
    // shows why and offers Open other… / New database… / Quit, and "Restore the latest backup…" when the file exists (it is
    // damaged or foreign) and an automatic backup of it does. Returns nullptr when the user
    // quits.
    static std::unique_ptr<Database> openAtStartup(QString path, Database::Mode mode);

    // "Restore the latest backup…" of the failure box: confirms, restores (the file must be
    // closed), says where the damaged file is kept. True when the backup is in place.
    static bool restoreLatest(const QString &path, QWidget *parent = nullptr);

    // The question openAtStartup asks, for showing it elsewhere (screenshots).
    struct FailureBox
    {
        std::unique_ptr<QMessageBox> box;
        QPushButton *openOther = nullptr;
        QPushButton *create = nullptr;
        QPushButton *quit = nullptr;
        QPushButton *restoreLatest = nullptr; // when the file exists and a backup of it does
    };
    static FailureBox failureBox(const QString &path, const QString &error);
    // The core's message, followed by the file's path when the message does not name it.
    static QString describeFailure(const QString &path, const QString &error);
    // Message boxes wrap long paths into a narrow column; give them room.
    static void widen(QMessageBox *box);
};

} // namespace parcours::ui
