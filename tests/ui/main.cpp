// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test main: a QApplication on the offscreen platform, so the tests (and the test
// listing that catch_discover_tests runs at build time) need no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "security/actor.h"
#include "storage/database.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parcours"));
    QApplication::setApplicationName(QStringLiteral("Parcours UI tests"));
    // Tests never read or write the user's settings (recent files, window geometry) or data.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // The views' tests open databases without the sign-in dialog: they work as a System actor.
    // The security tests set their own actors.
    parcours::Database::setProcessActor(parcours::Actor::system(QStringLiteral("ui-test")));
    return Catch::Session().run(argc, argv);
}
