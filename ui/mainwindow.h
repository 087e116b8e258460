// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "csvimport.h"
#include "storage/backupset.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QThread;
class QTimer;

namespace parcours {
class Database;
class Registry;
class Trajectory;
}

namespace parcours::ui {

class CaseloadView;
class CellsArea;
class JobTableArea;
class ComplianceView;
class DossierListView;
class MessageBar;
class ReportsPage;
class Session;
class SettingsPage;

// The program's window: navigation between the areas on the left, the open area on the
// right, the File and Help menus, and a status bar with the open database. It owns the open
// Database and the services built on it; views only borrow them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dossiers, Trajectory, JobTable, Cells, Reports, Settings };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `db` from now on; the previous database (if any) is closed after the views let
    // go of it. Shows the core's warnings once in the message bar. Remembers the path in the
    // recent list unless `remember` is false (screenshots, tests).
    void setDatabase(std::unique_ptr<Database> db, bool remember = true);
    Database *database() const { return m_db.get(); }
    Registry *registry() const { return m_registry.get(); }
    Trajectory *trajectory() const { return m_trajectory.get(); }

    // File → Import dossiers / placements; `path` and `showReport` let tests skip the dialogs.
    CsvImport::Outcome importCsv(CsvImport::Kind kind, const QString &path = {}, bool showReport = true);

    // Writes a verified copy of the open database to `target` (File → Back up… without
    // the dialogs).
    Status backUpTo(const QString &target);

    // The automatic backup of the open database (BackupSet), unless one of today exists:
    // after setDatabase(…, remember = true) and then every hour. It runs on a thread of its
    // own with its own connection to the file (a copy of a large database takes seconds; the
    // window does not wait), then says where it went in the status bar, or shows the failure
    // in the message bar, and emits automaticBackupFinished.
    void startAutomaticBackup();
    // File → Restore… without the dialogs: closes the database, puts `backup` in its place
    // (BackupSet::restore), reopens it and asks for a sign-in (`signIn`, by default the
    // sign-in dialog: the restored file has its own accounts). On failure the database is
    // reopened as it was, with the same person signed in. Returns where the database as it
    // was is kept.
    Result<QString> restoreFrom(const QString &backup, const std::function<bool(Database &)> &signIn = {});

    void showPage(Page page);
    // The name of an area in the navigation, in the current language.
    static QString pageName(Page page);
    DossierListView *dossierView() const { return m_dossiers; }
    CaseloadView *caseloadView() const { return m_caseload; }
    ReportsPage *reportsPage() const { return m_reports; }
    SettingsPage *settingsPage() const { return m_settings; }
    JobTableArea *jobTableArea() const { return m_jobTables; }
    CellsArea *cellsArea() const { return m_cells; }
    ComplianceView *complianceView() const { return m_compliance; }

    // Replaces the "how many demo dossiers?" dialog, for tests; empty restores it.
    using DemoCountPrompt = std::function<std::optional<int>()>;
    void setDemoCountPrompt(DemoCountPrompt prompt) { m_demoCountPrompt = std::move(prompt); }
    MessageBar *messageBar() const { return m_messageBar; }

public Q_SLOTS:
    void newDatabase();
    void openDatabase();
    void connectToDatabase(); // File → Connect to a database… (a file or a server)
    void openRecent(const QString &path);
    void backUp();
    void restoreBackup();
    void about();
    // The empty register's "Fill with demo data": asks how many, generates with progress,
    // shows the result. Refusals (not empty, no permission, cancelled) are shown, not thrown.
    void fillWithDemoData();

Q_SIGNALS:
    // `made`: the new backup, or empty when none was needed or it failed (`error`).
    void automaticBackupFinished(const QString &made, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    // QEvent::LanguageChange (Settings → language): retranslates the navigation, menus and
    // status bar; the pages do their own.
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void updateTitle();
    void updateCount(int total);
    // Opens `path` for File → Open / New / Recent: on failure the current database stays.
    void switchTo(const QString &path, bool create);
    // File → Connect…, and Open recent on a server (`location`, filled in): the connection
    // dialog, then the sign-in; on failure or Cancel the current database stays.
    void openWithDialog(const QString &location);

    void applyRole();
    // A database known to be damaged (storage/damage.h) is shown as such and not edited here;
    // checked when a database is set and every few seconds, as damage can be met at any read.
    void checkDamage();
    void retranslateUi();
    void fitNavigation();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Trajectory> m_trajectory;
    std::unique_ptr<Session> m_session; // declared after m_db: destroyed before it (holds a Database&)
    DemoCountPrompt m_demoCountPrompt;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DossierListView *m_dossiers = nullptr;
    CaseloadView *m_caseload = nullptr;
    ReportsPage *m_reports = nullptr;
    SettingsPage *m_settings = nullptr;
    JobTableArea *m_jobTables = nullptr;
    CellsArea *m_cells = nullptr;
    ComplianceView *m_compliance = nullptr; // the GPMI follow-up tab of the Dossiers area
    QTabWidget *m_dossiersArea = nullptr;
    MessageBar *m_messageBar = nullptr;
    bool m_damageShown = false;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QTimer *m_backupTimer = nullptr;
    QThread *m_backupThread = nullptr; // the automatic backup under way, if any
    bool m_automaticBackups = false; // set by setDatabase(…, remember)
    QAction *m_importDossiersAction = nullptr;
    QAction *m_importPlacementsAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace parcours::ui
