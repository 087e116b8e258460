// SPDX-License-Identifier: GPL-3.0-or-later
// The process killed (SIGKILL) in the middle of transfers ([faults]). A transfer ends the
// current placement on D − 1 and opens the next on D in one transaction: whenever the program
// dies, the dossier's trajectory must be the chain of some number of whole transfers — never
// an ended placement without its successor, never two open ones — and the audit trail must
// hold exactly the entries of those transfers.
//
// The child is this test program itself, running the hidden test "[transferchild]" with the
// database named in the environment; there is no command-line transfer to kill.

#include "faultsupport.h"

#include "registry/registry.h"
#include "security/actor.h"
#include "storage/database.h"
#include "trajectory/trajectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace parcours;
using namespace parcours::test;

namespace {

constexpr int kTransfers = 300;
const QDate kOpened(2000, 1, 3);

Cell cellOfStep(int step) // the cells alternate, so every transfer changes cell
{
    return step % 2 == 0 ? Cell::Facilitation : Cell::Work;
}

struct Chain
{
    int placements = 0;
    bool contiguous = true; // each ends the day before the next starts, cells alternate
    int open = 0;
    qint64 createEntries = 0;
    qint64 updateEntries = 0;
};

Chain chainOf(Database &db, qint64 dossierId)
{
    Chain c;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT cell, start_date, end_date FROM placement WHERE dossier_id = ? ORDER BY start_date"));
    q.addBindValue(dossierId);
    REQUIRE(q.exec());
    QDate previousEnd;
    while (q.next()) {
        const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (q.value(0).toString() != cellCode(cellOfStep(c.placements)))
            c.contiguous = false;
        if (c.placements == 0 ? start != kOpened : previousEnd.addDays(1) != start)
            c.contiguous = false;
        if (!end.isValid())
            ++c.open;
        previousEnd = end;
        ++c.placements;
    }
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE action = 'create'), count(*) FILTER (WHERE action = 'update') "
                                  "FROM audit_log WHERE entity = 'placement'")));
    REQUIRE(q.next());
    c.createEntries = q.value(0).toLongLong();
    c.updateEntries = q.value(1).toLongLong();
    return c;
}

std::unique_ptr<Database> openFile(const QString &path, Database::Mode mode = Database::Mode::MustExist)
{
    auto opened = Database::open(path, {mode, 2000});
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    auto db = opened.take();
    db->setActor(Actor::system(QStringLiteral("fault test")));
    return db;
}

} // namespace

// The child: transfers the dossier back and forth, one day after another, until killed.
TEST_CASE("Transfer child (run by the transfer kill test only)", "[.][transferchild][sqlite]")
{
    const QString path = qEnvironmentVariable("PARCOURS_FAULT_TRANSFER_DB");
    if (path.isEmpty())
        return;
    const qint64 dossierId = qEnvironmentVariable("PARCOURS_FAULT_TRANSFER_DOSSIER").toLongLong();
    auto db = openFile(path);
    Trajectory trajectory(*db);
    for (int step = 1; step <= kTransfers; ++step) {
        const Result<qint64> moved = trajectory.transfer(dossierId, cellOfStep(step), kOpened.addDays(step),
                                                         QStringLiteral("fault"), QStringLiteral("step %1").arg(step));
        REQUIRE(moved.ok());
    }
}

TEST_CASE("Killed in the middle of transfers: only whole transfers, never half of one", "[faults][sqlite]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    qint64 dossierId = 0;
    {
        auto db = openFile(base, Database::Mode::CreateIfMissing);
        Person p;
        p.lastName = QStringLiteral("Peeters");
        p.firstName = QStringLiteral("An");
        p.birthDate = QDate(1980, 5, 4);
        p.gender = Gender::Female;
        p.nationalNumber = NationalNumber::make(p.birthDate, 12);
        Dossier d;
        d.reference = QStringLiteral("D-KILL-1");
        d.opened = kOpened;
        const auto saved = Registry(*db).save(p, d);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        dossierId = saved.value().dossierId;
        REQUIRE(Trajectory(*db).refer(dossierId, cellOfStep(0), kOpened, QStringLiteral("fault"), QStringLiteral("start")));
        db.reset();
        // One file, no log beside it: every run starts from the same bytes.
        auto plain = openFile(base);
        QSqlQuery q(plain->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    const auto run = [&](int delayMs) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(base, path));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PARCOURS_FAULT_TRANSFER_DB"), path);
        env.insert(QStringLiteral("PARCOURS_FAULT_TRANSFER_DOSSIER"), QString::number(dossierId));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[transferchild]")});
        REQUIRE(child.waitForStarted());
        bool killed = false;
        if (delayMs >= 0 && !child.waitForFinished(delayMs) && child.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
            killed = true;
        }
        if (child.state() != QProcess::NotRunning)
            REQUIRE(child.waitForFinished(120000));
        if (!killed)
            REQUIRE(child.exitCode() == 0);
        return killed;
    };

    QElapsedTimer clock;
    clock.start();
    REQUIRE_FALSE(run(-1));
    const qint64 fullMs = clock.elapsed();
    {
        auto db = openFile(path);
        const Chain whole = chainOf(*db, dossierId);
        REQUIRE(whole.placements == kTransfers + 1);
        REQUIRE(whole.contiguous);
    }

    int killed = 0, midway = 0;
    for (int i = 1; i <= 6; ++i) {
        const int delay = int(fullMs * i / 7);
        const bool k = run(delay);
        killed += k;
        const FileState state = fileState(path);
        INFO("kill after " << delay << " ms of " << fullMs << " (killed: " << k << "): " << state.describe());
        CHECK(state.integrity == QStringLiteral("ok"));
        CHECK(state.foreignKeyProblems == 0);
        auto db = openFile(path);
        const Chain c = chainOf(*db, dossierId);
        INFO("placements " << c.placements << ", open " << c.open << ", audit create " << c.createEntries << " update "
                           << c.updateEntries);
        // Some number n of whole transfers: n + 1 placements in a chain, the last one open,
        // and their audit entries exactly (one created placement each, one ended each).
        CHECK(c.contiguous);
        CHECK(c.open == 1);
        CHECK(c.createEntries == c.placements);
        CHECK(c.updateEntries == c.placements - 1);
        if (k && c.placements > 1 && c.placements < kTransfers + 1)
            ++midway;
        // Parcours works on with it: the next transfer is accepted.
        CHECK(Trajectory(*db).transfer(dossierId, cellOfStep(c.placements), kOpened.addDays(c.placements),
                                       QStringLiteral("fault"), QStringLiteral("after the kill")));
    }
    // The test proves something only if kills landed while transfers were being made.
    CHECK(killed >= 3);
    CHECK(midway >= 2);
}
