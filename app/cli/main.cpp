// SPDX-License-Identifier: GPL-3.0-or-later
// parcours-cli [--db PATH] COMMAND [ARGUMENTS]: see helpText() in commandline.cpp.
#include "cli.h"

#include "common/language.h"

#include <QCoreApplication>
#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace parcours::cli;

int main(int argc, char *argv[])
{
    // `export person` writes a PDF, which needs QtGui's fonts: then a QGuiApplication, on the
    // offscreen platform unless another is asked for (the command line never shows a window).
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (needsWidgetApplication(raw)) { // chart evolution: Qt Charts items are widgets
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (needsGuiApplication(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the desktop program, so that both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // The command line works on the file directly: whoever may run it on the file holds every
    // right (docs/security.md). What it changes is recorded as done by "cli:<OS user>".
    parcours::Database::setProcessActor(parcours::Actor::cli());
    // Messages in the language of --lang, else the system's; installed before parsing so that
    // the parser's own complaints are translated too. Outputs for machines (CSV, JSON) keep
    // dots and ISO dates whatever the language.
    parcours::installTranslators(*app, languageArgument(QCoreApplication::arguments().mid(1)));

    const CommandLine line = parseCommandLine(QCoreApplication::arguments().mid(1));
    switch (line.action) {
    case CommandLine::Action::Help:
        printOut(helpText());
        return Success;
    case CommandLine::Action::Version:
        printOut(QStringLiteral("parcours-cli ") + QCoreApplication::applicationVersion());
        return Success;
    case CommandLine::Action::Usage:
        printErr(QStringLiteral("parcours-cli: ") + line.error);
        printErr(usageLine());
        printErr(Cli::tr("Try 'parcours-cli --help' for the list of commands."));
        return UsageError;
    case CommandLine::Action::Run:
        break;
    }
    const int code = line.command->run(line.invocation);
    // A script that sends the output to a file must learn when it was not written whole (a
    // full disk): the stream keeps its write errors until here.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        printErr(Cli::tr("The output could not be written completely (is the disk full?)."));
        return code == Success ? Failure : code;
    }
    return code;
}
