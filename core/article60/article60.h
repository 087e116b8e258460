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

// Full or half time (seed 000: "half-time work + training is possible").
enum class PostSchedule { Full, Half };

// Why a contract ended before or at its planned end.
enum class ContractEndReason {
    Completed,  // completed: the days needed were worked, the unemployment rights are open
    Job,        // job: left for a regular job
    DroppedOut, // dropped_out: the person stopped
    Dismissed,  // dismissed: ended by the employer
    Other,      // other
};
inline constexpr std::array<ContractEndReason, 5> kAllContractEndReasons = {
    ContractEndReason::Completed, ContractEndReason::Job, ContractEndReason::DroppedOut, ContractEndReason::Dismissed,
    ContractEndReason::Other};

// A post an article 60 worker can hold: where (the service or site), at which partner (none:
// at the centre itself), in the social economy or not, the function, full or half time.
struct Article60Post
{
    qint64 id = 0;
    QString place;
    qint64 partnerId = 0; // 0 = the centre itself
    bool socialEconomy = false;
    QString function;
    PostSchedule schedule = PostSchedule::Full;
    bool active = true;
    QString note;
    QString partnerName; // read only: the partner's name, empty for the centre
};

// The contract of one person on one post.
struct Article60Contract
{
    qint64 id = 0;
    qint64 dossierId = 0;
    qint64 postId = 0;
    qint64 placementId = 0; // the dossier's article60 placement over the contract (0: none any more)
    QDate start;
    int daysNeeded = 0; // days of work the person needs to open unemployment rights (the officer's figure)
    QDate plannedEnd;   // computed from start, daysNeeded and the post's schedule (Article60::plannedEnd)
    QDate actualEnd;    // null while it runs
    std::optional<ContractEndReason> endReason;
    QString note;
    // Read only, for the lists.
    QString reference;
    QString personName; // "Last, First"
    QString postLabel;  // "function — place"

    bool ended() const { return actualEnd.isValid(); }
    QDate end() const { return actualEnd.isValid() ? actualEnd : plannedEnd; }
    bool covers(const QDate &day) const { return start <= day && day <= end(); }
};

// A post on a day: filled by a contract, or vacant.
struct PostOccupancy
{
    Article60Post post;
    std::optional<Article60Contract> contract; // the contract covering the day
    bool filled() const { return contract.has_value(); }
};

// The three months of post-article-60 guidance (Cel Post-Artikel 60 / ESF Activering) that
// follow a contract, as Parcours proposes them.
struct PostArticle60Proposal
{
    qint64 contractId = 0;
    qint64 dossierId = 0;
    QString reference;
    QDate start;
    QDate end;
};

// The article 60 posts and contracts (schema 0010). Reading needs ViewRegister, changing
// EditRegister; every change is audited (triggers).
//
// A contract and the dossier's article60 placement stay consistent: adding a contract creates
// the placement over the contract's period through the trajectory's own writes (or extends the
// article60 placement the dossier is already in), in the same transaction; ending the contract
// ends that placement on the same day. When the trajectory refuses (the dossier is closed, a
// later placement is in the way…) the contract is refused with the trajectory's message and
// nothing is written.
class Article60
{
    Q_DECLARE_TR_FUNCTIONS(Article60)
public:
    explicit Article60(Database &db);

    // The planned end of a contract (the rule of Parcours, shown in the contract dialog):
    // the days needed are days of work of the six-day week the unemployment rules count in
    // (zesdagenstelsel / régime de six jours: 312 days = one year full time). A full-time post
    // works 6 of them a week, a half-time post 3. The contract lasts the whole weeks needed,
    // rounded up, and ends the day before the weekday it started:
    //   weeks = ceil(daysNeeded / (6 full | 3 half)); plannedEnd = start + 7 × weeks − 1.
    // 312 days full time from Monday 2024-03-04: 52 weeks, ending Sunday 2025-03-02.
    static QDate plannedEnd(const QDate &start, int daysNeeded, PostSchedule schedule);
    static constexpr int kDaysPerWeekFull = 6;
    static constexpr int kMaxDaysNeeded = 1000; // a typing error beyond this

    // The post-article-60 period after a contract whose last day is `contractEnd`: from the
    // next day, for three months to the day, the last day included — 1 February to 30 April,
    // 15 March to 14 June. When the month three months on is shorter (30 November → 28/29
    // February), the period ends on that month's last day.
    static std::pair<QDate, QDate> postArticle60Period(const QDate &contractEnd);

    static QString scheduleCode(PostSchedule schedule); // full, half
    static std::optional<PostSchedule> scheduleFromCode(QStringView code);
    static QString scheduleLabel(PostSchedule schedule); // translated
    static QString endReasonCode(ContractEndReason reason);
    static std::optional<ContractEndReason> endReasonFromCode(QStringView code);
    static QString endReasonLabel(ContractEndReason reason);

    Result<qint64> addPost(const Article60Post &post);
    Status updatePost(const Article60Post &post);
    Result<Article60Post> post(qint64 id) const;
    // By function and place; only active ones unless includeInactive.
    Result<QList<Article60Post>> posts(bool includeInactive = false) const;

    // Adds the contract (plannedEnd computed, placementId set here) and the article60
    // placement it needs; `officer` is recorded on a new placement. Returns the contract's id.
    Result<qint64> addContract(const Article60Contract &contract, const QString &officer = {});
    // Ends the contract on `end` (its last day) and its placement on the same day.
    Status endContract(qint64 contractId, const QDate &end, ContractEndReason reason);
    Result<Article60Contract> contract(qint64 id) const;
    Result<QList<Article60Contract>> contractsOf(qint64 dossierId) const; // oldest first

    // Every active post, and any inactive post still filled, on `day`: vacant posts first,
    // then by function and place.
    Result<QList<PostOccupancy>> occupancy(const QDate &day) const;
    // The contracts running on `day` whose end (actual when recorded, else planned) falls
    // within `days` days: day ≤ end ≤ day + days. Soonest first.
    Result<QList<Article60Contract>> endingWithin(const QDate &day, int days) const;

    // What follows an ended contract: the post_article60 placement from the day after its end.
    // Refused when the contract has not ended, or when the dossier is already in a cell on the
    // first day of the period (nothing to propose).
    Result<PostArticle60Proposal> proposePostArticle60(qint64 contractId) const;
    // Creates the proposed post_article60 placement (the trajectory's rules apply); the ended
    // article60 placement's outcome becomes moved_cell when it was recorded as completed.
    // Returns the new placement's id.
    Result<qint64> acceptProposal(const PostArticle60Proposal &proposal, const QString &officer = {});

private:
    Result<QList<Article60Contract>> readContracts(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace parcours
