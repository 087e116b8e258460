// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/dossier.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace parcours {

QString incomeTypeCode(IncomeType type)
{
    return type == IncomeType::Equivalent ? QStringLiteral("equivalent") : QStringLiteral("leefloon");
}

std::optional<IncomeType> incomeTypeFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("leefloon"))
        return IncomeType::Leefloon;
    if (c == QLatin1String("equivalent"))
        return IncomeType::Equivalent;
    return std::nullopt;
}

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("M");
    case Gender::Female:
        return QStringLiteral("F");
    case Gender::Unknown:
        break;
    }
    return {};
}

std::optional<Gender> genderFromCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty() || c == QLatin1String("X") || c == QLatin1String("U"))
        return Gender::Unknown;
    if (c == QLatin1String("M") || c == QLatin1String("H"))
        return Gender::Male;
    if (c == QLatin1String("F") || c == QLatin1String("V"))
        return Gender::Female;
    return std::nullopt;
}

QString searchKey(const QString &text)
{
    // ASCII decomposes into itself: skip the normalisation, the bulk of the cost (an import
    // computes three keys a row). The same result as the general path below.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        QString key(text.size(), Qt::Uninitialized);
        QChar *out = key.data();
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= u'a' && u <= u'z')
                *out++ = c;
            else if (u >= u'A' && u <= u'Z')
                *out++ = QChar(char16_t(u + (u'a' - u'A')));
            else if (u >= u'0' && u <= u'9')
                *out++ = c;
        }
        key.truncate(out - key.constData());
        return key;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // Letters that do not decompose into a Latin letter and a mark, typed as their
        // nearest Latin letters ("Yılmaz" is searched as "yilmaz").
        switch (c.unicode()) {
        case 0x0131: key.append(QLatin1Char('i')); continue; // ı
        case 0x0142: case 0x0141: key.append(QLatin1Char('l')); continue; // ł Ł
        case 0x00F8: case 0x00D8: key.append(QLatin1Char('o')); continue; // ø Ø
        case 0x0111: case 0x0110: case 0x00F0: case 0x00D0: key.append(QLatin1Char('d')); continue; // đ Đ ð Ð
        case 0x00E6: case 0x00C6: key.append(QLatin1String("ae")); continue; // æ Æ
        case 0x0153: case 0x0152: key.append(QLatin1String("oe")); continue; // œ Œ
        case 0x00DF: key.append(QLatin1String("ss")); continue; // ß
        default: break;
        }
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            key.append(c.toLower());
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            key.append(c.toLower()); // letters outside Latin stay searchable
    }
    return key;
}

FieldErrors RegisterRules::checkPerson(Person &person)
{
    FieldErrors errors;
    person.lastName = person.lastName.simplified();
    person.firstName = person.firstName.simplified();
    person.email = person.email.trimmed();
    person.phone = person.phone.trimmed();
    person.address = person.address.trimmed();

    QString digits;
    QString why;
    if (person.nationalNumber.trimmed().isEmpty()) {
        errors.append({QStringLiteral("national_number"), tr("The national number is required.")});
    } else if (!NationalNumber::parse(person.nationalNumber, &digits, &why)) {
        errors.append({QStringLiteral("national_number"), why});
    } else {
        person.nationalNumber = digits;
        const QString disagreement = NationalNumber::checkAgreement(digits, person.birthDate, person.gender);
        if (!disagreement.isEmpty())
            errors.append({QStringLiteral("national_number"), disagreement});
    }
    if (person.lastName.isEmpty())
        errors.append({QStringLiteral("last_name"), tr("The last name is required.")});
    if (person.firstName.isEmpty())
        errors.append({QStringLiteral("first_name"), tr("The first name is required.")});
    if (!person.birthDate.isNull()) {
        if (!person.birthDate.isValid())
            errors.append({QStringLiteral("birth_date"), tr("The birth date is not a valid date.")});
        else if (person.birthDate > QDateTime::currentDateTimeUtc().date()) // UTC: no time-zone file read per row
            errors.append({QStringLiteral("birth_date"), tr("The birth date %1 lies in the future.").arg(person.birthDate.toString(Qt::ISODate))});
    }
    if (!person.language.isEmpty() && person.language != QLatin1String("nl") && person.language != QLatin1String("fr")
        && person.language != QLatin1String("other"))
        errors.append({QStringLiteral("language"), tr("The language must be nl, fr or other, not \"%1\".").arg(person.language)});
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!person.email.isEmpty() && !mail.match(person.email).hasMatch())
        errors.append({QStringLiteral("email"), tr("The e-mail address \"%1\" is not valid.").arg(person.email)});
    return errors;
}

FieldErrors RegisterRules::checkDossier(Dossier &dossier)
{
    FieldErrors errors;
    dossier.reference = dossier.reference.trimmed();
    dossier.officer = dossier.officer.simplified();
    if (dossier.reference.isEmpty())
        errors.append({QStringLiteral("reference"), tr("The dossier reference is required.")});
    else if (searchKey(dossier.reference).isEmpty())
        errors.append({QStringLiteral("reference"), tr("The dossier reference must contain letters or digits.")});
    if (!dossier.opened.isValid())
        errors.append({QStringLiteral("opened"), tr("The opening date is required.")});
    if (!dossier.closed.isNull()) {
        if (!dossier.closed.isValid())
            errors.append({QStringLiteral("closed"), tr("The closing date is not a valid date.")});
        else if (dossier.opened.isValid() && dossier.closed < dossier.opened)
            errors.append({QStringLiteral("closed"), tr("The dossier cannot close (%1) before it opened (%2).")
                                                         .arg(dossier.closed.toString(Qt::ISODate), dossier.opened.toString(Qt::ISODate))});
    }
    return errors;
}

QString RegisterRules::incomeTypeLabel(IncomeType type)
{
    return type == IncomeType::Equivalent ? tr("Equivalent income") : tr("Integration income");
}

QString RegisterRules::genderLabel(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::Unknown:
        break;
    }
    return tr("Unknown");
}

QString RegisterRules::languageLabel(const QString &code)
{
    if (code == QLatin1String("nl"))
        return tr("Dutch");
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("other"))
        return tr("Other");
    return tr("Unknown");
}

} // namespace parcours
