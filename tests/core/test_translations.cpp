// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch and French translations: every entry finished, placeholders kept, the field's own
// words used; and parcours-cli speaking the language of --lang.
//
// The .qm files live in the programs' resources, which this test binary does not link, so the
// translations are checked at their source: resources/translations/*.ts in the source tree
// (found from PARCOURS_TEST_DATA = tests/data). After `cmake --build --preset dev --target
// parcours_lupdate`, a new string arrives "unfinished" and this test fails until it is
// translated.
#include "clisupport.h"
#include "common/language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;              // "unfinished", "vanished", "obsolete" or empty when done
    QStringList translations;  // one, or one per plural form
    std::string where() const
    {
        return QString(context + QStringLiteral(" / \"") + source + QLatin1Char('"')).toStdString();
    }
};

QString sourceRoot()
{
    QString data = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (data.isEmpty())
        data = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    return QDir(data).filePath(QStringLiteral("../.."));
}

// resources/translations, or PARCOURS_TS_DIR: the copies that the ctest translations-lupdate
// has just run lupdate on (resources/lupdate.cmake).
QString translationsDir()
{
    if (const QString dir = qEnvironmentVariable("PARCOURS_TS_DIR"); !dir.isEmpty())
        return dir;
    return QDir(sourceRoot()).filePath(QStringLiteral("resources/translations"));
}

// Reads every <message> of a Qt Linguist .ts file.
QList<Entry> readTs(const QString &language)
{
    QFile file(QDir(translationsDir()).filePath(QStringLiteral("parcours_%1.ts").arg(language)));
    INFO(file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Entry> entries;
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Entry();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << current;
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return entries;
}

// "%1", "%2", "%n", "%L1" as they occur (each counted once).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// The translation of `source` (in any context), or empty.
QString translationOf(const QList<Entry> &entries, const QString &source)
{
    for (const Entry &e : entries) {
        if (e.source == source && !e.translations.isEmpty())
            return e.translations.first();
    }
    return {};
}

using CliResult = test::CliOutcome;
using test::runCli;

} // namespace

// Tagged [ts]: the ctest translations-lupdate runs this one alone on freshly lupdate'd copies.
TEST_CASE("Dutch and French translations are complete and keep the placeholders", "[i18n][ts]")
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("fr")}) {
        INFO(language.toStdString());
        const QList<Entry> entries = readTs(language);
        CHECK(entries.size() > 100);
        for (const Entry &e : entries) {
            INFO(e.where());
            // lupdate runs with -no-obsolete: nothing vanished stays behind either.
            CHECK(e.type.isEmpty());
            REQUIRE_FALSE(e.translations.isEmpty());
            const QSet<QString> wanted = placeholders(e.source);
            for (const QString &t : e.translations) {
                INFO(t.toStdString());
                CHECK_FALSE(t.trimmed().isEmpty());
                // Every placeholder of the source comes back; %n may be left out of a singular
                // form in languages that say "one" instead ("1 dossier" reads the same).
                QSet<QString> got = placeholders(t);
                if (e.numerus && t == e.translations.first())
                    got.insert(QStringLiteral("%n"));
                for (const QString &p : wanted)
                    CHECK(got.contains(p));
                // Mnemonics: a label with a shortcut keeps one.
                const auto mnemonic = [](const QString &s) {
                    static const QRegularExpression marker(QStringLiteral("&[^&\\s]"));
                    return QString(s).remove(QStringLiteral("&&")).contains(marker);
                };
                CHECK(mnemonic(e.source) == mnemonic(t));
            }
        }
    }
}

