// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include "registry/registry.h"

#include <array>

namespace parcours::ui {

namespace {

struct Sample
{
    const char *last;
    const char *first;
    bool female;
    const char *language;
    int birthYear;
};

// UTF-8 on purpose: accents are the point.
constexpr std::array kSamples = {
    Sample{"Vandenbroucke-De Smedt", "Annelies", true, "nl", 1984},
    Sample{"Dubois", "Bénédicte", true, "fr", 1979},
    Sample{"El Amrani", "Youssef", false, "fr", 1996},
    Sample{"Peeters", "Jan", false, "nl", 1971},
    Sample{"Janssens", "Marie-Thérèse", true, "nl", 1968},
    Sample{"Lambert", "François", false, "fr", 1990},
    Sample{"D'Hondt", "Kevin", false, "nl", 1999},
    Sample{"Van den Bossche", "Sofie", true, "nl", 1987},
    Sample{"Ben Salah", "Fatima", true, "fr", 1982},
    Sample{"Mertens", "Lucas", false, "nl", 2002},
    Sample{"Öztürk", "Elif", true, "other", 1993},
    Sample{"Diallo", "Mamadou", false, "fr", 1988},
    Sample{"Claes", "Jolien", true, "nl", 2001},
    Sample{"Dupont", "Jean-Philippe", false, "fr", 1966},
    Sample{"Goossens", "Wout", false, "nl", 1995},
    Sample{"Nowak", "Agnieszka", true, "other", 1985},
    Sample{"Lejeune", "Céline", true, "fr", 1991},
    Sample{"Maes", "Bram", false, "nl", 2000},
    Sample{"Kabongo", "Grâce", true, "fr", 1977},
    Sample{"Vermeulen", "Hanne", true, "nl", 1998},
    Sample{"Benali", "Mohamed", false, "fr", 1974},
    Sample{"Willems", "Joke", true, "nl", 1980},
    Sample{"Leclercq", "Maxime", false, "fr", 2003},
    Sample{"Popescu", "Andrei", false, "other", 1989},
    Sample{"De Backer", "Lotte", true, "nl", 1997},
    Sample{"Haddouchi", "Samira", true, "fr", 1986},
    Sample{"Van Achter-Verstraeten", "Pieter-Jan", false, "nl", 1970},
    Sample{"Mukendi-Tshibangu", "Jean-Baptiste Emmanuel", false, "fr", 1983},
    Sample{"Hermans", "Eline", true, "nl", 1994},
    Sample{"Moreau", "Élodie", true, "fr", 1992},
    Sample{"Wouters", "Stijn", false, "nl", 1978},
    Sample{"Bah", "Aïssatou", true, "fr", 1999},
};

constexpr std::array kOfficers = {"Sofie Claes", "Karim Bouzid", "Nathalie Lemaire", "Pieter De Wolf"};

constexpr std::array kStreets = {"Chaussée de Gand", "Rue de Ribaucourt", "Boulevard Léopold II", "Brusselsesteenweg",
                                 "Rue Vandenpeereboom", "Sint-Jansplein"};

Status saveOne(Registry &registry, Person person, Dossier dossier)
{
    FieldErrors errors;
    Result<Registry::Saved> saved = registry.save(std::move(person), std::move(dossier), &errors);
    return saved ? Status::success() : Status::failure(saved.error());
}

} // namespace

Status addSampleDossiers(Registry &registry)
{
    for (int i = 0; i < int(kSamples.size()); ++i) {
        const Sample &s = kSamples[size_t(i)];
        Person p;
        p.lastName = QString::fromUtf8(s.last);
        p.firstName = QString::fromUtf8(s.first);
        p.birthDate = QDate(s.birthYear, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
        p.gender = s.female ? Gender::Female : Gender::Male;
        // Odd serials for men, even for women, as the register issues them.
        p.nationalNumber = NationalNumber::make(p.birthDate, 100 + i * 6 + (s.female ? 2 : 1));
        p.language = QString::fromLatin1(s.language);
        p.phone = QStringLiteral("+32 47%1 %2 %3").arg(i % 10).arg(12 + i * 3, 2, 10, QLatin1Char('0')).arg(34 + i, 2, 10, QLatin1Char('0'));
        p.address = QStringLiteral("%1 %2, 1080 Sint-Jans-Molenbeek").arg(QString::fromUtf8(kStreets[size_t(i) % kStreets.size()])).arg(3 + i * 7);

        Dossier d;
        d.reference = QStringLiteral("D-%1-%2").arg(2019 + i % 6).arg(412 + i * 37, 4, 10, QLatin1Char('0'));
        d.incomeType = i % 4 == 1 ? IncomeType::Equivalent : IncomeType::Leefloon;
        d.opened = QDate(2019 + i % 6, 1 + (i * 3) % 12, 1 + (i * 11) % 28);
        if (i % 3 == 2)
            d.closed = d.opened.addDays(200 + i * 13);
        d.officer = QString::fromUtf8(kOfficers[size_t(i) % kOfficers.size()]);
        if (Status s2 = saveOne(registry, p, d); !s2)
            return s2;
    }
    return Status::success();
}

Status addGeneratedDossiers(Registry &registry, int count, int firstIndex)
{
    static const QStringList lasts = {QStringLiteral("Peeters"), QStringLiteral("Janssens"), QStringLiteral("Maes"),
                                      QStringLiteral("Dubois"), QStringLiteral("Lambert"), QStringLiteral("El Idrissi"),
                                      QStringLiteral("Claes"), QStringLiteral("Dupont"), QStringLiteral("Wouters"),
                                      QStringLiteral("Diallo"), QStringLiteral("Goossens"), QStringLiteral("Lejeune")};
    static const QStringList firsts = {QStringLiteral("Anna"), QStringLiteral("Bart"), QStringLiteral("Chloé"),
                                       QStringLiteral("David"), QStringLiteral("Emma"), QStringLiteral("Farid"),
                                       QStringLiteral("Greet"), QStringLiteral("Hugo"), QStringLiteral("Inès")};
    const QDate base(1950, 1, 1);
    for (int n = 0; n < count; ++n) {
        const int i = firstIndex + n;
        Person p;
        p.lastName = lasts.at(i % lasts.size()) + QStringLiteral(" ") + QString::number(i);
        p.firstName = firsts.at((i / lasts.size()) % firsts.size());
        // One birth day per 20,000 people and a serial that grows past that: unique numbers.
        p.birthDate = base.addDays(i % 20000);
        const bool female = i % 2 == 0;
        p.gender = female ? Gender::Female : Gender::Male;
        p.nationalNumber = NationalNumber::make(p.birthDate, 2 + (i / 20000) * 2 + (female ? 0 : 1));
        Dossier d;
        d.reference = QStringLiteral("G-%1").arg(i, 6, 10, QLatin1Char('0'));
        d.incomeType = i % 5 == 0 ? IncomeType::Equivalent : IncomeType::Leefloon;
        d.opened = QDate(2015, 1, 1).addDays(i % 3000);
        if (i % 4 == 0)
            d.closed = d.opened.addDays(365);
        d.officer = QString::fromUtf8(kOfficers[size_t(i) % kOfficers.size()]);
        if (Status s = saveOne(registry, p, d); !s)
            return s;
    }
    return Status::success();
}

} // namespace parcours::ui
