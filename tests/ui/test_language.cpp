// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → language: the switch takes effect at once in the open views, dates and numbers
// follow it, what is typed in an open dossier form stays, and the choice is remembered. And
// Help → About: version, licence, credits, the database in use.
#include "aboutdialog.h"
#include "artwork.h"
#include "caseloadview.h"
#include "common/credits.h"
#include "security/accounts.h"
#include "dateedit.h"
#include "dossierform.h"
#include "dossierlistview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "sampledata.h"
#include "settingspage.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;
using parcours::test::child;

namespace {

// Restores the language the other tests expect (the machine's, with the C locale) however a
// test ends.
struct LanguageGuard
{
    QLocale locale;
    ~LanguageGuard()
    {
        SettingsPage page;
        page.chooseLanguage(QString());
        QSettings().remove(QStringLiteral("language"));
        QLocale::setDefault(locale);
        QCoreApplication::processEvents();
    }
};

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        if (action->isVisible())
            titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("Switching the language in Settings retranslates the window and keeps unsaved edits", "[ui][i18n]")
{
    const LanguageGuard guard;
    test::UiDatabase data;
    REQUIRE(addSampleDossiers(*data.registry).ok());
    const QString path = data.db->path();
    data.registry.reset();
    MainWindow window;
    window.setDatabase(std::move(data.db), false);
    test::showActive(&window);

    auto *navigation = child<QListWidget>(&window, "navigation");
    auto *search = child<QLineEdit>(&window, "searchEdit");
    CHECK(navigation->item(int(MainWindow::Page::Trajectory))->text() == QStringLiteral("Trajectory"));
    CHECK(menuTitles(window).contains(QStringLiteral("&Help")));

    // Work in progress: a search typed in the list and a new dossier with a name typed in.
    QTest::keyClicks(search, QStringLiteral("peeters"));
    DossierForm *form = window.dossierView()->newDossier();
    REQUIRE(form);
    REQUIRE(parcours::test::eventually([form] { return form->isVisible(); }));
    auto *lastName = child<QLineEdit>(form, "lastNameEdit");
    lastName->setText(QStringLiteral("Vandenberghe"));
    child<DateEdit>(form, "birthDateEdit")->setText(QStringLiteral("5/3/1987"));

    // Settings → Nederlands, as the user picks it in the list.
    window.showPage(MainWindow::Page::Settings);
    auto *combo = child<QComboBox>(window.settingsPage(), "interfaceLanguageCombo");
    const int dutch = combo->findData(QStringLiteral("nl"));
    REQUIRE(dutch > 0);
    CHECK(combo->itemText(dutch) == QStringLiteral("Nederlands"));
    combo->setCurrentIndex(dutch);
    Q_EMIT combo->activated(dutch);
    QCoreApplication::processEvents(); // Qt posts QEvent::LanguageChange to the windows

    CHECK(navigation->item(int(MainWindow::Page::Trajectory))->text() == QStringLiteral("Traject"));
    CHECK(navigation->item(int(MainWindow::Page::Settings))->text() == QStringLiteral("Instellingen"));
    CHECK(search->placeholderText() == QStringLiteral("Zoek op naam, rijksregisternummer of referentie"));
    CHECK(child<QComboBox>(&window, "stateFilter")->itemText(0) == QStringLiteral("Open en afgesloten"));
    CHECK(menuTitles(window).contains(QStringLiteral("&Bestand")));
    CHECK(child<QTableView>(&window, "dossierTable")->model()->headerData(0, Qt::Horizontal).toString()
          == QStringLiteral("Referentie"));
    // Dates and numbers follow the language, not the machine's locale.
    const QString example = child<QLabel>(window.settingsPage(), "languageExample")->text();
    CHECK(example.contains(QStringLiteral("31/12/2013")));
    CHECK(example.contains(QStringLiteral("70,75")));
    CHECK(example.contains(QStringLiteral("5.131")));

    // Nothing typed was lost: the search, and the open form with its fields.
    CHECK(search->text() == QStringLiteral("peeters"));
    CHECK(form->isVisible());
    CHECK(lastName->text() == QStringLiteral("Vandenberghe"));
    CHECK(child<DateEdit>(form, "birthDateEdit")->date() == QDate(1987, 3, 5));
    CHECK(form->isModified());
    // … and the open form speaks Dutch too, with what is typed in it.
    const auto labelOf = [form](const QWidget *field) {
        for (const QLabel *label : form->findChildren<QLabel *>())
            if (label->buddy() == field)
                return label->text();
        return QString();
    };
    CHECK(labelOf(lastName) == QStringLiteral("&Familienaam:"));
    CHECK(form->windowTitle() == QStringLiteral("Nieuw dossier"));
    CHECK_FALSE(window.messageBar()->isVisible());

    // Remembered for the next start (app/gui/main.cpp reads it).
    CHECK(SettingsPage::storedLanguage() == QStringLiteral("nl"));

    // Français, then back to the system's language (the C locale here: English).
    window.settingsPage()->chooseLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    CHECK(navigation->item(int(MainWindow::Page::Settings))->text() == QStringLiteral("Paramètres"));
    CHECK(menuTitles(window).contains(QStringLiteral("&Aide")));
    CHECK(child<QLabel>(window.settingsPage(), "languageExample")->text().contains(QStringLiteral("70,75")));
    window.settingsPage()->chooseLanguage(QString());
    QCoreApplication::processEvents();
    CHECK(navigation->item(int(MainWindow::Page::Trajectory))->text() == QStringLiteral("Trajectory"));
    CHECK(search->placeholderText() == QStringLiteral("Search name, national number or reference"));
    CHECK(SettingsPage::storedLanguage().isEmpty());
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));
    CHECK(lastName->text() == QStringLiteral("Vandenberghe"));

    // Still an unsaved edit, as it was: closing asks about it.
    CHECK(form->isModified());
    bool asked = false;
    form->setDiscardPrompt([&asked] {
        asked = true;
        return DossierForm::DiscardChoice::Discard;
    });
    form->close();
    CHECK(asked);
    CHECK(window.windowTitle().contains(QFileInfo(path).fileName()));
}

