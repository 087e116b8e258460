// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "session.h"

#include "aboutdialog.h"
#include "artwork.h"
#include "balance/complianceview.h"
#include "caseloadview.h"
#include "csvimport.h"
#include "connectiondialog.h"
#include "databasefiles.h"
#include "demodata.h"
#include "dossierlistview.h"
#include "dossierwindow.h"
#include "format.h"
#include "cells/cellsarea.h"
#include "jobtable/jobtablearea.h"
#include "messagebar.h"
#include "reports/reportspage.h"
#include "registry/registry.h"
#include "restoredialog.h"
#include "security/permissions.h"
#include "settingspage.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(20, 20));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    m_dossiers = new DossierListView;
    m_caseload = new CaseloadView;
    m_reports = new ReportsPage;
    // The Dossiers area: the register, and the GPMI follow-up an officer should see first.
    m_compliance = new ComplianceView;
    m_dossiersArea = new QTabWidget;
    m_dossiersArea->setObjectName(QStringLiteral("dossiersArea"));
    m_dossiersArea->setDocumentMode(true);
    m_dossiersArea->addTab(m_dossiers, tr("Register"));
    m_dossiersArea->addTab(m_compliance, tr("GPMI follow-up"));
    connect(m_compliance, &ComplianceView::countChanged, this, [this](int findings, int overdue) {
        m_dossiersArea->setTabText(1, overdue > 0 ? tr("GPMI follow-up (%1 overdue)").arg(overdue)
                                      : findings > 0 ? tr("GPMI follow-up (%1)").arg(findings)
                                                     : tr("GPMI follow-up"));
    });
    connect(m_compliance, &ComplianceView::openDossierRequested, this, [this](qint64 id) { m_dossiers->openDossier(id); });
    const struct
    {
        QString name;
        AreaIcon icon;
        QWidget *page;
    } areas[] = {
        {tr("Dossiers"), AreaIcon::Dossiers, m_dossiersArea},
        {tr("Trajectory"), AreaIcon::Trajectory, m_caseload},
        {tr("Job Table"), AreaIcon::JobTable, m_jobTables = new JobTableArea},
        {tr("Cells"), AreaIcon::Cells, m_cells = new CellsArea},
        {tr("Reports"), AreaIcon::Reports, m_reports},
        {tr("Settings"), AreaIcon::Settings, m_settings = new SettingsPage},
    };
    QFontMetrics fm(m_navigation->font());
    for (const auto &area : areas) {
        auto *item = new QListWidgetItem(areaIcon(area.icon, m_navigation->palette().color(QPalette::Text)), area.name, m_navigation);
        item->setSizeHint(QSize(0, std::max(fm.height(), 20) + 16));
        m_pages->addWidget(area.page);
    }
    fitNavigation();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_messageBar = new MessageBar;
    auto *damageTimer = new QTimer(this);
    damageTimer->setInterval(2000);
    connect(damageTimer, &QTimer::timeout, this, &MainWindow::checkDamage);
    damageTimer->start();
    auto *work = new QWidget;
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(m_messageBar);
    workLayout->addWidget(m_pages, 1);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *divider = new QFrame;
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_navigation);
    layout->addWidget(divider);
    layout->addWidget(work, 1);
    setCentralWidget(central);

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("dossierCountLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_dossiers, &DossierListView::totalDossiersChanged, this, &MainWindow::updateCount);
    connect(m_dossiers, &DossierListView::demoDataRequested, this, &MainWindow::fillWithDemoData);
    connect(m_caseload, &CaseloadView::openDossierRequested, m_dossiers, &DossierListView::openDossier);
    connect(m_reports, &ReportsPage::openDossierRequested, m_dossiers, &DossierListView::openDossier);
    connect(m_dossiers, &DossierListView::dossierWindowOpened, this, [this](DossierWindow *window) {
        connect(window, &DossierWindow::changed, m_caseload, &CaseloadView::refresh);
    });

    buildMenus();
    m_navigation->setCurrentRow(int(Page::Dossiers));
    // At most one automatic backup a day (BackupSet): checked at open and every hour, so a
    // window left open over midnight makes the next day's.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::startAutomaticBackup);
    updateTitle();

    const QByteArray geometry = QSettings().value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    if (m_backupThread)
        m_backupThread->wait(); // it copies the file: let it finish rather than leave a partial copy
    // Views drop their pointers before the registry and database they point into go.
    m_dossiers->setTrajectory(nullptr);
    m_dossiers->setRegistry(nullptr);
    m_caseload->setTrajectory(nullptr);
    m_reports->setDatabase(nullptr);
    m_jobTables->setDatabase(nullptr);
    m_cells->setDatabase(nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDb->setObjectName(QStringLiteral("newDatabaseAction"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction *connectDb = file->addAction(tr("&Connect to a database…"), this, &MainWindow::connectToDatabase);
    connectDb->setObjectName(QStringLiteral("connectDatabaseAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_importDossiersAction = file->addAction(tr("&Import dossiers…"), this, [this] { importCsv(CsvImport::Kind::Dossiers); });
    m_importDossiersAction->setObjectName(QStringLiteral("importDossiersAction"));
    m_importPlacementsAction = file->addAction(tr("Import &placements…"), this, [this] { importCsv(CsvImport::Kind::Placements); });
    m_importPlacementsAction->setObjectName(QStringLiteral("importPlacementsAction"));
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction = file->addAction(tr("&Restore…"), this, &MainWindow::restoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    m_accountMenu->menuAction()->setVisible(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Parcours"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = DatabaseFiles::recent();
    const QString current = m_db ? DatabaseFiles::normalized(m_db->path()) : QString();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            Database::isServerUrl(path) ? path
                                        : QFileInfo(path).fileName() + QStringLiteral("  (")
                                              + QDir::toNativeSeparators(QFileInfo(path).absolutePath()) + QLatin1Char(')'));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(path != current);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear list"), this, [] { DatabaseFiles::clearRecent(); });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::setDatabase(std::unique_ptr<Database> db, bool remember)
{
    // Build the new services first, point the views at them, and only then close the old
    // database: no view ever holds a pointer into a closed one.
    m_session.reset(); // it belongs to the database being replaced
    std::unique_ptr<Registry> registry = db ? std::make_unique<Registry>(*db) : nullptr;
    std::unique_ptr<Trajectory> trajectory = db ? std::make_unique<Trajectory>(*db) : nullptr;
    m_dossiers->setTrajectory(trajectory.get());
    m_dossiers->setRegistry(registry.get());
    m_caseload->setTrajectory(trajectory.get());
    m_reports->setDatabase(db.get());
    m_jobTables->setDatabase(db.get());
    m_cells->setDatabase(db.get());
    m_compliance->setDatabase(nullptr);
    std::swap(m_registry, registry);
    std::swap(m_trajectory, trajectory);
    std::swap(m_db, db);
    trajectory.reset();
    registry.reset();
    db.reset();
    m_compliance->setDatabase(m_db.get());

    m_messageBar->hide();
    m_damageShown = false;
    if (m_db) {
        if (remember)
            DatabaseFiles::remember(m_db->path());
        QStringList notes = m_db->warnings();
        if (!m_db->preMigrationCopy().isEmpty())
            notes << tr("This database was upgraded to the current version. A copy of it as it was before is kept at %1.")
                         .arg(QDir::toNativeSeparators(m_db->preMigrationCopy()));
        if (!notes.isEmpty())
            m_messageBar->showMessage(notes.join(QLatin1Char('\n')),
                                      m_db->warnings().isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning);
    }
    applyRole();
    updateTitle();
    m_dossiers->focusSearch();

    // A server is backed up on the server (pg_dump); the automatic copies are of files.
    m_automaticBackups = m_db && remember && !m_db->isServer();
    if (m_automaticBackups) {
        m_backupTimer->start();
        QTimer::singleShot(0, this, &MainWindow::startAutomaticBackup); // once the window shows
    } else {
        m_backupTimer->stop();
    }
}

void MainWindow::applyRole()
{
    // The core refuses what a role may not do; the window only spares people buttons that
    // would be refused.
    const Actor actor = m_db ? m_db->actor() : Actor();
    m_accountMenu->clear();
    if (m_db && actor.isUser()) {
        m_session = std::make_unique<Session>(*m_db, this);
        m_accountMenu->addActions(m_session->actions());
        connect(m_session.get(), &Session::signOutRequested, this, &QWidget::close);
        connect(m_session.get(), &Session::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    m_accountMenu->menuAction()->setVisible(m_session != nullptr);
    m_backupAction->setEnabled(m_db && Permissions::allows(actor, Permission::ExportData));
    m_restoreAction->setEnabled(m_db && Permissions::allows(actor, Permission::ExportData));
    m_importDossiersAction->setEnabled(m_db && Permissions::allows(actor, Permission::ImportData));
    m_importPlacementsAction->setEnabled(m_db && Permissions::allows(actor, Permission::ImportData));
    // Officers and facilitators start on what an inspector would find, when there is any.
    m_dossiersArea->setTabVisible(1, m_db && Permissions::allows(actor, Permission::ViewRegister));
    if (m_db && actor.isUser() && (actor.role == Role::Officer || actor.role == Role::Facilitator) && m_compliance->findingCount() > 0)
        m_dossiersArea->setCurrentWidget(m_compliance);
    // An administrator manages accounts and settings, reception keeps the free-access log:
    // say so rather than show an empty register that the core would refuse to fill.
    if (m_db && actor.isUser() && !Permissions::allows(actor, Permission::ViewRegister))
        m_messageBar->showMessage(tr("Your role (%1) does not give access to the dossiers. The Account menu holds what "
                                     "your role may do.").arg(RoleNames::label(actor.role)),
                                  MessageBar::Kind::Information);
    checkDamage();
}

void MainWindow::checkDamage()
{
    const bool damaged = m_db && m_db->recheckDamage();
    m_dossiers->setReadOnly(damaged);
    if (!damaged)
        return;
    m_importDossiersAction->setEnabled(false);
    m_importPlacementsAction->setEnabled(false);
    if (m_damageShown)
        return;
    m_damageShown = true;
    m_messageBar->showMessage(m_db->damage() + QLatin1Char('\n')
                                  + tr("You can still look things up in it and export what it holds; nothing can be "
                                       "saved to it until the latest backup is restored."),
                              MessageBar::Kind::Warning);
    if (Permissions::allows(m_db->actor(), Permission::ExportData))
        m_messageBar->setAction(tr("Restore a backup…"), [this] { restoreBackup(); });
}

void MainWindow::updateTitle()
{
    if (m_db) {
        QString name = QFileInfo(m_db->path()).fileName();
        if (const auto server = m_db->isServer() ? ServerAddress::parse(m_db->path()) : Result<ServerAddress>::failure({}))
            name = server.value().database + QLatin1Char('@') + server.value().host;
        setWindowTitle(tr("Parcours — %1").arg(name));
        m_pathLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->path())));
    } else {
        setWindowTitle(tr("Parcours"));
        m_pathLabel->setText(tr("No database open"));
        m_countLabel->clear();
    }
}

void MainWindow::updateCount(int total)
{
    m_countLabel->setText(total == 1 ? tr("1 dossier") : tr("%1 dossiers").arg(formatCount(total)));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void MainWindow::switchTo(const QString &path, bool create)
{
    Result<std::unique_ptr<Database>> opened =
        DatabaseFiles::open(path, create ? Database::Mode::CreateIfMissing : Database::Mode::MustExist);
    if (!opened) {
        QMessageBox box(QMessageBox::Warning, tr("Parcours"),
                        create ? tr("The database could not be created.") : tr("The database could not be opened."),
                        QMessageBox::Ok, this);
        box.setInformativeText(DatabaseFiles::describeFailure(path, opened.error()));
        DatabaseFiles::widen(&box);
        QPushButton *forget = nullptr;
        if (!create && DatabaseFiles::isRecent(path))
            forget = box.addButton(tr("Remove from recent list"), QMessageBox::DestructiveRole);
        box.exec();
        if (forget && box.clickedButton() == forget)
            DatabaseFiles::forget(path);
        return;
    }
    if (!Session::signIn(*opened.value(), this))
        return; // nobody signed in to the other database: the current one stays
    setDatabase(opened.take());
    showPage(Page::Dossiers);
}

void MainWindow::newDatabase()
{
    const QString path = DatabaseFiles::chooseNew(this);
    if (!path.isEmpty())
        switchTo(path, true);
}

void MainWindow::openDatabase()
{
    const QString path = DatabaseFiles::chooseExisting(this);
    if (!path.isEmpty())
        switchTo(path, false);
}

void MainWindow::connectToDatabase()
{
    openWithDialog(QString());
}

void MainWindow::openWithDialog(const QString &location)
{
    ConnectionDialog dialog(this);
    if (!location.isEmpty()) {
        dialog.setLocation(location);
        dialog.focusPassword();
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<Database> db = dialog.takeDatabase();
    if (!db || !Session::signIn(*db, this))
        return; // nobody signed in to the other database: the current one stays
    setDatabase(std::move(db));
    showPage(Page::Dossiers);
}

void MainWindow::openRecent(const QString &path)
{
    // A server: the connection dialog, filled in, is the one place a password is given.
    if (Database::isServerUrl(path))
        openWithDialog(path);
    else
        switchTo(path, false); // a remembered file that vanished is refused, never recreated
}

void MainWindow::backUp()
{
    if (!m_db)
        return;
    const QString base = QFileInfo(m_db->path()).completeBaseName();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral("-backup-") + QDate::currentDate().toString(Qt::ISODate)
                                            + QStringLiteral(".sqlite"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
                                                        tr("Parcours databases (*.sqlite *.parcours);;All files (*)"));
    if (target.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = backUpTo(target);
    QApplication::restoreOverrideCursor();
    if (status)
        QMessageBox::information(this, tr("Back up"), tr("The backup was written to\n%1").arg(QDir::toNativeSeparators(target)));
    else
        QMessageBox::warning(this, tr("Back up"), tr("The backup failed; nothing was written.\n\n%1").arg(status.error()));
}

Status MainWindow::backUpTo(const QString &target)
{
    if (!m_db)
        return Status::failure(tr("No database is open."));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_db->path()).absoluteFilePath())
        return Status::failure(tr("A backup cannot replace the database it copies. Choose another file."));
    return m_db->backupTo(target);
}

void MainWindow::startAutomaticBackup()
{
    if (!m_db || m_backupThread)
        return;
    const QString path = m_db->path();
    const QString chosen = BackupSet::configuredFolder();
    if (const auto last = BackupSet(path, chosen).latest(); last && last->taken.date() == QDate::currentDate())
        return;
    // The worker opens its own Database: a connection belongs to the thread that made it.
    // VACUUM INTO reads a consistent snapshot while the window goes on writing (WAL).
    auto outcome = std::make_shared<std::pair<QString, QString>>(); // made, error
    m_backupThread = QThread::create([path, chosen, outcome] {
        Result<std::unique_ptr<Database>> opened = Database::open(path, {Database::Mode::MustExist, 5000});
        if (!opened) {
            outcome->second = opened.error();
            return;
        }
        BackupSet set(path, chosen);
        const Result<std::optional<BackupInfo>> made = set.makeIfDue(*opened.value());
        if (!made)
            outcome->second = made.error();
        else if (made.value())
            outcome->first = made.value()->path;
    });
    m_backupThread->setParent(this);
    connect(m_backupThread, &QThread::finished, this, [this, outcome] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (!outcome->second.isEmpty())
            m_messageBar->showMessage(tr("The automatic backup could not be made: %1").arg(outcome->second),
                                      MessageBar::Kind::Warning);
        else if (!outcome->first.isEmpty())
            statusBar()->showMessage(tr("Daily backup written to %1").arg(QDir::toNativeSeparators(outcome->first)), 8000);
        Q_EMIT automaticBackupFinished(outcome->first, outcome->second);
    });
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::restoreBackup()
{
    if (!m_db)
        return;
    if (const Status allowed = Permissions::require(*m_db, Permission::ExportData); !allowed) {
        QMessageBox::information(this, tr("Restore a backup"), allowed.error());
        return;
    }
    RestoreDialog dialog(m_db->path(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const Result<QString> restored = restoreFrom(dialog.chosenBackup());
    if (!restored)
        QMessageBox::warning(this, tr("Restore a backup"), tr("The backup was not restored.\n\n%1").arg(restored.error()));
}

Result<QString> MainWindow::restoreFrom(const QString &backup, const std::function<bool(Database &)> &signIn)
{
    using R = Result<QString>;
    if (!m_db)
        return R::failure(tr("No database is open."));
    if (const Status allowed = Permissions::require(*m_db, Permission::ExportData); !allowed)
        return R::failure(allowed.error());
    const QString path = m_db->path();
    const Actor actor = m_db->actor();
    const bool automatic = m_automaticBackups;
    if (m_backupThread)
        m_backupThread->wait(); // its connection would keep the file open
    setDatabase(nullptr, false); // the file must be closed to be replaced
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupSet::Restored> restored = BackupSet::restore(backup, path, actor);
    QApplication::restoreOverrideCursor();
    Result<std::unique_ptr<Database>> reopened = Database::open(path, {Database::Mode::MustExist, 5000});
    if (!restored) {
        if (reopened) {
            reopened.value()->setActor(actor); // the same file as before: the same person
            setDatabase(reopened.take(), automatic);
        }
        return R::failure(restored.error());
    }
    const QString aside = QDir::toNativeSeparators(restored.value().keptAside);
    if (!reopened)
        return R::failure(tr("The backup was put in place but cannot be opened: %1 The database as it was is kept at %2.")
                              .arg(reopened.error(), aside));
    const bool signedIn = signIn ? signIn(*reopened.value()) : Session::signIn(*reopened.value(), this);
    if (!signedIn)
        return R(restored.value().keptAside); // restored; nobody signed in to it, so nothing is shown
    setDatabase(reopened.take(), automatic);
    m_messageBar->showMessage(tr("The database was restored from the backup %1. The database as it was before is kept at %2.")
                                  .arg(QFileInfo(backup).fileName(), aside),
                              MessageBar::Kind::Information);
    showPage(Page::Dossiers);
    return R(restored.value().keptAside);
}

CsvImport::Outcome MainWindow::importCsv(CsvImport::Kind kind, const QString &path, bool showReport)
{
    if (!m_db)
        return {};
    const CsvImport::Outcome outcome = CsvImport::run(this, *m_db, kind, path, showReport);
    if (outcome.imported) {
        m_dossiers->refresh();
        m_caseload->refresh();
        m_reports->invalidate();
    }
    return outcome;
}

void MainWindow::fillWithDemoData()
{
    if (!m_db)
        return;
    // Say at once when the role may not do it, rather than after choosing a number.
    if (const Status allowed = Permissions::require(*m_db, Permission::ImportData); !allowed) {
        QMessageBox::information(this, tr("Fill with demo data"), allowed.error());
        return;
    }
    const std::optional<int> count = m_demoCountPrompt ? m_demoCountPrompt() : DemoDataDialog::ask(this);
    if (!count)
        return;
    DemoGenerator::Summary summary;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const Status status = generateDemoData(this, *m_db, *count, &summary);
    QApplication::restoreOverrideCursor();
    m_dossiers->refresh();
    m_caseload->refresh();
    m_reports->invalidate();
    if (status) {
        m_messageBar->showMessage(tr("Demo data added: %1 invented people, %2 dossiers and %3 placements. Nobody in this "
                                     "database exists.")
                                      .arg(formatCount(summary.people), formatCount(summary.dossiers), formatCount(summary.placements)),
                                  MessageBar::Kind::Information);
    } else {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Warning);
    }
}

void MainWindow::about()
{
    AboutDialog dialog(m_db ? m_db->path() : QString(), this);
    dialog.exec();
}

QString MainWindow::pageName(Page page)
{
    switch (page) {
    case Page::Dossiers:
        return tr("Dossiers");
    case Page::Trajectory:
        return tr("Trajectory");
    case Page::JobTable:
        return tr("Job Table");
    case Page::Cells:
        return tr("Cells");
    case Page::Reports:
        return tr("Reports");
    case Page::Settings:
        return tr("Settings");
    }
    return {};
}

void MainWindow::fitNavigation()
{
    const QFontMetrics fm(m_navigation->font());
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, fm.horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setFixedWidth(std::max(170, widest + 20 + 56));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    // The pages retranslate themselves (their own changeEvent); the window does its frame.
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setText(pageName(Page(row)));
    fitNavigation();
    m_dossiersArea->setTabText(0, tr("Register"));
    m_dossiersArea->setTabText(1, tr("GPMI follow-up"));
    // The menus are rebuilt rather than renamed one by one, so none is forgotten; the account
    // menu's actions belong to the Session, which applyRole() makes anew.
    qDeleteAll(menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    menuBar()->clear();
    buildMenus();
    applyRole();
    updateTitle();
    if (m_db)
        updateCount(m_dossiers->totalDossiers());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace parcours::ui
