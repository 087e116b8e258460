// SPDX-License-Identifier: GPL-3.0-or-later
// parcours_load: several users at once on one database (issue 10). Generates a demo register,
// gives each client its own officer account and Job Table, lets the clients work for a while
// through core's public API, prints throughput and latency percentiles, then checks that the
// database holds exactly what the clients did. Exit 0 when every check holds, 1 otherwise.
// Loopback only: a SQLite file, or a PostgreSQL server named by URL (tests/load/run-postgres.sh
// starts a throwaway one).
#include "loadcheck.h"
#include "loadclient.h"

#include "demo/demogenerator.h"
#include "jobtable/jobtables.h"
#include "security/accounts.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>

using namespace parcours;
using namespace parcours::load;

namespace {

void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs((QStringLiteral("parcours_load: ") + message + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::exit(1);
}

struct Args
{
    QString db;
    int clients = 20;
    int seconds = 60;
    int dossiers = 2000;
    int hot = 100;
    int thinkMs = 0;
    quint32 seed = 1;
    QDate until = QDate(2025, 6, 30);
    bool keep = false;
    bool tamper = false;
};

Args parseArgs()
{
    Args a;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Several users at once: N clients, each a thread with its own connection and its own officer account, do a "
        "realistic mix (search, open a dossier, record a placement, Job Table attendance, evolution report) for a "
        "while; then throughput, latency percentiles and a check that nothing was lost or duplicated."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("A SQLite file to create (must not exist; kept), or postgresql://user@host:port/dbname: a "
                                               "fresh database is created beside dbname on that server and dropped at the end "
                                               "(password: PARCOURS_DB_PASSWORD, PGPASSWORD or ~/.pgpass). Default: a SQLite "
                                               "file in a temporary folder."),
                                QStringLiteral("location"));
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Clients at once (20)."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Seconds of work (60)."), QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption dossiers(QStringLiteral("dossiers"), QStringLiteral("Demo dossiers generated first (2000)."), QStringLiteral("n"),
                                      QStringLiteral("2000"));
    const QCommandLineOption hot(QStringLiteral("hot"), QStringLiteral("Open dossiers the officers share for placements (100)."),
                                 QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption think(QStringLiteral("think"), QStringLiteral("Pause between two operations of a client, ms (0)."),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the demo data and of the clients' choices (1)."),
                                  QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("Last day of the demo history, the clients' today (2025-06-30)."),
                                   QStringLiteral("date"), QStringLiteral("2025-06-30"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the PostgreSQL database at the end."));
    const QCommandLineOption tamper(QStringLiteral("tamper"),
                                    QStringLiteral("Check the checks: change the database behind the clients' back after the run; "
                                                   "exit 0 only when every check then reports a mismatch."));
    p.addOptions({db, clients, duration, dossiers, hot, think, seed, until, keep, tamper});
    p.process(*QCoreApplication::instance());
    const auto number = [&p](const QCommandLineOption &o, int min) {
        bool ok = false;
        const int v = p.value(o).toInt(&ok);
        if (!ok || v < min)
            fail(QStringLiteral("--%1 needs a number of at least %2.").arg(o.names().constFirst()).arg(min));
        return v;
    };
    a.db = p.value(db);
    a.clients = number(clients, 1);
    a.seconds = number(duration, 1);
    a.dossiers = number(dossiers, 100);
    a.hot = number(hot, 1);
    a.thinkMs = number(think, 0);
    a.seed = quint32(number(seed, 0));
    a.until = QDate::fromString(p.value(until), Qt::ISODate);
    if (!a.until.isValid())
        fail(QStringLiteral("--until needs a date YYYY-MM-DD."));
    a.keep = p.isSet(keep);
    a.tamper = p.isSet(tamper);
    return a;
}

// A fresh database for the run on the server of `url`: created through an administrative
// connection to the database the URL names, dropped again at the end.
class ServerScratch
{
public:
    explicit ServerScratch(const QString &url) : m_url(url)
    {
        const QUrl u(url);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QLatin1String(kConnection));
        admin.setHostName(u.host());
        admin.setPort(u.port(5432));
        admin.setUserName(u.userName());
        admin.setDatabaseName(u.path().mid(1));
        admin.setPassword(qEnvironmentVariable("PARCOURS_DB_PASSWORD", qEnvironmentVariable("PGPASSWORD")));
        if (!admin.open())
            fail(QStringLiteral("cannot connect to %1: %2").arg(url, admin.lastError().text()));
        m_name = QStringLiteral("parcours_load_%1").arg(QCoreApplication::applicationPid());
        exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    ~ServerScratch()
    {
        if (!m_keep)
            exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        QSqlDatabase::database(QLatin1String(kConnection), false).close();
        QSqlDatabase::removeDatabase(QLatin1String(kConnection));
    }
    QString location() const
    {
        QUrl u(m_url);
        u.setPath(QLatin1Char('/') + m_name);
        return u.toString();
    }
    void keep() { m_keep = true; }

private:
    static constexpr const char *kConnection = "parcours-load-admin";
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kConnection)));
        if (!q.exec(sql))
            fail(sql + QStringLiteral(": ") + q.lastError().text());
    }
    QString m_url;
    QString m_name;
    bool m_keep = false;
};

