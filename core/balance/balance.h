// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dossier.h"
#include "trajectory/cell.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

// The socio-professional balance (domain.md): what the project facilitator records before a
// professional project is agreed. A structured value; BalanceStore keeps every saved version.
// The codes below are stored (JSON inside balance_version) and must stay stable.

enum class EducationLevel {
    Unknown,        // unknown
    None,           // none: no schooling
    Primary,        // primary
    LowerSecondary, // lower_secondary
    UpperSecondary, // upper_secondary
    HigherShort,    // higher_short: bachelor, graduaat / brevet
    HigherLong,     // higher_long: master, university
};
inline constexpr std::array<EducationLevel, 7> kAllEducationLevels = {
    EducationLevel::Unknown,        EducationLevel::None,        EducationLevel::Primary,   EducationLevel::LowerSecondary,
    EducationLevel::UpperSecondary, EducationLevel::HigherShort, EducationLevel::HigherLong};

// Whether a diploma counts in Belgium.
enum class Recognition {
    Belgian,       // belgian: obtained in Belgium
    Recognised,    // recognised: foreign, equivalence granted
    Pending,       // pending: equivalence asked for
    NotRecognised, // not_recognised
};
inline constexpr std::array<Recognition, 4> kAllRecognitions = {Recognition::Belgian, Recognition::Recognised,
                                                                 Recognition::Pending, Recognition::NotRecognised};

struct Diploma
{
    QString title;
    QString country;
    Recognition recognition = Recognition::Belgian;
    bool operator==(const Diploma &) const = default;
};

struct Experience
{
    QString occupation;
    QString employer;
    QDate from; // null = unknown
    QDate to;   // null = unknown or still working
    QString note;
    bool operator==(const Experience &) const = default;
};

// CEFR levels; NotAssessed when nobody tested or judged it.
enum class LanguageLevel { NotAssessed, A1, A2, B1, B2, C1, C2 };
inline constexpr std::array<LanguageLevel, 7> kAllLanguageLevels = {LanguageLevel::NotAssessed, LanguageLevel::A1, LanguageLevel::A2,
                                                                    LanguageLevel::B1,          LanguageLevel::B2, LanguageLevel::C1,
                                                                    LanguageLevel::C2};

struct LanguageSkill
{
    QString language; // "nl", "fr" for Dutch and French; any other language by its name
    LanguageLevel level = LanguageLevel::NotAssessed;
    bool operator==(const LanguageSkill &) const = default;
};

enum class ObstacleKind {
    Health,         // health            (sensitive)
    MentalHealth,   // mental_health     (sensitive)
    Addiction,      // addiction         (sensitive)
    CriminalRecord, // criminal_record   (sensitive)
    Language,       // language
    Housing,        // housing
    Childcare,      // childcare
    Mobility,       // mobility
    Debts,          // debts
    Administration, // administration
    Other,          // other
};
inline constexpr std::array<ObstacleKind, 11> kAllObstacleKinds = {
    ObstacleKind::Health,    ObstacleKind::MentalHealth, ObstacleKind::Addiction, ObstacleKind::CriminalRecord,
    ObstacleKind::Language,  ObstacleKind::Housing,      ObstacleKind::Childcare, ObstacleKind::Mobility,
    ObstacleKind::Debts,     ObstacleKind::Administration, ObstacleKind::Other};

// Special categories of personal data (GDPR art. 9 and 10): stored apart, shown only to
// roles with ViewSensitive, every reading recorded in the audit trail.
constexpr bool isSensitive(ObstacleKind kind)
{
    return kind == ObstacleKind::Health || kind == ObstacleKind::MentalHealth || kind == ObstacleKind::Addiction
        || kind == ObstacleKind::CriminalRecord;
}

enum class ObstacleState {
    Identified,    // identified
    BeingResolved, // being_resolved
    Resolved,      // resolved
};
inline constexpr std::array<ObstacleState, 3> kAllObstacleStates = {ObstacleState::Identified, ObstacleState::BeingResolved,
                                                                     ObstacleState::Resolved};

