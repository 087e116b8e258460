// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadcheck.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace parcours::load {

namespace {

// Pairs of placements of one dossier that share a day (ends inclusive, open = no end).
const QString kOverlaps = QStringLiteral(
    "FROM placement a JOIN placement b ON b.dossier_id = a.dossier_id AND b.id > a.id "
    "WHERE a.start_date <= coalesce(b.end_date, '9999-12-31') AND b.start_date <= coalesce(a.end_date, '9999-12-31')");

bool scalar(Database &db, const QString &sql, qint64 *value, QString *error)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next()) {
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    *value = q.value(0).toLongLong();
    return true;
}

QString auditKey(const QString &actor, const QString &what)
{
    return actor + QLatin1Char('\n') + what;
}

} // namespace

Snapshot takeSnapshot(Database &db, QString *error)
{
    Snapshot s;
    if (!scalar(db, QStringLiteral("SELECT count(*) FROM placement"), &s.placements, error)
        || !scalar(db, QStringLiteral("SELECT count(*) ") + kOverlaps, &s.overlaps, error))
        return s;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT actor, action, entity, count(*) FROM audit_log GROUP BY actor, action, entity"))) {
        *error = q.lastError().text();
        return s;
    }
    while (q.next())
        s.audit.insert(auditKey(q.value(0).toString(), q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()),
                       q.value(3).toLongLong());
    return s;
}

Checks verify(Database &db, const Fixture &fixture, const Snapshot &before, const QList<Tally> &tallies, QStringList *report)
{
    Checks checks;
    const auto line = [&](bool ok, const QString &text) {
        *report << (ok ? QStringLiteral("ok       ") : QStringLiteral("MISMATCH ")) + text;
        return ok;
    };
    QString error;
    const Snapshot after = takeSnapshot(db, &error);
    if (!error.isEmpty()) {
        line(false, QStringLiteral("the database could not be read after the run: ") + error);
        return checks;
    }

    // Placements: every successful referral or transfer added exactly one.
    qint64 added = 0;
    for (const Tally &t : tallies)
        added += t.refers + t.transfers;
    checks.placements = line(after.placements == before.placements + added,
         QStringLiteral("placements: %1 before + %2 recorded by the clients = %3; the database holds %4")
             .arg(before.placements).arg(added).arg(before.placements + added).arg(after.placements));

    // Overlaps: at most one cell a day for each dossier.
    checks.overlaps = line(after.overlaps == 0, QStringLiteral("overlapping placements: %1 pairs (%2 before the run)").arg(after.overlaps).arg(before.overlaps));
    if (after.overlaps > 0) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT a.dossier_id, a.cell, a.start_date, a.end_date, b.cell, b.start_date, b.end_date ") + kOverlaps
               + QStringLiteral(" ORDER BY a.dossier_id LIMIT 5"));
        while (q.next())
            *report << QStringLiteral("           dossier %1: %2 %3 … %4  and  %5 %6 … %7")
                           .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).isNull() ? QStringLiteral("open") : q.value(3).toString(), q.value(4).toString(),
                                q.value(5).toString(), q.value(6).isNull() ? QStringLiteral("open") : q.value(6).toString());
    }

    // The audit trail: for each client's actor, exactly the entries its actions write, and no
    // other entry by anybody during the run.
    QHash<QString, qint64> expected;
    for (qsizetype i = 0; i < tallies.size(); ++i)
        for (auto it = tallies[i].audit.cbegin(); it != tallies[i].audit.cend(); ++it)
            expected[auditKey(fixture.usernames.at(i), it.key())] += it.value();
    QHash<QString, qint64> delta;
    for (auto it = after.audit.cbegin(); it != after.audit.cend(); ++it)
        if (const qint64 d = it.value() - before.audit.value(it.key()); d != 0)
            delta.insert(it.key(), d);
    qint64 expectedTotal = 0;
    qint64 foundTotal = 0;
    int wrongKinds = 0;
    QStringList differences;
    QStringList keys = expected.keys() + delta.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        const qint64 want = expected.value(key);
        const qint64 got = delta.value(key);
        expectedTotal += want;
        foundTotal += got;
        if (want != got) {
            ++wrongKinds;
            differences << QStringLiteral("           %1: %2 expected, %3 written").arg(QString(key).replace(QLatin1Char('\n'), QLatin1String(": ")))
                           .arg(want).arg(got);
        }
    }
    checks.audit = line(wrongKinds == 0, QStringLiteral("audit trail: %1 entries expected from the clients' actions (by actor, action and "
                                         "entity), %2 written during the run; %3 kinds differ")
             .arg(expectedTotal).arg(foundTotal).arg(wrongKinds));
    *report << differences;

    // Attendance: each client's Job Table holds exactly what its client recorded last.
    int lost = 0;
    int extra = 0;
    int differing = 0;
    int duplicated = 0;
    qsizetype rows = 0;
    qsizetype wanted = 0;
    for (qsizetype i = 0; i < tallies.size(); ++i) {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT a.meeting_id, a.participant_id, a.presence FROM job_table_attendance a "
                                 "JOIN job_table_meeting m ON m.id = a.meeting_id WHERE m.job_table_id = ?"));
        q.addBindValue(fixture.groups.at(i).jobTableId);
        if (!q.exec()) {
            line(false, QStringLiteral("attendance could not be read: ") + q.lastError().text());
            return checks;
        }
        QHash<Tally::Key, QString> stored;
        while (q.next()) {
            const Tally::Key key{q.value(0).toLongLong(), q.value(1).toLongLong()};
            if (stored.contains(key))
                ++duplicated;
            stored.insert(key, q.value(2).toString());
            ++rows;
        }
        const auto &want = tallies[i].attendance;
        wanted += want.size();
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const auto found = stored.constFind(it.key());
            if (found == stored.cend())
                ++lost;
            else if (*found != presenceCode(it.value()))
                ++differing;
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!want.contains(it.key()))
                ++extra;
    }
    checks.attendance = line(lost == 0 && extra == 0 && differing == 0 && duplicated == 0,
         QStringLiteral("attendance: %1 presences recorded last by the clients, %2 rows in their Job Tables; %3 lost, %4 extra, "
                        "%5 with another presence, %6 duplicated")
             .arg(wanted).arg(rows).arg(lost).arg(extra).arg(differing).arg(duplicated));
    return checks;
}