TEST_CASE("The translations use the field's own words", "[i18n]")
{
    const QList<Entry> nl = readTs(QStringLiteral("nl"));
    const QList<Entry> fr = readTs(QStringLiteral("fr"));
    struct Term
    {
        const char *source;
        const char *dutch;
        const char *french;
    };
    const Term terms[] = {
        {"Integration income", "leefloon", "revenu d'intégration"},
        {"Equivalent income", "equivalent leefloon", "aide sociale équivalente"},
        {"Insertion officer", "invoegambtenaar", "agent d'insertion"},
        {"Project facilitator", "projectfacilitator", "facilitateur de projet"},
        {"Literacy", "alfabetisering", "alphabétisation"},
        {"Job Table", "jobtafel", "table emploi"},
        {"National number", "rijksregisternummer", "niss"},
    };
    for (const Term &term : terms) {
        const QString source = QString::fromUtf8(term.source);
        INFO(term.source);
        CHECK_THAT(translationOf(nl, source).toLower().toStdString(), Catch::Contains(term.dutch));
        CHECK_THAT(translationOf(fr, source).toLower().toStdString(), Catch::Contains(term.french));
    }
}

TEST_CASE("installTranslators picks the language and Belgian formats", "[i18n]")
{
    CHECK(isSupportedLanguage(QString()));
    CHECK(isSupportedLanguage(QStringLiteral("nl")));
    CHECK(isSupportedLanguage(QStringLiteral("fr_BE")));
    CHECK(isSupportedLanguage(QStringLiteral("EN")));
    CHECK_FALSE(isSupportedLanguage(QStringLiteral("de")));
    CHECK_FALSE(isSupportedLanguage(QStringLiteral("nlx")));
    CHECK(resolveLanguage(QStringLiteral("nl-BE")) == QLatin1String("nl"));
    CHECK(supportedLanguages().contains(resolveLanguage(QString())));

    QCoreApplication *app = QCoreApplication::instance();
    REQUIRE(app);
    const QLocale before;
    CHECK(installTranslators(*app, QStringLiteral("nl")) == QLatin1String("nl"));
    CHECK(QLocale().toString(70.75, 'f', 2) == QLatin1String("70,75"));
    CHECK(QLocale().toString(QDate(2013, 12, 31), QStringLiteral("dd/MM/yyyy")) == QLatin1String("31/12/2013"));
    CHECK(QLocale().standaloneMonthName(6) == QLatin1String("juni"));
    CHECK(installTranslators(*app, QStringLiteral("fr")) == QLatin1String("fr"));
    CHECK(QLocale().toString(70.75, 'f', 2) == QLatin1String("70,75"));
    CHECK(QLocale().standaloneMonthName(6) == QLatin1String("juin"));
    // Switching back leaves no translator of ours behind.
    CHECK(installTranslators(*app, QStringLiteral("en")) == QLatin1String("en"));
    CHECK(app->findChildren<QTranslator *>().isEmpty());
    QLocale::setDefault(before);
}

TEST_CASE("parcours-cli --lang speaks Dutch, French or English", "[i18n]")
{
    if (!test::cliAvailable())
        return;
    const QString missing = QStringLiteral("/nonexistent/parcours-i18n-test.sqlite");

    const CliResult fr = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--db"), missing,
                                 QStringLiteral("check")});
    INFO(fr.err.toStdString());
    CHECK(fr.exitCode == 1);
    CHECK(fr.err.contains(QStringLiteral("La base de données")));
    CHECK(fr.err.contains(QStringLiteral("n'existe pas")));

    const CliResult nl = runCli({QStringLiteral("--lang=nl"), QStringLiteral("--db"), missing, QStringLiteral("check")});
    INFO(nl.err.toStdString());
    CHECK(nl.exitCode == 1);
    CHECK(nl.err.contains(QStringLiteral("De databank")));
    CHECK(nl.err.contains(QStringLiteral("bestaat niet")));

    const CliResult en = runCli({QStringLiteral("--db"), missing, QStringLiteral("check"), QStringLiteral("--lang"),
                                 QStringLiteral("en")});
    INFO(en.err.toStdString());
    CHECK(en.exitCode == 1);
    CHECK(en.err.contains(QStringLiteral("does not exist")));

    // The parser's own complaints come translated too, and an unknown language is a usage error.
    const CliResult usage = runCli({QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("frobnicate")});
    INFO(usage.err.toStdString());
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QStringLiteral("onbekende opdracht")));
    const CliResult unknown = runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check")});
    CHECK(unknown.exitCode == 2);
}
