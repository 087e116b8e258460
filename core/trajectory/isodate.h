// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

namespace parcours::isodate {

// Day numbers for the hot paths (the evolution engine, the placement import), where
// QDate::fromString costs more than everything else together. Julian day numbers are those of
// QDate::toJulianDay() (proleptic Gregorian calendar).

// "Never": the end of an open interval.
inline constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

constexpr bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Julian day of a Gregorian date; y, m, d must form a real date with y > -4800.
constexpr qint64 julianDay(int y, int m, int d)
{
    const qint64 a = (14 - m) / 12;
    const qint64 yy = y + 4800 - a;
    const qint64 mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

// A date written as the number yyyymmdd (what SQL gives for CAST(replace(d, '-', '') AS
// INTEGER)); nullopt when it is not a real day from year 1000 to 9999.
constexpr std::optional<qint64> julianDayFromNumber(qint64 yyyymmdd)
{
    const qint64 y = yyyymmdd / 10000;
    const int m = int(yyyymmdd / 100 % 100);
    const int d = int(yyyymmdd % 100);
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(int(y), m))
        return std::nullopt;
    return julianDay(int(y), m, d);
}

// Strictly YYYY-MM-DD with ASCII digits and a real day (no spaces, no other separators,
// 2023-02-29 refused); nullopt otherwise.
inline std::optional<qint64> julianDayFromIso(QStringView text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    qint64 number = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        number = number * 10 + (c - u'0');
    }
    return julianDayFromNumber(number);
}

// The same for UTF-8 / ASCII bytes, as SQLite hands them over.
inline std::optional<qint64> julianDayFromIso(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    qint64 number = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        number = number * 10 + (c - '0');
    }
    return julianDayFromNumber(number);
}

inline QDate dateFromIso(QStringView text)
{
    const auto day = julianDayFromIso(text);
    return day ? QDate::fromJulianDay(*day) : QDate();
}

inline QString toIso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace parcours::isodate
