// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiles.h"
#include "dossierlistview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "sampledata.h"
#include "uitestsupport.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;

namespace {

std::unique_ptr<Database> openDb(const QString &path, Database::Mode mode = Database::Mode::CreateIfMissing)
{
    auto opened = Database::open(path, {mode, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return opened.take();
}

} // namespace

TEST_CASE("The main window shows the open database, its dossiers and the areas", "[ui][main]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("molenbeek.sqlite"));
    std::unique_ptr<Database> db = openDb(path);
    {
        Registry registry(*db);
        REQUIRE(addSampleDossiers(registry).ok());
    }
    const int total = Registry(*db).dossierCount();

    MainWindow window;
    window.setDatabase(std::move(db), false);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Parcours — molenbeek.sqlite"));
    CHECK(child<QLabel>(&window, "databasePathLabel")->text().contains(QStringLiteral("molenbeek.sqlite")));
    CHECK(child<QLabel>(&window, "dossierCountLabel")->text() == QStringLiteral("%1 dossiers").arg(total));
    CHECK(child<QTableView>(&window, "dossierTable")->model()->rowCount() == total);
    CHECK_FALSE(window.messageBar()->isVisible()); // a local file: nothing to warn about
    CHECK(DatabaseFiles::recent().isEmpty());      // remember = false

    auto *navigation = child<QListWidget>(&window, "navigation");
    auto *pages = child<QStackedWidget>(&window, "pages");
    REQUIRE(navigation->count() == 6);
    for (int row = 1; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        CHECK(pages->currentIndex() == row);
        if (row == int(MainWindow::Page::Trajectory)) {
            CHECK(pages->currentWidget()->objectName() == QStringLiteral("caseloadView"));
            continue;
        }
        if (row == int(MainWindow::Page::Reports)) {
            CHECK(pages->currentWidget()->objectName() == QStringLiteral("reportsPage"));
            continue;
        }
        if (row == int(MainWindow::Page::Settings)) {
            CHECK(pages->currentWidget()->objectName() == QStringLiteral("settingsPage"));
            continue;
        }
        if (row == int(MainWindow::Page::Cells)) {
            CHECK(pages->currentWidget()->objectName() == QStringLiteral("cellsArea"));
            continue;
        }
        if (row == int(MainWindow::Page::JobTable)) {
            CHECK(pages->currentWidget()->objectName() == QStringLiteral("jobTableArea"));
            continue;
        }
        CHECK(row == int(MainWindow::Page::Dossiers)); // every other area has its own page
    }

    SECTION("Back up writes a copy that opens with the same dossiers")
    {
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        const Status s = window.backUpTo(target);
        INFO(s.error().toStdString());
        REQUIRE(s.ok());
        std::unique_ptr<Database> copy = openDb(target, Database::Mode::MustExist);
        CHECK(Registry(*copy).dossierCount() == total);
        // … and never over the database itself.
        CHECK_FALSE(window.backUpTo(path).ok());
    }
    SECTION("Switching databases replaces the list and the count")
    {
        window.setDatabase(openDb(dir.filePath(QStringLiteral("empty.sqlite"))), false);
        window.showPage(MainWindow::Page::Dossiers);
        CHECK(window.windowTitle() == QStringLiteral("Parcours — empty.sqlite"));
        CHECK(child<QLabel>(&window, "dossierCountLabel")->text() == QStringLiteral("0 dossiers"));
        CHECK(child<QWidget>(&window, "emptyState")->isVisible());
    }
}

TEST_CASE("Only a never-used default database is created; remembered ones must exist", "[ui][main]")
{
    QTemporaryDir dir;
    QSettings().clear();
    const QString defaultPath = DatabaseFiles::defaultPath();
    CHECK(defaultPath.endsWith(QStringLiteral("/parcours.sqlite")));
    CHECK(DatabaseFiles::startupMode(defaultPath) == Database::Mode::CreateIfMissing);
    CHECK(DatabaseFiles::startupMode(dir.filePath(QStringLiteral("other.sqlite"))) == Database::Mode::MustExist);

    // Once the default database held data, losing it is an error to show, not a fresh start.
    DatabaseFiles::remember(defaultPath);
    CHECK(DatabaseFiles::startupMode(defaultPath) == Database::Mode::MustExist);

    const QString gone = dir.filePath(QStringLiteral("gone.sqlite"));
    DatabaseFiles::remember(gone);
    CHECK(DatabaseFiles::recent().first() == QFileInfo(gone).absoluteFilePath());
    auto opened = DatabaseFiles::open(gone, DatabaseFiles::startupMode(gone));
    CHECK_FALSE(opened.ok());
    CHECK_FALSE(opened.error().isEmpty()); // the core's message, shown as is
    CHECK_FALSE(QFileInfo::exists(gone));  // never recreated

    DatabaseFiles::forget(gone);
    CHECK_FALSE(DatabaseFiles::recent().contains(QFileInfo(gone).absoluteFilePath()));
    for (int i = 0; i < DatabaseFiles::kMaxRecent + 3; ++i)
        DatabaseFiles::remember(dir.filePath(QStringLiteral("db%1.sqlite").arg(i)));
    CHECK(DatabaseFiles::recent().size() == DatabaseFiles::kMaxRecent);
    QSettings().clear();
}

TEST_CASE("The search box takes the focus and Down moves into the results", "[ui][list]")
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = openDb(dir.filePath(QStringLiteral("p.sqlite")));
    {
        Registry registry(*db);
        REQUIRE(addSampleDossiers(registry).ok());
    }
    MainWindow window;
    window.setDatabase(std::move(db), false);
    parcours::test::showActive(&window);
    auto *search = child<QLineEdit>(&window, "searchEdit");
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("peeters"));
    QTest::keyClick(search, Qt::Key_Down); // no need to wait for the pause
    auto *table = child<QTableView>(&window, "dossierTable");
    CHECK(table->hasFocus());
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->currentIndex().row() == 0);
}
