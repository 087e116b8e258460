// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace parcours {

enum class Gender { Unknown, Male, Female };

// The Belgian national register number (NL rijksregisternummer / INSZ, FR NISS) and the BIS
// number: 11 digits YYMMDD SSS CC, written YY.MM.DD-SSS.CC.
//
// - YYMMDD is the birth date; MM or DD may be 00 when that part is unknown.
// - A BIS number adds 20 to the month when the gender is unknown, 40 when it is known.
// - SSS is a serial, odd for men and even for women; 000 and 999 are not issued.
// - CC = 97 - (the first nine digits mod 97); for people born in 2000 or later the nine digits
//   are prefixed with a 2 (2'000'000'000 is added) first. The two rules never give the same
//   CC, so the rule that matches tells the century.
//
// All functions but parse() take the 11 digits parse() returns (no separators). Given
// anything else they return "nothing": an empty/Unknown/nullopt result, or the input
// unchanged for format().
class NationalNumber
{
    Q_DECLARE_TR_FUNCTIONS(NationalNumber)
public:
    // Accepts "85.07.30-033.28", "85073003328", and spaces, dots, dashes or slashes anywhere.
    // On success stores the 11 digits in *digits and returns true; otherwise stores a
    // translated message saying why (wrong length, not a digit, serial, impossible date,
    // check digits) in *error and returns false. Either pointer may be null.
    static bool parse(const QString &input, QString *digits, QString *error);

    // "YY.MM.DD-SSS.CC"; anything that is not 11 digits is returned unchanged.
    static QString format(const QString &digits);

    // True when the month part carries the +20 or +40 of a BIS number.
    static bool isBis(const QString &digits);

    // The birth date, the century resolved by the check digits. nullopt when the month or
    // day is 00 (unknown) or the number is not valid.
    static std::optional<QDate> birthDate(const QString &digits);

    // Odd serial = male, even = female. Unknown for a BIS number with month +20 (issued
    // without a known gender) and for invalid input.
    static Gender gender(const QString &digits);

    // Checks that the number agrees with a recorded birth date and gender. A null/invalid
    // date or Gender::Unknown is not checked, and neither are the parts the number leaves
    // unknown (00 month or day, BIS +20 gender); the year is always compared. Returns an
    // empty string when consistent, else a translated message (several joined by a space).
    static QString checkAgreement(const QString &digits, const QDate &birth, Gender gender);

    // A valid number for tests and demo data: `birth` must be a valid date from 1900 to 2099
    // and `serial` 1..998 (odd = male). `bis` adds 40 to the month (a BIS number whose
    // gender is known, so gender() still follows the serial).
    static QString make(const QDate &birth, int serial, bool bis = false);
};

} // namespace parcours
