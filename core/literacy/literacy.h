// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace parcours {

class Database;

// The result of a literacy level test, and the level a course teaches. The alpha levels of
// Brussels literacy work (Lire et Écrire, Basiseducatie): first speaking the course's language,
// then reading and writing from not at all (Alpha 1) to everyday texts (Alpha 4); a person
// who reads and writes another language follows a French or Dutch as a foreign language
// course (FLE / NT2) instead; "sufficient" needs no course (a test result only).
enum class LiteracyLevel { AlphaOral, Alpha1, Alpha2, Alpha3, Alpha4, SecondLanguage, Sufficient };
inline constexpr std::array<LiteracyLevel, 7> kAllLiteracyLevels = {
    LiteracyLevel::AlphaOral, LiteracyLevel::Alpha1,         LiteracyLevel::Alpha2,    LiteracyLevel::Alpha3,
    LiteracyLevel::Alpha4,    LiteracyLevel::SecondLanguage, LiteracyLevel::Sufficient};
// The levels a course (and a waiting list) can have: every one but Sufficient.
inline constexpr std::array<LiteracyLevel, 6> kCourseLevels = {LiteracyLevel::AlphaOral, LiteracyLevel::Alpha1,
                                                               LiteracyLevel::Alpha2,    LiteracyLevel::Alpha3,
                                                               LiteracyLevel::Alpha4,    LiteracyLevel::SecondLanguage};

// One level test of a dossier. language: "nl", "fr" or empty (the language tested).
struct LevelTest
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QDate date;
    LiteracyLevel level = LiteracyLevel::Alpha1;
    QString language;
    QString note;
};

// A course at the centre (partnerId 0) or at a partner of kind literacy. language "nl" or
// "fr"; endsOn invalid = until further notice.
struct LiteracyCourse
{
    qint64 id = 0;
    QString name;
    qint64 partnerId = 0;
    QString language = QStringLiteral("fr");
    LiteracyLevel level = LiteracyLevel::Alpha1;
    int places = 12;
    QString schedule; // "Mon, Tue, Thu 9:00–12:00"
    QDate startsOn;
    QDate endsOn;
    QString note;

    // Read only (filled by the readers).
    QString partnerName; // empty at the centre
    int taken = 0;       // enrolments covering the day asked for (Literacy::courses)
    int waiting = 0;     // people on the waiting list of its language and level
    int free() const { return places > taken ? places - taken : 0; }
};

// A dossier in a course from `from` to `to` (inclusive; invalid = until the course ends).
struct Enrolment
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 dossierId = 0;
    QDate from;
    QDate to;
    QString note;

    // Read only.
    QString reference;
    QString lastName;
    QString firstName;
    QString courseName;
    QString partnerName;
};

// One request on the waiting list of a language and level, in the order of the request.
struct WaitingEntry
{
    enum class Outcome { Waiting, Enrolled, Withdrawn };
    qint64 id = 0;
    qint64 dossierId = 0;
    QString language;
    LiteracyLevel level = LiteracyLevel::Alpha1;
    QDate requestedOn;
    QString note;
    QDate leftOn;
    Outcome outcome = Outcome::Waiting;
    qint64 enrolmentId = 0;

    // Read only.
    int position = 0; // 1 = next, among those still waiting
    QString reference;
    QString lastName;
    QString firstName;
};

// The literacy cell's level tests, courses, waiting list and enrolments (schema 0011).
//
// Rules (each refusal names the person, course and dates, and writes nothing):
// - no double enrolment: a person follows one literacy course at a time, at the centre or at
//   any partner; an enrolment that overlaps another one of the same dossier is refused with
//   the name of the course (and its partner) already attended;
// - places: a course never holds more people at once than its places; when it is full the
//   enrolment is refused and the waiting list is the way in;
// - the waiting list is per language and level (a place in any course of that language and
//   level will do), in the order of the request date, then of recording; a person waits at
//   most once at a time. When a place frees, nextWaiting() proposes the first person and
//   enrolNext() enrols them; any enrolment takes the person off the list of the course's
//   language and level.
// - the trajectory: the course is normally followed during a step in the literacy cell, but
//   an enrolment outside one is not refused, only warned about (warnings()): people of the
//   Studies cell also follow language courses when their level blocks the entry tests of a
//   training, and a partner's course often starts before the referral is recorded. The GUI
//   asks before enrolling.
//
// Permissions: reading needs ViewRegister (the readers fail without it), writing EditRegister.
class Literacy
{
    Q_DECLARE_TR_FUNCTIONS(Literacy)
public:
    explicit Literacy(Database &db);

