// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/partnerdemo.h"

#include "partners/partners.h"

namespace parcours {

namespace {

struct DemoPartner
{
    const char *name;
    PartnerKind kind;
    const char *address;
    const char *phone;
    const char *agreement; // nullptr: no agreement
};

// Organisation names only: the contacts are left empty rather than invent people.
// The agreements are written in the partner's language, as the centre would.
constexpr DemoPartner kPartners[] = {
    {"Actiris", PartnerKind::EmploymentService, "Boulevard Anspach 65, 1000 Bruxelles", "02 505 14 11",
     "Partenariat pour la recherche d'emploi des bénéficiaires du revenu d'intégration"},
    {"VDAB Brussel", PartnerKind::EmploymentService, "Sainctelettesquare 19, 1000 Brussel", "02 235 18 00", nullptr},
    {"Maison de l'Emploi", PartnerKind::EmploymentService, "Rue de Fiennes 77, 1070 Anderlecht", "02 555 07 50",
     "Permanence recherche d'emploi à l'Espace Emploi"},
    {"Mission Locale pour l'Emploi", PartnerKind::Training, "Rue de Fiennes 77, 1070 Anderlecht", "02 555 07 90",
     "Formations préqualifiantes et accompagnement socioprofessionnel"},
    {"Bruxelles Formation", PartnerKind::Training, "Rue de Stalle 67, 1180 Uccle", "0800 555 66", nullptr},
    {"Syntra Brussel", PartnerKind::Training, "Leopold II-laan 180, 1080 Sint-Jans-Molenbeek", "02 421 18 18", nullptr},
    {"Lire et Écrire Bruxelles", PartnerKind::Literacy, "Rue de la Borne 14, 1080 Molenbeek-Saint-Jean", "02 412 56 10",
     "Cours d'alphabétisation : places réservées au CPAS"},
    {"CVO Brussel — Basiseducatie", PartnerKind::Literacy, "Kuregemstraat 20, 1070 Anderlecht", "02 520 90 44",
     "Alfabetiseringscursussen Nederlands"},
    {"Collectif Alpha", PartnerKind::Literacy, "Rue de Rossignol 18, 1060 Saint-Gilles", "02 533 09 25", nullptr},
    {"Les Petits Riens", PartnerKind::SocialEconomy, "Rue Américaine 101, 1050 Ixelles", "02 537 30 26",
     "Postes article 60 dans les magasins et le centre de tri"},
    {"Groep Intro", PartnerKind::SocialEconomy, "Sint-Jorisstraat 17, 1000 Brussel", "02 209 03 60",
     "Artikel 60-plaatsen in bouw en onderhoud"},
    {"La Ferme Nos Pilifs", PartnerKind::SocialEconomy, "Trassersweg 347, 1120 Neder-Over-Heembeek", "02 262 11 06",
     "Postes article 60 au jardin et au magasin"},
    {"Hôpital Brugmann", PartnerKind::Employer, "Place A. Van Gehuchten 4, 1020 Laeken", "02 477 21 11",
     "Postes article 60 en logistique et nettoyage"},
    {"Commune d'Anderlecht — services techniques", PartnerKind::Employer, "Place du Conseil 1, 1070 Anderlecht",
     "02 558 08 00", "Postes article 60 dans les services communaux"},
    {"Delhaize Brussel", PartnerKind::Employer, "Osseghemstraat 53, 1080 Sint-Jans-Molenbeek", "02 412 21 11", nullptr},
};

} // namespace

Status PartnerDemo::generate(Database &db, const QDate &until)
{
    Partners partners(db);
    // Agreements run from the start of the ten demo years, until further notice.
    const QDate since(until.year() - 10, 1, 1);
    for (const DemoPartner &d : kPartners) {
        Partner p;
        p.name = QString::fromUtf8(d.name);
        p.kind = d.kind;
        p.address = QString::fromUtf8(d.address);
        p.phone = QString::fromUtf8(d.phone);
        Result<qint64> id = partners.add(p);
        if (!id)
            return Status::failure(id.error());
        if (d.agreement) {
            PartnerAgreement a;
            a.partnerId = id.value();
            a.subject = QString::fromUtf8(d.agreement);
            a.startsOn = since;
            if (Result<qint64> agreement = partners.addAgreement(a); !agreement)
                return Status::failure(agreement.error());
        }
    }
    return Status::success();
}

} // namespace parcours
