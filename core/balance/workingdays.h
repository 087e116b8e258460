// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace parcours::workingdays {

// Working days as the GPMI reflection period counts them: Monday to Friday, except the ten
// Belgian public holidays that hold in the whole country (law of 4 January 1974): New Year,
// Easter Monday, 1 May, Ascension Day, Whit Monday, 21 July, 15 August, 1 November,
// 11 November, Christmas. Regional and community holidays (8 May in Brussels, 11 July,
// 27 September) are working days for this count: the centre's own closing days vary, the
// federal list does not.

QDate easterSunday(int year);
bool isPublicHoliday(const QDate &day);
bool isWorkingDay(const QDate &day);
// The `n`-th working day after `day` (`day` itself never counts; n ≥ 1).
QDate addWorkingDays(const QDate &day, int n);

} // namespace parcours::workingdays
