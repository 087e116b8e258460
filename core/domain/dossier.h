// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/nationalnumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace parcours {

enum class IncomeType {
    Leefloon,   // integration income (leefloon / revenu d'intégration)
    Equivalent, // equivalent income (equivalent leefloon / aide sociale équivalente)
};

struct Person
{
    qint64 id = 0; // 0 = not stored yet
    QString nationalNumber; // 11 digits, no separators
    QString lastName;
    QString firstName;
    QDate birthDate; // null = unknown
    Gender gender = Gender::Unknown;
    QString language; // "nl", "fr", "other" or empty
    QString phone;
    QString email;
    QString address;
    // The stored row's version when it was read (storage/rowversion.h); a save is refused when
    // somebody else saved since. 0: not read from the database, or no check wanted.
    int rowVersion = 0;
};

struct Dossier
{
    qint64 id = 0; // 0 = not stored yet
    QString reference;
    qint64 personId = 0;
    IncomeType incomeType = IncomeType::Leefloon;
    QDate opened;
    QDate closed; // null = still open
    QString officer;
    int rowVersion = 0; // as Person::rowVersion

    // Open on `day`: opened on or before it and not closed before it.
    bool isOpenOn(const QDate &day) const { return opened <= day && (closed.isNull() || closed >= day); }
};

// One refused field: which one (the CSV column name, also used by the form) and why.
struct FieldError
{
    QString field;
    QString message;
};
using FieldErrors = QList<FieldError>;

// The stable codes of the register's values, as stored and as written in CSV files.
QString incomeTypeCode(IncomeType type);
std::optional<IncomeType> incomeTypeFromCode(const QString &code);
QString genderCode(Gender gender);                       // "M", "F" or ""
std::optional<Gender> genderFromCode(const QString &code); // M/F, also H (homme), V (vrouw); "" = unknown

// The search form of a text: lower case, accents and everything but letters and digits
// removed ("D'Hondt-Van Damme" → "dhondtvandamme"). What the search box types is compared
// to these keys by prefix.
QString searchKey(const QString &text);

class RegisterRules
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRules)
public:
    // Checks a person; the national number may be typed with separators and is normalised
    // to 11 digits in place. Field names: national_number, last_name, first_name,
    // birth_date, gender, language, email.
    static FieldErrors checkPerson(Person &person);
    // Field names: reference, income_type, opened, closed.
    static FieldErrors checkDossier(Dossier &dossier);
    static QString incomeTypeLabel(IncomeType type);
    static QString genderLabel(Gender gender);
    static QString languageLabel(const QString &code);
};

} // namespace parcours
