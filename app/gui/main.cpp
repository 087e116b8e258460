// SPDX-License-Identifier: GPL-3.0-or-later
// parcours: the desktop program. Opens the database (the one named with --db, else the last
// one used, else the default one), shows the main window, or renders screenshots.
#include "artwork.h"
#include "common/language.h"
#include "databasefiles.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "session.h"
#include "settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace parcours;
using namespace parcours::ui;

namespace {

// --screenshot needs the offscreen platform, which must be chosen before QApplication
// exists, i.e. before QCommandLineParser can run.
bool wantsScreenshots(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

// The value of --lang (--lang nl or --lang=nl), read before the parser exists so that its own
// messages (--help) come translated too; empty when not given.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    const bool screenshots = wantsScreenshots(argc, argv);
    if (screenshots)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parcours"));
    QApplication::setApplicationName(QStringLiteral("Parcours"));
    QApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // The id of packaging/linux/be.parcours.Parcours.desktop: desktops match windows to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("be.parcours.Parcours"));
    QApplication::setWindowIcon(applicationIcon());

    // The interface language: --lang, else the one chosen in Settings, else the system's.
    // Screenshots never read the user's settings.
    QString language = languageArgument(argc, argv);
    if (language.isEmpty() && !screenshots)
        language = SettingsPage::storedLanguage();
    installTranslators(app, isSupportedLanguage(language) ? language : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Integration trajectories for the SPI services of Belgian OCMW / CPAS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open the database file <path>. It must exist, "
                                                                      "unless it is the default database."),
                                      QStringLiteral("path"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render each main view with sample data to "
                                                                        "<dir>/<view>.png and exit."),
                                        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "The language of the interface: nl, fr or en "
                                                                        "(default: the one chosen in Settings, else "
                                                                        "the system's)."),
                                        QStringLiteral("language"));
    parser.addOption(dbOption);
    parser.addOption(shotOption);
    parser.addOption(langOption);
    parser.process(app);
    if (!isSupportedLanguage(parser.value(langOption))) {
        const QString message = QApplication::translate("main", "parcours: unknown language %1 (nl, fr or en).")
                                    .arg(parser.value(langOption));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    if (parser.isSet(shotOption)) {
        // Sample data only: never read or write the user's settings or databases.
        QTemporaryDir settingsDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        return renderScreenshots(parser.value(shotOption));
    }

    QString path;
    if (parser.isSet(dbOption))
        path = Database::isServerUrl(parser.value(dbOption)) ? parser.value(dbOption)
                                                              : QFileInfo(parser.value(dbOption)).absoluteFilePath();
    else if (const QStringList recent = DatabaseFiles::recent(); !recent.isEmpty())
        path = recent.first();
    else
        path = DatabaseFiles::defaultPath();

    std::unique_ptr<Database> db = DatabaseFiles::openAtStartup(path, DatabaseFiles::startupMode(path));
    if (!db)
        return 1; // the user chose Quit after being told why the database could not be opened
    if (!Session::signIn(*db))
        return 0; // the first-run or sign-in dialog was closed: nothing of the database is shown

    MainWindow window;
    window.setDatabase(std::move(db));
    window.show();
    return app.exec();
}
