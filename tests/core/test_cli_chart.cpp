// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli chart evolution`: the chart as PNG, SVG or PDF from the command line; bad
// options are refused before anything is written.
#include "clisupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtEndian>

#include <catch2/catch.hpp>

namespace {

using parcours::test::CliOutcome;

class ChartRunner : public parcours::test::CliRunner
{
public:
    // Four dossiers with trajectories (2020–2021) and the seed's published figures.
    void fill() const
    {
        init();
        ok({QStringLiteral("import"), QStringLiteral("dossiers"), parcours::test::testDataFile(QStringLiteral("cli/dossiers.csv"))});
        ok({QStringLiteral("import"), QStringLiteral("placements"), parcours::test::testDataFile(QStringLiteral("cli/placements.csv"))});
        ok({QStringLiteral("import"), QStringLiteral("figures"), parcours::test::testDataFile(QStringLiteral("seed-evolution-figures.csv"))});
    }
    CliOutcome chart(const QStringList &extra) const
    {
        return onDb(QStringList{QStringLiteral("chart"), QStringLiteral("evolution"), QStringLiteral("--from"),
                                QStringLiteral("2009-01-01"), QStringLiteral("--to"), QStringLiteral("2021-12-31"),
                                QStringLiteral("--step"), QStringLiteral("year"), QStringLiteral("--source"),
                                QStringLiteral("both")}
                    + extra);
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("chart evolution writes PNG, SVG and PDF files", "[cli][chart]")
{
    if (!ChartRunner::available())
        return;
    ChartRunner cli;
    cli.fill();

    SECTION("PNG at the size asked")
    {
        const QString out = cli.file(QStringLiteral("rates.png"));
        const CliOutcome o = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("640"),
                                        QStringLiteral("--height"), QStringLiteral("400")});
        INFO(o.describe());
        REQUIRE(o.exitCode == 0);
        CHECK(o.out.contains(QStringLiteral("rates.png")));
        const QByteArray png = readAll(out);
        REQUIRE(png.size() > 24);
        CHECK(png.startsWith("\x89PNG\r\n\x1a\n"));
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        CHECK(qFromBigEndian<quint32>(png.constData() + 16) == 640);
        CHECK(qFromBigEndian<quint32>(png.constData() + 20) == 400);
    }
    SECTION("SVG of each kind that parses")
    {
        for (const QString &kind : {QStringLiteral("rates"), QStringLiteral("cells"), QStringLiteral("dossiers")}) {
            const QString out = cli.file(kind + QStringLiteral(".svg"));
            const CliOutcome o = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--kind"), kind,
                                            QStringLiteral("--title"), QStringLiteral("Evolutie 2009–2021")});
            INFO(o.describe());
            REQUIRE(o.exitCode == 0);
            QXmlStreamReader xml(readAll(out));
            bool svgRoot = false;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && !svgRoot)
                    svgRoot = xml.name() == QLatin1String("svg");
            }
            INFO(xml.errorString().toStdString());
            CHECK_FALSE(xml.hasError());
            CHECK(svgRoot);
        }
    }
    SECTION("PDF report with at least one page")
    {
        const QString out = cli.file(QStringLiteral("report.pdf"));
        const CliOutcome o = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--kind"), QStringLiteral("cells")});
        INFO(o.describe());
        REQUIRE(o.exitCode == 0);
        const QByteArray pdf = readAll(out);
        CHECK(pdf.startsWith("%PDF"));
        const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page(?!s)"));
        CHECK(QString::fromLatin1(pdf).count(pageObject) >= 1);
    }
}

TEST_CASE("chart evolution refuses bad options and writes no file", "[cli][chart]")
{
    if (!ChartRunner::available())
        return;
    ChartRunner cli;
    cli.fill();
    const QString out = cli.file(QStringLiteral("chart.png"));

    const CliOutcome kind = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--kind"), QStringLiteral("pie")});
    CHECK(kind.exitCode == 2);
    CHECK(kind.err.contains(QStringLiteral("--kind")));
    CHECK(kind.err.contains(QStringLiteral("pie")));

    const CliOutcome width = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("12")});
    CHECK(width.exitCode == 2);
    CHECK(width.err.contains(QStringLiteral("--width")));

    const CliOutcome height = cli.chart({QStringLiteral("--out"), out, QStringLiteral("--height"), QStringLiteral("tall")});
    CHECK(height.exitCode == 2);
    CHECK(height.err.contains(QStringLiteral("--height")));

    const CliOutcome suffix = cli.chart({QStringLiteral("--out"), cli.file(QStringLiteral("chart.bmp"))});
    CHECK(suffix.exitCode == 2);
    CHECK(suffix.err.contains(QStringLiteral("chart.bmp")));

    const CliOutcome missing = cli.chart({});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--out")));

    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(cli.file(QStringLiteral("chart.bmp"))));
}