Status tamper(Database &db, const Fixture &fixture)
{
    db.setActor(Actor::system(QStringLiteral("load-tamper")));
    Transaction tx(db.sql());
    if (!tx.active())
        return tx.begun();
    QSqlQuery q(db.sql());
    const auto run = [&q](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec() ? Status::success() : Status::failure(sql + QStringLiteral(": ") + q.lastError().text());
    };
    const Fixture::Group &group = fixture.groups.constFirst();
    // A presence lost (or one nobody recorded).
    if (Status s = run(QStringLiteral("SELECT a.meeting_id, a.participant_id FROM job_table_attendance a JOIN job_table_meeting m "
                                      "ON m.id = a.meeting_id WHERE m.job_table_id = ? ORDER BY 1, 2"),
                       {group.jobTableId});
        !s)
        return s;
    if (q.next()) {
        const QVariantList key{q.value(0), q.value(1)};
        q.finish();
        if (Status s = run(QStringLiteral("DELETE FROM job_table_attendance WHERE meeting_id = ? AND participant_id = ?"), key); !s)
            return s;
    } else if (Status s = run(QStringLiteral("INSERT INTO job_table_attendance (meeting_id, participant_id, presence) VALUES (?, ?, 'present')"),
                              {group.meetings.constFirst(), group.participants.constFirst()});
               !s) {
        return s;
    }
    // A second open placement the day after the latest one starts: the dossier in two cells.
    const qint64 dossier = fixture.hotDossiers.constFirst();
    if (Status s = run(QStringLiteral("SELECT max(start_date) FROM placement WHERE dossier_id = ?"), {dossier}); !s)
        return s;
    if (!q.next())
        return Status::failure(QStringLiteral("no placement to overlap"));
    const QString start = QDate::fromString(q.value(0).toString(), Qt::ISODate).addDays(1).toString(Qt::ISODate);
    q.finish();
    if (Status s = run(QStringLiteral("INSERT INTO placement (dossier_id, cell, start_date, officer, reason) VALUES (?, 'work', ?, 'nobody', 'tampering')"),
                       {dossier, start});
        !s)
        return s;
    return tx.commit();
}

} // namespace parcours::load
