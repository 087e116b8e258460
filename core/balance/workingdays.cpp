// SPDX-License-Identifier: GPL-3.0-or-later
#include "balance/workingdays.h"

namespace parcours::workingdays {

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

bool isPublicHoliday(const QDate &day)
{
    if (!day.isValid())
        return false;
    const int m = day.month();
    const int d = day.day();
    if ((m == 1 && d == 1) || (m == 5 && d == 1) || (m == 7 && d == 21) || (m == 8 && d == 15) || (m == 11 && d == 1)
        || (m == 11 && d == 11) || (m == 12 && d == 25))
        return true;
    const QDate easter = easterSunday(day.year());
    const qint64 offset = easter.daysTo(day);
    return offset == 1 || offset == 39 || offset == 50; // Easter Monday, Ascension, Whit Monday
}

bool isWorkingDay(const QDate &day)
{
    return day.isValid() && day.dayOfWeek() <= 5 && !isPublicHoliday(day);
}

QDate addWorkingDays(const QDate &day, int n)
{
    if (!day.isValid())
        return {};
    QDate current = day;
    int counted = 0;
    while (counted < n) {
        current = current.addDays(1);
        if (isWorkingDay(current))
            ++counted;
    }
    return current;
}

} // namespace parcours::workingdays
