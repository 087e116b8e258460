// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadclient.h"

#include "balance/balancestore.h"
#include "balance/gpmi.h"
#include "jobtable/jobtables.h"
#include "registry/registry.h"
#include "security/accounts.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "trajectory/evolution.h"
#include "trajectory/trajectory.h"

#include <QSqlError>

#include <algorithm>
#include <memory>
#include <random>
#include <thread>

namespace parcours::load {

QString opName(Op op)
{
    switch (op) {
    case Op::Search:
        return QStringLiteral("search people");
    case Op::OpenDossier:
        return QStringLiteral("open a dossier");
    case Op::Placement:
        return QStringLiteral("record a placement");
    case Op::Attendance:
        return QStringLiteral("Job Table attendance");
    case Op::Evolution:
        return QStringLiteral("evolution report");
    }
    return {};
}

namespace {

enum class Outcome { Ok, Refused, Busy, Failed };

// The sentences core gives for storage trouble, as StorageMessages words them (the test runs
// untranslated). Anything else a write refuses with is a rule of the domain.
const QString &busyMessage()
{
    static const QString text = StorageMessages::describe(QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("5")));
    return text;
}

bool isStorageTrouble(const QString &message)
{
    static const QStringList leads = {
        StorageMessages::describe(QSqlError(QString(), QStringLiteral("@"), QSqlError::StatementError, QStringLiteral("1")))
            .section(QLatin1Char('@'), 0, 0),
        QStringLiteral("The database "),                 // read-only, damaged, locked
        QStringLiteral("The connection to the database"), // server gone
        QStringLiteral("The disk is full"),
        QStringLiteral("Nobody is signed in"),
        QStringLiteral("The audit trail of this database"),
        QStringLiteral("There is no "),                   // a row the client picked vanished: nothing removes rows here
    };
    for (const QString &lead : leads)
        if (message.startsWith(lead))
            return true;
    return false;
}

// A failure of a write: busy, a rule's refusal (only where rules may refuse), or an error.
Outcome classify(const QString &message, bool rulesMayRefuse)
{
    if (message == busyMessage())
        return Outcome::Busy;
    if (rulesMayRefuse && !isStorageTrouble(message))
        return Outcome::Refused;
    return Outcome::Failed;
}

class Client
{
public:
    Client(const Fixture &fixture, int index, Database &db, Tally &tally)
        : m_fixture(fixture), m_group(fixture.groups.at(index)), m_db(db), m_tally(tally),
          m_random(quint64(fixture.seed) * 1000003u + quint64(index)), m_registry(db), m_trajectory(db), m_jobTables(db)
    {
    }

    void run(std::chrono::steady_clock::time_point deadline)
    {
        int total = 0;
        for (int w : kWeights)
            total += w;
        while (std::chrono::steady_clock::now() < deadline) {
            int pick = pickBelow(total);
            Op op = Op::Search;
            for (size_t i = 0; i < kAllOps.size(); ++i) {
                if (pick < kWeights[i]) {
                    op = kAllOps[i];
                    break;
                }
                pick -= kWeights[i];
            }
            const auto started = std::chrono::steady_clock::now();
            QString message;
            const Outcome outcome = perform(op, &message);
            const auto finished = std::chrono::steady_clock::now();
            OpTally &t = m_tally.of(op);
            t.latencyMs << std::chrono::duration<double, std::milli>(finished - started).count();
            switch (outcome) {
            case Outcome::Ok:
                ++t.ok;
                break;
            case Outcome::Refused:
                ++t.refused;
                break;
            case Outcome::Busy:
                ++t.busy;
                break;
            case Outcome::Failed:
                ++t.failed;
                if (m_tally.errors.size() < 5)
                    m_tally.errors << opName(op) + QStringLiteral(": ") + message;
                break;
            }
            if (m_fixture.thinkMs > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(m_fixture.thinkMs));
        }
    }

private:
    int pickBelow(int n) { return int(m_random() % quint64(n)); }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(pickBelow(int(list.size()))); }

    Outcome perform(Op op, QString *message)
    {
        switch (op) {
        case Op::Search:
            return search(message);
        case Op::OpenDossier:
            return openDossier(message);
        case Op::Placement:
            return recordPlacement(message);
        case Op::Attendance:
            return recordAttendance(message);
        case Op::Evolution:
            return evolutionReport(message);
        }
        return Outcome::Failed;
    }

    // The dossier list as the search box drives it: the number of matches, then the first page.
    Outcome search(QString *message)
    {
        const QString name = pick(m_fixture.lastNames);
        Registry::Query query;
        query.text = name.left(std::max<qsizetype>(3, name.size() / 2));
        query.today = m_fixture.today;
        const int count = m_registry.count(query);
        const QList<Registry::Row> rows = m_registry.search(query, 0, 50);
        // The name is in the register: finding nobody means a read failed (the readers are silent).
        if (count < 1 || rows.isEmpty()) {
            *message = QStringLiteral("\"%1\" found %2 (counted %3)").arg(query.text).arg(rows.size()).arg(count);
            return Outcome::Failed;
        }
        return Outcome::Ok;
    }