struct Obstacle
{
    ObstacleKind kind = ObstacleKind::Other;
    ObstacleState state = ObstacleState::Identified;
    QString note;
    bool operator==(const Obstacle &) const = default;
};

enum class ProjectJudgement {
    NotJudged,   // not_judged
    Feasible,    // feasible: realistic and feasible
    NotFeasible, // not_feasible
};

struct Balance
{
    EducationLevel educationLevel = EducationLevel::Unknown;
    QList<Diploma> diplomas;
    QList<Experience> experience;
    QStringList acquiredSkills;
    QStringList latentSkills;
    QList<LanguageSkill> languages;
    QString wishes;
    QList<Obstacle> obstacles; // at most one per kind, in the order of kAllObstacleKinds
    QString targetOccupation;
    QString projectText;
    ProjectJudgement judgement = ProjectJudgement::NotJudged;
    std::optional<Cell> orientation; // the cell the person is oriented to; empty = not yet
    QString orientationNote;

    // True when the sensitive obstacles were not read (the reader lacks ViewSensitive): the
    // list `obstacles` then holds only the others, and this value must not be saved.
    bool sensitiveHidden = false;

    bool operator==(const Balance &) const = default;

    const Obstacle *obstacle(ObstacleKind kind) const;
    bool hasSensitive() const;
};

// Stable codes (stored, and in CLI output).
QString educationLevelCode(EducationLevel level);
std::optional<EducationLevel> educationLevelFromCode(const QString &code);
QString recognitionCode(Recognition r);
std::optional<Recognition> recognitionFromCode(const QString &code);
QString languageLevelCode(LanguageLevel level); // "" for NotAssessed, "A1" … "C2"
std::optional<LanguageLevel> languageLevelFromCode(const QString &code);
QString obstacleKindCode(ObstacleKind kind);
std::optional<ObstacleKind> obstacleKindFromCode(const QString &code);
QString obstacleStateCode(ObstacleState state);
std::optional<ObstacleState> obstacleStateFromCode(const QString &code);
QString judgementCode(ProjectJudgement j);
std::optional<ProjectJudgement> judgementFromCode(const QString &code);

// One field of a balance as the comparison and the printed summary show it.
struct BalanceField
{
    QString key;   // stable path: "education.level", "obstacle.housing.state", "language.2.level"
    QString label; // translated: "Obstacle: housing — state"
    QString value; // translated, as shown
    bool sensitive = false;
};

// One row of a side-by-side comparison of two versions.
struct FieldComparison
{
    QString key;
    QString label;
    QString before; // empty when the field did not exist in the older version
    QString after;
    bool changed = false;
    bool sensitive = false;
};

class BalanceRules
{
    Q_DECLARE_TR_FUNCTIONS(BalanceRules)
public:
    // Field errors name the field by its key (see BalanceField::key) and say why; empty = ok.
    static FieldErrors check(const Balance &balance);

    // The balance as JSON, split into the part every reader of the register may see and the
    // sensitive obstacles (stored in a column of their own).
    static QJsonObject toJson(const Balance &balance);
    static QJsonObject sensitiveToJson(const Balance &balance);
    // Reads both parts back; `sensitive` may be empty (not read). Unknown codes are skipped.
    static Balance fromJson(const QJsonObject &general, const QJsonObject &sensitive);

    // Every filled-in field, in the order of the form.
    static QList<BalanceField> fields(const Balance &balance);
    // All fields of both, in the order of `newer` with fields only in `older` after their
    // neighbours; `changed` marks the differences.
    static QList<FieldComparison> compare(const Balance &older, const Balance &newer);

    static QString educationLevelLabel(EducationLevel level);
    static QString recognitionLabel(Recognition r);
    static QString languageLevelLabel(LanguageLevel level);
    static QString languageName(const QString &language); // "nl" → "Dutch"
    static QString obstacleKindLabel(ObstacleKind kind);
    static QString obstacleStateLabel(ObstacleState state);
    static QString judgementLabel(ProjectJudgement j);
    static QString orientationLabel(const std::optional<Cell> &cell);
};

} // namespace parcours
