// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/subjectaccess.h"

#include "domain/nationalnumber.h"
#include "interchange/importaudit.h"
#include "security/audittrail.h"
#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace parcours {

namespace {

// Every table that holds data about a person, and how to find the person's rows (one `?`:
// the person id). A new table with person data adds its line here.
struct Source
{
    const char *key;
    const char *sql;
};
constexpr Source kSources[] = {
    {"dossiers", "SELECT * FROM dossier WHERE person_id = ? ORDER BY opened, id"},
    {"placements", "SELECT pl.* FROM placement pl JOIN dossier d ON d.id = pl.dossier_id WHERE d.person_id = ? "
                   "ORDER BY pl.dossier_id, pl.start_date"},
    {"balance_versions", "SELECT b.* FROM balance_version b JOIN dossier d ON d.id = b.dossier_id WHERE d.person_id = ? "
                         "ORDER BY b.dossier_id, b.version"},
    {"gpmi", "SELECT g.* FROM gpmi g JOIN dossier d ON d.id = g.dossier_id WHERE d.person_id = ? ORDER BY g.dossier_id"},
    {"gpmi_evaluations", "SELECT e.* FROM gpmi_evaluation e JOIN gpmi g ON g.id = e.gpmi_id JOIN dossier d ON d.id = g.dossier_id "
                         "WHERE d.person_id = ? ORDER BY e.gpmi_id, e.eval_date"},
    {"job_tables", "SELECT j.title, j.place, p.status, p.added_on, p.rules_version, p.rules_accepted_on, p.left_on, "
                   "p.orientation, p.orientation_detail, p.orientation_note, p.id AS participant_id, p.dossier_id "
                   "FROM job_table_participant p JOIN job_table j ON j.id = p.job_table_id "
                   "JOIN dossier d ON d.id = p.dossier_id WHERE d.person_id = ? ORDER BY p.added_on, p.id"},
    {"job_table_attendance", "SELECT m.starts_at, m.topic, a.presence, a.participant_id FROM job_table_attendance a "
                             "JOIN job_table_meeting m ON m.id = a.meeting_id "
                             "JOIN job_table_participant p ON p.id = a.participant_id "
                             "JOIN dossier d ON d.id = p.dossier_id WHERE d.person_id = ? ORDER BY m.starts_at"},
    {"free_access_visits", "SELECT v.visit_date, v.purpose, v.note, v.dossier_id FROM free_access_visit v "
                           "JOIN dossier d ON d.id = v.dossier_id WHERE d.person_id = ? ORDER BY v.visit_date, v.id"},
    {"article60_contracts", "SELECT c.id, c.dossier_id, po.function, po.place, pa.name AS partner, c.starts_on, "
                            "c.days_needed, c.planned_end, c.actual_end, c.end_reason, c.note FROM article60_contract c "
                            "JOIN article60_post po ON po.id = c.post_id LEFT JOIN partner pa ON pa.id = po.partner_id "
                            "JOIN dossier d ON d.id = c.dossier_id WHERE d.person_id = ? ORDER BY c.starts_on, c.id"},
    {"literacy_tests", "SELECT t.* FROM literacy_test t JOIN dossier d ON d.id = t.dossier_id WHERE d.person_id = ? "
                       "ORDER BY t.test_date, t.id"},
    {"literacy_enrolments", "SELECT c.name AS course, pa.name AS partner, e.* FROM literacy_enrolment e "
                            "JOIN literacy_course c ON c.id = e.course_id LEFT JOIN partner pa ON pa.id = c.partner_id "
                            "JOIN dossier d ON d.id = e.dossier_id WHERE d.person_id = ? ORDER BY e.from_date, e.id"},
    {"literacy_waiting", "SELECT w.* FROM literacy_waiting w JOIN dossier d ON d.id = w.dossier_id WHERE d.person_id = ? "
                         "ORDER BY w.requested_on, w.id"},
    {"audit_trail", "SELECT id, at, actor, actor_kind, action, entity, entity_id, details FROM audit_log "
                    "WHERE person_id = ? ORDER BY id"},
};

// Columns that only repeat another column in a form for searching.
bool derived(const QString &column)
{
    return column.endsWith(QLatin1String("_key"));
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QJsonObject rowObject(const QSqlQuery &q)
{
    QJsonObject o;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        if (!derived(record.fieldName(i)))
            o.insert(record.fieldName(i), jsonValue(q.value(i)));
    }
    return o;
}

QString label(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("SubjectAccess", "Number")},
        {QStringLiteral("national_number"), QT_TRANSLATE_NOOP("SubjectAccess", "National number")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("SubjectAccess", "Last name")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("SubjectAccess", "First name")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("SubjectAccess", "Birth date")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("SubjectAccess", "Gender")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("SubjectAccess", "Language")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("SubjectAccess", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("SubjectAccess", "E-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("SubjectAccess", "Address")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("SubjectAccess", "Reference")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("SubjectAccess", "Person")},
        {QStringLiteral("income_type"), QT_TRANSLATE_NOOP("SubjectAccess", "Income")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("SubjectAccess", "Opened")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("SubjectAccess", "Closed")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("SubjectAccess", "Officer")},
        {QStringLiteral("dossier_id"), QT_TRANSLATE_NOOP("SubjectAccess", "Dossier")},
        {QStringLiteral("cell"), QT_TRANSLATE_NOOP("SubjectAccess", "Cell")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("SubjectAccess", "From")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("SubjectAccess", "Until")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("SubjectAccess", "Reason")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("SubjectAccess", "Outcome")},
        {QStringLiteral("outcome_detail"), QT_TRANSLATE_NOOP("SubjectAccess", "Outcome detail")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("SubjectAccess", "Note")},
        {QStringLiteral("span_key"), QT_TRANSLATE_NOOP("SubjectAccess", "Period (internal)")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("SubjectAccess", "When (UTC)")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("SubjectAccess", "Who")},
        {QStringLiteral("actor_kind"), QT_TRANSLATE_NOOP("SubjectAccess", "Through")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("SubjectAccess", "What")},
        {QStringLiteral("entity"), QT_TRANSLATE_NOOP("SubjectAccess", "Data")},
        {QStringLiteral("entity_id"), QT_TRANSLATE_NOOP("SubjectAccess", "Row")},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("SubjectAccess", "Values")},
        {QStringLiteral("function"), QT_TRANSLATE_NOOP("SubjectAccess", "Function")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("SubjectAccess", "Place")},
        {QStringLiteral("partner"), QT_TRANSLATE_NOOP("SubjectAccess", "Partner")},
        {QStringLiteral("starts_on"), QT_TRANSLATE_NOOP("SubjectAccess", "Start")},
        {QStringLiteral("days_needed"), QT_TRANSLATE_NOOP("SubjectAccess", "Days needed")},
        {QStringLiteral("planned_end"), QT_TRANSLATE_NOOP("SubjectAccess", "Planned end")},
        {QStringLiteral("actual_end"), QT_TRANSLATE_NOOP("SubjectAccess", "Actual end")},
        {QStringLiteral("end_reason"), QT_TRANSLATE_NOOP("SubjectAccess", "End reason")},
    };
    if (const auto it = labels.constFind(column); it != labels.constEnd())
        return SubjectAccess::tr(*it);
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// The order columns are shown in; others follow in alphabetical order.
int columnRank(const QString &column)
{
    static const QStringList order = {
        QStringLiteral("at"),        QStringLiteral("actor"),           QStringLiteral("actor_kind"),
        QStringLiteral("action"),    QStringLiteral("entity"),          QStringLiteral("entity_id"),
        QStringLiteral("id"),        QStringLiteral("national_number"), QStringLiteral("last_name"),
        QStringLiteral("first_name"), QStringLiteral("birth_date"),     QStringLiteral("gender"),
        QStringLiteral("language"),  QStringLiteral("phone"),           QStringLiteral("email"),
        QStringLiteral("address"),   QStringLiteral("reference"),       QStringLiteral("person_id"),
        QStringLiteral("income_type"), QStringLiteral("opened"),        QStringLiteral("closed"),
        QStringLiteral("dossier_id"), QStringLiteral("cell"),           QStringLiteral("start_date"),
        QStringLiteral("end_date"),  QStringLiteral("officer"),         QStringLiteral("outcome"),
        QStringLiteral("outcome_detail"), QStringLiteral("reason"),     QStringLiteral("note"),
        QStringLiteral("details")};
    const qsizetype rank = order.indexOf(column);
    return rank < 0 ? int(order.size()) : int(rank);
}

QStringList ordered(QStringList columns)
{
    std::stable_sort(columns.begin(), columns.end(),
                     [](const QString &a, const QString &b) { return columnRank(a) < columnRank(b); });
    return columns;
}

// {"last_name": ["Old", "New"], "phone": "x"} → "last_name: Old → New; phone: x"
QString detailsText(const QJsonObject &details)
{
    const auto text = [](const QJsonValue &v) {
        if (v.isNull())
            return QStringLiteral("–");
        return v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString();
    };
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (it.value().isArray() && pair.size() == 2)
            parts << it.key() + QStringLiteral(": ") + text(pair.at(0)) + QStringLiteral(" → ") + text(pair.at(1));
        else
            parts << it.key() + QStringLiteral(": ") + text(it.value());
    }
    return parts.join(QStringLiteral("; "));
}

QString cellText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString tableOf(const QJsonArray &rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>") + SubjectAccess::tr("None.").toHtmlEscaped() + QStringLiteral("</p>");
    QStringList columns;
    for (const QJsonValue &row : rows) {
        for (const QString &key : row.toObject().keys()) {
            if (!columns.contains(key))
                columns << key;
        }
    }
    columns = ordered(columns);
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &c : std::as_const(columns))
        html += QStringLiteral("<th align=\"left\">") + label(c).toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        html += QStringLiteral("<tr>");
        for (const QString &c : std::as_const(columns))
            html += QStringLiteral("<td>") + cellText(o.value(c)).toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A bulk import records one audit entry for the whole file, with the ids it created as
// ranges (core/interchange/importaudit.h), not one entry a row with the person's id. The
// imports that created the person, one of their dossiers or placements join the audit trail
// part, in id order, each with this person's rows only: which file, when, by whom.
Status addImports(Database &db, const QJsonObject &person, QJsonObject &report)
{
    const auto idsOf = [&report](const char *key) {
        QList<qint64> ids;
        for (const QJsonValue &row : report.value(QLatin1String(key)).toArray())
            ids << row.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    };
    const QList<std::pair<QString, QList<qint64>>> mine = {
        {QStringLiteral("person"), {person.value(QStringLiteral("id")).toInteger()}},
        {QStringLiteral("dossier"), idsOf("dossiers")},
        {QStringLiteral("placement"), idsOf("placements")}};

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, actor_kind, action, entity, entity_id, details FROM audit_log "
                               "WHERE action = 'import' ORDER BY id")))
        return Status::failure(StorageMessages::describe(q.lastError()));
    QList<QJsonObject> trail;
    for (const QJsonValue &entry : report.value(QStringLiteral("audit_trail")).toArray())
        trail << entry.toObject();
    bool added = false;
    while (q.next()) {
        const QString details = q.value(7).toString();
        QJsonObject created;
        for (const auto &[table, ids] : mine) {
            QJsonArray hits;
            for (const qint64 id : ids) {
                if (ImportAudit::hasCreated(details, table, id))
                    hits.append(id);
            }
            if (!hits.isEmpty())
                created.insert(table, hits);
        }
        if (created.isEmpty())
            continue;
        const QJsonObject all = QJsonDocument::fromJson(details.toUtf8()).object();
        QJsonObject o = rowObject(q);
        o.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("file"), all.value(QStringLiteral("file"))},
                                                        {QStringLiteral("sha256"), all.value(QStringLiteral("sha256"))},
                                                        {QStringLiteral("created"), created}});
        trail.append(o);
        added = true;
    }
    if (added) {
        std::stable_sort(trail.begin(), trail.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("id")).toInteger() < b.value(QStringLiteral("id")).toInteger();
        });
        QJsonArray sorted;
        for (const QJsonObject &entry : std::as_const(trail))
            sorted.append(entry);
        report.insert(QStringLiteral("audit_trail"), sorted);
    }
    return Status::success();
}

} // namespace

