// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

namespace parcours::bench {

void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

namespace {
[[noreturn]] void fail(const QString &message)
{
    progress(message);
    std::exit(1);
}
} // namespace

Args parseArgs(const QString &description)
{
    // A benchmark acts as one program-internal actor from start to end.
    Database::setProcessActor(Actor::system(QStringLiteral("benchmark")));
    Args args;
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Measure this database; when the file does not exist, generate demo data into "
                                               "it and keep it for the next run."),
                                QStringLiteral("path"));
    const QCommandLineOption dossiers(QStringLiteral("dossiers"), QStringLiteral("Demo dossiers to generate (200000)."),
                                      QStringLiteral("n"), QString::number(args.dossiers));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data (1)."), QStringLiteral("s"),
                                  QString::number(args.seed));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("Last day of the demo history (2025-06-30)."),
                                   QStringLiteral("date"), args.until.toString(Qt::ISODate));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed repetitions (7)."), QStringLiteral("r"),
                                  QString::number(args.runs));
    const QCommandLineOption shell(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell to compare with."),
                                   QStringLiteral("path"), args.sqlite3);
    parser.addOptions({db, dossiers, seed, until, runs, shell});
    parser.process(*QCoreApplication::instance());

    bool ok = true;
    args.db = parser.value(db);
    args.dossiers = parser.value(dossiers).toInt(&ok);
    if (!ok || args.dossiers < 1)
        fail(QStringLiteral("--dossiers needs a positive number."));
    args.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        fail(QStringLiteral("--seed needs a number."));
    args.until = QDate::fromString(parser.value(until), Qt::ISODate);
    if (!args.until.isValid())
        fail(QStringLiteral("--until needs a date YYYY-MM-DD."));
    args.runs = parser.value(runs).toInt(&ok);
    if (!ok || args.runs < 1)
        fail(QStringLiteral("--runs needs a positive number."));
    args.sqlite3 = parser.value(shell);
    return args;
}

std::unique_ptr<Database> openExisting(const QString &path)
{
    auto opened = Database::open(path, {Database::Mode::MustExist, 5000});
    if (!opened)
        fail(opened.error());
    return opened.take();
}

std::unique_ptr<Database> openDemoDatabase(const Args &args, const QTemporaryDir &scratch, QString *path)
{
    *path = args.db.isEmpty() ? scratch.filePath(QStringLiteral("demo.sqlite")) : QFileInfo(args.db).absoluteFilePath();
    if (QFileInfo::exists(*path)) {
        progress(QStringLiteral("Using %1").arg(*path));
        return openExisting(*path);
    }
    {
        auto created = Database::open(*path, {Database::Mode::CreateIfMissing, 5000});
        if (!created)
            fail(created.error());
        DemoGenerator::Options options;
        options.dossiers = args.dossiers;
        options.seed = args.seed;
        options.until = args.until;
        DemoGenerator::Summary summary;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuMs();
        const Status s = DemoGenerator::generate(**created, options, [](int done, int total) {
            if (done % std::max(1, total / 10) == 0)
                std::fprintf(stderr, "\rgenerating demo data: %d %%", int(qint64(done) * 100 / total));
            return true;
        }, &summary);
        std::fputc('\n', stderr);
        if (!s)
            fail(s.error());
        const double cpuUsed = processCpuMs() - cpuStart;
        progress(QStringLiteral("Generated %1 people, %2 dossiers, %3 placements in %4 (CPU %8; seed %5, until %6) into %7")
                     .arg(summary.people)
                     .arg(summary.dossiers)
                     .arg(summary.placements)
                     .arg(ms(elapsedMs(timer)))
                     .arg(args.seed)
                     .arg(args.until.toString(Qt::ISODate), *path, ms(cpuUsed)));
    } // closed: the write-ahead log is checkpointed into the file
    return openExisting(*path);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

namespace {
double cpuMs(int who)
{
    rusage usage{};
    if (getrusage(who, &usage) != 0)
        return 0;
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}
} // namespace

double processCpuMs()
{
    return cpuMs(RUSAGE_SELF);
}

double childrenCpuMs()
{
    return cpuMs(RUSAGE_CHILDREN);
}

QString ms(double milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("failed");
    if (milliseconds >= 1000)
        return QString::number(milliseconds / 1000, 'f', 2) + QStringLiteral(" s");
    if (milliseconds >= 100)
        return QString::number(milliseconds, 'f', 0) + QStringLiteral(" ms");
    if (milliseconds >= 10)
        return QString::number(milliseconds, 'f', 1) + QStringLiteral(" ms");
    return QString::number(milliseconds, 'f', 2) + QStringLiteral(" ms");
}

Timing summarise(QList<double> samples)
{
    Timing t;
    if (samples.isEmpty())
        return t;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    t.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    t.min = samples.first();
    t.max = samples.last();
    t.runs = int(n);
    return t;
}

Timing measure(int runs, const std::function<void()> &work, bool warmUp)
{
    if (warmUp)
        work();
    QList<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        samples << elapsedMs(timer);
    }
    return summarise(samples);
}

double runProcess(const QString &program, const QStringList &arguments, const QString &workingDir, QByteArray *output)
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1)) {
        progress(QStringLiteral("%1 could not be run: %2").arg(program, process.errorString()));
        return -1;
    }
    const double elapsed = elapsedMs(timer);
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !err.trimmed().isEmpty()) {
        progress(QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')), QString::fromUtf8(err)));
        return -1;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return elapsed;
}

void Table::print() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_header)
        widths << h.size();
    for (const QStringList &row : m_rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    const auto line = [&widths](const QStringList &cells) {
        QString out = QStringLiteral("|");
        for (qsizetype c = 0; c < widths.size(); ++c)
            out += QLatin1Char(' ') + (c < cells.size() ? cells[c] : QString()).leftJustified(widths[c]) + QStringLiteral(" |");
        return out;
    };
    say(line(m_header));
    QString rule = QStringLiteral("|");
    for (const qsizetype w : std::as_const(widths))
        rule += QString(w + 2, QLatin1Char('-')) + QLatin1Char('|');
    say(rule);
    for (const QStringList &row : m_rows)
        say(line(row));
}

void printEnvironment(const Args &args, Database &db)
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : info.readAll().split('\n')) {
            if (l.startsWith("model name")) {
                cpu = QString::fromUtf8(l.mid(l.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    QSqlQuery q(db.sql());
    const QString sqliteVersion = q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? q.value(0).toString() : QString();
    QByteArray shellVersion;
    runProcess(args.sqlite3, {QStringLiteral("--version")}, {}, &shellVersion);
    say(QStringLiteral("Machine: %1, %2 cores; Qt %3; SQLite %4 (Qt driver), sqlite3 shell %5")
            .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu)
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion()), sqliteVersion, QString::fromUtf8(shellVersion.left(shellVersion.indexOf(' ')))));
    const QString buildType = QStringLiteral(PARCOURS_BUILD_TYPE);
    say(QStringLiteral("Build: %1%2").arg(buildType.isEmpty() ? QStringLiteral("(no build type)") : buildType,
                                          buildType == QLatin1String("Release") ? QString()
                                                                                : QStringLiteral(" — NOT a Release build: figures mean nothing")));
    say(QStringLiteral("Database: %1 (%2 MB); %3 timed runs after a warm-up, medians").arg(db.path()).arg(QFileInfo(db.path()).size() >> 20).arg(args.runs));
}

} // namespace parcours::bench
