// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace parcours {

// The interface languages: English (the source), Dutch and French. Brussels is bilingual, so
// a centre's staff pick one of the two; English is what the code is written in.
//
// The translations are compiled into each program as Qt resources (":/i18n/parcours_nl.qm",
// ":/i18n/parcours_fr.qm", see resources/CMakeLists.txt); core only loads them.

// "nl", "fr", "en".
QStringList supportedLanguages();

// True for "", "nl", "fr" and "en" (case-insensitive; "nl_BE", "fr-BE" count as theirs).
bool isSupportedLanguage(const QString &language);

// The language to use for `requested`: its two-letter code when it names a supported one,
// else the first supported language among the system's (QLocale::system().uiLanguages()),
// else "en".
QString resolveLanguage(const QString &requested);

// Installs the translations of `language` (see resolveLanguage) on `app`: the program's own
// and Qt's (qtbase_xx.qm from QLibraryInfo's TranslationsPath, when that package is
// installed), and sets the default QLocale to the Belgian variant of the language (nl_BE,
// fr_BE, en_BE) so that dates print 31/12/2013 and numbers 70,75.
// May be called again to switch: the translators it installed before are removed first,
// and Qt sends QEvent::LanguageChange to every widget.
// Returns the language installed ("nl", "fr" or "en").
// Files meant for machines (CSV, JSON) must not depend on this: they use QLocale::c() and
// ISO dates explicitly.
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace parcours
