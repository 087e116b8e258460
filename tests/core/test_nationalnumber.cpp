// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"

#include <catch2/catch.hpp>

#include <string>

using namespace parcours;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

// The error parse() gives, or "" when it accepts the input.
std::string parseError(const char *input)
{
    QString digits;
    QString error;
    if (NationalNumber::parse(QString::fromUtf8(input), &digits, &error))
        return {};
    return error.toStdString();
}

QString nn(const char *digits)
{
    return QString::fromLatin1(digits);
}

} // namespace

TEST_CASE("A 20th-century national number is accepted with or without separators", "[nationalnumber]")
{
    // 850730033 = 97 x 8770412 + 69, and 97 - 69 = 28.
    for (const char *typed : {"85.07.30-033.28", "85073003328", " 85 07 30 033 28 ", "850730/033-28"}) {
        INFO(typed);
        QString digits;
        QString error;
        CHECK(NationalNumber::parse(QString::fromUtf8(typed), &digits, &error));
        CHECK(str(digits) == "85073003328");
        CHECK(error.isEmpty());
    }
    const QString digits = nn("85073003328");
    CHECK(NationalNumber::birthDate(digits) == QDate(1985, 7, 30));
    CHECK(NationalNumber::gender(digits) == Gender::Male);
    CHECK_FALSE(NationalNumber::isBis(digits));
    // The often-quoted example: a man (odd serial 223) born on 18 May 1993.
    CHECK(parseError("93.05.18-223.61").empty());
    CHECK(NationalNumber::gender(nn("93051822361")) == Gender::Male);
    // Serial 034 is even: a woman. 850730034 mod 97 = 69 + 1 = 70, 97 - 70 = 27.
    CHECK(parseError("85.07.30-034.27").empty());
    CHECK(NationalNumber::gender(nn("85073003427")) == Gender::Female);
    // Null pointers are allowed.
    CHECK(NationalNumber::parse(nn("85073003328"), nullptr, nullptr));
    CHECK_FALSE(NationalNumber::parse(nn("85073003327"), nullptr, nullptr));
}

TEST_CASE("The check digits tell the century", "[nationalnumber]")
{
    // The same first nine digits 01.01.01-001 under both rules:
    //   1900s: 010101001 = 97 x 104134 + 3                 -> 97 - 3 = 94
    //   2000s: 2'000'000'000 = 97 x 20618556 + 68, so 2'010'101'001 mod 97 = (68 + 3) mod 97 = 71
    //                                                       -> 97 - 71 = 26
    CHECK(parseError("01.01.01-001.94").empty());
    CHECK(parseError("01.01.01-001.26").empty());
    CHECK(NationalNumber::birthDate(nn("01010100194")) == QDate(1901, 1, 1));
    CHECK(NationalNumber::birthDate(nn("01010100126")) == QDate(2001, 1, 1));

    // 29 February 2000 exists, 29 February 1900 does not: 000229002 gives 44 under the
    // 2000 rule and 15 under the 1900 rule.
    CHECK(parseError("00.02.29-002.44").empty());
    CHECK(NationalNumber::birthDate(nn("00022900244")) == QDate(2000, 2, 29));
    CHECK(parseError("00.02.29-002.15")
          == "National number 00.02.29-002.15 contains an impossible birth date: 1900-02-29 does not exist.");

    // make() agrees with parse() across both centuries.
    for (QDate day(1900, 1, 1); day.year() < 2024; day = day.addDays(97)) {
        for (int serial : {1, 2, 997, 998}) {
            const QString made = NationalNumber::make(day, serial);
            INFO(str(day.toString(Qt::ISODate)) << " serial " << serial << " -> " << str(made));
            QString digits;
            QString error;
            REQUIRE(NationalNumber::parse(made, &digits, &error));
            CHECK(digits == made);
            CHECK(NationalNumber::birthDate(made) == day);
            CHECK(NationalNumber::gender(made) == (serial % 2 ? Gender::Male : Gender::Female));
        }
    }
    CHECK(str(NationalNumber::make(QDate(1985, 7, 30), 33)) == "85073003328");
    CHECK(str(NationalNumber::make(QDate(2001, 1, 1), 1)) == "01010100126");
}

