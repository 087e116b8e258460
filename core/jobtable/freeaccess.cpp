// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtable/freeaccess.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

constexpr std::array<QLatin1String, kVisitPurposeCount> kPurposeCodes = {
    QLatin1String("job_offers"), QLatin1String("cv_letter"), QLatin1String("phone"), QLatin1String("computer"),
    QLatin1String("other")};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString visitPurposeCode(VisitPurpose p)
{
    return QString(kPurposeCodes[size_t(p)]);
}

std::optional<VisitPurpose> visitPurposeFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < kPurposeCodes.size(); ++i) {
        if (trimmed.compare(kPurposeCodes[i], Qt::CaseInsensitive) == 0)
            return VisitPurpose(i);
    }
    return std::nullopt;
}

FreeAccess::FreeAccess(Database &db) : m_db(db) { }

QString FreeAccess::purposeLabel(VisitPurpose p)
{
    switch (p) {
    case VisitPurpose::JobOffers:
        return tr("Job offers");
    case VisitPurpose::CvLetter:
        return tr("CV or letter");
    case VisitPurpose::Phone:
        return tr("Phone");
    case VisitPurpose::Computer:
        return tr("Computer");
    case VisitPurpose::Other:
        return tr("Other");
    }
    return {};
}

Result<qint64> FreeAccess::record(const QDate &day, VisitPurpose purpose, const QString &reference, const QString &note)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::FreeAccessLog); !allowed)
        return R::failure(allowed.error());
    if (!day.isValid())
        return R::failure(tr("A visit needs a valid day."));
    if (day > QDate::currentDate())
        return R::failure(tr("A visit on %1 lies in the future.").arg(iso(day)));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    QSqlQuery q(m_db.sql());
    QVariant dossier(QMetaType(QMetaType::LongLong));
    if (!reference.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM dossier WHERE reference = ?"));
        q.addBindValue(reference.trimmed());
        if (!q.exec())
            return R::failure(StorageMessages::describe(q.lastError()));
        if (!q.next())
            return R::failure(tr("There is no dossier with the reference \"%1\": record the visit as anonymous, or check "
                                 "the reference.").arg(reference.trimmed()));
        dossier = q.value(0);
    }
    q.prepare(QStringLiteral("INSERT INTO free_access_visit (visit_date, dossier_id, purpose, note) VALUES (?,?,?,?)")
              + dialect::returningId(m_db.sql()));
    q.addBindValue(iso(day));
    q.addBindValue(dossier);
    q.addBindValue(visitPurposeCode(purpose));
    q.addBindValue(note.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note.trimmed()));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status FreeAccess::remove(qint64 visitId)
{
    if (Status allowed = Permissions::require(m_db, Permission::FreeAccessLog); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM free_access_visit WHERE id = ?"));
    q.addBindValue(visitId);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

QList<Visit> FreeAccess::visits(const QDate &from, const QDate &to) const
{
    QList<Visit> list;
    if (!Permissions::require(m_db, Permission::FreeAccessLog))
        return list;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.id, v.visit_date, v.dossier_id, v.purpose, v.note, d.reference FROM free_access_visit v "
                             "LEFT JOIN dossier d ON d.id = v.dossier_id WHERE v.visit_date BETWEEN ? AND ? "
                             "ORDER BY v.visit_date DESC, v.id DESC"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return list;
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.day = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        v.dossierId = q.value(2).toLongLong();
        v.purpose = visitPurposeFromCode(q.value(3).toString()).value_or(VisitPurpose::Other);
        v.note = q.value(4).toString();
        v.reference = q.value(5).toString();
        list.append(v);
    }
    return list;
}

QList<FreeAccess::MonthCount> FreeAccess::monthlyCounts(const QDate &from, const QDate &to) const
{
    QList<MonthCount> months;
    if (!from.isValid() || !to.isValid() || from > to || !Permissions::require(m_db, Permission::FreeAccessLog))
        return months;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        months.append(MonthCount{m, {}, 0, 0});
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(visit_date, 1, 7), purpose, dossier_id IS NULL, count(*) FROM free_access_visit "
                             "WHERE visit_date BETWEEN ? AND ? GROUP BY 1, 2, 3"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec())
        return months;
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const auto purpose = visitPurposeFromCode(q.value(1).toString());
        for (MonthCount &m : months) {
            if (m.month != month)
                continue;
            const int n = q.value(3).toInt();
            if (purpose)
                m.byPurpose[size_t(*purpose)] += n;
            (q.value(2).toBool() ? m.anonymous : m.known) += n;
        }
    }
    return months;
}

std::optional<UsageRules> FreeAccess::rulesInForce(const QDate &day) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT version, in_force_from, body FROM usage_rules WHERE in_force_from <= ? "
                             "ORDER BY in_force_from DESC, version DESC LIMIT 1"));
    q.addBindValue(iso(day));
    if (!m_db.actor().isValid() || !q.exec() || !q.next())
        return std::nullopt;
    return UsageRules{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()};
}

QList<UsageRules> FreeAccess::allRules() const
{
    QList<UsageRules> list;
    QSqlQuery q(m_db.sql());
    if (!m_db.actor().isValid()
        || !q.exec(QStringLiteral("SELECT version, in_force_from, body FROM usage_rules ORDER BY in_force_from DESC, version DESC")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString()});
    return list;
}

Status FreeAccess::setRules(const UsageRules &rules)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    if (rules.version.trimmed().isEmpty())
        return Status::failure(tr("The usage rules need a version (e.g. \"2024-1\")."));
    if (!rules.inForceFrom.isValid())
        return Status::failure(tr("The usage rules need the date from which they are in force."));
    if (rules.body.trimmed().isEmpty())
        return Status::failure(tr("The usage rules need their text."));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO usage_rules (version, in_force_from, body) VALUES (?,?,?) "
                             "ON CONFLICT (version) DO UPDATE SET in_force_from = excluded.in_force_from, body = excluded.body"));
    q.addBindValue(rules.version.trimmed());
    q.addBindValue(iso(rules.inForceFrom));
    q.addBindValue(rules.body.trimmed());
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    return tx.commit();
}

} // namespace parcours
