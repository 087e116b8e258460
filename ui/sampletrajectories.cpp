// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampletrajectories.h"

#include "registry/registry.h"
#include "trajectory/trajectory.h"

#include <array>
#include <optional>

namespace parcours::ui {

namespace {

struct Step
{
    Cell cell;
    int days;                       // planned length
    int gapAfter;                   // days in no cell before the next step
    std::optional<Outcome> outcome; // when it ends; moved_cell when empty and a step follows
    const char *detail;
    const char *reason;
};

constexpr const char *officerFor(Cell cell, int i)
{
    switch (cell) {
    case Cell::Facilitation:
        return i % 2 ? "Sofie Claes" : "Thomas Dubois";
    case Cell::Literacy:
        return "Nathalie Lemaire";
    case Cell::Studies:
        return "Karim Bouzid";
    case Cell::Work:
        return i % 2 ? "Pieter De Wolf" : "Amina Cherkaoui";
    case Cell::Article60:
        return "Hatice Korkmaz";
    case Cell::PostArticle60:
        return "Jean-Pierre Kabeya";
    case Cell::HealthEquity:
        return "Sofie Claes";
    }
    return "";
}

// A handful of paths the seeds describe; dossier i follows path i % size.
const std::array<std::array<std::optional<Step>, 4>, 6> kPaths = {{
    {Step{Cell::Facilitation, 90, 0, {}, "", "Socio-professional balance"},
     Step{Cell::Literacy, 280, 0, {}, "", "French level too low for training"},
     Step{Cell::Studies, 300, 30, Outcome::TrainingCompleted, "Certificate: kitchen assistant", "Qualifying training"},
     Step{Cell::Work, 900, 0, Outcome::Job, "Open-ended contract", "Job search"}},
    {Step{Cell::Facilitation, 60, 0, {}, "", "Socio-professional balance"},
     Step{Cell::Article60, 540, 0, {}, "", "Article 60 post at a social-economy partner"},
     Step{Cell::PostArticle60, 90, 0, Outcome::Job, "Fixed-term contract, 12 months", "Guidance after article 60"},
     std::nullopt},
    {Step{Cell::HealthEquity, 2000, 0, {}, "", "Medical certificate"}, std::nullopt, std::nullopt, std::nullopt},
    {Step{Cell::Facilitation, 120, 150, Outcome::DroppedOut, "", "Socio-professional balance"},
     Step{Cell::Facilitation, 60, 0, {}, "", "Back after a break"},
     Step{Cell::Work, 1500, 0, {}, "", "Job search with Actiris"}, std::nullopt},
    {Step{Cell::Facilitation, 75, 0, {}, "", "Socio-professional balance"},
     Step{Cell::Studies, 700, 0, {}, "", "Bachelor's degree in nursing"},
     Step{Cell::Work, 1200, 0, {}, "", "Student job, then job search"}, std::nullopt},
    {Step{Cell::Facilitation, 45, 0, {}, "", "Socio-professional balance"},
     Step{Cell::Literacy, 2000, 0, {}, "", "Literacy course at a partner"}, std::nullopt, std::nullopt},
}};

Status addPlacement(Trajectory &trajectory, const Placement &p)
{
    const Result<qint64> id = trajectory.add(p);
    return id ? Status::success() : Status::failure(id.error());
}

Status addPath(Trajectory &trajectory, const Dossier &dossier, int i, const QDate &today)
{
    QDate cursor = dossier.opened.addDays(7 + (i * 5) % 40);
    const auto &path = kPaths[size_t(i) % kPaths.size()];
    for (size_t k = 0; k < path.size() && path[k]; ++k) {
        const Step &step = *path[k];
        const bool last = k + 1 == path.size() || !path[k + 1];
        if (cursor > today || (dossier.closed.isValid() && cursor > dossier.closed))
            break;
        Placement p;
        p.dossierId = dossier.id;
        p.cell = step.cell;
        p.start = cursor;
        p.end = cursor.addDays(step.days + (i * 13) % 60 - 1);
        p.officer = QString::fromUtf8(officerFor(step.cell, i));
        p.reason = QString::fromUtf8(step.reason);
        p.outcome = step.outcome ? step.outcome : (last ? Outcome::Other : Outcome::MovedCell);
        p.outcomeDetail = QString::fromUtf8(step.detail);
        bool stop = false;
        if (dossier.closed.isValid() && p.end >= dossier.closed) {
            p.end = dossier.closed;
            p.outcome = Outcome::IncomeEnded;
            p.outcomeDetail.clear();
            stop = true;
        } else if (p.end >= today) {
            // Still running today; an article 60 contract keeps its planned end.
            if (step.cell != Cell::Article60)
                p.end = QDate();
            p.outcome.reset();
            p.outcomeDetail.clear();
            stop = true;
        }
        if (Status s = addPlacement(trajectory, p); !s)
            return s;
        if (stop)
            break;
        cursor = p.end.addDays(1 + step.gapAfter);
    }
    return Status::success();
}

// The dossier of the screenshots: seven placements over seven years.
Status addLongPath(Trajectory &trajectory, const Dossier &dossier)
{
    struct Fixed
    {
        Cell cell;
        QDate start;
        QDate end;
        std::optional<Outcome> outcome;
        const char *detail;
        const char *officer;
        const char *reason;
    };
    const Fixed steps[] = {
        {Cell::Facilitation, QDate(2019, 7, 15), QDate(2019, 10, 31), Outcome::MovedCell, "", "Sofie Claes",
         "Socio-professional balance and professional project"},
        {Cell::Literacy, QDate(2019, 11, 1), QDate(2020, 6, 30), Outcome::MovedCell, "", "Nathalie Lemaire",
         "Dutch level A1: needed for the logistics training"},
        {Cell::Studies, QDate(2020, 9, 14), QDate(2021, 6, 30), Outcome::TrainingCompleted,
         "Certificate: warehouse worker (Bruxelles Formation)", "Karim Bouzid", "Qualifying training in logistics"},
        {Cell::Work, QDate(2021, 9, 1), QDate(2022, 2, 28), Outcome::MovedCell, "", "Pieter De Wolf",
         "Job search in logistics"},
        {Cell::Article60, QDate(2022, 3, 1), QDate(2023, 8, 31), Outcome::MovedCell, "", "Hatice Korkmaz",
         "Article 60 post at the municipal warehouse"},
        {Cell::PostArticle60, QDate(2023, 9, 1), QDate(2023, 11, 30), Outcome::Job, "Fixed-term contract, 12 months",
         "Jean-Pierre Kabeya", "Guidance towards the regular labour market"},
        {Cell::Work, QDate(2025, 2, 3), QDate(), std::nullopt, "", "Pieter De Wolf",
         "Back after the end of the contract"},
    };
    for (const Fixed &f : steps) {
        Placement p;
        p.dossierId = dossier.id;
        p.cell = f.cell;
        p.start = f.start;
        p.end = f.end;
        p.outcome = f.outcome;
        p.outcomeDetail = QString::fromUtf8(f.detail);
        p.officer = QString::fromUtf8(f.officer);
        p.reason = QString::fromUtf8(f.reason);
        if (Status s = addPlacement(trajectory, p); !s)
            return s;
    }
    return Status::success();
}

} // namespace

QString sampleTrajectoryReference()
{
    return QStringLiteral("D-2019-0634"); // D'Hondt, Kevin (addSampleDossiers)
}

Status addSampleTrajectories(Registry &registry, Trajectory &trajectory, const QDate &today)
{
    Registry::Query query;
    query.sort = Registry::SortKey::Reference;
    const QList<Registry::Row> rows = registry.search(query, 0, 1000);
    for (int i = 0; i < rows.size(); ++i) {
        const std::optional<Dossier> dossier = registry.dossier(rows.at(i).dossierId);
        if (!dossier)
            continue;
        Status s = Status::success();
        if (dossier->reference == sampleTrajectoryReference())
            s = addLongPath(trajectory, *dossier);
        else if (i % 7 != 6) // a few people are not placed yet
            s = addPath(trajectory, *dossier, i, today);
        if (!s)
            return Status::failure(QStringLiteral("%1: %2").arg(dossier->reference, s.error()));
    }
    return Status::success();
}

} // namespace parcours::ui