TEST_CASE("Wrong national numbers are refused with a message that says why", "[nationalnumber]")
{
    CHECK(parseError("85.07.30-033.27") == "The check digits of national number 85.07.30-033.27 are wrong (expected 28).");
    // For a year that could be 20YY, both possibilities are named (2001 rule gives 26).
    CHECK(parseError("01.01.01-001.27")
          == "The check digits of national number 01.01.01-001.27 are wrong (expected 94, or 26 for someone born in 2001).");
    CHECK(parseError("85.07.30-033.00").find("are wrong") != std::string::npos);
    CHECK(parseError("8507300332") == "The national number must have 11 digits; it has 10.");
    CHECK(parseError("850730033280") == "The national number must have 11 digits; it has 12.");
    CHECK(parseError("85.07.30-O33.28").find("\"O\" is not allowed") != std::string::npos);
    CHECK_FALSE(parseError("85.07.30-033.2a").empty());
    CHECK_FALSE(parseError("").empty());

    // 85.02.30 does not exist (check digits 90 are right for 850230033).
    CHECK(parseError("85.02.30-033.90")
          == "National number 85.02.30-033.90 contains an impossible birth date: 1985-02-30 does not exist.");
    // Month 13 is neither a month nor a BIS month.
    CHECK(parseError("85.13.30-033.70").find("no valid month") != std::string::npos);
    // Serials 000 and 999 are never issued.
    CHECK(parseError("85.07.30-000.61") == "National number 85.07.30-000.61 has serial number 000, which is never issued.");
    CHECK(parseError("85.07.30-999.32").find("never issued") != std::string::npos);
    // Nobody is born tomorrow.
    const QString tomorrow = NationalNumber::make(QDate::currentDate().addDays(1), 1);
    QString error;
    CHECK_FALSE(NationalNumber::parse(tomorrow, nullptr, &error));
    CHECK(error.contains(QLatin1String("in the future")));
}

TEST_CASE("BIS numbers add 20 or 40 to the month", "[nationalnumber]")
{
    // +20: gender unknown. 852730033 = 850730033 + 2'000'000; 2'000'000 mod 97 = 54,
    // (69 + 54) mod 97 = 26, 97 - 26 = 71.
    const QString unknownGender = nn("85273003371");
    CHECK(parseError("85.27.30-033.71").empty());
    CHECK(NationalNumber::isBis(unknownGender));
    CHECK(NationalNumber::birthDate(unknownGender) == QDate(1985, 7, 30));
    CHECK(NationalNumber::gender(unknownGender) == Gender::Unknown);
    CHECK(NationalNumber::checkAgreement(unknownGender, QDate(1985, 7, 30), Gender::Female).isEmpty());

    // +40: gender known from the serial.
    CHECK(parseError("85.47.30-033.17").empty());
    CHECK(parseError("85.47.30-034.16").empty());
    CHECK(NationalNumber::isBis(nn("85473003317")));
    CHECK(NationalNumber::gender(nn("85473003317")) == Gender::Male);
    CHECK(NationalNumber::gender(nn("85473003416")) == Gender::Female);
    CHECK(NationalNumber::birthDate(nn("85473003416")) == QDate(1985, 7, 30));
    CHECK(str(NationalNumber::make(QDate(1985, 7, 30), 33, true)) == "85473003317");

    // A BIS number issued without any known birth date part: 00.20.00 (2000 rule: 71).
    CHECK(parseError("00.20.00-001.71").empty());
    CHECK(NationalNumber::isBis(nn("00200000171")));
    CHECK_FALSE(NationalNumber::birthDate(nn("00200000171")).has_value());
}

