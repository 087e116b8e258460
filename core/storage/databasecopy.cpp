// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasecopy.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"
#include "trajectory/evolution.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <QSet>

#include <algorithm>
#include <climits>

namespace parcours {

namespace {

// The source's rows as they were when the copy began, whatever others write meanwhile: one
// read transaction (SQLite: a WAL snapshot; PostgreSQL: REPEATABLE READ). It writes nothing.
class Snapshot
{
public:
    explicit Snapshot(QSqlDatabase db) : m_db(std::move(db)) { }
    ~Snapshot() { end(); }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;
    Status begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(dialect::isPostgres(m_db) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                              : QStringLiteral("BEGIN")))
            return Status::failure(StorageMessages::describe(q.lastError()));
        m_active = true;
        return Status::success();
    }
    void end()
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Progress about every 1 % of a phase.
class Ticker
{
public:
    Ticker(const DatabaseCopy::Options &options, DatabaseCopy::Phase phase, qint64 total)
        : m_options(options), m_phase(phase), m_total(total), m_step(std::max<qint64>(1, total / 100))
    {
        if (m_options.progress)
            m_options.progress(m_phase, 0, m_total);
    }
    void add(qint64 rows)
    {
        m_done += rows;
        if (m_options.progress && (m_done - m_reported >= m_step || m_done == m_total)) {
            m_reported = m_done;
            m_options.progress(m_phase, m_done, m_total);
        }
    }

private:
    const DatabaseCopy::Options &m_options;
    DatabaseCopy::Phase m_phase;
    qint64 m_total;
    qint64 m_step;
    qint64 m_done = 0;
    qint64 m_reported = 0;
};

Result<qint64> count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next())
        return Result<qint64>::failure(DatabaseCopy::tr("The table %1 cannot be read: %2")
                                           .arg(table, StorageMessages::describe(q.lastError())));
    return q.value(0).toLongLong();
}

// The audit and derived-data triggers of the target are off while the copied rows go in:
// the copied trail already holds their entries, and search_token is copied as it is.
class TriggerPause
{
public:
    explicit TriggerPause(QSqlDatabase db) : m_db(std::move(db)) { }
    Status pause(const QList<DatabaseCopy::Table> &tables)
    {
        QSqlQuery q(m_db);
        if (dialect::isPostgres(m_db)) {
            // USER: the foreign keys (internal triggers) stay checked. Needs the tables' owner.
            for (const DatabaseCopy::Table &t : tables) {
                if (!q.exec(QStringLiteral("ALTER TABLE \"%1\" DISABLE TRIGGER USER").arg(t.name)))
                    return refusal(q);
                m_tables << t.name;
            }
            return Status::success();
        }
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")))
            return refusal(q);
        while (q.next())
            m_triggers.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return refusal(q);
        }
        return Status::success();
    }
    // Puts back exactly what pause() took away (the same text, in the same order).
    Status resume()
    {
        QSqlQuery q(m_db);
        for (const QString &table : std::as_const(m_tables)) {
            if (!q.exec(QStringLiteral("ALTER TABLE \"%1\" ENABLE TRIGGER USER").arg(table)))
                return Status::failure(StorageMessages::describe(q.lastError()));
        }
        for (const auto &[name, sql] : std::as_const(m_triggers)) {
            if (!q.exec(sql))
                return Status::failure(StorageMessages::describe(q.lastError()));
        }
        return Status::success();
    }

private:
    static Status refusal(const QSqlQuery &q)
    {
        return Status::failure(DatabaseCopy::tr("The audit triggers of the target cannot be held back for the copied "
                                                "rows (%1). On a server, copy as the role that set the target up (the "
                                                "owner of its tables). Nothing was written.")
                                   .arg(StorageMessages::describe(q.lastError())));
    }
    QSqlDatabase m_db;
    QStringList m_tables;
    QList<std::pair<QString, QString>> m_triggers;
};

QString insertStatement(const DatabaseCopy::Table &table, const QString &columns, int rows)
{
    QString one = QStringLiteral("(?");
    for (qsizetype i = 1; i < table.columns.size(); ++i)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int i = 0; i < rows; ++i)
        all << one;
    return QStringLiteral("INSERT INTO \"%1\" (%2) VALUES %3").arg(table.name, columns, all.join(QLatin1String(", ")));
}

bool sameFigures(const Figures &a, const Figures &b)
{
    return a.date == b.date && a.dossiers == b.dossiers && a.integrated == b.integrated && a.cells == b.cells
        && a.spi == b.spi;
}

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// The month ends from the first day in the data to today, or to the last day in the data
// (a planned end) when that is later.
Result<QList<QDate>> figureDays(const QSqlDatabase &db)
{
    QDate first;
    QDate last = QDate::currentDate();
    for (const QString &sql : {QStringLiteral("SELECT min(opened), max(opened), max(closed) FROM dossier"),
                               QStringLiteral("SELECT min(start_date), max(start_date), max(end_date) FROM placement")}) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return Result<QList<QDate>>::failure(StorageMessages::describe(q.lastError()));
        if (const QDate d = isoDate(q.value(0)); d.isValid() && (!first.isValid() || d < first))
            first = d;
        for (int i = 1; i <= 2; ++i) {
            if (const QDate d = isoDate(q.value(i)); d.isValid() && d > last)
                last = d;
        }
    }
    if (!first.isValid())
        return QList<QDate>();
    return Evolution::snapshotDays(first, last, Evolution::Step::Month);
}

} // namespace

