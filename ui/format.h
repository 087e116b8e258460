// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parcours::ui {

// The date format of the whole interface: the locale's short format, but always with a
// four-digit year, and dd/MM/yyyy for Dutch, French and the untranslated "C" locale that
// test machines and fresh installs report (Belgian officers read 05/03/1987, not 3/5/87).
QString dateFormat();
QString formatDate(const QDate &date);

// Reads what an officer types for a date: dd/MM/yyyy, also d/M/yyyy, dd.MM.yyyy,
// dd-MM-yyyy and ddMMyyyy. Returns a null date when the text is empty or not a date;
// `ok` tells the two apart.
QDate parseDate(const QString &text, bool *ok = nullptr);

// "1,234" in the user's locale.
QString formatCount(qint64 n);

} // namespace parcours::ui
