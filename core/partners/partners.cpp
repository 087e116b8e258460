// SPDX-License-Identifier: GPL-3.0-or-later
#include "partners/partners.h"

#include "security/permissions.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace parcours {

namespace {

constexpr std::array<QLatin1String, kAllPartnerKinds.size()> kKindCodes = {
    QLatin1String("employment_service"), QLatin1String("training"), QLatin1String("literacy"),
    QLatin1String("social_economy"),     QLatin1String("employer"), QLatin1String("other")};

// Empty text is stored as NULL, so that "no phone" is one thing, not two.
QVariant text(const QString &value)
{
    const QString t = value.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

const QString kColumns = QStringLiteral("id, name, kind, address, contact_name, phone, email, note, active");

Partner partnerFrom(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = Partners::kindFromCode(q.value(2).toString()).value_or(PartnerKind::Other);
    p.address = q.value(3).toString();
    p.contactName = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.email = q.value(6).toString();
    p.note = q.value(7).toString();
    p.active = q.value(8).toInt() != 0;
    return p;
}

} // namespace

Partners::Partners(Database &db) : m_db(db) { }

QString Partners::kindCode(PartnerKind kind)
{
    return QString(kKindCodes[size_t(kind)]);
}

std::optional<PartnerKind> Partners::kindFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (size_t i = 0; i < kKindCodes.size(); ++i) {
        if (trimmed.compare(kKindCodes[i], Qt::CaseInsensitive) == 0)
            return PartnerKind(i);
    }
    return std::nullopt;
}

QString Partners::kindLabel(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::EmploymentService:
        return tr("Employment service");
    case PartnerKind::Training:
        return tr("Training");
    case PartnerKind::Literacy:
        return tr("Literacy");
    case PartnerKind::SocialEconomy:
        return tr("Social economy");
    case PartnerKind::Employer:
        return tr("Employer");
    case PartnerKind::Other:
        return tr("Other");
    }
    return {};
}