Result<QJsonObject> SubjectAccess::collect(Database &db, const QString &nationalNumber)
{
    using R = Result<QJsonObject>;
    if (Status allowed = Permissions::require(db, Permission::SubjectAccess); !allowed)
        return R::failure(allowed.error());
    QString digits, why;
    if (!NationalNumber::parse(nationalNumber, &digits, &why))
        return R::failure(tr("%1 is not a national number: %2").arg(nationalNumber, why));

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM person WHERE national_number = ?"));
    q.addBindValue(digits);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (!q.next())
        return R::failure(tr("Nobody with the national number %1 is in this database.").arg(NationalNumber::format(digits)));
    const QJsonObject person = rowObject(q);
    const qint64 personId = q.value(0).toLongLong();
    q.finish();

    // Recorded first, so that the export lists itself in its own audit trail part.
    if (Status s = AuditTrail(db).recordView(personId, QStringLiteral("subject access export")); !s)
        return R::failure(s.error());

    QJsonObject report;
    report.insert(QStringLiteral("format"), QStringLiteral("parcours-subject-access-1"));
    report.insert(QStringLiteral("generated_at"), AuditTrail::timestamp(QDateTime::currentDateTimeUtc()));
    report.insert(QStringLiteral("generated_by"), db.actor().name);
    report.insert(QStringLiteral("person"), person);
    for (const Source &source : kSources) {
        QSqlQuery rows(db.sql());
        rows.setForwardOnly(true);
        rows.prepare(QString::fromLatin1(source.sql));
        rows.addBindValue(personId);
        if (!rows.exec())
            return R::failure(StorageMessages::describe(rows.lastError()));
        QJsonArray list;
        while (rows.next()) {
            QJsonObject o = rowObject(rows);
            // The trail's values are JSON themselves: kept as objects, not as quoted text.
            if (const QJsonValue details = o.value(QStringLiteral("details")); details.isString()) {
                const QJsonDocument parsed = QJsonDocument::fromJson(details.toString().toUtf8());
                if (parsed.isObject())
                    o.insert(QStringLiteral("details"), parsed.object());
            }
            list.append(o);
        }
        report.insert(QString::fromLatin1(source.key), list);
    }
    if (Status s = addImports(db, person, report); !s)
        return R::failure(s.error());
    return report;
}

