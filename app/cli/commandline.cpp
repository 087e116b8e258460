// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/language.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace parcours::cli {

namespace {

bool startsWithWords(const QStringList &positional, const QStringList &words)
{
    if (positional.size() < words.size())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (positional.at(i) != words.at(i))
            return false;
    }
    return true;
}

CommandLine usage(QString error)
{
    CommandLine line;
    line.action = CommandLine::Action::Usage;
    line.error = std::move(error);
    return line;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// "--at D1,D2,…" → "--at"; "--dry-run" → "--dry-run".
QString optionName(const QString &entry)
{
    return entry.section(QLatin1Char(' '), 0, 0);
}

// The options that take a value, in any command: name → what the value is ("D1,D2,…").
// Known before the command is, so that "--at 2020-12-31" is never taken for an argument.
QMap<QString, QString> valueOptions()
{
    QMap<QString, QString> found;
    for (const Command &c : commands()) {
        for (const QString &entry : c.options) {
            if (entry.contains(QLatin1Char(' ')))
                found.insert(optionName(entry), entry.section(QLatin1Char(' '), 1));
        }
    }
    return found;
}

bool accepts(const Command &command, const QString &option)
{
    for (const QString &entry : command.options) {
        if (optionName(entry) == option)
            return true;
    }
    return false;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("parcours.sqlite"));
}

QString usageLine()
{
    return Cli::tr("Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]   (commands: %1)")
        .arg([] {
            QStringList names;
            for (const Command &c : commands()) {
                if (!names.contains(c.words.first()))
                    names << c.words.first();
            }
            return names.join(QLatin1String(", "));
        }());
}

QString helpText()
{
    QStringList lines;
    lines << Cli::tr("Usage: parcours-cli [--db PATH] COMMAND [ARGUMENTS]") << QString();
    lines << Cli::tr("Parcours without windows: the same register and rules as the desktop program.") << QString();
    lines << Cli::tr("Commands:");
    for (const Command &c : commands()) {
        lines << QStringLiteral("  ") + c.synopsis();
        lines << QStringLiteral("      ") + QCoreApplication::translate("Cli", c.summary);
    }
    lines << QString() << Cli::tr("Options:");
    lines << Cli::tr("  --db PATH    the database file (default: %1)").arg(QDir::toNativeSeparators(defaultDatabasePath()));
    lines << Cli::tr("               or a database on a server: postgresql://user@server:port/database (the password "
                     "from PARCOURS_DB_PASSWORD, PGPASSWORD, ~/.pgpass, or asked)");
    lines << Cli::tr("               only init creates a missing file");
    lines << Cli::tr("  --lang LANG  the language of messages: nl, fr or en (default: the system's)");
    lines << Cli::tr("  --help       show this help");
    lines << Cli::tr("  --version    show the version");
    lines << QString() << Cli::tr("Exit status: 0 success, 1 failure (bad data, integrity problems, refused file), "
                                  "2 usage error.");
    return lines.join(QLatin1Char('\n'));
}

QString languageArgument(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    return language;
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QStringList positional;
    QStringList options;
    QMap<QString, QStringList> values;
    const QMap<QString, QString> takingValue = valueOptions();
    QString database;
    bool databaseGiven = false;
    QString language;
    bool help = false;
    bool version = false;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            positional << arg;
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-V")) {
            version = true;
        } else if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usage(Cli::tr("the option --db needs a PATH."));
            database = arguments.at(++i);
            databaseGiven = true;
        } else if (arg.startsWith(QLatin1String("--db="))) {
            database = arg.mid(5);
            databaseGiven = true;
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            if (arg == QLatin1String("--lang") && i + 1 >= arguments.size())
                return usage(Cli::tr("the option --lang needs nl, fr or en."));
            language = arg == QLatin1String("--lang") ? arguments.at(++i) : arg.mid(7);
            if (language.trimmed().isEmpty() || !isSupportedLanguage(language))
                return usage(Cli::tr("unknown language %1 (nl, fr or en).").arg(quoted(language)));
        } else {
            // A command's own option, checked once the command is known; "--at V" or "--at=V"
            // for one that takes a value.
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            const QString name = equals > 0 ? arg.left(equals) : arg;
            if (takingValue.contains(name)) {
                if (equals > 0)
                    values[name] << arg.mid(equals + 1);
                else if (i + 1 < arguments.size())
                    values[name] << arguments.at(++i);
                else
                    return usage(Cli::tr("the option %1 needs %2.").arg(name, takingValue.value(name)));
                options << name;
            } else {
                options << arg;
            }
        }
    }
    if (help) {
        CommandLine line;
        line.action = CommandLine::Action::Help;
        line.language = language;
        return line;
    }
    if (version) {
        CommandLine line;
        line.action = CommandLine::Action::Version;
        line.language = language;
        return line;
    }
    if (positional.isEmpty())
        return usage(Cli::tr("no command given."));
    if (databaseGiven && database.trimmed().isEmpty())
        return usage(Cli::tr("the option --db needs a PATH."));

    const Command *found = nullptr;
    for (const Command &c : commands()) {
        if (startsWithWords(positional, c.words) && (!found || c.words.size() > found->words.size()))
            found = &c;
    }
    if (!found) {
        QStringList candidates;
        for (const Command &c : commands()) {
            if (c.words.first() == positional.first())
                candidates << c.name();
        }
        if (candidates.isEmpty())
            return usage(Cli::tr("unknown command %1.").arg(quoted(positional.first())));
        return usage(Cli::tr("%1 what? Known: %2.").arg(positional.first(), candidates.join(QLatin1String(", "))));
    }

    for (const QString &option : std::as_const(options)) {
        if (!accepts(*found, option))
            return usage(Cli::tr("unknown option %1 for %2.").arg(quoted(option), found->name()));
    }
    const QStringList rest = positional.mid(found->words.size());
    // "[OUT]": an argument the command may go without (it checks the combination itself).
    const qsizetype required = std::count_if(found->arguments.cbegin(), found->arguments.cend(),
                                             [](const QString &a) { return !a.startsWith(QLatin1Char('[')); });
    if (rest.size() < required)
        return usage(Cli::tr("%1 needs %2.").arg(found->name(), found->arguments.mid(rest.size(), required - rest.size()).join(QLatin1Char(' '))));
    if (rest.size() > found->arguments.size())
        return usage(Cli::tr("too many arguments for %1: %2.").arg(found->name(), quoted(rest.at(found->arguments.size()))));

    CommandLine line;
    line.action = CommandLine::Action::Run;
    line.command = found;
    line.invocation.databasePath = databaseGiven ? database : defaultDatabasePath();
    line.invocation.arguments = rest;
    line.invocation.options = options;
    line.invocation.values = values;
    line.language = language;
    return line;
}

} // namespace parcours::cli
