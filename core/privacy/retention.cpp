// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/retention.h"

#include "security/audittrail.h"
#include "security/permissions.h"
#include "security/settings.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

const QString kRedacted = QStringLiteral("{\"redacted\":true}");

// The statements of one run, prepared once.
struct Statements
{
    QSqlQuery countDossiers, countPlacements, countAudit;
    QSqlQuery mark, person, dossiers, placements, redact;
    QSqlQuery balances, gpmiText, evaluationText; // schema 0006
    QSqlQuery jobTableText, visitText;            // schema 0007
    QSqlQuery article60Text;                      // schema 0010
    QSqlQuery testText, enrolmentText, waitingText; // schema 0011

    explicit Statements(QSqlDatabase sql)
        : countDossiers(sql), countPlacements(sql), countAudit(sql), mark(sql), person(sql), dossiers(sql),
          placements(sql), redact(sql), balances(sql), gpmiText(sql), evaluationText(sql), jobTableText(sql),
          visitText(sql), article60Text(sql), testText(sql), enrolmentText(sql), waitingText(sql)
    {
    }

    bool prepare(bool write)
    {
        bool ok = countDossiers.prepare(QStringLiteral("SELECT count(*) FROM dossier WHERE person_id = ?"))
            && countPlacements.prepare(QStringLiteral("SELECT count(*) FROM placement WHERE dossier_id IN "
                                                      "(SELECT id FROM dossier WHERE person_id = ?)"))
            && countAudit.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE person_id = ? "
                                                 "AND action <> 'anonymise' AND details IS DISTINCT FROM ?"));
        if (!ok || !write)
            return ok;
        return mark.prepare(QStringLiteral("INSERT INTO anonymisation (person_id, at, closed_before) VALUES (?, ?, ?)"))
            && person.prepare(QStringLiteral(
                "UPDATE person SET national_number = 'X' || substr('0000000000' || id, length('0000000000' || id) - 9), last_name = ?, "
                "first_name = CAST(id AS VARCHAR(20)), birth_date = CASE WHEN birth_date IS NULL THEN NULL "
                "ELSE substr(birth_date, 1, 4) || '-01-01' END, phone = NULL, email = NULL, address = NULL, "
                "last_key = ?, first_key = CAST(id AS VARCHAR(20)) WHERE id = ?"))
            && dossiers.prepare(QStringLiteral("UPDATE dossier SET reference = 'ANON-' || id, reference_key = 'anon' || id "
                                               "WHERE person_id = ?"))
            && placements.prepare(QStringLiteral("UPDATE placement SET reason = NULL, note = NULL, outcome_detail = NULL "
                                                 "WHERE dossier_id IN (SELECT id FROM dossier WHERE person_id = ?)"))
            && redact.prepare(QStringLiteral("UPDATE audit_log SET details = ? WHERE person_id = ? "
                                             "AND action <> 'anonymise' AND details IS DISTINCT FROM ?"))
            // The balance is free text about the person from end to end: its versions go. The
            // GPMI keeps its dates (compliance figures), not its texts.
            && balances.prepare(QStringLiteral("DELETE FROM balance_version WHERE dossier_id IN "
                                               "(SELECT id FROM dossier WHERE person_id = ?)"))
            && gpmiText.prepare(QStringLiteral("UPDATE gpmi SET partners = NULL, goals = NULL, assisted_by = NULL, note = NULL "
                                               "WHERE dossier_id IN (SELECT id FROM dossier WHERE person_id = ?)"))
            && evaluationText.prepare(QStringLiteral("UPDATE gpmi_evaluation SET progress = NULL, next_steps = NULL WHERE gpmi_id IN "
                                                     "(SELECT g.id FROM gpmi g JOIN dossier d ON d.id = g.dossier_id "
                                                     "WHERE d.person_id = ?)"))
            // The Job Table keeps who took part and where they went next (its figures), not
            // what was written about them; a known visitor's note goes too.
            && jobTableText.prepare(QStringLiteral("UPDATE job_table_participant SET orientation_detail = NULL, "
                                                   "orientation_note = NULL WHERE dossier_id IN "
                                                   "(SELECT id FROM dossier WHERE person_id = ?)"))
            && visitText.prepare(QStringLiteral("UPDATE free_access_visit SET note = NULL WHERE dossier_id IN "
                                                "(SELECT id FROM dossier WHERE person_id = ?)"))
            // An article 60 contract keeps its post and dates (the occupancy figures), not its note.
            && article60Text.prepare(QStringLiteral("UPDATE article60_contract SET note = NULL WHERE dossier_id IN "
                                                    "(SELECT id FROM dossier WHERE person_id = ?)"))
            // Literacy keeps the levels, courses and dates (the yearly figures), not the notes.
            && testText.prepare(QStringLiteral("UPDATE literacy_test SET note = NULL WHERE dossier_id IN "
                                               "(SELECT id FROM dossier WHERE person_id = ?)"))
            && enrolmentText.prepare(QStringLiteral("UPDATE literacy_enrolment SET note = NULL WHERE dossier_id IN "
                                                    "(SELECT id FROM dossier WHERE person_id = ?)"))
            && waitingText.prepare(QStringLiteral("UPDATE literacy_waiting SET note = NULL WHERE dossier_id IN "
                                                  "(SELECT id FROM dossier WHERE person_id = ?)"));
    }
};