Result<DatabaseCopy::Report> DatabaseCopy::copy(Database &source, Database &target)
{
    return copy(source, target, Options());
}

Result<DatabaseCopy::Report> DatabaseCopy::copy(Database &source, Database &target, const Options &options)
{
    using R = Result<Report>;
    if (Status allowed = Permissions::require(source, Permission::ExportData); !allowed)
        return R::failure(allowed.error());
    if (Status allowed = Permissions::require(target, Permission::ImportData); !allowed)
        return R::failure(allowed.error());
    if (sameDatabase(source.path(), target.path()))
        return R::failure(tr("The source and the target are the same database (%1). Nothing was copied.").arg(source.path()));
    if (source.schemaVersion() != target.schemaVersion())
        return R::failure(tr("The source %1 is at schema %2 and the target %3 at schema %4; a copy needs both at the same "
                             "version. Nothing was copied.")
                              .arg(source.path())
                              .arg(source.schemaVersion())
                              .arg(target.path())
                              .arg(target.schemaVersion()));

    QSqlDatabase from = source.sql();
    QSqlDatabase to = target.sql();
    Snapshot snapshot(from);
    if (Status s = snapshot.begin(); !s)
        return R::failure(tr("The source %1 cannot be read: %2").arg(source.path(), s.error()));
    auto sourceTables = tables(from);
    if (!sourceTables)
        return R::failure(sourceTables.error());
    auto targetTables = tables(to);
    if (!targetTables)
        return R::failure(targetTables.error());
    const QList<Table> &list = sourceTables.value();
    for (const Table &t : list) {
        const auto match = std::find_if(targetTables.value().cbegin(), targetTables.value().cend(),
                                        [&](const Table &o) { return o.name == t.name; });
        if (match == targetTables.value().cend() || QSet<QString>(match->columns.cbegin(), match->columns.cend())
                                                        != QSet<QString>(t.columns.cbegin(), t.columns.cend()))
            return R::failure(tr("The table %1 is not the same in the source and the target, although both say they are at "
                                 "schema %2. Nothing was copied.").arg(t.name).arg(source.schemaVersion()));
    }

    Report report;
    QList<qint64> sourceRows;
    for (const Table &t : list) {
        auto n = count(from, t.name);
        if (!n)
            return R::failure(n.error());
        sourceRows << n.value();
        report.rows += n.value();
    }
    auto days = figureDays(from);
    if (!days)
        return R::failure(days.error());
    report.figureDays = days.value();
    auto sourceFigures = Evolution::compute(source, report.figureDays);
    if (!sourceFigures)
        return R::failure(sourceFigures.error());

    Transaction tx(to);
    if (!tx.active())
        return R::failure(tx.error());
    // Empty: nothing but the settings the set-up writes. People and dossiers first, so that
    // the message names what a user recognises.
    QList<Table> checkOrder = list;
    std::stable_partition(checkOrder.begin(), checkOrder.end(), [](const Table &t) {
        return t.name == QLatin1String("person") || t.name == QLatin1String("dossier");
    });
    for (const Table &t : std::as_const(checkOrder)) {
        if (t.name == QLatin1String("setting"))
            continue;
        auto n = count(to, t.name);
        if (!n)
            return R::failure(n.error());
        if (n.value() > 0)
            return R::failure(tr("The target %1 is not empty: its table %2 holds %n row(s). A copy goes only into a new, "
                                 "empty database. Nothing was copied.", nullptr, int(std::min<qint64>(n.value(), INT_MAX)))
                                  .arg(target.path(), t.name));
    }

    TriggerPause triggers(to);
    if (Status s = triggers.pause(list); !s)
        return R::failure(s.error());
    {
        QSqlQuery q(to);
        if (!q.exec(QStringLiteral("DELETE FROM setting")))
            return R::failure(StorageMessages::describe(q.lastError()));
    }

    // The rows, parents first, in batches of one prepared multi-row INSERT; the source's
    // checksum is taken from the very values written.
    const bool server = dialect::isPostgres(to);
    Ticker copying(options, Phase::Copying, report.rows);
    for (qsizetype index = 0; index < list.size(); ++index) {
        const Table &t = list.at(index);
        const int width = int(t.columns.size());
        // SQLite builds of old allow 999 parameters a statement; a server takes many more.
        const int batch = std::max(1, std::min(server ? 1000 : 200, (server ? 30000 : 999) / width));
        const QString columns = quoted(t.columns);
        QSqlQuery insert(to);
        if (!insert.prepare(insertStatement(t, columns, batch)))
            return R::failure(tr("The table %1 cannot be written: %2").arg(t.name, StorageMessages::describe(insert.lastError())));
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY %3").arg(columns, t.name, quoted(t.key))))
            return R::failure(tr("The table %1 cannot be read: %2").arg(t.name, StorageMessages::describe(read.lastError())));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVariantList pending;
        pending.reserve(batch * width);
        TableCheck check;
        check.table = t.name;
        const auto refused = [&](const QSqlQuery &q) {
            return R::failure(tr("The target refused rows of the table %1: %2. Nothing was written to the target.")
                                  .arg(t.name, StorageMessages::describe(q.lastError())));
        };
        while (read.next()) {
            for (int i = 0; i < width; ++i) {
                const QVariant value = read.value(i);
                hashValue(hash, value);
                pending << value;
            }
            ++check.sourceRows;
            if (pending.size() == batch * width) {
                for (int i = 0; i < pending.size(); ++i)
                    insert.bindValue(i, pending.at(i));
                if (!insert.exec())
                    return refused(insert);
                pending.clear();
                copying.add(batch);
            }
        }
        if (read.lastError().isValid())
            return R::failure(tr("The table %1 cannot be read: %2").arg(t.name, StorageMessages::describe(read.lastError())));
        if (!pending.isEmpty()) {
            const int rows = int(pending.size() / width);
            QSqlQuery last(to);
            if (!last.prepare(insertStatement(t, columns, rows)))
                return refused(last);
            for (int i = 0; i < pending.size(); ++i)
                last.bindValue(i, pending.at(i));
            if (!last.exec())
                return refused(last);
            copying.add(rows);
        }
        if (check.sourceRows != sourceRows.at(index)) // cannot happen inside one snapshot; never trust, check
            return R::failure(tr("The table %1 changed while it was read. Nothing was written to the target.").arg(t.name));
        check.sourceSum = hash.result().toHex();
        report.tables << check;
    }
    if (Status s = triggers.resume(); !s)
        return R::failure(s.error());

    if (options.beforeVerifying)
        options.beforeVerifying(to);

    // Verification, inside the target's transaction: what it would commit.
    Ticker verifying(options, Phase::Verifying, report.rows);
    for (qsizetype index = 0; index < list.size(); ++index) {
        TableCheck &check = report.tables[index];
        auto written = checksum(to, list.at(index));
        if (!written)
            return R::failure(written.error());
        check.targetRows = written.value().sourceRows;
        check.targetSum = written.value().sourceSum;
        verifying.add(check.targetRows);
        if (!check.equal())
            return R::failure(tr("Verification failed: the table %1 differs between the source (%2 rows) and the target (%3 "
                                 "rows, or different content). The copy was rolled back; the target is as it was.")
                                  .arg(check.table)
                                  .arg(check.sourceRows)
                                  .arg(check.targetRows));
        if (check.table == QLatin1String("audit_log"))
            report.auditEntries = check.targetRows;
    }
    auto targetFigures = Evolution::compute(target, report.figureDays);
    if (!targetFigures)
        return R::failure(targetFigures.error());
    for (qsizetype i = 0; i < sourceFigures.value().size(); ++i) {
        if (i >= targetFigures.value().size() || !sameFigures(sourceFigures.value().at(i), targetFigures.value().at(i)))
            return R::failure(tr("Verification failed: the evolution figures on %1 differ between the source and the target. "
                                 "The copy was rolled back; the target is as it was.")
                                  .arg(sourceFigures.value().at(i).date.toString(Qt::ISODate)));
    }

    // New rows of the target get ids above the copied ones; then the one entry of the copy.
    QStringList withIds;
    for (const Table &t : list) {
        if (t.hasId())
            withIds << t.name;
    }
    if (Status s = dialect::followExplicitIds(to, withIds); !s)
        return R::failure(s.error());
    const QJsonObject details{{QStringLiteral("from"), source.path()},
                              {QStringLiteral("rows"), report.rows},
                              {QStringLiteral("audit_entries"), report.auditEntries},
                              {QStringLiteral("schema"), source.schemaVersion()}};
    if (Status s = AuditTrail::record(to, QStringLiteral("copy"), QStringLiteral("database"), 0, 0,
                                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
        !s)
        return R::failure(s.error());
    {
        QSqlQuery q(to);
        if (q.exec(QStringLiteral("SELECT max(id) FROM audit_log")) && q.next())
            report.copyEntryId = q.value(0).toLongLong();
    }
    if (Status s = tx.commit(); !s)
        return R::failure(tr("The copy could not be committed: %1. The target is as it was.").arg(s.error()));
    snapshot.end();
    target.refreshStatistics();
    return report;
}

} // namespace parcours
