// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/nationalnumber.h"

#include <QDateTime>

#include <QStringList>

namespace parcours {

namespace {

// Today, in local time. QDate::currentDate() reads the time zone again on every call (a stat of
// /etc/localtime): a CSV import checks 200,000 numbers, so it is read again once a minute.
QDate cachedToday()
{
    thread_local qint64 minute = -1;
    thread_local QDate today;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 60000;
    if (now != minute) {
        minute = now;
        today = QDate::currentDate();
    }
    return today;
}


constexpr qint64 MillenniumPrefix = 2'000'000'000; // the "2" put before the nine digits

// What the 11 digits say, read without judging them (see decode()).
struct Parts
{
    int year = 0;   // two digits
    int month = 0;  // 0 = unknown; the BIS offset removed
    int day = 0;    // 0 = unknown
    int bisOffset = 0; // 0, 20 or 40; -1 when the month part is impossible
    int serial = 0;
    int check = 0;
    int century = 0; // 1900 or 2000 from the check digits, 0 when neither rule matches
    qint64 nine = 0; // the first nine digits as a number

    int fullYear() const { return century + year; }
};

bool isElevenDigits(const QString &digits)
{
    if (digits.size() != 11)
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int number(const QString &digits, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i)
        n = n * 10 + (digits.at(i).unicode() - u'0');
    return n;
}

int checkDigits(qint64 nine, int century)
{
    return int(97 - (century >= 2000 ? nine + MillenniumPrefix : nine) % 97);
}

// Reads 11 digits; nullopt for anything else.
std::optional<Parts> decode(const QString &digits)
{
    if (!isElevenDigits(digits))
        return std::nullopt;
    Parts p;
    p.year = number(digits, 0, 2);
    const int monthPart = number(digits, 2, 2);
    p.day = number(digits, 4, 2);
    p.serial = number(digits, 6, 3);
    p.check = number(digits, 9, 2);
    p.nine = number(digits, 0, 9);
    if (monthPart <= 12) {
        p.month = monthPart;
    } else if (monthPart >= 20 && monthPart <= 32) {
        p.month = monthPart - 20;
        p.bisOffset = 20;
    } else if (monthPart >= 40 && monthPart <= 52) {
        p.month = monthPart - 40;
        p.bisOffset = 40;
    } else {
        p.bisOffset = -1;
    }
    if (checkDigits(p.nine, 1900) == p.check)
        p.century = 1900;
    else if (checkDigits(p.nine, 2000) == p.check)
        p.century = 2000;
    return p;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// A date as the messages show it, also when it does not exist ("1985-02-30").
QString dateText(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3").arg(year, 4, 10, QLatin1Char('0')).arg(twoDigits(month), twoDigits(day));
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/');
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool NationalNumber::parse(const QString &input, QString *digits, QString *error)
{
    QString clean;
    clean.reserve(11);
    for (const QChar c : input) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            clean.append(c);
        else if (!isSeparator(c))
            return fail(error, tr("A national number contains only digits, with spaces, dots or dashes between them; "
                                  "\"%1\" is not allowed.")
                                   .arg(c));
    }
    if (clean.size() != 11)
        return fail(error, tr("The national number must have 11 digits; it has %n.", nullptr, int(clean.size())));

    const Parts p = *decode(clean);
    const QString shown = format(clean);
    if (p.bisOffset < 0)
        return fail(error, tr("National number %1 has no valid month: %2 is not 00 to 12 (plus 20 or 40 for a BIS number).")
                               .arg(shown, clean.mid(2, 2)));
    if (p.century == 0) {
        const int expected = checkDigits(p.nine, 1900);
        const int later = 2000 + p.year;
        if (later > QDate::currentDate().year())
            return fail(error, tr("The check digits of national number %1 are wrong (expected %2).").arg(shown, twoDigits(expected)));
        return fail(error, tr("The check digits of national number %1 are wrong (expected %2, or %3 for someone born in %4).")
                               .arg(shown, twoDigits(expected), twoDigits(checkDigits(p.nine, 2000)), QString::number(later)));
    }
    const int year = p.fullYear();
    if (p.day > 31 || (p.month != 0 && p.day != 0 && !QDate::isValid(year, p.month, p.day)))
        return fail(error, tr("National number %1 contains an impossible birth date: %2 does not exist.")
                               .arg(shown, dateText(year, p.month, p.day)));
    const QDate today = cachedToday();
    if (year > today.year() || (p.month != 0 && p.day != 0 && QDate(year, p.month, p.day) > today)
        || (year == today.year() && p.month > today.month()))
        return fail(error, tr("National number %1 gives a birth date in the future (%2).")
                               .arg(shown, dateText(year, p.month, p.day)));
    if (p.serial == 0 || p.serial == 999)
        return fail(error, tr("National number %1 has serial number %2, which is never issued.")
                               .arg(shown, clean.mid(6, 3)));
    if (digits)
        *digits = clean;
    return true;
}

QString NationalNumber::format(const QString &digits)
{
    if (!isElevenDigits(digits))
        return digits;
    return digits.left(2) + QLatin1Char('.') + digits.mid(2, 2) + QLatin1Char('.') + digits.mid(4, 2) + QLatin1Char('-')
        + digits.mid(6, 3) + QLatin1Char('.') + digits.mid(9, 2);
}

bool NationalNumber::isBis(const QString &digits)
{
    const auto p = decode(digits);
    return p && p->bisOffset > 0;
}

std::optional<QDate> NationalNumber::birthDate(const QString &digits)
{
    const auto p = decode(digits);
    if (!p || p->century == 0 || p->bisOffset < 0 || p->month == 0 || p->day == 0)
        return std::nullopt;
    const QDate date(p->fullYear(), p->month, p->day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Gender NationalNumber::gender(const QString &digits)
{
    const auto p = decode(digits);
    if (!p || p->century == 0 || p->bisOffset < 0 || p->bisOffset == 20 || p->serial == 0)
        return Gender::Unknown;
    return p->serial % 2 ? Gender::Male : Gender::Female;
}

QString NationalNumber::checkAgreement(const QString &digits, const QDate &birth, Gender gender)
{
    const auto p = decode(digits);
    if (!p || p->century == 0 || p->bisOffset < 0)
        return QString();
    const QString shown = format(digits);
    QStringList problems;

    if (birth.isValid()) {
        const bool agrees = birth.year() == p->fullYear() && (p->month == 0 || birth.month() == p->month)
            && (p->day == 0 || birth.day() == p->day);
        if (!agrees) {
            const QString given = birth.toString(Qt::ISODate);
            if (p->month != 0 && p->day != 0)
                problems << tr("National number %1 belongs to someone born on %2, not on %3.")
                                .arg(shown, dateText(p->fullYear(), p->month, p->day), given);
            else if (p->month != 0)
                problems << tr("National number %1 belongs to someone born in %2, not on %3.")
                                .arg(shown, QStringLiteral("%1-%2").arg(p->fullYear()).arg(twoDigits(p->month)), given);
            else if (p->day != 0)
                problems << tr("National number %1 belongs to someone born in %2 on day %3 of an unknown month, not on %4.")
                                .arg(shown, QString::number(p->fullYear()), QString::number(p->day), given);
            else
                problems << tr("National number %1 belongs to someone born in %2, not on %3.")
                                .arg(shown, QString::number(p->fullYear()), given);
        }
    }

    const Gender fromNumber = NationalNumber::gender(digits);
    if (gender != Gender::Unknown && fromNumber != Gender::Unknown && gender != fromNumber) {
        problems << (fromNumber == Gender::Male
                         ? tr("National number %1 belongs to a man, but the person is recorded as a woman.").arg(shown)
                         : tr("National number %1 belongs to a woman, but the person is recorded as a man.").arg(shown));
    }
    return problems.join(QLatin1Char(' '));
}

QString NationalNumber::make(const QDate &birth, int serial, bool bis)
{
    Q_ASSERT(birth.isValid() && birth.year() >= 1900 && birth.year() <= 2099);
    Q_ASSERT(serial >= 1 && serial <= 998);
    if (!birth.isValid() || birth.year() < 1900 || birth.year() > 2099 || serial < 1 || serial > 998)
        return QString();
    const QString nine = twoDigits(birth.year() % 100) + twoDigits(birth.month() + (bis ? 40 : 0)) + twoDigits(birth.day())
        + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
    const int century = birth.year() >= 2000 ? 2000 : 1900;
    return nine + twoDigits(checkDigits(nine.toLongLong(), century));
}

} // namespace parcours