QList<qint64> ids(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(sql + QStringLiteral(": ") + q.lastError().text());
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

// The register, the accounts and the Job Tables the clients work with; fills `fixture`.
void prepare(Database &db, const Args &args, Fixture &fixture)
{
    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options options;
    options.dossiers = args.dossiers;
    options.seed = args.seed;
    options.until = args.until;
    DemoGenerator::Summary summary;
    if (Status s = DemoGenerator::generate(db, options, {}, &summary); !s)
        fail(s.error());
    say(QStringLiteral("Demo data: %1 people, %2 dossiers, %3 placements (seed %4, until %5), generated in %6 s")
            .arg(summary.people).arg(summary.dossiers).arg(summary.placements).arg(args.seed)
            .arg(args.until.toString(Qt::ISODate)).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

    const QString today = args.until.toString(Qt::ISODate);
    fixture.today = args.until;
    fixture.seed = args.seed;
    fixture.thinkMs = args.thinkMs;
    fixture.dossiers = ids(db, QStringLiteral("SELECT id FROM dossier ORDER BY id"));
    // Open today and in a cell today: the dossiers officers move on.
    QList<qint64> open = ids(db, QStringLiteral("SELECT d.id FROM dossier d WHERE d.opened <= ? AND (d.closed IS NULL) AND EXISTS "
                                                "(SELECT 1 FROM placement p WHERE p.dossier_id = d.id AND p.start_date <= ? "
                                                "AND (p.end_date IS NULL OR p.end_date >= ?)) ORDER BY d.id"),
                             {today, today, today});
    std::mt19937_64 random(args.seed);
    std::shuffle(open.begin(), open.end(), random);
    const int groupSize = 10;
    if (open.size() < args.hot + qsizetype(args.clients) * groupSize)
        fail(QStringLiteral("%1 open dossiers in a cell today: too few for --hot %2 and %3 Job Tables of %4; generate more dossiers")
                 .arg(open.size()).arg(args.hot).arg(args.clients).arg(groupSize));
    fixture.hotDossiers = open.mid(0, args.hot);
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT last_name FROM person ORDER BY last_name")))
            fail(q.lastError().text());
        while (q.next())
            fixture.lastNames << q.value(0).toString();
    }
    for (qint64 id : ids(db, QStringLiteral("SELECT b.dossier_id FROM balance_version b WHERE b.sensitive IS NOT NULL AND b.version = "
                                            "(SELECT max(l.version) FROM balance_version l WHERE l.dossier_id = b.dossier_id)")))
        fixture.sensitiveBalance.insert(id);

    // One officer account a client (Argon2id hashes: a few seconds for 20).
    timer.restart();
    fixture.password = QStringLiteral("Ruimte-voor-Werk-%1").arg(args.seed);
    Accounts accounts(db);
    for (int i = 0; i < args.clients; ++i) {
        const QString name = QStringLiteral("officer%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        auto created = accounts.create(name, QStringLiteral("Officer %1").arg(i + 1), Role::Officer, fixture.password);
        if (!created)
            fail(created.error());
        fixture.usernames << name;
    }
    // Each officer leads a Job Table of ten people with eight meetings to record.
    JobTables tables(db);
    for (int i = 0; i < args.clients; ++i) {
        JobTable t;
        t.title = QStringLiteral("Load test group %1").arg(i + 1);
        t.officers = fixture.usernames.at(i);
        t.place = QStringLiteral("Space for Work");
        t.capacity = 12;
        t.stage(Stage::Composing).planned = args.until;
        auto table = tables.create(t);
        if (!table)
            fail(table.error());
        Fixture::Group group;
        group.jobTableId = *table;
        for (int k = 0; k < groupSize; ++k) {
            auto participant = tables.addParticipant(*table, open.at(args.hot + i * groupSize + k), args.until);
            if (!participant)
                fail(participant.error());
            group.participants << *participant;
        }
        for (int k = 0; k < 8; ++k) {
            Meeting m;
            m.jobTableId = *table;
            m.module = k < 4 ? Stage::JobSearch : Stage::Interviews;
            m.startsAt = QDateTime(args.until.addDays(7 + 2 * k), QTime(9, 30));
            m.topic = QStringLiteral("Session %1").arg(k + 1);
            auto meeting = tables.addMeeting(m);
            if (!meeting)
                fail(meeting.error());
            group.meetings << *meeting;
        }
        fixture.groups << group;
    }
    say(QStringLiteral("Accounts and Job Tables for %1 clients: %2 s; %3 shared dossiers for placements")
            .arg(args.clients).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1).arg(fixture.hotDossiers.size()));
}

QString machine(Database &db)
{
    QString cpu = QStringLiteral("unknown CPU");
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
    const QString engine = db.isServer()
        ? (q.exec(QStringLiteral("SHOW server_version")) && q.next() ? QStringLiteral("PostgreSQL ") + q.value(0).toString() : QString())
        : (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next() ? QStringLiteral("SQLite ") + q.value(0).toString() : QString());
    const QString build = QStringLiteral(PARCOURS_BUILD_TYPE);
    return QStringLiteral("Machine: %1, %2 cores; Qt %3; %4; build %5")
        .arg(cpu).arg(QThread::idealThreadCount()).arg(QString::fromLatin1(qVersion()), engine,
                                                          build.isEmpty() ? QStringLiteral("(no type)") : build);
}

// Nearest rank: the smallest sample with at least p of all samples at or below it.
double percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(p * double(sorted.size()))));
    return sorted.at(std::min(rank, sorted.size()) - 1);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0));
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString out = QStringLiteral("|");
        for (qsizetype c = 0; c < widths.size(); ++c)
            out += QLatin1Char(' ') + (c == 0 ? rows[r][c].leftJustified(widths[c]) : rows[r][c].rightJustified(widths[c]))
                   + QStringLiteral(" |");
        say(out);
        if (r == 0) {
            QString rule = QStringLiteral("|");
            for (qsizetype c = 0; c < widths.size(); ++c)
                rule += c == 0 ? QString(QString(widths[c] + 2, QLatin1Char('-')) + QLatin1Char('|'))
                               : QString(QString(widths[c] + 1, QLatin1Char('-')) + QStringLiteral(":|"));
            say(rule);
        }
    }
}

