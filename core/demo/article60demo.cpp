// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/article60demo.h"

#include "article60/article60.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

#include <queue>
#include <vector>

namespace parcours {

namespace {

struct DemoPost
{
    qint64 id = 0;
    qint64 partnerId = 0;
    PostSchedule schedule = PostSchedule::Full;
    QDate freeFrom; // the day after its last contract
};

// Functions by kind of place, in the words a Brussels centre would use.
const char *const kSocialEconomyFunctions[] = {"Trieur / trieuse", "Vendeur / vendeuse en magasin de seconde main",
                                               "Ouvrier maraîcher", "Chauffeur-livreur", "Aide-cuisinier"};
const char *const kEmployerFunctions[] = {"Aide logistique", "Technicien de surface", "Ouvrier polyvalent",
                                          "Magasinier", "Aide administratif"};
const char *const kCentreFunctions[] = {"Agent d'accueil", "Aide-ménager(ère)", "Ouvrier d'entretien", "Commis de cuisine",
                                        "Aide administratif"};
const char *const kCentrePlaces[] = {"CPAS — accueil social", "CPAS — service des aides familiales",
                                     "CPAS — service technique", "CPAS — restaurant social", "CPAS — service du personnel"};

Status failed(const QSqlQuery &q)
{
    return Status::failure(StorageMessages::describe(q.lastError()));
}

QString endReasonFor(const QString &outcome)
{
    if (outcome == QLatin1String("job"))
        return Article60::endReasonCode(ContractEndReason::Job);
    if (outcome == QLatin1String("dropped_out"))
        return Article60::endReasonCode(ContractEndReason::DroppedOut);
    if (outcome == QLatin1String("sanction"))
        return Article60::endReasonCode(ContractEndReason::Dismissed);
    if (outcome == QLatin1String("moved_cell") || outcome == QLatin1String("training_completed"))
        return Article60::endReasonCode(ContractEndReason::Completed);
    return Article60::endReasonCode(ContractEndReason::Other);
}

} // namespace

Status Article60Demo::generate(Database &db, const QDate &until)
{
    QSqlDatabase sql = db.sql();
    const QString from = until.addYears(-1).toString(Qt::ISODate);

    // The places: every social-economy enterprise and employer of the directory, and the centre.
    struct Place
    {
        qint64 partnerId = 0;
        QString name;
        bool socialEconomy = false;
    };
    std::vector<Place> places;
    {
        QSqlQuery q(sql);
        if (!q.exec(QStringLiteral("SELECT id, name, kind FROM partner WHERE kind IN ('social_economy', 'employer') "
                                   "AND active = 1 ORDER BY id")))
            return failed(q);
        while (q.next())
            places.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toString() == QLatin1String("social_economy")});
    }
    for (const char *place : kCentrePlaces)
        places.push_back({0, QString::fromUtf8(place), false});

    QSqlQuery addPost(sql);
    if (!addPost.prepare(QStringLiteral("INSERT INTO article60_post (place, partner_id, social_economy, function, schedule) "
                                        "VALUES (?,?,?,?,?)")
                        + dialect::returningId(sql)))
        return failed(addPost);
    std::vector<DemoPost> posts;
    const auto newPost = [&]() -> bool {
        const size_t n = posts.size();
        const Place &place = places[n % places.size()];
        const size_t round = n / places.size();
        const char *const *functions = place.partnerId == 0 ? kCentreFunctions
            : place.socialEconomy                           ? kSocialEconomyFunctions
                                                            : kEmployerFunctions;
        // One post in five is half time (work and training side by side, seed 000).
        const PostSchedule schedule = n % 5 == 4 ? PostSchedule::Half : PostSchedule::Full;
        addPost.bindValue(0, place.partnerId == 0 ? place.name : QStringLiteral("%1 — %2").arg(place.name).arg(round + 1));
        addPost.bindValue(1, place.partnerId ? QVariant(place.partnerId) : QVariant(QMetaType(QMetaType::LongLong)));
        addPost.bindValue(2, place.socialEconomy ? 1 : 0);
        addPost.bindValue(3, QString::fromUtf8(functions[(n + round) % 5]));
        addPost.bindValue(4, Article60::scheduleCode(schedule));
        if (!addPost.exec())
            return false;
        posts.push_back({dialect::insertedId(addPost), place.partnerId, schedule, QDate()});
        return true;
    };

    // The article60 placements of the last year and those still running, oldest first.
    QSqlQuery placements(sql);
    placements.setForwardOnly(true);
    if (!placements.prepare(QStringLiteral("SELECT id, dossier_id, start_date, end_date, outcome FROM placement "
                                           "WHERE cell = 'article60' AND (end_date IS NULL OR end_date >= ?) "
                                           "ORDER BY start_date, id")))
        return failed(placements);
    placements.addBindValue(from);
    if (!placements.exec())
        return failed(placements);
    struct Row
    {
        qint64 id, dossierId;
        QDate start, end;
        QString outcome;
    };
    std::vector<Row> rows;
    while (placements.next())
        rows.push_back({placements.value(0).toLongLong(), placements.value(1).toLongLong(),
                        QDate::fromString(placements.value(2).toString(), Qt::ISODate),
                        QDate::fromString(placements.value(3).toString(), Qt::ISODate), placements.value(4).toString()});
    placements.finish();

    QSqlQuery addContract(sql);
    QSqlQuery setPlacement(sql);
    if (!addContract.prepare(QStringLiteral("INSERT INTO article60_contract (dossier_id, post_id, placement_id, starts_on, "
                                            "days_needed, planned_end, actual_end, end_reason) VALUES (?,?,?,?,?,?,?,?)")))
        return failed(addContract);
    if (!setPlacement.prepare(QStringLiteral("UPDATE placement SET end_date = ?, partner_id = ? WHERE id = ?")))
        return failed(setPlacement);
    using FreePost = std::pair<QDate, size_t>; // the day it becomes free, its index in `posts`
    std::priority_queue<FreePost, std::vector<FreePost>, std::greater<FreePost>> free;
    for (const Row &r : rows) {
        // The post free the longest if it is free on the start day, else a new one (a heap of
        // the posts by the day they become free: thousands of posts at a big centre).
        size_t index = 0;
        if (!free.empty() && free.top().first <= r.start) {
            index = free.top().second;
            free.pop();
        } else {
            if (!newPost())
                return failed(addPost);
            index = posts.size() - 1;
        }
        DemoPost *post = &posts[index];
        const bool running = !r.end.isValid() || r.end > until;
        const qint64 days = r.end.isValid() ? r.start.daysTo(r.end) + 1 : 364;
        const int perWeek = post->schedule == PostSchedule::Full ? Article60::kDaysPerWeekFull : Article60::kDaysPerWeekFull / 2;
        const int daysNeeded = int(std::min<qint64>((days + 6) / 7 * perWeek, Article60::kMaxDaysNeeded));
        const QDate planned = Article60::plannedEnd(r.start, daysNeeded, post->schedule);
        // A running placement is the dossier's last one (the dossier is open): its planned end
        // becomes the contract's. An ended one keeps its end, which ends the contract too.
        const QDate placementEnd = running ? planned : r.end;
        addContract.bindValue(0, r.dossierId);
        addContract.bindValue(1, post->id);
        addContract.bindValue(2, r.id);
        addContract.bindValue(3, r.start.toString(Qt::ISODate));
        addContract.bindValue(4, daysNeeded);
        addContract.bindValue(5, std::max(planned, r.start).toString(Qt::ISODate));
        addContract.bindValue(6, running ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.end.toString(Qt::ISODate)));
        addContract.bindValue(7, running ? QVariant(QMetaType(QMetaType::QString)) : QVariant(endReasonFor(r.outcome)));
        if (!addContract.exec())
            return failed(addContract);
        setPlacement.bindValue(0, placementEnd.toString(Qt::ISODate));
        setPlacement.bindValue(1, post->partnerId ? QVariant(post->partnerId) : QVariant(QMetaType(QMetaType::LongLong)));
        setPlacement.bindValue(2, r.id);
        if (!setPlacement.exec())
            return failed(setPlacement);
        post->freeFrom = (running ? planned : r.end).addDays(1);
        free.emplace(post->freeFrom, index);
    }
    // Vacancies: about one post in eight waits for its next worker.
    const size_t vacant = std::max<size_t>(3, posts.size() / 8);
    for (size_t i = 0; i < vacant; ++i) {
        if (!newPost())
            return failed(addPost);
    }
    return Status::success();
}

} // namespace parcours
