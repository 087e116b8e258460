// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace parcours {

class Database;

// GPMI compliance as an inspector checks it, on a day D (domain.md, "The GPMI"):
//
// - Who: every dossier open on D with the integration income (leefloon; the equivalent income
//   has no GPMI obligation) opened on or after 1 November 2016, or earlier for a person under
//   25 on the opening day (the rule before that date). Unknown birth dates count as 25+.
// - Exemption: a dossier in the cell health_equity on D has no obligation at all. When an
//   exemption ended before D, the 3 months start again from the day after it ended.
// - Signature: the GPMI is signed within 3 months of the opening, to the day (opened
//   2024-01-15 → signed on 2024-04-15 at the latest; opened 2024-11-30 → 2025-02-28). Not
//   signed and past that day: "missing"; not signed and due within 30 days: "due soon"; signed
//   after that day: "signed late" (shown for a year after the signature: what an inspector
//   visiting now would still find).
// - Evaluations, per contract year counted from the signature (year 1 = signature day to the
//   day before its first anniversary): at least 3 evaluations, at least 2 of them face to face.
//   Within the year the k-th evaluation falls due 4·k months after the year's start. The last
//   completed year is checked whole ("overdue" when it had fewer than 3, or fewer than 2 face
//   to face); in the running year an evaluation whose day passed is "overdue" and one due
//   within 30 days is "due soon"; the face-to-face count is due at the end of the year.
//   Evaluations count only up to the end of the GPMI (if it has one) and up to D.
class Compliance
{
    Q_DECLARE_TR_FUNCTIONS(Compliance)
public:
    static constexpr int kDueSoonDays = 30;

    enum class Requirement { Signature, Evaluations, FaceToFace };
    enum class State { Missing, Overdue, SignedLate, DueSoon };

    // What the rules need to know of one dossier.
    struct Facts
    {
        QDate opened;
        QDate birthDate;              // null = unknown
        bool exemptOnDay = false;     // in health_equity on D
        QDate lastExemptionEnd;       // the latest end of a health_equity placement before D, or null
        QDate signedOn;               // null = no signed GPMI
        QDate gpmiEnd;                // null = open-ended
        struct Evaluation
        {
            QDate date;
            bool faceToFace = false;
        };
        QList<Evaluation> evaluations; // by date
    };

    struct Finding
    {
        Requirement requirement = Requirement::Signature;
        State state = State::Missing;
        QDate due;
        QString detail; // translated, e.g. "2 of 3 evaluations in the year 2024-03-01 – 2025-02-28"
    };

    // The first day from which a GPMI is required (1 November 2016).
    static QDate obligationStart();
    // Is the GPMI mandatory for a dossier opened on `opened` by a person born on `birthDate`?
    static bool required(const QDate &opened, const QDate &birthDate);
    // The last day to sign, given the facts (3 months after the opening or after the end of
    // an exemption).
    static QDate signatureDeadline(const Facts &facts);
    // The findings for one dossier on `day`, most urgent first. Empty when all is in order.
    static QList<Finding> assess(const Facts &facts, const QDate &day);

    struct Row
    {
        qint64 dossierId = 0;
        QString reference;
        QString lastName;
        QString firstName;
        QString officer;
        Finding finding;
        int daysLeft = 0; // day.daysTo(due): negative when overdue
    };

    explicit Compliance(Database &db);

    // Every finding on `day` over all open dossiers (optionally those of one officer, exact
    // match on the dossier's officer), overdue first (oldest due date first), then due soon.
    // Needs ViewRegister. Set-based: a few queries whatever the size of the register.
    Result<QList<Row>> rows(const QDate &day, const QString &officer = {}) const;

    // CSV (UTF-8, comma, header): reference, last_name, first_name, officer, requirement,
    // state, due, days_left, detail. Codes for requirement (signature, evaluations,
    // face_to_face) and state (missing, overdue, signed_late, due_soon).
    static void writeCsv(const QList<Row> &rows, QIODevice &out);

    static QString requirementCode(Requirement r);
    static QString stateCode(State s);
    static QString requirementLabel(Requirement r);
    static QString stateLabel(State s);

private:
    Database &m_db;
};

} // namespace parcours
