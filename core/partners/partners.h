// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

class Database;

// What kind of organisation a partner is (seed 000: "Actiris, Bruxelles Formation, Mission
// Locale, Maison de l'Emploi, VDAB, literacy partners, social-economy enterprises, employers").
enum class PartnerKind { EmploymentService, Training, Literacy, SocialEconomy, Employer, Other };
inline constexpr std::array<PartnerKind, 6> kAllPartnerKinds = {PartnerKind::EmploymentService, PartnerKind::Training,
                                                                PartnerKind::Literacy,          PartnerKind::SocialEconomy,
                                                                PartnerKind::Employer,          PartnerKind::Other};

struct Partner
{
    qint64 id = 0;
    QString name;
    PartnerKind kind = PartnerKind::Other;
    QString address;
    QString contactName;
    QString phone;
    QString email;
    QString note;
    bool active = true;
};

// A convention / overeenkomst with a partner: what it covers and when it runs (ends open =
// until further notice).
struct PartnerAgreement
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString subject;
    QDate startsOn;
    QDate endsOn; // invalid = open-ended
    QString note;
    bool runsOn(const QDate &day) const { return startsOn <= day && (!endsOn.isValid() || day <= endsOn); }
};

// The directory of partners (schema 0008). Reading needs ViewRegister, changing EditRegister;
// every change is in the audit trail (triggers). A partner is never deleted: it is made
// inactive, keeps what refers to it, and leaves the choice lists.
class Partners
{
    Q_DECLARE_TR_FUNCTIONS(Partners)
public:
    explicit Partners(Database &db);

    static QString kindCode(PartnerKind kind); // employment_service, training, …
    static std::optional<PartnerKind> kindFromCode(QStringView code);
    static QString kindLabel(PartnerKind kind); // translated

    // Checks the fields (name given and unique, e-mail shaped like one) and returns the id.
    Result<qint64> add(const Partner &partner);
    Status update(const Partner &partner);
    Status setActive(qint64 id, bool active);

    Result<Partner> get(qint64 id) const;
    // By name, case-insensitively; only active ones unless includeInactive.
    Result<QList<Partner>> list(bool includeInactive = false, std::optional<PartnerKind> kind = std::nullopt) const;
    // The partner of exactly this name (any case), for imports and the CLI.
    Result<std::optional<Partner>> findByName(const QString &name) const;

    Result<qint64> addAgreement(const PartnerAgreement &agreement);
    Result<QList<PartnerAgreement>> agreements(qint64 partnerId) const; // oldest first

private:
    Status validate(const Partner &partner) const;

    Database &m_db;
};

} // namespace parcours