QString SubjectAccess::toHtml(const QJsonObject &report)
{
    const QJsonObject person = report.value(QStringLiteral("person")).toObject();
    const QString name = person.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ')
        + person.value(QStringLiteral("last_name")).toString();
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    html += QStringLiteral("<h1>") + tr("Data held about %1").arg(name).toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p>")
        + tr("National number %1. Written on %2 (UTC) by %3, from the Parcours database, for a request of access "
             "to personal data (GDPR article 15).")
              .arg(NationalNumber::format(person.value(QStringLiteral("national_number")).toString()),
                   report.value(QStringLiteral("generated_at")).toString(),
                   report.value(QStringLiteral("generated_by")).toString())
              .toHtmlEscaped()
        + QStringLiteral("</p>");

    html += QStringLiteral("<h2>") + tr("Person").toHtmlEscaped() + QStringLiteral("</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const QString &key : ordered(person.keys()))
        html += QStringLiteral("<tr><th align=\"left\">") + label(key).toHtmlEscaped() + QStringLiteral("</th><td>")
            + cellText(person.value(key)).toHtmlEscaped() + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    const std::pair<const char *, QString> parts[] = {
        {"dossiers", tr("Dossiers")},
        {"placements", tr("Placements in the integration trajectory")},
        {"balance_versions", tr("Socio-professional balance (every version)")},
        {"gpmi", tr("Individualised social integration project (GPMI)")},
        {"gpmi_evaluations", tr("Evaluations of the GPMI")},
        {"job_tables", tr("Job Tables taken part in")},
        {"job_table_attendance", tr("Attendance at the Job Table meetings")},
        {"free_access_visits", tr("Visits to the Space for Work")},
        {"article60_contracts", tr("Article 60 contracts")},
        {"audit_trail", tr("Who created, changed or looked at this data (audit trail)")},
    };
    for (const auto &[key, title] : parts) {
        QJsonArray rows = report.value(QString::fromLatin1(key)).toArray();
        // The trail's values as "column: old → new" text in the table.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject o = rows.at(i).toObject();
            if (o.value(QStringLiteral("details")).isObject())
                o.insert(QStringLiteral("details"), detailsText(o.value(QStringLiteral("details")).toObject()));
            rows.replace(i, o);
        }
        html += QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2>") + tableOf(rows);
    }
    return html + QStringLiteral("</body></html>");
}

Status SubjectAccess::writeJson(const QJsonObject &report, const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    return Status::success();
}

QString SubjectAccess::fileStem(const QJsonObject &report)
{
    const QString number = report.value(QStringLiteral("person")).toObject().value(QStringLiteral("national_number")).toString();
    return QStringLiteral("subject-access-") + number + QLatin1Char('-') + report.value(QStringLiteral("generated_at")).toString().left(10);
}

} // namespace parcours