    // The dossier window: the dossier and its person (the reading is audited), the trajectory,
    // the latest balance (its sensitive part's reading is audited too) and the GPMI.
    Outcome openDossier(QString *message)
    {
        const qint64 id = pick(m_fixture.dossiers);
        const auto dossier = m_registry.dossier(id);
        const auto person = dossier ? m_registry.person(dossier->personId) : std::nullopt;
        if (!person) {
            *message = QStringLiteral("dossier %1 or its person could not be read").arg(id);
            return Outcome::Failed;
        }
        if (Status s = m_registry.recordView(id, QStringLiteral("dossier window")); !s) {
            *message = s.error();
            return classify(s.error(), false);
        }
        ++m_tally.audit[QStringLiteral("view dossier")];
        m_trajectory.placements(id); // the trajectory tab
        BalanceStore balances(m_db);
        if (!balances.versions(id).isEmpty()) {
            const auto latest = balances.version(id);
            if (!latest) {
                *message = latest.error();
                return classify(latest.error(), false);
            }
            if (m_fixture.sensitiveBalance.contains(id))
                ++m_tally.audit[QStringLiteral("view balance_version")];
        }
        GpmiStore(m_db).gpmiOf(id);
        return Outcome::Ok;
    }

    // A step in the trajectory of one of the dossiers the officers share, as the trajectory
    // view offers it: the officer reads the trajectory, then records the next step a few days
    // after its latest one, in another cell — a transfer when the dossier is in a cell on that
    // day, else a referral. Alone, that step is always allowed; it is refused (overlap with a
    // later step) when another officer recorded a step on the same dossier in between, which
    // is what the rules are there for.
    Outcome recordPlacement(QString *message)
    {
        const qint64 id = pick(m_fixture.hotDossiers);
        const QList<Placement> placements = m_trajectory.placements(id);
        const auto latest = std::max_element(placements.cbegin(), placements.cend(),
                                             [](const Placement &a, const Placement &b) { return a.start < b.start; });
        QDate from = m_fixture.today;
        if (latest != placements.cend())
            from = std::max(from, latest->start);
        const QDate day = from.addDays(1 + pickBelow(30));
        const bool inCell = latest != placements.cend() && latest->covers(day);
        Cell cell = kAllCells[size_t(pickBelow(kCellCount))];
        while (inCell && cell == latest->cell)
            cell = kAllCells[size_t(pickBelow(kCellCount))];
        const QString officer = m_db.actor().displayName;
        const auto done = inCell ? m_trajectory.transfer(id, cell, day, officer, QStringLiteral("load test"))
                                 : m_trajectory.refer(id, cell, day, officer, QStringLiteral("load test"));
        if (!done) {
            *message = done.error();
            return classify(done.error(), true);
        }
        ++m_tally.audit[QStringLiteral("create placement")];
        if (inCell) {
            ++m_tally.transfers;
            ++m_tally.audit[QStringLiteral("update placement")]; // the previous placement ends
        } else {
            ++m_tally.refers;
        }
        return Outcome::Ok;
    }

    // A presence in the officer's own Job Table: mostly recorded, sometimes corrected, now and
    // then cleared. The expected rows and audit entries follow from what was there before.
    Outcome recordAttendance(QString *message)
    {
        const Tally::Key key{pick(m_group.meetings), pick(m_group.participants)};
        std::optional<Presence> presence;
        if (pickBelow(10) != 0)
            presence = std::array{Presence::Present, Presence::Present, Presence::Excused, Presence::Absent}[size_t(pickBelow(4))];
        if (Status s = m_jobTables.setAttendance(key.first, key.second, presence); !s) {
            *message = s.error();
            return classify(s.error(), false);
        }
        const auto before = m_tally.attendance.constFind(key);
        const bool had = before != m_tally.attendance.cend();
        if (presence) {
            if (!had)
                ++m_tally.audit[QStringLiteral("create job_table_attendance")];
            else if (*before != *presence)
                ++m_tally.audit[QStringLiteral("update job_table_attendance")];
            m_tally.attendance.insert(key, *presence);
        } else if (had) {
            ++m_tally.audit[QStringLiteral("delete job_table_attendance")];
            m_tally.attendance.remove(key);
        }
        return Outcome::Ok;
    }

    // The Reports page's evolution table: ten years of month ends.
    Outcome evolutionReport(QString *message)
    {
        const QList<QDate> days = Evolution::snapshotDays(m_fixture.today.addYears(-10), m_fixture.today, Evolution::Step::Month);
        auto figures = Evolution::compute(m_db, days);
        if (!figures) {
            *message = figures.error();
            return Outcome::Failed;
        }
        if (figures->size() != days.size()) {
            *message = QStringLiteral("%1 rows for %2 days").arg(figures->size()).arg(days.size());
            return Outcome::Failed;
        }
        return Outcome::Ok;
    }

    const Fixture &m_fixture;
    const Fixture::Group &m_group;
    Database &m_db;
    Tally &m_tally;
    std::mt19937_64 m_random;
    Registry m_registry;
    Trajectory m_trajectory;
    JobTables m_jobTables;
};

} // namespace

void runClient(const Fixture &fixture, int index, Race &race, Tally &tally)
{
    std::unique_ptr<Database> db;
    {
        auto opened = Database::open(fixture.location, {Database::Mode::MustExist, 5000});
        if (opened) {
            db = opened.take();
            // One Argon2id hash at a time (64 MB each); the sign-in is audited like any other.
            std::lock_guard lock(race.signIn);
            auto actor = Accounts(*db).authenticate(fixture.usernames.at(index), fixture.password);
            if (actor)
                db->setActor(*actor);
            else
                tally.setupError = actor.error();
        } else {
            tally.setupError = opened.error();
        }
    }
    race.ready.count_down();
    race.start.wait();
    if (tally.setupError.isEmpty()) {
        Client client(fixture, index, *db, tally);
        client.run(race.deadline);
    }
    db.reset(); // the connection belongs to this thread: closed here
}

} // namespace parcours::load
