// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/balancedemo.h"

#include "balance/balance.h"
#include "balance/compliance.h"
#include "balance/gpmi.h"
#include "demo/random.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"
#include "trajectory/isodate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <vector>

namespace parcours::demo {

namespace {

struct Candidate
{
    qint64 id = 0;
    QDate opened;
    QDate birth;
    bool leefloon = true;
    bool exempt = false;
    bool dutch = false;
    QString officer;
};

struct Occupation
{
    const char *nl;
    const char *fr;
};
constexpr std::array<Occupation, 8> kOccupations = {{{"Kok", "Cuisinier"},
                                                     {"Magazijnier", "Magasinier"},
                                                     {"Schoonmaker", "Agent d'entretien"},
                                                     {"Verzorgende", "Aide-soignant"},
                                                     {"Chauffeur", "Chauffeur"},
                                                     {"Kassamedewerker", "Caissier"},
                                                     {"Bouwvakker", "Ouvrier du bâtiment"},
                                                     {"Administratief medewerker", "Employé administratif"}}};

struct Goal
{
    const char *goalNl;
    const char *goalFr;
    const char *personNl;
    const char *personFr;
    const char *centreNl;
    const char *centreFr;
    GpmiDomain domain;
};
constexpr std::array<Goal, 5> kGoals = {{
    {"Opleiding afronden", "Terminer la formation", "Volgt elke les", "Suit chaque cours", "Betaalt het inschrijvingsgeld",
     "Paie les frais d'inscription", GpmiDomain::Training},
    {"Nederlands leren tot A2", "Apprendre le néerlandais jusqu'au niveau A2", "Volgt de cursus bij de partner",
     "Suit le cours chez le partenaire", "Zoekt een plaats in een cursus", "Cherche une place dans un cours", GpmiDomain::Language},
    {"Werk vinden als %1", "Trouver un emploi de %1", "Solliciteert elke week", "Postule chaque semaine",
     "Begeleidt bij de Jobtafel", "Accompagne à la Table Emploi", GpmiDomain::Employment},
    {"Schulden in kaart brengen", "Faire le point sur les dettes", "Brengt de facturen mee", "Apporte les factures",
     "Verwijst naar de schuldbemiddeling", "Oriente vers la médiation de dettes", GpmiDomain::Social},
    {"Diploma laten erkennen", "Faire reconnaître le diplôme", "Vraagt de gelijkwaardigheid aan", "Demande l'équivalence",
     "Helpt met het dossier", "Aide à constituer le dossier", GpmiDomain::Studies},
}};
constexpr std::array<const char *, 5> kPartners = {"Actiris", "Bruxelles Formation", "Mission Locale", "Maison de l'Emploi", "VDAB"};

QString iso(const QDate &d)
{
    return isodate::toIso(d);
}

QString text(const char *nl, const char *fr, bool dutch)
{
    return QString::fromUtf8(dutch ? nl : fr);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Balance makeBalance(Random &r, const Candidate &c, int occupation)
{
    Balance b;
    b.educationLevel = kAllEducationLevels[size_t(r.between(1, 6))];
    if (r.chance(500))
        b.diplomas.append({c.dutch ? QStringLiteral("Diploma secundair onderwijs") : QStringLiteral("Baccalauréat"),
                           r.chance(500) ? QStringLiteral("Belgique") : QStringLiteral("Maroc"),
                           kAllRecognitions[size_t(r.between(0, 3))]});
    if (r.chance(700)) {
        const QDate from = c.opened.addDays(-r.between(400, 3000));
        b.experience.append({text(kOccupations[size_t(occupation)].nl, kOccupations[size_t(occupation)].fr, c.dutch),
                             QStringLiteral("Interim"), from, from.addDays(r.between(60, 700)), {}});
    }
    b.acquiredSkills = {c.dutch ? QStringLiteral("stiptheid") : QStringLiteral("ponctualité")};
    b.latentSkills = {c.dutch ? QStringLiteral("klantvriendelijkheid") : QStringLiteral("sens du contact")};
    b.languages = {{QStringLiteral("nl"), kAllLanguageLevels[size_t(r.between(c.dutch ? 3 : 0, c.dutch ? 6 : 3))]},
                   {QStringLiteral("fr"), kAllLanguageLevels[size_t(r.between(c.dutch ? 1 : 3, 6))]}};
    for (ObstacleKind kind : kAllObstacleKinds) {
        if (kind != ObstacleKind::Other && r.chance(isSensitive(kind) ? 60 : 150))
            b.obstacles.append({kind, ObstacleState::Identified, {}});
    }
    b.targetOccupation = text(kOccupations[size_t(occupation)].nl, kOccupations[size_t(occupation)].fr, c.dutch);
    return b;
}

// The next version: obstacles move on, the project gets judged, an orientation is chosen.
void moveOn(Random &r, Balance &b)
{
    for (Obstacle &o : b.obstacles) {
        if (o.state != ObstacleState::Resolved && r.chance(600))
            o.state = ObstacleState(int(o.state) + 1);
    }
    if (b.judgement == ProjectJudgement::NotJudged)
        b.judgement = r.chance(800) ? ProjectJudgement::Feasible : ProjectJudgement::NotFeasible;
    if (!b.orientation) {
        constexpr std::array<Cell, 4> cells = {Cell::Work, Cell::Studies, Cell::Literacy, Cell::Article60};
        b.orientation = cells[size_t(r.between(0, 3))];
    }
}

} // namespace

Status writeBalanceDemo(QSqlDatabase sql, const QDate &until, quint64 seed, BalanceDemoSummary *summary)
{
    const QString day = iso(until);
    std::vector<Candidate> candidates;
    {
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT d.id, d.opened, d.income_type, p.birth_date, p.language, d.officer, "
            "EXISTS (SELECT 1 FROM placement x WHERE x.dossier_id = d.id AND x.cell = 'health_equity' AND x.start_date <= ? "
            "        AND (x.end_date IS NULL OR x.end_date >= ?)) "
            "FROM dossier d JOIN person p ON p.id = d.person_id WHERE d.opened <= ? AND COALESCE(d.closed, '9999-12-31') >= ? "
            "ORDER BY d.id"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(day);
        if (!q.exec())
            return Status::failure(StorageMessages::describe(q.lastError()));
        while (q.next()) {
            Candidate c;
            c.id = q.value(0).toLongLong();
            c.opened = isodate::dateFromIso(q.value(1).toString());
            c.leefloon = q.value(2).toString() == QLatin1String("leefloon");
            c.birth = q.value(3).isNull() ? QDate() : isodate::dateFromIso(q.value(3).toString());
            c.dutch = q.value(4).toString() == QLatin1String("nl");
            c.officer = q.value(5).toString();
            c.exempt = q.value(6).toInt() != 0;
            candidates.push_back(c);
        }
    }

    QSqlQuery balance(sql);
    QSqlQuery gpmi(sql);
    QSqlQuery evaluation(sql);
    if (!balance.prepare(QStringLiteral("INSERT INTO balance_version (dossier_id, version, saved_at, author, author_name, orientation, "
                                        "document, sensitive) VALUES (?,?,?,?,?,?,?,?)"))
        || !gpmi.prepare(QStringLiteral("INSERT INTO gpmi (dossier_id, start_date, offered_date, signed_date, language, domains, "
                                        "partners, goals, planned_evaluations, officer) VALUES (?,?,?,?,?,?,?,?,?,?)")
                                        + dialect::returningId(sql))
        || !evaluation.prepare(QStringLiteral("INSERT INTO gpmi_evaluation (gpmi_id, eval_date, face_to_face, progress, next_steps, "
                                              "officer) VALUES (?,?,?,?,?,?)")))
        return Status::failure(StorageMessages::describe(balance.lastError().isValid() ? balance.lastError()
                                                         : gpmi.lastError().isValid() ? gpmi.lastError()
                                                                                       : evaluation.lastError()));
    const QVariant noText{QMetaType(QMetaType::QString)};
    // A budget, so that the demo of a big register (the benchmarks' 200,000 dossiers) stays
    // fast: every row here fires an audit trigger. The most recently opened dossiers get
    // contracts; older ones beyond the budget have none and show as missing in the list.
    constexpr int kContractBudget = 6000;
    const auto needsContract = [](const Candidate &c) { return c.leefloon && !c.exempt && Compliance::required(c.opened, c.birth); };
    qint64 oldestWithContract = 0;
    {
        int budget = kContractBudget;
        for (auto it = candidates.rbegin(); it != candidates.rend() && budget > 0; ++it) {
            if (needsContract(*it)) {
                oldestWithContract = it->id;
                --budget;
            }
        }
    }
    Random r(seed ^ 0x6a09e667f3bcc909ULL);
    BalanceDemoSummary counts;
    const QDate recent = until.addYears(-3);
    // Evaluations are most of the rows: written kBatch at a time by one multi-row INSERT, as
    // DemoGenerator writes placements (the driver's cost per statement is the larger part).
    constexpr int kBatch = 64;
    constexpr int kEvaluationColumns = 6;
    QSqlQuery manyEvaluations(sql);
    {
        const QString row = QStringLiteral("(?,?,?,?,?,?)");
        if (!manyEvaluations.prepare(QStringLiteral("INSERT INTO gpmi_evaluation (gpmi_id, eval_date, face_to_face, progress, "
                                                    "next_steps, officer) VALUES ")
                                     + QStringList(kBatch, row).join(QLatin1Char(','))))
            return Status::failure(StorageMessages::describe(manyEvaluations.lastError()));
    }
    QVariantList evaluations;
    QSqlError evaluationError;
    const auto flushEvaluations = [&]() {
        const qsizetype rows = evaluations.size() / kEvaluationColumns;
        qsizetype row = 0;
        for (; row + kBatch <= rows; row += kBatch) {
            for (int i = 0; i < kBatch * kEvaluationColumns; ++i)
                manyEvaluations.bindValue(i, evaluations.at(row * kEvaluationColumns + i));
            if (!manyEvaluations.exec()) {
                evaluationError = manyEvaluations.lastError();
                return false;
            }
        }
        for (; row < rows; ++row) {
            for (int i = 0; i < kEvaluationColumns; ++i)
                evaluation.bindValue(i, evaluations.at(row * kEvaluationColumns + i));
            if (!evaluation.exec()) {
                evaluationError = evaluation.lastError();
                return false;
            }
        }
        evaluations.clear();
        return true;
    };
    for (const Candidate &c : candidates) {
        const int occupation = int(r.between(0, qint64(kOccupations.size()) - 1));
        const QString officer = c.officer.isEmpty() ? QStringLiteral("demo") : c.officer;

        // Balances: versions a few weeks after the opening, then months apart.
        if (c.opened >= recent && c.id >= oldestWithContract && r.chance(500)) {
            Balance b = makeBalance(r, c, occupation);
            const int versions = r.chance(330) ? int(r.between(2, 3)) : 1;
            QDate saved = c.opened.addDays(r.between(7, 40));
            for (int v = 1; v <= versions && saved <= until; ++v) {
                if (v > 1)
                    moveOn(r, b);
                balance.addBindValue(c.id);
                balance.addBindValue(v);
                balance.addBindValue(QString(iso(saved) + QStringLiteral("T09:%1:00.000Z").arg(r.between(10, 59))));
                balance.addBindValue(officer);
                balance.addBindValue(officer);
                balance.addBindValue(b.orientation ? QVariant(cellCode(*b.orientation)) : noText);
                balance.addBindValue(json(BalanceRules::toJson(b)));
                const QJsonObject sensitive = BalanceRules::sensitiveToJson(b);
                balance.addBindValue(sensitive.isEmpty() ? noText : QVariant(json(sensitive)));
                if (!balance.exec())
                    return Status::failure(StorageMessages::describe(balance.lastError()));
                ++counts.balances;
                saved = saved.addDays(r.between(60, 200));
            }
        }

        // GPMI: who needs one, most of whom have one — among the most recent kContractBudget.
        if (!needsContract(c) || c.id < oldestWithContract || r.chance(30))
            continue;
        const QDate offered = c.opened.addDays(r.low(10, 100));
        if (offered > until)
            continue;
        QDate signedOn = GpmiRules::firstSigningDay(offered).addDays(r.low(0, 20));
        if (signedOn > until)
            signedOn = QDate(); // still thinking it over
        const bool careful = r.chance(880);
        QJsonArray goals;
        QJsonArray domains;
        const int goalCount = int(r.between(1, 3));
        const int firstGoal = int(r.between(0, qint64(kGoals.size()) - 1));
        for (int g = 0; g < goalCount; ++g) {
            const Goal &goal = kGoals[size_t((firstGoal + g) % int(kGoals.size()))];
            QString goalText = text(goal.goalNl, goal.goalFr, c.dutch);
            if (goalText.contains(QLatin1String("%1")))
                goalText = goalText.arg(text(kOccupations[size_t(occupation)].nl, kOccupations[size_t(occupation)].fr, c.dutch).toLower());
            goals.append(QJsonObject{{QStringLiteral("goal"), goalText},
                                     {QStringLiteral("person"), text(goal.personNl, goal.personFr, c.dutch)},
                                     {QStringLiteral("centre"), text(goal.centreNl, goal.centreFr, c.dutch)},
                                     {QStringLiteral("deadline"), iso(offered.addMonths(int(r.between(6, 12))))}});
            if (!domains.contains(gpmiDomainCode(goal.domain)))
                domains.append(gpmiDomainCode(goal.domain));
        }
        gpmi.addBindValue(c.id);
        gpmi.addBindValue(iso(offered));
        gpmi.addBindValue(iso(offered));
        gpmi.addBindValue(signedOn.isValid() ? QVariant(iso(signedOn)) : noText);
        gpmi.addBindValue(c.dutch ? QStringLiteral("nl") : QStringLiteral("fr"));
        gpmi.addBindValue(json(domains));
        gpmi.addBindValue(json(QJsonArray{QString::fromUtf8(kPartners[size_t(r.between(0, qint64(kPartners.size()) - 1))])}));
        gpmi.addBindValue(json(goals));
        gpmi.addBindValue(QStringLiteral("[]"));
        gpmi.addBindValue(officer);
        if (!gpmi.exec())
            return Status::failure(StorageMessages::describe(gpmi.lastError()));
        ++counts.contracts;
        if (!signedOn.isValid())
            continue;
        const qint64 gpmiId = dialect::insertedId(gpmi);
        // Every four months from the signature. Only the previous and the running contract
        // years matter to the compliance rules, so older evaluations are not invented.
        int completed = 0;
        while (signedOn.addYears(completed + 1) <= until)
            ++completed;
        for (int k = std::max(1, 3 * (completed - 1) + 1);; ++k) {
            const QDate due = signedOn.addMonths(4 * k).addDays(-1);
            const QDate held = due.addDays(-r.low(0, 50));
            if (held > until)
                break;
            if (r.chance(careful ? 5 : 300))
                continue;
            evaluations << gpmiId << iso(held) << (r.chance(careful ? 900 : 450) ? 1 : 0) << QStringLiteral("[]")
                        << (c.dutch ? QStringLiteral("Volgende afspraak vastgelegd.") : QStringLiteral("Prochain rendez-vous fixé."))
                        << officer;
            ++counts.evaluations;
        }
        if (evaluations.size() >= kBatch * kEvaluationColumns && !flushEvaluations())
            return Status::failure(StorageMessages::describe(evaluationError));
    }
    if (!flushEvaluations())
        return Status::failure(StorageMessages::describe(evaluationError));
    if (summary)
        *summary = counts;
    return Status::success();
}

} // namespace parcours::demo
