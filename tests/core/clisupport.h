// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real parcours-cli (PARCOURS_CLI, set by ctest) from core tests: what a script
// sees is the exit code, stdout, stderr and the files left behind.
#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

namespace parcours::test {

// False (with a warning) when the test was started without PARCOURS_CLI.
inline bool cliAvailable()
{
    if (!qEnvironmentVariableIsEmpty("PARCOURS_CLI"))
        return true;
    WARN("PARCOURS_CLI is not set (ctest sets it); the command-line tests were skipped. "
         "export PARCOURS_CLI=$PWD/build/dev/app/cli/parcours-cli to run them by hand.");
    return false;
}

struct CliOutcome
{
    int exitCode = -1; // -1 when the program crashed
    QString out;
    QString err;
    std::string describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err).toStdString();
    }
};

struct CliOptions
{
    // When set, the program's HOME, with XDG_DATA_HOME inside it, so that the default
    // database location (QStandardPaths) never lies in the real user's data.
    QString home;
    QString workingDirectory;
    QByteArray input; // written to stdin, which is then closed
    int finishMs = 300000;
};

inline CliOutcome runCli(const QStringList &arguments, const CliOptions &options = {})
{
    QProcess process;
    if (!options.home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), options.home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), options.home + QStringLiteral("/data-home"));
        process.setProcessEnvironment(env);
    }
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(qEnvironmentVariable("PARCOURS_CLI"), arguments);
    REQUIRE(process.waitForStarted(30000));
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(options.finishMs));
    CliOutcome o;
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

// A scratch folder that is also the program's home and working directory, so that nothing
// reaches the real user's data.
class CliRunner
{
public:
    CliRunner() { REQUIRE(m_dir.isValid()); }

    static bool available() { return cliAvailable(); }

    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return file(QStringLiteral("parcours.sqlite")); }

    CliOutcome run(const QStringList &arguments) const
    {
        CliOptions options;
        options.home = m_dir.path();
        options.workingDirectory = m_dir.path();
        return runCli(arguments, options);
    }

    // `--db <database> arguments…`, by default on db().
    CliOutcome onDb(const QStringList &arguments) const { return onDb(db(), arguments); }
    CliOutcome onDb(const QString &database, const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), database} + arguments);
    }

    // Runs a command that must succeed and returns its stdout.
    QString ok(const QStringList &arguments) const
    {
        const CliOutcome o = onDb(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << o.describe());
        REQUIRE(o.exitCode == 0);
        return o.out;
    }

    void init() const { ok({QStringLiteral("init")}); }

private:
    QTemporaryDir m_dir;
};

} // namespace parcours::test
