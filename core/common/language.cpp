// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace parcours {

namespace {

// Marks the translators installTranslators() created, so a second call can replace them.
constexpr auto TranslatorName = "parcours-translator";

// "nl_BE", "fr-BE", "NL" → "nl"; anything else → "".
QString twoLetterCode(const QString &language)
{
    const QString code = language.trimmed().left(2).toLower();
    const QString rest = language.trimmed().mid(2);
    if (!rest.isEmpty() && rest.front() != QLatin1Char('_') && rest.front() != QLatin1Char('-'))
        return {};
    return supportedLanguages().contains(code) ? code : QString();
}

QLocale belgianLocale(const QString &code)
{
    if (code == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    return QLocale(QLocale::English, QLocale::Belgium);
}

void addTranslator(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(TranslatorName));
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return;
    delete translator;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en")};
}

bool isSupportedLanguage(const QString &language)
{
    return language.trimmed().isEmpty() || !twoLetterCode(language).isEmpty();
}

QString resolveLanguage(const QString &requested)
{
    if (const QString code = twoLetterCode(requested); !code.isEmpty())
        return code;
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString &candidate : system) {
        if (const QString code = twoLetterCode(candidate); !code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QString code = resolveLanguage(language);

    const QList<QTranslator *> previous = app.findChildren<QTranslator *>(QLatin1String(TranslatorName),
                                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    QLocale::setDefault(belgianLocale(code));
    if (code != QLatin1String("en")) {
        // Qt's own strings first (standard buttons, the context menus of line edits); the
        // program's are installed last, so they are searched first.
        addTranslator(app, QLatin1String("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        addTranslator(app, QLatin1String("parcours_") + code, QStringLiteral(":/i18n"));
    }
    return code;
}

} // namespace parcours