int countOf(QSqlQuery &q, const QVariantList &values, bool *ok)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        *ok = false;
        return 0;
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

} // namespace

QDate Retention::defaultCutOff(Database &db, const QDate &today)
{
    return today.addYears(-Settings(db).retentionYears());
}

Result<Retention::Report> Retention::anonymise(Database &db, const QDate &closedBefore, bool dryRun)
{
    using R = Result<Report>;
    if (Status allowed = Permissions::require(db, Permission::Anonymise); !allowed)
        return R::failure(allowed.error());
    if (!closedBefore.isValid())
        return R::failure(tr("The cut-off day is not a valid date."));
    if (closedBefore > QDate::currentDate().addDays(1))
        return R::failure(tr("The cut-off day %1 lies in the future: only dossiers that are closed can expire.")
                              .arg(closedBefore.toString(Qt::ISODate)));

    QSqlDatabase sql = db.sql();
    // Erased values are overwritten in the file, not only unlinked. Restored afterwards. (A
    // SQLite setting; a server has no such statement.)
    QSqlQuery pragma(sql);
    const QVariant secureDelete = !db.isServer() && pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next()
        ? pragma.value(0)
        : QVariant();
    pragma.finish();
    if (!dryRun && secureDelete.isValid())
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const auto restore = qScopeGuard([&] {
        if (!dryRun && secureDelete.isValid())
            pragma.exec(QStringLiteral("PRAGMA secure_delete = ") + QString::number(secureDelete.toInt()));
    });

    std::optional<Transaction> tx;
    if (!dryRun) {
        tx.emplace(sql);
        if (!tx->active())
            return R::failure(tx->error());
    }
    const auto failed = [](const QSqlQuery &q) {
        return R::failure(tr("Nothing was anonymised: %1").arg(StorageMessages::describe(q.lastError())));
    };

    QList<qint64> people;
    {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM anonymisation a WHERE a.person_id = p.id) "
            "AND EXISTS (SELECT 1 FROM dossier d WHERE d.person_id = p.id) "
            "AND NOT EXISTS (SELECT 1 FROM dossier d WHERE d.person_id = p.id AND (d.closed IS NULL OR d.closed >= ?)) "
            "ORDER BY p.id"));
        q.addBindValue(closedBefore.toString(Qt::ISODate));
        if (!q.exec())
            return failed(q);
        while (q.next())
            people << q.value(0).toLongLong();
    }

    Statements st(sql);
    if (!st.prepare(!dryRun))
        return R::failure(tr("Nothing was anonymised: %1").arg(StorageMessages::describe(sql.lastError())));
    const QString now = AuditTrail::timestamp(QDateTime::currentDateTimeUtc());
    const QString cutOff = closedBefore.toString(Qt::ISODate);
    Report report;
    for (const qint64 id : std::as_const(people)) {
        bool ok = true;
        report.dossiers += countOf(st.countDossiers, {id}, &ok);
        report.placements += countOf(st.countPlacements, {id}, &ok);
        report.auditEntries += countOf(st.countAudit, {id, kRedacted}, &ok);
        if (!ok)
            return R::failure(tr("Nothing was anonymised: %1").arg(StorageMessages::describe(sql.lastError())));
        ++report.people;
        if (dryRun)
            continue;
        // The mark first: the audit trail lets the details of a person's entries be
        // redacted only once the person is listed there.
        if (!run(st.mark, {id, now, cutOff}))
            return failed(st.mark);
        if (!run(st.person, {anonymisedLastName(), anonymisedLastName().toLower(), id}))
            return failed(st.person);
        if (!run(st.dossiers, {id}))
            return failed(st.dossiers);
        if (!run(st.placements, {id}))
            return failed(st.placements);
        // Last, so that the entries the updates above just wrote (with the old values) go too.
        if (!run(st.balances, {id}))
            return failed(st.balances);
        if (!run(st.gpmiText, {id}))
            return failed(st.gpmiText);
        if (!run(st.evaluationText, {id}))
            return failed(st.evaluationText);
        if (!run(st.jobTableText, {id}))
            return failed(st.jobTableText);
        if (!run(st.visitText, {id}))
            return failed(st.visitText);
        if (!run(st.article60Text, {id}))
            return failed(st.article60Text);
        for (QSqlQuery *literacy : {&st.testText, &st.enrolmentText, &st.waitingText}) {
            if (!run(*literacy, {id}))
                return failed(*literacy);
        }
        if (!run(st.redact, {kRedacted, id, kRedacted}))
            return failed(st.redact);
    }
    if (tx) {
        if (Status s = tx->commit(); !s)
            return R::failure(tr("Nothing was anonymised: %1").arg(s.error()));
        // The old pages also sit in the write-ahead log until it is checkpointed and cut.
        if (!db.isServer()) {
            QSqlQuery checkpoint(sql);
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }
    return report;
}

} // namespace parcours
