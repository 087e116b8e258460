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

// Why someone uses the Space for Work on their own (the free access, seed 002).
enum class VisitPurpose { JobOffers, CvLetter, Phone, Computer, Other };
inline constexpr int kVisitPurposeCount = 5;
inline constexpr std::array<VisitPurpose, kVisitPurposeCount> kAllVisitPurposes = {
    VisitPurpose::JobOffers, VisitPurpose::CvLetter, VisitPurpose::Phone, VisitPurpose::Computer, VisitPurpose::Other};
QString visitPurposeCode(VisitPurpose p); // job_offers, cv_letter, phone, computer, other
std::optional<VisitPurpose> visitPurposeFromCode(QStringView code);

struct Visit
{
    qint64 id = 0;
    QDate day;
    qint64 dossierId = 0; // 0 = anonymous
    VisitPurpose purpose = VisitPurpose::JobOffers;
    QString note;
    QString reference; // of the dossier, for display
};

struct UsageRules
{
    QString version;
    QDate inForceFrom;
    QString body;
};

// The free access to the Space for Work: a quick visit log for the reception desk, the usage
// rules in force (which Job Table participants accept too) and the monthly counts.
//
// Permissions: the log (record, list, remove, counts) needs FreeAccessLog (reception,
// officers, facilitators); changing the usage rules EditRegister; reading them anyone signed
// in. A visit of a known person stores only the dossier, found by its exact reference, so the
// reception need not see the register.
class FreeAccess
{
    Q_DECLARE_TR_FUNCTIONS(FreeAccess)
public:
    explicit FreeAccess(Database &db);

    static QString purposeLabel(VisitPurpose p);

    // One visit on `day` (not in the future); `reference` empty = anonymous, else the exact
    // reference of an existing dossier. Returns the visit id.
    Result<qint64> record(const QDate &day, VisitPurpose purpose, const QString &reference = {}, const QString &note = {});
    Status remove(qint64 visitId);
    QList<Visit> visits(const QDate &from, const QDate &to) const; // newest first

    struct MonthCount
    {
        QDate month; // the first day of the month
        std::array<int, kVisitPurposeCount> byPurpose{};
        int known = 0;
        int anonymous = 0;
        int total() const { return known + anonymous; }
    };
    // One row per month from `from`'s month to `to`'s month (months without visits too).
    QList<MonthCount> monthlyCounts(const QDate &from, const QDate &to) const;

    // The version in force on `day` (latest in_force_from ≤ day), nullopt when none.
    std::optional<UsageRules> rulesInForce(const QDate &day = QDate::currentDate()) const;
    QList<UsageRules> allRules() const; // newest first
    // Adds (or replaces the text of) a version.
    Status setRules(const UsageRules &rules);

private:
    Database &m_db;
};

} // namespace parcours
