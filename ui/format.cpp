// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QLocale>
#include <QRegularExpression>

namespace parcours::ui {

QString dateFormat()
{
    const QLocale locale;
    const QLocale::Language language = locale.language();
    if (language == QLocale::C || language == QLocale::Dutch || language == QLocale::French)
        return QStringLiteral("dd/MM/yyyy");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A two-digit year is ambiguous for birth dates (1923 or 2023): widen it.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(dateFormat()) : QString();
}

QDate parseDate(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (ok)
            *ok = true; // empty is a valid answer: "unknown" or "not closed"
        return {};
    }
    QDate date;
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = separated.match(t); m.hasMatch())
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto c = compact.match(t); c.hasMatch())
        date = QDate(c.captured(3).toInt(), c.captured(2).toInt(), c.captured(1).toInt());
    else if (const auto i = iso.match(t); i.hasMatch())
        date = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    else
        date = QDate::fromString(t, dateFormat()); // the locale's own form, if it is another
    if (ok)
        *ok = date.isValid();
    return date.isValid() ? date : QDate();
}

QString formatCount(qint64 n)
{
    QLocale locale;
    // The C locale omits group separators by default; "1234 dossiers" reads worse.
    if (locale.language() == QLocale::C)
        locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(n);
}

} // namespace parcours::ui