Status Partners::validate(const Partner &partner) const
{
    const QString name = partner.name.trimmed();
    if (name.isEmpty())
        return Status::failure(tr("Name: a partner needs a name."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!partner.email.trimmed().isEmpty() && !email.match(partner.email.trimmed()).hasMatch())
        return Status::failure(tr("E-mail: \"%1\" is not an e-mail address.").arg(partner.email.trimmed()));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM partner WHERE lower(name) = lower(?) AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(partner.id);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (q.next())
        return Status::failure(tr("Name: there is already a partner called \"%1\".").arg(name));
    return Status::success();
}

Result<qint64> Partners::add(const Partner &partner)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    if (Status valid = validate(partner); !valid)
        return R::failure(valid.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO partner (name, kind, address, contact_name, phone, email, note, active) "
                             "VALUES (?,?,?,?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(partner.name.trimmed());
    q.addBindValue(kindCode(partner.kind));
    q.addBindValue(text(partner.address));
    q.addBindValue(text(partner.contactName));
    q.addBindValue(text(partner.phone));
    q.addBindValue(text(partner.email));
    q.addBindValue(text(partner.note));
    q.addBindValue(partner.active ? 1 : 0);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status Partners::update(const Partner &partner)
{
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return allowed;
    Transaction tx(m_db.sql());
    if (!tx.active())
        return Status::failure(tx.error());
    if (Status valid = validate(partner); !valid)
        return valid;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE partner SET name = ?, kind = ?, address = ?, contact_name = ?, phone = ?, email = ?, "
                             "note = ?, active = ? WHERE id = ?"));
    q.addBindValue(partner.name.trimmed());
    q.addBindValue(kindCode(partner.kind));
    q.addBindValue(text(partner.address));
    q.addBindValue(text(partner.contactName));
    q.addBindValue(text(partner.phone));
    q.addBindValue(text(partner.email));
    q.addBindValue(text(partner.note));
    q.addBindValue(partner.active ? 1 : 0);
    q.addBindValue(partner.id);
    if (!q.exec())
        return Status::failure(StorageMessages::describe(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("There is no partner number %1.").arg(partner.id));
    return tx.commit();
}

Status Partners::setActive(qint64 id, bool active)
{
    Result<Partner> p = get(id);
    if (!p)
        return Status::failure(p.error());
    p->active = active;
    return update(p.value());
}

Result<Partner> Partners::get(qint64 id) const
{
    using R = Result<Partner>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM partner WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (!q.next())
        return R::failure(tr("There is no partner number %1.").arg(id));
    return partnerFrom(q);
}

Result<QList<Partner>> Partners::list(bool includeInactive, std::optional<PartnerKind> kind) const
{
    using R = Result<QList<Partner>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QString sql = QStringLiteral("SELECT %1 FROM partner WHERE 1 = 1").arg(kColumns);
    if (!includeInactive)
        sql += QStringLiteral(" AND active = 1");
    if (kind)
        sql += QStringLiteral(" AND kind = ?");
    sql += QStringLiteral(" ORDER BY lower(name), name");
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (kind)
        q.addBindValue(kindCode(*kind));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    QList<Partner> partners;
    while (q.next())
        partners.append(partnerFrom(q));
    return partners;
}

Result<std::optional<Partner>> Partners::findByName(const QString &name) const
{
    using R = Result<std::optional<Partner>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM partner WHERE lower(name) = lower(?)").arg(kColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    if (!q.next())
        return std::optional<Partner>();
    return std::optional<Partner>(partnerFrom(q));
}

Result<qint64> Partners::addAgreement(const PartnerAgreement &agreement)
{
    using R = Result<qint64>;
    if (Status allowed = Permissions::require(m_db, Permission::EditRegister); !allowed)
        return R::failure(allowed.error());
    if (agreement.subject.trimmed().isEmpty())
        return R::failure(tr("Subject: say what the agreement covers."));
    if (!agreement.startsOn.isValid())
        return R::failure(tr("Start: an agreement needs the day it starts."));
    if (agreement.endsOn.isValid() && agreement.endsOn < agreement.startsOn)
        return R::failure(tr("End: the agreement would end on %1, before it starts on %2.")
                              .arg(agreement.endsOn.toString(Qt::ISODate), agreement.startsOn.toString(Qt::ISODate)));
    Transaction tx(m_db.sql());
    if (!tx.active())
        return R::failure(tx.error());
    if (Result<Partner> partner = get(agreement.partnerId); !partner)
        return R::failure(partner.error());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO partner_agreement (partner_id, subject, starts_on, ends_on, note) VALUES (?,?,?,?,?)")
                  + dialect::returningId(m_db.sql()));
    q.addBindValue(agreement.partnerId);
    q.addBindValue(agreement.subject.trimmed());
    q.addBindValue(day(agreement.startsOn));
    q.addBindValue(day(agreement.endsOn));
    q.addBindValue(text(agreement.note));
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    const qint64 id = dialect::insertedId(q);
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<PartnerAgreement>> Partners::agreements(qint64 partnerId) const
{
    using R = Result<QList<PartnerAgreement>>;
    if (Status allowed = Permissions::require(m_db, Permission::ViewRegister); !allowed)
        return R::failure(allowed.error());
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, partner_id, subject, starts_on, ends_on, note FROM partner_agreement "
                             "WHERE partner_id = ? ORDER BY starts_on, id"));
    q.addBindValue(partnerId);
    if (!q.exec())
        return R::failure(StorageMessages::describe(q.lastError()));
    QList<PartnerAgreement> list;
    while (q.next()) {
        PartnerAgreement a;
        a.id = q.value(0).toLongLong();
        a.partnerId = q.value(1).toLongLong();
        a.subject = q.value(2).toString();
        a.startsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.endsOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.note = q.value(5).toString();
        list.append(a);
    }
    return list;
}

} // namespace parcours
