// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/compliance.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/sqlerror.h"
#include "trajectory/isodate.h"

#include <QHash>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace parcours {

namespace {

QString iso(const QDate &d)
{
    return isodate::toIso(d);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : isodate::dateFromIso(v.toString());
}

int urgency(Compliance::State s)
{
    switch (s) {
    case Compliance::State::Missing: return 0;
    case Compliance::State::Overdue: return 1;
    case Compliance::State::SignedLate: return 2;
    case Compliance::State::DueSoon: return 3;
    }
    return 4;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QDate Compliance::obligationStart()
{
    return QDate(2016, 11, 1);
}

bool Compliance::required(const QDate &opened, const QDate &birthDate)
{
    if (!opened.isValid())
        return false;
    if (opened >= obligationStart())
        return true;
    return birthDate.isValid() && birthDate.addYears(25) > opened;
}

QDate Compliance::signatureDeadline(const Facts &facts)
{
    QDate deadline = facts.opened.addMonths(3);
    if (facts.lastExemptionEnd.isValid() && facts.lastExemptionEnd >= facts.opened)
        deadline = std::max(deadline, facts.lastExemptionEnd.addDays(1).addMonths(3));
    return deadline;
}

QList<Compliance::Finding> Compliance::assess(const Facts &f, const QDate &day)
{
    QList<Finding> findings;
    if (f.exemptOnDay || !required(f.opened, f.birthDate) || f.opened > day)
        return findings;
    const QDate deadline = signatureDeadline(f);
    if (!f.signedOn.isValid() || f.signedOn > day) {
        if (deadline < day)
            findings.append({Requirement::Signature, State::Missing, deadline,
                             tr("No signed GPMI; it was due on %1, 3 months after the opening (%2).").arg(iso(deadline), iso(f.opened))});
        else if (day.daysTo(deadline) <= kDueSoonDays)
            findings.append({Requirement::Signature, State::DueSoon, deadline,
                             tr("The GPMI must be signed by %1, 3 months after the opening (%2).").arg(iso(deadline), iso(f.opened))});
        return findings;
    }
    if (f.signedOn > deadline && f.signedOn.addYears(1) > day)
        findings.append({Requirement::Signature, State::SignedLate, deadline,
                         tr("Signed on %1, after the deadline of %2.").arg(iso(f.signedOn), iso(deadline))});

    const QDate &s = f.signedOn;
    const QDate runEnd = f.gpmiEnd.isValid() ? std::min(f.gpmiEnd, day) : day;
    int year = 0; // the contract year that holds runEnd
    while (s.addYears(year + 1) <= runEnd)
        ++year;
    const auto counts = [&f, &runEnd](const QDate &from, const QDate &to) {
        int all = 0;
        int faceToFace = 0;
        for (const Facts::Evaluation &e : f.evaluations) {
            if (e.date >= from && e.date <= to && e.date <= runEnd) {
                ++all;
                faceToFace += e.faceToFace ? 1 : 0;
            }
        }
        return std::pair{all, faceToFace};
    };
    if (year >= 1) {
        const QDate from = s.addYears(year - 1);
        const QDate to = s.addYears(year).addDays(-1);
        const auto [all, faceToFace] = counts(from, to);
        if (all < 3)
            findings.append({Requirement::Evaluations, State::Overdue, to,
                             tr("%1 of 3 evaluations in the contract year %2 – %3.").arg(all).arg(iso(from), iso(to))});
        if (faceToFace < 2)
            findings.append({Requirement::FaceToFace, State::Overdue, to,
                             tr("%1 of 2 face-to-face evaluations in the contract year %2 – %3.").arg(faceToFace).arg(iso(from), iso(to))});
    }
    const QDate from = s.addYears(year);
    const QDate to = s.addYears(year + 1).addDays(-1);
    const bool ended = f.gpmiEnd.isValid() && f.gpmiEnd < day;
    const auto [all, faceToFace] = counts(from, runEnd);
    if (all < 3) {
        const QDate due = from.addMonths(4 * (all + 1)).addDays(-1);
        if (!ended || due <= f.gpmiEnd) {
            if (due < day)
                findings.append({Requirement::Evaluations, State::Overdue, due,
                                 tr("Evaluation %1 of 3 of the contract year %2 – %3 was due on %4.")
                                     .arg(all + 1)
                                     .arg(iso(from), iso(to), iso(due))});
            else if (day.daysTo(due) <= kDueSoonDays)
                findings.append({Requirement::Evaluations, State::DueSoon, due,
                                 tr("Evaluation %1 of 3 of the contract year %2 – %3 is due by %4.")
                                     .arg(all + 1)
                                     .arg(iso(from), iso(to), iso(due))});
        }
    }
    if (faceToFace < 2 && !ended && day.daysTo(to) <= kDueSoonDays)
        findings.append({Requirement::FaceToFace, State::DueSoon, to,
                         tr("%1 of 2 face-to-face evaluations so far in the contract year %2 – %3.").arg(faceToFace).arg(iso(from), iso(to))});
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return urgency(a.state) != urgency(b.state) ? urgency(a.state) < urgency(b.state) : a.due < b.due;
    });
    return findings;
}

Compliance::Compliance(Database &db) : m_db(db) { }

