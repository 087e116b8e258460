// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/names.h"

#include <array>
#include <initializer_list>

namespace parcours::demo {

namespace {

// The lists are UTF-8 on purpose: accents, cedillas and Turkish or Romanian letters are what
// the search (searchKey) and the CSV import must cope with.
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

QList<Bilingual> texts(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QList<Bilingual> out;
    out.reserve(qsizetype(items.size()));
    for (const auto &[fr, nl] : items)
        out.append({QString::fromUtf8(fr), QString::fromUtf8(nl)});
    return out;
}

std::array<NamePool, kOriginCount> makePools()
{
    std::array<NamePool, kOriginCount> pools;
    pools[size_t(Origin::BelgianDutch)] = {
        list({"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Vermeulen", "Van Damme", "Hermans", "Aerts", "Michiels", "Pauwels", "Smets",
              "Van de Velde", "De Clercq", "Desmet", "Van den Bossche", "Martens", "Verstraete", "Lambrechts",
              "Segers", "Claeys", "Van Dyck", "De Backer", "Vandenberghe", "De Vos", "Hendrickx", "Wuyts",
              "Cools", "Verhoeven", "Coppens", "Stevens", "D'Hondt", "Vermeersch", "De Cock", "Bogaerts",
              "Verbruggen", "Van Hoof", "Dewulf", "Baert", "Van Acker", "Vanderstraeten", "Timmermans",
              "Van Achter", "Verlinden", "De Wolf"}),
        list({"Jan", "Luc", "Peter", "Marc", "Tom", "Koen", "Bart", "Kevin", "Jens", "Thomas", "Pieter", "Wim",
              "Dirk", "Geert", "Stijn", "Joris", "Tim", "Wouter", "Jelle", "Ruben", "Sander", "Dries", "Filip",
              "Kristof", "Jeroen", "Steven", "Bram", "Lars", "Jonas", "Senne", "Arne", "Glenn", "Pieter-Jan",
              "Yannick"}),
        list({"An", "Els", "Sofie", "Lien", "Katrien", "Inge", "Griet", "Veerle", "Hilde", "Marleen",
              "Nathalie", "Evelien", "Lotte", "Ine", "Femke", "Jana", "Lore", "Elke", "Kim", "Sarah", "Leen",
              "Tine", "Annelies", "Charlotte", "Eline", "Hanne", "Marie", "Anke", "Liesbeth", "Joke"}),
    };
    pools[size_t(Origin::BelgianFrench)] = {
        list({"Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Lejeune", "Renard",
              "Dumont", "Lefèvre", "François", "Lemaire", "Mathieu", "Denis", "Fontaine", "Leclercq", "Collard",
              "Gérard", "Marchal", "Henrard", "Lambotte", "Pirard", "Piette", "Delvaux", "Hubert", "Masson",
              "Noël", "Jacquemin", "Legrand", "Thiry", "Bertrand", "Charlier", "Servais", "Poncelet", "Dethier",
              "Maréchal", "Rémy", "Léonard", "Dujardin", "Gilson", "Hardy", "Delhaye", "Baudoux", "Lecomte",
              "Defays", "Goffin", "Moreau", "Van Hecke", "Dupuis"}),
        list({"Jean", "Pierre", "Michel", "Philippe", "Alain", "Éric", "Olivier", "Nicolas", "Julien",
              "Maxime", "François", "Christophe", "Sébastien", "Benoît", "Laurent", "Thierry", "Didier",
              "Antoine", "Hugo", "Louis", "Arnaud", "Cédric", "Grégory", "Jérôme", "Quentin", "Romain",
              "Damien", "Kevin", "Mathieu", "Jean-Philippe"}),
        list({"Marie", "Anne", "Isabelle", "Nathalie", "Sophie", "Catherine", "Céline", "Julie", "Aurélie",
              "Stéphanie", "Valérie", "Christine", "Émilie", "Laura", "Camille", "Manon", "Chloé", "Pauline",
              "Caroline", "Sandrine", "Véronique", "Françoise", "Martine", "Mélanie", "Sarah", "Justine",
              "Élodie", "Audrey", "Marie-Thérèse", "Léa"}),
    };
    pools[size_t(Origin::Moroccan)] = {
        list({"El Amrani", "Benali", "El Idrissi", "Bouzid", "Azzouzi", "El Khattabi", "Bennani", "Ait Ouali",
              "Boukhari", "El Ouardi", "Chaoui", "Ahmadi", "Moussaoui", "El Hamdaoui", "Zaari", "Bakkali",
              "Tahiri", "Amrani", "El Bouzidi", "Hajji", "Alaoui", "Haddouchi", "Ouali", "Boulaich", "Lahlou",
              "Belhaj", "Mansouri", "Yacoubi", "Saidi", "Rachidi", "El Fassi", "Kaddouri", "Ben Salah",
              "Aouragh", "Bouchtaoui", "El Mokhtari", "Lamrabet", "Abdellaoui", "Ziani", "Ben Moussa"}),
        list({"Mohamed", "Ahmed", "Youssef", "Mustapha", "Hassan", "Rachid", "Karim", "Abdel", "Said", "Omar",
              "Ayoub", "Bilal", "Mehdi", "Hamza", "Ilias", "Anas", "Nabil", "Khalid", "Driss", "Samir", "Adil",
              "Zakaria", "Soufiane", "Yassine", "Othman", "Redouane", "Jamal", "Brahim", "Abdelkader",
              "Hicham"}),
        list({"Fatima", "Khadija", "Amina", "Naima", "Malika", "Samira", "Nadia", "Latifa", "Hafsa", "Salma",
              "Imane", "Souad", "Zineb", "Houda", "Meryem", "Ikram", "Loubna", "Siham", "Hanane", "Sanae",
              "Yasmina", "Nora", "Rachida", "Hayat", "Asmae", "Khaoula", "Ilham", "Soukaina", "Karima",
              "Najat"}),
    };
    pools[size_t(Origin::Turkish)] = {
        list({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
              "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
              "Korkmaz", "Erdoğan", "Güneş", "Akın", "Bulut", "Keskin", "Ünal", "Tekin", "Uçar"}),
        list({"Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak",
              "Yusuf", "Ömer", "Osman", "Fatih", "Serkan", "Kemal", "Cem", "Volkan", "Erkan", "Halil"}),
        list({"Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan", "Hülya", "Gül",
              "Esra", "Büşra", "Merve", "Özlem", "Derya", "Sevgi", "Songül", "Aysel", "Dilek"}),
    };
    pools[size_t(Origin::Congolese)] = {
        list({"Mukendi", "Kabeya", "Tshibangu", "Ilunga", "Kalala", "Mbuyi", "Lukusa", "Kasongo", "Mulumba",
              "Ngoy", "Kabongo", "Tshimanga", "Mputu", "Nzuzi", "Makiese", "Lutete", "Mbala", "Mavungu",
              "Nkulu", "Kanku", "Tshilumba", "Mulamba", "Kayembe", "Bakajika", "Luzolo", "Matondo", "Nsimba",
              "Diakiese", "Mukendi-Tshibangu", "Ngalula"}),
        list({"Jean-Pierre", "Patrick", "Christian", "Serge", "Joseph", "Didier", "Papy", "Blaise", "Guy",
              "Fiston", "Trésor", "Glody", "Exaucé", "Junior", "Jonathan", "Dieudonné", "Emmanuel", "Israël",
              "Héritier", "Jean-Baptiste"}),
        list({"Marie-Claire", "Grâce", "Merveille", "Nathalie", "Chantal", "Béatrice", "Sandrine", "Jolie",
              "Esther", "Rachel", "Déborah", "Ruth", "Gloire", "Divine", "Clarisse", "Francine", "Odette",
              "Pascaline", "Nadine", "Laetitia"}),
    };
    pools[size_t(Origin::Romanian)] = {
        list({"Popescu", "Ionescu", "Popa", "Constantin", "Stan", "Dumitru", "Stoica", "Gheorghe", "Rusu",
              "Munteanu", "Matei", "Marin", "Ciobanu", "Lazăr", "Florea", "Radu", "Dinu", "Tudor", "Moldovan",
              "Ene", "Mihai", "Barbu", "Nistor", "Sârbu", "Toma", "Cristea", "Ilie", "Suciu", "Șerban",
              "Voicu"}),
        list({"Ion", "Gheorghe", "Vasile", "Mihai", "Andrei", "Alexandru", "Florin", "Marius", "Adrian",
              "Cristian", "Ionuț", "Bogdan", "Daniel", "Constantin", "Nicolae", "Sorin", "Cătălin", "Costel",
              "Dragoș", "Ștefan"}),
        list({"Maria", "Elena", "Ana", "Ioana", "Mihaela", "Andreea", "Cristina", "Gabriela", "Daniela",
              "Florentina", "Alina", "Nicoleta", "Ramona", "Georgiana", "Roxana", "Simona", "Adriana", "Violeta",
              "Lăcrămioara", "Claudia"}),
    };
    pools[size_t(Origin::Syrian)] = {
        list({"Al-Hassan", "Haddad", "Khalil", "Al-Ahmad", "Darwish", "Al-Ali", "Ibrahim", "Hamdan", "Al-Masri",
              "Nasser", "Al-Khatib", "Saleh", "Al-Hamoud", "Mahmoud", "Al-Sayed", "Qassem", "Haj Omar",
              "Al-Shami", "Yousef", "Kanaan", "Zidan", "Hussein", "Al-Hariri", "Najjar", "Shaheen",
              "Al-Abdullah", "Rahal", "Sabbagh", "Halabi", "Barakat"}),
        list({"Mohammad", "Ahmad", "Khaled", "Omar", "Abdullah", "Hussam", "Firas", "Ammar", "Bashar", "Rami",
              "Tarek", "Samer", "Wael", "Majd", "Yazan", "Anas", "Muhannad", "Ghaith", "Louay", "Nizar"}),
        list({"Fatima", "Rasha", "Hala", "Lina", "Rana", "Reem", "Nour", "Ghada", "Maya", "Dima", "Sara", "Aya",
              "Hiba", "Rania", "Yara", "Alaa", "Amal", "Mariam", "Samar", "Layla"}),
    };
    return pools;
}

} // namespace

const NamePool &names(Origin origin)
{
    static const std::array<NamePool, kOriginCount> pools = makePools();
    return pools[size_t(origin)];
}

const QStringList &officers()
{
    static const QStringList all = list(
        {"Sofie Claes", "Karim Bouzid", "Nathalie Lemaire", "Pieter De Wolf", "Samira Haddouchi", "Marc Vandamme",
         "Isabelle Renard", "Youssef El Ouardi", "Griet Verlinden", "Olivier Dethier", "Fatima Ziani",
         "Annelies Van Achter", "Cédric Lambotte", "Hatice Korkmaz", "Jean-Pierre Kabeya", "Veerle Timmermans",
         "Aurélie Goffin", "Rachid Lamrabet", "Elena Munteanu", "Tom Baert"});
    return all;
}

const QList<Street> &streets()
{
    static const QList<Street> all = [] {
        QList<Street> out;
        for (const Bilingual &b : texts({{"Chaussée de Gand", "Gentsesteenweg"},
                                         {"Rue de Ribaucourt", "Ribaucourtstraat"},
                                         {"Boulevard Léopold II", "Leopold II-laan"},
                                         {"Rue Vandenpeereboom", "Vandenpeereboomstraat"},
                                         {"Rue du Comte de Flandre", "Graaf van Vlaanderenstraat"},
                                         {"Rue de la Colonne", "Zuilstraat"},
                                         {"Quai des Charbonnages", "Koolmijnenkaai"},
                                         {"Chaussée de Ninove", "Ninoofsesteenweg"},
                                         {"Rue Ransfort", "Ransfortstraat"},
                                         {"Rue de Birmingham", "Birminghamstraat"},
                                         {"Boulevard du Jubilé", "Jubelfeestlaan"},
                                         {"Rue Osseghem", "Osseghemstraat"},
                                         {"Rue des Quatre-Vents", "Vierwindenstraat"},
                                         {"Place Communale", "Gemeenteplein"},
                                         {"Rue Picard", "Picardstraat"},
                                         {"Avenue Jean Dubrucq", "Jean Dubrucqlaan"},
                                         {"Rue de Courtrai", "Kortrijkstraat"},
                                         {"Rue Brunfaut", "Brunfautstraat"},
                                         {"Rue Heyvaert", "Heyvaertstraat"},
                                         {"Chaussée de Merchtem", "Merchtemsesteenweg"},
                                         {"Rue de l'Intendant", "Intendantstraat"},
                                         {"Avenue du Karreveld", "Karreveldlaan"},
                                         {"Rue Van Kalck", "Van Kalckstraat"},
                                         {"Rue Jean-Baptiste Decock", "Jean-Baptiste Decockstraat"}}))
            out.append({b.fr, b.nl});
        return out;
    }();
    return all;
}

const QList<Bilingual> &referralReasons(Cell cell)
{
    static const std::array<QList<Bilingual>, kCellCount> reasons = {
        // facilitation
        texts({{"Orientation par le service social après la décision RIS", "Doorverwijzing door de sociale dienst na de leefloonbeslissing"},
               {"Bilan socioprofessionnel et projet professionnel", "Socioprofessionele balans en beroepsproject"},
               {"Remobilisation, longue inactivité", "Remobilisering na lange inactiviteit"},
               {"Retour après interruption du parcours", "Terug na onderbreking van het traject"},
               {"Conclusion du PIIS", "Opmaak van het GPMI"}}),
        // literacy
        texts({{"Test de niveau : alphabétisation", "Niveautest: alfabetisering"},
               {"Cours de français langue étrangère (FLE)", "Cursus Frans als vreemde taal"},
               {"Cours de néerlandais (Huis van het Nederlands)", "Cursus Nederlands (Huis van het Nederlands)"},
               {"Niveau de langue insuffisant pour les tests d'entrée en formation", "Taalniveau te laag voor de toelatingstests van opleidingen"}}),
        // studies
        texts({{"Reprise d'études secondaires (CESS)", "Hervatting secundair onderwijs (diploma SO)"},
               {"Formation qualifiante Bruxelles Formation", "Beroepsopleiding bij Bruxelles Formation"},
               {"Formation d'aide-soignant(e)", "Opleiding zorgkundige"},
               {"Études supérieures, statut étudiant", "Hoger onderwijs, studentenstatuut"},
               {"Formation en alternance", "Duaal leren"}}),
        // work
        texts({{"Recherche active d'emploi", "Actief zoeken naar werk"},
               {"Table emploi (Espace Emploi)", "Jobtafel (Ruimte voor Werk)"},
               {"Formation professionnelle individuelle en entreprise (FPI)", "Individuele beroepsopleiding in de onderneming (IBO)"},
               {"Stage de transition", "Instapstage"},
               {"Accompagnement avec Actiris", "Begeleiding met Actiris"}}),
        // article60
        texts({{"Contrat article 60 au CPAS", "Artikel 60-contract bij het OCMW"},
               {"Article 60 chez un partenaire de l'économie sociale", "Artikel 60 bij een partner uit de sociale economie"},
               {"Article 60 mi-temps et formation", "Halftijds artikel 60 met opleiding"},
               {"Article 60 auprès d'un partenaire privé", "Artikel 60 bij een private partner"}}),
        // post_article60
        texts({{"Accompagnement post-article 60 (FSE) avec Actiris", "Post-artikel 60-begeleiding (ESF) met Actiris"},
               {"Fin du contrat article 60", "Einde van het artikel 60-contract"}}),
        // health_equity
        texts({{"Dispense pour raisons de santé", "Vrijstelling om gezondheidsredenen"},
               {"Dispense pour raisons d'équité (enfants en bas âge)", "Vrijstelling om billijkheidsredenen (jonge kinderen)"},
               {"Suivi santé mentale", "Opvolging geestelijke gezondheid"},
               {"Dispense temporaire, à réévaluer", "Tijdelijke vrijstelling, te herevalueren"}}),
    };
    return reasons[size_t(cell)];
}

const QList<Bilingual> &contractTypes()
{
    static const QList<Bilingual> all = texts({{"CDI temps plein", "Contract onbepaalde duur, voltijds"},
                                                {"CDI temps partiel", "Contract onbepaalde duur, deeltijds"},
                                                {"CDD 6 mois", "Contract bepaalde duur, 6 maanden"},
                                                {"CDD 1 an", "Contract bepaalde duur, 1 jaar"},
                                                {"Intérim", "Uitzendarbeid"},
                                                {"Titres-services", "Dienstencheques"},
                                                {"Contrat chez l'employeur de l'article 60", "Contract bij de werkgever van het artikel 60"},
                                                {"Indépendant", "Zelfstandige"}});
    return all;
}

const QList<Bilingual> &qualifications()
{
    static const QList<Bilingual> all = texts({{"CESS", "Diploma secundair onderwijs"},
                                                {"CEB", "Getuigschrift basisonderwijs"},
                                                {"Certificat Bruxelles Formation", "Getuigschrift Bruxelles Formation"},
                                                {"Attestation de français A2", "Attest Frans A2"},
                                                {"Attest néerlandais A2", "Attest Nederlands A2"},
                                                {"Brevet d'aide-soignant(e)", "Brevet zorgkundige"},
                                                {"Permis cariste", "Heftruckattest"},
                                                {"Bachelier", "Bachelordiploma"},
                                                {"Certificat VCA", "VCA-attest"}});
    return all;
}

const QList<Bilingual> &notes()
{
    static const QList<Bilingual> all = texts({{"Garde d'enfants à trouver", "Kinderopvang nodig"},
                                                {"Problème de logement en cours", "Lopend huisvestingsprobleem"},
                                                {"Médiation de dettes", "Schuldbemiddeling"},
                                                {"Liste d'attente chez le partenaire", "Wachtlijst bij de partner"},
                                                {"Permis de conduire en préparation", "Rijbewijs in voorbereiding"},
                                                {"Suivi par le CAW / CASG", "Opvolging door het CAW"}});
    return all;
}

} // namespace parcours::demo