// Throughput and latency of every kind of operation, all clients together. Returns whether
// any operation failed unexpectedly (or, for a single client, was refused).
bool report(const QList<Tally> &tallies, double seconds)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("operation"), QStringLiteral("done"), QStringLiteral("refused"), QStringLiteral("busy"),
                        QStringLiteral("failed"), QStringLiteral("per s"), QStringLiteral("p50 ms"), QStringLiteral("p95 ms"),
                        QStringLiteral("p99 ms"), QStringLiteral("max ms")};
    QList<double> all;
    int failed = 0;
    const auto add = [&rows, seconds](const QString &name, const OpTally &t, QList<double> samples) {
        std::sort(samples.begin(), samples.end());
        rows << QStringList{name, QString::number(t.ok), QString::number(t.refused), QString::number(t.busy), QString::number(t.failed),
                            QString::number(double(samples.size()) / seconds, 'f', 1), ms(percentile(samples, 0.50)),
                            ms(percentile(samples, 0.95)), ms(percentile(samples, 0.99)), ms(samples.isEmpty() ? 0 : samples.last())};
    };
    OpTally total;
    for (Op op : kAllOps) {
        OpTally sum;
        for (const Tally &t : tallies) {
            const OpTally &o = t.of(op);
            sum.ok += o.ok;
            sum.refused += o.refused;
            sum.busy += o.busy;
            sum.failed += o.failed;
            sum.latencyMs += o.latencyMs;
        }
        add(opName(op), sum, sum.latencyMs);
        total.ok += sum.ok;
        total.refused += sum.refused;
        total.busy += sum.busy;
        total.failed += sum.failed;
        all += sum.latencyMs;
        failed += sum.failed;
    }
    add(QStringLiteral("all"), total, all);
    printTable(rows);
    int refers = 0;
    int transfers = 0;
    for (const Tally &t : tallies) {
        refers += t.refers;
        transfers += t.transfers;
    }
    say(QStringLiteral("Placements recorded: %1 referrals, %2 transfers; refused by the trajectory's rules: %3.")
            .arg(refers).arg(transfers).arg(total.refused));
    if (total.busy > 0)
        say(QStringLiteral("Busy: %1 operations gave up after the busy timeout (or met a deadlock) and saved nothing.").arg(total.busy));
    for (qsizetype i = 0; i < tallies.size(); ++i)
        for (const QString &e : tallies[i].errors)
            say(QStringLiteral("client %1: %2").arg(i + 1).arg(e));
    // Alone, a client only records steps the rules allow (see recordPlacement): a refusal
    // then means a rule said no where nothing contradicted the step.
    if (tallies.size() == 1 && total.refused > 0) {
        say(QStringLiteral("A single client was refused: nothing else changed those dossiers, so that is a fault."));
        return true;
    }
    return failed > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parcours_load"));
    const Args args = parseArgs();

    QTemporaryDir scratch;
    std::unique_ptr<ServerScratch> server;
    Fixture fixture;
    if (Database::isServerUrl(args.db)) {
        server = std::make_unique<ServerScratch>(args.db);
        if (args.keep)
            server->keep();
        fixture.location = server->location();
    } else {
        fixture.location = args.db.isEmpty() ? scratch.filePath(QStringLiteral("load.sqlite")) : QFileInfo(args.db).absoluteFilePath();
        if (QFileInfo::exists(fixture.location))
            fail(QStringLiteral("%1 exists: the load test generates its own data into a new file").arg(fixture.location));
    }

    int exitCode = 0;
    {
        auto opened = Database::open(fixture.location, {Database::Mode::CreateIfMissing, 5000});
        if (!opened)
            fail(opened.error());
        std::unique_ptr<Database> db = opened.take();
        db->setActor(Actor::system(QStringLiteral("load-setup")));
        say(machine(*db));
        say(QStringLiteral("Database: %1; %2 clients for %3 s, no pause between operations%4")
                .arg(db->path()).arg(args.clients).arg(args.seconds)
                .arg(args.thinkMs > 0 ? QStringLiteral(" (but %1 ms)").arg(args.thinkMs) : QString()));
        prepare(*db, args, fixture);

        QList<Tally> tallies(args.clients);
        Race race(args.clients);
        QList<QThread *> threads;
        for (int i = 0; i < args.clients; ++i) {
            threads << QThread::create([&fixture, i, &race, &tallies] { runClient(fixture, i, race, tallies[i]); });
            threads.last()->start();
        }
        race.ready.wait();
        QString error;
        for (qsizetype i = 0; i < tallies.size() && error.isEmpty(); ++i)
            if (!tallies[i].setupError.isEmpty())
                error = QStringLiteral("client %1 could not start: %2").arg(i + 1).arg(tallies[i].setupError);
        const Snapshot before = error.isEmpty() ? takeSnapshot(*db, &error) : Snapshot();
        if (!error.isEmpty()) { // let the clients go (they stop at once), then give up
            race.deadline = std::chrono::steady_clock::now();
            race.start.count_down();
            for (QThread *t : std::as_const(threads)) {
                t->wait();
                delete t;
            }
            fail(error);
        }
        QElapsedTimer wall;
        wall.start();
        race.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(args.seconds);
        race.start.count_down();
        for (QThread *t : std::as_const(threads)) {
            t->wait();
            delete t;
        }
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        say(QStringLiteral("\nRan %1 s (the last operations finish after the deadline).\n").arg(seconds, 0, 'f', 1));
        const bool failures = report(tallies, seconds);

        if (args.tamper) {
            if (Status s = tamper(*db, fixture); !s)
                fail(QStringLiteral("tampering failed: ") + s.error());
            say(QStringLiteral("\nTampered: one presence removed or added, one overlapping placement added, as system:load-tamper."));
        }
        QStringList lines;
        const Checks checks = verify(*db, fixture, before, tallies, &lines);
        say(QStringLiteral("\nChecks:"));
        for (const QString &l : std::as_const(lines))
            say(l);
        if (failures)
            say(QStringLiteral("FAILED: operations failed unexpectedly (see above)."));
        if (args.tamper) {
            say(checks.none() ? QStringLiteral("Every check caught the tampering.")
                              : QStringLiteral("FAILED: a check did not catch the tampering."));
            exitCode = failures || !checks.none() ? 1 : 0;
        } else {
            if (!checks.all())
                say(QStringLiteral("FAILED: the database does not hold what the clients did."));
            exitCode = failures || !checks.all() ? 1 : 0;
        }
    }
    return exitCode;
}