Result<QList<Compliance::Row>> Compliance::rows(const QDate &day, const QString &officer) const
{
    using R = Result<QList<Row>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("The compliance list needs a valid day."));
    const QString d = iso(day);

    // The evaluations that can still matter on `day`: those of the last two contract years.
    QHash<qint64, QList<Facts::Evaluation>> evaluations;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT gpmi_id, eval_date, face_to_face FROM gpmi_evaluation WHERE eval_date <= ? AND eval_date > ? "
                                 "ORDER BY gpmi_id, eval_date"));
        q.addBindValue(d);
        q.addBindValue(iso(day.addYears(-2)));
        if (!q.exec())
            return R::failure(StorageMessages::describe(q.lastError()));
        while (q.next())
            evaluations[q.value(0).toLongLong()].append({dateOf(q.value(1)), q.value(2).toInt() != 0});
    }

    QString sql = QStringLiteral(
        "SELECT d.id, d.reference, p.last_name, p.first_name, d.officer, d.opened, p.birth_date, g.id, g.signed_date, g.end_date, "
        "EXISTS (SELECT 1 FROM placement x WHERE x.dossier_id = d.id AND x.cell = 'health_equity' AND x.start_date <= ? "
        "        AND (x.end_date IS NULL OR x.end_date >= ?)), "
        "(SELECT max(x.end_date) FROM placement x WHERE x.dossier_id = d.id AND x.cell = 'health_equity' AND x.end_date < ?) "
        "FROM dossier d JOIN person p ON p.id = d.person_id LEFT JOIN gpmi g ON g.dossier_id = d.id "
        "WHERE d.income_type = 'leefloon' AND d.opened <= ? AND COALESCE(d.closed, '9999-12-31') >= ?");
    if (!officer.isEmpty())
        sql += QStringLiteral(" AND d.officer = ?");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < 5; ++i)
        q.addBindValue(d);
    if (!officer.isEmpty())
        q.addBindValue(officer);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    QList<Row> rows;
    while (q.next()) {
        Facts f;
        f.opened = dateOf(q.value(5));
        f.birthDate = dateOf(q.value(6));
        f.exemptOnDay = q.value(10).toInt() != 0;
        if (f.exemptOnDay)
            continue;
        f.lastExemptionEnd = dateOf(q.value(11));
        f.signedOn = dateOf(q.value(8));
        f.gpmiEnd = dateOf(q.value(9));
        if (!q.value(7).isNull())
            f.evaluations = evaluations.value(q.value(7).toLongLong());
        const QList<Finding> findings = assess(f, day);
        for (const Finding &finding : findings) {
            Row row;
            row.dossierId = q.value(0).toLongLong();
            row.reference = q.value(1).toString();
            row.lastName = q.value(2).toString();
            row.firstName = q.value(3).toString();
            row.officer = q.value(4).toString();
            row.finding = finding;
            row.daysLeft = int(day.daysTo(finding.due));
            rows.append(row);
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int ua = urgency(a.finding.state) == 3 ? 1 : 0; // overdue kinds first, due soon after
        const int ub = urgency(b.finding.state) == 3 ? 1 : 0;
        if (ua != ub)
            return ua < ub;
        if (a.finding.due != b.finding.due)
            return a.finding.due < b.finding.due;
        return a.reference < b.reference;
    });
    return rows;
}

void Compliance::writeCsv(const QList<Row> &rows, QIODevice &out)
{
    QStringList lines;
    lines << QStringLiteral("reference,last_name,first_name,officer,requirement,state,due,days_left,detail");
    for (const Row &r : rows) {
        lines << QStringList{csvField(r.reference),
                             csvField(r.lastName),
                             csvField(r.firstName),
                             csvField(r.officer),
                             requirementCode(r.finding.requirement),
                             stateCode(r.finding.state),
                             iso(r.finding.due),
                             QString::number(r.daysLeft),
                             csvField(r.finding.detail)}
                     .join(QLatin1Char(','));
    }
    out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

QString Compliance::requirementCode(Requirement r)
{
    switch (r) {
    case Requirement::Signature: return QStringLiteral("signature");
    case Requirement::Evaluations: return QStringLiteral("evaluations");
    case Requirement::FaceToFace: return QStringLiteral("face_to_face");
    }
    return {};
}

QString Compliance::stateCode(State s)
{
    switch (s) {
    case State::Missing: return QStringLiteral("missing");
    case State::Overdue: return QStringLiteral("overdue");
    case State::SignedLate: return QStringLiteral("signed_late");
    case State::DueSoon: return QStringLiteral("due_soon");
    }
    return {};
}

QString Compliance::requirementLabel(Requirement r)
{
    switch (r) {
    case Requirement::Signature: return tr("GPMI signed");
    case Requirement::Evaluations: return tr("3 evaluations a year");
    case Requirement::FaceToFace: return tr("2 face-to-face evaluations a year");
    }
    return {};
}

QString Compliance::stateLabel(State s)
{
    switch (s) {
    case State::Missing: return tr("Missing");
    case State::Overdue: return tr("Overdue");
    case State::SignedLate: return tr("Signed late");
    case State::DueSoon: return tr("Due soon");
    }
    return {};
}

} // namespace parcours