TEST_CASE("A signed-in user's Account menu follows the language switch", "[ui][i18n]")
{
    const LanguageGuard guard;
    test::UiDatabase data;
    data.registry.reset();
    Accounts accounts(*data.db);
    data.db->clearActor();
    auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Nathalie Lemaire"),
                                                   QStringLiteral("admin passphrase 1"));
    REQUIRE(admin.ok());
    data.db->setActor(admin.value());
    MainWindow window;
    window.setDatabase(std::move(data.db), false);
    window.show();
    // The Account menu's actions belong to the Session; find them through the menu.
    const auto lockActions = [&window] {
        QList<QAction *> found;
        for (QAction *action : child<QMenu>(&window, "accountMenu")->actions())
            if (action->objectName() == QLatin1String("actionLock"))
                found << action;
        return found;
    };
    const auto lockAction = [&lockActions] { return lockActions().value(0); };
    REQUIRE(lockAction());
    CHECK(lockAction()->text() == QStringLiteral("&Lock now"));

    window.settingsPage()->chooseLanguage(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    // The Session was made anew in Dutch: one lock action, still in the visible Account menu.
    REQUIRE(lockAction());
    CHECK(lockAction()->text() == QStringLiteral("Nu &vergrendelen"));
    CHECK(lockActions().size() == 1);
    CHECK(child<QMenu>(&window, "accountMenu")->menuAction()->isVisible());
    CHECK(window.menuBar()->findChildren<QMenu *>(QStringLiteral("accountMenu"), Qt::FindDirectChildrenOnly).size() == 1);
}

TEST_CASE("The caseload view retranslates its filters and keeps the chosen day", "[ui][i18n]")
{
    const LanguageGuard guard;
    CaseloadView view;
    view.show();
    auto *day = child<QLineEdit>(&view, "caseloadDay");
    day->setText(QStringLiteral("31/12/2013"));
    Q_EMIT day->editingFinished();
    SettingsPage settings;
    settings.chooseLanguage(QStringLiteral("fr"));
    QCoreApplication::processEvents();
    CHECK(child<QComboBox>(&view, "caseloadCellFilter")->itemText(0) == QStringLiteral("Toutes les cellules"));
    CHECK(day->text() == QStringLiteral("31/12/2013"));
    CHECK(day->placeholderText() == QStringLiteral("jj/mm/aaaa"));
}

TEST_CASE("About shows the version, the licence, the credits and the database in use", "[ui][about]")
{
    AboutDialog about(QStringLiteral("/srv/ocmw/parcours.sqlite"));
    CHECK(child<QLabel>(&about, "aboutVersion")->text().contains(QStringLiteral(PARCOURS_VERSION)));
    CHECK(programVersion() == QStringLiteral(PARCOURS_VERSION));
    CHECK(child<QLabel>(&about, "aboutLicence")->text().contains(QStringLiteral("GPL-3.0-or-later")));
    const QString credits = child<QLabel>(&about, "aboutCredits")->text();
    for (const char *name : {"Qt", "SQLite", "libsodium", "Catch2"})
        CHECK(credits.contains(QString::fromLatin1(name)));
    CHECK(credits.contains(QString::fromLatin1(qVersion())));
    CHECK(child<QLabel>(&about, "aboutDatabase")->text().contains(QStringLiteral("/srv/ocmw/parcours.sqlite")));
    CHECK(AboutDialog(QString()).findChild<QLabel *>(QStringLiteral("aboutDatabase"))->text()
          == QStringLiteral("No database open."));
}

TEST_CASE("The application icon is drawn from its SVG at every size", "[ui][about]")
{
    const QIcon icon = applicationIcon();
    for (const int size : {16, 32, 48, 256}) {
        INFO(size);
        CHECK(icon.availableSizes().contains(QSize(size, size)));
        // Opaque in the middle (the blue square), transparent in the rounded corner.
        const QImage image = icon.pixmap(size, size).toImage();
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
    }
}