TEST_CASE("Birth date parts may be unknown", "[nationalnumber]")
{
    // 85.00.00: month and day unknown (850000033 -> 06).
    const QString yearOnly = nn("85000003306");
    CHECK(parseError("85.00.00-033.06").empty());
    CHECK_FALSE(NationalNumber::birthDate(yearOnly).has_value());
    CHECK(NationalNumber::gender(yearOnly) == Gender::Male);
    CHECK(NationalNumber::checkAgreement(yearOnly, QDate(1985, 11, 3), Gender::Male).isEmpty());
    CHECK(str(NationalNumber::checkAgreement(yearOnly, QDate(1986, 1, 3), Gender::Unknown))
          == "National number 85.00.00-033.06 belongs to someone born in 1985, not on 1986-01-03.");

    // 85.07.00: day unknown (850700033 -> 55).
    const QString noDay = nn("85070003355");
    CHECK(parseError("85.07.00-033.55").empty());
    CHECK_FALSE(NationalNumber::birthDate(noDay).has_value());
    CHECK(NationalNumber::checkAgreement(noDay, QDate(1985, 7, 12), Gender::Unknown).isEmpty());
    CHECK(str(NationalNumber::checkAgreement(noDay, QDate(1985, 8, 12), Gender::Unknown))
          == "National number 85.07.00-033.55 belongs to someone born in 1985-07, not on 1985-08-12.");
}

TEST_CASE("National numbers are formatted as YY.MM.DD-SSS.CC", "[nationalnumber]")
{
    CHECK(str(NationalNumber::format(nn("85073003328"))) == "85.07.30-033.28");
    CHECK(str(NationalNumber::format(nn("01010100126"))) == "01.01.01-001.26");
    // Anything else is left as it is.
    CHECK(str(NationalNumber::format(QString())).empty());
    CHECK(str(NationalNumber::format(nn("8507300332"))) == "8507300332");
    CHECK(str(NationalNumber::format(nn("85.07.30-033.28"))) == "85.07.30-033.28");
    CHECK(NationalNumber::gender(nn("garbage")) == Gender::Unknown);
    CHECK_FALSE(NationalNumber::birthDate(nn("85073003327")).has_value()); // wrong check digits
}

TEST_CASE("A national number must agree with the recorded birth date and gender", "[nationalnumber]")
{
    const QString digits = nn("85073003328"); // a man born on 1985-07-30
    CHECK(NationalNumber::checkAgreement(digits, QDate(1985, 7, 30), Gender::Male).isEmpty());
    CHECK(NationalNumber::checkAgreement(digits, QDate(), Gender::Unknown).isEmpty());
    CHECK(NationalNumber::checkAgreement(digits, QDate(), Gender::Male).isEmpty());

    CHECK(str(NationalNumber::checkAgreement(digits, QDate(1985, 7, 31), Gender::Unknown))
          == "National number 85.07.30-033.28 belongs to someone born on 1985-07-30, not on 1985-07-31.");
    // Same day and month a century later is still wrong.
    CHECK_FALSE(NationalNumber::checkAgreement(digits, QDate(2085, 7, 30), Gender::Male).isEmpty());
    CHECK(str(NationalNumber::checkAgreement(digits, QDate(1985, 7, 30), Gender::Female))
          == "National number 85.07.30-033.28 belongs to a man, but the person is recorded as a woman.");
    CHECK(str(NationalNumber::checkAgreement(nn("85073003427"), QDate(1985, 7, 30), Gender::Male))
          == "National number 85.07.30-034.27 belongs to a woman, but the person is recorded as a man.");

    const QString both = NationalNumber::checkAgreement(digits, QDate(1984, 1, 1), Gender::Female);
    CHECK(both.contains(QLatin1String("born on 1985-07-30")));
    CHECK(both.contains(QLatin1String("recorded as a woman")));
}