    static QString levelCode(LiteracyLevel level); // alpha_oral, alpha_1, …, second_language, sufficient
    static std::optional<LiteracyLevel> levelFromCode(QStringView code);
    static QString levelLabel(LiteracyLevel level);      // translated, short: "Alpha 2"
    static QString levelDescription(LiteracyLevel level); // translated, what it means
    static QString languageLabel(const QString &code);   // "Dutch", "French"; the code otherwise

    // --- level tests -------------------------------------------------------------------------
    Result<qint64> recordTest(const LevelTest &test);
    Result<QList<LevelTest>> tests(qint64 dossierId) const; // newest first

    // --- courses -----------------------------------------------------------------------------
    Result<qint64> addCourse(const LiteracyCourse &course);
    // Changes every field of the course `course.id`. Refused, naming the field, when a field is
    // invalid (as addCourse), when the places fall below the people in it at once, or when the
    // new start or end would leave an enrolment outside the course. More places do not enrol
    // anybody: the officer enrols the next one waiting (enrolNext), as when a place frees.
    Status updateCourse(const LiteracyCourse &course);
    Result<LiteracyCourse> course(qint64 id) const;
    // Every course, those running on `day` first, by language, level and name; `taken` on
    // `day` (clamped into the course's period: before it starts, on its first day).
    Result<QList<LiteracyCourse>> courses(const QDate &day) const;

    // --- enrolments --------------------------------------------------------------------------
    Result<QList<Enrolment>> enrolments(qint64 courseId) const;   // by from date, then name
    Result<QList<Enrolment>> enrolmentsOf(qint64 dossierId) const; // newest first
    // Why `enrolment` would be refused (nothing is written), or success. `refusal` tells a
    // full course (the waiting list is the way in) from the other refusals.
    enum class Refusal { None, AlreadyEnrolled, Full, Other };
    Status check(const Enrolment &enrolment, Refusal *refusal = nullptr) const;
    // What the officer should know before enrolling (not a refusal): the trajectory.
    QStringList warnings(const Enrolment &enrolment) const;
    Result<qint64> enrol(const Enrolment &enrolment);
    // Ends the enrolment on `to` (inclusive): the place is free from the next day.
    Status endEnrolment(qint64 enrolmentId, const QDate &to);

    // --- waiting list ------------------------------------------------------------------------
    Result<qint64> addToWaitingList(qint64 dossierId, const QString &language, LiteracyLevel level,
                                    const QDate &requestedOn, const QString &note = {});
    // Those still waiting for `language` and `level`, in order (position 1 first).
    Result<QList<WaitingEntry>> waitingList(const QString &language, LiteracyLevel level) const;
    // The first person waiting for the course's language and level, if any.
    Result<std::optional<WaitingEntry>> nextWaiting(qint64 courseId) const;
    // Enrols the first person waiting for the course's language and level from `from`
    // (refused like enrol(), naming that person). Returns the enrolment id.
    Result<qint64> enrolNext(qint64 courseId, const QDate &from);
    Status withdraw(qint64 waitingId, const QDate &on);

private:
    // The enrolments of kEnrolmentSelect + `whereOrder`, its one parameter bound to `id`.
    Result<QList<Enrolment>> enrolmentsWhere(const QString &whereOrder, qint64 id) const;
    Status checkIn(const Enrolment &enrolment, const LiteracyCourse &course, Refusal *refusal = nullptr) const;
    Result<qint64> enrolIn(const Enrolment &enrolment);
    Status lockCourseAndDossier(qint64 courseId, qint64 dossierId) const;

    Database &m_db;
};

} // namespace parcours
