// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/dossier.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

class Database;

// The individualised social integration project (NL GPMI, FR PIIS; domain.md): the written
// agreement the balance leads to. One contract per dossier, amended in place (every change is
// in the audit trail), with its evaluations.

enum class GpmiDomain { Studies, Training, Employment, Social, Health, Housing, Language, Other };
inline constexpr std::array<GpmiDomain, 8> kAllGpmiDomains = {GpmiDomain::Studies, GpmiDomain::Training, GpmiDomain::Employment,
                                                             GpmiDomain::Social,  GpmiDomain::Health,   GpmiDomain::Housing,
                                                             GpmiDomain::Language, GpmiDomain::Other};
QString gpmiDomainCode(GpmiDomain domain); // studies, training, employment, social, health, housing, language, other
std::optional<GpmiDomain> gpmiDomainFromCode(const QString &code);

struct GpmiGoal
{
    QString goal;
    QString personCommitment; // what the person undertakes
    QString centreCommitment; // what the centre undertakes
    QDate deadline;           // null = none
    bool operator==(const GpmiGoal &) const = default;
};

struct Gpmi
{
    qint64 id = 0; // 0 = not stored yet
    qint64 dossierId = 0;
    QDate start;
    QDate end;     // null = runs while the dossier is open
    QDate offered; // the day the draft was handed to the person
    QDate signed_; // null = not signed yet
    QString language; // "nl" or "fr": the language of the contract (the person's)
    QList<GpmiDomain> domains;
    QStringList partners;
    QList<GpmiGoal> goals;
    QList<QDate> plannedEvaluations;
    QString assistedBy; // the person the beneficiary chose to assist them, if any
    QString officer;
    QString note;
    // The stored row's version when it was read (storage/rowversion.h): saving over a change
    // somebody else saved since is refused as a conflict. 0: no check.
    int rowVersion = 0;

    bool isSigned() const { return signed_.isValid(); }
};

struct GpmiEvaluation
{
    qint64 id = 0;
    qint64 gpmiId = 0;
    QDate date;
    bool faceToFace = true;
    QStringList progress; // per goal, in the order of Gpmi::goals
    QString nextSteps;
    QString officer;
    // The stored row's version when it was read (storage/rowversion.h, schema 0013): saving
    // over a change somebody else saved since is refused as a conflict. 0: no check.
    int rowVersion = 0;
};

class GpmiRules
{
    Q_DECLARE_TR_FUNCTIONS(GpmiRules)
public:
    // How many working days the person has to reflect between the offer and the signature.
    static constexpr int kReflectionWorkingDays = 5;

    // The first day the contract may be signed: the 5th working day after the day it was
    // offered (the offer day does not count; Saturdays, Sundays and the Belgian public
    // holidays do not count, see workingdays.h). Signing earlier is refused, not merely
    // flagged: the reflection period is the person's right, and a contract signed inside it
    // is not the evidence an inspector accepts. Null when `offered` is null.
    static QDate firstSigningDay(const QDate &offered);

    // Field errors (field names: start, end, offered, signed, language, domains, goal.N,
    // goal.N.deadline, planned.N). `today` bounds the signature (no signing in the future).
    static FieldErrors check(const Gpmi &gpmi, const QDate &today);
    // Field names: date, progress.
    static FieldErrors checkEvaluation(const GpmiEvaluation &evaluation, const Gpmi &gpmi, const QDate &today);

    static QString domainLabel(GpmiDomain domain);
};

// Reading and writing contracts and evaluations. Reading needs ViewRegister, writing
// EditRegister. Each write validates first and is one transaction; a refusal changes nothing.
class GpmiStore
{
    Q_DECLARE_TR_FUNCTIONS(GpmiStore)
public:
    explicit GpmiStore(Database &db);

    std::optional<Gpmi> gpmiOf(qint64 dossierId) const;
    std::optional<Gpmi> gpmi(qint64 gpmiId) const;
    // Creates (id 0) or replaces the dossier's contract; a dossier has at most one. The start
    // must lie inside the dossier's open period. Returns the id. gpmi.rowVersion: a save over
    // an amendment somebody else saved since is refused as a conflict (Result::isConflict).
    Result<qint64> save(const Gpmi &gpmi, FieldErrors *errors = nullptr, const QDate &today = QDate::currentDate());

    QList<GpmiEvaluation> evaluations(qint64 gpmiId) const; // by date
    std::optional<GpmiEvaluation> evaluation(qint64 evaluationId) const;
    // Records (id 0) or changes an evaluation. evaluation.rowVersion: a change over one
    // somebody else saved since is refused as a conflict (Result::isConflict) naming who and
    // when; nothing is written then.
    Result<qint64> saveEvaluation(const GpmiEvaluation &evaluation, const QDate &today = QDate::currentDate());
    Status removeEvaluation(qint64 evaluationId);

private:
    Status conflict(qint64 gpmiId) const;
    Status evaluationConflict(qint64 evaluationId) const;
    Database &m_db;
};

} // namespace parcours
