// SPDX-License-Identifier: GPL-3.0-or-later
// Exported charts and documents take the language of `parcours-cli --lang` (issue 8): the
// chart's axis titles and legend, its numbers in the language's form, and the words of the
// printed Job Table fiche. The SVG is read as text; PDF text is read with pdftotext when it is
// installed (poppler-utils), as Qt compresses the page streams.
#include "clisupport.h"
#include "jobtable/jobtables.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The text of a PDF, or a null string (with a warning) when pdftotext is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the words inside the PDF were not checked.");
        return {};
    }
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("parcours-cli chart evolution --lang draws the chart in Dutch or French", "[cli][i18n][chart]")
{
    if (!parcours::test::CliRunner::available())
        return;
    parcours::test::CliRunner cli;
    cli.ok({QStringLiteral("init")});
    QString data = qEnvironmentVariable("PARCOURS_TEST_DATA");
    if (data.isEmpty())
        data = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + QStringLiteral("/../data");
    const QString seed = data + QStringLiteral("/seed-evolution-figures.csv");
    cli.ok({QStringLiteral("import"), QStringLiteral("figures"), seed});
    const auto chart = [&cli](const QString &lang, const QString &file, const QString &kind) {
        cli.ok({QStringLiteral("--lang"), lang, QStringLiteral("chart"), QStringLiteral("evolution"), QStringLiteral("--source"),
                QStringLiteral("recorded"), QStringLiteral("--from"), QStringLiteral("2009-01-01"), QStringLiteral("--to"),
                QStringLiteral("2013-12-31"), QStringLiteral("--kind"), kind, QStringLiteral("--out"), cli.file(file)});
        return cli.file(file);
    };

    const QString fr = readText(chart(QStringLiteral("fr"), QStringLiteral("fr.svg"), QStringLiteral("rates")));
    CHECK(fr.contains(QStringLiteral("% des dossiers")));        // the vertical axis
    CHECK(fr.contains(QStringLiteral("% intégrés (publié)")));   // the legend
    CHECK_FALSE(fr.contains(QStringLiteral("of the dossiers")));
    const QString nl = readText(chart(QStringLiteral("nl"), QStringLiteral("nl.svg"), QStringLiteral("rates")));
    CHECK(nl.contains(QStringLiteral("% van de dossiers")));
    CHECK(nl.contains(QStringLiteral("% geïntegreerd (gepubliceerd)")));
    const QString en = readText(chart(QStringLiteral("en"), QStringLiteral("en.svg"), QStringLiteral("rates")));
    CHECK(en.contains(QStringLiteral("% of the dossiers")));

    // The PDF report: the chart and the table, whose figures are written the French way.
    const QString text = pdfText(chart(QStringLiteral("fr"), QStringLiteral("fr.pdf"), QStringLiteral("rates")));
    if (!text.isNull()) {
        CHECK(text.contains(QStringLiteral("70,75 %")));
        CHECK(text.contains(QStringLiteral("30/06/2013"))); // the last row published
        CHECK_FALSE(text.contains(QStringLiteral("70.75")));
    }
}

TEST_CASE("parcours-cli print jobtable --lang writes the fiche in the language chosen", "[cli][i18n][jobtable]")
{
    if (!parcours::test::CliRunner::available())
        return;
    parcours::test::CliRunner cli;
    {
        auto opened = Database::open(cli.db(), {Database::Mode::CreateIfMissing, 2000});
        REQUIRE(opened.ok());
        opened.value()->setActor(Actor::system(QStringLiteral("test")));
        JobTable t;
        t.title = QStringLiteral("Lente, Molenbeek");
        t.place = QStringLiteral("Ruimte voor Werk");
        REQUIRE(JobTables(*opened.value()).create(t).ok());
    }
    const auto fiche = [&cli](const QString &lang) {
        const QString path = cli.file(lang + QStringLiteral(".pdf"));
        cli.ok({QStringLiteral("--lang"), lang, QStringLiteral("print"), QStringLiteral("jobtable"), QStringLiteral("1"),
                QStringLiteral("--out"), path});
        return pdfText(path);
    };
    const QString nl = fiche(QStringLiteral("nl"));
    if (nl.isNull())
        return;
    INFO(nl.toStdString());
    // (pdftotext writes "fi" as its ligature: the checks avoid the word "fiche".)
    CHECK(nl.contains(QStringLiteral("Jobtafel: technische")));
    CHECK(nl.contains(QStringLiteral("Doelpubliek")));
    CHECK(nl.contains(QStringLiteral("12 deelnemers")));
    const QString fr = fiche(QStringLiteral("fr"));
    INFO(fr.toStdString());
    CHECK(fr.contains(QStringLiteral("Table Emploi")));
    CHECK(fr.contains(QStringLiteral("Public cible")));
    CHECK_FALSE(fr.contains(QStringLiteral("Target public")));
    CHECK(fr.contains(QStringLiteral("Lente, Molenbeek")));
}
